"""Matchers: find a checklist element's phrases, phrase groups and patterns in units of text.

A unit is a heading title or a paragraph, folded (see textnorm) and with the checklist's mask
applied, so that slogans and titles of plans never count as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from fzcheck.checklist import Concept, Matcher
from fzcheck.document import Document, Heading, Paragraph
from fzcheck.textnorm import SENTENCE_END, fold_with_map

MASK_CHAR = "\x00"
PLACEHOLDER_START = "(请填写"  # fzcheck's own prompts 「（请填写：……）」 (`fzcheck init`), folded


@dataclass(frozen=True, slots=True)
class Unit:
    paragraph: Paragraph
    text: str  # folded and masked
    index_map: list[int]  # folded position → position in the original text
    original: str  # the text the positions refer to
    heading: Heading | None = None  # set when the unit is a heading title


@dataclass(frozen=True, slots=True)
class Hit:
    key: tuple[str, int]  # ("any", i) | ("all", i) | ("re", i): one distinct piece of evidence
    label: str
    unit: Unit
    start: int  # in the folded text
    end: int

    def span(self) -> tuple[int, int]:
        """The hit's span in the original text."""
        m = self.unit.index_map
        if not m:
            return 0, 0
        return m[min(self.start, len(m) - 1)], m[min(self.end, len(m)) - 1] + 1


class TextIndex:
    """Folded, masked text of a document's paragraphs and headings, computed once."""

    def __init__(self, doc: Document, masks: list[re.Pattern[str]]) -> None:
        self.doc = doc
        self.masks = masks
        self._to_simplified = _simplifier() if doc.script == "traditional" else None
        self._paras: dict[int, Unit] = {}
        self._heads: dict[int, Unit] = {}

    def paragraph(self, p: Paragraph) -> Unit:
        unit = self._paras.get(p.index)
        if unit is None:
            unit = self._paras[p.index] = self._unit(p, p.text, None)
        return unit

    def has_text(self, p: Paragraph) -> bool:
        """Whether the paragraph says anything once slogans and prompts are masked."""
        return any(c != MASK_CHAR for c in self.paragraph(p).text)

    def heading(self, h: Heading) -> Unit:
        unit = self._heads.get(h.paragraph)
        if unit is None:
            unit = self._heads[h.paragraph] = self._unit(self.doc.paragraphs[h.paragraph], h.title, h)
        return unit

    def _unit(self, p: Paragraph, text: str, heading: Heading | None) -> Unit:
        folded, index_map = fold_with_map(text)
        if self._to_simplified is not None:
            converted = self._to_simplified(folded)
            if len(converted) == len(folded):  # t2s is character for character but for rare phrases
                folded = converted
        if PLACEHOLDER_START in folded:
            folded = _mask_placeholders(folded)
        for rx in self.masks:
            folded = rx.sub(lambda m: MASK_CHAR * len(m.group(0)), folded)
        return Unit(paragraph=p, text=folded, index_map=index_map, original=text, heading=heading)


def _mask_placeholders(text: str) -> str:
    """Mask each 「(请填写……)」 prompt up to its matching bracket: prompts are never evidence."""
    out = list(text)
    start = text.find(PLACEHOLDER_START)
    while start >= 0:
        depth, end = 0, len(text)
        for i in range(start, len(text)):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            if depth == 0:
                end = i + 1
                break
        out[start:end] = MASK_CHAR * (end - start)
        start = text.find(PLACEHOLDER_START, end)
    return "".join(out)


def _simplifier() -> Callable[[str], str]:
    """Traditional → simplified, so one checklist serves reports from Taiwan-style reposts too."""
    import opencc  # imported only for traditional texts

    return opencc.OpenCC("t2s").convert


def find_hits(matcher: Matcher, units: list[Unit]) -> list[Hit]:
    """Every hit of *matcher* in *units*, in document order."""
    hits: list[Hit] = []
    for unit in units:
        text = unit.text
        if matcher.exclude and any(x in text for x in matcher.exclude):
            continue
        for i, concept in enumerate(matcher.any):
            found = _find(concept, text, 0)
            if found:
                hits.append(Hit(("any", i), text[found[0]:found[1]], unit, found[0], found[1]))
        for i, group in enumerate(matcher.all):
            found = _find_group(group, text, matcher.within)
            if found:
                label = "+".join(c.label for c in group)
                hits.append(Hit(("all", i), label, unit, found[0], found[1]))
        for i, rx in enumerate(matcher.regex):
            m = rx.search(text)
            if m:
                hits.append(Hit(("re", i), rx.pattern, unit, m.start(), max(m.end(), m.start() + 1)))
    return hits


def _find(concept: Concept, text: str, offset: int) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for variant in concept.variants:
        pos = text.find(variant, offset)
        if pos >= 0 and (best is None or pos < best[0]):
            best = (pos, pos + len(variant))
    return best


def _find_group(group: list[Concept], text: str, within: str) -> tuple[int, int] | None:
    for start, end in _segments(text, within):
        segment = text[start:end]
        spans = [_find(c, segment, 0) for c in group]
        if all(spans):
            first = min(s[0] for s in spans if s)
            last = max(s[1] for s in spans if s)
            return start + first, start + last
    return None


def _segments(text: str, within: str) -> list[tuple[int, int]]:
    if within != "sentence":
        return [(0, len(text))]
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in SENTENCE_END:
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


def snippet(hit: Hit, width: int = 24) -> str:
    """A short quote around the hit, as written in the report."""
    a, b = hit.span()
    text = hit.unit.original
    if hit.unit.heading is not None and len(text) <= 2 * width:
        return text  # a heading title is short enough to quote whole
    left = max(0, a - width // 2)
    right = min(len(text), max(b, a) + width)
    while left > 0 and text[left - 1].isdigit():  # never cut 2023 down to 3
        left -= 1
    while right < len(text) and text[right].isdigit():
        right += 1
    out = text[left:right].strip()
    return ("…" if left > 0 else "") + out + ("…" if right < len(text) else "")
