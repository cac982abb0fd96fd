"""doc.deadline: published on or before the checklist's deadline(s) in the year after the report year.

厅字〔2019〕28号 第二十四条: reports are published 「每年4月1日之前」, so on or before 03-31; departments
report upward by 03-01. Each deadline has its own severity, so a department that missed only the
upward date gets a softer finding than one that published late. A Word report with no
publication date is judged by its 落款 (signed) date, with a note that publication may be later.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fzcheck.checklist import SEVERITY_RANK, Element
from fzcheck.results import ElementResult, Note
from fzcheck.rules import RuleContext, evidence_at, paragraph_at

DEFAULTS: dict[str, Any] = {
    # name: what the date is for; month/day in the year after the report year
    "deadlines": [{"name": "公开发布", "name_en": "publication", "month": 3, "day": 31}],
}


def check(ctx: RuleContext, el: Element, params: dict[str, Any]) -> ElementResult:
    published, line = ctx.published()
    year = ctx.doc.year
    # a Word file is the draft before publication: its 落款 date is the best date it carries
    signed = published is None and ctx.doc.format == "docx" and ctx.doc.signed is not None
    if signed:
        published, line = ctx.doc.signed, ctx.doc.signed_line
    if published is None or year is None:
        result = ElementResult(el, "skipped")
        result.notes.append(Note("rule.deadline.unknown" if published is None else "rule.deadline.no_year", info=True))
        return result
    result = ElementResult(el, "met")
    p = paragraph_at(ctx.doc, line)
    if p is not None:
        result.evidence.append(evidence_at(p, p.text.strip()))
    if signed:
        assert published is not None
        result.notes.append(Note("rule.deadline.signed", {"signed": published.isoformat()}, line, info=True))
    missed: list[str] = []
    for d in params["deadlines"]:
        due = dt.date(year + 1, int(d["month"]), int(d["day"]))
        severity = d.get("severity", el.severity)
        if published > due:
            missed.append(severity)
            result.notes.append(Note("rule.deadline.late", {
                "name": d.get("name", ""), "name_en": d.get("name_en", d.get("name", "")),
                "due": due.isoformat(), "published": published.isoformat(), "days": (published - due).days,
            }, line))
        else:
            result.notes.append(Note("rule.deadline.ok", {
                "name": d.get("name", ""), "name_en": d.get("name_en", d.get("name", "")),
                "due": due.isoformat(), "published": published.isoformat(),
            }, line, info=True))
    if missed:
        result.status = "failed"
        worst = max(missed, key=SEVERITY_RANK.__getitem__)
        if worst != el.severity:
            result.severity_override = worst
    return result
