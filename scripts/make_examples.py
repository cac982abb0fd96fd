"""Build examples/complete-report.docx, .html and .pdf from examples/complete-report.md.

    python scripts/make_examples.py            # needs python-docx and reportlab (pip install ".[test]")

The three files carry the same report as the Markdown model report, each the way it meets a
reviewer: a Word file as a drafter writes it (title style, heading styles, 仿宋 body text with a
first-line indent), a portal page as saved from the browser (navigation, 「发布时间」, share bar,
related links, footer, scripts), and a PDF as printed from Word (page numbers 「- 1 -」). Dates
and metadata are fixed, so the files are rebuilt byte for byte.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SOURCE = EXAMPLES / "complete-report.md"
FIXED = dt.datetime(2024, 3, 20, 9, 30, 0)
PUBLISHED = "2024-03-20 09:30"


def read_markdown(path: Path) -> list[tuple[int, str]]:
    """(level, text) blocks: 0 the title, 1/2 headings (## / ###), 9 a body paragraph."""
    blocks: list[tuple[int, str]] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            blocks.append((9, "".join(pending)))
            pending.clear()

    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.strip()
        m = re.match(r"^(#{1,6})\s+(.*)$", line)
        if m:
            flush()
            blocks.append((len(m.group(1)) - 1, m.group(2).strip()))
        elif not line:
            flush()
        else:
            pending.append(line)
    flush()
    return blocks


def _dated(blocks: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], str | None]:
    """The blocks less the 「发布日期：…」 line (a portal shows it in its own information bar)."""
    out, date = [], None
    for level, text in blocks:
        if level == 9 and date is None and re.match(r"^发布(?:日期|时间)[:：]", text):
            date = text
            continue
        out.append((level, text))
    return out, date


# ---------------------------------------------------------------- Word

def write_docx(blocks: list[tuple[int, str]], path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()

    def fonts(style_name: str, east_asian: str, size: float, bold: bool = False) -> None:
        style = document.styles[style_name]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.name = "Times New Roman"
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asian)

    fonts("Normal", "仿宋_GB2312", 16)
    fonts("Title", "方正小标宋简体", 22)
    fonts("Heading 1", "黑体", 16)
    fonts("Heading 2", "楷体_GB2312", 16)
    for level, text in blocks:
        if level == 0:
            p = document.add_paragraph(text, style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif level in (1, 2):
            document.add_paragraph(text, style=f"Heading {level}")
        else:
            p = document.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(32)
            if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日|.{2,20}人民政府", text):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # signature and date
    props = document.core_properties
    props.title = blocks[0][1] if blocks and blocks[0][0] == 0 else ""
    props.author = props.last_modified_by = "fzcheck examples"
    props.created = props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """The same ZIP with fixed member timestamps, so that a rebuild gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- portal page

NAV = ["首页", "走进临江", "政务公开", "政务服务", "互动交流", "专题专栏"]
RELATED = ["临江区2022年度法治政府建设情况的报告", "临江区2023年法治政府建设工作要点",
           "关于开展2023年度法治政府建设督察的通知"]


def write_html(blocks: list[tuple[int, str]], path: Path) -> None:
    blocks, _ = _dated(blocks)
    title = blocks[0][1] if blocks and blocks[0][0] == 0 else ""
    e = html.escape
    paras = []
    for level, text in blocks[1:]:
        if level in (1, 2):
            paras.append(f'<p style="text-indent:2em"><strong>{e(text)}</strong></p>')
        else:
            paras.append(f'<p style="text-indent:2em">{e(text)}</p>')
    nav = "".join(f'<li><a href="#">{e(n)}</a></li>' for n in NAV)
    related = "".join(f'<li><a href="#">{e(r)}</a></li>' for r in RELATED)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(title)}_青川市临江区人民政府</title>
<meta name="SiteName" content="青川市临江区人民政府">
<meta name="ColumnName" content="法治政府建设">
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="{PUBLISHED}">
<meta name="ContentSource" content="临江区人民政府办公室">
<style>/* 页面样式：这里的文字不会被当作正文 */ body {{ font-family: "仿宋"; }}</style>
<script>var siteTip = "欢迎访问临江区人民政府门户网站";</script>
</head>
<body>
<div class="header"><div class="logo">青川市临江区人民政府</div><ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
<div class="main">
<div class="article">
<h1 class="article-title">{e(title)}</h1>
<div class="article-info">发布时间：{PUBLISHED}　来源：临江区人民政府办公室　字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="article-content">
{chr(10).join(paras)}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
</div>
<div class="sidebar"><h3>相关文章</h3><ul>{related}</ul></div>
</div>
<div class="footer"><p>主办单位：青川市临江区人民政府办公室　版权所有</p>
<p>网站标识码：0000000000　ICP备00000000号</p></div>
<script>document.title = document.title + "（脚本不会被当作正文）";</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- PDF

def write_pdf(blocks: list[tuple[int, str]], path: Path) -> None:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=14, leading=26, firstLineIndent=28,
                          wordWrap="CJK")
    styles = {
        0: ParagraphStyle("title", parent=body, fontSize=20, leading=34, alignment=TA_CENTER, firstLineIndent=0,
                          spaceAfter=12),
        1: ParagraphStyle("h1", parent=body, spaceBefore=6),
        2: ParagraphStyle("h2", parent=body),
    }
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0)

    def footer(canvas, doc) -> None:  # page numbers as printed from Word: 「- 1 -」
        canvas.saveState()
        canvas.setFont("STSong-Light", 12)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"- {doc.page} -")
        canvas.restoreState()

    story = []
    for level, text in blocks:
        style = styles.get(level, body)
        if level == 9 and re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日|.{2,20}人民政府", text):
            style = right
        story.append(Paragraph(html.escape(text), style))
    title = blocks[0][1] if blocks and blocks[0][0] == 0 else ""
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm,
                            bottomMargin=35 * mm, title=title, author="fzcheck examples", creator="fzcheck",
                            invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main() -> int:
    blocks = read_markdown(SOURCE)
    write_docx(blocks, EXAMPLES / "complete-report.docx")
    write_html(blocks, EXAMPLES / "complete-report.html")
    write_pdf(blocks, EXAMPLES / "complete-report.pdf")
    for suffix in ("docx", "html", "pdf"):
        print(EXAMPLES / f"complete-report.{suffix}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
