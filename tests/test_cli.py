"""The command line end to end: exit codes, output formats, errors as one line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REPO, excerpt_body
from conftest import run_cli as run

EXAMPLES = REPO / "examples"




def statuses(report: dict) -> dict[str, str]:
    return {el["id"]: el["status"] for el in report["elements"]}


def test_real_report_json_and_exit_codes(capsys, real_report):
    code, out, _ = run(capsys, "validate", str(real_report), "--format", "json", "--fail-on", "error")
    assert code == 1
    data = json.loads(out)
    report = data["reports"][0]
    assert report["document"]["year"] == 2022
    assert report["document"]["published"] == "2023-03-13"
    assert report["checklist"]["id"] == "national"
    st = statuses(report)
    assert st["part.first-responsible"] == "missing"
    for eid in ("part.measures", "part.next-year", "topic.xi-thought", "topic.fangguanfu",
                "topic.normative-docs", "topic.major-decisions", "topic.enforcement-three-systems",
                "topic.reconsideration-litigation", "topic.transparency", "topic.disputes"):
        assert st[eid] == "met", eid
    # 二、存在的不足和原因 lists problems and gives no cause: the heading's own 「原因」 is no cause
    assert st["part.shortcomings"] == "partial"
    missing = next(el for el in report["elements"] if el["id"] == "part.first-responsible")
    assert missing["severity"] == "error" and missing["hint"] and missing["basis"]
    assert report["summary"]["findings"]["error"] >= 1
    code, _, _ = run(capsys, "validate", str(real_report), "--fail-on", "never")
    assert code == 0


def test_json_shape_is_stable(capsys):
    code, out, _ = run(capsys, "validate", str(EXAMPLES / "complete-report.md"), "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"tool", "reports", "errors"}
    assert data["tool"]["name"] == "fzcheck" and data["tool"]["format_version"] == 1
    report = data["reports"][0]
    assert set(report) == {"path", "document", "checklist", "score", "summary", "elements", "figures"}
    assert {"title", "unit", "year", "published", "encoding", "format"} <= set(report["document"])
    el = report["elements"][0]
    assert {"id", "kind", "title", "severity", "status", "evidence", "notes", "basis"} <= set(el)
    ev = el["evidence"][0]
    assert set(ev) == {"line", "snippet", "matched", "section"}
    assert isinstance(ev["line"], int)
    three = next(e for e in report["elements"] if e["id"] == "topic.enforcement-three-systems")
    assert [c["id"].rsplit(".", 1)[1] for c in three["children"]] == ["publicity", "recording", "legal-review"]


def test_complete_example_passes_and_deficient_fails(capsys):
    code, out, _ = run(capsys, "validate", str(EXAMPLES / "complete-report.md"), "--fail-on", "error")
    assert code == 0, out
    code, out, _ = run(capsys, "validate", str(EXAMPLES / "deficient-report.md"), "-f", "json")
    assert code == 1
    st = statuses(json.loads(out)["reports"][0])
    for eid in ("part.first-responsible", "topic.normative-docs", "topic.major-decisions",
                "topic.reconsideration-litigation"):
        assert st[eid] == "missing", eid
    assert st["part.shortcomings"] == "partial"


def test_rich_output_names_gaps_and_verdict(capsys, real_report):
    code, out, _ = run(capsys, "validate", str(real_report))
    assert code == 1
    assert "part.first-responsible" in out and "缺失" in out
    assert "得分" in out
    code, out, _ = run(capsys, "validate", str(real_report), "--lang", "en")
    assert "missing" in out and "score" in out


def test_gb18030_copy_gives_same_json(capsys, real_report, tmp_path):
    gbk = tmp_path / "report-gbk.txt"
    gbk.write_bytes(real_report.read_text(encoding="utf-8").encode("gb18030"))
    _, out_utf8, _ = run(capsys, "validate", str(real_report), "-f", "json")
    _, out_gbk, _ = run(capsys, "validate", str(gbk), "-f", "json")
    a, b = json.loads(out_utf8)["reports"][0], json.loads(out_gbk)["reports"][0]
    assert b["document"]["encoding"] == "gb18030"
    for r in (a, b):
        r.pop("path")
        r["document"].pop("encoding")
    assert a == b


def test_stdin(capsys, monkeypatch, real_report):
    import io

    class Stdin:
        buffer = io.BytesIO(real_report.read_bytes())

    monkeypatch.setattr(sys, "stdin", Stdin)
    code, out, _ = run(capsys, "validate", "-", "-f", "json", "--fail-on", "never")
    assert code == 0
    assert json.loads(out)["reports"][0]["document"]["year"] == 2022


@pytest.mark.parametrize("kind", ["missing", "directory", "empty", "binary", "docx"])
def test_bad_input_is_one_line_exit_2(capsys, tmp_path, kind):
    path = tmp_path / "r.txt"
    if kind == "directory":
        path = tmp_path
    elif kind == "empty":
        path.write_bytes(b"  \n")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 8)
    elif kind == "docx":
        path = tmp_path / "r.docx"
        path.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    code, out, err = run(capsys, "validate", str(path))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0]
    assert "Traceback" not in err + out


def test_one_bad_file_does_not_hide_the_others(capsys, tmp_path):
    code, out, err = run(capsys, "validate", str(tmp_path / "nope.md"), str(EXAMPLES / "complete-report.md"),
                         "-f", "json")
    assert code == 2
    data = json.loads(out)
    assert len(data["reports"]) == 1 and data["errors"][0]["path"].endswith("nope.md")
    assert "nope.md" in err


def test_output_file(capsys, tmp_path):
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "validate", str(EXAMPLES / "complete-report.md"), "-f", "json", "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["reports"][0]["score"] > 90


def test_extract_json(capsys, real_report):
    code, out, _ = run(capsys, "extract", str(real_report), "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["document"]["year"] == 2022 and data["document"]["published"] == "2023-03-13"
    roots = data["headings"]
    assert [h["line"] for h in roots] == [9, 39, 43]
    assert len(roots[0]["children"]) == 7 and roots[0]["children"][0]["style"] == "cn-paren-half"
    assert any(f["text"] == "100%" and "出庭率" in f["label"] for f in data["figures"])
    code, out, _ = run(capsys, "extract", str(real_report))
    assert code == 0 and "2022年主要举措及成效" in out


def test_excerpts_never_crash(capsys, excerpts, tmp_path):
    for path in excerpts:
        meta, body = excerpt_body(path)
        target = tmp_path / path.name
        target.write_text(body, encoding="utf-8")
        code, out, err = run(capsys, "validate", str(target), "-f", "json")
        assert code in (0, 1), (path.name, err)
        report = json.loads(out)["reports"][0]
        if str(meta.get("year", "")).isdigit() and f"{meta['year']}年" in body:
            assert report["document"]["year"] == int(meta["year"]), path.name
        code, _, err = run(capsys, "extract", str(target))
        assert code == 0, (path.name, err)


def test_bad_checklist_in_validate_is_exit_2(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nextends: national\nelements:\n  - id: topic.digital\n    severty: info\n",
                   encoding="utf-8")
    code, _, err = run(capsys, "validate", str(EXAMPLES / "complete-report.md"), "-c", str(bad))
    assert code == 2
    line = err.strip()
    assert "\n" not in line and "bad.yaml:5" in line and "severty" in line


def test_checklist_commands(capsys, tmp_path):
    code, out, _ = run(capsys, "checklist", "list")
    assert code == 0
    for name in ("national", "township", "county", "department"):
        assert name in out
    code, out, _ = run(capsys, "checklist", "show", "department", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["chain"] == ["department", "national"]
    assert {e["id"] for e in data["elements"]} >= {"part.measures", "topic.officials-study"}
    code, out, _ = run(capsys, "checklist", "schema")
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(json.loads(out))
    code, out, _ = run(capsys, "checklist", "lint", *(str(p) for p in sorted((REPO / "checklists").glob("*.yaml"))))
    assert code == 0, out


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("id: x\nextends: national\nelements:\n  - id: topic.digital\n    severty: info\n", "severty"),
        ("id: x\nextends: national\nelements:\n  - id: topic.a\n    kind: topic\n    title: a\n    severity: info\n"
         "    basis: b\n    hint: h\n    match: {regex: ['([a-z']}\n", "([a-z"),
        ("id: x\nextends: national\nelements:\n  - id: topic.digital\n    severity: info\n"
         "  - id: topic.digital\n    severity: error\n", "topic.digital"),
    ],
)
def test_lint_reports_problems_with_lines(capsys, tmp_path, text, needle):
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "checklist", "lint", str(path))
    assert code == 1
    assert needle in out and f"{path}:" in out


def test_lint_reports_extends_cycle(capsys, tmp_path):
    (tmp_path / "a.yaml").write_text("id: a\nextends: ./b.yaml\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("id: b\nextends: ./a.yaml\n", encoding="utf-8")
    code, out, _ = run(capsys, "checklist", "lint", str(tmp_path / "a.yaml"), "--lang", "en")
    assert code == 1 and "extends cycle" in out


def test_runs_as_module_and_from_another_directory(tmp_path):
    """The console script and ``python -m`` find the built-in checklists from any directory."""
    example = EXAMPLES / "complete-report.md"
    done = subprocess.run([sys.executable, "-m", "fzcheck", "validate", str(example), "-f", "json"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["reports"][0]["checklist"]["id"] == "national"
    done = subprocess.run([sys.executable, "-m", "fzcheck", "--version"], capture_output=True, text=True, timeout=60)
    assert done.stdout.startswith("fzcheck ")


def test_unknown_checklist_name(capsys):
    code, _, err = run(capsys, "validate", str(EXAMPLES / "complete-report.md"), "-c", "nosuch")
    assert code == 2 and "nosuch" in err and "national" in err


REPORT = str(EXAMPLES / "complete-report.md")


@pytest.mark.parametrize(("args", "expected"), [
    (("validate", REPORT, "--fial-on", "error"), "未知选项 --fial-on，是否应为 --fail-on？"),
    (("validate", REPORT, "--fail-on", "sometimes"),
     "选项 --fail-on 的取值 sometimes 无效，可选：error、warning、info、never"),
    (("validate",), "缺少参数 PATHS"),
    (("validate", REPORT, "--fail-on"), "选项 --fail-on 缺少取值"),
    (("validate", REPORT, "--year", "abc"), "选项 --year 的取值 abc 无效：应为 1949 到 2100 之间的整数"),
    (("validate", REPORT, "--published", "2023年13月5日"), "选项 --published 的日期 2023年13月5日 无法识别"),
    (("valdate", REPORT), "未知命令 valdate，是否应为 validate？"),
    (("init", "extra"), "多余的参数：extra"),
    (("batch", REPORT, "-j", "0"), "选项 --jobs 的取值 0 无效：应为不小于 1 的整数"),
    (("explain",), "缺少参数 ID"),
    (("validate", REPORT, "--lang", "en", "--fial-on", "error"), "unknown option --fial-on; did you mean --fail-on?"),
])
def test_usage_errors_are_one_line_exit_2(capsys, args, expected):
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("fzcheck: ") and expected in err, err
    assert "Usage" not in err and "内部错误" not in err and "internal error" not in err


@pytest.mark.parametrize("given", ["2023-03-05", "2023年3月5日", "2023/3/5", "2023.3.5"])
def test_published_date_in_the_usual_ways(capsys, given):
    code, out, _ = run(capsys, "validate", REPORT, "--published", given, "-f", "json")
    assert code == 0
    deadline = next(e for e in json.loads(out)["reports"][0]["elements"] if e["id"] == "doc.deadline")
    assert deadline["status"] == "met" and any("2023-03-05" in json.dumps(n, ensure_ascii=False)
                                               for n in deadline["notes"])


def test_report_text_cannot_inject_markup(capsys, tmp_path):
    path = tmp_path / "r.md"
    path.write_text("# [bold red]某区2023年法治政府建设情况报告\n\n一、主要举措和成效\n\n[link=x]文本[/link]\x1b[2J\n",
                    encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 1
    assert "[bold red]" in out
    assert "\x1b[2J" not in out
