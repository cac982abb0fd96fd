"""What a batch takes from a folder: every file gets a row — checked, refused with the reason and
the remedy, or skipped by a rule the summary states — and the facts a reviewer adds (publication
dates). Also the collector's header some saved web pages carry, which is not the report's text."""

from __future__ import annotations

import csv
import datetime as dt
import glob
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from fzcheck.errors import InputError

CHECKED = {".md", ".markdown", ".txt", ".text", ".docx", ".html", ".htm", ".pdf"}
# formats a reviewer's colleagues send that we cannot read: say so and how to fix it
REFUSED = {".wps": "WPS", ".doc": "Word 97-2003", ".odt": "OpenDocument", ".rtf": "RTF", ".wpt": "WPS",
           ".dot": "Word 97-2003", ".docm": "Word"}


@dataclass(frozen=True, slots=True)
class Decision:
    """What the batch does with one file: ``check``, ``refuse`` (a report we cannot read) or
    ``skip`` (not a report). *rule* is the i18n key of the reason."""

    action: str
    rule: str | None = None
    kind: str = ""  # the refused format's name


def decide(path: str, max_bytes: int) -> Decision:
    """By name and size only (no read): cheap enough for every file of a folder."""
    name = os.path.basename(path)
    suffix = Path(name).suffix.lower()
    if name.lower().endswith(".reviewed.docx"):
        return Decision("skip", "in.skip.reviewed")  # fzcheck's own annotated copy of a report
    if name.startswith("~$"):
        return Decision("skip", "in.skip.lock")
    if name.startswith("."):
        return Decision("skip", "in.skip.hidden")
    if suffix in REFUSED:
        return Decision("refuse", "in.refuse.resave", REFUSED[suffix])
    if suffix not in CHECKED:
        return Decision("skip", "in.skip.format")
    try:
        size = os.stat(path).st_size
    except (OSError, ValueError):
        return Decision("check")  # the reader names the problem
    if size > max_bytes:
        return Decision("skip", "in.skip.too_big")
    return Decision("check")


def collect(paths: list[str]) -> list[str]:
    """Files, directories (recursively, every file but those in hidden folders) and globs → unique
    paths, sorted. A path that
    does not exist (and is not a glob) raises InputError: a typo must not pass as an empty batch.

    Directory symlinks are not followed, so a symlink loop is visited once."""
    found: set[str] = set()
    for arg in paths:
        if glob.has_magic(arg):
            matches = glob.glob(arg, recursive=True)
        elif os.path.lexists(arg):
            matches = [arg]
        else:
            raise InputError(arg, "err.not_found")
        for m in matches:
            if os.path.isdir(m):
                for root, dirs, files in os.walk(m):
                    # .git, .svn, a Mac's .Trashes: not where reports are sent
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    for name in files:
                        found.add(os.path.normpath(os.path.join(root, name)))
            else:
                found.add(os.path.normpath(m))
    return sorted(found)


def batch_root(paths: list[str]) -> str:
    """The folder paths in the outputs are relative to: the common folder of the arguments."""
    dirs = []
    for arg in paths:
        base = arg if not glob.has_magic(arg) else arg.split("*")[0].split("?")[0].split("[")[0] or "."
        base = os.path.abspath(base)
        dirs.append(base if os.path.isdir(base) else os.path.dirname(base))
    try:
        return os.path.commonpath(dirs) if dirs else os.getcwd()
    except ValueError:  # different drives
        return os.getcwd()


# ---------------------------------------------------------------- collector headers

# 「url: …」「title: …」 lines above a 「---」 line: what a crawler wrote, not the report
_HEADER_LINE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,30}:( .*)?")


def strip_collector_header(text: str) -> str:
    """Blank a collector's header (two or more ``key: value`` lines, then ``---``) at the top of a
    text, keeping every other line where it was (locations stay right)."""
    if not text[:1].isascii() or not text[:1].isalpha():
        return text
    lines = text.split("\n", 40)
    for n, line in enumerate(lines[:40]):
        if line.strip() == "---":
            if n < 2:
                return text
            return "\n" * (n + 1) + "\n".join(lines[n + 1:])
        if not _HEADER_LINE.fullmatch(line.rstrip()):
            return text
    return text


# ---------------------------------------------------------------- publication dates

def read_dates(path: str) -> dict[str, dt.date]:
    """A reviewer's table of publication dates: two columns, a file (name or path) or a unit, and
    the date (2023-03-28, 2023/3/28, 2023年3月28日). A header row is allowed; a bad date is an
    InputError naming the line."""
    from fzcheck.dates import parse_date

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, "err.read", reason=exc.strerror or str(exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")  # saved by Excel on a Chinese Windows
    dates: dict[str, dt.date] = {}
    for n, row in enumerate(csv.reader(text.splitlines()), start=1):
        cells = [c.strip() for c in row if c.strip()]
        if not cells:
            continue
        if len(cells) < 2:
            raise InputError(path, "in.dates.bad", line=n)
        date = _date(cells[1], parse_date)
        if date is None:
            if n == 1:
                continue  # a header row
            raise InputError(path, "in.dates.bad", line=n)
        dates[cells[0]] = date
    return dates


def _date(text: str, parse_date: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.replace("/", "-")) if re.fullmatch(r"\d{4}[-/]\d{2}[-/]\d{2}", text) \
            else parse_date(text)  # type: ignore[operator]
    except ValueError:
        return None


def date_for(dates: Mapping[str, dt.date], path: str, root: str, unit: str | None) -> dt.date | None:
    """A report's date in the reviewer's table: by path relative to the batch root, by file name,
    then by unit."""
    if not dates:
        return None
    rel = os.path.relpath(os.path.abspath(path), root) if root else path
    for key in (rel, rel.replace(os.sep, "/"), os.path.basename(path), Path(path).stem, unit):
        if key and key in dates:
            return dates[key]
    return None
