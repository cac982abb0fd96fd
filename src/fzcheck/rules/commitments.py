"""doc.commitments: last year's plans (its part 「下一年度……主要安排」) show up as this year's measures,
and this year's text is not last year's taken over (「沿用上年表述」). Needs the previous report
(``options["previous"]``: a payload of fzcheck.payload, given by ``validate --previous`` or by
batch pairing); without one the rule is skipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fzcheck.checklist import Element
from fzcheck.results import ElementResult, Evidence, Note
from fzcheck.rules import RuleContext, paragraph_at

if TYPE_CHECKING:
    from fzcheck.commitments import Trace

DEFAULTS: dict[str, Any] = {
    "threshold": 0.6,  # share of commitments carried out (partly: half) below which the rule fails
    "done": 0.5,  # match score from which a commitment counts as carried out
    "partial": 0.3,  # ... as partly carried out
    "reuse_similarity": 0.8,  # share of a paragraph in sentences of last year's from which it is taken over
    "reuse_share": 0.2,  # share of this year's text taken over above which the rule fails
}
_KEYS = {"done": "rule.commitments.done", "partial": "rule.commitments.partial", "open": "rule.commitments.open"}


def check(ctx: RuleContext, el: Element, params: dict[str, Any]) -> ElementResult:
    previous = ctx.options.get("previous")
    if not isinstance(previous, dict):
        result = ElementResult(el, "skipped")
        result.notes.append(Note("rule.commitments.no_previous", info=True))
        return result
    # imported here: its patterns take ~15 ms to compile, which a validate without --previous never needs
    from fzcheck.commitments import OPEN, trace
    from fzcheck.payload import payload

    current = payload(ctx.doc, ctx.results.values(), locate=False)
    found = trace(previous, current, ctx.checklist, done=params["done"], partial=params["partial"],
                  reuse_similarity=params["reuse_similarity"])
    result = judge(el, found, previous, params, ctx.doc.year)
    for o in found.outcomes:
        p = paragraph_at(ctx.doc, o.line)
        if p is not None and o.status != OPEN:
            result.evidence.append(Evidence(p.line, p.index, o.sentence, o.commitment.title,
                                            p.heading.title if p.heading else None))
    return result


def judge(el: Element, found: Trace, previous: dict[str, Any], params: dict[str, Any],
          year: int | None) -> ElementResult:
    """The verdict and notes on a trace of *previous* (a payload) into this year's report, whose
    lines the trace gives (source lines for validate, locations in a batch); no evidence, which
    needs the parsed report. The one reading of a trace: validate and batch rows both use it."""
    from fzcheck.commitments import DONE, OPEN, PARTIAL
    from fzcheck.payload import place

    result = ElementResult(el, "skipped")
    unit = previous.get("location_unit", "line")
    before = previous.get("year")
    if year and before and before != year - 1:  # said, not refused: a two-year gap is still worth tracing
        result.notes.append(Note("rule.commitments.year", {"year": before, "expected": year - 1}, info=True))
    too_much = found.reused_share > params["reuse_share"]
    for r in found.reused:
        result.notes.append(Note("rule.commitments.reused", {"prev": place(r.previous_line, unit),
                                                             "similarity": round(100 * r.similarity)},
                                 r.line, info=not too_much))
    if too_much:
        result.notes.append(Note("rule.commitments.reused_share", {"share": round(100 * found.reused_share),
                                                                   "max": round(100 * params["reuse_share"])}))
    if not previous.get("plan"):
        result.notes.insert(0, Note("rule.commitments.no_plan", info=True))
    elif found.fulfilled is None:
        result.notes.insert(0, Note("rule.commitments.none", info=True))
    else:
        counts = {s: sum(1 for o in found.outcomes if o.status == s) for s in (DONE, PARTIAL, OPEN)}
        result.notes.insert(0, Note("rule.commitments.rate", {
            "rate": round(100 * found.fulfilled), "total": len(found.outcomes), "done": counts[DONE],
            "partial": counts[PARTIAL], "open": counts[OPEN]}, info=True))
        for o in found.outcomes:
            params_: dict[str, object] = {"title": o.commitment.title, "prev": place(o.commitment.line, unit)}
            key = _KEYS[o.status]
            if o.target:  # carried out, but without the figure the plan named
                key = "rule.commitments.short" if o.actual else "rule.commitments.no_figure"
                params_.update(target=o.target, actual=o.actual)
            result.notes.append(Note(key, params_, o.line, info=o.status == DONE))
        result.status = "met" if found.fulfilled >= params["threshold"] else "failed"
    if too_much:
        result.status = "failed"
    return result
