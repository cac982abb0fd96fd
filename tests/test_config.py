"""Configuration discovery, suppressions and baselines."""

from __future__ import annotations

import json

import pytest

from conftest import REPO
from fzcheck.cli import main

EXAMPLES = REPO / "examples"


def run(capsys, monkeypatch, cwd, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


@pytest.fixture
def tree(tmp_path):
    """A config two directories above a report."""
    (tmp_path / ".fzcheck.yaml").write_text("checklist: township\nfail-on: never\n", encoding="utf-8")
    deep = tmp_path / "streets" / "2023"
    deep.mkdir(parents=True)
    report = deep / "report.md"
    report.write_text((EXAMPLES / "deficient-report.md").read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path, report


def test_config_two_directories_up_changes_checklist_and_fail_on(capsys, monkeypatch, tree):
    root, report = tree
    code, out, _ = run(capsys, monkeypatch, root, "validate", str(report), "-f", "json")
    assert code == 0  # fail-on never from the config
    assert json.loads(out)["reports"][0]["checklist"]["id"] == "township"
    code, out, _ = run(capsys, monkeypatch, root, "validate", str(report), "-f", "json", "--fail-on", "error",
                       "-c", "national")
    assert code == 1  # flags win
    assert json.loads(out)["reports"][0]["checklist"]["id"] == "national"


def test_config_command_shows_sources(capsys, monkeypatch, tree):
    root, report = tree
    code, out, _ = run(capsys, monkeypatch, root, "config", str(report), "--fail-on", "warning", "-f", "json")
    assert code == 0
    data = json.loads(out)
    config = str((root / ".fzcheck.yaml").resolve())
    assert data["config"] == config
    assert data["values"]["checklist"] == "township" and data["sources"]["checklist"] == config
    assert data["values"]["fail-on"] == "warning" and data["sources"]["fail-on"] == "command line"
    assert data["sources"]["lang"] == "default"
    code, out, _ = run(capsys, monkeypatch, root, "config", str(report), "--fail-on", "warning")
    assert code == 0 and "township" in out and "命令行" in out


def test_pyproject_tool_section_and_overrides(capsys, monkeypatch, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.fzcheck]\nfail-on = "never"\ndisable = ["part.other"]\n\n'
        '[[tool.fzcheck.overrides]]\npaths = ["departments/*"]\nchecklist = "department"\n', encoding="utf-8")
    (tmp_path / "departments").mkdir()
    report = tmp_path / "departments" / "r.md"
    report.write_text((EXAMPLES / "complete-report.md").read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, tmp_path, "validate", str(report), "-f", "json")
    assert code == 0  # fail-on never
    data = json.loads(out)["reports"][0]
    assert data["checklist"]["id"] == "department"
    assert "part.other" not in {e["id"] for e in data["elements"]}


def test_bad_config_is_one_line_exit_2(capsys, monkeypatch, tmp_path):
    (tmp_path / ".fzcheck.yaml").write_text("checklist: national\nfail_on: error\n", encoding="utf-8")
    report = tmp_path / "r.md"
    report.write_text("# 某区2023年度法治政府建设情况报告\n\n一、主要举措和成效\n\n做了。\n", encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, tmp_path, "validate", str(report))
    assert code == 2
    assert ".fzcheck.yaml:2" in err and "fail_on" in err and "fail-on" in err
    code, _, _ = run(capsys, monkeypatch, tmp_path, "validate", str(report), "--no-config", "--fail-on", "never")
    assert code == 0


def test_baseline_accepts_known_gaps_and_catches_new_ones(capsys, monkeypatch, tmp_path, real_report):
    report = tmp_path / "report.txt"
    report.write_text(real_report.read_text(encoding="utf-8"), encoding="utf-8")
    baseline = tmp_path / "fzcheck-baseline.json"
    code, _, err = run(capsys, monkeypatch, tmp_path, "validate", str(report), "--no-config",
                       "--write-baseline", str(baseline))
    assert code == 0 and baseline.is_file()
    assert str(baseline) in err
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert {"path": "report.txt", "id": "part.first-responsible", "status": "missing"} in entries
    code, _, _ = run(capsys, monkeypatch, tmp_path, "validate", str(report), "--no-config",
                     "--baseline", str(baseline), "--fail-on", "info")
    assert code == 0
    # a new gap: the measures part loses its heading
    text = report.read_text(encoding="utf-8").replace("一、2022年主要举措及成效", "一、其他")
    report.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, tmp_path, "validate", str(report), "--no-config",
                       "--baseline", str(baseline), "-f", "json")
    assert code == 1
    elements = {e["id"]: e for e in json.loads(out)["reports"][0]["elements"]}
    assert elements["part.first-responsible"]["suppressed"]["by"] == "baseline"
    assert elements["part.measures"]["status"] != "met"
    assert elements["part.measures"]["suppressed"] is None


def test_inline_directive_with_reason(capsys, monkeypatch, tmp_path):
    text = (EXAMPLES / "deficient-report.md").read_text(encoding="utf-8")
    reason = "街道不承担重大行政决策和信息化建设职能"
    path = tmp_path / "r.md"
    path.write_text(f"<!-- fzcheck-disable topic.digital topic.major-decisions -- {reason} -->\n" + text,
                    encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, tmp_path, "validate", str(path), "--no-config", "-f", "json")
    assert code == 1  # other errors remain
    elements = {e["id"]: e for e in json.loads(out)["reports"][0]["elements"]}
    assert elements["topic.digital"]["suppressed"] == {"by": "inline", "reason": reason, "line": 1}
    assert elements["topic.major-decisions"]["suppressed"]["by"] == "inline"
    assert elements["topic.normative-docs"]["suppressed"] is None
    assert err == ""


def test_directive_without_reason_is_ignored_with_a_notice(capsys, monkeypatch, tmp_path):
    text = (EXAMPLES / "deficient-report.md").read_text(encoding="utf-8")
    path = tmp_path / "r.txt"
    path.write_text("<!-- fzcheck-disable topic.digital -->\n" + text, encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, tmp_path, "validate", str(path), "--no-config", "-f", "json")
    assert code == 1
    elements = {e["id"]: e for e in json.loads(out)["reports"][0]["elements"]}
    assert elements["topic.digital"]["suppressed"] is None
    assert "r.txt:1" in err and "fzcheck-disable" in err
