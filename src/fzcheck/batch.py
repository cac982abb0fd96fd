"""Batch review: many reports, one row each, checked in parallel and streamed to the outputs.

Workers return small rows (statuses, counts, flags) and paragraph signatures; rows wait in a
temporary SQLite file until copy detection has run, then stream out in input order, so memory
stays flat from a hundred reports to ten thousand and the output is the same byte for byte.
"""

from __future__ import annotations

import gc
import glob
import os
import pickle
import signal
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fzcheck.checklist import SEVERITY_RANK, Checklist, load_checklist
from fzcheck.copies import NO_PRINTS, CopyIndex, Prints
from fzcheck.errors import FzcheckError, InputError
from fzcheck.readers import MAX_BYTES
from fzcheck.terminal import printable, utf8_safe

if TYPE_CHECKING:
    from fzcheck.document import Document
    from fzcheck.render.findings import Problem
    from fzcheck.results import CheckReport

SUFFIXES = {".md", ".markdown", ".txt", ".text", ".docx", ".html", ".htm", ".pdf", ".doc"}


def collect(paths: list[str]) -> list[str]:
    """Files, directories (recursively, supported formats) and globs → unique paths, sorted.

    Directory symlinks are not followed, so a symlink loop is visited once."""
    found: set[str] = set()
    for arg in paths:
        matches = glob.glob(arg, recursive=True) if glob.has_magic(arg) else [arg]
        for m in matches:
            if os.path.isdir(m):
                for root, dirs, files in os.walk(m):
                    dirs.sort()
                    for name in files:
                        if Path(name).suffix.lower() in SUFFIXES and not name.startswith("~$"):
                            found.add(os.path.normpath(os.path.join(root, name)))
            else:
                found.add(os.path.normpath(m))  # a missing file becomes a row with its error
    return sorted(found)


# ---------------------------------------------------------------- worker side

_CHECKLIST: Checklist | None = None
_CHECKLIST_NAME: str | None = None


# A report makes tens of thousands of short-lived objects; the collector's default pass every 700
# new ones cost ~4% of a worker's time while reports left cycles behind. Now that a report is freed
# by reference counting the gain is small (0–3%, within this machine's noise), kept as it is cheap.
_GC_THRESHOLD = 10_000


def _init_worker(checklist: str) -> None:
    """Load the checklist, unless this worker was forked from a process that had (see _prepare).

    Ctrl-C is the main process's to handle: a worker that died of it mid-task (holding the pool's
    queue lock) deadlocked the others and the main process waiting for them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # blocked while we were forked
    gc.set_threshold(_GC_THRESHOLD, *gc.get_threshold()[1:])
    if _CHECKLIST is None or checklist != _CHECKLIST_NAME:
        _use_checklist(checklist, load_checklist(checklist))


def _use_checklist(name: str, checklist: Checklist) -> None:
    global _CHECKLIST, _CHECKLIST_NAME
    _CHECKLIST, _CHECKLIST_NAME = checklist, name


def _prepare(name: str, checklist: Checklist) -> None:
    """Everything a worker needs, made once in the main process before the workers are forked:
    they inherit the checklist, its phrase automaton and the imported modules instead of each
    building its own (about 0.1 s of every batch)."""
    import importlib

    from fzcheck.matching import phrase_index

    for module in ("fzcheck.api", "fzcheck.engine", "fzcheck.render.findings"):  # what check_one imports
        importlib.import_module(module)

    phrase_index(checklist)
    _use_checklist(name, checklist)


def check_one(path: str, lang: str = "zh", max_bytes: int = MAX_BYTES) -> tuple[dict[str, Any], Prints]:
    """One report → (row, paragraph fingerprints). Never raises for a bad report."""
    from fzcheck.api import load_document
    from fzcheck.engine import check

    assert _CHECKLIST is not None
    shown = utf8_safe(path)  # what the row says: SQLite and every output format need UTF-8
    try:
        doc = load_document(path, max_bytes)
    except FzcheckError as exc:
        return _empty_row(shown, exc.render(lang)), NO_PRINTS
    except Exception as exc:  # a reader bug must not abort a batch of hundreds
        return _empty_row(shown, printable(f"{path}: {type(exc).__name__}: {exc}")), NO_PRINTS
    return _tail(shown, doc, check(doc, _CHECKLIST), lang)


def _empty_row(path: str, error: str | None = None) -> dict[str, Any]:
    return {"path": path, "unit": None, "year": None, "published": None, "late": None, "days_late": None,
            "score": None, "statuses": {}, "counts": {}, "error": error, "findings": []}


def _tail(path: str, doc: Document, report: CheckReport, lang: str) -> tuple[dict[str, Any], Prints]:
    """A checked report → (row, paragraph fingerprints): what a worker sends back."""
    from fzcheck.copies import fingerprints
    from fzcheck.render.findings import problems

    row = _empty_row(path)
    row.update(unit=doc.unit, year=doc.year, published=doc.published.isoformat() if doc.published else None,
               score=report.score)
    row["statuses"] = {r.element.id: r.status for r in report.results}
    row["counts"] = {s: report.count(s) for s in ("error", "warning", "info")}
    deadline = next((r for r in report.results if r.element.rule == "deadline"), None)
    if deadline is not None and deadline.status in ("met", "failed"):
        row["late"] = deadline.status == "failed"
        days = [n.params.get("days") for n in deadline.notes if n.key == "rule.deadline.late"]
        row["days_late"] = max((d for d in days if isinstance(d, int)), default=None)
    row["findings"] = [{"id": p.result.element.id, "severity": p.result.severity, "status": p.result.status,
                        "location": p.line, "message": p.message, "evidence": _evidence_text(p, doc)}
                       for p in problems(report, lang)]
    return row, fingerprints(doc, report.index)


def _evidence_text(problem: Problem, doc: Document) -> str:
    """The quotes behind a finding: where a partial element was found, or, for a report-level
    rule, the text at the finding's own place (the outdated term, the paragraph without figures)."""
    result = problem.result
    if result.status == "missing":
        return ""
    found = result.evidence
    if result.element.kind == "doc":
        found = [e for e in found if doc.location(e.line) == problem.line]
    return " / ".join(e.snippet for e in found[:3])


# What a worker sends back: the row already pickled (it goes to SQLite as it is, so the main process
# neither unpickles it nor encodes it again), the path, unit and whether the report was unreadable,
# and the fingerprints' three byte strings (a plain tuple: a NamedTuple pickles through Python code).
Packed = tuple[bytes, str, str | None, bool, bytes, bytes, bytes]


def _pack(row: dict[str, Any], prints: Prints) -> Packed:
    return (pickle.dumps(row, pickle.HIGHEST_PROTOCOL), row["path"], row["unit"], row["error"] is not None,
            prints.sigs, prints.meta, prints.text)


def _check_one_star(args: tuple[str, str, int]) -> Packed:
    return _pack(*check_one(*args))


# ---------------------------------------------------------------- main side

@dataclass(slots=True)
class BatchResult:
    checklist: Checklist
    db: sqlite3.Connection
    index: CopyIndex
    count: int = 0
    unreadable: int = 0
    copy_count: int = 0

    def rows(self) -> Iterator[dict[str, Any]]:
        """The rows in input order, with the reports each shares copied paragraphs with
        (streamed from disk)."""
        partners = self.index.partners()
        shares = next(partners, None)
        for n, blob in self.db.execute("SELECT n, row FROM rows ORDER BY n"):
            row = pickle.loads(blob)
            row["copied_with"] = []
            if shares is not None and shares[0] == n:
                row["copied_with"] = shares[1]
                shares = next(partners, None)
            yield row

    def copies(self) -> Iterator[dict[str, Any]]:
        return self.index.pairs()

    def exit_code(self, fail_on: str) -> int:
        """1 when any report has a finding at or above *fail_on*; an unreadable report counts as an error."""
        threshold = SEVERITY_RANK.get(fail_on, 99)
        if self.unreadable and threshold <= SEVERITY_RANK["error"]:
            return 1
        for row in self.rows():
            for sev, n in row["counts"].items():
                if n and SEVERITY_RANK[sev] >= threshold:
                    return 1
        return 0

    def store(self, n: int, packed: Packed) -> None:
        """Keep report *n*'s row and fingerprints (reports come in input order)."""
        blob, path, unit, unreadable, sigs, meta, text = packed
        self.db.execute("INSERT INTO rows VALUES (?, ?)", (n, blob))
        self.index.add(n, path, unit, Prints(sigs, meta, text))
        self.count += 1
        self.unreadable += unreadable

    def close(self) -> None:
        self.index.close()
        self.db.close()


def run_batch(paths: list[str], checklist_name: str = "national", jobs: int | None = None, lang: str = "zh",
              progress: Callable[[int, int], None] | None = None, max_bytes: int = MAX_BYTES) -> BatchResult:
    """Check every report in *paths*; rows and signatures go to temporary SQLite files."""
    checklist = load_checklist(checklist_name)  # a bad checklist stops here, before any work
    # "" is SQLite's private temporary on-disk database: pages spill to disk, memory stays flat
    db = sqlite3.connect("")
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                     "CREATE TABLE rows(n INTEGER PRIMARY KEY, row BLOB);")  # pickled: see Packed
    _prepare(checklist_name, checklist)
    result = BatchResult(checklist=checklist, db=db, index=CopyIndex(db, len(paths)))
    jobs = jobs or os.cpu_count() or 1
    tasks = [(p, lang, max_bytes) for p in paths]

    def consume(outcomes: Iterator[Packed]) -> None:
        for packed in outcomes:
            n = result.count  # reports come back in input order
            result.store(n, packed)
            if progress:
                progress(n + 1, len(tasks))

    threshold = gc.get_threshold()
    try:
        if jobs == 1 or len(tasks) < 8:
            gc.set_threshold(_GC_THRESHOLD, *threshold[1:])
            consume(_check_one_star(t) for t in tasks)
        else:
            gc.freeze()  # what the workers inherit is never collected: their pages stay shared
            chunk = max(1, min(8, len(tasks) // (jobs * 8)))
            while result.count < len(tasks):
                pool = _pool(jobs, checklist_name)
                try:
                    consume(_mapped(pool, tasks[result.count:], chunk))
                except BrokenProcessPool:
                    # a worker died (a reader crashed, the kernel killed it): the first report not
                    # back is checked alone, a row with its error if it is the one, and the rest go on
                    _cancel(pool)
                    consume(iter([_alone(tasks[result.count], checklist_name)]))
                    continue
                except BaseException:
                    _cancel(pool)
                    raise
                pool.shutdown()
        # text shared by more reports than this is stock phrasing or a common template, not copying
        stock = max(5, min(20, len(paths) // 50))
        result.copy_count = result.index.find(stock_reports=stock)
    except BaseException:  # Ctrl-C or a bug: no temporary files left behind
        result.close()
        raise
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
    return result


def _pool(jobs: int, checklist_name: str) -> Any:  # -> ProcessPoolExecutor
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(checklist_name,))


def _mapped(pool: Any, tasks: list[tuple[str, str, int]], chunk: int) -> Iterator[Packed]:
    """The pool's results in input order. SIGINT stays pending until every worker is forked: none
    can die of it before _init_worker makes it ignore SIGINT; the main process gets it right after."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return pool.map(_check_one_star, tasks, chunksize=chunk)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _alone(task: tuple[str, str, int], checklist_name: str) -> Packed:
    """One report checked in a worker of its own: its row, or a row saying the reader crashed on it."""
    pool = _pool(1, checklist_name)
    try:
        return next(_mapped(pool, [task], 1))
    except BrokenProcessPool:
        path, lang, _ = task
        return _pack(_empty_row(utf8_safe(path), InputError(path, "err.crashed").render(lang)), NO_PRINTS)
    finally:
        _cancel(pool)


def _cancel(pool: Any) -> None:  # pool: ProcessPoolExecutor
    """Stop a pool after Ctrl-C or an error: queued tasks are cancelled, the few in flight finish
    (killing a worker mid-message could hang the pool's reader), a second Ctrl-C meanwhile is ignored."""
    import threading

    if threading.current_thread() is not threading.main_thread():  # only it may set handlers
        pool.shutdown(wait=True, cancel_futures=True)
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        pool.shutdown(wait=True, cancel_futures=True)
    finally:
        signal.signal(signal.SIGINT, previous)
