"""Checklists: the built-in files, `extends` and override by id, and precise errors for bad files."""

from __future__ import annotations

import json
import textwrap

import pytest

from conftest import REPO
from fzcheck.checklist import builtin_names, lint_checklist, load_checklist
from fzcheck.errors import ChecklistError

# SPEC section 3: parts and topics with their severities in the national checklist.
NATIONAL_SEVERITIES = {
    "part.measures": "error",
    "part.shortcomings": "error",
    "part.first-responsible": "error",
    "part.next-year": "error",
    "part.other": "info",
    "topic.xi-thought": "error",
    "topic.party-leadership": "warning",
    "topic.fangguanfu": "error",
    "topic.normative-docs": "error",
    "topic.major-decisions": "error",
    "topic.legal-advisers": "warning",
    "topic.enforcement-three-systems": "error",
    "topic.enforcement-capacity": "warning",
    "topic.emergency": "info",
    "topic.disputes": "warning",
    "topic.reconsideration-litigation": "error",
    "topic.supervision": "warning",
    "topic.transparency": "error",
    "topic.digital": "warning",
    "topic.legal-publicity": "warning",
    "topic.officials-study": "warning",
    # report-level rules (SPEC section 3)
    "doc.title": "warning",
    "doc.year": "error",
    "doc.deadline": "error",
    "doc.terminology": "warning",
    "doc.numbering": "info",
    "doc.evidence": "warning",
    "doc.plan-year": "warning",
    "doc.commitments": "warning",  # issue 18
}
PROFILES = ("township", "county", "department")


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def problems_of(path) -> list[ChecklistError]:
    checklist, problems = lint_checklist(str(path))
    assert checklist is None, "a checklist with problems must not be returned"
    assert problems, "expected at least one problem"
    return problems


def only(problems: list[ChecklistError], key: str) -> ChecklistError:
    found = [p for p in problems if p.message_key == key]
    assert found, f"no {key} among {[(p.message_key, p.line, p.yaml_path) for p in problems]}"
    return found[0]


def assert_load_fails(path, key: str) -> ChecklistError:
    with pytest.raises(ChecklistError) as exc:
        load_checklist(str(path))
    assert exc.value.exit_code == 2
    assert exc.value.message_key == key
    assert str(path) in exc.value.render("en")
    return exc.value


@pytest.fixture(scope="module")
def national():
    return load_checklist("national", validate_schema=True)


# ---------------------------------------------------------------- built-in checklists

def test_builtin_names():
    names = builtin_names()
    assert {"national", "township", "county", "department"} <= set(names)
    assert names == sorted(names)


@pytest.mark.parametrize("name", ["national", *PROFILES])
def test_builtins_load_with_schema_validation(name):
    checklist = load_checklist(name, validate_schema=True)
    assert checklist.id == name
    assert checklist.chain[0] == name
    assert checklist.elements


@pytest.mark.parametrize("name", ["national", *PROFILES])
def test_builtins_lint_clean(name):
    checklist, problems = lint_checklist(name)
    assert [p.render("en") for p in problems] == []
    assert checklist is not None


def test_national_element_ids(national):
    ids = [el.id for el in national.elements]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(NATIONAL_SEVERITIES)
    assert national.chain == ["national"]


def test_national_severities_match_spec(national):
    got = {el.id: el.severity for el in national.elements}
    wrong = {eid: (got.get(eid), sev) for eid, sev in NATIONAL_SEVERITIES.items() if got.get(eid) != sev}
    assert wrong == {}


def test_national_elements_are_complete(national):
    for el in national.elements:
        assert el.title.strip(), el.id
        assert el.basis.strip(), el.id
        assert el.hint.strip(), el.id
        assert el.severity in ("error", "warning", "info"), el.id
        assert el.kind == el.id.split(".")[0], el.id
        assert el.match is not None or el.children or el.rule, el.id


def test_national_basis_cites_the_sources(national):
    for el in national.elements:
        if el.kind == "part":
            assert "厅字〔2019〕28号" in el.basis, el.id
    assert any("中发〔2021〕33号" in el.basis for el in national.elements if el.kind == "topic")


def test_enforcement_three_systems_children(national):
    el = national.get("topic.enforcement-three-systems")
    assert el is not None
    ids = [c.id for c in el.children]
    assert len(ids) == 3
    for suffix in (".publicity", ".recording", ".legal-review"):
        assert sum(i.endswith(suffix) for i in ids) == 1, suffix
    assert all(i.startswith("topic.enforcement-three-systems.") for i in ids)
    for child in el.children:
        assert child.title.strip()
        assert national.get(child.id) is child


def test_major_decisions_children(national):
    el = national.get("topic.major-decisions")
    assert el is not None
    assert len(el.children) == 5
    assert all(c.id.startswith("topic.major-decisions.") for c in el.children)


def test_get_unknown_id(national):
    assert national.get("topic.nonexistent") is None


@pytest.mark.parametrize("name", PROFILES)
def test_profiles_extend_national(name, national):
    profile = load_checklist(name, validate_schema=True)
    assert profile.chain[1] == "national"
    assert profile.chain == [name, "national"]
    assert {el.id for el in profile.elements} == {el.id for el in national.elements}
    for el in profile.elements:
        assert el.title and el.basis and el.hint, (name, el.id)
        assert el.severity in ("error", "warning", "info")
    # a profile exists to change something for its level
    changed = [el.id for el in profile.elements if el.severity != national.get(el.id).severity]
    assert changed, name


def test_profile_severities():
    township = load_checklist("township")
    assert township.get("topic.disputes").severity == "error"
    assert township.get("part.first-responsible").severity == "error"
    county = load_checklist("county")
    assert county.get("topic.party-leadership").severity == "error"
    department = load_checklist("department")
    assert department.get("topic.enforcement-three-systems").severity == "warning"


def test_schema_file_is_valid_draft_2020_12():
    jsonschema = pytest.importorskip("jsonschema")
    path = REPO / "src" / "fzcheck" / "schema" / "checklist.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema.get("$schema", "").startswith("https://json-schema.org/draft/2020-12")


def test_builtin_yaml_files_validate_against_schema():
    jsonschema = pytest.importorskip("jsonschema")
    yaml = pytest.importorskip("yaml")
    schema = json.loads((REPO / "src" / "fzcheck" / "schema" / "checklist.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((REPO / "checklists").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], path.name


# ---------------------------------------------------------------- bad checklists

MISSPELT = """
schema_version: 1
id: misspelt
extends: national
elements:
  - id: topic.digital
    severty: error
"""


def test_misspelt_key(tmp_path):
    path = write(tmp_path, "misspelt.yaml", MISSPELT)
    problem = only(problems_of(path), "cl.unknown_key")
    assert problem.line == 6
    assert problem.yaml_path == "elements[0].severty"
    assert str(path) in problem.render("en")
    assert "did you mean 'severity'" in problem.render("en")
    assert "severity" in problem.render("zh")


def test_misspelt_key_fails_to_load(tmp_path):
    assert_load_fails(write(tmp_path, "misspelt.yaml", MISSPELT), "cl.unknown_key")


def test_misspelt_top_level_key(tmp_path):
    path = write(tmp_path, "top.yaml", """
        schema_version: 1
        id: top
        extend: national
        """)
    problem = only(problems_of(path), "cl.unknown_key")
    assert problem.line == 3
    assert problem.yaml_path == "extend"
    assert "did you mean 'extends'" in problem.render("en")


DUPLICATE_ID = """
schema_version: 1
id: dup
extends: national
elements:
  - id: topic.digital
    severity: info
  - id: topic.digital
    severity: error
"""


def test_duplicate_element_id(tmp_path):
    path = write(tmp_path, "dup.yaml", DUPLICATE_ID)
    problem = only(problems_of(path), "cl.dup_id")
    assert problem.line == 7
    assert problem.yaml_path == "elements[1].id"
    assert "topic.digital" in problem.render("en")
    assert_load_fails(path, "cl.dup_id")


def test_extends_cycle(tmp_path):
    a = write(tmp_path, "a.yaml", "schema_version: 1\nid: a\nextends: ./b.yaml\n")
    write(tmp_path, "b.yaml", "schema_version: 1\nid: b\nextends: ./a.yaml\n")
    problem = only(problems_of(a), "cl.cycle")
    rendered = problem.render("en")
    assert "a.yaml" in rendered and "b.yaml" in rendered
    assert_load_fails(a, "cl.cycle")


def test_self_extends_is_a_cycle(tmp_path):
    path = write(tmp_path, "self.yaml", "schema_version: 1\nid: self\nextends: ./self.yaml\n")
    only(problems_of(path), "cl.cycle")


BAD_REGEX = """
schema_version: 1
id: re
extends: national
elements:
  - id: topic.digital
    match:
      regex: ["([a-z"]
"""


def test_invalid_regex(tmp_path):
    path = write(tmp_path, "re.yaml", BAD_REGEX)
    problem = only(problems_of(path), "cl.regex")
    assert problem.line == 7
    assert problem.yaml_path == "elements[0].match.regex[0]"
    assert "([a-z" in problem.render("en")
    assert_load_fails(path, "cl.regex")


SYNTAX = """
schema_version: 1
id: syntax
extends: national
elements:
  - id: topic.digital
    title: [unclosed
"""


def test_yaml_syntax_error(tmp_path):
    path = write(tmp_path, "syntax.yaml", SYNTAX)
    problem = only(problems_of(path), "cl.yaml")
    assert problem.line is not None
    assert 6 <= problem.line <= 7
    err = assert_load_fails(path, "cl.yaml")
    assert err.line == problem.line


DUPLICATE_KEY = """
schema_version: 1
id: dupkey
extends: national
title: 第一个标题
title: 第二个标题
"""


def test_duplicate_mapping_key(tmp_path):
    path = write(tmp_path, "dupkey.yaml", DUPLICATE_KEY)
    problem = only(problems_of(path), "cl.dup_key")
    assert problem.line == 5
    assert "title" in problem.render("en")
    assert_load_fails(path, "cl.dup_key")


def test_duplicate_key_inside_element(tmp_path):
    path = write(tmp_path, "dupkey2.yaml", """
        schema_version: 1
        id: dupkey2
        extends: national
        elements:
          - id: topic.digital
            severity: info
            severity: error
        """)
    problem = only(problems_of(path), "cl.dup_key")
    assert problem.line == 7


INCOMPLETE = """
schema_version: 1
id: incomplete
extends: national
elements:
  - id: topic.new-thing
    kind: topic
    severity: warning
    match:
      any: [新事项]
"""


def test_new_element_must_be_complete(tmp_path):
    path = write(tmp_path, "incomplete.yaml", INCOMPLETE)
    problem = only(problems_of(path), "cl.incomplete")
    assert problem.line == 5
    assert problem.yaml_path == "elements[0]"
    rendered = problem.render("en")
    assert "topic.new-thing" in rendered
    for key in ("title", "basis", "hint"):
        assert key in rendered
    assert_load_fails(path, "cl.incomplete")


BAD_SCOPE = """
schema_version: 1
id: scope
extends: national
elements:
  - id: topic.digital
    match:
      scope: [part.nonexistent]
"""


def test_scope_names_unknown_part(tmp_path):
    path = write(tmp_path, "scope.yaml", BAD_SCOPE)
    problem = only(problems_of(path), "cl.scope")
    assert problem.line == 7
    assert "part.nonexistent" in problem.render("en")
    assert_load_fails(path, "cl.scope")


def test_invalid_severity_value(tmp_path):
    path = write(tmp_path, "sev.yaml", """
        schema_version: 1
        id: sev
        extends: national
        elements:
          - id: topic.digital
            severity: critical
        """)
    problem = only(problems_of(path), "cl.enum")
    assert problem.line == 6
    assert problem.yaml_path == "elements[0].severity"
    assert_load_fails(path, "cl.enum")


def test_lint_collects_several_problems(tmp_path):
    path = write(tmp_path, "many.yaml", """
        schema_version: 1
        id: many
        extends: national
        elements:
          - id: topic.digital
            match:
              regex: ["([a-z"]
          - id: topic.emergency
            match:
              regex: ["(?P<x"]
        """)
    problems = problems_of(path)
    assert [p.line for p in problems if p.message_key == "cl.regex"] == [7, 10]


def test_unknown_checklist_name():
    with pytest.raises(ChecklistError) as exc:
        load_checklist("no-such-checklist")
    assert exc.value.message_key == "cl.not_found"
    assert exc.value.exit_code == 2


def test_missing_extends_target(tmp_path):
    path = write(tmp_path, "orphan.yaml", "schema_version: 1\nid: orphan\nextends: ./missing.yaml\n")
    problem = only(problems_of(path), "cl.not_found")
    assert problem.line == 3


# ---------------------------------------------------------------- override by id, disable, relative extends

OVERRIDE = """
schema_version: 1
id: province
extends: national
title: 某省法治政府建设年度报告
elements:
  - id: topic.digital
    severity: info
  - id: topic.province-special
    kind: topic
    title: 本省特色工作
    severity: warning
    basis: 某省法治政府建设考核办法
    hint: 写明本省特色工作的做法和数据。
    match:
      scope: [part.measures]
      any: [本省特色工作]
"""


def test_override_by_id_and_new_element(tmp_path, national):
    path = write(tmp_path, "province.yaml", OVERRIDE)
    checklist = load_checklist(str(path))
    assert checklist.id == "province"
    assert checklist.chain == ["province", "national"]
    assert checklist.get("topic.digital").severity == "info"
    assert national.get("topic.digital").severity == "warning"  # the base is untouched
    # the override changed only the severity; the rest of the element is inherited
    assert checklist.get("topic.digital").title == national.get("topic.digital").title
    assert checklist.get("topic.digital").basis == national.get("topic.digital").basis
    new = checklist.get("topic.province-special")
    assert new is not None
    assert (new.kind, new.severity, new.title) == ("topic", "warning", "本省特色工作")
    assert len(checklist.elements) == len(national.elements) + 1
    lint_result, problems = lint_checklist(str(path))
    assert problems == [] and lint_result is not None


def test_disable(tmp_path, national):
    path = write(tmp_path, "nodisable.yaml", """
        schema_version: 1
        id: lean
        extends: national
        disable: [part.other]
        """)
    checklist = load_checklist(str(path))
    assert checklist.get("part.other") is None
    assert len(checklist.elements) == len(national.elements) - 1
    assert {el.id for el in checklist.elements} == {el.id for el in national.elements} - {"part.other"}


def test_relative_extends_resolves_from_the_file(tmp_path, monkeypatch):
    folder = tmp_path / "rules"
    folder.mkdir()
    write(folder, "base.yaml", """
        schema_version: 1
        id: base
        extends: national
        elements:
          - id: topic.digital
            severity: info
        """)
    child = write(folder, "child.yaml", """
        schema_version: 1
        id: child
        extends: ./base.yaml
        elements:
          - id: topic.emergency
            severity: warning
        """)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    checklist = load_checklist(str(child))
    assert checklist.chain == ["child", "base", "national"]
    assert checklist.get("topic.digital").severity == "info"
    assert checklist.get("topic.emergency").severity == "warning"
    # and with a path relative to the (other) working directory
    checklist = load_checklist("../rules/child.yaml")
    assert checklist.chain == ["child", "base", "national"]


def test_mask_plus_adds_to_inherited_masks_and_plain_mask_warns(tmp_path):
    national = load_checklist("national")
    added = tmp_path / "added.yaml"
    added.write_text('id: added\nextends: national\nmask+: ["本单位高度重视"]\n'
                     'synonyms+: {法律顾问: [法务顾问]}\n', encoding="utf-8")
    checklist = load_checklist(str(added))
    assert [rx.pattern for rx in checklist.mask] == [rx.pattern for rx in national.mask] + ["本单位高度重视"]
    concept = checklist.get("topic.legal-advisers").match.any[0]
    assert "法务顾问" in concept.variants
    replaced = tmp_path / "replaced.yaml"
    replaced.write_text('id: replaced\nextends: national\nmask: ["本单位高度重视"]\n', encoding="utf-8")
    _, problems = lint_checklist(str(replaced), examples=False)
    assert [p.message_key for p in problems] == ["cl.mask_replaces"]
    assert problems[0].level == "warning" and problems[0].line == 3
    # and why it warns: without national's masks, slogans count, so its missing examples fail
    _, problems = lint_checklist(str(replaced))
    assert "cl.example_failed" in {p.message_key for p in problems}


def test_bad_mask_in_a_file_without_elements_is_a_lint_error(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text('id: m\nextends: national\nmask+: ["([a-z"]\n', encoding="utf-8")
    _, problems = lint_checklist(str(path), examples=False)
    assert [(p.message_key, p.line) for p in problems] == [("cl.regex", 3)]
