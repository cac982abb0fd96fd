"""doc.title: a title naming the unit, the year, 法治政府建设 and 报告; 「工作总结」 is the wrong genre."""

from __future__ import annotations

import re
from typing import Any

from fzcheck.checklist import Element
from fzcheck.results import ElementResult, Note
from fzcheck.rules import RuleContext, evidence_at, paragraph_at
from fzcheck.textnorm import fold

DEFAULTS: dict[str, Any] = {
    "require": [["法治政府建设", "法治政府建設"], ["报告", "報告"]],  # each: one of these words
    "discourage": ["工作总结", "总结", "工作汇报", "情况汇报"],
    "require_unit": True,
    "require_year": True,
}


def check(ctx: RuleContext, el: Element, params: dict[str, Any]) -> ElementResult:
    doc = ctx.doc
    if not doc.title:
        return ElementResult(el, "missing")
    title = fold(doc.title)
    result = ElementResult(el, "met")
    p = paragraph_at(doc, doc.title_line)
    if p is not None:
        result.evidence.append(evidence_at(p, doc.title))
    problems: list[Note] = []
    for group in params["require"]:
        words = [group] if isinstance(group, str) else list(group)
        if not any(fold(w) in title for w in words):
            problems.append(Note("rule.title.lacks", {"word": words[0]}, doc.title_line))
    if params["require_year"] and not re.search(r"(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}", title):
        problems.append(Note("rule.title.no_year", {}, doc.title_line))
    if params["require_unit"] and not doc.unit:
        problems.append(Note("rule.title.no_unit", {}, doc.title_line))
    for word in params["discourage"]:
        if fold(word) in title:
            problems.append(Note("rule.title.genre", {"word": word}, doc.title_line))
            break
    if problems:
        result.status = "failed"
        result.notes.extend(problems)
    return result
