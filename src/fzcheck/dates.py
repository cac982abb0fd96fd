"""Dates and Chinese numerals as reports write them: 「2024年3月28日」「2024- 03- 14」「二〇二四年三月二十日」,
「十二」 for 12 in heading numbers."""

from __future__ import annotations

import datetime as dt
import re

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_DATE = re.compile(
    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
)
_CN_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")


def parse_date(text: str) -> dt.date | None:
    """The first calendar date in *text*: 2023-03-13, 2024年3月28日, 2024- 03- 14, 二〇二四年三月二十日."""
    m = _DATE.search(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _CN_DATE.search(text)
        if not m:
            return None
        y, mo, d = cn_year(m.group(1)), cn_number(m.group(2)), cn_number(m.group(3))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def cn_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 一百 is out of scope for headings."""
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
    value = 0
    for ch in text:
        value = value * 10 + CN_DIGITS.get(ch, 0)
    return value


def cn_year(text: str) -> int:
    return int("".join(str(CN_DIGITS[c]) for c in text))
