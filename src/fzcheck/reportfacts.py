"""The report's year, unit and signing date, read from its title and text once the parser has
marked the title and the page chrome."""

from __future__ import annotations

import re

from fzcheck.dates import cn_year, parse_date
from fzcheck.document import Document

YEAR_IN_TITLE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})\s*年")
UNIT_HINT = re.compile(r"街道|镇|乡|区|县|市|省|局|政府|委员会|办公室|办事处|厅|委|署|海关|管委会")
# a line that is a unit's name ends with what the unit is (「中共××局党组」), not 「政府信息公开」
UNIT_LINE = re.compile(r"(?:街道|镇|乡|区|县|市|省|局|政府|委员会|办公室|办事处|厅|委|署|党组|党委|党工委|中心"
                       r"|海关|管委会|大队|支队|所)$")


def find_year(doc: Document) -> None:
    if doc.title:
        m = YEAR_IN_TITLE.search(doc.title)
        if m:
            doc.year, doc.year_source, doc.year_line = int(m.group(1)), "title", doc.title_line
            return
        m = _CN_YEAR.search(doc.title)
        if m:
            doc.year, doc.year_source, doc.year_line = cn_year(m.group(1)), "title", doc.title_line
            return
    body = [p for p in doc.paragraphs if p.kind in ("body", "heading")][:6]
    patterns = (
        re.compile(r"^((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)"),  # opening 「2023年，……」
        re.compile(r"((?:19|20)\d{2})\s*年度"),
        re.compile(r"((?:19|20)\d{2})\s*年(?:以来|全年|推进|法治政府|依法行政|.{0,6}工作)"),
    )
    for rx in patterns:
        for p in body:
            m = rx.search(p.text)
            if m:
                doc.year, doc.year_source, doc.year_line = int(m.group(1)), "text", p.line
                return
    # the first part's heading names the year's work: 「一、2023年法治税务建设推进情况」
    for p in body:
        m = _MEASURES_HEADING_YEAR.match(p.text)
        if m:
            doc.year, doc.year_source, doc.year_line = int(m.group(1)), "text", p.line
            return
    # a report to the 人大 on 「今年」, delivered on a date its subtitle gives: 「——2021年12月28日在……会议上」
    if any("今年" in p.text for p in body):
        for p in doc.paragraphs[:8]:
            m = _DELIVERED.match(p.text)
            if m:
                doc.year, doc.year_source, doc.year_line = int(m.group(1)), "text", p.line
                return


_MEASURES_HEADING_YEAR = re.compile(
    r"^[一二三四五六七八九十]{1,2}\s*、\s*((?:19|20)\d{2})\s*年度?[^。，]{0,24}(?:情况|举措|成效|做法|成绩)$")
_DELIVERED = re.compile(r"^[—－-]{1,2}\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在")


def find_unit(doc: Document) -> None:
    if not doc.title:
        return
    above = doc.unit
    title = re.sub(r"^(?:关于|關於)", "", doc.title.replace(" ", ""))  # 「关于桃源镇2017年度……的报告」
    m = re.match(r"^(.*?)(?:关于|關於)?(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年", title)
    unit = m.group(1) if m else ""
    if not unit:
        m = re.search(r"年度?(?:关于)?(.*?)(?:法治政府|法治建设|依法行政)", title)
        unit = m.group(1) if m else ""
    # the unit comes before what the report is about: 「临江区法治政府建设2023年度报告」 → 临江区
    unit = _UNIT_END.split(unit)[0]
    unit = re.sub(r"发布$", "", unit).strip("：:，, ")
    if unit and len(unit) <= 40:
        doc.unit = unit
    elif above:
        doc.unit = above
    else:  # 「法治政府建设年度报告（2023年）」 over the issuing unit's own line
        doc.unit = _unit_below_title(doc)


_UNIT_END = re.compile(r"关于|關於|法治政府|法治建设|法治建設|依法行政|年度|报告|報告")


def _unit_below_title(doc: Document) -> str | None:
    below = next((p for p in doc.paragraphs if p.kind != "chrome" and p.line > (doc.title_line or 0)), None)
    if below is None or below.kind != "body":
        return None
    text = below.text.replace(" ", "")
    if 4 <= len(text) <= 20 and UNIT_LINE.search(text) and not re.search(r"[。，,：:\d]", text):
        return text
    return None


def find_signed(doc: Document) -> None:
    """The date under the signature at the end: 「2024年3月20日」 alone on a line."""
    if doc.signed is not None:
        return
    tail = [p for p in doc.paragraphs if p.kind == "body"][-4:]
    for p in reversed(tail):
        text = p.text.replace(" ", "")
        if len(text) <= 16:
            date = parse_date(text)
            if date and re.fullmatch(r"[\d〇零一二三四五六七八九十年月日\-/.]+", text):
                doc.signed, doc.signed_line = date, p.line
                return
