"""Matchers: find a checklist element's phrases, phrase groups and patterns in the units of a
region of the text index (textindex: folded, masked, scanned once for every phrase).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from fzcheck.checklist import Concept, Matcher
from fzcheck.checklist.regex_inspect import required_literal
from fzcheck.textindex import Region, Unit


class Hit(NamedTuple):  # a tuple: hundreds are made per report, most never quoted
    key: tuple[str, int]  # ("any", i) | ("all", i) | ("re", i): one distinct piece of evidence
    label: str
    unit: Unit
    start: int  # in the folded text
    end: int

    def span(self) -> tuple[int, int]:
        """The hit's span in the original text."""
        n = self.unit.original_length()
        if not n:
            return 0, 0
        to = self.unit.to_original
        return to(min(self.start, n - 1)), to(min(self.end, n) - 1) + 1


@dataclass(frozen=True, slots=True)
class _Lookup:
    """For one matcher: which concept each phrase variant stands for."""

    refs: dict[str, list[tuple[str, int, int]]]  # variant → [("any", concept, 0) | ("all", group, concept)]
    phrases: frozenset[str]  # the keys of refs
    exclude: frozenset[str]
    any_only: bool  # no groups, exclusions or patterns: the common, simple case
    concepts: dict[str, list[int]]  # variant → the "any" concepts it stands for


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
        concepts = {v: [a for kind, a, _ in r if kind == "any"] for v, r in refs.items()}
        found = matcher.cache["lookup"] = _Lookup(refs, frozenset(refs), frozenset(matcher.exclude),
                                                  not (matcher.all or matcher.exclude or matcher.regex), concepts)
    return found


def find_hits(matcher: Matcher, region: Region, locate: bool = True) -> list[Hit]:
    """Every hit of *matcher* in the units of *region*, in document order.

    Each unit was scanned once for all phrases of the checklist; a matcher visits only the units
    that hold one of its own phrases, so its cost does not grow with the length of the text.

    *locate* False: a group's hits in units that hold each of its concepts are candidates, not
    yet located in a sentence (start -1: see ``locate_group``). A reader that takes one hit per
    concept looks at few of them, and locating is most of a group's cost."""
    lookup = _lookup(matcher)
    if lookup.any_only:
        return _any_hits(lookup, region)
    if not (matcher.regex or lookup.exclude):
        return _any_and_group_hits(matcher, lookup, region, locate)
    return _general_hits(matcher, lookup, region)


def locate_group(hit: Hit, matcher: Matcher) -> Hit | None:
    """A group's candidate hit (``find_hits(locate=False)``) located, or None when its concepts
    never stand together (in one sentence, where the matcher asks for that)."""
    if hit.start >= 0:
        return hit
    together = _group_where(matcher.all[hit.key[1]], hit.unit, matcher.within)
    return hit._replace(start=together[0], end=together[1]) if together else None


def _general_hits(matcher: Matcher, lookup: _Lookup, region: Region) -> list[Hit]:
    """``find_hits`` unit by unit: every kind of matcher (the fast paths are tested equal to it)."""
    if matcher.regex:
        units = region.units  # a pattern may match anywhere
    else:
        phrase_units, members = region.phrase_units, region.members
        found: dict[int, Unit] = {}
        for phrase in lookup.phrases & region.phrase_set:
            for unit in phrase_units[phrase]:
                if unit.seq in members:
                    found[unit.seq] = unit
        units = [found[k] for k in sorted(found)]
    hits: list[Hit] = []
    regex_filters = _regex_filters(matcher) if matcher.regex else []
    for unit in units:
        occ = unit.occurrences
        relevant = lookup.phrases.intersection(occ)
        if not relevant and not matcher.regex:
            continue
        if lookup.exclude and not lookup.exclude.isdisjoint(occ):
            continue
        first_any: dict[int, tuple[int, int]] = {}
        group_spans: dict[int, dict[int, list[tuple[int, int]]]] = {}
        # sorted: group spans and ties never depend on hash order
        for phrase in sorted(relevant) if len(relevant) > 1 else relevant:
            first = occ[phrase]
            for kind, a, b in lookup.refs[phrase]:
                if kind == "any":
                    span = (first, first + len(phrase))
                    # earliest, then longest: the same evidence whatever order the set yields
                    if a not in first_any or (span[0], -span[1]) < (first_any[a][0], -first_any[a][1]):
                        first_any[a] = span
                else:
                    group_spans.setdefault(a, {}).setdefault(b, []).extend(
                        (p, p + len(phrase)) for p in unit.positions(phrase))
        for i in sorted(first_any) if len(first_any) > 1 else first_any:
            start, end = first_any[i]
            hits.append(Hit(("any", i), unit.text[start:end], unit, start, end))
        for g in sorted(group_spans) if len(group_spans) > 1 else group_spans:
            together = _group_span(len(matcher.all[g]), group_spans[g], unit, matcher.within)
            if together:
                label = "+".join(c.label for c in matcher.all[g])
                hits.append(Hit(("all", g), label, unit, together[0], together[1]))
        for i, (rx, literal) in enumerate(regex_filters):
            if literal is not None and literal not in unit.text:
                continue
            m = rx.search(unit.text)
            if m:
                hits.append(Hit(("re", i), rx.pattern, unit, m.start(), max(m.end(), m.start() + 1)))
    return hits


def _any_and_group_hits(matcher: Matcher, lookup: _Lookup, region: Region, locate: bool = True) -> list[Hit]:
    """``find_hits`` for plain phrases and groups, without exclusions or patterns: the same hits
    as the general loop. A group is located only in the units that hold every one of its
    concepts (groups often pair a rare word with one found in most paragraphs, such as 法治建设)."""
    hits = _any_hits(lookup, region) if matcher.any else []
    phrase_units, members, present = region.phrase_units, region.members, region.phrase_set
    grouped = False
    for g, group in enumerate(matcher.all):
        # the units holding the first concept (checklists put the specific one first), kept where
        # each other concept occurs too
        holders = {u.seq: u for v in group[0].variants if v in present for u in phrase_units[v] if u.seq in members}
        for concept in group[1:]:
            if not holders:
                break
            # not all in the automaton (see phrase_index): looked for in the text
            variants = concept.variants
            if len(variants) == 1:
                word = variants[0]
                holders = {k: u for k, u in holders.items() if word in u.text}
            else:
                holders = {k: u for k, u in holders.items() if any(v in u.text for v in variants)}
        if not holders:
            continue
        label = "+".join(c.label for c in group)
        for seq in sorted(holders):
            unit = holders[seq]
            if not locate:
                hits.append(Hit(("all", g), label, unit, -1, -1))
                grouped = True
                continue
            together = _group_where(group, unit, matcher.within)
            if together:
                hits.append(Hit(("all", g), label, unit, together[0], together[1]))
                grouped = True
    if grouped:  # per unit: its phrases' hits by concept, then its groups' (the general loop's order)
        hits.sort(key=lambda h: (h.unit.seq, h.key[0] != "any", h.key[1]))
    return hits


def _group_where(group: list[Concept], unit: Unit, within: str) -> tuple[int, int] | None:
    """``_group_span`` by searching each sentence for each concept (str.find, in C) instead of
    listing every position of every variant: the first sentence holding all, each concept's
    earliest (then shortest) occurrence in it."""
    return next(group_spans(group, unit, within), None)


def group_spans(group: list[Concept], unit: Unit, within: str, after: int = -1) -> Iterator[tuple[int, int]]:
    """Where a group's concepts stand together, sentence by sentence (or the whole unit), in
    sentences that end after *after*."""
    text = unit.text
    # no sentence before the first concept's first occurrence can hold the group (the first
    # concept's words are always in the automaton: see phrase_index)
    occ = unit.occurrences
    known = [occ[v] for v in group[0].variants if v in occ]
    if not known:
        return
    after = max(after, min(known))
    for lo, hi in unit.sentences() if within == "sentence" else [(0, len(text))]:
        if hi <= after:
            continue
        firsts = []
        for concept in group:
            best: tuple[int, int] | None = None
            for v in concept.variants:
                if (p := text.find(v, lo, hi)) >= 0 and (best is None or (p, p + len(v)) < best):
                    best = (p, p + len(v))
            if best is None:
                break
            firsts.append(best)
        else:
            yield min(s[0] for s in firsts), max(s[1] for s in firsts)


_new_hit = tuple.__new__  # Hit(...) without the named tuple's Python-level __new__: hundreds per report


def _any_hits(lookup: _Lookup, region: Region) -> list[Hit]:
    """``find_hits`` for a matcher of plain phrases: for each unit and concept, the earliest,
    then longest, variant — the same hits as the general loop, found phrase by phrase."""
    phrase_units, members = region.phrase_units, region.members
    best: dict[tuple[int, int], tuple[int, int, Unit]] = {}
    for phrase in lookup.phrases & region.phrase_set:
        length, concepts = len(phrase), lookup.concepts[phrase]
        for unit in phrase_units[phrase]:
            if unit.seq not in members:
                continue
            start = unit.occurrences[phrase]
            for a in concepts:
                known = best.get((unit.seq, a))
                if known is None or start < known[0] or (start == known[0] and start + length > known[1]):
                    best[unit.seq, a] = (start, start + length, unit)
    hits = []
    for key in sorted(best):
        start, end, unit = best[key]
        hits.append(_new_hit(Hit, (("any", key[1]), unit.text[start:end], unit, start, end)))
    return hits


def _regex_filters(matcher: Matcher) -> list[tuple[re.Pattern[str], str | None]]:
    found = matcher.cache.get("regex-filters")
    if found is None:
        found = matcher.cache["regex-filters"] = [(rx, required_literal(rx)) for rx in matcher.regex]
    return found


def _group_span(size: int, spans: dict[int, list[tuple[int, int]]], unit: Unit,
                within: str) -> tuple[int, int] | None:
    """Where every concept of a group appears together (in one sentence, or in the paragraph)."""
    if len(spans) < size:
        return None
    for lo, hi in unit.sentences() if within == "sentence" else [(0, len(unit.text))]:
        firsts = []
        for concept_spans in spans.values():
            inside = [s for s in concept_spans if s[0] >= lo and s[1] <= hi]
            if not inside:
                break
            firsts.append(min(inside))
        else:
            return min(s[0] for s in firsts), max(s[1] for s in firsts)
    return None


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
