"""doc.terminology: terms that became outdated on a known date, each with its replacement.

A renamed term is outdated in text written after the rename (``by: written``: the publication
date, else the signing date, else 03-31 of the next year); a superseded plan or congress is outdated
for reports on a later year (``by: year``). ``unless`` lists words whose presence shows the text is
current (a report that names 二十大 may still mention 十九大 historically).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from fzcheck.checklist import Element
from fzcheck.checklist.regex_inspect import required_literal
from fzcheck.matching import Hit, snippet
from fzcheck.results import ElementResult, Note
from fzcheck.rules import RuleContext, evidence_at
from fzcheck.textindex import Unit, texts_holding
from fzcheck.textnorm import fold

DEFAULTS: dict[str, Any] = {"terms": [], "max_hits": 20}


# the checklist's terms, folded once rather than for every report
_fold_term = functools.lru_cache(maxsize=4096)(fold)


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def check(ctx: RuleContext, el: Element, params: dict[str, Any]) -> ElementResult:
    written, year = ctx.written(), ctx.doc.year
    if written is None and year is None:
        result = ElementResult(el, "skipped")
        result.notes.append(Note("rule.terminology.undated", info=True))
        return result
    units = [ctx.index.paragraph(p) for p in ctx.doc.paragraphs if p.kind in ("title", "heading", "body")]
    full_text = "".join(u.raw for u in units)  # unmasked: a title in 《》 can be outdated too
    result = ElementResult(el, "met")
    for term in params["terms"]:
        since = _date(term["since"])
        current = written if term.get("by", "written") == "written" else (dt.date(year, 12, 31) if year else None)
        if current is None or current < since:
            continue
        if any(_fold_term(w) in full_text for w in term.get("unless", [])):
            continue
        # phrases absent from the whole text are absent from every paragraph
        phrases = [f for f in (_fold_term(p) for p in term.get("match", [])) if f in full_text]
        patterns = [rx for rx in (re.compile(r) for r in term.get("regex", []))
                    if (literal := required_literal(rx)) is None or literal in full_text]
        if not phrases and not patterns:
            continue
        for unit in _holding(units, full_text, phrases, patterns):
            spans = [(m.start(), m.end()) for rx in patterns for m in rx.finditer(unit.raw)]
            for phrase in phrases:
                start = unit.raw.find(phrase)
                while start >= 0:
                    spans.append((start, start + len(phrase)))
                    start = unit.raw.find(phrase, start + len(phrase))
            for start, end in _outermost(spans):
                if len(result.evidence) >= params["max_hits"]:
                    break
                hit = Hit(("term", 0), term["term"], unit, start, end)
                result.evidence.append(evidence_at(unit.paragraph, snippet(hit), term["term"]))
                result.notes.append(Note("rule.terminology.hit", {
                    "term": term["term"], "replacement": term["replacement"], "since": since.isoformat(),
                    "source": term.get("source", ""),
                }, unit.paragraph.line))
    if result.notes:
        result.status = "failed"
        result.notes.sort(key=lambda n: n.line or 0)
        result.evidence.sort(key=lambda e: e.line)
    return result


def _holding(units: list[Unit], full_text: str, phrases: list[str], patterns: list[re.Pattern[str]]) -> list[Unit]:
    """The units that may hold one of *phrases* or a match of *patterns*, in order: those where
    the phrase (or the pattern's required literal) occurs, found in the joined text at once."""
    needles = [*phrases, *(required_literal(rx) for rx in patterns)]
    if any(n is None for n in needles):
        return units
    starts = [0]
    for unit in units:
        starts.append(starts[-1] + len(unit.raw))
    return [units[k] for k in sorted(texts_holding(full_text, starts, needles))]


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans inside another (「新型冠状病毒肺炎」 contains no 「新冠肺炎」, but patterns may overlap)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out
