"""Benchmark: what 承诺兑现 (pairing two years' reports and comparing them) adds to batch time.

    python bench/bench_commitments.py            # 200 units × 2 years, -j 1 and -j <cores>
    python bench/bench_commitments.py --n 50     # a quick look
    python bench/bench_commitments.py --docx     # the reports as Word files

Synthetic reports come from bench.py's generator (units, figures and sentences vary); each unit
gets a next-year report with the years moved on and half its paragraphs rewritten, so every
report of the second year pairs with one of the first. The same batch runs in this process with
and without the 承诺兑现 work (the worker's payload and the main process's pairing and comparison
replaced by no-ops), alternately, and the medians are compared; the caches 承诺兑现 fills are
emptied before every run, as a batch of its own starts without them (the synthetic reports share
many clauses, and a run used to find the clauses of the runs before it). Also runs against the
code before fzcheck.payload (PYTHONPATH=<old checkout>/src), to compare. Not a unit test: timings on
a shared 2-core machine swing too much for that.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import _clauses, _new_sentence, make_reports


def next_year(text: str, rng: random.Random) -> str:
    """The same unit a year later: years moved on, half of the long paragraphs rewritten."""
    years = sorted({int(y) for y in re.findall(r"20[12]\d", text)}, reverse=True)
    for y in years:
        text = text.replace(str(y), str(y + 1))
    blocks = text.split("\n\n")
    pool = [c for b in blocks for c in _clauses(b)]
    out = []
    for b in blocks:
        if not b.startswith("#") and len(b) >= 40 and rng.random() < 0.5:
            b = "".join(_new_sentence(rng, pool) for _ in range(max(1, b.count("。"))))
        out.append(b)
    return "\n\n".join(out)


def make_pairs(target: Path, n: int, docx: bool = False) -> list[str]:
    first = target / "first"
    first.mkdir()
    make_reports(first, n)
    rng = random.Random(3)
    second = target / "second"
    second.mkdir()
    for path in sorted(first.iterdir()):
        (second / path.name).write_text(next_year(path.read_text(encoding="utf-8"), rng), encoding="utf-8")
    if docx:  # as drafters send them: Word files, a paragraph per block, headings as Heading styles
        for path in [*first.iterdir(), *second.iterdir()]:
            to_docx(path)
            path.unlink()
    return sorted(str(p) for p in [*first.iterdir(), *second.iterdir()])


def to_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        level = len(block) - len(block.lstrip("#"))
        text = block.lstrip("#").strip()
        if text:
            document.add_paragraph(text, style=f"Heading {level}" if 0 < level <= 3 else None)
    document.save(str(path.with_suffix(".docx")))


def cpu() -> float:
    """CPU time of this process and of its children that have ended (the pool's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def cold_caches() -> None:
    """Empty the caches 承诺兑现 fills as it goes (folded clauses, clauses without their adverbs):
    a run in this process must not find the clauses of the runs before it, as a batch of its own
    would not (the checks' caches are left alone: they serve both sides alike)."""
    import fzcheck.commitments as commitments

    for value in vars(commitments).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


def timed_batch(files: list[str], jobs: int, with_commitments: bool) -> tuple[float, float, float, int]:
    """Wall time and CPU time of the batch, wall time of its pairing step, and the pairs traced."""
    import fzcheck.batch as batch

    try:
        import fzcheck.payload as payloads
    except ImportError:  # before fzcheck.payload (a09f151 and earlier): to compare with the code before
        import fzcheck.commitments as payloads  # type: ignore[no-redef]

    cold_caches()
    real_payload, real_pairs = payloads.payload, batch._trace_pairs
    spent = [0.0]

    def pairs(result, *args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        out = real_pairs(result, *args, **kwargs)
        spent[0] += time.perf_counter() - start
        return out

    if with_commitments:
        batch._trace_pairs = pairs
    else:
        payloads.payload = lambda *args, **kwargs: {}
        # a count of pairs now (summaries in SQLite), a dict of them before
        batch._trace_pairs = lambda result, *args, **kwargs: 0 if hasattr(batch.BatchResult, "traced") else {}
    try:
        start, start_cpu = time.perf_counter(), cpu()
        result = batch.run_batch(files, "national", jobs, "zh")
        wall, used = time.perf_counter() - start, cpu() - start_cpu
        traced = result.traced if hasattr(result, "traced") else len(result.traces)
        result.close()
    finally:
        payloads.payload, batch._trace_pairs = real_payload, real_pairs
    return wall, used, spent[0], traced


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200, help="units (each with two years' reports)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--docx", action="store_true", help="the reports as Word files instead of Markdown")
    args = ap.parse_args()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    cores = os.cpu_count() or 1
    tmp = Path(tempfile.mkdtemp(prefix="fzbench-commit-"))
    try:
        files = make_pairs(tmp, args.n, args.docx)
        print(f"machine: {cores} cores, Python {sys.version.split()[0]}; {args.n} units × 2 years = {len(files)} "
              f"reports ({'.docx' if args.docx else '.md'})")
        timed_batch(files[:8], 1, True)  # imports and caches warm
        for jobs in sorted({1, cores}):
            base: list[tuple[float, float, float, int]] = []
            full: list[tuple[float, float, float, int]] = []
            for _ in range(args.runs):  # alternate, so that drift on a shared machine hits both
                base.append(timed_batch(files, jobs, False))
                full.append(timed_batch(files, jobs, True))
            traced = full[-1][3]
            for what, k in (("wall", 0), ("CPU", 1)):
                b, f = statistics.median(r[k] for r in base), statistics.median(r[k] for r in full)
                print(f"batch -j {jobs}, {what} time: {b:.2f} s without, {f:.2f} s with 承诺兑现 "
                      f"(median of {args.runs}); +{100 * (f - b) / b:.1f}% "
                      f"({1000 * (f - b) / max(traced, 1):.2f} ms per pair; a pair's two reports "
                      f"{2000 * b / len(files):.2f} ms)")
            spent = statistics.median(r[2] for r in full)
            print(f"  {traced} pairs traced; pairing and comparison step {1000 * spent / max(traced, 1):.2f} ms "
                  "wall per pair")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
