"""doc.numbering: heading sequences without gaps or repeats, one bracket style per level.

The standard order of levels is 「一、」「（一）」「1.」「（1）」 with full-width brackets
(《党政机关公文格式》GB/T 9704—2012, 7.3.3); half-width brackets are a style note, not a gap.
"""

from __future__ import annotations

from typing import Any

from fzcheck.checklist import Element
from fzcheck.document import Heading
from fzcheck.results import ElementResult, Note
from fzcheck.rules import RuleContext, evidence_at, paragraph_at

DEFAULTS: dict[str, Any] = {"check_brackets": True}

_FAMILY = {"cn-paren-full": "cn-paren", "cn-paren-half": "cn-paren", "cn-paren-mixed": "cn-paren",
           "arabic-paren-full": "arabic-paren", "arabic-paren-half": "arabic-paren",
           "arabic-paren-mixed": "arabic-paren", "arabic-dot": "arabic", "arabic-comma": "arabic"}


def check(ctx: RuleContext, el: Element, params: dict[str, Any]) -> ElementResult:
    doc = ctx.doc
    numbered = [h for h in doc.headings if h.number is not None]
    if not numbered:
        result = ElementResult(el, "skipped")
        result.notes.append(Note("rule.numbering.none", info=True))
        return result
    problems: list[Note] = []
    style_notes: list[Note] = []
    for group in _sibling_groups(doc.roots):
        problems.extend(_sequence_problems(group))
    if params["check_brackets"]:
        by_family: dict[str, list[Heading]] = {}
        for h in numbered:
            if h.style in _FAMILY:
                by_family.setdefault(_FAMILY[h.style], []).append(h)
        for family, heads in by_family.items():
            styles = {h.style for h in heads}
            for h in heads:
                if h.style.endswith("-mixed"):
                    problems.append(Note("rule.numbering.mixed_one", {"marker": h.marker}, h.line))
            widths = {s.rsplit("-", 1)[1] for s in styles} - {"mixed"}
            if family == "arabic" and len(styles) > 1:
                first = next(h for h in heads if h.style != heads[0].style)
                problems.append(Note("rule.numbering.mixed_level", {"a": heads[0].marker, "b": first.marker},
                                     first.line))
            elif len(widths) > 1:
                half = next(h for h in heads if h.style.endswith("-half"))
                problems.append(Note("rule.numbering.mixed_level", {"a": heads[0].marker, "b": half.marker},
                                     half.line))
            elif widths == {"half"}:
                style_notes.append(Note("rule.numbering.halfwidth", {"marker": heads[0].marker}, heads[0].line,
                                        info=True))
    result = ElementResult(el, "failed" if problems else "met")
    result.notes = problems + style_notes
    for note in problems[:10]:
        p = paragraph_at(doc, note.line)
        if p is not None:
            result.evidence.append(evidence_at(p, p.heading.marker + p.heading.title if p.heading else p.text[:20]))
    return result


def _sibling_groups(roots: list[Heading]) -> list[list[Heading]]:
    """Sibling headings of one numbering family under one parent, in order."""
    out: list[list[Heading]] = []
    stack = [roots]
    while stack:
        siblings = stack.pop()
        families: dict[str, list[Heading]] = {}
        for h in siblings:
            if h.number is not None:
                families.setdefault(_FAMILY.get(h.style, h.style), []).append(h)
            if h.children:
                stack.append(h.children)
        out.extend(families.values())
    out.sort(key=lambda g: g[0].line)
    return out


def _sequence_problems(group: list[Heading]) -> list[Note]:
    notes: list[Note] = []
    expected = 1
    for h in group:
        n = h.number
        assert n is not None
        if n == expected - 1:
            notes.append(Note("rule.numbering.repeat", {"marker": h.marker}, h.line))
        elif n > expected:
            notes.append(Note("rule.numbering.gap", {"marker": h.marker, "expected": expected, "got": n}, h.line))
        elif n < expected - 1:
            notes.append(Note("rule.numbering.order", {"marker": h.marker, "expected": expected, "got": n},
                              h.line))
        expected = n + 1
    return notes
