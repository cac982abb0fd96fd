"""Machine formats for CI: SARIF 2.1.0, JUnit, GitHub workflow commands, Markdown."""

from __future__ import annotations

import json
import re

import pytest

from conftest import REPO, SHARED
from fzcheck.cli import main

EXAMPLES = REPO / "examples"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(["validate", *args, "--no-config"])
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def test_sarif_validates_and_locates_the_missing_part(capsys, real_report):
    if not SARIF_SCHEMA.is_file():
        pytest.skip("official SARIF schema not available")
    from jsonschema import Draft7Validator, validators

    code, out, _ = run(capsys, str(real_report), "-f", "sarif")
    assert code == 1
    sarif = json.loads(out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator_class = validators.validator_for(schema, default=Draft7Validator)
    errors = sorted(validator_class(schema).iter_errors(sarif), key=str)
    assert errors == []
    run_ = sarif["runs"][0]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert "part.first-responsible" in rule_ids and "topic.xi-thought" in rule_ids
    results = {r["ruleId"]: r for r in run_["results"]}
    missing = results["part.first-responsible"]
    assert missing["level"] == "error"
    assert missing["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert missing["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("fuling-lizhi-2022.txt")
    assert rule_ids[missing["ruleIndex"]] == "part.first-responsible"
    covid = next(r for r in run_["results"] if r["ruleId"] == "doc.terminology")
    assert covid["locations"][0]["physicalLocation"]["region"]["startLine"] == 37
    assert "新冠病毒感染" in covid["message"]["text"]
    # met elements produce no result
    assert "topic.transparency" not in results


def _deadline_result(capsys, tmp_path, published: str) -> tuple[dict, dict]:
    path = tmp_path / "r.md"
    path.write_text(f"# 临江区司法局2023年度法治政府建设情况报告\n\n发布时间：{published}\n\n"
                    "2023年，区司法局持续推进法治政府建设。\n", encoding="utf-8")
    _, out, _ = run(capsys, str(path), "-f", "sarif", "-c", "department")
    run_ = json.loads(out)["runs"][0]
    rule_ = next(r for r in run_["tool"]["driver"]["rules"] if r["id"] == "doc.deadline")
    return rule_, next(r for r in run_["results"] if r["ruleId"] == "doc.deadline")


def test_sarif_level_of_a_softer_deadline_miss(capsys, tmp_path):
    # department.yaml: published by 03-31 (an error to miss) but after the 03-01 upward date (a warning)
    rule_, upward_only = _deadline_result(capsys, tmp_path, "2024-03-12")
    assert rule_["defaultConfiguration"]["level"] == "error"
    assert upward_only["level"] == "warning" and upward_only["properties"]["status"] == "failed"
    _, both = _deadline_result(capsys, tmp_path, "2024-04-02")
    assert both["level"] == "error"


def test_sarif_in_english(capsys):
    _, out, _ = run(capsys, str(EXAMPLES / "deficient-report.md"), "-f", "sarif", "--lang", "en")
    sarif = json.loads(out)
    texts = " ".join(r["message"]["text"] for r in sarif["runs"][0]["results"])
    assert "missing" in texts and "Add:" in texts


@pytest.mark.parametrize("fail_on", ["error", "warning", "info"])
def test_junit_failures_equal_findings_at_or_above_fail_on(capsys, real_report, fail_on):
    from junitparser import Failure, JUnitXml

    code, out, _ = run(capsys, str(real_report), "-f", "json", "--fail-on", "never")
    report = json.loads(out)["reports"][0]
    rank = {"info": 1, "warning": 2, "error": 3}
    findings = [e for e in report["elements"]
                if e["status"] in ("partial", "missing", "failed") and rank[e["severity"]] >= rank[fail_on]]
    code, out, _ = run(capsys, str(real_report), "-f", "junit", "--fail-on", fail_on)
    assert code == 1
    xml = JUnitXml.fromstring(out.encode("utf-8"))
    suites = list(xml)
    assert len(suites) == 1
    suite = suites[0]
    assert suite.tests == len(report["elements"])
    failed = [case.name.split(" ")[0] for case in suite if any(isinstance(r, Failure) for r in case.result)]
    assert sorted(failed) == sorted(e["id"] for e in findings)
    assert suite.failures == len(findings)


def test_junit_is_deterministic(capsys):
    outs = {run(capsys, str(EXAMPLES / "deficient-report.md"), "-f", "junit")[1] for _ in range(2)}
    assert len(outs) == 1
    assert "timestamp" not in outs.pop()


_COMMAND = re.compile(r"^::(error|warning|notice) file=[^,:]+,line=\d+,title=[^:]+::.+$")


def test_github_workflow_commands(capsys, real_report):
    code, out, _ = run(capsys, str(real_report), "-f", "github")
    assert code == 1
    lines = out.strip().splitlines()
    assert lines and all(_COMMAND.match(line) for line in lines), lines
    first = next(line for line in lines if "part.first-responsible" in line)
    assert first.startswith("::error ") and ",line=1," in first
    assert any(line.startswith("::notice ") for line in lines)  # info findings (part.other)


def test_github_escapes_newlines_and_separators(capsys, tmp_path):
    path = tmp_path / "a,b:c.md"
    path.write_text("# 某区2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n做了工作。\n", encoding="utf-8")
    _, out, _ = run(capsys, str(path), "-f", "github")
    assert "a%2Cb%3Ac.md" in out
    assert all(_COMMAND.match(line) for line in out.strip().splitlines())


def test_markdown_table(capsys):
    code, out, _ = run(capsys, str(EXAMPLES / "deficient-report.md"), "-f", "markdown")
    assert code == 1
    assert "| --- | --- | --- | --- | --- |" in out
    assert "`part.first-responsible`" in out
    rows = [line for line in out.splitlines() if line.startswith("| ✘") or line.startswith("| ◐")]
    assert all(line.count(" | ") == 4 for line in rows), rows


def test_markdown_escapes_report_text(capsys, tmp_path):
    path = tmp_path / "r.md"
    path.write_text("# 某区2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n<script>alert(1)</script>|x\n",
                    encoding="utf-8")
    _, out, _ = run(capsys, str(path), "-f", "markdown")
    assert "<script>" not in out


def test_output_file_for_every_format(capsys, tmp_path):
    for fmt in ("json", "sarif", "junit", "github", "markdown", "rich"):
        target = tmp_path / f"out.{fmt}"
        code, out, _ = run(capsys, str(EXAMPLES / "deficient-report.md"), "-f", fmt, "-o", str(target))
        assert code == 1 and out == ""
        assert target.read_text(encoding="utf-8").strip(), fmt
