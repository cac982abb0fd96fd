"""doc.year: the report year can be determined (title first, then the opening text)."""

from __future__ import annotations

from typing import Any

from fzcheck.checklist import Element
from fzcheck.results import ElementResult, Note
from fzcheck.rules import RuleContext, evidence_at, paragraph_at

DEFAULTS: dict[str, Any] = {}


def check(ctx: RuleContext, el: Element, params: dict[str, Any]) -> ElementResult:
    doc = ctx.doc
    if doc.year is None:
        return ElementResult(el, "missing")
    source = doc.year_source or "title"
    result = ElementResult(el, "met")
    p = paragraph_at(doc, doc.year_line)
    if p is not None:
        result.evidence.append(evidence_at(p, str(doc.year), source))
    result.notes.append(Note(f"rule.year.{source}", {"year": doc.year}, doc.year_line, info=True))
    return result
