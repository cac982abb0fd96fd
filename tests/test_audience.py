"""Who the work is for (a matcher's ``not_for``): a lecture for pupils or villagers is legal
publicity, not the officials' own study (EVIDENCE.md: officials-study is 干部 学法 / 法治培训 /
讲座 of officials). The shared corpus has no lecture for the public, so the sentences are
constructed, in the form the held-out extracts use."""

from __future__ import annotations

import pytest

from conftest import in_measures, statuses


@pytest.mark.parametrize("sentence", [
    "全区中小学配齐法治副校长128名，全年开展法治讲座、模拟法庭等活动460场。",
    "深入村组开展法治讲座12场，受益群众3000余人次。",
])
def test_a_lecture_for_the_public_is_publicity_not_officials_study(national, sentence):
    st = statuses(in_measures(sentence), national)
    assert st["topic.officials-study"] == "missing"
    assert st["topic.legal-publicity"] == "met"


def test_a_lecture_for_officials_counts_and_the_audience_of_another_sentence_does_not_matter(national):
    assert statuses(in_measures("邀请法律顾问为机关干部开展法治讲座4场。"), national)["topic.officials-study"] == "met"
    # the public lecture is its own sentence (「；」): the officials' study before it still counts
    st = statuses(in_measures("组织干部会前学法12次；深入社区为居民开展法治讲座6场。"), national)
    assert st["topic.officials-study"] == "met"
