"""The text index: a document's paragraphs and heading titles folded (see textnorm), with the
checklist's masks applied so that slogans and titles of plans never count as evidence, and
scanned once for every phrase of the checklist (see matching for what is found in it).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from typing import TypeVar

from fzcheck.checklist import Checklist, Element, Matcher
from fzcheck.checklist.regex_inspect import required_literal
from fzcheck.document import Document, Heading, Paragraph
from fzcheck.textnorm import SENTENCE_END, SEP, dropped_positions, fold

_T = TypeVar("_T")
MASK_CHAR = "\x00"
# a mask, the literal a text must hold for it to match (None: any text), the word it leaves
_Filter = tuple[re.Pattern[str], str | None, str | None]
_SENTENCE_END_RE = re.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")
PLACEHOLDER_START = "(请填写"  # fzcheck's own prompts 「（请填写：……）」 (`fzcheck init`), folded


class PhraseIndex:
    """Every phrase variant of a checklist in one Aho-Corasick automaton: a unit of text is scanned
    once for all of them instead of once per phrase (ahocorasick-rs, ~9x faster than ``re``)."""

    def __init__(self, phrases: list[str]) -> None:
        import ahocorasick_rs

        self.phrases = indexable(phrases)
        self.known = frozenset(self.phrases)
        # a DFA: more memory (a few MB for a checklist's phrases), ~25% faster scans
        self._automaton = (ahocorasick_rs.AhoCorasick(self.phrases, implementation=ahocorasick_rs.Implementation.DFA)
                           if self.phrases else None)

    def scan(self, text: str) -> dict[str, int]:
        """Where each phrase occurring in *text* first starts (``Unit.positions`` finds the others)."""
        return self.scan_units([text])[0]

    def scan_units(self, texts: list[str]) -> list[dict[str, int]]:
        """``scan`` of each text, in one pass over all of them (one call into the automaton
        instead of one per paragraph). Phrases never contain SEP, so no match straddles two."""
        found: list[dict[str, int]] = [{} for _ in texts]
        if self._automaton is None or not texts:
            return found
        if any(SEP in t for t in texts):
            return [self._scan_one(t) for t in texts]
        joined = SEP.join(texts)
        starts = [*_starts(texts), len(joined) + 1]  # and where a text after the last would start
        phrases = self.phrases
        current, base, upper = found[0], 0, starts[1]
        for i, start, _ in self._automaton.find_matches_as_indexes(joined, overlapping=True):
            if start >= upper or start < base:  # matches come in order of their end: rarely taken
                u = bisect.bisect_right(starts, start) - 1
                current, base, upper = found[u], starts[u], starts[u + 1]
            # matches come in order of their end, so a phrase's first is its earliest
            phrase = phrases[i]
            if phrase not in current:
                current[phrase] = start - base
        return found

    def _scan_one(self, text: str) -> dict[str, int]:
        found: dict[str, int] = {}
        assert self._automaton is not None
        for i, start, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
            found.setdefault(self.phrases[i], start)
        return found


def phrase_index(checklist: Checklist) -> PhraseIndex:
    """The checklist's phrase index, built on first use and kept with the checklist.

    Words that only the second and later concepts of groups need (法治, 学习, 办理 …: a third of
    the automaton's matches in a report) are left out: a group is located from its first
    concept, and the rest are looked for with ``in`` in the few units that hold it."""
    index = checklist.cache.get("phrases")
    if index is None:
        kept, later = _indexed_phrases(checklist)
        # and the words that tell which texts a mask may change (see _fold_mask_scan)
        needles = _mask_needles(_filters(checklist.mask, {}))
        index = checklist.cache["phrases"] = PhraseIndex([p for p in kept if p not in later]
                                                         + [n for n in needles if n])
    return index


def indexable(phrases: list[str]) -> list[str]:
    """The phrases an index holds: sorted, once each, none empty or holding SEP."""
    return sorted({p for p in phrases if p and SEP not in p})


def checklist_phrases(checklist: Checklist) -> list[str]:
    """The phrases of ``all_phrases_index`` without building its automaton (commitments' key terms)."""
    index = checklist.cache.get("all-phrases")
    return index.phrases if isinstance(index, PhraseIndex) else indexable(_indexed_phrases(checklist)[0])


def all_phrases_index(checklist: Checklist) -> PhraseIndex:
    """Every phrase of the checklist, group words included (what a text holds of the checklist)."""
    index = checklist.cache.get("all-phrases")
    if index is None:
        kept, _ = _indexed_phrases(checklist)
        index = checklist.cache["all-phrases"] = PhraseIndex(kept)
    return index


def _indexed_phrases(checklist: Checklist) -> tuple[list[str], set[str]]:
    """Every phrase variant, and those needed only as later concepts of groups of matchers that
    take the fast path (no patterns, no exclusions: see ``_any_and_group_hits``)."""
    phrases: list[str] = []
    later: set[str] = set()
    first: set[str] = set()
    for el in checklist.elements:
        for m in _matchers(el):
            for concept in [*m.any, *(c for group in m.all for c in group)]:
                phrases.extend(concept.variants)
            phrases.extend(m.exclude)
            if m.regex or m.exclude:
                first.update(v for group in m.all for c in group for v in c.variants)
            first.update(v for c in m.any for v in c.variants)
            first.update(v for group in m.all for v in group[0].variants)
            first.update(m.exclude)
            later.update(v for group in m.all for c in group[1:] for v in c.variants)
    return phrases, later - first


def _matchers(el: Element) -> list[Matcher]:
    out = [m for m in (el.match, el.fallback) if m is not None]
    for child in el.children:
        out.extend(_matchers(child))
    return out


class Unit:
    """A paragraph or heading title, folded and masked, with the phrases it holds."""

    __slots__ = (
        "_drops",
        "_sentences",
        "heading",
        "occurrences",
        "original",
        "paragraph",
        "raw",
        "seq",
        "text",
        "title_end",
    )

    def __init__(self, paragraph: Paragraph, text: str, raw: str, original: str,
                 heading: Heading | None, occurrences: dict[str, int]) -> None:
        self.paragraph = paragraph
        self.text = text  # folded and masked
        self.raw = raw  # folded, not masked (outdated terms are looked for in titles of documents too)
        self.original = original  # the text the positions refer to
        self.heading = heading  # set when the unit is a heading title
        # where each checklist phrase in ``text`` first starts: most matchers need no more, and a
        # list of every position for every phrase was ~10% of building the index
        self.occurrences = occurrences
        # document order: a heading's title just after its own paragraph
        self.seq = 2 * paragraph.index + (heading is not None)
        self._drops: list[int] | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self.title_end: int | None = None  # for a heading's paragraph: where its title ends (engine)

    def positions(self, phrase: str) -> list[int]:
        """Every start of *phrase* in ``text``, overlapping ones too (as the automaton finds them)."""
        return list(find_all(self.text, phrase, self.occurrences[phrase]))

    @property
    def has_text(self) -> bool:
        """Whether anything is left once slogans and prompts are masked."""
        return bool(self.text.strip(MASK_CHAR))

    def sentences(self) -> list[tuple[int, int]]:
        """Spans of the unit's sentences in ``text`` (the last one may lack its end mark)."""
        if self._sentences is None:
            ends = [m.end() for m in _SENTENCE_END_RE.finditer(self.text)]
            if self.text and (not ends or ends[-1] < len(self.text)):
                ends.append(len(self.text))
            self._sentences = list(zip([0, *ends[:-1]], ends, strict=True))
        return self._sentences

    def original_length(self) -> int:
        return len(self.original) - len(self._dropped())

    def original_text(self, lo: int, hi: int) -> str:
        """The text as written behind ``text[lo:hi]`` (a sentence quoted, read for figures)."""
        return self.original[self.to_original(lo):self.to_original(max(lo, hi - 1)) + 1]

    def to_original(self, pos: int) -> int:
        """Folded position → position in the original text (needed only to quote evidence)."""
        for d in self._dropped():  # folding only drops characters, so count those before *pos*
            if d > pos:
                break
            pos += 1
        return pos

    def _dropped(self) -> list[int]:
        if self._drops is None:
            self._drops = dropped_positions(self.original)
        return self._drops


class TextIndex:
    """Folded, masked text of a document's paragraphs and headings, with the phrases each holds,
    computed once for all checks.

    Units of text are built up front, for the whole document in one pass: a matcher then
    visits only the units that hold one of its phrases (``phrase_units``), not every unit."""

    def __init__(self, doc: Document, masks: list[re.Pattern[str]], phrases: PhraseIndex,
                 heading_levels: int = 99, stand_ins: dict[str, str] | None = None) -> None:
        self.doc = doc
        self.masks = _filters(masks, stand_ins or {})
        self.phrases = phrases
        self.cache: dict[object, object] = {}  # derived per-document data the engine reuses
        # headings deeper than any part is looked for need no unit of their own (most are level 3)
        self.heading_levels = heading_levels
        headings = [h for h in doc.headings if h.level <= heading_levels]
        texts = [p.text for p in doc.paragraphs] + [h.title for h in headings]
        raws, masked, occurrences = _fold_mask_scan(texts, self.masks, doc.script == "traditional", phrases)
        sources = [(p, None) for p in doc.paragraphs] + [(doc.paragraphs[h.paragraph], h) for h in headings]
        units: list[Unit] = []
        inverted: dict[str, list[Unit]] = {}
        for (p, heading), text, raw, folded, occ in zip(sources, texts, raws, masked, occurrences, strict=True):
            unit = Unit(p, folded, raw, text, heading, occ)
            units.append(unit)
            for phrase in occ:
                inverted.setdefault(phrase, []).append(unit)
        self._paras = units[:len(doc.paragraphs)]
        self._heads = {u.heading.paragraph: u for u in units[len(doc.paragraphs):] if u.heading is not None}
        self.phrase_units = inverted  # phrase → the units holding it (paragraphs, then heading titles)
        self.phrase_set = frozenset(inverted)

    def paragraph(self, p: Paragraph) -> Unit:
        return self._paras[p.index]

    def has_text(self, p: Paragraph) -> bool:
        """Whether the paragraph says anything once slogans and prompts are masked."""
        return self._paras[p.index].has_text

    def heading(self, h: Heading) -> Unit:
        unit = self._heads.get(h.paragraph)
        if unit is None:  # a heading deeper than the index was built for: on its own
            raws, masked = _fold_and_mask([h.title], self.masks, self.doc.script == "traditional")
            unit = self._heads[h.paragraph] = Unit(self.doc.paragraphs[h.paragraph], masked[0], raws[0], h.title,
                                                   h, self.phrases.scan(masked[0]))
        return unit

    def folded(self, texts: list[str]) -> list[str]:
        """*texts* folded as the index folds the document's (in simplified characters), unmasked."""
        return _fold_and_mask(texts, [], self.doc.script == "traditional")[0]

    def region(self, units: list[Unit]) -> Region:
        return Region(units, self.phrase_units, self.phrase_set)

    def cached(self, key: object, make: Callable[[], _T]) -> _T:
        """Per-document data the engine derives once and reuses (regions, heading tables)."""
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]  # type: ignore[return-value]


def own_region(units: list[Unit]) -> Region:
    """A region of units made on demand (``TextIndex.heading`` beyond the index's levels): they are
    not in the index's phrase map, so the region gets its own."""
    inverted: dict[str, list[Unit]] = {}
    for unit in units:
        for phrase in unit.occurrences:
            inverted.setdefault(phrase, []).append(unit)
    return Region(units, inverted, frozenset(inverted))


class Region:
    """Units a matcher is run on (a part, a topic's scope), in document order.

    It holds the index's phrase map, not the index: regions are cached in the index, and a
    reference back would make each report's whole object graph a cycle that only the garbage
    collector frees (~12% of a batch worker's time), instead of reference counting."""

    __slots__ = ("_members", "phrase_set", "phrase_units", "units")

    def __init__(self, units: list[Unit], phrase_units: dict[str, list[Unit]], phrase_set: frozenset[str]) -> None:
        self.units = units
        self.phrase_units = phrase_units
        self.phrase_set = phrase_set
        self._members: set[int] | None = None

    @property
    def members(self) -> set[int]:
        if self._members is None:
            self._members = {u.seq for u in self.units}
        return self._members


def _mask_needles(filters: list[_Filter]) -> list[str | None]:
    """Words one of which a text holds when a mask may change it (None: any text)."""
    return [PLACEHOLDER_START, *(literal for _, literal, _ in filters)]


def _filters(masks: list[re.Pattern[str]], stand_ins: dict[str, str]) -> list[_Filter]:
    return [(rx, required_literal(rx), stand_ins.get(rx.pattern)) for rx in masks]


def _fold_mask_scan(texts: list[str], filters: list[_Filter], traditional: bool,
                    phrases: PhraseIndex) -> tuple[list[str], list[str], list[dict[str, int]]]:
    """Each text folded, masked, and the phrases the masked text holds (``PhraseIndex.scan``).

    When the automaton also knows every mask's literal (``phrase_index``), the folded texts are
    scanned as they are, and only the few holding a literal are masked: one scan instead of a
    search of the whole report per mask. Masking blanks characters (no phrase holds the blank)
    and at most ends a blank with the word it stands for, so a phrase's first place in the
    masked text is its first place clear of every mask, or in such a word: ``str.find`` of the
    phrases found there and of those words, not a second scan."""
    needles = _mask_needles(filters)
    joined = SEP.join(texts)
    if traditional or joined.count(SEP) != len(texts) - 1 or not phrases.known.issuperset(needles):
        raws, masked = _fold_and_mask(texts, filters, traditional)
        return raws, masked, phrases.scan_units(masked)
    raws = fold(joined).split(SEP)
    occurrences = phrases.scan_units(raws)
    marks = frozenset(needles)
    words = [w for w in {w for _, _, w in filters if w} if w in phrases.known]
    masked = list(raws)
    for k, occ in enumerate(occurrences):
        if not marks.isdisjoint(occ):
            # the scan says which literals the text holds: only their masks are tried
            text = masked[k] = _mask(raws[k], [f for f in filters if f[1] in occ])
            if text is not raws[k] and text != raws[k]:
                occurrences[k] = {phrase: p for phrase in [*occ, *words] if (p := text.find(phrase)) >= 0}
    return raws, masked, occurrences


def _fold_and_mask(texts: list[str], filters: list[_Filter], traditional: bool) -> tuple[list[str], list[str]]:
    """Each text folded (and in simplified characters), then also masked."""
    joined = SEP.join(texts)
    if traditional or joined.count(SEP) != len(texts) - 1:
        raws = [fold(t) for t in texts]
        if traditional:
            to_simplified = _simplifier()
            # t2s is character for character but for rare phrases, which keep their characters
            raws = [c if len(c := to_simplified(t)) == len(t) else t for t in raws]
        return raws, [_mask(t, filters) for t in raws]
    # the common case: the whole document folded at once, and only the paragraphs holding a
    # mask's literal (or a prompt) are masked
    folded = fold(joined)
    raws = folded.split(SEP)
    needles = _mask_needles(filters)
    todo = set(range(len(raws))) if None in needles else texts_holding(folded, _starts(raws), needles)
    masked = list(raws)
    for k in todo:
        masked[k] = _mask(raws[k], filters)
    return raws, masked


def texts_holding(joined: str, starts: list[int], needles: list[str | None]) -> set[int]:
    """Indexes of the texts, joined in *joined* at *starts*, in which one of *needles* occurs.
    Every occurrence is visited, overlapping ones too, so no text is missed."""
    found: set[int] = set()
    for needle in needles:
        assert needle is not None
        found.update(bisect.bisect_right(starts, pos) - 1 for pos in find_all(joined, needle))
    return found


def find_all(text: str, needle: str, start: int = 0) -> Iterator[int]:
    """Every start of *needle* in *text* from *start* on, overlapping ones too."""
    pos = text.find(needle, start)
    while pos >= 0:
        yield pos
        pos = text.find(needle, pos + 1)


def _starts(texts: list[str]) -> list[int]:
    """Where each text starts in ``SEP.join(texts)``."""
    out = [0]
    for t in texts[:-1]:
        out.append(out[-1] + len(t) + 1)
    return out


def _mask(text: str, filters: list[_Filter]) -> str:
    if PLACEHOLDER_START in text:
        text = _mask_placeholders(text)
    for rx, literal, word in filters:
        if literal is None or literal in text:  # most masks cannot match most paragraphs
            text = rx.sub(_mask_match if word is None else _stand_in(word), text)
    return text


def _mask_match(m: re.Match[str]) -> str:
    return MASK_CHAR * len(m.group(0))


@functools.cache
def _stand_in(word: str) -> Callable[[re.Match[str]], str]:
    """A mask that leaves *word* at the end of the blank (positions keep their length): what
    a law's title names is read (「学习《行政复议法》」 studies 法律法规), not the words in it."""
    def blank(m: re.Match[str]) -> str:
        n = len(m.group(0))
        return MASK_CHAR * (n - len(word)) + word if n >= len(word) else MASK_CHAR * n

    return blank


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
