"""The shared reading of a result: gaps first, where a missing part belongs, the verdict line."""

from __future__ import annotations

from pathlib import Path

from fzcheck.api import check_file
from fzcheck.render.view import result_view

EXAMPLES = Path(__file__).parents[1] / "examples"


def test_real_report_missing_part_is_placed_between_its_neighbours(real_report: Path) -> None:
    view = result_view(check_file(str(real_report)), "zh")
    first = view.gaps[0]
    assert first.result.element.id == "part.first-responsible"
    # 厅字〔2019〕28号 order: after 二、存在的不足和原因, before 三、2023年度…主要安排
    assert first.where.startswith("应在 二、存在的不足和原因（第 39 行）之后、三、2023年度")
    assert first.where.endswith("（第 43 行）之前")
    assert [g.result.status for g in view.gaps] == sorted(
        (g.result.status for g in view.gaps), key=lambda s: s != "missing")
    text = view.verdict.text("zh")
    assert text.startswith("结论：不通过 — 缺少必备部分 1 个（党政主要负责人履行推进法治建设第一责任人职责情况）")
    assert f"需补充 {len(view.gaps)} 处" in text


def test_complete_example_passes_and_word_locations_name_the_heading() -> None:
    view = result_view(check_file(str(EXAMPLES / "complete-report.docx")), "zh")
    assert view.verdict.passed
    assert view.verdict.text("zh").startswith("结论：通过")
    measures = next(r for r in view.met if r.element.id == "part.measures")
    from fzcheck.render.view import location

    where = location(view.report.document,
                     measures.evidence[0].line, "zh", heading=measures.evidence[0].section)
    assert where.startswith("第 ") and "段（" in where and where.endswith("之下）")


def test_deficient_example_fails_with_the_failing_severity_only() -> None:
    report = check_file(str(EXAMPLES / "deficient-report.md"))
    assert not result_view(report, "zh").verdict.passed
    # --fail-on never keeps the exit code at 0; the report is still judged at error
    never = result_view(report, "zh", fail_on="never").verdict
    assert not never.passed and never.text("zh").startswith("结论：不通过")

