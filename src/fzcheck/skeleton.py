"""A report skeleton (`fzcheck init`): every part and topic of a checklist as headings in the
regulation's order, with 「（请填写……）」 prompts saying what each must contain."""

from __future__ import annotations

from typing import Any

from fzcheck.checklist import Checklist
from fzcheck.dates import CN_DIGITS

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


def skeleton_blocks(checklist: Checklist, unit: str, year: int) -> list[tuple[str, str]]:
    """The skeleton as (kind, text) blocks: title, lead, part, topic, prompt, sign."""
    parts = [el for el in checklist.elements if el.kind == "part"]
    topics = [el for el in checklist.elements if el.kind == "topic"]
    blocks = [("title", f"{unit}关于{year}年度法治政府建设情况的报告"),
              ("lead", f"{year}年，{unit}（请填写：总体情况和主要成效，一段话）。现将有关情况报告如下：")]
    for i, part in enumerate(parts, start=1):
        blocks.append(("part", f"{cn_numeral(i)}、{_part_heading(part.id, part.title, year)}"))
        if part.id == "part.measures":
            for j, topic in enumerate(topics, start=1):
                blocks += [("topic", f"（{cn_numeral(j)}）{topic.title}"), ("prompt", f"（请填写：{topic.hint}）")]
        else:
            blocks.append(("prompt", f"（请填写：{part.hint}）"))
    blocks += [("sign", unit), ("sign", f"{year + 1}年3月  日")]
    return blocks


_MD = {"title": "# ", "part": "## ", "topic": "### "}


def skeleton(checklist: Checklist, unit: str, year: int) -> str:
    """The skeleton in Markdown."""
    lines: list[str] = []
    blocks = skeleton_blocks(checklist, unit, year)
    for kind, text in blocks:
        lines.append(_MD.get(kind, "") + text)
        if kind != "sign":
            lines.append("")
    return "\n".join([*lines, ""])


# 《党政机关公文格式》 GB/T 9704: title in 小标宋 二号, first-level headings in 黑体, second-level in
# 楷体, body in 仿宋 三号; Word falls back to an installed CJK font where these are missing
_FONTS = {"Title": ("方正小标宋简体", 22), "Heading 1": ("黑体", 16), "Heading 2": ("楷体_GB2312", 16),
          "Normal": ("仿宋_GB2312", 16)}
_STYLE = {"title": "Title", "part": "Heading 1", "topic": "Heading 2"}


def skeleton_docx(checklist: Checklist, unit: str, year: int) -> Any:  # -> docx.document.Document
    """The skeleton as a Word document: the title, parts and topics in Word's heading styles (they
    show in the navigation pane), the prompts in grey, the signature right-aligned."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    for name, (font, size) in _FONTS.items():
        style = document.styles[name]
        style.font.name = font
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0, 0, 0)
        rpr = style.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)
    document.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in skeleton_blocks(checklist, unit, year):
        p = document.add_paragraph(style=_STYLE.get(kind))
        if kind == "prompt":
            p.add_run(text).font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        else:
            p.add_run(text)
        if kind in ("lead", "prompt"):
            p.paragraph_format.first_line_indent = Pt(32)  # two characters
        if kind == "sign":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.core_properties.title = f"{unit}关于{year}年度法治政府建设情况的报告"
    document.core_properties.author = unit
    return document
