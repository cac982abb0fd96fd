"""At which heading levels a part is named: down to its max_level counted from the document's own
top level (a report numbered 「1.」「2.」 only has its parts at 「1.」), and the leaders' duty also as
an item 「1.」 of the measures part (EVIDENCE.md: L2, L3 or inline items)."""

from __future__ import annotations

import pytest

from conftest import OPENING, TITLE, excerpt, statuses

SHORT = "二、存在的不足和原因\n基层执法力量不足，原因是编制少。\n"


def test_the_duty_as_an_item_of_the_measures_part_is_its_heading_real(national):
    # real (051): the item 「2.落实推进法治建设第一责任人职责。」 (its (一) heading left out here)
    text = excerpt("051.txt")
    item = next(line.strip() for line in text.splitlines() if line.strip().startswith("2.落实推进"))
    text = f"{TITLE}\n{OPENING}\n一、主要举措和成效\n（一）加强组织领导\n{item}\n{SHORT}"
    assert statuses(text, national)["part.first-responsible"] == "met"
    # an item that names something else leaves the duty to the text (partial at most)
    other = "2.加强组织领导。县长主持召开常务会议专题研究法治政府建设4次，履行第一责任人职责。"
    text = f"{TITLE}\n{OPENING}\n一、主要举措和成效\n（一）加强组织领导\n{other}\n{SHORT}"
    assert statuses(text, national)["part.first-responsible"] == "partial"


def test_levels_count_from_the_documents_own_top(national):
    body = ("1.严格规范公正文明执法。全面落实行政执法三项制度，公示执法信息156条。\n"
            "2.存在的问题。一是执法人员数量不足。究其原因，主要是编制少。\n")
    assert statuses(f"{TITLE}\n{OPENING}\n{body}", national)["part.shortcomings"] == "met"
    # under 「一、」 headings a 「1.」 item is no part heading
    nested = f"{TITLE}\n{OPENING}\n一、主要举措和成效\n{body}"
    assert statuses(nested, national)["part.shortcomings"] == "partial"


def test_bracketed_titles_are_headings_and_page_buttons_are_not(national):
    from fzcheck.parser import parse
    from fzcheck.readers import SourceText, normalise_text

    text = (f"{TITLE}\n{OPENING}\n【深化商事制度改革】全面实施“五证合一”登记制度改革，新登记市场主体4216户。\n"
            "【存在的问题】一是执法人员不足。究其原因，主要是编制少。\n【打印】【关闭】\n【发布时间：2024-03-28】\n")
    doc = parse(SourceText(source="t.txt", text=normalise_text(text), encoding="utf-8", format="text"))
    assert [(h.title, h.style) for h in doc.headings] == [("深化商事制度改革", "bracket"), ("存在的问题", "bracket")]
    assert doc.run_in(doc.headings[0]).startswith("全面实施")
    assert statuses(text, national)["part.shortcomings"] == "met"


def test_a_part_no_heading_names_is_not_found_in_the_sections_of_named_parts(national):
    # an extract that starts at the shortcomings: their 「规范性文件报备不及时」 is no measure
    text = ("二、存在的问题和不足\n一是规范性文件管理还不够规范，个别部门规范性文件报备不及时。二是行政执法不够规范，"
            "行政复议纠错率偏高。三是普法针对性不强，调解组织作用发挥不充分。究其原因，主要是力量不足。\n"
            "三、2020年工作打算\n（一）加强规范性文件监督管理。\n（二）全面推行行政执法三项制度。\n")
    assert statuses(text, national)["part.measures"] == "missing"
    # the same content under topical headings before the shortcomings is the year's measures
    text = (f"{TITLE}\n{OPENING}\n一、加强制度建设\n审核规范性文件12件，公开行政执法信息860条，办理行政复议案件21件，"
            "开展普法活动46场，调解纠纷320件。\n二、存在的问题和不足\n基层力量不足，原因是编制少。\n")
    assert statuses(text, national)["part.measures"] == "partial"


def test_a_missing_topic_is_not_sent_to_the_shortcomings(national):
    """Where a missing topic belongs: the found part that holds the other topics' evidence; when
    none does (the measures under topical items, a 「存在的问题」 item after them), no part is named."""
    from fzcheck.engine import check
    from fzcheck.parser import parse
    from fzcheck.readers import SourceText, normalise_text
    from fzcheck.render.view import placement

    body = ("1.严格规范公正文明执法。全面落实行政执法三项制度，公示执法信息156条。\n"
            "2.存在的问题。一是执法人员数量不足。究其原因，主要是编制少。\n")
    doc = parse(SourceText(source="t.txt", text=normalise_text(f"{TITLE}\n{OPENING}\n{body}"), encoding="utf-8",
                           format="text"))
    report = check(doc, national)
    missing = next(r for r in report.results if r.element.id == "topic.digital")
    assert missing.status == "missing" and placement(report, missing) is None
    # with a measures part that holds the found topics, that part is named
    text = f"{TITLE}\n{OPENING}\n一、主要举措和成效\n全面落实行政执法三项制度，公示执法信息156条。\n{SHORT}"
    doc = parse(SourceText(source="t.txt", text=normalise_text(text), encoding="utf-8", format="text"))
    report = check(doc, national)
    missing = next(r for r in report.results if r.element.id == "topic.digital")
    place = placement(report, missing)
    assert place is not None and place.within is not None and place.within.element.id == "part.measures"


def test_topics_are_read_in_the_whole_text_when_the_measures_part_has_no_heading(national):
    # the duty names item (一); the year's work stands in items (二)… (held-out m29's form)
    text = (f"{TITLE}\n{OPENING}\n（一）严格履行第一责任人职责。区长主持召开常务会议专题研究法治政府建设2次。\n"
            "（二）抓好理论学习。区政府党组把习近平法治思想纳入理论学习中心组年度学习计划，全年专题学习3次。\n")
    st = statuses(text, national)
    assert st["part.first-responsible"] == "met" and st["topic.xi-thought"] == "met"
    # with a measures part named, topics stay in the parts their scope names
    named = (f"{TITLE}\n{OPENING}\n一、主要举措和成效\n全面落实行政执法三项制度，公示执法信息156条。\n"
             "二、存在的不足和原因\n习近平法治思想专题学习仅3次，原因是工作忙。\n")
    assert statuses(named, national)["topic.xi-thought"] == "missing"


def test_an_inline_item_title_names_the_leaders_duty_real(national):
    # real (075): 「一是担当作为,压实法治建设责任人职责。」 (EVIDENCE.md counts it as the part's heading)
    text = excerpt("075.txt")
    assert "一是担当作为,压实法治建设责任人职责。" in text
    body = "一是担当作为,压实法治建设责任人职责。区长主持召开常务会议专题研究法治政府建设4次。二是推进依法决策。"
    text = f"{TITLE}\n{OPENING}\n一、主要举措和成效\n{body}\n{SHORT}"
    assert statuses(text, national)["part.first-responsible"] == "met"


@pytest.mark.parametrize("body", [
    "一是主要负责人履行第一责任人职责，主持召开会议3次。二是推进依法决策。",  # a sentence of work: content only
    "区长认真履行推进法治建设第一责任人职责，主持召开常务会议专题研究法治政府建设4次。",
])
def test_the_duty_stated_in_a_sentence_is_content_not_a_heading(national, body):
    text = f"{TITLE}\n{OPENING}\n一、主要举措和成效\n{body}\n{SHORT}"
    assert statuses(text, national)["part.first-responsible"] == "partial"


def test_an_item_title_does_not_name_the_measures_part(national):
    body = "一是推进依法决策。重大行政决策全部经合法性审查。二是创建工作成效明显。获评示范村1个。"
    assert statuses(f"{TITLE}\n{OPENING}\n{body}\n{SHORT}", national)["part.measures"] != "met"

