"""Figures in report text: a number with a unit (次、件、人、项、%…), the quantitative evidence that
evaluators ask for (「运用事例少」). Chinese numerals count only with count units, and fixed terms
such as 「三项制度」 or 「一网通办」 are not figures.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_UNITS = (
    "个工作日|人次|批次|户次|万元|亿元|万人|余人|余件|余次|小时|元|次|件|人|项|条|个|起|份|场|期|家|名|户|宗|"
    "篇|部|批|所|处|台|辆|支|卷|本|张|册|套|块|座|吨|亩|轮|天|日|万|%|％"
)
# not after a digit or a point; the look-behind follows the first digit, so that the pattern opens
# with a digit and a search skips the characters that cannot start a figure (twice as fast)
_ARABIC = re.compile(rf"(\d(?<![\d.]\d)\d*(?:\.\d+)?)\s*(余|多)?\s*({_UNITS})")
_CHINESE = re.compile(r"([一二三四五六七八九十百千两]{1,5})(余|多)?(次|件|人|项|起|场|期|名|份|条|批|家)")
# What every figure holds: a digit, or a Chinese numeral just before a count unit (a plain search)
_MAYBE = re.compile(r"\d|[一二三四五六七八九十百千两][余多]?[次件人项起场期名份条批家]")
# Fixed terms that look like counts: 三项制度, 一件事, 一次性告知, 三会一课, 两个责任……
_NOT_FIGURES = re.compile(
    r"三项制度|一件事|一次性|一次办|一网|三会一课|一站式|一条龙|一窗|两个|一批|一项|一个|一人一|一案一|一事一|一户一"
)
_LABEL = re.compile(r"[\u4e00-\u9fff]{1,10}$")


@dataclass(frozen=True, slots=True)
class Figure:
    text: str  # as written: 「100%」, 「1起」, 「27条」
    value: float
    unit: str
    label: str  # the words just before it: 「行政负责人出庭率」
    start: int  # offset in the paragraph


def find_figures(text: str) -> list[Figure]:
    out = [_figure(text, m, float(m.group(1))) for m in _ARABIC.finditer(text) if _arabic_ok(text, m)]
    out += [_figure(text, m, float(_cn_value(m.group(1)))) for m in _CHINESE.finditer(text) if _chinese_ok(text, m)]
    out.sort(key=lambda f: f.start)
    return out


def figure_spans(text: str) -> list[tuple[int, str, float, str]]:
    """``find_figures`` as (start, text, value, unit), without the labels: what 承诺兑现 reads of
    them, at about half the cost (no label search, no Figure each)."""
    out = [(m.start(), m.group(0), float(m.group(1)), "%" if m.group(3) == "％" else m.group(3))
           for m in _ARABIC.finditer(text) if _arabic_ok(text, m)]
    chinese = [(m.start(), m.group(0), float(_cn_value(m.group(1))), m.group(3))
               for m in _CHINESE.finditer(text) if _chinese_ok(text, m)]
    return sorted(out + chinese, key=_first) if chinese else out


def _first(span: tuple[int, str, float, str]) -> int:
    return span[0]


@functools.lru_cache(maxsize=1024)  # topics and doc.evidence ask about the same paragraphs
def has_figure(text: str) -> bool:
    """Whether *text* holds at least one figure (``find_figures`` stopping at the first)."""
    if not _MAYBE.search(text):  # most texts hold no digit and no count at all
        return False
    for m in _ARABIC.finditer(text):
        if _arabic_ok(text, m):
            return True
    return any(_chinese_ok(text, m) for m in _CHINESE.finditer(text))


def _arabic_ok(text: str, m: re.Match[str]) -> bool:
    return not (m.group(3) in ("日", "天") and _is_date_tail(text, m.start()))


def _chinese_ok(text: str, m: re.Match[str]) -> bool:
    return not _NOT_FIGURES.search(text[max(0, m.start() - 2):m.end() + 3])


def _figure(text: str, m: re.Match[str], value: float) -> Figure:
    label = _LABEL.search(text[max(0, m.start() - 10):m.start()])
    unit = m.group(3)
    return Figure(text=m.group(0), value=value, unit="%" if unit == "％" else unit,
                  label=label.group(0) if label else "", start=m.start())


def _is_date_tail(text: str, start: int) -> bool:
    return bool(re.search(r"月\s*$", text[max(0, start - 3):start]))


def _cn_value(numeral: str) -> int:
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    units = {"十": 10, "百": 100, "千": 1000}
    total, current = 0, 0
    for ch in numeral:
        if ch in digits:
            current = digits[ch]
        elif ch in units:
            total += (current or 1) * units[ch]
            current = 0
    return total + current
