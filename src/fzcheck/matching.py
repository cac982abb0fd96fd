"""Matchers: find a checklist element's phrases, phrase groups and patterns in units of text.

A unit is a heading title or a paragraph, folded (see textnorm) and with the checklist's mask
applied, so that slogans and titles of plans never count as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from fzcheck.checklist import Checklist, Element, Matcher
from fzcheck.document import Document, Heading, Paragraph
from fzcheck.textnorm import SENTENCE_END, fold, folded_positions

MASK_CHAR = "\x00"
PLACEHOLDER_START = "(请填写"  # fzcheck's own prompts 「（请填写：……）」 (`fzcheck init`), folded


class PhraseIndex:
    """Every phrase variant of a checklist in one Aho-Corasick automaton: a unit of text is scanned
    once for all of them instead of once per phrase (ahocorasick-rs, ~9x faster than ``re``)."""

    def __init__(self, phrases: list[str]) -> None:
        import ahocorasick_rs

        self.phrases = sorted(set(p for p in phrases if p))
        self._automaton = ahocorasick_rs.AhoCorasick(self.phrases) if self.phrases else None

    def scan(self, text: str) -> dict[str, list[int]]:
        """Start positions of every phrase in *text* (overlapping matches included)."""
        found: dict[str, list[int]] = {}
        if self._automaton is None:
            return found
        for i, start, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
            found.setdefault(self.phrases[i], []).append(start)
        return found


def phrase_index(checklist: Checklist) -> PhraseIndex:
    """The checklist's phrase index, built on first use and kept with the checklist."""
    index = checklist.cache.get("phrases")
    if index is None:
        phrases: list[str] = []
        for el in checklist.elements:
            for m in _matchers(el):
                for concept in [*m.any, *(c for group in m.all for c in group)]:
                    phrases.extend(concept.variants)
                phrases.extend(m.exclude)
        index = checklist.cache["phrases"] = PhraseIndex(phrases)
    return index


def _matchers(el: Element) -> list[Matcher]:
    out = [m for m in (el.match, el.fallback) if m is not None]
    for child in el.children:
        out.extend(_matchers(child))
    return out


class Unit:
    """A paragraph or heading title, folded and masked, with its phrase occurrences."""

    __slots__ = ("_map", "_occ", "_phrases", "heading", "original", "paragraph", "raw", "text")

    def __init__(self, paragraph: Paragraph, text: str, raw: str, original: str,
                 heading: Heading | None, phrases: PhraseIndex) -> None:
        self.paragraph = paragraph
        self.text = text  # folded and masked
        self.raw = raw  # folded, not masked (outdated terms are looked for in titles of documents too)
        self.original = original  # the text the positions refer to
        self._map: list[int] | None = None
        self.heading = heading  # set when the unit is a heading title
        self._phrases = phrases
        self._occ: dict[str, list[int]] | None = None

    @property
    def index_map(self) -> list[int]:
        """Folded position → position in the original text (needed only to quote evidence)."""
        if self._map is None:
            self._map = folded_positions(self.original)
        return self._map

    @property
    def occurrences(self) -> dict[str, list[int]]:
        """Start positions of each checklist phrase in the unit, found in one scan."""
        if self._occ is None:
            self._occ = self._phrases.scan(self.text)
        return self._occ


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

    def __init__(self, doc: Document, masks: list[re.Pattern[str]], phrases: PhraseIndex) -> None:
        self.doc = doc
        self.masks = masks
        self.phrases = phrases
        self._to_simplified = _simplifier() if doc.script == "traditional" else None
        self._paras: dict[int, Unit] = {}
        self._heads: dict[int, Unit] = {}
        self.cache: dict[object, object] = {}  # derived per-document data the engine reuses

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
        folded = fold(text)
        if self._to_simplified is not None:
            converted = self._to_simplified(folded)
            if len(converted) == len(folded):  # t2s is character for character but for rare phrases
                folded = converted
        raw = folded
        if PLACEHOLDER_START in folded:
            folded = _mask_placeholders(folded)
        for rx in self.masks:
            folded = rx.sub(lambda m: MASK_CHAR * len(m.group(0)), folded)
        return Unit(p, folded, raw, text, heading, self.phrases)


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


@dataclass(frozen=True, slots=True)
class _Lookup:
    """For one matcher: which concept each phrase variant stands for."""

    refs: dict[str, list[tuple[str, int, int]]]  # variant → [("any", concept, 0) | ("all", group, concept)]
    phrases: frozenset[str]  # the keys of refs
    exclude: frozenset[str]


def _lookup(matcher: Matcher) -> _Lookup:
    found = matcher.cache.get("lookup")
    if found is None:
        refs: dict[str, list[tuple[str, int, int]]] = {}
        for i, concept in enumerate(matcher.any):
            for v in concept.variants:
                refs.setdefault(v, []).append(("any", i, 0))
        for g, group in enumerate(matcher.all):
            for c, concept in enumerate(group):
                for v in concept.variants:
                    refs.setdefault(v, []).append(("all", g, c))
        found = matcher.cache["lookup"] = _Lookup(refs, frozenset(refs), frozenset(matcher.exclude))
    return found


def find_hits(matcher: Matcher, units: list[Unit]) -> list[Hit]:
    """Every hit of *matcher* in *units*, in document order.

    Each unit was scanned once for all phrases of the checklist; here only the few phrases it
    contains are looked up, so the cost does not grow with the length of the phrase lists."""
    lookup = _lookup(matcher)
    hits: list[Hit] = []
    for unit in units:
        occ = unit.occurrences
        relevant = lookup.phrases.intersection(occ)
        if not relevant and not matcher.regex:
            continue
        if lookup.exclude and not lookup.exclude.isdisjoint(occ):
            continue
        first_any: dict[int, tuple[int, int]] = {}
        group_spans: dict[int, dict[int, list[tuple[int, int]]]] = {}
        for phrase in sorted(relevant):  # sorted: group spans and ties never depend on hash order
            positions = occ[phrase]
            for kind, a, b in lookup.refs[phrase]:
                if kind == "any":
                    span = (positions[0], positions[0] + len(phrase))
                    # earliest, then longest: the same evidence whatever order the set yields
                    if a not in first_any or (span[0], -span[1]) < (first_any[a][0], -first_any[a][1]):
                        first_any[a] = span
                else:
                    group_spans.setdefault(a, {}).setdefault(b, []).extend(
                        (p, p + len(phrase)) for p in positions)
        for i in sorted(first_any):
            start, end = first_any[i]
            hits.append(Hit(("any", i), unit.text[start:end], unit, start, end))
        for g in sorted(group_spans):
            found = _group_span(len(matcher.all[g]), group_spans[g], unit.text, matcher.within)
            if found:
                label = "+".join(c.label for c in matcher.all[g])
                hits.append(Hit(("all", g), label, unit, found[0], found[1]))
        for i, rx in enumerate(matcher.regex):
            m = rx.search(unit.text)
            if m:
                hits.append(Hit(("re", i), rx.pattern, unit, m.start(), max(m.end(), m.start() + 1)))
    return hits


def _group_span(size: int, spans: dict[int, list[tuple[int, int]]], text: str,
                within: str) -> tuple[int, int] | None:
    """Where every concept of a group appears together (in one sentence, or in the paragraph)."""
    if len(spans) < size:
        return None
    for lo, hi in _segments(text, within):
        firsts = []
        for concept_spans in spans.values():
            inside = [s for s in concept_spans if s[0] >= lo and s[1] <= hi]
            if not inside:
                break
            firsts.append(min(inside))
        else:
            return min(s[0] for s in firsts), max(s[1] for s in firsts)
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
