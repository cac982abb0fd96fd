"""doc.evidence: each present topic of the listed severities has a figure in the text that
describes it (a number with a unit: 次、件、人、项、%…). Evaluators' words: 「运用事例少」, 「泛化」.
"""

from __future__ import annotations

from typing import Any

from fzcheck.checklist import Element
from fzcheck.document import Document, Heading, Paragraph
from fzcheck.figures import has_figure
from fzcheck.results import ElementResult, Note
from fzcheck.rules import RuleContext, evidence_at

DEFAULTS: dict[str, Any] = {"severities": ["error"], "kinds": ["topic"]}


def _home(doc: Document, hit_paragraphs: list[int]) -> list[Paragraph]:
    """The text that describes a topic: the section (level 2 or above) holding most of its hits,
    a heading that names the topic counting double; without headings, the paragraphs with hits."""
    votes: dict[int, int] = {}
    heads: dict[int, Heading] = {}
    for i in hit_paragraphs:
        p = doc.paragraphs[i]
        if p.heading is None:
            continue
        home = p.heading.ancestor_at(2)
        heads[home.paragraph] = home
        votes[home.paragraph] = votes.get(home.paragraph, 0) + (2 if p.kind == "heading" else 1)
    if not votes:
        return [doc.paragraphs[i] for i in hit_paragraphs]
    best = max(sorted(votes), key=lambda k: votes[k])
    return [p for p in doc.section(heads[best]) if p.kind in ("heading", "body")]


def check(ctx: RuleContext, el: Element, params: dict[str, Any]) -> ElementResult:
    doc = ctx.doc
    result = ElementResult(el, "met")
    checked = 0
    for other in ctx.checklist.elements:
        if other.kind not in params["kinds"] or other.severity not in params["severities"]:
            continue
        found = ctx.results.get(other.id)
        if found is None or found.status not in ("met", "partial"):
            continue
        checked += 1
        paragraphs = _home(doc, found.paragraphs)
        if any(has_figure(p.text) for p in paragraphs):
            continue
        # point at the text that lacks figures, not at the heading above it
        body = [p for p in paragraphs if p.kind == "body"] or paragraphs
        first = body[0] if body else None
        result.notes.append(Note("rule.evidence.no_figures", {"id": other.id}, first.line if first else None))
        if first is not None:
            result.evidence.append(evidence_at(first, first.text[:30] + ("…" if len(first.text) > 30 else ""),
                                               other.id))
    if checked == 0:
        result.status = "skipped"
    elif result.notes:
        result.status = "failed"
    return result
