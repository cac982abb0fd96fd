"""承诺兑现's sentences, cut for a whole report at once (fzcheck.sentences), against the plain
definition they stand for: each paragraph folded, split after 。；;！？!?, then (for reuse) only the
characters that carry words with each number one 「0」, or (for comparison) the bigrams of those
characters with numbers as written. And reuse judged on them."""

from __future__ import annotations

import itertools
import random
import re

import numpy as np
import pytest

from fzcheck.commitments import trace
from fzcheck.payload import MEASURE, OTHER, PLAN
from fzcheck.sentences import SEP, Sentences
from fzcheck.textnorm import fold

_SPLIT = re.compile(r"(?<=[。；;！？!?])")
_ENDS = re.compile(r"[。；;！？!?]")
_WORDS = re.compile(r"[\u4e00-\u9fff0-9a-z%]")


def kept_by_definition(paragraph: str) -> list[str]:
    """A paragraph's sentences as reuse compares them, one regex at a time."""
    text = "".join(c for c in re.sub(r"[0-9]+", "0", fold(paragraph)) if _WORDS.match(c) or _ENDS.match(c))
    return [s for s in _ENDS.split(text) if len(s) >= 4]


def grams_by_definition(sentence: str) -> set[int]:
    chars = [c for c in fold(sentence) if _WORDS.match(c)]
    return {(ord(a) << 21) | ord(b) for a, b in itertools.pairwise(chars)}


# Edge cases: full-width digits and letters, capitals, a space or a quotation mark inside a number
# (fold drops it: the digits join), 、 and quotes, a character beyond the BMP, empty pieces, spaces
# around a sentence (str.strip's, not only fold's), paragraphs that end without a sentence end, and
# ones made of sentence ends only.
SAMPLES = [
    "全年办理行政复议案件１２件，较上年增长3.5%；开展ＡＢＣ培训2 000人次。",
    "推进“放管服”改革、深化「证照分离」。坚持𠀀依法行政！？",
    "没有句末标点的段落 其中有空格",
    "。。；",
    "",
    "Ｗｏｒｄ文件和PDF文件共12份;另有１ ２份待补",
    "一是开展法治培训。二是“谁执法谁普法”，全年不少于2次。三是",
    "\u2003 开展培训\u3000。\x0b\t 全面推行。 \u00a0",
]


def random_paragraph(rng: random.Random) -> str:
    pool = "法治政府建设推进依法行政培训考核１２３４5678９0ＡＢab Ｃ“”「」、，。；;！？!? \u3000\u2003\t𠀀"
    return "".join(rng.choice(pool) for _ in range(rng.randrange(0, 60)))


@pytest.mark.parametrize("seed", range(20))
def test_sentences_are_cut_as_by_definition(seed):
    rng = random.Random(seed)
    paragraphs = SAMPLES + [random_paragraph(rng) for _ in range(30)]
    rng.shuffle(paragraphs)
    cut = Sentences(SEP.join(paragraphs))
    # each paragraph has as many sentences as the regex cuts from it, in the same places
    assert len(cut) == sum(len(_SPLIT.split(p)) for p in paragraphs)
    starts = [0]
    for p in paragraphs:
        starts.append(starts[-1] + len(_SPLIT.split(p)))
    assert cut.first.tolist() == starts[:-1]
    # reuse: the kept sentences of the paragraphs asked for, with their paragraph and length
    chosen = np.array([i % 3 != 1 for i in range(len(paragraphs))])
    texts, paragraph, length = cut.kept(chosen)
    expected = [(s, i) for i, p in enumerate(paragraphs) if chosen[i] for s in kept_by_definition(p)]
    assert list(zip(texts, paragraph.tolist(), strict=True)) == expected
    assert length.tolist() == [len(s) for s, _ in expected]
    # comparison: each sentence as written, stripped, and the bigrams of the chosen ones
    pieces = [s for p in paragraphs for s in _SPLIT.split(p)]
    start, length = cut.stripped()
    assert [cut.text[a:a + n] for a, n in zip(start.tolist(), length.tolist(), strict=True)] == [
        s.strip() for s in pieces]
    picked = np.array([len(s.strip()) >= 6 and i % 2 == 0 for i, s in enumerate(pieces)])
    sids, codes = cut.grams(picked)
    expected_grams = {(k, g) for k, s in enumerate(s for s, keep in zip(pieces, picked, strict=True) if keep)
                      for g in grams_by_definition(s)}
    assert set(zip(sids.tolist(), codes.tolist(), strict=True)) == expected_grams
    assert len(sids) == len(expected_grams)  # each once


def test_fold_changes_no_character_outside_the_ranges_looked_at():
    from fzcheck.sentences import _FOLD_LOW, _FOLD_SPAN, _FULL_LOW, _FULL_SPAN
    from fzcheck.textnorm import FOLDED

    assert all(_FOLD_LOW <= c <= _FOLD_LOW + _FOLD_SPAN or _FULL_LOW <= c <= _FULL_LOW + _FULL_SPAN for c in FOLDED)


def test_no_space_beyond_the_last_one_looked_at():
    from fzcheck.sentences import LAST_SPACE

    assert max(c for c in range(0x10000) if chr(c).isspace()) == LAST_SPACE


def payload_of(paragraphs: list[tuple[int, str, str]], year: int) -> dict:
    """A payload as fzcheck.payload.payload makes it, written out: (location, tag, text)."""
    return {"source": f"{year}.pdf", "unit": "荔枝街道", "year": year, "location_unit": "page",
            "plan": any(tag[0] == PLAN for _, tag, _ in paragraphs), "lines": [line for line, _, _ in paragraphs],
            "parts": "".join(tag[0] for _, tag, _ in paragraphs), "kinds": "".join(tag[1] for _, tag, _ in paragraphs),
            "text": SEP.join(text for _, _, text in paragraphs)}


def test_a_paragraph_taken_over_hides_only_itself_from_the_measures(national):
    """A PDF's paragraphs share their page: last year's paragraph taken over on page 2 leaves the
    other paragraphs of page 2 as this year's measures (they carried out the plan)."""
    copied = ("街道坚持把法治政府建设摆在全局工作的突出位置，主要负责人切实履行推进法治建设第一责任人职责，"
              "定期研究部署法治政府建设工作。")
    previous = payload_of([(1, MEASURE + "b", copied),
                           (3, OTHER + "h", "三、2023年度推进法治政府建设的主要安排"),
                           (3, PLAN + "b", "一是定期开展行政执法人员法治知识培训，全年不少于2次。")], 2022)
    current = payload_of([(2, MEASURE + "b", copied),
                          (2, MEASURE + "b", "全年组织行政执法人员法治知识培训3次，参训人员120人次。"),
                          (4, OTHER + "b", "2024年继续推进。")], 2023)
    found = trace(previous, current, national)
    assert [(r.line, r.previous_line) for r in found.reused] == [(2, 1)]
    assert [(o.status, o.line) for o in found.outcomes] == [("done", 2)]


@pytest.fixture(scope="module")
def national():
    from fzcheck.checklist import load_checklist

    return load_checklist("national")
