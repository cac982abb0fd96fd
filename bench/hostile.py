"""Hostile inputs of issue 19, timed: how long each takes to end in a result or a refusal.

    python bench/hostile.py            # every case, about a minute on 2 cores
    python bench/hostile.py --quick    # skip checklist lint at 10,000 elements

Each case runs the CLI in a subprocess (cold start included, about 1 s) with a timeout, and
prints the exit code and the seconds. Figures, not assertions: the tests in
tests/test_reliability.py hold the behaviour; this shows the speed.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPORT = "# 某区2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n审核规范性文件3件。\n"


def run(args: list[str], cwd: Path, timeout: float = 300) -> tuple[int | str, float]:
    """(exit code or "TIMEOUT", seconds)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "fzcheck", *args], cwd=cwd, capture_output=True,
                              timeout=timeout, check=False)
        code: int | str = proc.returncode
    except subprocess.TimeoutExpired:
        code = "TIMEOUT"
    return code, time.perf_counter() - start


def checklist(path: Path, n: int) -> Path:
    elements = "".join(
        f"  - id: topic.extra-{i}\n    kind: topic\n    title: 附加要素{i}\n    severity: info\n"
        f"    basis: 测试\n    hint: 写明附加事项{i}。\n    match:\n      scope: [part.measures]\n"
        f"      any: [[附加事项{i}, 其他说法{i}]]\n" for i in range(n))
    path.write_text("id: big\nextends: national\nelements:\n" + elements, encoding="utf-8")
    return path


def cases(d: Path, quick: bool) -> list[tuple[str, Callable[[], list[str]]]]:
    def fifo() -> list[str]:
        os.mkfifo(d / "pipe.md")
        return ["validate", "pipe.md", "--no-config"]

    def page() -> list[str]:
        (d / "big.html").write_text("<html><body>" + "<p>a</p>" * 1_000_000 + "</body></html>", encoding="utf-8")
        return ["validate", "big.html", "--no-config"]

    def page_edge() -> list[str]:
        rnd = random.Random(1)
        body = "".join(f"<p>审核规范性文件{rnd.randrange(10**6)}件，开展执法检查。</p>" for _ in range(24_000))
        (d / "edge.html").write_text("<html><body>" + body + "</body></html>", encoding="utf-8")
        return ["validate", "edge.html", "--no-config"]

    def text_edge() -> list[str]:
        rnd = random.Random(2)
        body = "".join(f"审核规范性文件{rnd.randrange(10**6)}件。\n" for _ in range(49_000))
        (d / "edge.md").write_text("# 某区2023年度法治政府建设情况报告\n" + body, encoding="utf-8")
        return ["validate", "edge.md", "--no-config"]

    def directive() -> list[str]:
        (d / "dir.md").write_text(REPORT + "<!-- fzcheck-disable x" + " " * 4000 + "\n"
                                  + "<!-- fzcheck-disable " * 20_000 + "-->\n", encoding="utf-8")
        return ["validate", "dir.md", "--no-config"]

    def lint(n: int) -> Callable[[], list[str]]:
        return lambda: ["checklist", "lint", str(checklist(d / f"c{n}.yaml", n))]

    out = [("FIFO as input", fifo), ("page of 1,000,000 <p>", page),
           ("page of 24,000 paragraphs (under the bounds)", page_edge),
           ("text of 49,000 lines (under the bounds)", text_edge),
           ("directive + 4,000 spaces, 20,000 open directives", directive),
           ("checklist lint, 1,000 elements", lint(1000))]
    if not quick:
        out.append(("checklist lint, 10,000 elements", lint(10_000)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        print(f"{'case':52} {'exit':>7} {'seconds':>8}")
        for name, make in cases(d, args.quick):
            code, took = run(make(), d)
            print(f"{name:52} {code!s:>7} {took:8.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
