"""Batch review: rows per report, errors as rows, copy detection, outputs that are stable."""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import REPO
from conftest import run_cli as cli
from fzcheck.batch import collect, run_batch

EXAMPLES = REPO / "examples"

OPENING = ("2023年，{unit}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
           "全面推进法治政府建设。现将有关情况报告如下：")
COPIED = ("持续深化“放管服”改革，全面推行政府权责清单制度，动态调整行政权力事项，编制公共服务事项清单并向社会公开；"
          "深化证照分离改革，推行告知承诺制，压减审批环节和办理时限，企业开办时间压缩至一个工作日以内，"
          "政务服务事项网上可办率达到百分之九十八。")


def report(unit: str, own: str, copied: bool) -> str:
    body = COPIED if copied else own
    return (f"# {unit}2023年度法治政府建设情况报告\n\n{OPENING.format(unit=unit)}\n\n"
            f"## 一、主要举措和成效\n\n{body}\n\n{own}\n\n"
            f"## 二、存在的不足和原因\n\n一是{unit}执法力量不足。究其原因，编制有限。\n")




@pytest.fixture
def reports_dir(tmp_path):
    d = tmp_path / "reports"
    (d / "streets").mkdir(parents=True)
    shutil.copy(EXAMPLES / "complete-report.md", d / "complete.md")
    shutil.copy(EXAMPLES / "deficient-report.md", d / "streets" / "deficient.md")
    (d / "streets" / "empty.txt").write_bytes(b"")
    (d / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    (d / "notes.xyz").write_text("not a report", encoding="utf-8")  # unsupported suffix: not collected
    return d


def test_collect_recurses_dedupes_and_survives_symlink_loops(reports_dir):
    os.symlink(reports_dir, reports_dir / "streets" / "loop")
    files = collect([str(reports_dir), str(reports_dir / "complete.md"), str(reports_dir / "*.md")])
    names = sorted(os.path.basename(f) for f in files)
    # every file gets a row: notes.xyz is collected, and skipped by a stated rule when checked
    assert names == ["complete.md", "corrupt.docx", "deficient.md", "empty.txt", "notes.xyz"]
    assert files == sorted(files)


def test_rows_errors_and_exit_codes(capsys, reports_dir, tmp_path):
    target = tmp_path / "review.json"
    code, out, err = cli(capsys, "batch", str(reports_dir), "-j", "1", "-o", str(target), "--fail-on", "never")
    assert code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    rows = data["rows"]
    assert len(rows) == 5
    assert {os.path.basename(r["path"]): r["kind"] for r in rows}["notes.xyz"] == "skipped"
    errors = {os.path.basename(r["path"]): r["error"] for r in rows if r["error"]}
    assert set(errors) == {"corrupt.docx", "empty.txt"}
    assert all(os.path.basename(p) in e for p, e in errors.items())
    complete = next(r for r in rows if r["path"].endswith("complete.md"))
    assert complete["score"] == 100.0 and complete["late"] is False
    deficient = next(r for r in rows if r["path"].endswith("deficient.md"))
    assert deficient["late"] is True and deficient["days_late"] == 8
    assert deficient["statuses"]["part.first-responsible"] == "missing"
    assert "Traceback" not in out + err
    code, _, _ = cli(capsys, "batch", str(reports_dir), "-j", "1", "--fail-on", "error")
    assert code == 1


def test_an_unreadable_report_alone_fails_the_batch_at_error(capsys, tmp_path):
    # the only other report is complete: the exit code is decided by the unreadable file
    d = tmp_path / "reports"
    d.mkdir()
    shutil.copy(EXAMPLES / "complete-report.md", d / "complete.md")
    assert cli(capsys, "batch", str(d), "-j", "1", "--fail-on", "error")[0] == 0
    (d / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    assert cli(capsys, "batch", str(d), "-j", "1", "--fail-on", "error")[0] == 1
    assert cli(capsys, "batch", str(d), "-j", "1", "--fail-on", "warning")[0] == 1
    assert cli(capsys, "batch", str(d), "-j", "1", "--fail-on", "never")[0] == 0


def test_xlsx_matrix_matches_json(capsys, reports_dir, tmp_path):
    from openpyxl import load_workbook

    cli(capsys, "batch", str(reports_dir), "-j", "1", "-o", str(tmp_path / "r.json"), "-o", str(tmp_path / "r.xlsx"),
        "--fail-on", "never")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert book.sheetnames == ["总览", "要素情况", "排名", "常见缺项", "问题清单", "疑似雷同"]
    rows = list(book["要素情况"].iter_rows(values_only=True))
    titles, ids = rows[0], rows[1]
    assert titles[:3] == ("序号", "单位", "得分") and "主要举措和成效" in titles
    symbols = {"met": "✔", "partial": "◐", "missing": "✘", "failed": "✘", "skipped": "–"}
    checked = [r for r in data["rows"] if r["kind"] == "checked"]
    assert len(rows) == 2 + len(checked) == 4
    for row, expected in zip(rows[2:], checked, strict=True):
        assert row[1] == expected["unit"]
        for eid in data["elements"]:
            assert row[ids.index(eid.split(".", 1)[1])] == symbols[expected["statuses"][eid]], (expected["path"], eid)
    findings = list(book["问题清单"].iter_rows(values_only=True))
    assert any(r[2] == "党政主要负责人履行推进法治建设第一责任人职责情况" and r[4] == "✘ 缺失" for r in findings[1:])


def test_csv_has_bom_and_one_column_per_element(capsys, reports_dir, tmp_path):
    target = tmp_path / "r.csv"
    cli(capsys, "batch", str(reports_dir), "-j", "1", "-o", str(target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert any(c.endswith("（topic.xi-thought）") for c in rows[0]) and any("（doc.deadline）" in c for c in rows[0])
    assert len(rows) == 6  # one per file, notes.xyz included
    assert {r[0]: r[8] for r in rows[1:]}["notes.xyz"] == "已跳过"


def test_outputs_are_byte_identical_run_to_run(capsys, reports_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # the check date printed on every page
    for suffix in (".xlsx", ".csv", ".json", ".html"):
        a, b = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
        cli(capsys, "batch", str(reports_dir), "-j", "1", "-o", str(a))
        cli(capsys, "batch", str(reports_dir), "-j", "1", "-o", str(b))
        assert a.read_bytes() == b.read_bytes(), suffix


def test_html_escapes_report_text(capsys, tmp_path):
    d = tmp_path / "r"
    d.mkdir()
    (d / "x.md").write_text("# <script>alert(1)</script>某区2023年度法治政府建设情况报告\n\n"
                            "## 一、主要举措和成效\n\n<img src=x onerror=alert(2)>全年审核规范性文件3件。\n",
                            encoding="utf-8")
    target = tmp_path / "r.html"
    cli(capsys, "batch", str(d), "-j", "1", "-o", str(target))
    page = target.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)" in page
    assert page.count("<script>") == 1  # the page's own sorting script, admitted by its CSP hash
    assert "Content-Security-Policy" in page


def test_copied_paragraph_is_a_pair_and_stock_phrases_are_not(tmp_path):
    d = tmp_path / "r"
    d.mkdir()
    own = {
        "甲街道": "组织开展法治讲座六场，覆盖社区居民八百余人次，发放宣传资料两千余份，"
                 "建成法治文化广场一处，群众满意度明显提升。",
        "乙镇": "全年受理行政复议申请五件，依法审结五件，行政机关负责人出庭应诉率达到百分之百，"
               "败诉率为零，依法行政水平持续提高。",
        "丙街道": "完善重大行政决策程序，对三项重大决策事项开展风险评估和合法性审查，"
                 "组织专家论证两次，公开征求意见一百二十条。",
    }
    (d / "a.md").write_text(report("甲街道", own["甲街道"], copied=True), encoding="utf-8")
    (d / "b.md").write_text(report("乙镇", own["乙镇"], copied=True), encoding="utf-8")
    (d / "c.md").write_text(report("丙街道", own["丙街道"], copied=False), encoding="utf-8")
    result = run_batch(collect([str(d)]), jobs=1)
    try:
        assert result.copy_count == 1
        (pair,) = list(result.copies())
        assert pair["a"]["path"].endswith("a.md") and pair["b"]["path"].endswith("b.md")
        assert pair["a"]["location"] == 7 and pair["b"]["location"] == 7  # the copied paragraph
        assert pair["similarity"] >= 0.9
        flags = {os.path.basename(r["path"]): r["copied_with"] for r in result.rows()}
        assert flags["c.md"] == [] and len(flags["a.md"]) == 1
    finally:
        result.close()


def test_parallel_workers_give_the_same_rows(tmp_path):
    d = tmp_path / "r"
    d.mkdir()
    for i in range(10):
        shutil.copy(EXAMPLES / ("complete-report.md" if i % 2 else "deficient-report.md"), d / f"{i}.md")
    one = run_batch(collect([str(d)]), jobs=1)
    two = run_batch(collect([str(d)]), jobs=2)
    try:
        assert list(one.rows()) == list(two.rows())
    finally:
        one.close()
        two.close()


def test_bad_output_suffix_and_no_files(capsys, tmp_path):
    code, _, err = cli(capsys, "batch", str(EXAMPLES), "-o", str(tmp_path / "r.pdf"))
    assert code == 2 and ".pdf" in err
    code, _, err = cli(capsys, "batch", str(tmp_path / "nothing-here" / "*.md"))
    assert code == 2


@pytest.mark.skipif(shutil.which("chromium") is None, reason="headless Chromium not installed")
def test_html_renders_in_chromium_without_running_report_scripts(capsys, tmp_path):
    import subprocess

    d = tmp_path / "r"
    d.mkdir()
    payload = "<script>document.title='PWNED'</script><img src=x onerror=\"document.title='PWNED2'\">"
    (d / "evil.md").write_text(f"# {payload}某区2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n"
                               f"{payload}全年审核规范性文件3件。\n", encoding="utf-8")
    target = tmp_path / "review.html"
    cli(capsys, "batch", str(d), "-j", "1", "-o", str(target))
    done = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", target.as_uri()],
        capture_output=True, text=True, timeout=120)
    dom = done.stdout
    assert "<title>法治政府建设年度报告审查结果</title>" in dom
    assert "<tbody>" in dom and "evil.md" in dom  # the table rendered
    assert "PWNED</title>" not in dom and "<img" not in dom


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json", ".html"])
def test_unwritable_output_is_one_line_exit_2(capsys, tmp_path, suffix):
    target = tmp_path / "missing-dir" / f"review{suffix}"
    code, _, err = cli(capsys, "batch", str(EXAMPLES), "-j", "1", "-o", str(target))
    assert code == 2 and str(target) in err and "内部错误" not in err
    assert not target.parent.exists()


def test_findings_carry_their_evidence(capsys, reports_dir, tmp_path):
    from openpyxl import load_workbook

    cli(capsys, "batch", str(reports_dir), "-j", "1", "-o", str(tmp_path / "r.json"))
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    texts = {row["path"]: Path(row["path"]).read_text(encoding="utf-8", errors="replace") for row in data["rows"]}
    quoted = 0
    for row in data["rows"]:
        for f in row["findings"]:
            if f["status"] == "missing":
                assert f["evidence"] == "", f  # nothing was found, so nothing is quoted
            elif f["evidence"]:
                quoted += 1
                for piece in f["evidence"].split(" / "):
                    assert piece.strip("…") in texts[row["path"]], piece
    assert quoted >= 2  # the deficient example has partial topics and a paragraph without figures
    cli(capsys, "batch", str(reports_dir), "-j", "1", "-o", str(tmp_path / "r.xlsx"))
    sheet = list(load_workbook(tmp_path / "r.xlsx", read_only=True)["问题清单"].iter_rows(values_only=True))
    assert sheet[0][-1] == "原文依据"
    assert sum(1 for r in sheet[1:] if r[-1]) == quoted


def test_csv_cells_from_report_text_never_become_formulas(capsys, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.md").write_text("# =HYPERLINK(\"http://x\")2023年度法治政府建设情况报告\n\n正文。\n", encoding="utf-8")
    cli(capsys, "batch", str(d), "-j", "1", "-o", str(tmp_path / "r.csv"))
    rows = list(csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert not any(cell.startswith(("=", "+", "@")) for row in rows[1:] for cell in row)


@pytest.mark.parametrize("name", ["complete-report.md", "deficient-report.md"])
def test_a_checked_report_leaves_no_cycles_for_the_gc(name):
    """A report's objects (document, text index, regions, results) are freed by reference counting
    the moment its row is made: a cycle among them made each worker spend ~12% of its time in the GC."""
    import gc

    from fzcheck.batch import _prepare, check_one
    from fzcheck.checklist import load_checklist

    _prepare("national", load_checklist("national"))
    check_one(str(EXAMPLES / name))  # first use fills the checklist's caches, which live on
    gc.collect()
    gc.disable()
    try:
        row, _ = check_one(str(EXAMPLES / name))
        assert row["error"] is None and row["statuses"]
        assert gc.collect() == 0
    finally:
        gc.enable()

