"""Matching internals that the engine's results rest on: the one-pass index of a document must
find exactly what unit-by-unit folding, masking and scanning finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import REPO
from fzcheck.checklist import load_checklist
from fzcheck.checklist.regex_inspect import required_literal
from fzcheck.parser import parse
from fzcheck.readers import SourceText, normalise_text, read_source
from fzcheck.textindex import MASK_CHAR, SEP, TextIndex, _simplifier, phrase_index
from fzcheck.textnorm import DROPPED, _fold_regex, _fold_vector, fold


@pytest.fixture(scope="module")
def national():
    return load_checklist("national")


def _unit_by_unit(text: str, masks: list[re.Pattern[str]], index: TextIndex) -> tuple[str, dict[str, list[int]]]:
    """The reference: fold, mask and scan one text on its own; every start of every phrase."""
    folded = fold(text)
    if index.doc.script == "traditional":  # to simplified, character for character, or not at all
        simplified = _simplifier()(folded)
        folded = simplified if len(simplified) == len(folded) else folded
    for rx in masks:
        folded = rx.sub(lambda m: MASK_CHAR * len(m.group(0)), folded)
    found: dict[str, list[int]] = {}
    for i, start, _ in index.phrases._automaton.find_matches_as_indexes(folded, overlapping=True):
        found.setdefault(index.phrases.phrases[i], []).append(start)
    return folded, {phrase: sorted(starts) for phrase, starts in found.items()}


def _all_positions(unit) -> dict[str, list[int]]:
    return {phrase: unit.positions(phrase) for phrase in unit.occurrences}


def _check_against_reference(doc, checklist) -> None:
    index = TextIndex(doc, checklist.mask, phrase_index(checklist))
    for p in doc.paragraphs:
        unit = index.paragraph(p)
        assert (unit.text, _all_positions(unit)) == _unit_by_unit(p.text, checklist.mask, index), p.line
    for h in doc.headings:
        unit = index.heading(h)
        assert (unit.text, _all_positions(unit)) == _unit_by_unit(h.title, checklist.mask, index), h.line
    for phrase, units in index.phrase_units.items():
        assert all(phrase in u.occurrences for u in units)
        assert len({u.seq for u in units}) == len(units)


def test_one_pass_index_equals_unit_by_unit_on_the_complete_example(national):
    doc = parse(read_source(str(REPO / "examples" / "complete-report.md")))
    _check_against_reference(doc, national)
    index = TextIndex(doc, national.mask, phrase_index(national))
    assert index.phrase_units["行政复议"], "the example reports on 行政复议"


def test_one_pass_index_equals_unit_by_unit_on_real_reports(national, real_report, excerpts):
    for path in [real_report, *excerpts]:
        _check_against_reference(parse(read_source(str(path))), national)


def test_a_report_containing_the_separator_character_is_indexed_unit_by_unit(national):
    text = ("# 某区2023年度法治政府建设情况报告\n\n一、主要举措\n\n坚持以习近平法治思想为指导，"
            f"办理行政复议案件12件{SEP}，化解矛盾纠纷30起。\n\n《法治政府建设实施纲要》落实情况。")
    doc = parse(SourceText(source="x", text=normalise_text(text), encoding="utf-8", format="markdown"))
    assert any(SEP in p.text for p in doc.paragraphs), "the reader kept the character"
    _check_against_reference(doc, national)


def test_masks_with_an_optional_prefix_still_mask(national):
    text = "一、主要举措\n\n坚持以习近平法治思想为指导，全年审查规范性文件8件。"
    doc = parse(SourceText(source="x", text=text, encoding="utf-8", format="markdown"))
    index = TextIndex(doc, national.mask, phrase_index(national))
    unit = index.paragraph(doc.paragraphs[-1])
    assert unit.text.startswith(MASK_CHAR * len("坚持以习近平法治思想为指导"))
    assert "习近平法治思想" not in unit.occurrences
    assert "规范性文件" in unit.occurrences


@pytest.mark.parametrize(("pattern", "literal"), [
    ("《[^》]{0,80}》", "《"),
    ("(?:坚持)?以习近平法治思想为指导", "以习近平法治思想为指导"),
    ("(?:坚持|深入)(?:学习)?(?:贯彻|践行)习近平法治思想", "习近平法治思想"),
    (r"纲要\(?2015年?[-—]{1,2}2020年?\)?", "2015"),
    ("(?i)abc", None),  # case-insensitive: a plain substring test would be wrong
    ("a|b", None),
    (r"\d+件", "件"),
])
def test_required_literal(pattern, literal):
    assert required_literal(re.compile(pattern)) == literal
    if literal is not None:  # the literal is in every match, so testing for it never loses a match
        for sample in ["坚持以习近平法治思想为指导", "《条例》", "纲要(2015—2020年)", "12件"]:
            if re.search(pattern, sample):
                assert literal in sample


_FOLD_ALPHABET = st.sampled_from(
    sorted(DROPPED) + list("（）％＋－．／０９ＡＺａｚAZaz法治。，\ud800\U0001F600\uffff\U00010020"))


@given(st.lists(_FOLD_ALPHABET, max_size=80).map("".join))
def test_vector_fold_equals_regex_fold(text):
    # batch folds whole reports with numpy tables; single paragraphs go through the regexes
    assert _fold_vector(text) == _fold_regex(text)


def test_any_only_and_general_matchers_agree(national):
    """The plain-phrase fast path gives the hits the general loop gives."""
    from dataclasses import replace

    from fzcheck.matching import _lookup, find_hits
    from fzcheck.textindex import _matchers

    doc = parse(read_source(str(REPO / "examples" / "complete-report.md")))
    index = TextIndex(doc, national.mask, phrase_index(national))
    region = index.region([index.paragraph(p) for p in doc.body()])
    checked = 0
    for el in national.elements:
        for m in _matchers(el):  # its own, its fallback's and its children's
            if not _lookup(m).any_only:
                continue
            general = replace(m, cache={})
            general.cache["lookup"] = replace(_lookup(m), any_only=False)
            assert find_hits(m, region) == find_hits(general, region), el.id
            checked += 1
    assert checked >= 10


def test_fast_paths_give_the_general_loops_hits(national, real_report, excerpts):
    """Plain phrases and groups located only where every concept occurs: the same hits as the
    unit-by-unit loop, for every matcher of the checklist, on the example, the real report and
    the excerpts."""
    from fzcheck.matching import _general_hits, _lookup, find_hits
    from fzcheck.textindex import _matchers, all_phrases_index

    def plain(hits):  # units of two indexes compared by place
        return [(h.key, h.label, h.unit.seq, h.start, h.end) for h in hits]

    matchers = [m for el in national.elements for m in _matchers(el)]
    checked = 0
    for path in [REPO / "examples" / "complete-report.md", real_report, *excerpts]:
        doc = parse(read_source(str(path)))
        # the fast paths on the checklist's index (group words left out of the automaton), the
        # general loop on an index of every phrase
        index = TextIndex(doc, national.mask, phrase_index(national), stand_ins=national.stand_ins)
        full = TextIndex(doc, national.mask, all_phrases_index(national), stand_ins=national.stand_ins)
        region = index.region([index.paragraph(p) for p in doc.body()])
        every = full.region([full.paragraph(p) for p in doc.body()])
        for m in matchers:
            assert plain(find_hits(m, region)) == plain(_general_hits(m, _lookup(m), every)), (path.name, m)
            checked += bool(m.all)
    assert checked > 100
    assert len(phrase_index(national).phrases) < len(all_phrases_index(national).phrases)


def test_group_candidates_located_on_reading_are_the_located_hits(national, real_report, excerpts):
    """``find_hits(locate=False)`` leaves a group's units unlocated (the engine's reading locates
    only those it reads): located one by one they are exactly the located hits, and a unit that
    holds a group's words but never together in a sentence yields nothing."""
    from fzcheck.matching import find_hits, locate_group
    from fzcheck.textindex import _matchers

    def plain(hits):
        return [(h.key, h.label, h.unit.seq, h.start, h.end) for h in hits]

    matchers = [m for el in national.elements for m in _matchers(el) if m.all]
    dropped = 0
    for path in [REPO / "examples" / "complete-report.md", real_report, *excerpts]:
        doc = parse(read_source(str(path)))
        index = TextIndex(doc, national.mask, phrase_index(national))
        region = index.region([index.paragraph(p) for p in doc.body()])
        for m in matchers:
            candidates = find_hits(m, region, locate=False)
            located = [h for h in (locate_group(c, m) for c in candidates) if h is not None]
            assert plain(located) == plain(find_hits(m, region)), (path.name, m)
            dropped += len(candidates) - len(located)
    assert dropped > 0  # words of a group in one paragraph but apart: no hit


def test_headings_deeper_than_the_parts_are_indexed_on_demand(national):
    doc = parse(read_source(str(REPO / "examples" / "complete-report.md")))
    deep = [h for h in doc.headings if h.level == 3]
    assert deep, "the example has level-3 headings"
    index = TextIndex(doc, national.mask, phrase_index(national), heading_levels=1)
    assert all(u.heading is None or u.heading.level <= 1 for units in index.phrase_units.values() for u in units)
    for h in deep:
        unit = index.heading(h)
        assert (unit.text, _all_positions(unit)) == _unit_by_unit(h.title, national.mask, index)
