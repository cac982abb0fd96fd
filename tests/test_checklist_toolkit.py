"""The checklist authors' toolkit (issue 7): examples inside checklists and their runner, overlays
that add to or remove from inherited phrase lists, lint for silent failures, the generated
Markdown reference and the worked 湖北 checklist."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import pytest
import yaml

from conftest import REPO, SHARED
from fzcheck.checklist import builtin_names, lint_checklist, load_checklist, problem_level
from fzcheck.checklist.examples import format_report, run_command, run_examples
from fzcheck.errors import ChecklistError
from fzcheck.render.checklist_doc import checklist_markdown

# SPEC section 3: every element id of the built-in checklist (parts, topics, report-level rules)
SPEC_IDS = (
    "part.measures", "part.shortcomings", "part.first-responsible", "part.next-year", "part.other",
    "topic.xi-thought", "topic.party-leadership", "topic.fangguanfu", "topic.normative-docs",
    "topic.major-decisions", "topic.legal-advisers", "topic.enforcement-three-systems",
    "topic.enforcement-capacity", "topic.emergency", "topic.disputes", "topic.reconsideration-litigation",
    "topic.supervision", "topic.transparency", "topic.digital", "topic.legal-publicity", "topic.officials-study",
    "doc.title", "doc.year", "doc.deadline", "doc.terminology", "doc.numbering", "doc.evidence", "doc.plan-year",
)
BUILTINS = ("national", "township", "county", "department", "hubei")


def write(folder, name: str, text: str):
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def lint(path) -> tuple[object, list[ChecklistError]]:
    return lint_checklist(str(path))


def found(problems: list[ChecklistError], key: str) -> list[ChecklistError]:
    hits = [p for p in problems if p.message_key == key]
    assert hits, f"no {key} among {[(p.message_key, p.line, p.yaml_path) for p in problems]}"
    return hits


# ---------------------------------------------------------------- the built-in examples

def test_hubei_is_a_builtin():
    assert set(BUILTINS) <= set(builtin_names())


@pytest.mark.parametrize("name", BUILTINS)
def test_builtin_examples_pass_with_full_coverage(name):
    report = run_examples(load_checklist(name))
    assert report.failures == [], "\n".join(format_report(report, "en"))
    assert report.uncovered == [], report.uncovered
    assert report.run >= 2 * report.elements
    checklist = load_checklist(name)
    for el in checklist.elements:
        for target in (el, *el.children):
            assert target.examples.get("met") and target.examples.get("missing"), (name, target.id)


@pytest.mark.parametrize("name", BUILTINS)
def test_builtins_lint_clean_with_examples(name):
    checklist, problems = lint_checklist(name)
    assert [p.render("en") for p in problems] == []
    assert checklist is not None


def test_profiles_inherit_national_examples():
    national = load_checklist("national")
    township = load_checklist("township")
    # a severity change keeps the examples
    assert township.get("topic.disputes").severity != national.get("topic.disputes").severity
    assert township.get("topic.disputes").examples == national.get("topic.disputes").examples
    # department changes the deadlines, so it replaces the met examples and adds a missing one
    department = load_checklist("department")
    dep, nat = department.get("doc.deadline").examples, national.get("doc.deadline").examples
    assert dep["met"] != nat["met"]
    assert dep["missing"][: len(nat["missing"])] == nat["missing"]
    assert len(dep["missing"]) == len(nat["missing"]) + 1
    assert "department.yaml" in dep["missing"][-1].source


def test_run_command_output_and_exit_code():
    lines: list[str] = []
    assert run_command(["national"], coverage=True, write=lines.append) == 0
    assert lines[0].startswith("national：") and "全部通过" in lines[0]
    assert any("38/38" in line for line in lines)
    lines.clear()
    assert run_command(["county"], lang="en", write=lines.append) == 0
    assert lines == [f"county: all {run_examples(load_checklist('county')).run} examples pass"]


def test_examples_are_not_read_when_a_checklist_loads():
    """validate loads the checklist on every run: examples stay unparsed text until a test runs them."""
    code = ("import sys; from fzcheck.checklist import load_checklist; cl = load_checklist('national'); "
            "assert cl.get('topic.digital').examples['met']; "
            "print('fzcheck.checklist.examples' in sys.modules, 'fzcheck.parser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# ---------------------------------------------------------------- the runner catches broken checklists

def broken_copy(tmp_path, element_id: str = "topic.legal-advisers"):
    """national.yaml copied with one element's `any` replaced by a nonsense phrase."""
    data = yaml.safe_load((REPO / "checklists" / "national.yaml").read_text(encoding="utf-8"))
    data["id"] = "broken"
    element = next(el for el in data["elements"] if el["id"] == element_id)
    element["match"]["any"] = [["根本不会出现的短语甲乙丙"]]
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_runner_fails_naming_the_element_and_example_when_phrases_are_broken(tmp_path):
    path = broken_copy(tmp_path)
    report = run_examples(load_checklist(str(path)))
    assert not report.ok
    assert {f.element_id for f in report.failures} == {"topic.legal-advisers"}
    failure = report.failures[0]
    assert (failure.expected, failure.got) == ("met", "missing")
    assert "律师事务所" in failure.example.label(80)  # the example's own text
    assert failure.example.line is not None and str(path) in failure.example.source
    # what `fzcheck checklist test broken.yaml` prints, and its exit code
    lines: list[str] = []
    assert run_command([str(path)], write=lines.append) == 1
    text = "\n".join(lines)
    assert "topic.legal-advisers" in text and "区政府聘请2家律师事务所担任法律顾问" in text
    assert f"{path}:{failure.example.line}" in text
    # lint reports the same contradiction at the example's line
    checklist, problems = lint(path)
    assert checklist is None
    problem = found(problems, "cl.example_failed")[0]
    assert problem.line == failure.example.line
    assert "topic.legal-advisers" in problem.render("en")


def test_runner_fails_when_an_extending_checklist_breaks_an_inherited_element(tmp_path):
    path = write(tmp_path, "narrow.yaml", """
        schema_version: 1
        id: narrow
        extends: national
        elements:
          - id: topic.digital
            match:
              any-: [一网通办, 数据共享]
        """)
    report = run_examples(load_checklist(str(path)))
    assert {f.element_id for f in report.failures} == {"topic.digital"}
    assert all("national.yaml" in f.example.source for f in report.failures)


def test_swapped_examples_fail(tmp_path):
    """Every met example used as a missing one (and back) fails: the examples discriminate."""
    data = yaml.safe_load((REPO / "checklists" / "national.yaml").read_text(encoding="utf-8"))
    data["id"] = "swapped"
    for el in data["elements"]:
        for target in (el, *el.get("children", [])):
            ex = target["examples"]
            target["examples"] = {"met": ex["missing"], "missing": ex["met"]}
    path = tmp_path / "swapped.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    report = run_examples(load_checklist(str(path)))
    failed = {f.element_id for f in report.failures}
    assert failed == {el.id for el in load_checklist("national").elements} | {
        c.id for el in load_checklist("national").elements for c in el.children}
    assert len(report.failures) >= report.run - 1


# ---------------------------------------------------------------- example semantics

def test_example_forms_files_and_whole_reports(tmp_path):
    (tmp_path / "reports").mkdir()
    write(tmp_path / "reports", "good.md", """
        # 某某镇2023年度法治政府建设情况报告

        ## 一、主要举措和成效

        全镇创建民主法治示范村2个。
        """)
    path = write(tmp_path, "local.yaml", """
        schema_version: 1
        id: local
        extends: national
        elements:
          - id: topic.model-villages
            kind: topic
            title: 民主法治示范村创建
            severity: info
            basis: 某省工作指引
            hint: 写明示范村创建情况。
            match:
              scope: [part.measures]
              any: [民主法治示范村]
            examples:
              met:
                - 创建民主法治示范村3个。
                - {file: reports/good.md, note: 一个完整的报告文件}
                - report: |-
                    某某镇2023年度法治政府建设情况报告
                    全镇创建民主法治示范村2个。
              missing:
                - {report: "某某镇2023年度法治政府建设情况报告\\n二、存在的不足和原因\\n民主法治示范村创建不足。"}
                - {file: reports/absent.md}
        """)
    checklist = load_checklist(str(path))
    report = run_examples(checklist)
    assert len(checklist.get("topic.model-villages").examples["met"]) == 3
    # the only failure: the file that does not exist, reported as an error with the element and line
    assert [(f.element_id, f.got) for f in report.failures] == [("topic.model-villages", "error")]
    failure = report.failures[0]
    assert failure.example.line == 23 and failure.example.file == "reports/absent.md"
    assert "absent.md" in failure.error_text("en")
    assert "absent.md" in "\n".join(format_report(report, "en"))


def test_skipped_rules_fail_both_ways(tmp_path):
    """A doc example the rule cannot check (no publication date) proves nothing: it fails."""
    path = write(tmp_path, "undated.yaml", """
        schema_version: 1
        id: undated
        extends: national
        elements:
          - id: doc.deadline
            examples:
              met: ["某某区2023年度法治政府建设情况报告\\n正文。"]
              missing: ["某某区2023年度法治政府建设情况报告\\n正文。"]
        """)
    report = run_examples(load_checklist(str(path)))
    assert [(f.example.expect, f.got) for f in report.failures] == [("met", "skipped"), ("missing", "skipped")]
    assert report.failures[1].expected == "failed/missing"


def test_partial_examples_and_children_of_a_missing_part(tmp_path):
    path = write(tmp_path, "kids.yaml", """
        schema_version: 1
        id: kids
        extends: national
        elements:
          - id: part.shortcomings
            examples:
              partial: ["二、存在的问题\\n一是……；二是……。"]
              met: ["二、存在的问题\\n一是……。究其原因，……"]
            children:
              - id: part.shortcomings.causes
                title: 原因分析
                match:
                  any: [[原因, 究其]]
                examples:
                  met: [究其原因，主要是基层力量不足。]
                  missing: [一是基层力量不足。]
          - id: topic.enforcement-three-systems
            examples:
              partial+: [严格落实行政执法公示制度。]
        """)
    report = run_examples(load_checklist(str(path)))
    assert report.failures == [], "\n".join(format_report(report, "en"))
    # a part child's example is the text under the parent's heading; without the parent, not checked
    path2 = write(tmp_path, "orphan.yaml", """
        schema_version: 1
        id: orphan
        extends: ./kids.yaml
        elements:
          - id: part.shortcomings
            match:
              any: [[根本不会出现的标题]]
            fallback:
              any: [[根本不会出现的标题]]
        """)
    report = run_examples(load_checklist(str(path2)))
    child = [f for f in report.failures if f.element_id == "part.shortcomings.causes"]
    assert child and all(f.got.startswith("not checked") for f in child)


# ---------------------------------------------------------------- overlays

OVERLAY = """
schema_version: 1
id: overlay
extends: national
elements:
  - id: topic.digital
    match:
      any-: [互联网+]
      any+: [[鄂汇办, 政务服务一张网]]
  - id: topic.normative-docs
    match:
      all-: [[红头文件, 审核]]
      all+: [[[行政规范性, 制度文件], [审核, 备案, 清理]]]
      regex+: ["审核规范性文件\\\\d+件"]
  - id: part.measures
    match:
      exclude-: [短板]
      exclude+: [问题清单]
  - id: topic.officials-study
    match:
      scope-: [part.first-responsible]
      scope+: [part.other]
  - id: doc.deadline
    severity: warning
    params:
      deadlines+:
        - {name: 向上级报告, month: 3, day: 1, severity: info}
    examples:
      met: ["某某局2023年度法治政府建设情况报告\\n发布时间：2024-02-20\\n正文。"]
  - id: doc.terminology
    params:
      terms-: [党的十九大（作为最近一次党代会）]
"""


def test_overlays_add_and_remove_without_copying(tmp_path):
    path = write(tmp_path, "overlay.yaml", OVERLAY)
    national = load_checklist("national")
    cl = load_checklist(str(path))
    labels = [c.label for c in cl.get("topic.digital").match.any]
    assert labels == ["一网通办", "数据共享", "自助终端", "鄂汇办"]
    assert "互联网+" not in {v for c in cl.get("topic.digital").match.any for v in c.variants}
    nd = cl.get("topic.normative-docs").match
    # one group removed (the one holding 红头文件 and 审核), one added at the end
    assert len(nd.all) == len(national.get("topic.normative-docs").match.all)
    assert not any("红头文件" in g[0].variants for g in nd.all)
    assert nd.all[-1][0].label == "行政规范性"
    assert [rx.pattern for rx in nd.regex] == ["审核规范性文件\\d+件"]
    exclude = cl.get("part.measures").match.exclude
    assert "短板" not in exclude and exclude[-1] == "问题清单"
    assert len(exclude) == len(national.get("part.measures").match.exclude)
    assert cl.get("topic.officials-study").match.scope == ["part.measures", "part.other"]
    deadline = cl.get("doc.deadline")
    assert deadline.severity == "warning"
    assert [(d["month"], d["day"]) for d in deadline.params["deadlines"]] == [(3, 31), (3, 1)]
    terms = [t["term"] for t in cl.get("doc.terminology").params["terms"]]
    assert "党的十九大（作为最近一次党代会）" not in terms
    assert len(terms) == len(national.get("doc.terminology").params["terms"]) - 1
    # the rest of each element is inherited untouched, and national itself is unchanged
    assert cl.get("topic.digital").basis == national.get("topic.digital").basis
    assert "互联网+" in {v for c in national.get("topic.digital").match.any for v in c.variants}
    checklist, problems = lint(path)
    assert checklist is not None, [p.render("en") for p in problems]
    # regex+ where nothing was inherited: works, with a warning that plain regex says it better
    assert [(p.message_key, p.yaml_path) for p in problems] == [("cl.overlay_new", "elements[1].match.regex+")]


def test_overlay_on_title_params_uses_the_rule_default(tmp_path):
    path = write(tmp_path, "title.yaml", """
        schema_version: 1
        id: title
        extends: national
        elements:
          - id: doc.title
            params:
              discourage+: [工作情况]
        """)
    params = load_checklist(str(path)).get("doc.title").params
    assert params["discourage"][:2] == ["工作总结", "总结"] and params["discourage"][-1] == "工作情况"


def test_overlay_that_changes_nothing_is_a_lint_warning(tmp_path):
    path = write(tmp_path, "noop.yaml", """
        schema_version: 1
        id: noop
        extends: national
        elements:
          - id: topic.digital
            match:
              any-: [不存在的短语]
              scope-: [part.other]
          - id: topic.new
            kind: topic
            title: 新事项
            severity: info
            basis: 某某规定
            hint: 写明新事项。
            match:
              any+: [新事项]
            examples: {met: [开展新事项3次。], missing: [无关的文字。]}
          - id: doc.deadline
            params:
              deadlines-: [不存在的时限]
        """)
    checklist, problems = lint(path)
    assert checklist is not None  # warnings only: the checklist works
    assert {problem_level(p) for p in problems} == {"warning"}
    nothing = found(problems, "cl.overlay_nothing")
    assert [(p.line, p.yaml_path) for p in nothing] == [
        (7, "elements[0].match.any-[0]"), (8, "elements[0].match.scope-[0]"), (20, "elements[2].params.deadlines-[0]")]
    new = found(problems, "cl.overlay_new")[0]
    assert (new.line, new.yaml_path) == (16, "elements[1].match.any+")
    assert "warning:" in nothing[0].render("en") and "警告" in nothing[0].render("zh")
    # validate ignores lint warnings
    assert load_checklist(str(path)).get("topic.new").match.any[0].label == "新事项"


def test_schema_accepts_overlays_and_examples_and_rejects_bad_examples(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    from fzcheck.checklist import schema

    validator = jsonschema.Draft202012Validator(schema())
    assert list(validator.iter_errors(yaml.safe_load(OVERLAY))) == []
    path = write(tmp_path, "badex.yaml", """
        schema_version: 1
        id: badex
        extends: national
        elements:
          - id: topic.digital
            examples:
              met: [{text: 一网通办, file: x.md}]
              sometimes: [一网通办]
        """)
    checklist, problems = lint(path)
    assert checklist is None
    assert found(problems, "cl.type")[0].yaml_path == "elements[0].examples.met[0]"
    assert "text|report|file" in found(problems, "cl.type")[0].render("en")
    unknown = found(problems, "cl.unknown_key")[0]
    assert (unknown.line, unknown.yaml_path) == (8, "elements[0].examples.sometimes")


# ---------------------------------------------------------------- lint: silent failures

SILENT = """
schema_version: 1
id: silent
extends: national
elements:
  - id: topic.silent
    kind: topic
    title: 会出错的要素
    severity: info
    basis: 测试
    hint: 测试。
    match:
      min_hits: 2
      any:
        - "、"
        - "政务\u3000公开"
        - [信访, 信访事项]
        - [调解]
        - [人民调解员]
        - 《某某条例》
        - 补短板措施
      exclude: [补短板, 问题, 问题清单]
      regex: ["政务 公开", "\\\\d+％", "[、“]", "A级", "公开$\\\\d", "x^y",
              "\\\\d+个村", "(?i)A级", "[％%]", "\\\\d+，"]
"""


def test_lint_reports_each_silent_failure_with_its_line(tmp_path):
    path = write(tmp_path, "silent.yaml", SILENT)
    checklist, problems = lint(path)
    assert checklist is None  # errors among them
    where = {(p.message_key, p.yaml_path): p for p in problems}

    def at(key: str, yaml_path: str, line: int, level: str) -> ChecklistError:
        problem = where.get((key, yaml_path))
        assert problem is not None, (key, yaml_path, sorted(where))
        assert (problem.line, problem_level(problem)) == (line, level), problem.render("en")
        assert str(path) in problem.render("en")
        return problem

    at("cl.phrase_empty", "elements[0].match.any[0]", 14, "error")
    dropped = at("cl.phrase_dropped", "elements[0].match.any[1]", 15, "warning")
    assert "U+3000" in dropped.render("en") and "政务公开" in dropped.render("en")
    at("cl.phrase_shadowed", "elements[0].match.any[2][1]", 16, "warning")
    overlap = at("cl.phrase_overlap", "elements[0].match.any[4][0]", 18, "warning")
    assert "调解" in overlap.render("en")
    at("cl.phrase_masked", "elements[0].match.any[5]", 19, "error")
    at("cl.phrase_excluded", "elements[0].match.any[6]", 20, "error")
    at("cl.exclude_shadowed", "elements[0].match.exclude[2]", 21, "warning")
    never = {p.yaml_path: p for p in problems if p.message_key.startswith("cl.regex_never")}
    assert sorted(never) == [f"elements[0].match.regex[{i}]" for i in range(6)]
    assert never["elements[0].match.regex[0]"].message_key == "cl.regex_never_char"
    assert "U+0020" in never["elements[0].match.regex[0]"].render("en")
    assert "％" in never["elements[0].match.regex[1]"].render("en")
    assert never["elements[0].match.regex[4]"].message_key == "cl.regex_never_anchor"
    assert never["elements[0].match.regex[5]"].message_key == "cl.regex_never_anchor"
    assert all(p.line == 22 for p in never.values())


def test_lint_a_mask_that_can_never_match(tmp_path):
    path = write(tmp_path, "mask.yaml", """
        schema_version: 1
        id: mask
        extends: national
        mask: ["《[^》]{0,80}》", "坚持 以人民为中心"]
        """)
    _, problems = lint(path)
    problem = found(problems, "cl.regex_never_char")[0]
    assert (problem.line, problem.yaml_path) == (4, "mask[1]")


def test_lint_scope_naming_a_missing_part(tmp_path):
    path = write(tmp_path, "scope.yaml", """
        schema_version: 1
        id: scope
        extends: national
        elements:
          - id: topic.digital
            match:
              scope+: [part.digital]
        """)
    problem = found(lint(path)[1], "cl.scope")[0]
    assert "part.digital" in problem.render("en")


def test_lint_example_contradicting_its_element(tmp_path):
    path = write(tmp_path, "contra.yaml", """
        schema_version: 1
        id: contra
        extends: national
        elements:
          - id: topic.emergency
            examples:
              met+:
                - 全年新建口袋公园6个。
              missing+:
                - 组织开展应急演练12场次。
        """)
    checklist, problems = lint(path)
    assert checklist is None
    bad = found(problems, "cl.example_failed")
    assert [(p.line, p.yaml_path) for p in bad] == [(8, "elements[0].examples.met+[0]"),
                                                    (10, "elements[0].examples.missing+[0]")]
    assert "topic.emergency" in bad[0].render("zh") and "口袋公园" in bad[0].render("zh")


def test_existing_lint_keeps_its_contract(tmp_path):
    """Errors still return no checklist; a clean file returns it with no problems."""
    path = write(tmp_path, "ok.yaml", """
        schema_version: 1
        id: ok
        extends: national
        elements:
          - id: topic.digital
            severity: info
        """)
    checklist, problems = lint(path)
    assert checklist is not None and problems == []


# ---------------------------------------------------------------- the generated reference

def test_committed_reference_is_current():
    path = REPO / "docs" / "checklist-national.md"
    if not path.is_file() and not (REPO / ".git").exists():
        pytest.skip("docs/ is not part of this source distribution")
    committed = path.read_text(encoding="utf-8")
    generated = checklist_markdown(load_checklist("national"), "zh")
    assert committed == generated, (
        "docs/checklist-national.md is stale: run `fzcheck checklist doc national -o docs/checklist-national.md`")


def test_reference_lists_every_spec_id_with_its_basis():
    national = load_checklist("national")
    text = checklist_markdown(national, "zh")
    ids = set(SPEC_IDS)
    spec = SHARED.parent / "shared" / "SPEC.md"
    if spec.is_file():  # the ids as the SPEC's tables list them
        section = spec.read_text(encoding="utf-8").split("## 3.")[1].split("## 4.")[0]
        ids |= set(re.findall(r"^\| `([a-z]+\.[a-z.-]+)` \|", section, flags=re.MULTILINE))
    for eid in sorted(ids):
        el = national.get(eid)
        assert el is not None, eid
        heading = f"### `{eid}` {el.title}"
        assert heading in text, eid
        block = text.split(heading, 1)[1].split("\n### ", 1)[0]
        assert f"- **依据**：{el.basis}" in block, eid
        assert "- **怎样算具备**" in block and "- **示例**" in block, eid


def test_reference_in_english_and_for_a_profile():
    text = checklist_markdown(load_checklist("hubei"), "en", name="checklists/hubei.yaml")
    assert "`fzcheck checklist doc checklists/hubei.yaml`" in text
    assert "- **Extends**: `national`" in text
    assert "### `topic.grassroots-rule-of-law`" in text
    deadline = text.split("### `doc.deadline`", 1)[1].split("\n### ", 1)[0]
    assert "on or before 3/1" in deadline and "on or before 3/31" in deadline
    title = text.split("### `doc.title`", 1)[1].split("\n### ", 1)[0]
    assert "「法治政府建设情况报告」 or 「法治政府建设年度报告」" in title


def test_reference_escapes_markdown():
    from fzcheck.render.checklist_doc import _esc

    assert _esc("a*b_c|d") == "a\\*b\\_c\\|d"
    assert _esc("# 标题") == "\\# 标题"
    assert _esc("1. 第一") == "1\\. 第一"
    assert _esc("一、主要举措") == "一、主要举措"


# ---------------------------------------------------------------- the 湖北 checklist

def test_hubei_profile():
    hubei = load_checklist("hubei")
    national = load_checklist("national")
    assert hubei.chain == ["hubei", "national"]
    assert hubei.get("doc.title").severity == "error"
    assert hubei.get("doc.title").params["require"] == [["法治政府建设情况报告", "法治政府建设年度报告"]]
    assert [(d["month"], d["day"], d.get("severity")) for d in hubei.get("doc.deadline").params["deadlines"]] == [
        (3, 31, None), (3, 1, "warning")]
    assert "在线" not in {v for c in hubei.get("topic.digital").match.any for v in c.variants}
    new = hubei.get("topic.grassroots-rule-of-law")
    assert new is not None and new.basis.startswith("湖北省……工作指引（2023）")
    assert {el.id for el in hubei.elements} == {el.id for el in national.elements} | {new.id}
    for el in hubei.elements:
        if el.id.startswith("doc.") and el.basis != national.get(el.id).basis:
            assert "湖北省……工作指引（2023）" in el.basis


def test_hubei_checks_reports():
    from fzcheck.engine import check
    from fzcheck.parser import parse
    from fzcheck.readers import SourceText

    text = ("临江区司法局关于2023年度法治政府建设情况的报告\n发布时间：2024-03-12\n"
            "一、主要举措和成效\n指导创建民主法治示范村3个，组织干部在线学法。\n")
    hubei = load_checklist("hubei")
    results = {r.element.id: r for r in check(parse(SourceText("-", text, "utf-8", "text")), hubei).results}
    assert results["doc.title"].status == "failed" and results["doc.title"].severity == "error"
    assert results["doc.deadline"].status == "failed" and results["doc.deadline"].severity == "warning"
    assert results["topic.grassroots-rule-of-law"].status == "met"
    assert results["topic.digital"].status == "missing"


def test_in_is_not_a_key(tmp_path):
    # a part is found by its heading and a topic in the text: `in: heading|body` said nothing more
    path = write(tmp_path, "in.yaml", """
        id: x
        extends: national
        elements:
          - id: part.measures
            match:
              in: heading
        """)
    problem = found(lint(path)[1], "cl.unknown_key")[0]
    assert problem.yaml_path == "elements[0].match.in" and problem.line == 6


NEW_TOPIC = """
    id: x
    extends: national
    elements:
      - id: topic.grassroots
        kind: topic
        title: 基层法治
        severity: info
        basis: 某省规定
        hint: 写明基层法治建设情况。
        match:
          {match}
    """


@pytest.mark.parametrize(("match", "key", "path", "words"), [
    # a group of one concept: one phrase, or a synonym list wrapped once more
    ("all: [[法律明白人]]", "cl.nest.all_one", "elements[0].match.all[0]", "法律明白人"),
    ("all: [[[法律明白人, 法治带头人]]]", "cl.nest.all_one", "elements[0].match.all[0]", "法律明白人、法治带头人"),
    # a bare phrase where a group was meant
    ("all: [法律明白人]", "cl.nest.all_flat", "elements[0].match.all[0]", "法律明白人"),
    # a list of lists where a list of phrases was meant
    ("any: [普法, [[法律明白人, 法治带头人]]]", "cl.nest.any_lists", "elements[0].match.any[1]",
     "法律明白人、法治带头人"),
])
def test_lint_says_how_to_write_a_misnested_matcher(tmp_path, match, key, path, words):
    _, problems = lint(write(tmp_path, "nest.yaml", NEW_TOPIC.format(match=match)))
    # one problem, in the author's terms, in place of the schema's "is too short" / "wrong type"
    assert [(p.message_key, p.yaml_path, p.line) for p in problems] == [(key, path, 11)]
    assert problems[0].params["words"] == words
    assert "[甲, 乙]" in problems[0].render("zh")


def test_lint_warns_when_min_hits_exceeds_what_the_brackets_allow(tmp_path):
    # two phrases in one bracket are synonyms: one hit at most, so min_hits 2 can never be met
    match = "any: [[法律明白人, 法治带头人]]\n          min_hits: 2"
    checklist, problems = lint(write(tmp_path, "hits.yaml", NEW_TOPIC.format(match=match)))
    assert checklist is not None
    assert [(p.message_key, p.level, p.yaml_path, p.line) for p in problems] == [
        ("cl.nest.min_hits", "warning", "elements[0].match.min_hits", 12)]
    assert problems[0].params == {"n": 2, "reach": 1}
    # split into lines, the same phrases count apart and the warning goes
    split = "any: [法律明白人, 法治带头人]\n          min_hits: 2"
    assert lint(write(tmp_path, "split.yaml", NEW_TOPIC.format(match=split)))[1] == []
