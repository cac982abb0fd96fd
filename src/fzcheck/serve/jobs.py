"""The work behind a request, run in the server's worker processes: check one upload (result
page, JSON, annotated Word copy) or a batch (the review page and workbook).

An upload lives in a private temporary directory (mode 0700) under the server's own root only for
the time of its check, so that it goes through exactly the CLI's readers, caps and refusals; the
directory is removed before the result leaves the worker. Only file names the server makes are
opened: a client's name is shown, never used as a path.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from fzcheck.errors import FzcheckError

if TYPE_CHECKING:
    from fzcheck.checklist import Checklist

# suffixes an upload may keep on disk (they steer format detection as they do for the CLI)
KEEP_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".docx", ".html", ".htm", ".pdf", ".doc"}
MAX_BATCH_FILES = 500
MAX_NAME = 80  # characters of a client's file name kept for display
# checklists this worker has loaded (~70 ms of YAML each), by name; a check never changes them
_LOADED: dict[str, Checklist] = {}


@dataclass(slots=True)
class CheckJob:
    name: str  # the client's file name, for display only
    data: bytes
    checklist: str  # a built-in name or a path the server was started with, never a client's
    lang: str
    tmp_root: str
    max_bytes: int
    year: int | None = None
    published: dt.date | None = None


@dataclass(slots=True)
class CheckOutcome:
    error: str | None = None  # the CLI's one-line refusal
    page: str = ""  # the one-file HTML report
    json: str = ""
    docx: bytes | None = None  # the annotated copy, for a Word upload
    passed: bool = False
    gaps: int = 0


@dataclass(slots=True)
class BatchJob:
    files: list[tuple[str, bytes]]  # (client's name, bytes); a .zip is opened here
    checklist: str
    lang: str
    tmp_root: str
    max_bytes: int
    max_total: int


@dataclass(slots=True)
class BatchOutcome:
    error: str | None = None
    page: str = ""
    xlsx: bytes = b""
    count: int = 0
    unreadable: int = 0
    skipped: list[str] = field(default_factory=list)  # zip members left out, with why


def display_name(name: str, default: str = "report.txt") -> str:
    """The last component of a client's file name, without control characters, at most MAX_NAME long."""
    base = re.split(r"[/\\]", name or "")[-1]
    base = "".join(c for c in base if c.isprintable()).strip().lstrip(".")
    if len(base) > MAX_NAME:
        stem, suffix = os.path.splitext(base)
        base = stem[:MAX_NAME - len(suffix[:10])] + suffix[:10]
    return base or default


def disk_name(name: str, taken: set[str] | None = None) -> str:
    """A safe file name for *name* in a fresh private directory: its display name when that is
    plain, else 「report」 with the suffix kept when known; numbered when already taken."""
    shown = display_name(name)
    suffix = Path(shown).suffix.lower()
    safe = shown if re.fullmatch(r"[^\x00-\x1f/\\:*?\"<>|]{1,80}", shown) and shown not in (".", "..") else ""
    if not safe:
        safe = "report" + (suffix if suffix in KEEP_SUFFIXES else ".txt")
    if taken is not None:
        base, n = safe, 2
        while safe.lower() in taken:
            safe = f"{n}-{base}"
            n += 1
        taken.add(safe.lower())
    return safe


def warm(checklist: str) -> None:
    import fzcheck.render.html_report  # noqa: F401
    from fzcheck.checklist import load_checklist

    if checklist not in _LOADED:
        _LOADED[checklist] = load_checklist(checklist)


def check_upload(job: CheckJob) -> CheckOutcome:
    """Check one upload as ``fzcheck validate`` and ``annotate`` would; never raises for a bad report."""
    from fzcheck.api import validate_paths
    from fzcheck.render.html_report import render_page
    from fzcheck.render.jsonout import dumps, reports_to_json
    from fzcheck.render.view import result_view

    shown = display_name(job.name)
    with tempfile.TemporaryDirectory(prefix="check-", dir=job.tmp_root) as tmp:
        path = os.path.join(tmp, disk_name(job.name))
        with open(path, "xb") as fh:
            fh.write(job.data)
        try:
            run = validate_paths([path], {"checklist": job.checklist, "fail-on": None, "lang": job.lang},
                                 discover=False, year=job.year, published=job.published, max_bytes=job.max_bytes,
                                 loaded=_LOADED)
        except FzcheckError as exc:  # e.g. a date the checklist rejects
            exc.source = shown
            return CheckOutcome(error=exc.render(job.lang))
        if run.errors:
            error = run.errors[0]
            error.source = shown  # the message names the drafter's file, not our temporary copy
            return CheckOutcome(error=error.render(job.lang))
        report = run.reports[0]
        docx = None
        if report.document.format == "docx":
            from fzcheck.annotate import annotate_docx

            target = os.path.join(tmp, "reviewed.docx")
            annotate_docx(path, target, report, job.lang)
            docx = Path(target).read_bytes()
        report.document.source = shown
        fail_on = run.settings[path].fail_on
        view = result_view(report, job.lang, fail_on)
        return CheckOutcome(page=render_page([report], job.lang, fail_on),
                            json=dumps(reports_to_json([report], [], job.lang)), docx=docx,
                            passed=view.verdict.passed, gaps=len(view.gaps))


def batch_upload(job: BatchJob) -> BatchOutcome:
    """Check every file (and every report inside a .zip) as ``fzcheck batch`` would."""
    from fzcheck.batch import run_batch
    from fzcheck.i18n import t
    from fzcheck.render.batch import write

    outcome = BatchOutcome()
    with tempfile.TemporaryDirectory(prefix="batch-", dir=job.tmp_root) as tmp:
        folder = os.path.join(tmp, "files")
        os.mkdir(folder, 0o700)
        taken: set[str] = set()
        names: list[str] = []
        total = 0
        for name, data in job.files:
            if zipfile.is_zipfile(BytesIO(data)) and Path(name).suffix.lower() == ".zip":
                try:
                    members = _unzip(data, job, job.max_total - total, outcome)
                except FzcheckError as exc:
                    exc.source = display_name(name)
                    outcome.error = exc.render(job.lang)
                    return outcome
            else:
                members = [(name, data)]
            for member, content in members:
                if len(names) >= MAX_BATCH_FILES:
                    outcome.error = t("serve.too_many_files", job.lang, limit=MAX_BATCH_FILES)
                    return outcome
                total += len(content)
                disk = disk_name(member, taken)
                with open(os.path.join(folder, disk), "xb") as fh:
                    fh.write(content)
                names.append(disk)
        if not names:
            outcome.error = t("serve.no_reports", job.lang)
            return outcome
        here = os.getcwd()
        os.chdir(folder)  # rows name the files as the client did, not by our temporary path
        try:
            result = run_batch(names, job.checklist, jobs=1, lang=job.lang, max_bytes=job.max_bytes)
            try:
                write(result, Path(tmp) / "review.html", job.lang)
                write(result, Path(tmp) / "review.xlsx", job.lang)
                outcome.count, outcome.unreadable = result.count, result.unreadable
            finally:
                result.close()
        finally:
            os.chdir(here)
        outcome.page = (Path(tmp) / "review.html").read_text(encoding="utf-8")
        outcome.xlsx = (Path(tmp) / "review.xlsx").read_bytes()
    return outcome


def _unzip(data: bytes, job: BatchJob, budget: int, outcome: BatchOutcome) -> list[tuple[str, bytes]]:
    """The reports inside a .zip, bounded: member count, each member's size against the per-file
    cap, the total against *budget*, the compression ratio; names reduced to their last component
    (a member called ``../../etc/passwd`` is a report called ``passwd``, and is skipped: no suffix)."""
    from fzcheck.errors import InputError
    from fzcheck.formats import MAX_RATIO, RATIO_FLOOR
    from fzcheck.i18n import t

    out: list[tuple[str, bytes]] = []
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(None, "err.corrupt", kind="ZIP") from exc
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_BATCH_FILES:
            raise InputError(None, "err.zip_members", n=len(infos), limit=MAX_BATCH_FILES)
        for info in infos:
            name = _member_name(info)
            base = display_name(name, "")
            if not base or base.startswith("~$") or "__MACOSX" in name:
                continue
            if Path(base).suffix.lower() not in KEEP_SUFFIXES:
                outcome.skipped.append(base)
                continue
            if info.file_size > job.max_bytes:
                outcome.skipped.append(f"{base}: " + t("err.too_big", job.lang, size=round(info.file_size / 2**20, 1),
                                                       limit=job.max_bytes // 2**20))
                continue
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise InputError(None, "err.zip_ratio", name=base, ratio=info.file_size // max(info.compress_size, 1),
                                 limit=MAX_RATIO)
            if info.file_size > budget:
                raise InputError(None, "err.zip_bomb", size=_mb(job.max_total - budget + info.file_size),
                                 limit=_mb(job.max_total))
            try:
                with zf.open(info) as fh:
                    content = fh.read(info.file_size + 1)  # a header that lies about the size reads no further
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
                outcome.skipped.append(f"{base}: {exc}")
                continue
            if len(content) > info.file_size:  # more than the header said
                raise InputError(None, "err.corrupt", kind="ZIP")
            budget -= len(content)
            out.append((base, content))
    return out


def _mb(n: int) -> float:
    return round(n / 2**20, 1)


def _member_name(info: zipfile.ZipInfo) -> str:
    """Member names from Chinese Windows are GBK without the UTF-8 flag; Python reads them as cp437."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename
