"""The one-report web page (validate --format html, the result page of fzcheck serve)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from fzcheck.api import check_file
from fzcheck.render.html_report import STYLE, render_page, style_hash
from fzcheck.render.view import result_view

EXAMPLES = Path(__file__).parents[1] / "examples"


def test_real_report_reads_as_the_shared_view(real_report: Path) -> None:
    report = check_file(str(real_report))
    view = result_view(report, "zh")
    page = render_page([report], "zh")
    assert f'<p class="verdict fail">{view.verdict.text("zh")}</p>' in page
    # the gaps in result_view order, each with its place as the view words it
    titles = re.findall(r'<li class="gap [a-z]+" id="g\d+">\s*<h3><span class="st [a-z]+">[^<]+</span> ([^<]+)<', page)
    assert titles == [g.result.element.title_for("zh") for g in view.gaps]
    for gap in view.gaps:
        assert gap.where in page
    # evidence highlighted in the text; the missing part marked between 二、 and 三、
    assert '<mark class="met" title="主要举措和成效">主要举措</mark>' in page
    assert page.index('id="L41"') < page.index('id="m1"') < page.index('id="L43"')
    assert '<a href="#m1">应在 二、存在的不足和原因（第 39 行）之后' in page
    # a report-level rule is marked at each paragraph it names
    assert page.count("缺少量化数据") == 2 * 3  # in the gap list and at each paragraph


def test_page_runs_no_script_and_escapes_report_text(tmp_path: Path) -> None:
    src = tmp_path / "r.md"
    src.write_text("# 某街道<script>alert(1)</script>2022年法治政府建设年度报告\n\n"
                   "## 一、主要举措\n\n学法<img src=x onerror=alert(2)> 4 次 & 更多。\n", encoding="utf-8")
    page = render_page([check_file(str(src))], "zh")
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy and "script-src" not in policy.group(1) and "default-src 'none'" in policy.group(1)
    assert f"'sha256-{style_hash()}'" in policy.group(1) and f"<style>{STYLE}</style>" in page
    assert "@page{size:A4" in STYLE


def test_word_and_pdf_locations() -> None:
    word = render_page([check_file(str(EXAMPLES / "complete-report.docx"))], "zh")
    assert re.search(r"第 \d+ 段（[^<]+ 之下）", word)
    assert '<p class="verdict pass">结论：通过' in word
    pdf = render_page([check_file(str(EXAMPLES / "complete-report.pdf"))], "en")
    assert '<div class="pagebreak">page 1</div>' in pdf and 'lang="en"' in pdf


def test_validate_format_html_writes_one_section_per_report(tmp_path: Path, real_report: Path) -> None:
    out = tmp_path / "out.html"
    run = subprocess.run([sys.executable, "-m", "fzcheck", "validate", str(real_report),
                          str(EXAMPLES / "deficient-report.md"), "--format", "html", "-o", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count('<article class="report"') == 2
    assert 'id="r1-g1"' in page and 'id="r2-g1"' in page  # ids stay unique across reports
    from lxml import html

    tree = html.fromstring(page)
    hrefs = {a.get("href")[1:] for a in tree.iter("a") if (a.get("href") or "").startswith("#")}
    ids = {e.get("id") for e in tree.iter() if e.get("id")}
    assert hrefs and hrefs <= ids  # every link leads somewhere in the page
