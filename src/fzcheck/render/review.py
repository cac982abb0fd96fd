"""What the reviewer's outputs (the workbook, the page, the terminal summary) say about a batch:
one pass over the rows for the figures a leader asks for first — how many reports, how many
pass, who is late, who omits which part — and the words every output uses for a row."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fzcheck.batch import BatchResult
from fzcheck.checklist import Checklist
from fzcheck.i18n import t
from fzcheck.render.view import status_symbol, status_word

GAP_STATUSES = ("missing", "partial", "failed")
NAMES_SHOWN = 6  # units named in a summary line before 「等 N 份」


def check_date() -> dt.date:
    """The date of the check, shown on every printed page: SOURCE_DATE_EPOCH when set (the same
    bytes run to run), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def rel_path(path: str, root: str) -> str:
    """A path as the reviewer knows it: from the batch folder, with forward slashes."""
    if not root:
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel.replace(os.sep, "/")


def name_of(row: dict[str, Any], root: str) -> str:
    """The unit, or the file when the report names none."""
    return row["unit"] or Path(row["path"]).name


def short_title(title: str, limit: int = 10) -> str:
    """A column header: the title before its parenthesis, cut to *limit* characters."""
    head = title.split("（", 1)[0].split("(", 1)[0] or title
    return head if len(head) <= limit else head[:limit - 1] + "…"


def verdict_text(row: dict[str, Any], lang: str) -> str:
    """「通过」「不通过」, or what happened to a file that was not checked."""
    if row["kind"] == "checked":
        return t("rv.pass" if row["passed"] else "rv.fail", lang)
    return t(f"rv.kind.{row['kind']}", lang)


def note_text(row: dict[str, Any]) -> str:
    """Why a file has no score: the refusal's remedy, the skip rule, the read error."""
    if row["kind"] in ("refused", "skipped", "not_report"):
        return row["reason"] or ""
    if row["kind"] == "error":
        return (row["error"] or "").split(": ", 1)[-1]
    return ""


def yes_no(value: bool | None, lang: str) -> str:
    return "" if value is None else t("rv.yes" if value else "rv.no", lang)


def status_cell(status: str | None, lang: str, *, word: bool = True) -> str:
    """「✔ 已具备」 (or the symbol alone in a narrow matrix cell)."""
    if not status:
        return ""
    return f"{status_symbol(status)} {status_word(status, lang)}" if word else status_symbol(status)


def date_of(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def date_source(row: dict[str, Any], lang: str) -> str:
    return t(f"rv.source.{row['date_source']}", lang) if row.get("date_source") else ""


def part_names(row: dict[str, Any], checklist: Checklist, lang: str) -> str:
    names = []
    for eid in row["missing_parts"]:
        el = checklist.get(eid)
        names.append(short_title(el.title_for(lang), 16) if el else eid)
    return ("、" if lang != "en" else ", ").join(names)


@dataclass(slots=True)
class Overview:
    """The figures of a batch, from one pass over its rows."""

    files: int = 0
    reports: int = 0  # checked and found to be reports
    passed: int = 0
    late: list[str] = field(default_factory=list)  # names, input order
    omits: dict[str, list[str]] = field(default_factory=dict)  # part id → names of the units without it
    gaps: Counter[str] = field(default_factory=Counter)  # element → reports where missing/partial/failed
    gap_kinds: dict[str, Counter[str]] = field(default_factory=dict)  # element → status → reports
    ranking: list[tuple[float, str, str]] = field(default_factory=list)  # (score, name, path), best first
    passed_paths: set[str] = field(default_factory=set)
    set_aside: Counter[str] = field(default_factory=Counter)  # "rv.kind.x: reason" → files
    kinds: Counter[str] = field(default_factory=Counter)
    copies: int = 0
    reuse: int = 0

    @property
    def failed(self) -> int:
        return self.reports - self.passed

    def summary_lines(self, checklist: Checklist, lang: str) -> list[str]:
        """What the leader reads first, in four lines at most."""
        sep, comma = ("；", "、") if lang != "en" else ("; ", ", ")
        lines = [t("rv.summary", lang, reports=self.reports, passed=self.passed, failed=self.failed,
                   late=len(self.late), copies=self.copies)]
        late = comma.join(self.late[:NAMES_SHOWN * 3])
        if len(self.late) > NAMES_SHOWN * 3:
            late += t("rv.and_more", lang, n=len(self.late))
        lines.append(t("rv.late", lang, names=late or t("rv.none", lang)))
        omits = []
        for eid, names in self.omits.items():
            el = checklist.get(eid)
            shown = comma.join(names[:NAMES_SHOWN]) + (t("rv.and_more", lang, n=len(names))
                                                      if len(names) > NAMES_SHOWN else "")
            omits.append(f"{short_title(el.title_for(lang) if el else eid, 16)} {len(names)} 份（{shown}）"
                         if lang != "en" else f"{el.title_for(lang) if el else eid}: {len(names)} ({shown})")
        lines.append(t("rv.omits", lang, names=sep.join(omits) if omits else t("rv.none", lang)))
        if self.set_aside:
            details = sep.join(f"{k} {n} 个" if lang != "en" else f"{k}: {n}" for k, n in self.set_aside.items())
            lines.append(t("rv.set_aside", lang, n=sum(self.set_aside.values()), details=details))
        if self.reuse:
            lines.append(t("rv.reused", lang, n=self.reuse))
        return lines

    def frequent_gaps(self) -> list[tuple[str, int]]:
        """Elements by how many reports lack them (most first; ties in checklist order)."""
        return self.gaps.most_common()


def overview(result: BatchResult, lang: str) -> Overview:
    ov = Overview()
    parts = [el.id for el in result.checklist.elements if el.kind == "part"]
    omits: dict[str, list[str]] = {eid: [] for eid in parts}
    order = {el.id: i for i, el in enumerate(result.checklist.elements)}
    for row in result.rows():
        ov.files += 1
        ov.kinds[row["kind"]] += 1
        name = name_of(row, result.root)
        if row["kind"] != "checked":
            label = verdict_text(row, lang)
            # refusals are one rule whatever the format; each skip rule is stated as it is
            reason = (t("in.refuse.short", lang) if row["kind"] == "refused"
                      else row["reason"] if row["kind"] == "skipped" else "")
            ov.set_aside[(f"{label}（{reason}）" if lang != "en" else f"{label} ({reason})") if reason
                         else label] += 1
            continue
        ov.reports += 1
        if row["passed"]:
            ov.passed += 1
            ov.passed_paths.add(row["path"])
        if row["late"]:
            ov.late.append(name)
        for eid in row["missing_parts"]:
            omits.setdefault(eid, []).append(name)
        for eid, status in row["statuses"].items():
            if status in GAP_STATUSES:
                ov.gaps[eid] += 1
                ov.gap_kinds.setdefault(eid, Counter())[status] += 1
        ov.ranking.append((row["score"], name, row["path"]))
    ov.omits = {eid: names for eid, names in omits.items() if names}
    ov.gaps = Counter(dict(sorted(ov.gaps.items(), key=lambda kv: (-kv[1], order.get(kv[0], 0)))))
    ov.ranking.sort(key=lambda x: (-x[0], x[1], x[2]))
    for pair in result.copies():
        if pair.get("reuse"):
            ov.reuse += 1
        else:
            ov.copies += 1
    return ov


def rank_numbers(ranking: list[tuple[float, str, str]]) -> list[int]:
    """Competition ranks: equal scores share a place (1, 2, 2, 4)."""
    out: list[int] = []
    for i, (score, _, _) in enumerate(ranking):
        out.append(out[-1] if i and score == ranking[i - 1][0] else i + 1)
    return out
