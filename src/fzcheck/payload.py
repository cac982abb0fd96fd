"""What a checked report offers the comparison with its unit's report of the year before or after
(承诺兑现, fzcheck.commitments), as plain data a batch worker can send: its paragraphs' locations,
what each is and their text. Kept apart from fzcheck.commitments so that making one (every batch
worker does) never compiles the extraction's patterns.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fzcheck.sentences import SEP, Sentences

PLAN_PART = "part.next-year"
MEASURES_PART = "part.measures"  # where commitments are looked for, when the report has it
EXCLUDED_PARTS = ("part.next-year", "part.shortcomings")  # else anywhere but in plans and shortcomings

# What each paragraph of a payload is: its part (measures, plans, other) and its kind (body, heading)
MEASURE, PLAN, OTHER = "m", "p", "x"
BODY, HEADING = "b", "h"


def payload(doc: Any, results: Iterable[Any], *, locate: bool = True) -> dict[str, Any]:
    """What a report offers a comparison with the year before or after it, as plain data: its
    paragraphs' locations, what each is (one character each for its part: measures, plans or
    other, and its kind: body or heading) and their text joined by SEP, so that a batch worker
    pickles a few strings, not a tuple per paragraph. Cheap: batch workers make one per report
    that could be paired; commitments are extracted only where a report is paired.

    *doc* is a parsed Document, *results* its ElementResults (parts carry their section lines);
    *locate* False keeps source lines (for notes on *doc* itself) instead of locations."""
    sections = {r.element.id: r.section for r in results if r.element.kind == "part" and r.section}
    plan = sections.get(PLAN_PART)
    measures = sections.get(MEASURES_PART)
    excluded = [sections[p] for p in EXCLUDED_PARTS if p in sections]
    lines: list[int] = []
    texts: list[str] = []
    parts: list[str] = []
    kinds: list[str] = []
    headings: dict[int, str] = {}  # a heading paragraph's number → its marker and title (where a finding stands)
    for p in doc.paragraphs:
        if p.kind not in ("body", "heading"):
            continue
        if plan is not None and plan[0] < p.line <= plan[1]:
            part = PLAN
        elif (not (measures[0] <= p.line <= measures[1]) if measures is not None
              else any(a <= p.line <= b for a, b in excluded)):
            part = OTHER
        else:
            part = MEASURE
        lines.append(doc.location(p.line) if locate else p.line)
        texts.append(p.text)
        parts.append(part)
        kinds.append(BODY if p.kind == "body" else HEADING)
        if p.kind == "heading" and p.heading is not None:
            headings[len(texts) - 1] = p.heading.marker + p.heading.title
    text = SEP.join(texts)
    if text.count(SEP) != max(len(texts) - 1, 0):  # a paragraph holding SEP itself (a control character)
        text = SEP.join(t.replace(SEP, " ") for t in texts)
    return {"source": doc.source, "unit": doc.unit, "year": doc.year, "plan": plan is not None,
            "location_unit": doc.location_unit if locate else "line", "lines": lines, "parts": "".join(parts),
            "kinds": "".join(kinds), "headings": headings, "text": text}


def heading_at(found: dict[str, Any], line: int) -> str | None:
    """The heading that the paragraph at *line* (as the payload locates it) stands under, or is."""
    made = found.get("_headings_at")
    if made is None:  # one pass for all the lines asked about (a batch row's findings ask dozens)
        made = found["_headings_at"] = {}
        titles, current = found.get("headings", {}), None
        for i, (n, kind) in enumerate(zip(found["lines"], found["kinds"], strict=True)):
            if kind == HEADING:
                current = titles.get(i)
            made.setdefault(n, current)
    return made.get(line)  # type: ignore[no-any-return]


def sentences(found: dict[str, Any]) -> Sentences:
    """A payload's paragraphs cut into sentences (made once, kept in the payload)."""
    made = found.get("_sentences")
    if made is None:
        made = found["_sentences"] = Sentences(found["text"])
    return made


def paragraphs(found: dict[str, Any]) -> tuple[list[int], list[str]]:
    """A payload's paragraphs as lines and texts (made once, kept in the payload)."""
    made = found.get("_paragraphs")
    if made is None:
        lines = found["lines"]
        made = found["_paragraphs"] = (lines, found["text"].split(SEP) if lines else [])
    return made


def mask(found: dict[str, Any], key: str, value: str) -> Any:
    """Which of a payload's paragraphs have *value* as their part or kind (*key*), as a numpy mask."""
    import numpy as np

    return np.frombuffer(found[key].encode("ascii"), dtype=np.uint8) == ord(value)


def place(line: int, location_unit: str) -> str:
    """A location in a report, the same in every language: 47 (line), ¶12 (Word paragraph), p3 (page)."""
    return {"paragraph": "¶", "page": "p"}.get(location_unit, "") + str(line)


