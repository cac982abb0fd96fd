"""Benchmark: batch throughput, cold start and peak memory, printed as figures.

    python bench/bench.py                 # N = 1,000 and 10,000 (about two minutes on 2 cores)
    python bench/bench.py --n 200 --big 0 # a quick look

Synthetic reports are made from the bundled examples: units, years and figures change, sentences
are shuffled and spliced between paragraphs, topics are dropped, and reports are padded to
8–20k characters, so no two are alike. Speed targets are checked here, not in unit tests, which
are flaky on shared 2-core machines.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNITS = ["东城", "西林", "南湖", "北坪", "青石", "白沙", "红岩", "金山", "玉泉", "长乐", "永安", "新华"]
KINDS = ["街道办事处", "镇人民政府", "区人民政府", "县人民政府", "区司法局", "县市场监督管理局"]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。；])", text) if s.strip()]


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，。；]", text) if len(c) >= 4]


def _new_sentence(rng: random.Random, clauses: list[str]) -> str:
    """A sentence of random clauses: reports share wording, as real ones do, but not paragraphs."""
    return "，".join(rng.sample(clauses, k=rng.randint(3, 6))) + "。"


def make_reports(target: Path, n: int, seed: int = 7) -> int:
    """Write *n* varied reports into *target*; return their mean length in characters."""
    rng = random.Random(seed)
    base = (ROOT / "examples" / "complete-report.md").read_text(encoding="utf-8")
    extra = (ROOT / "examples" / "deficient-report.md").read_text(encoding="utf-8")
    blocks = base.split("\n\n")
    pool = [s for b in blocks + extra.split("\n\n") if not b.startswith("#") for s in _sentences(b)]
    clauses = sorted({c for s in pool for c in _clauses(s)})
    total = 0
    for i in range(n):
        unit = f"{rng.choice(UNITS)}{i}{rng.choice(KINDS)}"
        year = rng.choice([2021, 2022, 2023, 2024])
        out = []
        for b in blocks:
            if b.startswith("### （") and rng.random() < 0.08:
                continue  # a topic left out
            if b.startswith("#") or len(b) < 40:
                out.append(b)
                continue
            sentences = _sentences(b)
            # the paragraph's own clauses in a new order, with clauses from elsewhere mixed in
            own = _clauses(b)
            sentences = [_new_sentence(rng, own + rng.sample(clauses, k=len(own)))
                         for _ in range(max(1, len(sentences)))]
            para = "".join(sentences)
            para = re.sub(r"\d+", lambda m: str(rng.randint(1, 999)), para)
            out.append(para)
        text = "\n\n".join(out).replace("青川市临江区人民政府", unit).replace("2023", str(year))
        text = text.replace("2024", str(year + 1))
        goal = rng.randint(8000, 20000)
        while len(text) < goal:
            text += "\n\n" + "".join(_new_sentence(rng, clauses) for _ in range(5))
        (target / f"r{i:05d}.md").write_text(text, encoding="utf-8")
        total += len(text)
    return total // max(n, 1)


# As users run it: `pip install .` leaves fzcheck's bytecode compiled, so the commands may write
# theirs (an environment that forbids it would have every run compile ~40 modules, ~0.1 s)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (MiB) of the command's main process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return wall, usage.ru_maxrss // 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--big", type=int, default=10000, help="second N for the memory comparison (0 to skip)")
    args = ap.parse_args()
    fz = [sys.executable, "-m", "fzcheck"]
    cores = os.cpu_count() or 1
    tmp = Path(tempfile.mkdtemp(prefix="fzbench-"))
    try:
        print(f"machine: {cores} cores, Python {sys.version.split()[0]}")
        timed([*fz, "batch", str(ROOT / "examples"), "-o", str(tmp / "warm.json")])  # bytecode written once
        validate = [timed([*fz, "validate", str(ROOT / "examples" / "complete-report.md"), "--no-config"])[0]
                    for _ in range(7)]
        version = [timed([*fz, "--version"])[0] for _ in range(7)]
        print(f"cold start: validate {statistics.median(validate):.3f} s, --version {statistics.median(version):.3f} s"
              " (median of 7)")
        small = tmp / "small"
        small.mkdir()
        mean = make_reports(small, args.n)
        print(f"reports: {args.n}, mean {mean} characters")
        for jobs in sorted({1, cores}):
            # wall times on a shared machine swing ±10% run to run: the median of three
            runs = [timed([*fz, "batch", str(small), "-j", str(jobs), "-o", str(tmp / "out.json")])
                    for _ in range(3)]
            wall, rss = statistics.median(w for w, _ in runs), max(r for _, r in runs)
            spread = ", ".join(f"{args.n / w:.0f}" for w, _ in runs)
            print(f"batch -j {jobs}: {args.n / wall:.0f} reports/s (median of 3: {spread}; {wall:.1f} s), "
                  f"peak memory {rss} MiB")
        if args.big:
            big = tmp / "big"
            big.mkdir()
            make_reports(big, args.big, seed=11)
            wall, rss_big = timed([*fz, "batch", str(big), "-j", str(cores), "-o", str(tmp / "big.json")])
            _, rss_small = timed([*fz, "batch", str(small), "-j", str(cores), "-o", str(tmp / "out.json")])
            print(f"batch N={args.big}: {args.big / wall:.0f} reports/s; peak memory {rss_big} MiB "
                  f"vs {rss_small} MiB at N={args.n} (ratio {rss_big / max(rss_small, 1):.2f})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
