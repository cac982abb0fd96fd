"""A mask that stands for what it hides: a law named by its title is read as 法律法规 (the
checklist's ``mask`` entries with ``stands_for``), so studying or publicising a law counts for
officials' study or legal publicity, and the words inside the title count for nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import excerpt, in_measures, statuses


def test_studying_a_law_named_by_its_title_is_officials_study(national):
    # real (015, the excerpt's last line): the study of a law named only by its title
    sentence = "组织学习《中华人民共和国国家安全法》"
    assert sentence in excerpt("015.txt")
    assert statuses(in_measures(sentence + "。"), national)["topic.officials-study"] == "met"
    # constructed: two procedural laws studied by officials — study, not cases of 行政复议
    st = statuses(in_measures("组织全局中层以上干部学习《行政复议法》《行政诉讼法》。"), national)
    assert st["topic.officials-study"] == "met"
    assert st["topic.reconsideration-litigation"] == "missing"


@pytest.mark.parametrize("sentence", [
    "组织全体干部学习《习近平法治思想学习纲要》。",  # a book of political theory: xi-thought's, not a law
    "组织学习《法治政府建设实施纲要（2021—2025年）》。",  # a policy document
    "下一步，将组织干部学习《民法典》。",  # a plan
])
def test_a_title_that_is_no_law_or_a_plan_to_study_one_is_not_officials_study(national, sentence):
    assert statuses(in_measures(sentence), national)["topic.officials-study"] == "missing"


def test_a_law_carried_to_an_audience_is_legal_publicity(national):
    assert statuses(in_measures("开展《民法典》宣传活动12场，发放资料3000余份。"), national)[
        "topic.legal-publicity"] == "met"
    assert statuses(in_measures("组织开展法律法规宣传活动6次。"), national)["topic.legal-publicity"] == "met"
    # 「宣传贯彻」 is carrying a regulation out, not taking it to the public
    assert statuses(in_measures("宣传贯彻《优化营商环境条例》。"), national)["topic.legal-publicity"] == "missing"
    # studying a law is not publicising it
    assert statuses(in_measures("组织干部学习《民法典》。"), national)["topic.legal-publicity"] == "missing"


def test_xi_thought_taken_to_places_is_publicity_but_a_lecture_with_no_audience_is_not(national):
    met = "组织开展习近平法治思想“进机关、进乡村、进校园、进企业”宣讲126场，受众1.8万人次。"
    assert statuses(in_measures(met), national)["topic.legal-publicity"] == "met"
    assert statuses(in_measures("组织习近平法治思想宣讲3场。"), national)["topic.legal-publicity"] == "missing"


def test_the_stand_in_keeps_positions_so_evidence_quotes_the_title_as_written(national):
    from fzcheck.engine import check
    from fzcheck.parser import parse
    from fzcheck.readers import SourceText, normalise_text

    text = in_measures("组织机关干部集中学习《民法典》，共4次。")
    doc = parse(SourceText(source="t.txt", text=normalise_text(text), encoding="utf-8", format="text"))
    result = next(r for r in check(doc, national).results if r.element.id == "topic.officials-study")
    assert result.status == "met"
    assert "学习《民法典》" in result.evidence[0].snippet
    assert result.evidence[0].why["object"] == "学习+法律法规"  # JSON says what was read: a law


def test_a_mask_with_stands_for_loads_and_a_malformed_one_is_refused(tmp_path: Path):
    from fzcheck.checklist import load_checklist
    from fzcheck.errors import ChecklistError

    good = tmp_path / "good.yaml"
    good.write_text("id: good\nextends: national\nmask+:\n  - {pattern: '《[^》]{0,20}规定》', stands_for: 法律法规}\n",
                    encoding="utf-8")
    checklist = load_checklist(str(good))
    assert checklist.stand_ins["《[^》]{0,20}规定》"] == "法律法规"
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nextends: national\nmask+:\n  - {stands_for: 法律法规}\n", encoding="utf-8")
    with pytest.raises(ChecklistError):
        load_checklist(str(bad))


def test_lint_knows_a_mask_that_stands_for_the_phrase_leaves_it_readable(tmp_path: Path):
    from fzcheck.checklist.lint import lint_checklist

    path = tmp_path / "c.yaml"
    path.write_text(
        "id: c\nextends: national\nmask+:\n"
        "  - {pattern: '观摩[^，。]{0,8}庭审', stands_for: 观摩庭审}\n  - '口号[^，。]{0,4}'\n"
        "elements:\n  - id: topic.officials-study\n    match:\n      any+: [[观摩庭审], [口号一]]\n",
        encoding="utf-8")
    _, problems = lint_checklist(str(path))
    masked = [p.render("en") for p in problems if p.message_key == "cl.phrase_masked"]
    assert len(masked) == 1 and "口号一" in masked[0]
