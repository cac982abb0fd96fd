"""Reviewers' results: every file of a folder accounted for, an all-Chinese workbook that prints,
and a review page that reads at 1366×768 without any network."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from conftest import REPO
from conftest import run_cli as cli

EXAMPLES = REPO / "examples"
CHROMIUM = shutil.which("chromium")
SOFFICE = shutil.which("soffice")
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]




@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder as reviewers receive it: reports in several formats, some we cannot read, an
    image, fzcheck's own annotated copy, and a Markdown file that is not a report."""
    d = tmp_path / "收到的报告"
    d.mkdir()
    shutil.copy(EXAMPLES / "complete-report.md", d / "a.md")
    shutil.copy(EXAMPLES / "complete-report.docx", d / "b.docx")
    shutil.copy(EXAMPLES / "complete-report.docx", d / "b.reviewed.docx")
    for suffix in (".wps", ".doc", ".odt", ".rtf"):
        (d / f"c{suffix}").write_bytes(b"\xd0\xcf\x11\xe0 not really")
    (d / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    shutil.copy(REPO / "docs" / "checklist-national.md", d / "reference.md")
    return d


def test_every_file_gets_one_row_in_every_format(capsys, mixed, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    outs = [tmp_path / f"r{s}" for s in (".json", ".csv", ".xlsx", ".html")]
    _, out, err = cli(capsys, "batch", str(mixed), "-j", "1", *[a for o in outs for a in ("-o", str(o))])
    assert all(o.is_file() for o in outs), err  # each -o is written
    names = sorted(p.name for p in mixed.iterdir())
    rows = json.loads(outs[0].read_text(encoding="utf-8"))["rows"]
    kinds = {Path(r["path"]).name: r["kind"] for r in rows}
    assert sorted(kinds) == names
    assert kinds == {"a.md": "checked", "b.docx": "checked", "b.reviewed.docx": "skipped", "c.wps": "refused",
                     "c.doc": "refused", "c.odt": "refused", "c.rtf": "refused", "scan.png": "skipped",
                     "reference.md": "not_report"}
    refused = next(r for r in rows if r["path"].endswith("c.wps"))
    assert "请另存为 .docx" in refused["reason"]
    reference = next(r for r in rows if r["path"].endswith("reference.md"))
    assert reference["score"] is None  # the checklist reference scored 82 before: it is not a report
    # the CSV, the workbook's 总览 and the page name every file once, by its path in the folder
    with outs[1].open(encoding="utf-8-sig") as fh:
        assert sorted(r[0] for r in list(csv.reader(fh))[1:]) == names
    sheet = list(load_workbook(outs[2], read_only=True)["总览"].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(sheet) if r[0] == "序号")
    assert sorted(r[10] for r in sheet[head + 1:]) == names
    verdicts = {r[10]: r[4] for r in sheet[head + 1:]}
    assert verdicts["c.odt"] == "已拒收" and verdicts["scan.png"] == "已跳过"
    assert verdicts["reference.md"] == "不是年度报告"
    summary = " ".join(str(r[0]) for r in sheet[1:head] if r[0])
    assert "fzcheck 生成的批注稿" in summary and "请另存为 .docx" in summary  # the skip rules are stated
    page = outs[3].read_text(encoding="utf-8")
    for name in names:
        assert name in page
    # the terminal says it too
    assert "另有 7 个文件未审查" in out


def test_a_path_that_does_not_exist_is_one_line_exit_2(capsys, tmp_path):
    code, _, err = cli(capsys, "batch", str(tmp_path / "nosuch"))
    assert code == 2
    assert err.strip().count("\n") == 0 and "nosuch" in err and "不存在" in err


def test_collector_header_never_becomes_the_unit(capsys, excerpts, tmp_path):
    target = tmp_path / "r.json"
    cli(capsys, "batch", *map(str, excerpts), "-j", "1", "-o", str(target))
    rows = json.loads(target.read_text(encoding="utf-8"))["rows"]
    assert len(rows) == len(excerpts)
    for row in rows:
        assert not (row["unit"] or "").lower().startswith(("title", "url")), row["path"]
    assert sum(r["kind"] == "checked" for r in rows) == len(excerpts)  # excerpts are reports, cut short
    first = next(r for r in rows if r["path"].endswith("003.txt"))
    assert first["unit"] == "留下街道" and first["year"] == 2022


def test_dates_table_feeds_the_deadline_rule(capsys, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    # a report that carries no publication date
    text = (EXAMPLES / "complete-report.md").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if "发布" not in line and "2024年3月" not in line)
    (d / "undated.md").write_text(body, encoding="utf-8")
    shutil.copy(d / "undated.md", d / "other.md")
    dates = tmp_path / "dates.csv"
    dates.write_text("文件,发布日期\nundated.md,2024-04-15\n", encoding="utf-8")
    target = tmp_path / "r.json"
    cli(capsys, "batch", str(d), "-j", "1", "--dates", str(dates), "-o", str(target))
    rows = {Path(r["path"]).name: r for r in json.loads(target.read_text(encoding="utf-8"))["rows"]}
    dated = rows["undated.md"]
    assert dated["published"] == "2024-04-15" and dated["date_source"] == "dates"
    assert dated["late"] is True and dated["days_late"] == 15
    assert rows["other.md"]["date_source"] != "dates"
    # a bad table is one line, exit 2
    dates.write_text("文件,日期\nundated.md,not a date\n", encoding="utf-8")
    code, _, err = cli(capsys, "batch", str(d), "-j", "1", "--dates", str(dates))
    assert code == 2 and "dates.csv:2:" in err and "文件名或单位,日期" in err and err.count("\n") == 1


def test_a_unit_reusing_its_own_report_is_not_copying(capsys, tmp_path):
    text = (EXAMPLES / "complete-report.md").read_text(encoding="utf-8")
    d = tmp_path / "in"
    d.mkdir()
    (d / "2023.md").write_text(text, encoding="utf-8")
    (d / "2022.md").write_text(text.replace("2023", "2022").replace("2024", "2023"), encoding="utf-8")
    target = tmp_path / "r.json"
    cli(capsys, "batch", str(d), "-j", "1", "-o", str(target), "-o", str(tmp_path / "r.xlsx"))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [r["year"] for r in data["rows"]] == [2022, 2023]
    assert data["rows"][0]["unit"] == data["rows"][1]["unit"]
    (pair,) = data["copies"]
    assert pair["reuse"] is True and pair["a"]["year"] == 2022 and pair["b"]["year"] == 2023
    assert 0.5 <= pair["share"] <= 1.0
    assert all(r["copied_with"] == [] for r in data["rows"])  # not copying between units
    from openpyxl import load_workbook

    copies = list(load_workbook(tmp_path / "r.xlsx", read_only=True)["疑似雷同"].iter_rows(values_only=True))
    assert copies[1][0] == "沿用往年报告" and copies[1][11] == pair["share"]


@pytest.fixture
def corpus_book(capsys, excerpts, real_report, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    d = tmp_path / "corpus"
    d.mkdir()
    for f in [*excerpts, real_report]:
        shutil.copy(f, d / f.name)
    target = tmp_path / "review.xlsx"
    cli(capsys, "batch", str(d), "-j", "2", "-o", str(target), "-o", str(tmp_path / "review.html"))
    return target


def test_workbook_is_chinese_dated_ranked_and_prints(corpus_book):
    from openpyxl import load_workbook

    book = load_workbook(corpus_book)
    assert book.sheetnames[:6] == ["总览", "要素情况", "排名", "常见缺项", "问题清单", "疑似雷同"]
    # reports of one unit in two years (北京 2018 and 2019) are paired: 承诺兑现 is traced
    assert book.sheetnames[6:] in ([], ["未落实承诺"])
    for ws in book.worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape" and setup.paperSize == 9, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth in (None, 1)  # 1 is the default
        assert setup.fitToHeight == 0
        assert ws.print_title_rows, ws.title  # header rows repeat on every printed page
        assert ws.freeze_panes, ws.title
        assert "检查日期：2026-01-01" in ws.oddHeader.right.text and ws.title in ws.oddHeader.left.text
    overview = list(book["总览"].iter_rows(values_only=True))
    assert overview[0][0] == "法治政府建设年度报告审查结果"
    assert overview[1][0].startswith("共审查 34 份报告：通过 ")
    head = next(i for i, r in enumerate(overview) if r[0] == "序号")
    assert overview[head][:5] == ("序号", "单位", "年度", "得分", "结论")
    rows = overview[head + 1:]
    assert len(rows) == 34
    real = next(r for r in rows if r[10] == "fuling-lizhi-2022.txt")  # relative to the batch folder
    assert real[1] == "重庆市涪陵区荔枝街道办事处" and real[2] == 2022
    assert real[8] == dt.datetime(2023, 3, 13)  # an Excel date, not text
    assert real[6] == "否" and real[4] == "不通过"
    assert "党政主要负责人" in real[5]
    assert {r[6] for r in rows} <= {"是", "否", "", None}  # blank: no date, lateness unknown
    ranking = list(book["排名"].iter_rows(values_only=True))
    assert ranking[0] == ("名次", "单位", "得分", "结论", "文件")
    assert ranking[1][1] == "重庆市涪陵区荔枝街道办事处" and ranking[1][0] == 1
    scores = [r[2] for r in ranking[1:]]
    assert scores == sorted(scores, reverse=True)
    gaps = list(book["常见缺项"].iter_rows(values_only=True))
    assert gaps[0][0] == "要素" and gaps[0][-1] == "占比"
    counts = [r[5] for r in gaps[1:]]
    assert counts == sorted(counts, reverse=True) and abs(gaps[1][6] - gaps[1][5] / 34) < 1e-9
    findings = list(book["问题清单"].iter_rows(values_only=True))
    locations = [r[5] for r in findings[1:] if r[5]]
    assert locations and all(("行" in w or "全文" in w or "应在" in w) for w in locations)
    assert not any(str(c).startswith(("part.", "topic.")) for r in findings[1:] for c in r[2:5] if c)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")
def test_overview_prints_on_at_most_two_pages(corpus_book, tmp_path):
    done = subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(corpus_book)],
                          capture_output=True, text=True, timeout=300)
    pdf = tmp_path / "review.pdf"
    assert pdf.is_file(), done.stderr
    pages = _pdf_pages(pdf)
    overview = [p for p in pages if "审查结果　总览" in p or "审查结果 总览" in p]
    assert 1 <= len(overview) <= 2, len(overview)
    assert "共审查 34 份报告" in overview[0] and "逾期发布" in overview[0] and "缺少必备部分" in overview[0]


def _pdf_pages(pdf: Path) -> list[str]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


# ---------------------------------------------------------------- the page in Chromium

_PROBE = """<script>
window.addEventListener('load', function () {
  function box(el) { var r = el.getBoundingClientRect();
    return {x: r.left, y: r.top, r: r.right, b: r.bottom, text: el.textContent.trim()}; }
  var heads = Array.prototype.slice.call(document.querySelectorAll('table.matrix thead th')).slice(0, 8);
  var out = {w: innerWidth, h: innerHeight, summary: box(document.getElementById('summary')), heads: heads.map(box),
             external: performance.getEntriesByType('resource').map(function (e) { return e.name; })};
  var link = document.querySelector('table.matrix tbody a');  // a unit: its details open on the click
  if (link) { link.click(); }
  setTimeout(function () {
    var d = location.hash && document.getElementById(location.hash.slice(1));
    out.opened = d ? {id: d.id, open: d.open, text: d.textContent} : null;
    var pre = document.createElement('pre'); pre.id = 'probe'; pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }, 200);
});
</script>"""


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run([CHROMIUM, *CHROME_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                           "--window-size=1366,768", *args], capture_output=True, text=True, timeout=120)


def _probe(page: str, tmp_path: Path, name: str) -> dict:
    """Load *page* with a script that measures it (the page's CSP admits only its own script, so
    the probe replaces the policy in a copy)."""
    import re

    probed = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    probed = probed.replace("</body>", _PROBE + "</body>")
    copy = tmp_path / name
    copy.write_text(probed, encoding="utf-8")
    dom = _chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", copy.as_uri()).stdout
    m = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert m, dom[-2000:]
    import html

    return json.loads(html.unescape(m.group(1)))


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed")
def test_page_shows_summary_and_chinese_matrix_at_1366x768_with_no_request(corpus_book, tmp_path):
    target = corpus_book.with_suffix(".html")
    page = target.read_text(encoding="utf-8")
    assert "default-src 'none'" in page
    shot = tmp_path / "page.png"
    _chromium(tmp_path, "--hide-scrollbars", f"--screenshot={shot}", target.as_uri())
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 1366  # width
    info = _probe(page, tmp_path, "probed.html")
    assert info["w"] == 1366
    summary = info["summary"]
    assert summary["b"] <= 768 and "共审查 34 份报告" in summary["text"]
    heads = info["heads"]
    assert [h["text"] for h in heads[:3]] == ["单位", "得分", "结论"]
    assert heads[3]["text"] == "主要举措和成效"
    for h in heads:  # the first matrix columns are on the first screen
        assert h["x"] >= 0 and h["r"] <= 1366 and h["y"] < 768, h
    assert info["external"] == []  # nothing loaded from outside the file
    opened = info["opened"]  # the first unit's details, opened by clicking its name
    assert opened["open"] and opened["id"] == "r1" and "留下街道" in opened["text"] and "✘ 缺失" in opened["text"]
    # under its own CSP the page's script runs (its hash is right): opened at #r2, report 2 is open
    dom = _chromium(tmp_path, "--virtual-time-budget=2000", "--dump-dom", target.as_uri() + "#r2").stdout
    assert '<details class="report" id="r2" open="">' in dom and '<details class="report" id="r3">' in dom
    # the check can fail: the same probe sees a page that loads something
    leaky = page.replace("</body>", '<img src="http://127.0.0.1:9/x.png"></body>')
    assert _probe(leaky, tmp_path, "leaky.html")["external"] == ["http://127.0.0.1:9/x.png"]


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed")
def test_page_prints_the_answers_and_matrix_on_a_few_pages(corpus_book, tmp_path):
    pdf = tmp_path / "page.pdf"
    _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", corpus_book.with_suffix(".html").as_uri())
    pages = _pdf_pages(pdf)
    assert len(pages) <= 6  # the details of 34 reports print only when opened
    first = pages[0]
    assert "共审查 34 份报告" in first and "主要举措和成效" in first and "留下街道" in first


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed")
def test_page_csp_blocks_a_request_that_report_text_could_smuggle(tmp_path):
    """The policy itself, seen in Chromium's network log: an external image in a page with the
    review page's CSP is never requested; without the policy it is (so the check can fail)."""
    from fzcheck.render.page import CSP

    body = '<body><img src="http://127.0.0.1:9/y.png"></body></html>'
    policy = f'<meta http-equiv="Content-Security-Policy" content="{CSP.format(sha="x")}">'
    seen = {}
    for name, head in (("kept", policy), ("none", "")):
        target = tmp_path / f"{name}.html"
        target.write_text(f"<!DOCTYPE html><html><head>{head}</head>{body}", encoding="utf-8")
        netlog = tmp_path / f"{name}.json"
        _chromium(tmp_path / name, f"--log-net-log={netlog}", "--dump-dom", target.as_uri())
        seen[name] = "127.0.0.1:9" in netlog.read_text(encoding="utf-8", errors="replace")
    assert seen == {"kept": False, "none": True}


def test_xlsx_is_a_zip_with_no_external_links(corpus_book):
    with zipfile.ZipFile(corpus_book) as z:
        assert not any("externalLink" in n for n in z.namelist())


def test_beijing_2019_reusing_its_2018_report_is_reuse_not_copying(corpus_book):
    from openpyxl import load_workbook

    book = load_workbook(corpus_book, read_only=True)
    copies = list(book["疑似雷同"].iter_rows(values_only=True))
    assert len(copies) == 2
    kind, unit_a, year_a, _, _, unit_b, year_b = copies[1][:7]
    assert (kind, unit_a, year_a, unit_b, year_b) == ("沿用往年报告", "北京市人民政府", 2018, "北京市", 2019)
    assert 0 < copies[1][11] <= 1  # the share of the later report's paragraphs reused
    summary = next(book["总览"].iter_rows(min_row=2, max_row=2, values_only=True))[0]
    assert summary.endswith("疑似雷同 0 对")


def test_unit_key_names_one_government_alike_across_years():
    from fzcheck.unitnames import unit_key

    assert unit_key("北京市") == unit_key("北京市人民政府") == "北京市"
    assert unit_key("中共青岛市交通运输局党组") == unit_key("青岛市交通运输局")
    assert unit_key("留下街道办事处") == unit_key("留下街道")
    assert unit_key("北京市人民政府办公厅") != unit_key("北京市")  # the general office reports for itself
    assert unit_key("北京市司法局") != unit_key("北京市")
    assert unit_key(None) is None and unit_key("人民政府") is None


def test_collector_header_is_blanked_and_lines_stay_where_they_were():
    from fzcheck.inputs import strip_collector_header

    text = ("url: https://x.gov.cn/a.html\ntitle: 某区2023年度法治政府建设情况报告\nyear: 2023\n---\n"
            "某区2023年度报告\n正文")
    out = strip_collector_header(text)
    assert out.split("\n") == ["", "", "", "", "某区2023年度报告", "正文"]
    for kept in ("某区2023年度报告\nurl: x\n---\n", "---\ntitle: x\n---\n正文", "note: one line only\n---\n正文",
                 "Title: 某区\n正文在这里\n---\n"):
        assert strip_collector_header(kept) == kept


def test_word_findings_are_located_by_paragraph(capsys, tmp_path):
    import docx

    d = tmp_path / "in"
    d.mkdir()
    document = docx.Document()
    document.add_heading("某区人民政府2023年度法治政府建设情况报告", level=0)
    document.add_paragraph("2023年，某区深入学习贯彻习近平法治思想，全面推进法治政府建设。现将有关情况报告如下：")
    document.add_heading("一、主要举措和成效", level=1)
    document.add_paragraph("全年审核行政规范性文件12件，办理行政复议案件35件，组织执法人员培训4次。")
    document.add_heading("二、存在的不足和原因", level=1)
    document.add_paragraph("一是执法力量不足。究其原因，编制有限。")
    document.save(d / "report.docx")
    target = tmp_path / "r.json"
    cli(capsys, "batch", str(d), "-j", "1", "-o", str(target))
    (row,) = json.loads(target.read_text(encoding="utf-8"))["rows"]
    places = [f["where"] for f in row["findings"]]
    assert any("段" in w for w in places) and not any("行" in w for w in places), places
    missing = next(f for f in row["findings"] if f["id"] == "part.first-responsible")
    assert missing["where"].startswith("应在 ") and "段）" in missing["where"]


def test_dates_table_matches_a_path_a_file_name_or_a_unit(tmp_path):
    from fzcheck.inputs import date_for, read_dates

    table = tmp_path / "d.csv"
    table.write_text("sub/a.docx,2024/3/2\nb.docx,2024年3月28日\n某区司法局,2024-04-02\n", encoding="utf-8")
    dates = read_dates(str(table))
    root = str(tmp_path)
    assert date_for(dates, str(tmp_path / "sub" / "a.docx"), root, None) == dt.date(2024, 3, 2)
    assert date_for(dates, str(tmp_path / "x" / "b.docx"), root, None) == dt.date(2024, 3, 28)
    assert date_for(dates, str(tmp_path / "c.docx"), root, "某区司法局") == dt.date(2024, 4, 2)
    assert date_for(dates, str(tmp_path / "c.docx"), root, "某区") is None
