"""Hostile inputs: checklists and reports that try to hang, escape, execute or garble output.

Each case ends in one clear line and a documented exit code, quickly (issue 8, first slice)."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import run_cli as cli
from fzcheck.checklist import lint_checklist, load_checklist, nested_unbounded
from fzcheck.errors import ChecklistError, InputError
from fzcheck.parser import parse
from fzcheck.readers import SourceText, decode_bytes, normalise_text, read_source

REPORT = "# 某区2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n{body}\n"




def test_yaml_alias_bomb_is_refused_quickly(tmp_path):
    lines = ["id: bomb", 'a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(ChecklistError) as exc:
        load_checklist(str(path))
    assert time.perf_counter() - start < 5
    assert exc.value.message_key == "cl.yaml" and "bomb.yaml" in exc.value.render("en")


def test_python_tags_are_never_constructed(tmp_path):
    marker = tmp_path / "pwned"
    path = tmp_path / "tag.yaml"
    path.write_text(f'id: t\nextends: national\ndescription: !!python/object/apply:os.system ["touch {marker}"]\n',
                    encoding="utf-8")
    with pytest.raises(ChecklistError):
        load_checklist(str(path))
    assert not marker.exists()


@pytest.mark.parametrize("target", ["../../etc/passwd", "/etc/passwd", "sub/../../outside.yaml"])
def test_extends_cannot_escape_the_checklist_directory(tmp_path, target):
    (tmp_path / "outside.yaml").write_text("id: outside\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    path = inner / "c.yaml"
    path.write_text(f"id: c\nextends: {target}\n", encoding="utf-8")
    _, problems = lint_checklist(str(path))
    assert [p.message_key for p in problems] == ["cl.extends_escape"]
    assert problems[0].line == 2


def test_extends_inside_the_directory_still_works(tmp_path):
    (tmp_path / "base").mkdir()
    (tmp_path / "base" / "b.yaml").write_text("id: b\nextends: national\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text("id: c\nextends: base/b.yaml\n", encoding="utf-8")
    assert load_checklist(str(tmp_path / "c.yaml")).chain == ["c", "b", "national"]


def test_catastrophic_regex_is_refused_before_it_can_hang(capsys, tmp_path):
    checklist = tmp_path / "redos.yaml"
    checklist.write_text('id: redos\nextends: national\nelements:\n  - id: topic.digital\n'
                         '    match:\n      regex: ["(a+)+$"]\n', encoding="utf-8")
    report = tmp_path / "r.md"
    report.write_text(REPORT.format(body="a" * 60 + "!"), encoding="utf-8")
    start = time.perf_counter()
    code, _, err = cli(capsys, "validate", str(report), "-c", str(checklist), "--no-config")
    assert time.perf_counter() - start < 5
    assert code == 2 and "redos.yaml:6" in err and "(a+)+$" in err


@pytest.mark.parametrize(("pattern", "nested"), [
    ("(a+)+$", True), (r"(\w*)*", True), ("((a)+)+", True), ("(?:x|(?:y+))*z", True),
    ("(a|b)+", False), ("a+b+", False), ("(x{1,3})+", False), ("《[^》]{0,80}》", False),
])
def test_nested_unbounded_detection(pattern, nested):
    assert nested_unbounded(pattern) is nested


def test_control_and_bidi_characters_never_reach_the_terminal(capsys, tmp_path):
    evil = "审核规范性文件\u202e3件\x1b[2J\x1b]0;owned\x07。"
    report = tmp_path / "r.md"
    report.write_text(REPORT.format(body=evil), encoding="utf-8")
    code, out, _ = cli(capsys, "validate", str(report), "--no-config", "--all")  # --all: quotes of met rows too
    assert code == 1
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "\\u202e" in out  # shown, visibly
    for fmt in ("json", "sarif", "junit", "github", "markdown"):
        _, out, _ = cli(capsys, "validate", str(report), "--no-config", "-f", fmt)
        assert "\x1b" not in out and "\x07" not in out, fmt
        if fmt in ("json", "sarif"):
            json.loads(out)


def test_script_in_report_is_escaped_in_xml_and_json(capsys, tmp_path):
    report = tmp_path / "r.md"
    report.write_text(REPORT.format(body="<script>alert(1)</script>审核规范性文件3件。"), encoding="utf-8")
    _, out, _ = cli(capsys, "validate", str(report), "--no-config", "-f", "junit", "--fail-on", "info")
    assert "<script>" not in out
    _, out, _ = cli(capsys, "validate", str(report), "--no-config", "-f", "markdown")
    assert "<script>" not in out


# ---------------------------------------------------------------- properties

@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_raise_only_input_errors(data):
    try:
        text, _ = decode_bytes(data, "x")
    except InputError:
        return
    parse(SourceText(source="x", text=normalise_text(text), encoding="utf-8", format="text"))


_cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
_marks = st.sampled_from(list("一二三四五六七八九十（）()、.．1234567890#\n 。，；：“”《》年月日-"))
_text = st.text(alphabet=st.one_of(_cjk, _marks, st.characters()), max_size=2000)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_text, st.sampled_from(["text", "markdown"]))
@example(text="一一\ud800", fmt="text")  # found by a fuzzing run: a lone surrogate
def test_parser_and_engine_accept_any_text(text, fmt):
    from fzcheck.engine import check

    doc = parse(SourceText(source="x", text=normalise_text(text), encoding="utf-8", format=fmt))
    for h in doc.headings:
        assert doc.paragraphs[h.paragraph].kind == "heading"
        assert h.end >= h.paragraph + 1
    check(doc, load_checklist("national"))


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # read-only fixture
@given(st.data())
def test_mutated_real_report_reads_or_fails_cleanly(real_report, tmp_path_factory, data):
    raw = bytearray(real_report.read_bytes())
    for _ in range(data.draw(st.integers(1, 20))):
        i = data.draw(st.integers(0, len(raw) - 1))
        raw[i] = data.draw(st.integers(0, 255))
    path = tmp_path_factory.mktemp("m") / "r.txt"
    path.write_bytes(bytes(raw))
    try:
        src = read_source(str(path))
    except InputError:
        return
    parse(src)


def test_hostile_text_in_batch_tables(capsys, tmp_path):
    from openpyxl import load_workbook

    d = tmp_path / "r"
    d.mkdir()
    evil = "<script>alert(1)</script>审核规范性文件\u202e3件\x1b[2J。"
    (d / "evil.md").write_text("# <b>某区</b>2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n" + evil + "\n",
                               encoding="utf-8")
    (d / "gone.md").symlink_to(d / "does-not-exist.md")  # a file that cannot be read: a row, not an abort
    for suffix in (".html", ".xlsx", ".csv", ".json"):
        target = tmp_path / f"t{suffix}"
        code, out, err = cli(capsys, "batch", str(d), "-j", "1", "-o", str(target), "--fail-on", "never")
        assert code == 0 and "Traceback" not in out + err
    page = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert "<b>" not in page and "<script>alert" not in page and "\x1b" not in page
    book = load_workbook(tmp_path / "t.xlsx", read_only=True)
    cells = [str(c) for row in book["问题清单"].iter_rows(values_only=True) for c in row if c is not None]
    assert any("gone.md" in c for c in cells)  # the unreadable file's error is in the findings sheet
    rows = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["rows"]
    gone = next(r for r in rows if r["path"].endswith("gone.md"))
    assert gone["error"] and gone["statuses"] == {}
