"""Report titles the way they are set: a title ending in 情况 with no 报告, and one title broken
over two lines. (The forms are the held-out extracts' bench/heldout3 k06 and k08, invented
after real pages; the real corpus's titles all carry 报告.)"""

from __future__ import annotations

from fzcheck.document import Document
from fzcheck.parser import parse
from fzcheck.readers import SourceText, normalise_text

OPENING = "2017年，县市场监督管理局认真贯彻《法治政府建设实施纲要（2015—2020年）》。现将工作情况报告如下："


def P(body: str) -> Document:
    return parse(SourceText(source="x", text=normalise_text(body), encoding="utf-8", format="text"))


def test_a_title_ending_in_qingkuang_is_the_title_above_the_text_only():
    doc = P(f"合溪县市场监督管理局2017年法治政府建设工作情况\n\n{OPENING}\n\n一、主要工作\n开展执法培训3期。\n")
    assert doc.title == "合溪县市场监督管理局2017年法治政府建设工作情况"
    assert doc.year == 2017 and doc.unit == "合溪县市场监督管理局"
    # below the opening, a bare line ending in 情况 is a heading of the text, not its title
    doc = P(f"{OPENING}\n\n2017年法治政府建设工作情况\n\n开展执法培训3期，参训人员120人次。\n")
    assert doc.title is None


def test_a_title_set_on_two_lines_is_one_title():
    doc = P(f"关于桃源镇2017年度法治政府建设\n工作情况的报告\n\n县法治政府建设领导小组办公室：\n{OPENING}\n")
    assert doc.title == "关于桃源镇2017年度法治政府建设工作情况的报告"
    assert doc.unit == "桃源镇" and doc.year == 2017
    assert [p.kind for p in doc.paragraphs[:2]] == ["title", "title"]


def test_a_line_above_a_whole_title_is_not_joined_to_it():
    doc = P(f"政府信息公开\n合溪县2017年法治政府建设工作报告\n\n{OPENING}\n")
    assert doc.title == "合溪县2017年法治政府建设工作报告"
    assert doc.paragraphs[0].kind == "chrome"


def test_a_unit_line_above_a_title_still_names_the_unit():
    doc = P(f"中共合溪县司法局党组\n2017年度法治政府建设工作报告\n\n{OPENING}\n")
    assert doc.title == "中共合溪县司法局党组2017年度法治政府建设工作报告"
    assert doc.unit == "中共合溪县司法局党组"


def test_a_title_broken_after_its_year_is_joined_though_its_second_line_reads_as_a_title():
    doc = P(f"临溪市人民政府关于临溪市2020年度\n法治政府建设情况的报告\n日期：2021年3月30日\n\n{OPENING}\n")
    assert doc.title == "临溪市人民政府关于临溪市2020年度法治政府建设情况的报告"
    assert doc.unit == "临溪市人民政府" and doc.year == 2020


def test_a_publication_label_with_a_space_and_no_colon_is_read():
    import datetime as dt

    page = "发布日期 2024-02-28　　来源 东川省司法厅　　【大 中 小】"
    doc = P(f"东川省司法厅2023年度法治政府建设情况报告\n{page}\n\n{OPENING}\n")
    assert doc.published == dt.date(2024, 2, 28)
    assert doc.paragraphs[1].kind == "chrome"
    # a sentence that speaks of a date is no label
    doc = P(f"东川省司法厅2023年度法治政府建设情况报告\n\n发布日期由省政府统一确定。\n{OPENING}\n")
    assert doc.published is None


def test_the_year_from_a_measures_heading_when_there_is_no_title():
    doc = P("一、2020年推进法治政府建设的主要举措和成效\n（一）深化放管服改革。取消证明事项24项。\n")
    assert doc.year == 2020
