"""A demand (「要求各部门……」「强调要……」) is what someone asked of others: not this year's work,
but the clauses before it, which say what was done, read as the sentence reads — unlike a plan
late in a sentence, which leaves an earlier clause only when it states an act of its own."""

from __future__ import annotations

import pytest

from conftest import excerpt, in_measures, statuses


def test_the_act_before_a_demand_counts_real(national):
    # real (090): the study vehicle before 「要求全区干部参加学习培训」
    text = excerpt("090.txt")
    sentence = "区领导带头参加法治培训,将习近平法治思想纳入党校干部培训课程,要求全区干部参加学习培训"
    assert sentence in text
    assert statuses(in_measures(sentence + "。"), national)["topic.xi-thought"] == "met"


@pytest.mark.parametrize(("sentence", "topic"), [
    ("12月，县政府常务会议专题学习习近平法治思想，县长带头作交流发言，要求各乡镇将其纳入学习内容。",
     "topic.xi-thought"),
    ("区政府常务会议专题研究法治政府建设工作3次，要求各部门抓好落实；将法治建设纳入年度考核。",
     "topic.party-leadership"),
])
def test_a_meeting_then_a_demand_is_the_meeting(national, sentence, topic):
    assert statuses(in_measures(sentence), national)[topic] == "met"


@pytest.mark.parametrize("sentence", [
    "会议要求各部门将法治建设纳入年度考核，开展法治督察。",  # the demand opens the sentence
    "会议要求：各部门将法治建设纳入年度考核；开展法治督察。",  # … and governs the 「；」 clauses after it
])
def test_what_is_demanded_is_not_done(national, sentence):
    assert statuses(in_measures(sentence), national)["topic.party-leadership"] == "missing"


def test_a_group_whose_words_reach_into_the_demand_is_not_evidence(national):
    # 常务会 stands before the demand, 法治政府建设 inside it: the meeting studied xi-thought, the
    # rule-of-law work is what it asked for
    sentence = "县政府常务会议专题学习习近平法治思想，强调要把习近平法治思想贯彻落实到法治政府建设全过程。"
    st = statuses(in_measures(sentence), national)
    assert st["topic.xi-thought"] == "met"
    assert st["topic.party-leadership"] == "missing"


@pytest.mark.parametrize("sentence", [
    # 将 + a time or a place is the future too (held-out k12's form)
    "按照国务院办公厅部署，我市将于2019年在全市各级行政执法机关全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。",
    "我局将在全系统推行行政执法公示制度。",
])
def test_jiang_yu_and_jiang_zai_are_plans(national, sentence):
    assert statuses(in_measures(sentence), national)["topic.enforcement-three-systems"] == "missing"


def test_the_same_sentence_done_counts(national):
    sentence = "全市各级行政执法机关全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。"
    assert statuses(in_measures(sentence), national)["topic.enforcement-three-systems"] == "met"
