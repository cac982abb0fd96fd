"""Build the document model from decoded text: paragraphs, page chrome, headings, metadata.

Real reports come as typed in Word, exported from WPS or scraped from a portal, so every rule
here is a tolerance: half- and full-width brackets, run-in headings 「（二）标题。正文……」,
navigation lines and 「日期:」 lines above the title, a repeated title, traditional characters.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import compress

from fzcheck.dates import cn_number, parse_date
from fzcheck.document import Document, Heading, Paragraph
from fzcheck.reportfacts import UNIT_HINT, UNIT_LINE, YEAR_IN_TITLE, find_signed, find_unit, find_year
from fzcheck.sourcetext import SourceText
from fzcheck.unwrap import NONE, Layout, layout

_CN_NUM = "一二三四五六七八九十"

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_Rule = tuple[re.Pattern[str], int, str]
_Marker = tuple[re.Match[str], int, str]  # a heading marker found: match, level, family
# (first line, last line, text, Markdown heading level, heading marker of the text)
_Block = tuple[int, int, str, int | None, _Marker | None]

# Heading markers by rank. The level is the rank of the numbering family, not its position,
# so a report that starts at 「（一）」 still has level-2 headings. The last item is the
# characters a marker can start with ("" for the Arabic families: \d is any decimal digit).
_HEADING_RULES: tuple[tuple[re.Pattern[str], int, str, str], ...] = (
    (re.compile(rf"^第([{_CN_NUM}]{{1,3}})(?:部分|章)[、，,.．:：\s]*"), 1, "cn-part", "第"),
    (re.compile(rf"^([{_CN_NUM}]{{1,3}})\s*[、.．]\s*"), 1, "cn", _CN_NUM),
    (re.compile(rf"^([（(])\s*([{_CN_NUM}]{{1,3}})\s*([）)])\s*[、.．]?\s*"), 2, "cn-paren", "（("),
    (re.compile(r"^(\d{1,2})\s*([.．、])(?!\d)\s*"), 3, "arabic", ""),
    (re.compile(r"^([（(])\s*(\d{1,2})\s*([）)])\s*[、.．]?\s*"), 4, "arabic-paren", "（("),
    (re.compile(rf"^([{_CIRCLED}])\s*"), 5, "circled", _CIRCLED),
    # an unnumbered title in brackets over or before its text: 「【深化商事制度改革】全面实施……」
    # (four characters at least and no label: not 「【打印】」 or 「【发布时间：……】」)
    (re.compile(r"^【(?=[^】：:]{4,30}】)"), 3, "bracket", "【"),
)


def _rules_by_first() -> dict[str, tuple[_Rule, ...]]:
    out: dict[str, tuple[_Rule, ...]] = {}
    for rx, level, family, starts in _HEADING_RULES:
        for ch in starts:
            out[ch] = (*out.get(ch, ()), (rx, level, family))
    return out


# Most lines are body text that starts with none of these: a dict lookup instead of six regexes.
_RULES_BY_FIRST = _rules_by_first()
_ARABIC_RULES: tuple[_Rule, ...] = tuple((rx, lv, fam) for rx, lv, fam, _ in _HEADING_RULES if fam == "arabic")
_MD_HEADING_OPEN = re.compile(r"^(#{1,6})\s+")
_RUN_IN_END = re.compile(r"[。！？；!?;]")
_LIST_ITEM = re.compile(r"^(?:[-*+]\s+|>\s*)")


# Page chrome. Labels are matched with all spaces removed (「字 号:」, 「日 期：」).
_CHROME_LABELS = (
    "发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|公开日期|公開日期|更新时间|更新時間|"
    "日期|時間|时间|成文日期|发文日期|發文日期|发布者|發布者|發佈者|"
    "来源|來源|信息来源|文章来源|作者|编辑|责任编辑|責任編輯|审核|字号|浏览次数|瀏覽次數|浏览量|点击率|"
    "点击数|点击量|阅读次数|阅读量|访问量|索引号|发文机关|发文字号|发布机构|发布单位|主题分类|主题词|"
    "文号|分享到|分享文章到|分享|打印|关闭|所属机构|公开方式|公开范围|有效性|体裁分类|信息分类|标题|名称|题名"
)
# the publication labels are also written with a space and no colon: 「发布日期 2024-02-28」
_BARE_DATE_LABELS = "发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发文日期|發文日期|公开日期|更新时间"
_CHROME_LABEL = re.compile(rf"^(?:(?:{_CHROME_LABELS})[:：]|(?:{_BARE_DATE_LABELS})(?=\d))")
_ANY_LABEL = re.compile(rf"(?:{_CHROME_LABELS}|信息类别|信息類別|主題分類)[:：]")
_DIGIT_GAP = re.compile(r"(?<=\d)\s+(?=\d)")
MULTI_FIELD_MAX = 300  # a row of portal metadata fields may be long; prose is not made of labels
# Every alternative starts with a literal character, which lets the regex engine skip ahead.
_CHROME_ANY_ALTERNATIVES = (
    r"点击率|浏览次数|瀏覽次數|分享到|【打印|【关闭|打印本页|关闭窗口|返回顶部|当前位置|您的位置|扫一扫|"
    r"版权所有|ICP备|网站地图|【字体|字体[:：]|字号[:：]?\s*[大中小]|Copyright|上一篇|下一篇|相关链接|"
    r"今天是|收藏本页|\[打印\]|\[关闭\]|首页\s*[>»＞]|当前的?位置|现在的位置"
)
_CHROME_ANY = re.compile(_CHROME_ANY_ALTERNATIVES)
# One search that every page-chrome line matches somewhere (a superset of the tests in _is_chrome):
# a label with its colon, a _CHROME_ANY sign, a breadcrumb arrow, or a bracket that _label_form
# may turn into a label. Each alternative starts with a literal, so the engine skips ahead; most
# short lines are headings, and this one search rules them out.
_CHROME_HINT = re.compile(
    "|".join(f"{label}[:：]" for label in _CHROME_LABELS.split("|"))
    + f"|{_CHROME_ANY_ALTERNATIVES}|>|»|＞|›|\\[|【|首页/"
    + "".join(f"|{label}\\d" for label in _BARE_DATE_LABELS.split("|"))
)
_BREADCRUMB = re.compile(r"[>»＞›]\s*正文|^[^<]*[>»＞›][^<]*[>»＞›][^<]*$")  # 「首页 > 政务公开 > 正文」
_HOME_CRUMB = re.compile(r"^(?:网站)?首页/[^/]+/")  # 「首页 / 政务公开 / 法治政府建设年度报告」 (spaces squeezed)
# Navigation above the title set with spaces only, from the home page on (「首页　政务公开　法治政府建设
# 年度报告」), or with bars (「平阳县人民政府 | 部门动态 | 县教育局」, three pieces at least). Only above
# the text: below it, a row of bars is a table (「项目 | 厅本级 | 市级 | 县级」).
_TOP_CRUMB = re.compile(r"^(?:网站)?首页(?:\s+[^\s。，；]{2,14}){2,}$"
                        r"|^[^|｜。，；]{2,20}(?:\s*[|｜]\s*[^|｜。，；]{2,20}){2,}$")
_BRACKETED_LABEL = re.compile(r"^[\[【]([^\]】]{1,8})[\]】][:：]?")
_BRACKETED_FIELD = re.compile(r"^[\[【]([^\]】:：]{1,8}[:：][^\]】]*)[\]】]")  # 「【发布时间：2024-03-28】」
# Publication labels (EVIDENCE.md): 发布时间/日期, 时间, 日期, 更新时间, 发文日期 — the date the
# portal posted the text; 成文日期 is the date it was signed.
PUBLISHED_LABEL = re.compile(
    r"(?:发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|公开日期|公開日期|更新时间|更新時間|"
    r"发文日期|發文日期|(?<!成文)日期|時間|时间)\s*[:：]"
    rf"|(?:{_BARE_DATE_LABELS})\s*(?=\d)"
)
_SIGNED_LABEL = re.compile(r"成文日期\s*[:：]")
_TITLE_FIELD = re.compile(r"^(?:标题|名称|题名)[:：](.+)$")  # a metadata table's title row (spaces squeezed)
_SOURCE_LABEL = re.compile(r"(?:来源|來源|信息来源|发布机构|发布单位)\s*[:：]\s*(\S{2,30})")
# 「……法治政府建设工作情况」: a title may end in 情况 with no 报告
_TITLE_WORDS = re.compile(r"报告|報告|总结|總結|情况$|情況$")
_TITLE_START = re.compile(r"(?:19|20)\d{2}年|[〇零一二三四五六七八九]{4}年|关于|關於")
_WEAK_TITLE = re.compile(r"^(?!.*(?:报告|報告|总结|總結)).*情[况況]$")
_TITLE_TOPIC = re.compile(r"法治|依法行政")
# Frequent characters whose simplified form differs; enough of them means a traditional text.
_TRADITIONAL = re.compile(
    "[們這個國說時會發對過學來經後還裡為與產實際區縣門開關員問題務體應將專業設計總報導書東車軍農樂見長風"
    "飛馬點黨習貫徹規劃構機幹數據處復審議屆責]"
)


def parse(src: SourceText) -> Document:
    """Parse decoded text into a Document."""
    wrap = layout(src.text) if src.format == "text" else NONE  # text pasted from a PDF: lines re-joined
    blocks = _blocks(src.text, markdown=src.format == "markdown", md_headings=src.format == "docx", wrap=wrap)
    # positional arguments (index, line, end_line, text, kind): twice as fast as keywords here
    paragraphs = [Paragraph(i, line, end_line, text, "body") for i, (line, end_line, text, _, _) in enumerate(blocks)]
    doc = Document(source=src.source, format=src.format, encoding=src.encoding,
                   paragraphs=paragraphs, headings=[], location_unit=src.location_unit,
                   locations=src.locations)
    sample = src.text[:5000]
    if len(_TRADITIONAL.findall(sample)) >= max(5, len(sample) // 200):
        doc.script = "traditional"
    if "fzcheck-disable" in src.text:
        from fzcheck.suppress import find_directives

        doc.directives = find_directives(src.text)
    _mark_chrome_and_title(doc, blocks)
    # what the container says fills what the text does not (HTML <title>, <meta> dates)
    if doc.title is None and src.title:
        doc.title = src.title
    if doc.published is None and src.published:
        doc.published = src.published
    _build_headings(doc, blocks)
    find_year(doc)
    find_unit(doc)
    find_signed(doc)
    return doc


def _blocks(text: str, *, markdown: bool, md_headings: bool = False, wrap: Layout = NONE) -> list[_Block]:
    """Split text into blocks: (first line, last line, text, markdown heading level, heading marker).

    Plain text: one line is one paragraph, as Word and portals save them. Markdown: consecutive
    lines join into one paragraph, except headings and numbered lines, which stand alone. Word
    text comes one paragraph per line, heading styles marked with '#' (``md_headings``). Text
    pasted from a PDF: wrapped lines join, page numbers and running heads go (*wrap*).
    """
    out: list[_Block] = []
    in_fence = False
    in_comment = False
    # The paragraph being joined: its lines, first and last line number. A flush is written out
    # at each place (not a closure): a call per block, and closure cells, cost more.
    pending: list[str] = []
    start = last = 0
    rules_by_first = _RULES_BY_FIRST
    # Cheap first-character tests guard each regex: most lines are blank or body text.
    for n, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            if pending:  # a blank line ends a paragraph (inside a fence or comment nothing is pending)
                out.append(_joined_block(start, last, pending))
                pending = []
            continue
        if wrap.furniture and n in wrap.furniture:
            continue
        first = line[0]
        if first == "?" and line.startswith("??"):
            line = line.lstrip("?").strip()  # full-width spaces lost in a bad GBK round trip
            if not line:
                if pending:
                    out.append(_joined_block(start, last, pending))
                    pending = []
                continue
            first = line[0]
        if markdown:
            # body text starts with none of these and lies outside fences and comments
            if in_fence or in_comment or first in "`~<#-*+>":
                if first in "`~" and line.startswith(("```", "~~~")):
                    in_fence = not in_fence
                    if pending:
                        out.append(_joined_block(start, last, pending))
                        pending = []
                    continue
                if in_fence:
                    continue
                if in_comment or (first == "<" and line.startswith("<!--")):
                    in_comment = "-->" not in line
                    if pending:
                        out.append(_joined_block(start, last, pending))
                        pending = []
                    continue
                if first == "#":
                    md = _md_heading(line)
                    if md:
                        if pending:
                            out.append(_joined_block(start, last, pending))
                            pending = []
                        title = _strip_md(md[1])
                        out.append((n, n, title, md[0], _heading_marker(title)))
                        continue
                elif first in "-*+>":
                    line = _LIST_ITEM.sub("", line)
            if "*" in line or "_" in line:  # one-character tests are the cheaper guard
                line = _strip_md(line)  # otherwise it is already stripped
            if not line:
                if pending:
                    out.append(_joined_block(start, last, pending))
                    pending = []
                continue
            first = line[0]
        else:
            md = _md_heading(line) if md_headings and first == "#" else None
            if md:  # a Word heading style, marked with '#' by the Word reader
                title = _strip_md(md[1])
                out.append((n, n, title, md[0], _heading_marker(title)))
                continue
            if wrap.continues and n in wrap.continues and out and out[-1][3] is None:
                begun = out[-1]  # a wrapped line goes on: the block keeps its first line's marker
                out[-1] = (begun[0], n, begun[2] + line, None, begun[4])
            elif not (first == "<" and line.startswith("<!--") and line.endswith("-->")):  # a directive, not text
                out.append((n, n, line, None, _heading_marker(line)))
            continue
        # _heading_marker's own first test, without the call for the many lines it rejects
        if first in rules_by_first or first.isdecimal():
            marker = _heading_marker(line)
            if marker is not None:
                if pending:
                    out.append(_joined_block(start, last, pending))
                    pending = []
                out.append((n, n, line, None, marker))
                continue
        if not pending:
            start = n
        pending.append(line)
        last = n
    if pending:
        out.append(_joined_block(start, last, pending))
    return out


def _joined_block(start: int, last: int, lines: list[str]) -> _Block:
    if len(lines) == 1:
        return (start, last, lines[0], None, None)  # a lone line has no marker, or it would not be pending
    # a line is pending because it has no marker, but joined lines may make one: 「一」「、……」
    joined = "".join(lines)
    return (start, last, joined, None, _heading_marker(joined))


def _md_heading(line: str) -> tuple[int, str] | None:
    """Level and text of a Markdown heading: 「## 标题 ##」 → (2, "标题")."""
    m = _MD_HEADING_OPEN.match(line)
    if m is None:
        return None
    # what r"(.*?)\s*#*\s*$" would capture on a line without "\n", minus that regex's backtracking
    return len(m.group(1)), line[m.end():].rstrip().rstrip("#").rstrip()


def _strip_md(text: str) -> str:
    return text.replace("**", "").replace("__", "").strip()


def _heading_marker(text: str) -> _Marker | None:
    first = text[:1]
    rules = _RULES_BY_FIRST.get(first)
    if rules is None:
        if not first.isdecimal():  # what \d matches (Unicode category Nd)
            return None
        rules = _ARABIC_RULES
    for rx, level, family in rules:
        m = rx.match(text)
        if m:
            return m, level, family
    return None


def _mark_chrome_and_title(doc: Document, blocks: list[_Block]) -> None:
    paras = doc.paragraphs
    title_idx: int | None = None
    # Page chrome is short: a paragraph longer than 80 characters (spaces aside) is not tested.
    chrome = [((len(t) <= 80 or len(t) - t.count(" ") <= 80) and _is_chrome(t.replace(" ", "")))
              or (len(t) <= MULTI_FIELD_MAX and _is_field_row(t.replace(" ", ""))) for t in [p.text for p in paras]]
    # A Markdown H1 is the title; otherwise the first title-like line near the top, or two lines
    # that are one together (「关于桃源镇2017年度法治政府建设」 / 「工作情况的报告」).
    # A line ending in 情况 is a title only above the text (below it, it is a bare heading).
    for i in range(min(15, len(paras))):
        squeezed = paras[i].text.replace(" ", "")
        if len(squeezed) > 40 or "。" in squeezed:
            break
        chrome[i] = chrome[i] or _TOP_CRUMB.match(paras[i].text) is not None
    second: int | None = None
    text_seen = False
    for i in range(min(15, len(paras))):
        level = blocks[i][3]
        if chrome[i]:
            continue
        squeezed = paras[i].text.replace(" ", "")
        if (level == 1 and doc.format == "markdown") or (
            level is None and _is_title_like(squeezed) and not (text_seen and _WEAK_TITLE.search(squeezed))
        ):
            title_idx = i
            break
        if level is None and not text_seen and _title_in_two(paras, blocks, chrome, i):
            title_idx, second = i, i + 1
            break
        text_seen = text_seen or len(squeezed) > 40 or "。" in squeezed
    # In paragraph order (the first date or unit found wins): everything above the title, then the
    # chrome below it.
    above = title_idx or 0
    unit_line: str | None = None
    for i in range(above):
        p = paras[i]
        squeezed = p.text.replace(" ", "")
        if chrome[i]:
            p.kind = "chrome"
            _harvest_chrome_meta(doc, p, _label_form(squeezed))
        elif len(squeezed) <= 20 and "。" not in squeezed:
            p.kind = "chrome"  # navigation above the title: 「部  门」「街  镇」
            if i == above - 1 and len(squeezed) >= 4 and UNIT_LINE.search(squeezed):
                doc.unit = unit_line = squeezed  # 「中共××局党组」 above 「2022年度法治政府建设报告」
    for i in compress(range(above, len(paras)), chrome[above:]):
        p = paras[i]
        p.kind = "chrome"
        _harvest_chrome_meta(doc, p, _label_form(p.text.replace(" ", "")))
    if title_idx is not None:
        title = paras[title_idx]
        title.kind = "title"
        doc.title = title.text.replace("  ", " ")
        if second is not None:
            paras[second].kind = "title"
            doc.title += paras[second].text.replace("  ", " ")
        if unit_line is not None and not YEAR_IN_TITLE.match(unit_line) and not doc.title.startswith(unit_line):
            doc.title = unit_line + doc.title  # a title set on two lines, the unit first
        doc.title_line = title.line
        # portals often print the title twice (page title and article title)
        squeezed_title = title.text.replace(" ", "")
        for p in paras[title_idx + 1:title_idx + 12]:
            if p.text.replace(" ", "") == squeezed_title:
                p.kind = "chrome"
    else:  # only the metadata table names it: 「标　　题：××局2021年度法治政府建设情况报告」
        for p in paras[:min(15, len(paras))]:
            m = _TITLE_FIELD.match(p.text.replace(" ", "")) if p.kind == "chrome" else None
            if m and _is_title_like(m.group(1)):
                doc.title, doc.title_line = m.group(1), p.line
                break


def _title_in_two(paras: list[Paragraph], blocks: list[_Block], chrome: list[bool], i: int) -> bool:
    """Whether line *i* and the next are one title set on two lines: neither ends a sentence,
    both are short, and together they name a report on the rule of law. The first line is the
    title's beginning when it holds its year or 关于 (「临溪市人民政府关于临溪市2020年度」); a line
    without them above a title that is one by itself is navigation or the unit (see the caller)."""
    if i + 1 >= len(paras) or blocks[i + 1][3] is not None:
        return False
    first, then = paras[i].text.replace(" ", ""), paras[i + 1].text.replace(" ", "")
    # a lone 「总结」 or 「报告」 under 「……依法行政工作」 ends the title; other lines that short are buttons
    if chrome[i + 1] and not (len(then) == 2 and _TITLE_WORDS.fullmatch(then)):
        return False
    return (len(first) <= 40 and len(then) <= 30 and not first.endswith(("。", "：", ":", "，", "；"))
            and _heading_marker(then) is None and _is_title_like(first + then)
            and (_TITLE_START.search(first) is not None or not _is_title_like(then)))


def _is_title_like(squeezed: str) -> bool:
    return (
        4 <= len(squeezed) <= 100
        and not squeezed.endswith(("。", "：", ":"))
        and _TITLE_WORDS.search(squeezed) is not None
        and _TITLE_TOPIC.search(squeezed) is not None
        and _heading_marker(squeezed) is None
        and not re.match(r"^(?:19|20)\d{2}年[，,]", squeezed)
    )


def _label_form(squeezed: str) -> str:
    """「- [ 发布日期 ] 2026-02-12」 → 「发布日期:2026-02-12」, 「【发布时间：2024-03-28】」 → 「发布时间：2024-03-28」:
    list dashes and bracketed labels of portal metadata tables read as plain labels."""
    squeezed = squeezed.lstrip("-*•·")
    m = _BRACKETED_FIELD.match(squeezed)
    if m:  # the label and its value in one bracket
        return m.group(1) + squeezed[m.end():]
    m = _BRACKETED_LABEL.match(squeezed)
    return f"{m.group(1)}:{squeezed[m.end():]}" if m else squeezed


def _is_field_row(squeezed: str) -> bool:
    """A line of several portal metadata fields: 「索引号:… 发布机构:… 发文日期:… 公开方式:…」."""
    return "。" not in squeezed and len(_ANY_LABEL.findall(squeezed)) >= 3


def _is_chrome(squeezed: str) -> bool:
    if len(squeezed) > 80:
        return False
    if len(squeezed) <= 2 and _heading_marker(squeezed) is None:
        return True  # 「大」「中」「小」 font-size buttons, a lone dash
    if _CHROME_HINT.search(squeezed) is None:
        return False
    labelled = _label_form(squeezed)
    if _CHROME_LABEL.match(labelled) or _CHROME_ANY.search(labelled):
        return True
    if _HOME_CRUMB.match(labelled):
        return True
    return (("＞" in labelled or ">" in labelled or "»" in labelled or "›" in labelled)
            and _BREADCRUMB.search(labelled) is not None)


def _harvest_chrome_meta(doc: Document, p: Paragraph, squeezed: str) -> None:
    # a row of several fields (「成文日期:… 发布日期:…」): the date that follows the label
    # spaces go (「日 期：」) except between digits (「2025-05-28 14:14:25」 keeps its day)
    text = _label_form(" ".join(part.replace(" ", "") for part in _DIGIT_GAP.split(p.text)))
    if doc.published is None:
        date = labelled_date(text, PUBLISHED_LABEL)
        if date:
            doc.published, doc.published_line = date, p.line
    if doc.signed is None:
        date = labelled_date(text, _SIGNED_LABEL)
        if date:
            doc.signed, doc.signed_line = date, p.line
    if doc.unit is None:
        m = _SOURCE_LABEL.search(squeezed)
        if m and UNIT_HINT.search(m.group(1)):
            doc.unit = m.group(1)


def labelled_date(text: str, label: re.Pattern[str]) -> dt.date | None:
    """The date right after *label* in a line, before any other label."""
    for m in label.finditer(text):
        rest = text[m.end():]
        nxt = _ANY_LABEL.search(rest)
        date = parse_date(rest[:nxt.start()] if nxt else rest)
        if date:
            return date
    return None


def _build_headings(doc: Document, blocks: list[_Block]) -> None:
    # A lone Markdown H1 at the top is the title, so the other Markdown headings move up one level.
    h1_count = sum(1 for b in blocks if b[3] == 1)
    md_offset = 1 if doc.format == "markdown" and h1_count == 1 and doc.title is not None else 0
    stack: list[Heading] = []
    current: Heading | None = None
    headings = doc.headings
    for p, block in zip(doc.paragraphs, blocks, strict=True):
        if p.kind != "body":  # title or page chrome (no paragraph is a heading yet)
            continue
        found = block[4]
        md_level = block[3]
        # most paragraphs are neither numbered nor Markdown headings
        heading = _make_heading(p, md_level, md_offset, found) if found or md_level is not None else None
        if heading is None:
            p.heading = current
            continue
        p.kind = "heading"
        p.heading = heading
        level = heading.level
        while stack and stack[-1].level >= level:
            stack.pop().end = heading.paragraph  # a section ends where one of its level or above starts
        if stack:
            parent = heading.parent = stack[-1]
            parent.children.append(heading)
        stack.append(heading)
        headings.append(heading)
        current = heading
    for heading in stack:
        heading.end = len(doc.paragraphs)
    if not headings:
        _bare_line_headings(doc)


# A bare line heading: short, no sentence or clause punctuation, no date (see _bare_line_headings)
_BARE_HEADING = re.compile(r"[^\s。，,；;：:！？!?、（）()《》【】\[\]—-]{4,25}")
BARE_MIN_HEADINGS = 2  # fewer short lines are not a structure (an addressee, a signature)
BARE_AFTER = 40  # the opening paragraph, this long at least, comes before the first bare heading


def _bare_line_headings(doc: Document) -> None:
    """A report with no numbered or styled heading may set its headings as bare short lines (bold
    in the original, lost in plain text): 「强化法治建设组织保障」「存在的不足」「2025年工作打算」, each over
    a longer paragraph, after the opening one. They become level-1 headings without a number; a
    lone short line, a subtitle or signature (before the opening, or over nothing longer) does not."""
    body = [p for p in doc.paragraphs if p.kind == "body"]
    opening = next((k for k, p in enumerate(body) if len(p.text) >= BARE_AFTER), None)
    if opening is None:
        return
    found = [p for p, nxt in zip(body[opening + 1:], body[opening + 2:], strict=False)
             if _BARE_HEADING.fullmatch(p.text.strip()) and parse_date(p.text) is None
             and len(nxt.text) > len(p.text.strip()) and any(c in nxt.text for c in "。，；")]
    if len(found) < BARE_MIN_HEADINGS:
        return
    starts = {p.index for p in found}
    current: Heading | None = None
    for p in doc.paragraphs[body[opening + 1].index:]:
        if p.kind not in ("body", "heading"):
            continue
        if p.index in starts:
            if current is not None:
                current.end = p.index
            current = Heading(1, "", "bare", None, p.text.strip(), p.index, p.line)
            p.kind = "heading"
            doc.headings.append(current)
        p.heading = current
    if current is not None:
        current.end = len(doc.paragraphs)


def _number_values() -> dict[str, int]:
    """Every numbering a marker regex can capture in a report, with its value: 「1」…「99」 and
    Chinese numerals of up to three characters (as cn_number reads them)."""
    values = {str(i): i for i in range(100)} | {f"0{i}": i for i in range(10)}
    cn = [""]
    for _ in range(3):
        cn = [prefix + ch for prefix in cn for ch in _CN_NUM]
        values.update((t, cn_number(t)) for t in cn)
    return values


# A dict lookup instead of int() or cn_number() per heading; other digits (「１」「٣」) fall back.
_NUMBER_VALUES = _number_values()
# bracket style of the parenthesised families, by (family, opening, closing)
_PAREN_STYLES = {
    (family, opening, closing): f"{family}-{form}"
    for family in ("cn-paren", "arabic-paren")
    for opening in "（(" for closing in "）)"
    for form in ["full" if (opening, closing) == ("（", "）") else "half" if (opening, closing) == ("(", ")")
                 else "mixed"]
}


def _make_heading(p: Paragraph, md_level: int | None, md_offset: int, found: _Marker | None) -> Heading | None:
    """The heading *p* is, if any; *found* is the heading marker of its text."""
    text = p.text
    # Heading is built with positional arguments (level, marker, style, number, title, paragraph,
    # line): keywords cost more than the rest of this function.
    if found is None:
        if md_level is None:
            return None
        level = max(md_level - md_offset, 1)
        return Heading(level, "#" * md_level, "md", None, text, p.index, p.line)
    m, level, family = found
    rest = text[m.end():].strip()
    if not rest and md_level is None:
        return None
    if family == "arabic":
        number_text, separator = m.group(1, 2)
        style = "arabic-comma" if separator == "、" else "arabic-dot"
    elif family == "cn-paren" or family == "arabic-paren":
        opening, number_text, closing = m.group(1, 2, 3)
        style = _PAREN_STYLES[family, opening, closing]
    elif family == "circled":
        number_text = str(_CIRCLED.index(m.group(1)) + 1)
        style = family
    elif family == "bracket":
        title = rest[:rest.index("】")].strip()
        return Heading(level, "【】", family, None, title, p.index, p.line)
    else:
        number_text = m.group(1)
        style = family
    number = _NUMBER_VALUES.get(number_text)
    if number is None:
        number = int(number_text) if number_text.isdigit() else cn_number(number_text)
    # 「学习贯彻习近平法治思想。将……」 → 「学习贯彻习近平法治思想」: the title ends at the first full stop
    end = _RUN_IN_END.search(rest)
    title = rest[:end.start()] if end and end.end() < len(rest) else rest.rstrip("。；;")
    return Heading(level, m.group(0).strip(), style, number, title, p.index, p.line)
