"""The parser: paragraphs, page chrome, heading levels and tree, and report metadata."""

from __future__ import annotations

import datetime as dt
import pickle
import re

import pytest

from conftest import excerpt_body
from fzcheck.dates import parse_date
from fzcheck.document import Document
from fzcheck.parser import parse
from fzcheck.readers import SourceText, normalise_text, read_source


def P(body: str, fmt: str = "text") -> Document:
    return parse(SourceText(source="x", text=normalise_text(body), encoding="utf-8", format=fmt))


def heading_at(doc: Document, line: int):
    found = [h for h in doc.headings if h.line == line]
    assert len(found) == 1, f"no single heading at line {line}: {[(h.line, h.title) for h in doc.headings]}"
    return found[0]


def para_at(doc: Document, line: int):
    found = [p for p in doc.paragraphs if p.line <= line <= p.end_line]
    assert len(found) == 1, f"no paragraph at line {line}"
    return found[0]


# ---------------------------------------------------------------- heading levels and styles

LEVELS = """某区2023年度法治政府建设情况报告
一、主要举措和成效
（一）加强组织领导
(二)健全制度体系
1.建立工作台账
2、完善工作机制
（1）细化任务分工
(2)明确完成时限
十二、其他需要报告的情况
"""


@pytest.mark.parametrize(
    ("line", "level", "style", "number", "title"),
    [
        (2, 1, "cn", 1, "主要举措和成效"),
        (3, 2, "cn-paren-full", 1, "加强组织领导"),
        (4, 2, "cn-paren-half", 2, "健全制度体系"),
        (5, 3, "arabic-dot", 1, "建立工作台账"),
        (6, 3, "arabic-comma", 2, "完善工作机制"),
        (7, 4, "arabic-paren-full", 1, "细化任务分工"),
        (8, 4, "arabic-paren-half", 2, "明确完成时限"),
        (9, 1, "cn", 12, "其他需要报告的情况"),
    ],
)
def test_heading_levels_and_styles(line, level, style, number, title):
    doc = P(LEVELS)
    h = heading_at(doc, line)
    assert (h.level, h.style, h.number, h.title) == (level, style, number, title)
    assert para_at(doc, line).kind == "heading"
    assert para_at(doc, line).heading is h


def test_chinese_numbers_in_headings():
    doc = P("某区2023年度法治政府建设情况报告\n"
            "十、第十项\n十一、第十一项\n二十三、第二十三项\n（十五）小项\n（二十）小项\n")
    assert [h.number for h in doc.headings] == [10, 11, 23, 15, 20]
    assert [h.level for h in doc.headings] == [1, 1, 1, 2, 2]


def test_heading_marker_as_written():
    doc = P("某区2023年度法治政府建设情况报告\n一、甲\n（一）乙\n(二)丙\n1.丁\n")
    assert [h.marker for h in doc.headings] == ["一、", "（一）", "(二)", "1."]


def test_run_in_heading_title():
    doc = P("某区2023年度法治政府建设情况报告\n一、主要举措和成效\n"
            "（二）压实法治责任。严格落实党政主要负责人履行推进法治建设第一责任人职责，全年召开专题会议4次。\n")
    h = heading_at(doc, 3)
    assert h.title == "压实法治责任"
    assert h.level == 2 and h.number == 2
    # the paragraph keeps the whole text, run-in body included
    assert para_at(doc, 3).text.endswith("全年召开专题会议4次。")


def test_run_in_heading_with_numbered_level3():
    doc = P("某区2023年度法治政府建设情况报告\n一、主要举措\n1.强化学习。全年学习12次。\n")
    assert heading_at(doc, 3).title == "强化学习"


@pytest.mark.parametrize(
    "line",
    [
        "一是加强组织领导，二是完善制度机制，三是强化督促检查。",
        "二是深化放管服改革。",
        "1.5万元用于购买法律服务，全年支出1.5万元。",
        "2.3%的案件经过法制审核。",
        "2023年，全区共办理行政复议案件12件。",
    ],
)
def test_not_headings(line):
    doc = P(f"某区2023年度法治政府建设情况报告\n一、主要举措和成效\n{line}\n")
    assert [h.line for h in doc.headings] == [2]
    p = para_at(doc, 3)
    assert p.kind == "body"
    assert p.heading is doc.headings[0]


def test_marker_without_text_is_not_a_heading():
    doc = P("某区2023年度法治政府建设情况报告\n一、\n正文内容。\n")
    assert doc.headings == []


# ---------------------------------------------------------------- heading tree

TREE = """某区2023年度法治政府建设情况报告
一、主要举措和成效
（一）学习贯彻习近平法治思想
组织专题学习4次。
（二）深化放管服改革
1.精简审批
全年精简审批事项12项。
2.优化服务
推行帮办代办。
（三）推进政务公开
主动公开信息1200条。
二、存在的不足和原因
执法力量薄弱。
三、下一步工作打算
加强学习。
"""


def test_heading_tree_parents_and_children():
    doc = P(TREE)
    one, two, three = (heading_at(doc, n) for n in (2, 12, 14))
    assert doc.roots == [one, two, three]
    assert [h.title for h in one.children] == ["学习贯彻习近平法治思想", "深化放管服改革", "推进政务公开"]
    fangguanfu = heading_at(doc, 5)
    assert fangguanfu.parent is one
    assert [h.title for h in fangguanfu.children] == ["精简审批", "优化服务"]
    assert heading_at(doc, 6).parent is fangguanfu
    assert [h.title for h in heading_at(doc, 6).path()] == ["主要举措和成效", "深化放管服改革", "精简审批"]
    assert two.children == [] and two.parent is None


def test_a_parsed_document_pickles_with_its_heading_tree():
    doc = pickle.loads(pickle.dumps(P(TREE)))
    one, fangguanfu = heading_at(doc, 2), heading_at(doc, 5)
    assert fangguanfu.parent is one and fangguanfu in one.children
    assert [h.title for h in heading_at(doc, 6).path()] == ["主要举措和成效", "深化放管服改革", "精简审批"]


def test_paragraphs_know_their_section():
    doc = P(TREE)
    assert para_at(doc, 7).heading is heading_at(doc, 6)
    assert para_at(doc, 13).heading is heading_at(doc, 12)
    assert para_at(doc, 1).heading is None  # the title


def test_section_runs_to_next_heading_of_same_or_higher_level():
    doc = P(TREE)
    lines = lambda paras: [p.line for p in paras]  # noqa: E731
    assert lines(doc.section(heading_at(doc, 2))) == list(range(2, 12))
    assert lines(doc.section(heading_at(doc, 5))) == [5, 6, 7, 8, 9]
    assert lines(doc.section(heading_at(doc, 6))) == [6, 7]
    assert lines(doc.section(heading_at(doc, 8))) == [8, 9]  # ends at （三）, a higher level
    assert lines(doc.section(heading_at(doc, 10))) == [10, 11]
    assert lines(doc.section(heading_at(doc, 14))) == [14, 15]  # runs to the end


def test_report_starting_at_level_2_keeps_level_2():
    doc = P("某区2023年度法治政府建设情况报告\n（一）加强学习\n正文。\n（二）深化改革\n正文。\n")
    assert [h.level for h in doc.headings] == [2, 2]
    assert all(h.parent is None for h in doc.headings)


# ---------------------------------------------------------------- Markdown

MD = """# 某区人民政府关于2023年度法治政府建设情况的报告

发布日期：2024-03-20

2023年，我区扎实推进法治政府建设，
取得了新的进展。

## 一、主要举措和成效

### （一）深化放管服改革

全年精简审批事项12项，
推行帮办代办，
企业开办时间压缩至1个工作日。

### （二）推进政务公开

主动公开信息1200条。

## 二、存在的不足和原因

执法力量薄弱。
"""


def test_markdown_h1_is_title_and_numbered_h2_is_level_1():
    doc = P(MD, "markdown")
    assert doc.title == "某区人民政府关于2023年度法治政府建设情况的报告"
    assert doc.title_line == 1
    assert doc.year == 2023 and doc.year_source == "title"
    assert doc.unit == "某区人民政府"
    assert doc.published == dt.date(2024, 3, 20)
    first = heading_at(doc, 8)
    assert (first.level, first.number, first.title) == (1, 1, "主要举措和成效")
    assert (heading_at(doc, 10).level, heading_at(doc, 10).title) == (2, "深化放管服改革")
    assert heading_at(doc, 10).parent is first
    assert heading_at(doc, 20).level == 1
    assert [h.line for h in doc.roots] == [8, 20]


def test_markdown_lines_join_into_one_paragraph():
    doc = P(MD, "markdown")
    p = para_at(doc, 13)
    assert (p.line, p.end_line) == (12, 14)
    assert p.text == "全年精简审批事项12项，推行帮办代办，企业开办时间压缩至1个工作日。"
    assert p.kind == "body"
    opening = para_at(doc, 5)
    assert (opening.line, opening.end_line) == (5, 6)
    assert opening.text == "2023年，我区扎实推进法治政府建设，取得了新的进展。"
    # paragraphs that follow each other in the model follow each other in the text
    starts = [q.line for q in doc.paragraphs]
    assert starts == sorted(starts)


def test_markdown_unnumbered_h2_is_level_1_with_single_h1():
    text = ("# 某区2023年度法治政府建设情况报告\n\n## 主要举措和成效\n\n正文一。\n\n"
            "### 深化改革\n\n正文二。\n\n## 存在的不足和原因\n\n正文三。\n")
    doc = P(text, "markdown")
    assert doc.title == "某区2023年度法治政府建设情况报告"
    measures = heading_at(doc, 3)
    assert (measures.level, measures.title, measures.style) == (1, "主要举措和成效", "md")
    assert heading_at(doc, 7).level == 2
    assert heading_at(doc, 7).parent is measures
    assert heading_at(doc, 11).level == 1
    assert [p.line for p in doc.section(measures)] == [3, 5, 7, 9]


def test_markdown_bold_and_list_markers_are_stripped():
    text = "# 某区2023年度法治政府建设情况报告\n\n## **一、主要举措和成效**\n\n- 全年审核文件12件。\n"
    doc = P(text, "markdown")
    assert heading_at(doc, 3).title == "主要举措和成效"
    assert para_at(doc, 5).text == "全年审核文件12件。"


def test_markdown_numbered_lines_stand_alone():
    text = "# 某区2023年度法治政府建设情况报告\n\n## 一、主要举措\n\n（一）深化改革。全年精简事项12项。\n正文。\n"
    doc = P(text, "markdown")
    h = heading_at(doc, 5)
    assert (h.level, h.title) == (2, "深化改革")
    assert para_at(doc, 6).kind == "body"


# ---------------------------------------------------------------- the real report

@pytest.fixture
def real_doc(real_report) -> Document:
    return parse(read_source(str(real_report)))


def test_real_report_metadata(real_doc):
    doc = real_doc
    assert doc.title == "重庆市涪陵区荔枝街道办事处2022年法治政府建设工作年度报告"
    assert doc.title_line == 3
    assert doc.unit == "重庆市涪陵区荔枝街道办事处"
    assert doc.year == 2022
    assert doc.year_source == "title"
    assert doc.published == dt.date(2023, 3, 13)
    assert isinstance(doc.published, dt.date)
    assert doc.published_line == 4
    assert doc.encoding == "utf-8" and doc.format == "text"


def test_real_report_chrome(real_doc):
    doc = real_doc
    for line in (1, 2, 4, 5):
        assert para_at(doc, line).kind == "chrome", line
    assert para_at(doc, 1).text.replace(" ", "") == "部门"
    assert para_at(doc, 2).text.replace(" ", "") == "街镇"
    assert para_at(doc, 5).text.replace(" ", "").startswith("字号")
    last = doc.paragraphs[-1]
    assert last.text.startswith("分享文章到")
    assert last.kind == "chrome"
    assert para_at(doc, 3).kind == "title"
    assert para_at(doc, 7).kind == "body"
    chrome_texts = [p.text for p in doc.paragraphs if p.kind == "chrome"]
    assert all(p not in doc.body() for p in doc.paragraphs if p.kind == "chrome"), chrome_texts


def test_real_report_headings(real_doc):
    doc = real_doc
    level1 = [h for h in doc.headings if h.level == 1]
    assert [h.line for h in level1] == [9, 39, 43]
    assert [h.style for h in level1] == ["cn"] * 3
    assert [h.number for h in level1] == [1, 2, 3]
    assert level1[1].title == "存在的不足和原因"
    level2 = [h for h in doc.headings if h.level == 2]
    assert len(level2) == 7
    assert [h.line for h in level2] == [11, 15, 19, 23, 27, 31, 35]
    assert {h.style for h in level2} == {"cn-paren-half"}
    assert [h.number for h in level2] == list(range(1, 8))
    assert all(h.parent is level1[0] for h in level2)
    assert level2[0].title == "学习贯彻习近平法治思想情况"
    assert [h.line for h in doc.headings] == sorted(h.line for h in doc.headings)
    assert len(doc.headings) == 10


def test_real_report_inline_enumerations_are_body(real_doc):
    doc = real_doc
    for line in (21, 29, 33, 37, 45, 47, 49):
        p = para_at(doc, line)
        assert p.text.startswith(("一是", "二是", "三是")), line
        assert p.kind == "body", line
    section = doc.section(heading_at(doc, 43))
    assert [p.line for p in section if p.kind != "chrome"] == [43, 45, 47, 49]


# ---------------------------------------------------------------- metadata on crafted texts

def test_published_with_time():
    doc = P("发布时间：2024-03-28 09:18\n某区2023年度法治政府建设情况报告\n2023年，我区扎实推进法治政府建设。\n")
    assert doc.published == dt.date(2024, 3, 28)
    assert doc.published_line == 1
    assert doc.title_line == 2


def test_published_with_spaced_date():
    doc = P("杭州市人民政府关于杭州市2023年法治政府建设年度报告\n"
            "时间: 2024- 03- 14  11: 18       来源: 杭州市人民政府门户网站        浏览次数:\n"
            "2023年,杭州市坚持依法行政。\n")
    assert doc.published == dt.date(2024, 3, 14)
    assert doc.published_line == 2
    assert doc.year == 2023


def test_published_line_is_chrome_not_body():
    doc = P("某区2023年度法治政府建设情况报告\n发布日期：2024年3月28日\n正文内容。\n")
    assert doc.published == dt.date(2024, 3, 28)
    assert para_at(doc, 2).kind == "chrome"


def test_unit_and_year_from_government_title():
    doc = P("××区人民政府关于2023年度法治政府建设情况的报告\n2023年，我区扎实推进法治政府建设。\n")
    assert doc.title == "××区人民政府关于2023年度法治政府建设情况的报告"
    assert doc.unit == "××区人民政府"
    assert doc.year == 2023
    assert doc.year_source == "title"
    assert doc.year_line == 1


@pytest.mark.parametrize(("text", "unit"), [
    # written for this test, in title forms reports use
    ("临江区法治政府建设2023年度报告\n一、主要举措", "临江区"),
    ("法治政府建设年度报告（2023年）\n临江区人民政府\n2023年，我区扎实推进法治政府建设。", "临江区人民政府"),
    ("2023年度临江镇法治政府建设情况报告\n2023年以来，我镇推进法治政府建设。", "临江镇"),
    # no unit: the line under the title is a sentence, or a date
    ("法治政府建设年度报告（2023年）\n2023年，我区扎实推进法治政府建设。", None),
    ("法治政府建设年度报告（2023年）\n（2024年3月25日）\n2023年，我区推进法治政府建设。", None),
])
def test_unit_from_title_or_the_line_under_it(text, unit):
    assert P(text + "\n").unit == unit


def test_year_from_title_wins_over_text():
    doc = P("某县2021年度法治政府建设情况报告\n2022年3月，县政府召开常务会议。\n")
    assert doc.year == 2021 and doc.year_source == "title"


def test_year_from_the_first_parts_heading_or_a_delivery_date():
    # written for this test, in held-out set 7's forms: a portal page whose title is only in its chrome
    doc = P("时间：2024-01-26　来源：澄溪县税务局\n\n一、2023年法治税务建设推进情况\n"
            "（一）规范税务执法。全年公示执法信息36条。\n")
    assert (doc.year, doc.year_line) == (2023, 3)
    # the next year's plans give none
    assert P("三、2024年主要安排\n一是推进执法规范化建设；二是深化普法。\n").year is None
    # a report to the 人大 on 「今年」: the year it was delivered in
    delivered = ("关于全县法治政府建设工作情况的报告\n——2021年12月28日在兰屿县人民代表大会常务委员会会议上\n"
                 "主任、各位副主任、各位委员：\n今年是“八五”普法的开局之年。现将有关情况报告如下。\n")
    assert P(delivered).year == 2021
    assert P(delivered.replace("今年是", "这一年是")).year is None


def test_year_from_opening_text_without_title():
    doc = P("2023年，在区委的坚强领导下，我区扎实推进法治政府建设。\n一、主要举措和成效\n全年审核文件12件。\n")
    assert doc.title is None
    assert doc.year == 2023
    assert doc.year_source == "text"
    assert doc.year_line == 1


def test_no_year_anywhere():
    doc = P("法治政府建设情况\n我区扎实推进法治政府建设。\n")
    assert doc.year is None and doc.year_source is None


def test_signature_date():
    doc = P("某区2023年度法治政府建设情况报告\n一、主要举措和成效\n全年审核文件12件。\n"
            "某区人民政府\n2024年3月20日\n")
    assert doc.signed == dt.date(2024, 3, 20)
    assert doc.signed_line == 5
    assert doc.published is None


def test_date_in_body_sentence_is_not_a_signature():
    doc = P("某区2023年度法治政府建设情况报告\n一、主要举措和成效\n"
            "2023年5月12日，区政府召开常务会议专题研究法治政府建设工作。\n")
    assert doc.signed is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二〇二四年三月二十日", dt.date(2024, 3, 20)),
        ("二〇二三年十二月三十一日", dt.date(2023, 12, 31)),
        ("二〇二四年一月五日", dt.date(2024, 1, 5)),
        ("2024年3月20日", dt.date(2024, 3, 20)),
        ("2023-03-13", dt.date(2023, 3, 13)),
        ("2021/03/29 11:30:01", dt.date(2021, 3, 29)),
        ("时间: 2024- 03- 14  11: 18", dt.date(2024, 3, 14)),
        ("2024.02.06", dt.date(2024, 2, 6)),
        ("没有日期", None),
        ("2023-02-30", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_chinese_signature_date():
    doc = P("某区2023年度法治政府建设情况报告\n一、主要举措和成效\n全年审核文件12件。\n"
            "某区人民政府\n二〇二四年三月二十日\n")
    assert doc.signed == dt.date(2024, 3, 20)


# ---------------------------------------------------------------- excerpts of real reports

# 成文日期/发文日期 are the signing date (doc.signed), not the publication date.
_LABELLED_DATE = r"(?:发布时间|(?<!发文)(?<!成文)日期|时间)[^\d\n]{0,12}%s\s*[-/.年]\s*0?%d\s*[-/.月]\s*0?%d(?!\d)"


def _parse_excerpt(path):
    meta, body = excerpt_body(path)
    doc = parse(SourceText(source=str(path), text=normalise_text(body), encoding="utf-8", format="text"))
    return meta, body, doc


def test_excerpts_parse(excerpts):
    for path in excerpts:
        _, _, doc = _parse_excerpt(path)
        assert doc.paragraphs, path.name
        assert doc.body(), path.name
        for h in doc.headings:
            assert 1 <= h.level <= 6, (path.name, h.title)
            assert doc.paragraphs[h.paragraph].kind == "heading", (path.name, h.title)


def test_excerpts_year(excerpts):
    mismatches = []
    checked = 0
    for path in excerpts:
        meta, body, doc = _parse_excerpt(path)
        year = meta.get("year", "")
        if re.fullmatch(r"\d{4}", year) and f"{year}年" in body:
            checked += 1
            if doc.year != int(year):
                mismatches.append((path.name, year, doc.year, doc.year_source))
    assert checked > 0
    assert mismatches == []


def test_excerpts_published(excerpts):
    mismatches = []
    for path in excerpts:
        meta, body, doc = _parse_excerpt(path)
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", meta.get("published", ""))
        if not m:
            continue
        y, mo, d = (int(g) for g in m.groups())
        rx = re.compile(_LABELLED_DATE % (y, mo, d))
        labelled = any(rx.search(line) for line in normalise_text(body).split("\n"))
        if labelled and doc.published != dt.date(y, mo, d):
            mismatches.append((path.name, m.group(0), doc.published))
    assert mismatches == []


def test_portal_issue_date_is_the_publication_date():
    # 048: a row of several fields; EVIDENCE.md counts 发文日期 as the portal's publication label
    body = ("某镇2025年度法治政府建设年度报告\n"
            "索 引 号:x/2026-1 发布机构:某镇 发文日期:2026-03-16 信息类别:综合\n2025年，某镇……\n")
    doc = parse(SourceText(source="x", text=normalise_text(body), encoding="utf-8", format="text"))
    assert doc.published == dt.date(2026, 3, 16)
    assert doc.signed is None


@pytest.mark.parametrize(("line", "published", "signed"), [
    ("[ 发布日期 ]2021-07-23", "2021-07-23", None),
    ("發布時間:2026-01-14", "2026-01-14", None),
    ("发布时间:2025-05-28 14:14:25 Wed", "2025-05-28", None),
    ("时间: 2024- 03- 14  11: 18       来源: 杭州市人民政府门户网站        浏览次数:", "2024-03-14", None),
    # the date after each label, not the first date of the row
    ("成文日期:2026-03-01 发布日期:2026-03-16 信息类别:综合", "2026-03-16", "2026-03-01"),
    ("索引号:zyq/2026-2158744 发布机构:某镇 发文日期: | 信息类别:综合 公开方式:政府网站", None, None),
    # written for this test in forms portals use: the label and date in one bracket, 佈 for 布,
    # 更新时间 (EVIDENCE.md lists it), a row opening with the publisher's name
    ("【发布时间：2024-03-28】", "2024-03-28", None),
    ("發佈日期：2024-03-28", "2024-03-28", None),
    ("更新时间：2024-03-28", "2024-03-28", None),
    ("发布者：区司法局 发布日期：2024-03-28 阅读：99次", "2024-03-28", None),
    # no label, no publication date: a bare date, and a bracket that holds no label
    ("2024-03-28 来源：区司法局", None, None),
    ("【2024-03-28】", None, None),
])
def test_portal_date_forms(line, published, signed):
    body = f"某镇2025年度法治政府建设年度报告\n{line}\n2025年，某镇推进法治政府建设。\n"
    doc = parse(SourceText(source="x", text=normalise_text(body), encoding="utf-8", format="text"))
    assert (str(doc.published) if doc.published else None) == published
    assert (str(doc.signed) if doc.signed else None) == signed


def test_title_on_two_lines_unit_first():
    # 060: 「中共青岛市交通运输局党组」 above 「2022年度法治政府建设报告」
    body = "中共青岛市交通运输局党组\n2022年度法治政府建设报告\n2022年,市交通运输局党组推进法治政府建设。\n"
    doc = parse(SourceText(source="x", text=normalise_text(body), encoding="utf-8", format="text"))
    assert doc.title == "中共青岛市交通运输局党组2022年度法治政府建设报告"
    assert doc.unit == "中共青岛市交通运输局党组"
    # the same with a customs office or a development zone's committee (held-out set 7's forms)
    for unit in ("青屿海关", "临港经济开发区管委会"):
        doc = P(f"{unit}\n2019年度法治政府建设工作情况\n发布时间：2020年03月27日\n2019年，推进法治政府建设。\n")
        assert doc.title == f"{unit}2019年度法治政府建设工作情况" and doc.unit == unit


BARE = ("柳河乡人民政府2024年度法治政府建设工作报告\n"
        "2024年，柳河乡党委、政府坚持以习近平法治思想为指导，全面推进法治乡村建设。现将有关工作报告如下。\n"
        "规范行政执法行为\n乡综合行政执法队现有执法人员9名，全部取得执法证件，开展执法案卷自查24卷。\n"
        "坚持和发展新时代“枫桥经验”\n村调委会全年受理各类矛盾纠纷96件，调处成功94件。\n"
        "存在的不足\n一是乡村干部法治素养有待提高；二是执法力量薄弱，专业人员不足。\n"
        "2025年工作打算\n推进重大行政决策合法性审查全覆盖；加强村（社区）法律顾问工作。\n")


def test_bare_lines_are_the_headings_of_a_report_that_has_no_other():
    # written for this test, as township reports set bold headings that plain text loses
    doc = P(BARE)
    assert [h.title for h in doc.headings] == ["规范行政执法行为", "坚持和发展新时代“枫桥经验”", "存在的不足",
                                               "2025年工作打算"]
    assert {h.level for h in doc.headings} == {1} and all(h.number is None for h in doc.headings)
    assert para_at(doc, 10).heading is not None and para_at(doc, 10).heading.title == "2025年工作打算"


def test_bare_lines_are_not_headings_beside_numbered_ones_or_alone():
    # numbered headings exist: a short line among them is text
    numbered = BARE.replace("规范行政执法行为", "一、规范行政执法行为")
    assert [h.title for h in P(numbered).headings] == ["规范行政执法行为"]
    # one short line is no structure; a subtitle before the opening and a signature over a date are not headings
    single = ("某镇2024年度法治政府建设工作报告\n——在镇人大会议上\n"
              "2024年，某镇坚持以习近平法治思想为指导，全面推进法治政府建设各项工作落实。\n"
              "存在的不足\n一是乡村干部法治素养有待提高；二是执法力量薄弱，专业人员不足。\n"
              "某镇人民政府\n2025年3月10日\n")
    assert P(single).headings == []


@pytest.mark.parametrize("crumb", ["首页 / 政务公开 / 法定主动公开内容 / 法治政府建设年度报告",
                                   "首页›政务公开›法治政府建设"])
def test_breadcrumbs_with_slashes_and_single_angles_are_chrome(crumb):
    # written for this test, in the forms portals use; the title below is the title
    doc = P(f"{crumb}\n梅溪镇2022年度法治政府建设情况报告\n2022年，梅溪镇推进法治政府建设。\n")
    assert doc.title == "梅溪镇2022年度法治政府建设情况报告" and doc.unit == "梅溪镇"


@pytest.mark.parametrize("crumb", ["首页　政务公开　法治政府建设　年度报告", "平阳县人民政府 | 部门动态 | 县教育局"])
def test_breadcrumbs_set_with_spaces_or_bars_are_chrome(crumb):
    # written for this test, in two more forms portals use: a unit line above them is navigation too,
    # not a first title line (the title came out as 「云州市人民政府首页 政务公开 法治政府建设 年度报告」)
    doc = P(f"云州市人民政府\n{crumb}\n\n云州市人民政府关于2020年度法治政府建设情况的报告\n"
            "2020年，市政府推进法治政府建设。\n")
    assert doc.title == "云州市人民政府关于2020年度法治政府建设情况的报告"


def test_spaced_or_barred_lines_that_are_no_breadcrumb_stay_text():
    # two pieces are no navigation; a spaced line that does not start at the home page is prose
    doc = P("梅溪镇2022年度法治政府建设情况报告\n2022年，梅溪镇推进法治政府建设。\n"
            "行政复议|行政诉讼\n首页上线“法治梅溪”专栏，发布普法文章36篇。\n项目 | 镇本级 | 村级 | 合计\n")
    assert [p.kind for p in doc.paragraphs[-3:]] == ["body", "body", "body"]  # the last: a table's row


@pytest.mark.parametrize("label", ["标　　题", "名　　称", "题名"])
def test_a_metadata_tables_title_row_is_chrome_and_names_the_title(label):
    # written for this test, as portal metadata tables print them (索引号, 发布机构, 名称 …)
    table = f"索引号：008117265/2022-00041\n发布机构：安澜县财政局\n{label}：安澜县财政局2021年法治政府建设年度报告\n\n"
    body = "2021年，县财政局推进法治政府建设，全年审核规范性文件3件。\n"
    repeated = P(table + "安澜县财政局2021年法治政府建设年度报告\n" + body)
    assert repeated.title == "安澜县财政局2021年法治政府建设年度报告"
    alone = P(table + body)
    assert alone.title == "安澜县财政局2021年法治政府建设年度报告" and alone.title_line == 3
    # a row that names something else gives no title
    other = P(f"{label}：法治文化广场建设项目\n" + body)
    assert other.title is None


def test_a_title_ending_on_a_line_of_its_own():
    # written for this test: Word splits 「……依法行政工作总结」 after 工作; a lone button is not a title's end
    doc = P("柳塘镇2016年依法行政工作\n总结\n\n县人民政府法制办公室：\n2016年，我镇推进依法行政。\n")
    assert doc.title == "柳塘镇2016年依法行政工作总结"
    buttons = P("关于2020年度法治政府建设\n大\n中\n小\n2020年，我镇推进依法行政。\n")
    assert buttons.title is None or "大" not in buttons.title


def test_a_line_with_slashes_that_is_no_breadcrumb_stays_text():
    doc = P("梅溪镇2022年度法治政府建设情况报告\n2022年，梅溪镇推进法治政府建设。\n"
            "首页审批事项实行“一网通办/一窗受理”，办结率100%。\n")
    assert doc.paragraphs[-1].kind == "body"
