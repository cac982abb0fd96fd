"""A court hearing attended (旁听……庭审) is the officials' study of law: the kind of case it names is
no case of the unit's own (a mask that stands for 旁听庭审)."""

from __future__ import annotations

from conftest import excerpt, in_measures, statuses


def test_a_hearing_attended_is_study_real(national):
    # real (045): 「领导干部和国家工作人员旁听庭审活动」
    text = excerpt("045.txt")
    sentence = "开展国家机关“谁执法谁普法”履职报告评议、领导干部和国家工作人员旁听庭审活动"
    assert sentence in text
    assert statuses(in_measures(sentence + "。"), national)["topic.officials-study"] == "met"


def test_the_kind_of_case_heard_is_not_the_units_case(national):
    st = statuses(in_measures("组织班子成员到区人民法院旁听行政案件庭审1次。"), national)
    assert st["topic.officials-study"] == "met"
    assert st["topic.reconsideration-litigation"] == "missing"
    # the unit's own cases still count
    st = statuses(in_measures("全年办理行政应诉案件21件，行政机关负责人出庭应诉率100%。"), national)
    assert st["topic.reconsideration-litigation"] == "met"
