"""A topic's children and the parent: a child whose words name the parent's system on their own
(children_specific) makes the topic partial alone; a child made of words of many fields
(座谈会, 征求意见) counts only in context or with another."""

from __future__ import annotations

from conftest import in_measures, statuses


def test_one_child_that_names_its_system_makes_three_systems_partial_not_a_generic_word(national):
    # children_specific: 执法记录仪 is the recording system itself (held-out k37's form)
    st = statuses(in_measures("执法人员开展现场执法时全程佩戴执法记录仪，全年记录执法音像资料460余条。"), national)
    assert st["topic.enforcement-three-systems"] == "partial"
    # major decisions' children are words of many fields: one alone, out of context, is not enough
    assert statuses(in_measures("召开居民座谈会3次。"), national)["topic.major-decisions"] == "missing"
