"""A report skeleton (`fzcheck init`): every part and topic of a checklist as headings in the
regulation's order, with 「（请填写……）」 prompts saying what each must contain."""

from __future__ import annotations

from fzcheck.checklist import Checklist
from fzcheck.parser import CN_DIGITS

_CN = {v: k for k, v in CN_DIGITS.items() if k not in ("〇", "两")}


def cn_numeral(n: int) -> str:
    """1 → 一, 12 → 十二, 21 → 二十一 (heading numbers stay below 100)."""
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return (_CN[tens] if tens > 1 else "") + "十" + (_CN[ones] if ones else "")


def _part_heading(part_id: str, title: str, year: int) -> str:
    # the two parts whose headings name a year: this year's measures, next year's plans
    if part_id == "part.measures":
        return f"{year}年度推进法治政府建设的主要举措和成效"
    if part_id == "part.next-year":
        return f"{year + 1}年度推进法治政府建设的主要安排"
    return title


def skeleton(checklist: Checklist, unit: str, year: int) -> str:
    parts = [el for el in checklist.elements if el.kind == "part"]
    topics = [el for el in checklist.elements if el.kind == "topic"]
    lines = [
        f"# {unit}关于{year}年度法治政府建设情况的报告",
        "",
        f"{year}年，{unit}（请填写：总体情况和主要成效，一段话）。现将有关情况报告如下：",
        "",
    ]
    for i, part in enumerate(parts, start=1):
        lines += [f"## {cn_numeral(i)}、{_part_heading(part.id, part.title, year)}", ""]
        if part.id == "part.measures":
            for j, topic in enumerate(topics, start=1):
                lines += [f"### （{cn_numeral(j)}）{topic.title}", "", f"（请填写：{topic.hint}）", ""]
        else:
            lines += [f"（请填写：{part.hint}）", ""]
    lines += [unit, f"{year + 1}年3月  日", ""]
    return "\n".join(lines)
