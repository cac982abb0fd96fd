"""Ctrl-C into a running batch, repeatedly: it must end quickly with exit 130 and one line,
no traceback, no temporary file left, and the output either absent or whole (issue 19).

    python scripts/sigint_batch.py [--files 2000] [--tries 10] [--jobs 8] [--after 1.0]

Each try starts ``fzcheck batch DIR -j JOBS -o out.json`` in its own process group, sends SIGINT
to the group (as a terminal's Ctrl-C does) after a delay, and waits at most 60 s. Prints one line
per try and a summary; exits 1 if any try hung or misbehaved.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPORT = "# 某区2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n审核规范性文件{n}件。\n"


def make_reports(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"r{i:05d}.md").write_text(REPORT.format(n=i), encoding="utf-8")


def one_try(folder: Path, out: Path, jobs: int, after: float, timeout: float = 60) -> tuple[bool, str]:
    """(ok, description) of one interrupted batch."""
    out.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "fzcheck", "batch", str(folder), "-j", str(jobs), "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, env=env)
    time.sleep(after)
    start = time.perf_counter()
    with contextlib.suppress(ProcessLookupError):  # already finished
        os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return False, f"HUNG (killed after {timeout:.0f} s)"
    took = time.perf_counter() - start
    text = err.decode("utf-8", "replace")
    problems = []
    if proc.returncode not in (130, 0, 1):
        problems.append(f"exit {proc.returncode}")
    if "Traceback" in text or "Error" in text:
        problems.append("traceback: " + text.strip().splitlines()[-1][:200])
    if proc.returncode == 130 and len(text.strip().splitlines()) != 1:
        problems.append(f"{len(text.strip().splitlines())} stderr lines")
    leftovers = [p.name for p in out.parent.iterdir() if p.name.startswith(".")]
    if leftovers:
        problems.append(f"temporary files left: {leftovers}")
    if out.exists():
        try:
            json.loads(out.read_text(encoding="utf-8"))
        except ValueError:
            problems.append("output is not whole")
    state = "complete" if out.exists() else "absent"
    desc = f"exit {proc.returncode}, {took:.2f} s after SIGINT, output {state}"
    return not problems, desc + ("; " + "; ".join(problems) if problems else "")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--tries", type=int, default=10)
    ap.add_argument("--jobs", type=int, default=8)
    ap.add_argument("--after", type=float, default=1.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, outdir = Path(tmp) / "reports", Path(tmp) / "out"
        outdir.mkdir()
        make_reports(folder, args.files)
        bad = 0
        for i in range(args.tries):
            ok, desc = one_try(folder, outdir / "out.json", args.jobs, args.after)
            bad += not ok
            print(f"try {i + 1:2d}: {'ok  ' if ok else 'FAIL'} {desc}", flush=True)
    print(f"{args.tries - bad}/{args.tries} tries clean "
          f"({args.files} files, -j {args.jobs}, SIGINT after {args.after} s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
