"""The title of a document the unit made itself (制定 / 修订 / 编制 / 出台 / 印发 / 审定《……》) is
read: what it is about is the work done. A title the unit forwarded, studied or carried out for
someone else stays masked (转发《……》, 贯彻实施《……纲要》)."""

from __future__ import annotations

import pytest

from conftest import excerpt, in_measures, statuses


def test_a_plan_the_unit_issued_names_its_work_real(national):
    # real (084): the city government's own annual work plan for the rule of law
    text = excerpt("084.txt")
    sentence = "印发《成都市人民政府2024年度法治政府建设重点工作安排》,明确七个方面24项工作任务"
    assert sentence in text
    assert statuses(in_measures(sentence + "。"), national)["topic.party-leadership"] != "missing"


@pytest.mark.parametrize(("sentence", "topic", "expected"), [
    ("修订《青溪县学校突发事件应急预案》，组织全县中小学开展应急疏散演练156场次。", "topic.emergency", "met"),
    ("转发《某省突发事件应急预案》。", "topic.emergency", "missing"),
    ("制定《清江区2024年法治政府建设实施方案》，明确6个方面28项任务；将法治建设纳入年度考核。",
     "topic.party-leadership", "met"),
    ("转发《关于加强法治政府建设工作的通知》。", "topic.party-leadership", "missing"),
    ("认真贯彻实施《法治政府建设实施纲要（2021—2025年）》。", "topic.party-leadership", "missing"),
])
def test_own_documents_are_read_forwarded_ones_are_not(national, sentence, topic, expected):
    assert statuses(in_measures(sentence), national)[topic] == expected

