"""The engine: statuses, evidence and score of each element for real, example and crafted reports."""

from __future__ import annotations

import pytest

from conftest import REPO
from fzcheck.checklist import load_checklist
from fzcheck.engine import check
from fzcheck.parser import parse
from fzcheck.readers import SourceText, normalise_text, read_source
from fzcheck.results import CheckReport, ElementResult

EXAMPLES = REPO / "examples"


@pytest.fixture(scope="module")
def national():
    return load_checklist("national")


def run(text: str, checklist, fmt: str = "markdown") -> CheckReport:
    doc = parse(SourceText(source="x", text=normalise_text(text), encoding="utf-8", format=fmt))
    return check(doc, checklist)


def by_id(report: CheckReport) -> dict[str, ElementResult]:
    return {r.element.id: r for r in report.results}


def statuses(report: CheckReport) -> dict[str, str]:
    out = {}
    for r in report.results:
        out[r.element.id] = r.status
        for c in r.children:
            out[c.element.id] = c.status
    return out


def lines_of(result: ElementResult) -> list[int]:
    return [e.line for e in result.evidence]


def child(result: ElementResult, suffix: str) -> ElementResult:
    found = [c for c in result.children if c.element.id.endswith(suffix)]
    assert len(found) == 1, [c.element.id for c in result.children]
    return found[0]


def snippet_pieces(snippet: str) -> list[str]:
    return [piece.strip() for piece in snippet.split("…") if piece.strip()]


# ---------------------------------------------------------------- the real report

@pytest.fixture
def real(real_report, national):
    src = read_source(str(real_report))
    return src, check(parse(src), national)


def test_real_report_statuses(real):
    _, report = real
    st = by_id(report)
    assert st["part.first-responsible"].status == "missing"
    assert st["part.first-responsible"].evidence == []
    met = ["part.measures", "part.next-year", "topic.xi-thought", "topic.fangguanfu",
           "topic.normative-docs", "topic.major-decisions", "topic.enforcement-three-systems",
           "topic.reconsideration-litigation", "topic.transparency", "topic.disputes"]
    wrong = {eid: st[eid].status for eid in met if st[eid].status != "met"}
    assert wrong == {}
    # the section lists problems (「一是普法宣传效果有待提高……」) but states no cause; the word
    # 「原因」 in its own heading is not one
    shortcomings = st["part.shortcomings"]
    assert shortcomings.status == "partial"
    assert [(c.element.id, c.status) for c in shortcomings.children] == [("part.shortcomings.causes", "missing")]
    from fzcheck.render.jsonout import note_text

    assert [note_text(n, report.checklist, "zh") for n in shortcomings.notes] == ["未写明原因"]


def test_real_report_results_follow_checklist(real, national):
    _, report = real
    assert [r.element.id for r in report.results] == [el.id for el in national.elements]
    for r in report.results:
        if r.element.kind == "doc":
            assert r.status in ("met", "failed", "missing", "skipped"), r.element.id
            continue
        assert r.status in ("met", "partial", "missing")
        if r.status != "missing":
            assert r.evidence, r.element.id


def test_real_report_enforcement_children(real):
    _, report = real
    three = by_id(report)["topic.enforcement-three-systems"]
    assert len(three.children) == 3
    for suffix in (".publicity", ".recording", ".legal-review"):
        c = child(three, suffix)
        assert c.status == "met", suffix
        assert 29 in lines_of(c), (suffix, lines_of(c))


def test_real_report_evidence_lines(real):
    _, report = real
    st = by_id(report)
    assert lines_of(st["part.measures"])[0] == 9
    assert lines_of(st["part.shortcomings"])[0] == 39
    assert lines_of(st["part.next-year"])[0] == 43
    assert {15, 17} & set(lines_of(st["topic.fangguanfu"]))
    assert 21 in lines_of(st["topic.normative-docs"])
    assert 33 in lines_of(st["topic.reconsideration-litigation"])
    assert 33 in lines_of(st["topic.transparency"])
    assert {35, 37} & set(lines_of(st["topic.disputes"]))


def test_real_report_part_sections(real):
    _, report = real
    st = by_id(report)
    assert st["part.measures"].section is not None
    assert st["part.measures"].section[0] == 9
    assert 37 <= st["part.measures"].section[1] < 39
    assert st["part.shortcomings"].section[0] == 39
    assert st["part.next-year"].section[0] == 43


def test_real_report_topic_evidence_lies_in_measures_part(real):
    # Topics are searched inside the measures part (lines 9-37): never in the opening, the
    # shortcomings or the plans for next year.
    _, report = real
    outside = []
    for r in report.results:
        if r.element.kind != "topic":
            continue
        for e in r.evidence + [e for c in r.children for e in c.evidence]:
            if not 9 <= e.line <= 37:
                outside.append((r.element.id, e.line, e.snippet))
    assert outside == []


def test_real_report_snippets_quote_the_line(real):
    src, report = real
    lines = src.text.split("\n")
    bad = []
    for r in report.results:
        for e in r.evidence + [e for c in r.children for e in c.evidence]:
            assert e.snippet.strip(), r.element.id
            line = lines[e.line - 1]
            for piece in snippet_pieces(e.snippet):
                if piece not in line:
                    bad.append((r.element.id, e.line, piece))
    assert bad == []


def test_real_report_gb18030_copy_gives_same_results(real, real_report, tmp_path):
    _, report = real
    copy = tmp_path / "gb.txt"
    copy.write_bytes(real_report.read_text(encoding="utf-8").encode("gb18030"))
    gb_src = read_source(str(copy))
    assert gb_src.encoding == "gb18030"
    gb = check(parse(gb_src), report.checklist)

    def shape(rep: CheckReport):
        return [(r.element.id, r.status, lines_of(r), [(c.element.id, c.status, lines_of(c)) for c in r.children])
                for r in rep.results]

    assert shape(gb) == shape(report)
    assert gb.score == report.score


def test_real_report_township_profile(real_report):
    township = load_checklist("township")
    report = check(parse(read_source(str(real_report))), township)
    st = by_id(report)
    assert st["part.first-responsible"].status == "missing"
    assert st["part.first-responsible"].severity == "error"
    assert st["topic.disputes"].severity == "error"
    assert st["topic.disputes"].status == "met"


# ---------------------------------------------------------------- the examples

@pytest.fixture(scope="module")
def complete(national):
    return check(parse(read_source(str(EXAMPLES / "complete-report.md"))), national)


@pytest.fixture(scope="module")
def deficient(national):
    return check(parse(read_source(str(EXAMPLES / "deficient-report.md"))), national)


def test_complete_example_meets_every_error_element(complete):
    not_met = {r.element.id: r.status for r in complete.results
               if r.element.severity == "error" and r.status != "met"}
    assert not_met == {}
    assert complete.count("error") == 0


def test_complete_example_enforcement_children(complete):
    three = by_id(complete)["topic.enforcement-three-systems"]
    assert [c.status for c in three.children] == ["met"] * 3


def test_deficient_example(deficient):
    st = by_id(deficient)
    missing = ["part.first-responsible", "topic.normative-docs", "topic.major-decisions", "topic.legal-advisers",
               "topic.reconsideration-litigation", "topic.digital"]
    assert {eid: st[eid].status for eid in missing} == dict.fromkeys(missing, "missing")
    assert st["part.shortcomings"].status == "partial"
    assert st["part.shortcomings"].evidence  # the part is there: evidence points at it
    three = st["topic.enforcement-three-systems"]
    assert three.status == "partial"
    assert child(three, ".publicity").status == "met"
    assert child(three, ".recording").status == "missing"
    assert child(three, ".legal-review").status == "missing"
    assert deficient.count("error") >= 6


def test_example_snippets_quote_the_text(complete, deficient):
    for report, name in ((complete, "complete-report.md"), (deficient, "deficient-report.md")):
        lines = (EXAMPLES / name).read_text(encoding="utf-8").split("\n")
        doc = report.document
        for r in report.results:
            for e in r.evidence:
                p = doc.paragraphs[e.paragraph]
                assert p.line == e.line
                original = "".join(lines[p.line - 1:p.end_line])
                for piece in snippet_pieces(e.snippet):
                    assert piece.replace(" ", "") in original.replace(" ", ""), (name, r.element.id, piece)


def test_score(complete, deficient):
    assert 0 <= deficient.score <= 100
    assert 0 <= complete.score <= 100
    assert complete.score > deficient.score
    assert complete.score >= 90
    assert deficient.score < 80


@pytest.mark.parametrize(("graded", "expected"), [
    # (severity, status) pairs → weighted coverage: error 3, warning 2, info 1; met 1, partial 0.5
    ([("error", "met"), ("warning", "missing")], 60.0),          # 3 / 5
    ([("warning", "met"), ("info", "missing")], 66.7),           # 2 / 3
    ([("error", "partial"), ("info", "met")], 62.5),             # (1.5 + 1) / 4
    ([("warning", "partial"), ("info", "failed")], 33.3),        # 1 / 3
    ([("error", "missing"), ("info", "met"), ("error", "skipped")], 25.0),  # 1 / 4: skipped does not count
    ([("info", "skipped")], 100.0),
])
def test_score_weights_severity_and_status(national, graded, expected):
    from dataclasses import replace

    from fzcheck.results import score

    base = national.get("part.measures")
    results = [ElementResult(replace(base, id=f"e{i}", severity=sev, weight=None), status)
               for i, (sev, status) in enumerate(graded)]
    assert score(results) == expected


def test_score_of_a_real_report_is_the_documented_formula(deficient):
    weight, value = {"error": 3, "warning": 2, "info": 1}, {"met": 1, "partial": 0.5, "missing": 0, "failed": 0}
    counted = [r for r in deficient.results if r.status != "skipped"]
    total = sum(weight[r.element.severity] for r in counted)
    got = sum(weight[r.element.severity] * value[r.status] for r in counted)
    assert {r.element.severity for r in counted} == {"error", "warning", "info"}
    assert {r.status for r in counted} >= {"met", "partial", "missing"}
    assert deficient.score == round(100 * got / total, 1)


# ---------------------------------------------------------------- crafted reports

OPENING = "2023年，我区坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设。"

CRAFTED = f"""# 某区2023年度法治政府建设情况报告

{OPENING}

## 一、主要举措和成效

### （一）深化放管服改革

深化“放管服”改革，优化营商环境，动态调整权责清单，全年精简行政审批事项12项。

### （二）推进政务公开

全年主动公开政府信息1200条，办理依申请公开15件。

## 二、存在的问题

部分干部法治意识不强，执法力量薄弱。

## 三、下一步工作打算

2024年，组织党工委理论学习中心组专题学习习近平法治思想，加强行政规范性文件合法性审核和备案审查。
"""


def test_crafted_report_baseline(national):
    st = by_id(run(CRAFTED, national))
    assert st["part.measures"].status == "met"
    assert lines_of(st["part.measures"]) == [5]
    assert st["part.next-year"].status == "met"
    assert lines_of(st["part.next-year"]) == [19]
    assert st["topic.fangguanfu"].status == "met"
    assert st["topic.transparency"].status == "met"


def test_opening_formula_is_not_evidence(national):
    st = by_id(run(CRAFTED, national))
    assert st["topic.xi-thought"].status == "missing"
    assert 3 not in [e.line for r in st.values() for e in r.evidence if r.element.kind == "topic"]


def test_opening_formula_is_not_evidence_without_parts(national):
    # No part headings: topics are searched in the whole text, and the formula must still not count.
    text = f"某区2023年度法治政府建设情况报告\n{OPENING}\n全年主动公开政府信息1200条。\n"
    st = by_id(run(text, national, "text"))
    assert st["part.measures"].status != "met"
    assert st["topic.transparency"].status == "met"  # the whole text is searched
    assert st["topic.xi-thought"].status == "missing"


def test_formula_inside_measures_is_not_evidence(national):
    formula = OPENING.removeprefix("2023年，我区")
    text = CRAFTED.replace("全年主动公开政府信息1200条", formula + "全年主动公开政府信息1200条")
    st = by_id(run(text, national))
    assert st["topic.xi-thought"].status == "missing"


def test_described_study_is_evidence(national):
    # the control for the tests above: an activity in the measures part counts
    text = CRAFTED.replace("全年主动公开政府信息1200条",
                           "区政府党组理论学习中心组开展习近平法治思想专题学习4次。全年主动公开政府信息1200条")
    st = by_id(run(text, national))
    assert st["topic.xi-thought"].status == "met"
    assert lines_of(st["topic.xi-thought"]) == [13]


def test_next_year_part_is_not_evidence_when_measures_exist(national):
    st = by_id(run(CRAFTED, national))
    # 「专题学习习近平法治思想」 and 「规范性文件合法性审核」 appear only in the plans (line 21)
    assert st["topic.xi-thought"].status == "missing"
    assert st["topic.normative-docs"].status == "missing"
    moved = CRAFTED.replace("办理依申请公开15件。",
                            "办理依申请公开15件。加强行政规范性文件合法性审核和备案审查，审核12件。")
    assert by_id(run(moved, national))["topic.normative-docs"].status == "met"


def test_shortcomings_without_causes_is_partial(national):
    st = by_id(run(CRAFTED, national))
    result = st["part.shortcomings"]
    assert result.status == "partial"
    assert lines_of(result) == [15]
    assert child(result, ".causes").status == "missing"


def test_shortcomings_with_causes_is_met(national):
    text = CRAFTED.replace("执法力量薄弱。", "执法力量薄弱。究其原因，主要是学习培训不够系统、基层力量不足。")
    result = by_id(run(text, national))["part.shortcomings"]
    assert result.status == "met"
    assert child(result, ".causes").status == "met"
    assert 17 in lines_of(child(result, ".causes"))


def test_causes_in_heading_make_shortcomings_met(national):
    text = CRAFTED.replace("## 二、存在的问题", "## 二、存在的问题和原因").replace(
        "执法力量薄弱。", "执法力量薄弱，原因在于基层力量不足。")
    assert by_id(run(text, national))["part.shortcomings"].status == "met"


@pytest.mark.parametrize("title", ["主要举措及成效", "主要举措和成效", "2023年主要举措及成效", "2023年度工作开展情况"])
def test_measures_heading_synonyms(national, title):
    st = by_id(run(CRAFTED.replace("## 一、主要举措和成效", f"## 一、{title}"), national))
    assert st["part.measures"].status == "met"
    assert lines_of(st["part.measures"]) == [5]
    assert st["topic.fangguanfu"].status == "met"  # topics are still found inside it


@pytest.mark.parametrize("title", ["下一步工作打算", "2024年工作打算", "下一年度主要安排",
                                   "2024年度推进法治政府建设的主要安排", "下一步工作计划"])
def test_next_year_heading_synonyms(national, title):
    text = f"""某区2023年度法治政府建设情况报告
一、主要举措和成效
全年主动公开政府信息1200条。
二、存在的不足和原因
执法力量薄弱，原因是基层力量不足。
三、{title}
继续推进法治政府建设。
"""
    st = by_id(run(text, national, "text"))
    assert st["part.next-year"].status == "met"
    assert lines_of(st["part.next-year"]) == [6]
    assert st["part.measures"].status == "met"
    assert lines_of(st["part.measures"]) == [2]


def test_half_and_full_width_brackets_give_same_results(national):
    full = CRAFTED
    half = CRAFTED.replace("（一）", "(一)").replace("（二）", "(二)")
    assert half != full

    def shape(report):
        return [(r.element.id, r.status, lines_of(r), [(c.element.id, c.status) for c in r.children])
                for r in report.results]

    assert shape(run(half, national)) == shape(run(full, national))
    as_text = lambda s: s.replace("# ", "").replace("#", "")  # noqa: E731
    assert shape(run(as_text(half), national, "text")) == shape(run(as_text(full), national, "text"))


THEMATIC = """某县2023年法治政府建设情况报告
2023年，我县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。
一、深化放管服改革，优化营商环境
深化“放管服”改革，动态调整权责清单，全年精简行政审批事项15项，企业开办时间压缩至1个工作日。
二、加强行政规范性文件监督管理
全年审核行政规范性文件23件，备案审查19件，清理行政规范性文件56件。
三、规范重大行政决策
严格落实重大行政决策程序，5项重大行政决策事项均经公众参与、专家论证、风险评估、合法性审查和集体讨论决定。
四、严格规范公正文明执法
全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年办理行政执法案件320件。
五、依法化解矛盾纠纷
全年受理行政复议案件42件，行政应诉案件31件，行政机关负责人出庭应诉率100%；人民调解组织调解纠纷1200件。
六、全面推进政务公开
全年主动公开政府信息3200条，办理依申请公开28件。
七、深入开展普法宣传
组织普法宣传活动120场。
八、存在的不足和原因
一是部分单位重视不够。究其原因，主要是学习不够深入。
九、2024年工作打算
2024年，继续推进法治政府建设。
"""


def test_thematic_headings_give_partial_measures(national):
    st = by_id(run(THEMATIC, national, "text"))
    assert st["part.measures"].status == "partial"
    assert st["part.measures"].evidence
    assert all(3 <= line <= 15 for line in lines_of(st["part.measures"]))
    # the topics themselves are found in the text
    for eid in ("topic.fangguanfu", "topic.normative-docs", "topic.major-decisions",
                "topic.enforcement-three-systems", "topic.reconsideration-litigation", "topic.transparency"):
        assert st[eid].status == "met", eid
    assert st["part.shortcomings"].status == "met"
    assert st["part.next-year"].status == "met"


def test_thematic_topics_not_taken_from_plans(national):
    text = THEMATIC.replace("2024年，继续推进法治政府建设。", "2024年，加快一网通办和数据共享建设。")
    st = by_id(run(text, national, "text"))
    assert st["topic.digital"].status == "missing"


def test_report_without_anything(national):
    report = run("某区2023年度法治政府建设情况报告\n今年的工作很好。\n", national, "text")
    st = by_id(report)
    content = [r for r in report.results if r.element.kind != "doc"]
    assert all(r.status == "missing" for r in content), statuses(report)
    assert st["part.measures"].evidence == []
    # only the report-level rules that can pass (title, year) earn points
    assert st["doc.year"].status == "met" and st["doc.title"].status == "met"
    assert 0 < report.score < 15
