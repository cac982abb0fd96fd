"""Batch review: many reports, one row each, checked in parallel and streamed to the outputs.

Workers return small rows (statuses, counts, flags) and paragraph signatures; rows wait in a
temporary SQLite file until copy detection has run, then stream out in input order, so memory
stays flat from a hundred reports to ten thousand and the output is the same byte for byte.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import pickle
import signal
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from fzcheck.checklist import SEVERITY_RANK, Checklist, load_checklist
from fzcheck.copies import NO_PRINTS, CopyIndex, Prints
from fzcheck.errors import FzcheckError, InputError
from fzcheck.inputs import collect  # noqa: F401  (every file of a folder: see inputs.decide)
from fzcheck.readers import MAX_BYTES
from fzcheck.terminal import printable, utf8_safe

if TYPE_CHECKING:
    from fzcheck.document import Document
    from fzcheck.pairing import Job
    from fzcheck.results import CheckReport

# ---------------------------------------------------------------- worker side

_CHECKLIST: Checklist | None = None
_CHECKLIST_NAME: str | None = None
_DATES: dict[str, dt.date] = {}  # the reviewer's publication dates (--dates), by file or unit
_ROOT = ""  # the batch root: the dates table names files relative to it


# A report makes tens of thousands of short-lived objects, freed by reference counting: a collector
# pass every 700 new ones (the default) would mostly find nothing.
_GC_THRESHOLD = 10_000


def _init_worker(checklist: str, dates: dict[str, dt.date] | None = None, root: str = "") -> None:
    """Load the checklist, unless this worker was forked from a process that had (see _prepare).

    Ctrl-C is the main process's to handle: a worker that died of it mid-task (holding the pool's
    queue lock) deadlocked the others and the main process waiting for them."""
    global _DATES, _ROOT
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # blocked while we were forked
    gc.set_threshold(_GC_THRESHOLD, *gc.get_threshold()[1:])
    _DATES, _ROOT = dates or {}, root
    if _CHECKLIST is None or checklist != _CHECKLIST_NAME:
        _use_checklist(checklist, load_checklist(checklist))


def _use_checklist(name: str, checklist: Checklist) -> None:
    global _CHECKLIST, _CHECKLIST_NAME
    _CHECKLIST, _CHECKLIST_NAME = checklist, name


def _init_dates(dates: dict[str, dt.date], root: str) -> None:
    global _DATES, _ROOT
    _DATES, _ROOT = dates, root


def _prepare(name: str, checklist: Checklist) -> None:
    """Everything a worker needs, made once in the main process before the workers are forked:
    they inherit the checklist, its phrase automaton and the imported modules instead of each
    building its own (about 0.1 s of every batch)."""
    import importlib

    from fzcheck.textindex import phrase_index

    # what check_one imports
    for module in ("fzcheck.api", "fzcheck.engine", "fzcheck.render.findings", "fzcheck.render.view",
                   "fzcheck.rows", "fzcheck.inputs", "fzcheck.commitments", "fzcheck.pairing"):
        importlib.import_module(module)

    phrase_index(checklist)
    _use_checklist(name, checklist)


def check_one(path: str, lang: str = "zh", max_bytes: int = MAX_BYTES) -> tuple[dict[str, Any], Prints]:
    """One file → (row, paragraph fingerprints). Never raises for a bad report."""
    from fzcheck.api import load_document
    from fzcheck.engine import check
    from fzcheck.inputs import date_for, decide
    from fzcheck.rows import set_aside_row

    assert _CHECKLIST is not None
    shown = utf8_safe(path)  # what the row says: SQLite and every output format need UTF-8
    decision = decide(path, max_bytes)
    if decision.action != "check":
        return set_aside_row(shown, decision, lang), NO_PRINTS
    try:
        doc = load_document(path, max_bytes)
    except FzcheckError as exc:
        return _empty_row(shown, exc.render(lang)), NO_PRINTS
    except Exception as exc:  # a reader bug must not abort a batch of hundreds
        return _empty_row(shown, printable(f"{path}: {type(exc).__name__}: {exc}")), NO_PRINTS
    # the reviewer's date counts for a submission that carries none (a .docx, a bare text)
    dated = date_for(_DATES, path, _ROOT, doc.unit) if doc.published is None else None
    return _tail(shown, doc, check(doc, _CHECKLIST, {"published": dated} if dated else None), lang, dated)


def _empty_row(path: str, error: str | None = None) -> dict[str, Any]:
    from fzcheck.rows import empty_row

    return empty_row(path, "error", error)


def _tail(path: str, doc: Document, report: CheckReport, lang: str,
          dated: dt.date | None = None) -> tuple[dict[str, Any], Prints]:
    """A checked report → (row, paragraph fingerprints): what a worker sends back."""
    from fzcheck.copies import fingerprints
    from fzcheck.payload import payload
    from fzcheck.rows import checked_row
    from fzcheck.unitnames import unit_key

    row = checked_row(path, doc, report, lang, dated)
    if row["kind"] != "checked":
        return row, NO_PRINTS
    # for 承诺兑现, pickled apart and stored in a column of its own (see _pack); none for a report
    # that no other can be paired with (no unit, no year)
    row["trace"] = (pickle.dumps(payload(doc, report.results), pickle.HIGHEST_PROTOCOL)
                    if row["year"] and unit_key(row["unit"]) else None)
    return row, fingerprints(doc, report.index)


# What a worker sends back: the row already pickled (it goes to SQLite as it is, so the main process
# neither unpickles it nor encodes it again), the path, unit and whether the report was unreadable,
# its year (a unit reusing its own earlier report is not copying), the fingerprints' three byte
# strings, and the 承诺兑现 payload apart from the row (~40 KB: every output pass unpickles the
# rows, only pairing reads payloads). A plain tuple: a NamedTuple pickles through Python code.
Packed = tuple[bytes, str, str | None, bool, bytes, bytes, bytes, int | None, bytes | None]


def _pack(row: dict[str, Any], prints: Prints) -> Packed:
    trace = row.pop("trace", None)
    return (pickle.dumps(row, pickle.HIGHEST_PROTOCOL), row["path"], row["unit"], row["error"] is not None,
            prints.sigs, prints.meta, prints.text, row["year"], trace)


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
    root: str = ""  # the folder the outputs' paths are relative to
    traced: int = 0  # reports paired with last year's (承诺兑现: their summaries are in the table traces)

    def rows(self) -> Iterator[dict[str, Any]]:
        """The rows in input order, with the reports each shares copied paragraphs with
        (streamed from disk)."""
        from fzcheck.rows import with_trace

        partners = self.index.partners()
        shares = next(partners, None)
        for n, blob, summary in self.db.execute(
                "SELECT rows.n, rows.row, traces.summary FROM rows LEFT JOIN traces ON traces.n = rows.n "
                "ORDER BY rows.n"):
            row = pickle.loads(blob)
            traced = pickle.loads(summary) if summary is not None else None
            row["commitments"] = traced or {"previous": None}  # none: say so, not a rate of 0
            if traced:
                row = with_trace(row, traced, self.checklist)
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
        blob, path, unit, unreadable, sigs, meta, text, year, trace = packed
        self.db.execute("INSERT INTO rows VALUES (?, ?, ?)", (n, blob, trace))
        self.index.add(n, path, unit, Prints(sigs, meta, text), year)
        self.count += 1
        self.unreadable += unreadable

    def close(self) -> None:
        self.index.close()
        self.db.close()


def run_batch(paths: list[str], checklist_name: str = "national", jobs: int | None = None, lang: str = "zh",
              progress: Callable[[int, int], None] | None = None, max_bytes: int = MAX_BYTES,
              dates: dict[str, dt.date] | None = None, root: str = "") -> BatchResult:
    """Check every report in *paths*; rows and signatures go to temporary SQLite files. *dates*:
    publication dates by file or unit (inputs.read_dates); *root*: the folder paths are shown from."""
    checklist = load_checklist(checklist_name)  # a bad checklist stops here, before any work
    # "" is SQLite's private temporary on-disk database: pages spill to disk, memory stays flat
    db = sqlite3.connect("")
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                     "CREATE TABLE rows(n INTEGER PRIMARY KEY, row BLOB, trace BLOB);"  # pickled: see Packed
                     "CREATE TABLE traces(n INTEGER PRIMARY KEY, summary BLOB);")  # 承诺兑现 of paired reports
    _prepare(checklist_name, checklist)
    _init_dates(dates or {}, root)
    result = BatchResult(checklist=checklist, db=db, index=CopyIndex(db, len(paths)), root=root)
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
            result.traced = _trace_pairs(result, lang=lang)
        else:
            gc.freeze()  # what the workers inherit is never collected: their pages stay shared
            chunk = max(1, min(8, len(tasks) // (jobs * 8)))
            setup = (checklist_name, dates or {}, root)
            pool = None
            while result.count < len(tasks):
                pool = _pool(jobs, setup)
                try:
                    consume(_mapped(pool, tasks[result.count:], chunk))
                except BrokenProcessPool:
                    # a worker died (a reader crashed, the kernel killed it): the first report not
                    # back is checked alone, a row with its error if it is the one, and the rest go on
                    _cancel(pool)
                    pool = None
                    consume(iter([_alone(tasks[result.count], setup)]))
                    continue
                except BaseException:
                    _cancel(pool)
                    raise
            try:  # last year's plans compared in the same workers
                result.traced = _trace_pairs(result, pool, lang)
            except BaseException:
                if pool is not None:
                    _cancel(pool)
                raise
            if pool is not None:
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


def _trace_pairs(result: BatchResult, pool: Any = None, lang: str = "zh") -> int:
    """Reports paired with their unit's report of the year before, and what became of its plans
    (compared in *pool*'s workers when there is one), kept in the table traces: a summary holds
    the row's findings, too many for memory on a batch of thousands. Returns how many."""
    from fzcheck.pairing import trace_batch
    from fzcheck.rules import rule_module

    el = next((e for e in result.checklist.elements if e.rule == "commitments"), None)
    params = {**rule_module("commitments").DEFAULTS, **(el.params if el else {})}
    # each report's unit and year, as stored for copy detection: no row is unpickled for them
    facts = result.db.execute("SELECT report, unit, year FROM units ORDER BY report").fetchall()

    def load(n: int) -> bytes | None:
        found = result.db.execute("SELECT trace FROM rows WHERE n = ?", (n,)).fetchone()
        return found[0] if found else None

    found = (trace_batch(facts, load, result.checklist, params, lang=lang) if pool is None
             else trace_batch(facts, load, None, params, partial(pool.map, _trace_in_worker, chunksize=4), lang))
    count = 0
    for n, summary in found:
        result.db.execute("INSERT INTO traces VALUES (?, ?)", (n, pickle.dumps(summary, pickle.HIGHEST_PROTOCOL)))
        count += 1
    return count


def _trace_in_worker(job: Job) -> dict[str, Any] | None:
    from fzcheck.pairing import summary_of_pickled

    return summary_of_pickled((job[0], job[1], _CHECKLIST, job[3], job[4]))  # the worker's own checklist


def _pool(jobs: int, setup: tuple[str, dict[str, dt.date], str]) -> Any:  # -> ProcessPoolExecutor
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=setup)


def _mapped(pool: Any, tasks: list[tuple[str, str, int]], chunk: int) -> Iterator[Packed]:
    """The pool's results in input order. SIGINT stays pending until every worker is forked: none
    can die of it before _init_worker makes it ignore SIGINT; the main process gets it right after."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return pool.map(_check_one_star, tasks, chunksize=chunk)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _alone(task: tuple[str, str, int], setup: tuple[str, dict[str, dt.date], str]) -> Packed:
    """One report checked in a worker of its own: its row, or a row saying the reader crashed on it."""
    pool = _pool(1, setup)
    try:
        return next(_mapped(pool, [task], 1))
    except BrokenProcessPool:
        path, lang, _ = task
        return _pack(_empty_row(utf8_safe(path), InputError(path, "err.crashed").render(lang)), NO_PRINTS)
    finally:
        _cancel(pool)


@contextlib.contextmanager
def delivered() -> Iterator[None]:
    """Ctrl-C ignored while the block runs (in the main thread; the previous handler back after):
    for what follows a batch whose outputs are all written (the summary, the clean-up). A late
    Ctrl-C there made a finished batch exit 130 and print 「已中断」 under 「已写入」."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


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
