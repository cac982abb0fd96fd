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

_DIRECTIVE = re.compile(
    r"<!--\s*fzcheck-disable\s+(?P<ids>[A-Za-z0-9.\-_,\s]+?)\s*(?:(?:--|:|：|—)\s*(?P<reason>.*?))?\s*-->"
)
BASELINE_VERSION = 1


@dataclass(frozen=True, slots=True)
class Directive:
    ids: tuple[str, ...]
    reason: str | None
    line: int


def find_directives(text: str) -> list[Directive]:
    out = []
    for n, line in enumerate(text.split("\n"), start=1):
        if "fzcheck-disable" not in line:
            continue
        for m in _DIRECTIVE.finditer(line):
            ids = tuple(i for i in re.split(r"[\s,]+", m.group("ids")) if i)
            reason = (m.group("reason") or "").strip() or None
            out.append(Directive(ids=ids, reason=reason, line=n))
    return out


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
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    atomic_write(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return len(entries)


def read_baseline(path: Path) -> set[tuple[str, str, str]]:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        return {(f["path"], f["id"], f["status"]) for f in data["findings"]}
    except FileNotFoundError as exc:
        raise FzcheckError(str(path), "err.not_found") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FzcheckError(str(path), "err.baseline", reason=str(exc)) from exc


def apply_baseline(report: CheckReport, known: set[tuple[str, str, str]], baseline: Path) -> None:
    key = _key(report.document.source, baseline.parent)
    for r in report.results:
        if r.is_finding and (key, r.element.id, r.status) in known:
            r.suppressed = {"by": "baseline", "reason": str(baseline), "line": None}
