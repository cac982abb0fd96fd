"""Words read in their context (the fourth held-out set's findings, each with its counter-example):
the national 全面依法治国 is no mechanism of the unit, 依法应对 needs something that happened, a
demand 「要在……」 is not done, online applications are digital government, a lecture on a law is
officials' study."""

from __future__ import annotations

import pytest

from conftest import excerpt, in_measures, statuses


def test_the_units_own_rule_of_law_committee_counts_real(national):
    # real (075): the district's own 依法治区 committee deploying its work plan
    text = excerpt("075.txt")
    sentence = ("召开区委全面依法治区委员会第五次会议,调整依法治区委员会委员、协调小组成员及其工作规则,"
                "研究依法治区年度工作要点")
    assert sentence in text
    assert statuses(in_measures(sentence + "。"), national)["topic.party-leadership"] != "missing"


def test_the_national_policy_is_no_mechanism_of_the_unit(national):
    sentence = "11月中央全面依法治国工作会议召开后，县政府常务会议第一时间传达学习习近平法治思想。"
    st = statuses(in_measures(sentence), national)
    assert st["topic.party-leadership"] == "missing" and st["topic.xi-thought"] == "met"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("（五）依法应对行政争议。全年发生行政复议案件2件、行政诉讼案件1件。", "missing"),
    ("依法处置突发环境事件2起，启动应急响应1次。", "met"),
])
def test_yifa_yingdui_needs_an_emergency(national, sentence, expected):
    assert statuses(in_measures(sentence), national)["topic.emergency"] == expected


def test_a_demand_with_yaozai_is_not_done(national):
    demand = "会议明确，各部门要在年底前全面建立法律顾问制度，充分发挥法律顾问在依法决策中的作用。"
    assert statuses(in_measures(demand), national)["topic.legal-advisers"] == "missing"
    done = "全面建立法律顾问制度，聘请律师3名担任常年法律顾问，审查合同42份。"
    assert statuses(in_measures(done), national)["topic.legal-advisers"] == "met"


def test_online_applications_and_city_management_platforms_are_digital(national):
    assert statuses(in_measures("全年社会组织登记、变更、注销等事项全部实行网上申请、网上审核。"),
                    national)["topic.digital"] == "met"
    platform = "依托智慧城管平台受理处置各类城市管理问题1.4万件。"
    assert statuses(in_measures(platform), national)["topic.digital"] == "met"
    assert statuses(in_measures("受理社会组织登记申请86件。"), national)["topic.digital"] == "missing"


def test_publishing_penalty_results_is_enforcement_publicity(national):
    sentence = "在镇政务公开栏公示执法人员信息和行政处罚结果。"
    assert statuses(in_measures(sentence), national)["topic.enforcement-three-systems"] == "partial"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("乡司法所为乡机关干部开展民法典专题讲座1场。", "met"),
    ("邀请律师为全局执法队员开展《行政处罚法》专题讲座2场。", "met"),
    ("局长带头为全局民警讲授法治课1次。", "met"),
    ("乡司法所为村民开展民法典专题讲座3场。", "missing"),  # for the public: publicity
    ("邀请专家开展心理健康专题讲座2场。", "missing"),  # no law
])
def test_a_lecture_on_a_law_for_officials_is_their_study(national, sentence, expected):
    assert statuses(in_measures(sentence), national)["topic.officials-study"] == expected
