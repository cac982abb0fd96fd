"""`fzcheck init`: a skeleton that has every part, and whose prompts are never taken as evidence."""

from __future__ import annotations

import json

import pytest

from fzcheck.cli import main
from fzcheck.skeleton import cn_numeral


def run(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    return int(exc.value.code or 0), capsys.readouterr().out


def test_unfilled_skeleton_has_every_part_and_none_met(capsys, tmp_path):
    code, text = run(capsys, "init", "--year", "2024", "--unit", "某某街道办事处")
    assert code == 0
    assert text.startswith("# 某某街道办事处关于2024年度法治政府建设情况的报告")
    assert "## 四、2025年度推进法治政府建设的主要安排" in text
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    _, out = run(capsys, "validate", str(path), "-f", "json", "--no-config")
    elements = {e["id"]: e["status"] for e in json.loads(out)["reports"][0]["elements"]}
    report = json.loads(out)["reports"][0]
    parts = {e["id"]: e for e in report["elements"] if e["id"].startswith("part.")}
    # every heading is there, but prompts are never evidence: each part is 待填写, none met
    assert len(parts) == 5 and {e["status"] for e in parts.values()} == {"partial"}
    assert all(any(n["code"] == "note.to_fill" for n in e["notes"]) for e in parts.values())
    assert elements["doc.year"] == "met" and elements["doc.title"] == "met"
    assert elements["doc.numbering"] == "met"
    # the prompts and bare headings are not evidence: an unfilled skeleton has no topic
    topics = {k: v for k, v in elements.items() if k.startswith("topic.")}
    assert set(topics.values()) == {"missing"}


def test_filled_in_section_counts(capsys, tmp_path):
    _, text = run(capsys, "init", "--year", "2024", "--unit", "某某街道办事处")
    filled = text.replace("（请填写：写明主动公开政府信息条数、依申请公开办理件数和政务公开平台建设情况。）",
                          "全年主动公开政府信息326条，办理依申请公开12件。")
    assert filled != text
    path = tmp_path / "report.md"
    path.write_text(filled, encoding="utf-8")
    _, out = run(capsys, "validate", str(path), "-f", "json", "--no-config")
    elements = {e["id"]: e["status"] for e in json.loads(out)["reports"][0]["elements"]}
    assert elements["topic.transparency"] == "met"
    # the part with a filled-in section is no longer 待填写; the others still are
    assert elements["part.measures"] == "met" and elements["part.next-year"] == "partial"


def test_skeleton_follows_the_checklist(capsys):
    _, text = run(capsys, "init", "-c", "department", "--year", "2023", "--unit", "某某局")
    assert "（十六）领导干部学法用法" in text


def test_chinese_numerals():
    assert [cn_numeral(n) for n in (1, 9, 10, 11, 16, 20, 21)] == ["一", "九", "十", "十一", "十六", "二十", "二十一"]


def test_explain(capsys):
    code, out = run(capsys, "explain", "part.first-responsible", "--markdown")
    assert code == 0
    assert "厅字〔2019〕28号" in out and "第一责任人" in out and "应补充" in out
    code, out = run(capsys, "explain", "topic.enforcement-three-systems.recording", "--markdown", "--lang", "en")
    assert "topic.enforcement-three-systems" in out and "recording" in out.lower()
    with pytest.raises(SystemExit) as exc:
        main(["explain", "topic.digtal"])
    assert exc.value.code == 2
    assert "topic.digital" in capsys.readouterr().err
