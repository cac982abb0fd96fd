"""Rules of the national checklist added after the held-out check (bench/heldout/): each with a
sentence that must count and a constructed counter-example that must not (EVIDENCE.md)."""

from __future__ import annotations

from conftest import OPENING, TITLE, in_measures, statuses

FOUND = ("met", "partial")


def test_normative_docs_under_a_run_in_heading_count_on_the_body_sentence(national):
    # the run-in title holds 规范性文件, the body the review: the evidence is the body sentence
    text = in_measures("3.加强规范性文件管理。县政府全年制定规范性文件8件，全部经县政府法制办进行合法性审查，"
                       "并在规定时限内报市政府备案。")
    assert statuses(text, national)["topic.normative-docs"] == "met"
    # drafting documents is 制度建设, not review, filing or clean-up
    drafting = in_measures("（五）完善制度建设。县政府制定出台农村宅基地管理、城区停车管理等规范性文件5件。")
    assert statuses(drafting, national)["topic.normative-docs"] == "missing"


def test_documents_named_otherwise_count_when_reviewed_for_legality(national):
    assert statuses(in_measures("市司法局对涉疫情防控文件开展合法性审核37件，提出修改意见52条。"),
                    national)["topic.normative-docs"] == "met"
    # a contract reviewed for legality is no normative document
    assert statuses(in_measures("对国有建设用地出让合同开展合法性审查，全年审查合同23份。"),
                    national)["topic.normative-docs"] == "missing"


def test_a_legality_review_is_a_decision_step_only_when_applied_to_a_decision(national):
    st = statuses(in_measures("全年经厅法制机构合法性审查的规范性文件9件，报省政府备案9件。"), national)
    assert st["topic.major-decisions"] == "missing"
    st = statuses(in_measures("法律顾问审查合同23份，出具法律意见书12份。"), national)
    assert st["topic.major-decisions"] == "missing"
    st = statuses(in_measures("区政府常务会议讨论决定重大事项前，均进行合法性审查，全年审查17项。"), national)
    assert st["topic.major-decisions"] in FOUND


def test_reconsideration_cases_are_not_motions_of_the_congress(national):
    # 「行政复议案件」 holds 「议案」
    text = in_measures("全年受理行政复议案件38件，审结35件，直接纠错4件；办理行政应诉案件21件。")
    assert statuses(text, national)["topic.supervision"] == "missing"
    assert statuses(in_measures("办理人大议案3件、政协提案56件，办结率100%。"),
                    national)["topic.supervision"] == "met"


def test_a_responsibility_pledge_for_the_rule_of_law_is_a_mechanism(national):
    text = in_measures("县政府常务会议先后12次研究部署法治政府建设、重大行政决策等工作；"
                       "县政府与各乡镇签订法治政府建设目标责任书，年底进行考核。")
    assert statuses(text, national)["topic.party-leadership"] == "met"
    assert statuses(in_measures("与辖区企业签订安全生产目标责任书86份。"),
                    national)["topic.party-leadership"] == "missing"


def test_publicity_of_a_law_said_verb_first_is_legal_publicity(national):
    text = in_measures("（二）深入宣传民法典。开展《民法典》宣传进村入户活动，组织“民法典宣讲团”深入12个村巡回宣讲。")
    assert statuses(text, national)["topic.legal-publicity"] == "met"
    # officials studying the code is their study, not publicity to the public
    assert statuses(in_measures("组织机关干部集中学习民法典3次。"), national)["topic.legal-publicity"] == "missing"


def test_progress_of_the_years_work_names_the_measures_part(national):
    text = f"{TITLE}\n{OPENING}\n一、2019年法治政府建设推进情况\n全年审核规范性文件12件。\n"
    assert statuses(text, national)["part.measures"] == "met"
    plan = f"{TITLE}\n{OPENING}\n一、2024年度工作打算\n将继续审核规范性文件。\n"
    assert statuses(plan, national)["part.measures"] != "met"


def test_problems_stated_without_a_heading_are_the_shortcomings_in_the_body(national):
    body = "全年审核规范性文件12件。\n存在的主要问题是：执法人员结构老化，专业化程度不高。"
    assert statuses(f"{TITLE}\n{OPENING}\n一、主要举措和成效\n{body}\n", national)["part.shortcomings"] == "partial"
    solved = "全年审核规范性文件12件，及时解决群众反映的主要问题36个。"
    assert statuses(f"{TITLE}\n{OPENING}\n一、主要举措和成效\n{solved}\n", national)["part.shortcomings"] == "missing"


def test_a_closing_plan_without_a_heading_is_the_next_year_part_in_the_body(national):
    for plan in ("2026年，我局将加强规范性文件合法性审核，推进政务公开。",
                 "下一步，街道将继续深化政务公开，推动民生资金信息及时公开。"):
        text = f"{TITLE}\n{OPENING}\n一、主要举措和成效\n全年审核规范性文件12件。\n{plan}\n"
        assert statuses(text, national)["part.next-year"] == "partial", plan
    # 「将……纳入」 is the disposal construction, not a plan
    done = "2023年，县政府将法治建设纳入年度考核，全年审核规范性文件12件。"
    assert statuses(f"{TITLE}\n{OPENING}\n一、主要举措和成效\n{done}\n", national)["part.next-year"] == "missing"
