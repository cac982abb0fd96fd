"""Accepting known gaps: inline directives in the report and a baseline file.

Inline, for the whole file, with a reason (a reviewer must be able to see why):
``<!-- fzcheck-disable topic.digital topic.emergency -- 本街道不承担该职能 -->``.
A baseline lists the findings of an earlier run (path, element, status); findings in it no
longer count, new ones do (ruff's and Checkov's baselines work the same way).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fzcheck import __version__
from fzcheck.errors import FzcheckError
from fzcheck.fileio import atomic_write
from fzcheck.results import CheckReport
from fzcheck.terminal import utf8_safe

# <!-- fzcheck-disable IDS [(-- | : | ： | —) REASON] -->, read by hand in linear time: the regex
# it replaces backtracked cubically on a directive followed by thousands of spaces.
_OPEN, _KEYWORD, _CLOSE = "<!--", "fzcheck-disable", "-->"
_ID_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_,")
_SEPARATORS = ("--", ":", "：", "—")
_ID_SPLIT = re.compile(r"[\s,]+")
BASELINE_VERSION = 1
MAX_BASELINE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Directive:
    ids: tuple[str, ...]
    reason: str | None
    line: int


def find_directives(text: str) -> list[Directive]:
    out = []
    for n, line in enumerate(text.split("\n"), start=1):
        if _KEYWORD not in line:
            continue
        for ids, reason in _directives_in(line):
            out.append(Directive(ids=ids, reason=reason, line=n))
    return out


def _directives_in(line: str) -> list[tuple[tuple[str, ...], str | None]]:
    """Every directive in one line, in order. Each character is looked at a bounded number of
    times: a failed directive stops at its first character that cannot belong to an id list."""
    found = []
    pos = 0
    end = -1  # the first "-->" at or after the current directive (found once, not once per "<!--")
    while (start := line.find(_OPEN, pos)) >= 0:
        pos = start + len(_OPEN)
        k = pos
        while k < len(line) and line[k].isspace():
            k += 1
        if not line.startswith(_KEYWORD, k):
            continue
        k += len(_KEYWORD)
        if k >= len(line) or not line[k].isspace():
            continue
        if end < k:
            end = line.find(_CLOSE, k)
        if end < 0:
            break  # no directive can close after this point
        parsed = _parse_body(line, k, end)
        if parsed is not None:
            found.append(parsed)
            pos = end + len(_CLOSE)
    return found


def _parse_body(line: str, start: int, end: int) -> tuple[tuple[str, ...], str | None] | None:
    """ids and reason of ``line[start:end]`` (what follows ``fzcheck-disable``): the shortest run
    of id characters after which only spaces, or a separator and a reason, remain."""
    first = start
    while start < end and line[start].isspace():
        start += 1
    if start - first >= 2:
        # no id at all (「<!-- fzcheck-disable  -->」): a directive that names nothing, which the
        # caller reports as ignored, as the documented grammar reads it (its id list may be spaces)
        if start == end:
            return (), None
        for sep in _SEPARATORS:
            if line.startswith(sep, start):
                return (), line[start + len(sep):end].strip() or None
    stop = start  # the id characters run from start to stop
    while stop < end and (line[stop] in _ID_CHARS or line[stop].isspace()):
        stop += 1
    # next_text[i]: the first non-space position at or after i (within start..stop, else stop)
    next_text = [stop] * (stop - start + 1)
    for i in range(stop - 1, start - 1, -1):
        next_text[i - start] = i if not line[i].isspace() else next_text[i - start + 1]
    for cut in range(start + 1, stop + 1):
        if line[cut - 1].isspace() and cut < stop:
            continue  # an id list ends at an id character
        at = next_text[cut - start]
        if at == stop == end:
            return _ids(line[start:cut]), None
        for sep in _SEPARATORS:
            if line.startswith(sep, at) and at + len(sep) <= end:
                return _ids(line[start:cut]), line[at + len(sep):end].strip() or None
        if at < stop:
            continue
        break
    return None


def _ids(raw: str) -> tuple[str, ...]:
    return tuple(i for i in _ID_SPLIT.split(raw) if i)


def apply_directives(report: CheckReport) -> list[Directive]:
    """Suppress the findings named by the report's directives; return directives without a reason
    (they are ignored, and the caller says so)."""
    ignored = []
    for d in report.document.directives:
        if not d.reason:
            ignored.append(d)
            continue
        for r in report.results:
            if any(r.element.id == i or r.element.id.startswith(i + ".") for i in d.ids):
                r.suppressed = {"by": "inline", "reason": d.reason, "line": d.line}
    return ignored


def _key(path: str, base: Path) -> str:
    if path == "-":
        return "-"
    p = Path(path).resolve()
    try:
        return p.relative_to(base.resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def write_baseline(reports: list[CheckReport], target: Path) -> int:
    base = target.parent
    entries = sorted(
        {(_key(r.document.source, base), res.element.id, res.status)
         for r in reports for res in r.results if res.is_finding}
    )
    data = {"tool": "fzcheck", "version": __version__, "format_version": BASELINE_VERSION,
            "findings": [{"path": p, "id": i, "status": s} for p, i, s in entries]}
    text = utf8_safe(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    atomic_write(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return len(entries)


def read_baseline(path: Path) -> set[tuple[str, str, str]]:
    from fzcheck.fileio import read_text

    text = read_text(path, MAX_BASELINE_BYTES, FzcheckError)  # a regular file, bounded
    try:
        data: Any = json.loads(text)
        return {(f["path"], f["id"], f["status"]) for f in data["findings"]}
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise FzcheckError(str(path), "err.baseline", reason=str(exc)) from exc


def apply_baseline(report: CheckReport, known: set[tuple[str, str, str]], baseline: Path) -> None:
    key = _key(report.document.source, baseline.parent)
    for r in report.results:
        if r.is_finding and (key, r.element.id, r.status) in known:
            r.suppressed = {"by": "baseline", "reason": str(baseline), "line": None}
