"""Plain text pasted from a PDF: wrapped lines joined, page margins left out (fzcheck.unwrap)."""

from __future__ import annotations

from pathlib import Path

from fzcheck.parser import parse
from fzcheck.readers import SourceText, normalise_text
from fzcheck.unwrap import NONE, layout

# Written for these tests, as a PDF viewer's copy gives a county bureau's report: lines cut at
# one width, a sentence running on over the next line and over a page's margins.
PASTED = """安澜县卫生健康局关于2018年度
法治政府建设工作情况的报告

2018年，县卫生健康局在县委、县政府的正确领导下，以党
的十九大精神为指引，认真落实法治政府建设实施纲要，扎实
推进依法行政，现将有关情况报告如下。
一、主要举措和成效
（一）加强组织领导。局党委把依法行政工作列入重要议事日
程，调整局机关科室职责分工，全年召开局党委会议专题研究
法治建设工作3次，与各医疗卫生单位签订依法执业责任书28份
，并将依法执业情况纳入年度目标考核。
（二）规范卫生监督执法。县卫生计生综合监督执法局全面推
行执法全过程记录，现场检查全部使用执法记录仪，全年形成音
视频记录1260余条；15名监督员全部持证上岗，参加省、市组
                                    安澜县卫生健康局
                              第2页 共4页
织的执法业务培训46人次。组织开展打击非法行医专项行动，
取缔无证诊所8家。
二、存在的问题
一是部分基层医疗机构依法执业意识淡薄，二是监督执法力量与
监管任务不相适应，三是普法宣传的针对性还不够强，有待提高
                                    安澜县卫生健康局
                              第3页 共4页
。
"""


def parsed(text: str):
    return parse(SourceText(source="t.txt", text=normalise_text(text), encoding="utf-8", format="text"))


def test_wrapped_lines_join_into_their_sentences():
    doc = parsed(PASTED)
    texts = [p.text for p in doc.paragraphs if p.kind in ("body", "heading")]
    assert "全年召开局党委会议专题研究法治建设工作3次" in "".join(texts)
    led = next(p for p in doc.paragraphs if p.text.startswith("（一）加强组织领导"))
    assert (led.line, led.end_line) == (8, 11) and led.text.endswith("纳入年度目标考核。")
    # over a page's margins: the running head and the page number are gone, the sentence goes on
    trained = next(p for p in doc.paragraphs if p.text.startswith("（二）规范卫生监督执法"))
    assert "参加省、市组织的执法业务培训46人次" in trained.text and "安澜县卫生健康局" not in trained.text
    assert not any("第2页" in p.text for p in doc.paragraphs)
    # headings stay headings: a short line with no full stop ends where it is
    assert [h.title for h in doc.headings if h.level == 1] == ["主要举措和成效", "存在的问题"]
    assert doc.title == "安澜县卫生健康局关于2018年度法治政府建设工作情况的报告"


def test_a_wrapped_text_reads_as_its_sentences(national):
    from fzcheck.engine import check

    statuses = {r.element.id: r.status for r in check(parsed(PASTED), national).results}
    # 「列入重要议事日」/「程」 and 「专题研究」/「法治建设」 stand on two lines of the copy: two mechanisms
    # once the sentence is whole (line by line, one false pair of a 责任书 and 法治建设 made it partial)
    assert statuses["topic.party-leadership"] == "met"
    assert statuses["topic.enforcement-capacity"] == "met"


def test_text_saved_a_paragraph_per_line_is_left_as_it_is(real_report: Path):
    # the real report (a portal's text, one paragraph per line) and a short text: nothing joined
    assert layout(real_report.read_text(encoding="utf-8")) == NONE
    short = "某镇2023年度法治政府建设情况报告\n一、主要举措和成效\n全年审核规范性文件12件\n调解纠纷36件\n"
    assert layout(short) == NONE


def test_a_blank_line_or_a_full_stop_ends_a_paragraph():
    lines = PASTED.replace("法治建设工作3次，与各医疗卫生单位签订依法执业责任书28份\n",
                           "法治建设工作3次，与各医疗卫生单位签订依法执业责任书28份\n\n")
    doc = parsed(lines)
    assert any(p.text.startswith("，并将依法执业情况") for p in doc.paragraphs)
    opening = next(p for p in doc.paragraphs if p.text.startswith("2018年"))
    assert opening.text.endswith("报告如下。")  # the heading under it stays its own line
