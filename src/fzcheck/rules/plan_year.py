"""doc.plan-year: the next-year part plans for year+1; a stale year there (「2023年将……」 in a
report on 2023) is text copied from an old report."""

from __future__ import annotations

import re
from typing import Any

from fzcheck.checklist import Element
from fzcheck.results import ElementResult, Note
from fzcheck.rules import RuleContext, evidence_at

DEFAULTS: dict[str, Any] = {
    "part": "part.next-year",
    "cues": ["将", "计划", "打算", "安排", "拟", "力争", "重点", "目标", "着力", "继续"],
    "window": 6,  # characters after 「××年（度）」 in which a planning cue must stand
}
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年度?")


def check(ctx: RuleContext, el: Element, params: dict[str, Any]) -> ElementResult:
    year = ctx.doc.year
    paragraphs = ctx.section_paragraphs(params["part"])
    if year is None or paragraphs is None:
        result = ElementResult(el, "skipped")
        key = "rule.plan_year.no_part" if paragraphs is None else "rule.plan_year.no_year"
        result.notes.append(Note(key, info=True))
        return result
    result = ElementResult(el, "met")
    for i, p in enumerate(paragraphs):
        for m in _YEAR.finditer(p.text):
            mentioned = int(m.group(1))
            if mentioned > year:
                continue
            after = p.text[m.end():m.end() + params["window"]]
            if i == 0 or any(cue in after for cue in params["cues"]):
                result.notes.append(Note("rule.plan_year.stale", {"year": mentioned, "expected": year + 1}, p.line))
                result.evidence.append(evidence_at(p, p.text[max(0, m.start() - 4):m.end() + 12], m.group(0)))
                break
    if result.notes:
        result.status = "failed"
    return result
