"""Report-level rules (doc.*): year, deadline, outdated terms, numbering, figures, plan year, title."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from fzcheck.checklist import lint_checklist, load_checklist
from fzcheck.cli import main
from fzcheck.engine import check
from fzcheck.parser import parse
from fzcheck.readers import SourceText, normalise_text, read_source
from fzcheck.results import CheckReport, ElementResult


@pytest.fixture(scope="module")
def national():
    return load_checklist("national")


def run(text: str, checklist, options: dict | None = None) -> CheckReport:
    doc = parse(SourceText(source="x", text=normalise_text(text), encoding="utf-8", format="markdown"))
    return check(doc, checklist, options)


def rule(report: CheckReport, rid: str) -> ElementResult:
    return next(r for r in report.results if r.element.id == rid)


def keys(result: ElementResult) -> list[str]:
    return [n.key for n in result.notes]


def report_text(year: int = 2023, published: str | None = None, plans: str | None = None,
                extra: str = "", numbers: tuple[str, ...] = ("一", "二", "三")) -> str:
    head = f"# 某区人民政府关于{year}年度法治政府建设情况的报告\n\n"
    if published:
        head += f"发布时间：{published} 09:18\n\n"
    plans = plans if plans is not None else f"{year + 1}年，我区将继续深化法治政府建设。"
    return (
        head + f"{year}年，我区坚持以习近平新时代中国特色社会主义思想为指导。{extra}\n\n"
        f"## {numbers[0]}、主要举措和成效\n\n区政府常务会议会前学法12次，审核行政规范性文件8件。\n\n"
        f"## {numbers[1]}、存在的不足和原因\n\n一是基层执法力量不足。究其原因，编制有限。\n\n"
        f"## {numbers[2]}、{year + 1}年度推进法治政府建设的主要安排\n\n{plans}\n"
    )


# ---------------------------------------------------------------- the real report (issue done-when)

@pytest.fixture
def real(real_report, national):
    return check(parse(read_source(str(real_report))), national)


def test_real_report_year_and_deadline(real):
    assert rule(real, "doc.year").status == "met"
    assert real.document.year == 2022
    deadline = rule(real, "doc.deadline")
    assert deadline.status == "met"
    assert deadline.notes[0].params["published"] == "2023-03-13"
    assert deadline.notes[0].params["due"] == "2023-03-31"


def test_real_report_outdated_covid_term(real):
    terms = rule(real, "doc.terminology")
    assert terms.status == "failed"
    hit = terms.notes[0]
    assert hit.params["term"] == "新冠肺炎" and hit.params["replacement"] == "新冠病毒感染"
    assert hit.line == 37
    assert "新冠肺炎" in terms.evidence[0].snippet


def test_real_report_half_width_numbering_is_a_style_note(real):
    numbering = rule(real, "doc.numbering")
    assert numbering.status == "met"
    assert keys(numbering) == ["rule.numbering.halfwidth"]
    assert numbering.notes[0].line == 11


def test_real_report_fangguanfu_lacks_figures(real):
    evidence = rule(real, "doc.evidence")
    assert evidence.status == "failed"
    flagged = {n.params["id"]: n.line for n in evidence.notes}
    assert flagged["topic.fangguanfu"] == 17
    # topics described with figures are not flagged
    assert "topic.reconsideration-litigation" not in flagged
    assert "topic.xi-thought" not in flagged


def test_real_report_court_appearance_rate_extracted(capsys, real_report):
    with pytest.raises(SystemExit):
        main(["validate", str(real_report), "-f", "json"])
    figures = json.loads(capsys.readouterr().out)["reports"][0]["figures"]
    assert {"line": 33, "text": "100%", "value": 100.0, "unit": "%", "label": "行政负责人出庭率"} in figures
    assert any(f["text"] == "1起" and "行政复议案件" in f["label"] for f in figures)


def test_real_report_plan_year_ok(real):
    assert rule(real, "doc.plan-year").status == "met"


# ---------------------------------------------------------------- deadline

def test_late_by_two_days(national):
    report = run(report_text(2023, "2024-04-02"), national)
    deadline = rule(report, "doc.deadline")
    assert deadline.status == "failed" and deadline.severity == "error"
    assert deadline.notes[0].key == "rule.deadline.late"
    assert deadline.notes[0].params["days"] == 2
    assert deadline.evidence[0].line == 3


def test_on_the_last_day_is_on_time(national):
    assert rule(run(report_text(2023, "2024-03-31"), national), "doc.deadline").status == "met"


def test_published_option_overrides_the_text(national):
    report = run(report_text(2023, "2024-03-01"), national, {"published": dt.date(2024, 4, 2)})
    assert rule(report, "doc.deadline").notes[0].params["days"] == 2


def test_unknown_publication_date_is_skipped_not_passed(national):
    deadline = rule(run(report_text(2023), national), "doc.deadline")
    assert deadline.status == "skipped" and not deadline.is_finding


def test_department_upward_date_is_a_softer_finding():
    department = load_checklist("department")
    soft = rule(run(report_text(2023, "2024-03-15"), department), "doc.deadline")
    assert soft.status == "failed" and soft.severity == "warning"
    assert [n.key for n in soft.notes] == ["rule.deadline.late", "rule.deadline.ok"]
    hard = rule(run(report_text(2023, "2024-04-02"), department), "doc.deadline")
    assert hard.severity == "error"


def test_cli_published_and_year_options(capsys, tmp_path):
    path = tmp_path / "r.md"
    path.write_text(report_text(2023).replace("2023年度", "年度"), encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["validate", str(path), "-f", "json", "--published", "2024-04-02", "--year", "2023"])
    data = json.loads(capsys.readouterr().out)["reports"][0]
    assert data["document"]["year"] == 2023 and data["document"]["year_source"] == "option"
    deadline = next(e for e in data["elements"] if e["id"] == "doc.deadline")
    assert deadline["status"] == "failed" and "2" in deadline["notes"][0]["message"]
    with pytest.raises(SystemExit) as exc:
        main(["validate", str(path), "--published", "2024-13-45"])
    assert exc.value.code == 2


# ---------------------------------------------------------------- year and title

def test_no_year_anywhere_is_missing(national):
    text = "# 某区法治政府建设情况报告\n\n## 一、主要举措和成效\n\n做了很多工作。\n"
    assert rule(run(text, national), "doc.year").status == "missing"


def test_year_from_opening_text(national):
    text = "## 一、主要举措和成效\n\n2023年，我区推进法治政府建设。\n"
    year = rule(run(text, national), "doc.year")
    assert year.status == "met" and year.notes[0].key == "rule.year.text"


def test_work_summary_title_is_flagged(national):
    text = report_text(2023).replace("关于2023年度法治政府建设情况的报告", "2023年法治政府建设工作总结")
    title = rule(run(text, national), "doc.title")
    assert title.status == "failed"
    assert {"rule.title.genre", "rule.title.lacks"} <= set(keys(title))


def test_good_title_passes(national):
    assert rule(run(report_text(2023), national), "doc.title").status == "met"


# ---------------------------------------------------------------- numbering

def test_gap_one_two_four(national):
    numbering = rule(run(report_text(2023, numbers=("一", "二", "四")), national), "doc.numbering")
    assert numbering.status == "failed"
    gap = next(n for n in numbering.notes if n.key == "rule.numbering.gap")
    assert gap.params["expected"] == 3 and gap.params["marker"] == "四、"


def test_repeat_is_flagged(national):
    numbering = rule(run(report_text(2023, numbers=("一", "二", "二")), national), "doc.numbering")
    assert "rule.numbering.repeat" in keys(numbering)


def test_mixed_brackets_at_one_level(national):
    text = ("# 某区2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n（一）学法\n\n做了。\n\n(二)执法\n\n做了。\n\n"
            "二、存在的不足和原因\n\n无。\n")
    numbering = rule(run(text, national), "doc.numbering")
    assert numbering.status == "failed" and "rule.numbering.mixed_level" in keys(numbering)


def test_full_width_consistent_numbering_passes(national):
    text = ("# 某区2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n（一）学法\n\n做了。\n\n"
            "（二）执法\n\n做了。\n\n1.公示\n\n做了。\n\n2.记录\n\n做了。\n\n二、存在的不足和原因\n\n无。\n")
    numbering = rule(run(text, national), "doc.numbering")
    assert numbering.status == "met" and numbering.notes == []


# ---------------------------------------------------------------- terminology

def test_old_plan_cited_as_current_depends_on_year(national):
    extra = "全面落实《法治政府建设实施纲要（2015—2020年）》。"
    new = rule(run(report_text(2023, extra=extra), national), "doc.terminology")
    assert new.status == "failed"
    assert new.notes[0].params["replacement"] == "法治政府建设实施纲要（2021—2025年）"
    old = rule(run(report_text(2020, extra=extra), national), "doc.terminology")
    assert old.status == "met"


def test_covid_term_depends_on_the_date_written(national):
    extra = "统筹做好新冠肺炎疫情防控。"
    before = run(report_text(2022, "2022-12-01", extra=extra), national)
    after = run(report_text(2022, "2023-03-01", extra=extra), national)
    assert rule(before, "doc.terminology").status == "met"
    assert rule(after, "doc.terminology").status == "failed"


def test_renamed_term_is_outdated_from_its_rename_date_on(national):
    # 新冠肺炎 was renamed on 2022-12-26: text written that day already uses the old name wrongly
    extra = "统筹做好新冠肺炎疫情防控。"
    eve = rule(run(report_text(2022, "2022-12-25", extra=extra), national), "doc.terminology")
    day = rule(run(report_text(2022, "2022-12-26", extra=extra), national), "doc.terminology")
    assert eve.status == "met" and eve.notes == []
    assert day.status == "failed" and day.notes[0].params["since"] == "2022-12-26"


def test_year_term_is_outdated_in_the_report_on_its_first_year(national):
    # 七五普法 ended with 2020: a 2021 report is the first for which 八五普法 is current
    extra = "深入开展七五普法。"
    assert rule(run(report_text(2020, extra=extra), national), "doc.terminology").status == "met"
    first = rule(run(report_text(2021, extra=extra), national), "doc.terminology")
    assert first.status == "failed" and first.notes[0].params["replacement"] == "八五普法"


def test_year_term_boundary_is_the_last_day_of_the_report_year(tmp_path):
    # by: year reads a report as written on 12-31 of its year: a term outdated from that very day is outdated
    path = tmp_path / "local.yaml"
    path.write_text(
        "id: local\nextends: national\nelements:\n  - id: doc.terminology\n    params:\n      terms:\n"
        "        - {term: 旧称, match: [旧称], replacement: 新称, since: 2023-12-31, by: year}\n",
        encoding="utf-8")
    local = load_checklist(str(path))
    assert rule(run(report_text(2023, extra="沿用旧称。"), local), "doc.terminology").status == "failed"
    assert rule(run(report_text(2022, extra="沿用旧称。"), local), "doc.terminology").status == "met"


def test_nineteenth_congress_only_when_the_twentieth_is_absent(national):
    stale = rule(run(report_text(2023, extra="深入贯彻党的十九大精神。"), national), "doc.terminology")
    assert stale.status == "failed"
    current = rule(run(report_text(2023, extra="深入贯彻党的十九大和二十大精神。"), national), "doc.terminology")
    assert current.status == "met"
    earlier = rule(run(report_text(2022, extra="深入贯彻党的十九大精神。"), national), "doc.terminology")
    assert earlier.status == "met"


def test_six_term_goal_and_seventh_five_year_publicity(national):
    extra = "努力建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。深入开展“七五”普法。"
    terms = rule(run(report_text(2022, extra=extra), national), "doc.terminology")
    replacements = {n.params["replacement"] for n in terms.notes}
    assert replacements == {"智能高效、廉洁诚信、人民满意", "八五普法"}


# ---------------------------------------------------------------- plan year and figures

def test_stale_plan_year(national):
    plan = rule(run(report_text(2023, plans="2023年，我区将继续深化改革。"), national), "doc.plan-year")
    assert plan.status == "failed"
    assert plan.notes[0].params == {"year": 2023, "expected": 2024}


def test_plan_referring_back_to_this_year_is_fine(national):
    plans = "在2023年工作基础上，2024年我区将重点推进执法规范化。"
    assert rule(run(report_text(2023, plans=plans), national), "doc.plan-year").status == "met"


def test_topic_without_figures_is_flagged(national):
    text = ("# 某区2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n### （一）深化放管服改革\n\n"
            "持续优化营商环境，深化证照分离改革，推进权责清单管理。\n\n### （二）政务公开\n\n"
            "主动公开政府信息1200条，办理依申请公开45件。\n")
    evidence = rule(run(text, national), "doc.evidence")
    flagged = [n.params["id"] for n in evidence.notes]
    assert flagged == ["topic.fangguanfu"]
    assert evidence.notes[0].line == 7


# ---------------------------------------------------------------- rules as data

def test_rules_can_be_disabled_and_reseveritied(tmp_path):
    path = tmp_path / "local.yaml"
    path.write_text(
        "id: local\nextends: national\ndisable: [doc.numbering]\nelements:\n"
        "  - id: doc.evidence\n    severity: info\n"
        "  - id: doc.deadline\n    params:\n      deadlines: [{name: 报送, month: 2, day: 15}]\n",
        encoding="utf-8")
    local = load_checklist(str(path))
    assert local.get("doc.numbering") is None
    assert local.get("doc.evidence").severity == "info"
    report = run(report_text(2023, "2024-02-20"), local)
    deadline = rule(report, "doc.deadline")
    assert deadline.status == "failed" and deadline.notes[0].params["days"] == 5


def test_lint_unknown_rule_and_parameter(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "id: bad\nextends: national\nelements:\n"
        "  - id: doc.colour\n    kind: doc\n    rule: colour\n    title: 颜色\n    severity: info\n"
        "    basis: 无\n    hint: 无\n"
        "  - id: doc.deadline\n    params: {deadlinez: []}\n",
        encoding="utf-8")
    _, problems = lint_checklist(str(path))
    found = {(p.message_key, p.line) for p in problems}
    assert ("cl.rule", 6) in found
    assert ("cl.unknown_key", 12) in found


def test_every_rule_parameter_is_written_out_in_national(national):
    """A checklist author sees each report-level rule's parameters in national.yaml; the Python
    defaults are only a fallback and say the same (terminology's terms are data: the list lives
    in the checklist, and a checklist without terms flags nothing)."""
    from fzcheck.rules import RULE_NAMES, rule_module

    seen = set()
    for el in national.elements:
        if el.kind != "doc":
            continue
        seen.add(el.rule)
        defaults = rule_module(el.rule).DEFAULTS
        assert set(el.params) == set(defaults), el.id
        for key, value in defaults.items():
            if (el.rule, key) != ("terminology", "terms"):
                assert el.params[key] == value, (el.id, key)
    assert seen == set(RULE_NAMES)


def test_rule_parameters_are_read_from_the_checklist(tmp_path):
    # the plan-year window and cues, the title's required words: overridden in a checklist, obeyed
    path = tmp_path / "local.yaml"
    path.write_text(
        "id: local\nextends: national\nelements:\n"
        "  - id: doc.plan-year\n    params: {cues: [谋划], window: 3}\n"
        "  - id: doc.title\n    params: {require: [[法治政府建设], [情况报告]]}\n",
        encoding="utf-8")
    local = load_checklist(str(path))
    cued = report_text(2023, plans="2023年谋划推进执法规范化。")
    far = report_text(2023, plans="2023年，区里谋划推进执法规范化。")
    assert rule(run(cued, local), "doc.plan-year").status == "failed"
    assert rule(run(far, local), "doc.plan-year").status == "met"  # 谋划 stands 4 characters after 年
    title = rule(run("# 某区2023年度法治政府建设报告\n\n正文。\n", local), "doc.title")
    assert title.status == "failed" and title.notes[0].params == {"word": "情况报告"}
