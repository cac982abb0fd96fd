"""Word, web pages and PDF: content-based detection, the readers, locations, hostile inputs.

Every Word file, page and PDF read here is built at test time from text (python-docx, string
templates shaped like real portal pages, reportlab with a CJK font made by fontTools), so the
tests depend on no committed binary.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import itertools
import json
import re
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import REPO, excerpt_body
from conftest import run_cli as run
from fzcheck.api import check_file, load_document
from fzcheck.errors import InputError
from fzcheck.formats import detect_format
from fzcheck.formats.docx import format_number
from fzcheck.formats.html import decode_html
from fzcheck.formats.limits import MAX_UNZIPPED
from fzcheck.readers import read_source

REAL_TITLE = "重庆市涪陵区荔枝街道办事处2022年法治政府建设工作年度报告"
SAMPLE = [
    "某区人民政府关于2023年度法治政府建设情况的报告",
    "2023年，我区坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设。现将有关情况报告如下：",
    "一、2023年度推进法治政府建设的主要举措和成效",
    "（一）深入学习贯彻习近平法治思想",
    "区政府常务会议会前学法12次，组织领导干部旁听庭审2次。",
    "二、存在的不足和原因",
    "基层执法人员专业能力不足，原因是培训不够系统。",
    "三、2024年度推进法治政府建设的主要安排",
    "2024年，将深化行政执法三项制度改革。",
]


def statuses(path: Path | str) -> dict[str, str]:
    return {r.element.id: r.status for r in check_file(str(path)).results}


def error_key(path: Path | str, **kwargs) -> InputError:
    with pytest.raises(InputError) as exc:
        read_source(str(path), **kwargs)
    assert exc.value.exit_code == 2
    return exc.value




# ---------------------------------------------------------------- builders: Word

def make_docx(path: Path, paragraphs: list[str], *, styles: dict[int, str] | None = None,
              table_after: int | None = None, table: list[list[str]] | None = None) -> Path:
    """A Word file with one paragraph per item; *styles* maps an index to a paragraph style; a
    table of *table* rows is inserted after paragraph *table_after*."""
    import docx

    document = docx.Document()
    styles = styles or {}
    for i, text in enumerate(paragraphs):
        document.add_paragraph(text, style=styles.get(i))
        if table_after == i and table:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    document.save(str(path))
    return path


def text_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def real_docx(real_report: Path, path: Path) -> Path:
    """The real report as a drafter's Word file: title style, numbered headings in heading styles."""
    lines = text_lines(real_report.read_text(encoding="utf-8"))
    styles: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line == REAL_TITLE:
            styles[i] = "Title"
        elif re.match(r"^[一二三四五六七八九十]、", line):
            styles[i] = "Heading 1"
        elif re.match(r"^[（(][一二三四五六七八九十][）)]", line):
            styles[i] = "Heading 2"
    return make_docx(path, lines, styles=styles)


# ---------------------------------------------------------------- builders: PDF

def cjk_font(chars: str, path: Path, name: str = "FzcheckTestCJK") -> Path:
    """A TrueType font with a square glyph for each character: what Word embeds, minus the art.

    PDFium needs real glyph boxes: a PDF whose CJK font is neither embedded nor installed (as
    reportlab's STSong-Light on a machine without Chinese fonts) loses one-character lines."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    chars = "".join(sorted(set(chars) - set(" \n\r\t\u00a0\u3000")))
    names = [".notdef", "space", *(f"u{ord(c):05X}" for c in chars)]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({32: "space", **{ord(c): f"u{ord(c):05X}" for c in chars}})
    pen = TTGlyphPen(None)
    pen.moveTo((50, -100))
    pen.lineTo((50, 800))
    pen.lineTo((950, 800))
    pen.lineTo((950, -100))
    pen.closePath()
    square, empty = pen.glyph(), TTGlyphPen(None).glyph()
    fb.setupGlyf({n: empty if n in (".notdef", "space") else square for n in names})
    fb.setupHorizontalMetrics({n: (500 if n == "space" else 1000, 50) for n in names})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": name, "styleName": "Regular", "psName": name})
    fb.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120, fsType=0)  # embedding and subsetting allowed
    fb.setupPost()
    fb.save(str(path))
    return path


_FONT_NUMBER = itertools.count(1)


def make_pdf(path: Path, paragraphs: list[str], *, font: str = "embedded", title: str | None = None,
             page_breaks: tuple[int, ...] = (), encrypt: str | None = None, page_numbers: bool = True) -> Path:
    """A PDF as printed from Word: indented paragraphs, a centred title, 「- 1 -」 page numbers."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    if font == "embedded":
        from reportlab.pdfbase.ttfonts import TTFont

        # reportlab registers a font once per face name: each font gets its own
        name = f"FzcheckTestCJK{next(_FONT_NUMBER)}"
        font_path = cjk_font("".join(paragraphs) + "- 0123456789", path.with_suffix(".ttf"), name)
        pdfmetrics.registerFont(TTFont(name, str(font_path)))
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        name = "STSong-Light"
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=name, fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK")
    head = ParagraphStyle("title", parent=body, fontSize=18, leading=28, alignment=TA_CENTER, firstLineIndent=0)

    def numbers(canvas, doc) -> None:
        if page_numbers:
            canvas.setFont(name, 10)
            canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")

    story = []
    for i, text in enumerate(paragraphs):
        if i in page_breaks:
            story.append(PageBreak())
        story.append(Paragraph(html.escape(text), head if text == title else body))
    kwargs = {"encrypt": encrypt} if encrypt else {}
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1, **kwargs).build(story, onFirstPage=numbers,
                                                                            onLaterPages=numbers)
    return path


def image_only_pdf(path: Path, pages: int = 2) -> Path:
    """A 'scanned' report: pages with drawings and no text layer."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), invariant=1)
    for _ in range(pages):
        for k in range(40):
            c.rect(72, 760 - 16 * k, 400 - (k % 7) * 30, 8, fill=1)
        c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------- builders: portal pages

NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进涪陵", "专题专栏"]
RELATED = ["荔枝街道2021年法治政府建设工作年度报告", "关于开展2023年度法治政府建设督察工作的通知",
           "区司法局2022年法治政府建设情况报告", "江东街道2022年法治政府建设工作年度报告"]
FOOTER = ["版权所有：重庆市涪陵区人民政府办公室",
          "主办单位：重庆市涪陵区人民政府办公室，承办单位：涪陵区大数据应用发展管理局，地址：重庆市涪陵区太白大道20号，"
          "邮编：408000。", "渝ICP备05003300号", "网站地图 | 联系我们 | 隐私声明"]
SCRIPT_TEXT = "脚本里的中文不应出现在正文中"
STYLE_TEXT = "样式表里的中文不应出现"
NOSCRIPT_TEXT = "您的浏览器不支持脚本"
HIDDEN_TEXT = "隐藏的关键词不应出现"
NOTICE = ("本网站为涪陵区人民政府门户网站，所发布信息仅供参考，转载请注明出处。"
          "如发现信息有误，请通过“我要纠错”栏目反映，我们将及时核实处理。")
SHARE = "分享到：微信 微博 QQ空间"
PAGE_STYLES = ("modern", "table", "word", "br", "plain", "semantic", "split")
_INFO_LABEL = re.compile(r"^[-\s]*(?:\[\s*)?(?:发布时间|发布日期|日期|时间|来源|文章来源|信息来源|字\s*号|分享|点击率|"
                         r"浏览次数|索\s*引\s*号|发布机构|【字体|更新时间)")


@dataclass
class Page:
    title: str
    body: list[str]
    info: list[str] = field(default_factory=list)  # 「发布时间：…　来源：…」 between the title and the text
    pre: list[str] = field(default_factory=list)  # chrome above the title (breadcrumbs, 「今天是」)
    published: str | None = None  # YYYY-MM-DD for <meta name="PubDate">

    def chrome(self) -> list[str]:
        """Strings that must not reach the extracted text."""
        return [*NAV, *RELATED, *FOOTER, *self.pre, SCRIPT_TEXT, STYLE_TEXT, NOSCRIPT_TEXT, HIDDEN_TEXT,
                "分享到", "相关文章", "相关信息", NOTICE]


def split_report(text: str, title: str | None = None) -> Page:
    """Scraped report text → chrome above the title, the title, the information bar, the body."""
    lines = text_lines(text)
    squeezed = [re.sub(r"\s+", "", ln) for ln in lines]
    key = re.sub(r"\s+", "", title or "")
    t_idx = next((i for i, s in enumerate(squeezed[:12]) if key and s == key), None)
    if t_idx is None:
        t_idx = next((i for i, s in enumerate(squeezed[:12])
                      if re.search(r"报告|報告", s) and "法治" in s and not s.endswith("。") and len(s) < 60), None)
    if t_idx is None:
        return Page(title=title or "", body=lines)
    page = Page(title=lines[t_idx], body=[], pre=lines[:t_idx])
    i = t_idx + 1
    while i < len(lines) and len(squeezed[i]) <= 80 and (
            _INFO_LABEL.match(lines[i]) or squeezed[i] == squeezed[t_idx] or len(squeezed[i]) <= 2):
        if squeezed[i] != squeezed[t_idx]:
            page.info.append(lines[i])
        i += 1
    page.body = lines[i:]
    m = re.search(r"(20\d\d)[-/年.](\d{1,2})[-/月.](\d{1,2})", " ".join(page.info))
    if m:
        page.published = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return page


def _e(text: str) -> str:
    return html.escape(text, quote=False).replace("\u00a0", "&nbsp;")


def _head(page: Page, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset and charset.lower() == "utf-8" else (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else "")
    pub = f'<meta name="PubDate" content="{page.published} 09:18">' if page.published else ""
    return (f"<head>{meta}<title>{_e(page.title)}_重庆市涪陵区人民政府</title>"
            f'<meta name="ArticleTitle" content="{html.escape(page.title)}">{pub}'
            f'<meta name="ColumnName" content="法治政府建设">'
            f"<style>/* {STYLE_TEXT} */ .zoom:after {{ content: \"{STYLE_TEXT}\"; }}</style>"
            f"<script>var tip = \"{SCRIPT_TEXT}\"; document.write(tip);</script></head>")


def build_page(page: Page, style: str = "modern", charset: str | None = "utf-8") -> str:
    """A portal page in one of several layouts: div+class (modern), old table layouts, Word's
    「另存为网页」, <br>-separated text with pinyin ids, no classes at all, HTML5, a split article."""
    nav = "".join(f'<li><a href="/{i}.html">{_e(n)}</a></li>' for i, n in enumerate(NAV))
    related = "".join(f'<li><a href="/r{i}.html">{_e(r)}</a><span>2023-01-0{i + 1}</span></li>'
                      for i, r in enumerate(RELATED))
    footer = "".join(f"<p>{_e(f)}</p>" for f in FOOTER)
    pre = "".join(f"<div>{_e(p)}</div>" for p in page.pre)
    info = "".join(f"<span>{_e(x)}</span> " for x in page.info)
    script = f"<script type=\"text/javascript\">console.log('{SCRIPT_TEXT}');</script>"
    noscript = f"<noscript>{NOSCRIPT_TEXT}</noscript>"
    hidden = f'<div style="display: none">{HIDDEN_TEXT}</div>'
    if style == "modern":
        paras = "".join(f'<p style="text-indent:2em">{_e(b)}</p>' for b in page.body)
        body = (f'<div class="header"><div class="logo">涪陵区人民政府</div><ul class="nav">{nav}</ul></div>'
                f'<div class="crumb">{pre}</div><div class="main"><div class="article">'
                f'<h1 class="article-title">{_e(page.title)}</h1><div class="article-info">{info}'
                f'<span class="zoom">字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
                f'<div class="article-content TRS_Editor">{paras}</div>{hidden}'
                f'<div class="share">{_e(SHARE)}</div></div>'
                f'<div class="sidebar"><h3>相关文章</h3><ul>{related}</ul></div></div>'
                f'<div class="footer">{footer}</div>{script}{noscript}')
    elif style == "table":
        paras = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{_e(b)}" for b in page.body)
        cells = "".join(f"<td><a href=#>{_e(n)}</a></td>" for n in NAV)
        body = (f'<table width="100%"><tr><td colspan="2"><table><tr>{cells}</tr></table></td></tr>'
                f"<tr><td>{pre}</td></tr>"
                f'<tr><td width="75%"><table><tr><td class="title" align="center"><b>{_e(page.title)}</b></td></tr>'
                f'<tr><td align="center">{info}</td></tr><tr><td id="zoom"><font size="3">{paras}</font></td></tr>'
                f"<tr><td>{_e(SHARE)}</td></tr></table></td>"
                f'<td valign="top"><b>相关信息</b><ul>{related}</ul></td></tr>'
                f'<tr><td colspan="2" align="center">{footer}</td></tr></table>{script}{noscript}{hidden}')
    elif style == "word":  # Word's 「另存为网页」, often served as .doc
        paras = "".join(f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span lang=EN-US "
                        f"style='font-family:仿宋_GB2312'>{_e(b)}</span><span lang=EN-US><o:p></o:p></span></p>\n"
                        for b in page.body)
        infos = "".join(f"<p class=MsoNormal>{_e(x)}</p>" for x in page.info)
        return (f"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:"
                f"office:word\">\n{_head(page, charset)}\n<body lang=ZH-CN style='tab-interval:21.0pt'>"
                f"<div class=WordSection1><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
                f"<p class=MsoTitle align=center><b><span style='font-size:22.0pt'>{_e(page.title)}</span></b></p>\n"
                f"{infos}{paras}</div></body></html>")
    elif style == "br":
        paras = "<br><br>\n".join(f"<font face=仿宋>{_e(b)}</font>" for b in page.body)
        body = (f'<div id="top"><div id="dh">{nav}</div></div><div id="position">{pre}</div>'
                f'<div id="con"><div id="bt">{_e(page.title)}</div><div id="xx">{info}</div>'
                f'<div id="zw">{paras}</div><div id="fx">{_e(SHARE)}</div></div>'
                f'<div id="xgwz">相关文章<ul>{related}</ul></div><div id="bottom">{footer}</div>{script}{hidden}')
    elif style == "plain":  # no helpful class or id anywhere
        paras = "".join(f"<p>{_e(b)}</p>" for b in page.body)
        links = "".join(f"<a href=#>{_e(n)}</a> " for n in NAV)
        body = (f"<div>{links}</div><div>{pre}</div>"
                f"<div><div><h2>{_e(page.title)}</h2></div><div>{info}</div><div>{paras}</div>"
                f"<div>{_e(SHARE)}</div></div><div><ul>{related}</ul></div><div>{footer}</div>{script}{hidden}")
    elif style == "semantic":
        paras = "".join(f"<p>{_e(b)}</p>\n" for b in page.body)
        body = (f"<header><nav><ul>{nav}</ul></nav></header><nav aria-label=breadcrumb>{pre}</nav><main><article>"
                f"<header><h1>{_e(page.title)}</h1><p class=meta>{info}</p></header>{paras}"
                f"<footer>{_e(SHARE)}</footer></article><aside><h2>相关文章</h2><ul>{related}</ul></aside></main>"
                f"<footer>{footer}</footer>{script}{noscript}{hidden}")
    elif style == "split":  # the article in two blocks, a prose notice beside it
        half = len(page.body) // 2
        first = "".join(f"<p>{_e(b)}</p>" for b in page.body[:half])
        second = "".join(f"<p>{_e(b)}</p>" for b in page.body[half:])
        body = (f'<div class="top"><ul>{nav}</ul></div><div class="location">{pre}</div>'
                f'<div class="wrap"><div class="left"><div class="xl_title">{_e(page.title)}</div>'
                f'<div class="xl_info">{info}</div><div class="xl_con"><div>{first}</div><div>{second}</div></div>'
                f'<div class="xl_print">【打印本页】【关闭窗口】</div></div>'
                f'<div class="right"><div class="tip"><p>{_e(NOTICE)}</p></div><ul>{related}</ul></div></div>'
                f'<div class="foot">{footer}</div>{script}{hidden}')
    else:
        raise ValueError(style)
    return f"<!DOCTYPE html>\n<html lang=\"zh-CN\">{_head(page, charset)}<body>{body}</body></html>\n"


def real_page(real_report: Path) -> Page:
    return split_report(real_report.read_text(encoding="utf-8"), REAL_TITLE)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- detection

def test_detect_format_by_content():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    assert detect_format(buf.getvalue(), ".txt") == "docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert detect_format(buf.getvalue(), ".docx") == "zip"
    assert detect_format(b"%PDF-1.7\n...", ".docx") == "pdf"
    assert detect_format(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".doc") == "legacy-doc"
    page = "<html><head><meta charset=gbk><title>报告</title></head><body>正文</body></html>"
    assert detect_format(page.encode("gbk"), ".doc") == "html"
    assert detect_format(page.encode("utf-16"), ".txt") == "html"
    assert detect_format(b"\r\n  <!DOCTYPE HTML PUBLIC>\n<HTML>", ".txt") == "html"
    assert detect_format(b"<meta charset=utf-8><p>x</p>", "") == "html"
    assert detect_format("某区2023年度法治政府建设情况报告\n正文".encode(), ".html") == "text"
    # a text report that mentions a tag further down is still text
    assert detect_format(("正文" * 20 + "网页中的 <body> 标签").encode(), ".txt") == "text"


def test_legacy_doc_asks_to_save_as_docx(tmp_path):
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    exc = error_key(path)
    assert exc.message_key == "err.legacy_doc"
    assert ".docx" in exc.render("zh") and str(path) in exc.render("zh")


def test_password_protected_word_file(tmp_path):
    path = tmp_path / "report.docx"  # Word stores an encrypted .docx in an OLE2 container
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le"))
    assert error_key(path).message_key == "err.encrypted_docx"


def test_zip_that_is_not_word(tmp_path):
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert error_key(path).message_key == "err.zip_not_docx"


def test_doc_that_is_really_html_is_read_as_html(tmp_path):
    page = Page(title=SAMPLE[0], body=SAMPLE[1:], info=["发布时间：2024-03-20 09:30"])
    path = tmp_path / "report.doc"
    path.write_bytes(build_page(page, "word", "gb2312").encode("gb18030"))
    src = read_source(str(path))
    assert src.format == "html" and src.encoding == "gb18030"
    assert text_lines(src.text) == [SAMPLE[0], "发布时间：2024-03-20 09:30", *SAMPLE[1:]]
    doc = load_document(str(path))
    assert doc.published == dt.date(2024, 3, 20) and doc.year == 2023
    assert [h.level for h in doc.headings] == [1, 2, 1, 1]


def test_txt_that_is_really_html(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(build_page(Page(title=SAMPLE[0], body=SAMPLE[1:]), "modern"), encoding="utf-8")
    src = read_source(str(path))
    assert src.format == "html" and SCRIPT_TEXT not in src.text


# ---------------------------------------------------------------- Word

def test_docx_paragraphs_locations_and_headings(tmp_path):
    path = make_docx(tmp_path / "r.docx", ["", *SAMPLE], styles={1: "Title", 3: "Heading 1"})
    src = read_source(str(path))
    assert src.format == "docx" and src.location_unit == "paragraph"
    assert text_lines(src.text) == SAMPLE
    assert src.locations == tuple(range(2, len(SAMPLE) + 2))  # the empty first paragraph still counts
    doc = load_document(str(path))
    assert doc.title == SAMPLE[0] and doc.year == 2023
    assert [(h.level, h.title) for h in doc.headings][:2] == [(1, "2023年度推进法治政府建设的主要举措和成效"),
                                                              (2, "深入学习贯彻习近平法治思想")]
    assert doc.location(doc.headings[0].line) == 4  # the paragraph number, not the line


def test_docx_table_paragraphs_in_document_order(tmp_path):
    table = [["指标", "数量"], ["行政复议案件", "12件"], ["行政负责人出庭率", "100%"]]
    path = make_docx(tmp_path / "r.docx", SAMPLE, table_after=4, table=table)
    src = read_source(str(path))
    lines = text_lines(src.text)
    at = lines.index("指标")
    assert lines[at - 1] == SAMPLE[4] and lines[at:at + 6] == [c for row in table for c in row]
    assert lines[at + 6] == SAMPLE[5]
    # cells count as paragraphs where the table stands; the next body paragraph follows them
    assert src.locations[at] == 6 and src.locations[at + 5] == 11 and src.locations[at + 6] == 12


def test_docx_soft_breaks_tracked_deletions_and_toc(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("目录")
    toc = document.add_paragraph("一、主要举措和成效\t3")
    toc.style = document.styles.add_style("toc 1", 1)  # Word's own name for table-of-contents entries
    p = document.add_paragraph("第一行")
    p.add_run().add_break()
    p.add_run("第二行")
    deleted = parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>删除的文字</w:delText></w:r></w:del>')
    p._p.append(deleted)
    inserted = parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="a"><w:r><w:t>插入的文字</w:t></w:r></w:ins>')
    p._p.append(inserted)
    path = tmp_path / "r.docx"
    document.save(str(path))
    src = read_source(str(path))
    assert text_lines(src.text) == ["目录", "第一行", "第二行插入的文字"]
    assert src.locations == (1, 3, 3)  # the table of contents is skipped but still counted


def test_docx_automatic_numbering_becomes_text(tmp_path):
    """Headings numbered by Word (numbering.xml), not typed: the parser sees 「一、」「（一）」 as the drafter does."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
        '<w:suff w:val="nothing"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>'
        '<w:suff w:val="nothing"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
        "</w:abstractNum>"))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int) -> None:
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    document.add_paragraph(SAMPLE[0])
    numbered("主要举措和成效", 0)
    numbered("深入学习贯彻习近平法治思想", 1)
    numbered("健全学习机制", 2)
    numbered("开展专题培训", 2)
    numbered("严格规范公正文明执法", 1)
    numbered("存在的不足和原因", 0)
    numbered("下一年度主要安排", 0)
    path = tmp_path / "r.docx"
    document.save(str(path))
    assert text_lines(read_source(str(path)).text)[1:] == [
        "一、主要举措和成效", "（一）深入学习贯彻习近平法治思想", "1.健全学习机制", "2.开展专题培训",
        "（二）严格规范公正文明执法", "二、存在的不足和原因", "三、下一年度主要安排"]
    doc = load_document(str(path))
    assert [(h.level, h.number) for h in doc.headings] == [(1, 1), (2, 1), (3, 1), (3, 2), (2, 2), (1, 2), (1, 3)]


def test_number_formats():
    assert [format_number(n, "chineseCounting") for n in (1, 10, 11, 20, 23)] == ["一", "十", "十一", "二十", "二十三"]
    assert format_number(3, "decimalEnclosedCircle") == "③"
    assert format_number(2, "ideographTraditional") == "乙"
    assert format_number(4, "upperRoman") == "IV" and format_number(28, "lowerLetter") == "bb"
    assert format_number(5, "bullet") == ""


def test_docx_heading_styles_without_numbering_are_marked(tmp_path):
    """Word heading styles on unnumbered headings become Markdown marks for the parser, levels counted
    from the shallowest heading style below the title."""
    paragraphs = [SAMPLE[0], "主要举措和成效", "学习贯彻习近平法治思想", "区政府常务会议会前学法12次。",
                  "存在的不足和原因", "培训不够系统。"]
    path = make_docx(tmp_path / "r.docx", paragraphs,
                     styles={0: "Heading 1", 1: "Heading 2", 2: "Heading 3", 4: "Heading 2"})
    lines = text_lines(read_source(str(path)).text)
    assert lines == [SAMPLE[0], "# 主要举措和成效", "## 学习贯彻习近平法治思想", paragraphs[3],
                     "# 存在的不足和原因", paragraphs[5]]
    doc = load_document(str(path))
    assert [(h.level, h.title) for h in doc.headings] == [(1, "主要举措和成效"), (2, "学习贯彻习近平法治思想"),
                                                          (1, "存在的不足和原因")]
    # the same paragraphs in the body style hold no heading: the levels above come from the styles
    plain = make_docx(tmp_path / "plain.docx", paragraphs)
    assert load_document(str(plain)).headings == []


def test_docx_heading_styles_known_by_name_alone(tmp_path):
    """WPS and Chinese Word templates name heading styles 「标题 1」「标题 2」, often with no outline
    level of their own: the name alone makes the heading, and a style based on one inherits it."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn

    document = docx.Document()
    for name in ("标题 1", "标题 2"):
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    derived = document.styles.add_style("本单位小标题", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = document.styles["标题 2"]
    for text, style in ((SAMPLE[0], None), ("主要举措和成效", "标题 1"), ("学习贯彻习近平法治思想", "标题 2"),
                        ("区政府常务会议会前学法12次。", None), ("严格规范公正文明执法", "本单位小标题"),
                        ("存在的不足和原因", "标题 1"), ("培训不够系统。", None)):
        document.add_paragraph(text, style=style)
    assert all(document.styles[n].element.find(".//" + qn("w:outlineLvl")) is None
               for n in ("标题 1", "标题 2", "本单位小标题"))
    path = tmp_path / "wps.docx"
    document.save(str(path))
    doc = load_document(str(path))
    assert [(h.level, h.title) for h in doc.headings] == [
        (1, "主要举措和成效"), (2, "学习贯彻习近平法治思想"), (2, "严格规范公正文明执法"), (1, "存在的不足和原因")]


def test_real_report_as_docx_gives_the_same_statuses(tmp_path, real_report):
    path = real_docx(real_report, tmp_path / "report.docx")
    assert statuses(path) == statuses(real_report)
    doc = load_document(str(path))
    assert doc.format == "docx" and doc.location_unit == "paragraph"
    assert doc.title == REAL_TITLE and doc.published == dt.date(2023, 3, 13)


def test_corrupt_and_truncated_docx(tmp_path, real_report):
    good = real_docx(real_report, tmp_path / "good.docx").read_bytes()
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(good[: len(good) // 2])
    assert error_key(truncated).message_key == "err.corrupt"
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    assert error_key(garbage).message_key == "err.corrupt"
    # a member whose data is damaged (CRC or deflate error) is found when it is read
    damaged = bytearray(good)
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 10, start + 200):
        damaged[k] ^= 0x5A
    bad = tmp_path / "damaged.docx"
    bad.write_bytes(bytes(damaged))
    assert error_key(bad).message_key == "err.corrupt"


def zip_bomb(path: Path) -> Path:
    """A small .docx whose document.xml inflates past the cap."""
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(MAX_UNZIPPED // len(chunk) + 8):
                member.write(chunk)
    return path


def test_zip_bomb_is_refused_quickly(tmp_path):
    path = zip_bomb(tmp_path / "bomb.docx")
    assert path.stat().st_size < 2 * 2**20
    start = time.perf_counter()
    exc = error_key(path)
    assert exc.message_key == "err.zip_bomb"
    assert time.perf_counter() - start < 1.0
    assert "MB" in exc.render("en")


def test_high_compression_ratio_member_is_refused(tmp_path):
    path = tmp_path / "ratio.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("word/media/image1.png", b"\0" * (8 << 20))
    assert error_key(path).message_key == "err.zip_ratio"


# ---------------------------------------------------------------- HTML

def test_real_report_as_portal_page_gives_the_same_statuses(tmp_path, real_report):
    page = real_page(real_report)
    assert page.info and page.pre and page.published == "2023-03-13"
    expected = statuses(real_report)
    for style in PAGE_STYLES:
        path = tmp_path / f"report-{style}.html"
        path.write_text(build_page(page, style), encoding="utf-8")
        assert statuses(path) == expected, style
        doc = load_document(str(path))
        assert doc.title == REAL_TITLE and doc.published == dt.date(2023, 3, 13), style
        assert doc.published_line is not None, style  # from the 「日期:」 line, not only the <meta>


@pytest.mark.parametrize("style", PAGE_STYLES)
def test_portal_pages_body_recovered_and_chrome_left_out(tmp_path, excerpts, style):
    """Pages built around the real excerpts: every body paragraph comes back as its own line, in
    order; no navigation, breadcrumb, related link, footer, script, style or hidden text does."""
    checked = 0
    for k, excerpt in enumerate(excerpts):
        meta, text = excerpt_body(excerpt)
        page = split_report(text, re.sub(r"\s*\(.*\)$", "", meta.get("title", "")))
        if not page.pre and not page.info:
            continue  # no chrome in this excerpt: nothing to wrap
        checked += 1
        charset, codec = [("utf-8", "utf-8"), ("gb2312", "gb18030"), (None, "gb18030")][k % 3]
        path = tmp_path / f"{excerpt.stem}.html"
        path.write_bytes(build_page(page, style, charset).encode(codec))
        src = read_source(str(path))
        lines = [squeeze(x) for x in text_lines(src.text)]
        body = [squeeze(b) for b in page.body]
        assert [x for x in lines if x in body] == body, excerpt.name
        for chrome in page.chrome():
            assert squeeze(chrome) not in lines and (len(squeeze(chrome)) < 6 or squeeze(chrome) not in src.text), \
                (excerpt.name, chrome)
        assert squeeze(page.title) in lines, excerpt.name
        assert src.title == page.title
    assert checked >= 5


def test_gbk_page_without_declaration(tmp_path):
    page = Page(title=SAMPLE[0], body=SAMPLE[1:], info=["发布日期：2024-03-20"])
    data = build_page(page, "modern", None).encode("gbk")
    assert b"charset" not in data.lower()
    path = tmp_path / "report.htm"
    path.write_bytes(data)
    src = read_source(str(path))
    assert src.encoding == "gb18030" and text_lines(src.text)[2:] == SAMPLE[1:]
    # declared UTF-8 but saved as GBK (a proxy or an editor changed it): the bytes decide
    assert decode_html(data.replace(b"<head>", b'<head><meta charset="utf-8">'))[1] == "gb18030"
    # declared GBK but really UTF-8
    assert decode_html(build_page(page, "modern", "gbk").encode("utf-8"))[1] == "utf-8"


def test_scripts_styles_and_hidden_text_never_appear(tmp_path):
    page = Page(title=SAMPLE[0], body=SAMPLE[1:])
    for style in PAGE_STYLES:
        text = read_source(str(_write(tmp_path / f"{style}.html", build_page(page, style)))).text
        for secret in (SCRIPT_TEXT, STYLE_TEXT, NOSCRIPT_TEXT, HIDDEN_TEXT, "document.write", "font-family"):
            assert secret not in text, (style, secret)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_meta_gives_title_and_date_when_the_text_does_not(tmp_path):
    body = "".join(f"<p>{b}</p>" for b in SAMPLE[1:])
    page = (f'<html><head><meta charset="utf-8"><title>{SAMPLE[0]}_某区人民政府</title>'
            f'<meta property="article:published_time" content="2024-03-28T09:18:00+08:00"></head>'
            f"<body><div class=nav><a>首页</a></div><div class=article>{body}</div></body></html>")
    src = read_source(str(_write(tmp_path / "r.html", page)))
    assert src.title == SAMPLE[0] and src.published == dt.date(2024, 3, 28)
    doc = load_document(str(tmp_path / "r.html"))
    assert doc.published == dt.date(2024, 3, 28) and doc.year == 2023


def test_truncated_and_hostile_pages(tmp_path):
    full = build_page(Page(title=SAMPLE[0], body=SAMPLE[1:]), "modern")
    cut = full[: full.index(SAMPLE[5]) + 8]  # cut inside a paragraph, tags left open
    src = read_source(str(_write(tmp_path / "cut.html", cut)))
    assert squeeze(SAMPLE[4]) in squeeze(src.text)
    # external entities, a DTD and remote resources are never fetched or expanded
    evil = ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<html><head><link rel=stylesheet href="http://127.0.0.1:9/x.css"><script src="http://127.0.0.1:9/a.js">'
            "</script></head><body><p>&x;正文第一段，内容。</p><img src='http://127.0.0.1:9/i.png'></body></html>")
    text = read_source(str(_write(tmp_path / "evil.html", evil))).text
    assert "root:" not in text and "正文第一段" in text
    deep = "<html><body>" + "<div>" * 1000 + "<p>正文很深的一段，内容。</p>" + "</div>" * 1000 + "</body></html>"
    assert "正文很深" in read_source(str(_write(tmp_path / "deep.html", deep))).text
    deeper = "<html><body>" + "<div>" * 100_000 + "<p>正文很深的一段，内容。</p>" + "</body></html>"
    start = time.perf_counter()
    try:
        read_source(str(_write(tmp_path / "deeper.html", deeper)))  # libxml2 stops nesting somewhere: no crash
    except InputError as exc:
        assert exc.message_key in ("err.corrupt", "err.no_text")
    assert time.perf_counter() - start < 5
    with pytest.raises(InputError) as exc:
        load_document(str(_write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")))
    assert exc.value.message_key == "err.no_text"


# ---------------------------------------------------------------- PDF

def test_real_report_as_pdf_gives_the_same_statuses(tmp_path, real_report):
    lines = text_lines(real_report.read_text(encoding="utf-8"))
    path = make_pdf(tmp_path / "report.pdf", lines, title=REAL_TITLE)
    src = read_source(str(path))
    assert [squeeze(x) for x in text_lines(src.text)] == [squeeze(x) for x in lines]  # wrapped lines rejoined
    assert statuses(path) == statuses(real_report)
    doc = load_document(str(path))
    assert doc.location_unit == "page" and doc.title == REAL_TITLE and doc.published == dt.date(2023, 3, 13)


def test_pdf_page_locations_and_page_numbers(tmp_path):
    path = make_pdf(tmp_path / "r.pdf", [*SAMPLE, SAMPLE[4] * 30], title=SAMPLE[0], page_breaks=(5, 9))
    src = read_source(str(path))
    lines = text_lines(src.text)
    assert lines[:9] == SAMPLE and not any(re.fullmatch(r"-\s*\d+\s*-", x) for x in lines)
    assert src.locations[:9] == (1, 1, 1, 1, 1, 2, 2, 2, 2)
    assert lines[9] == SAMPLE[4] * 30 and src.locations[9] == 3  # a paragraph over two pages is one line
    doc = load_document(str(path))
    shortcomings = next(h for h in doc.headings if h.title.startswith("存在的不足"))
    assert doc.location(shortcomings.line) == 2


def test_pdf_with_a_non_embedded_cid_font(tmp_path):
    """reportlab's STSong-Light (an Adobe-GB1 font the reader must supply): multi-character lines
    are read even where no Chinese font is installed."""
    path = make_pdf(tmp_path / "r.pdf", SAMPLE, font="cid", title=SAMPLE[0])
    assert squeeze(SAMPLE[4]) in squeeze(read_source(str(path)).text)


def test_scanned_pdf_has_no_text_layer(tmp_path):
    exc = error_key(image_only_pdf(tmp_path / "scan.pdf", pages=3))
    assert exc.message_key == "err.no_text_layer" and exc.params["pages"] == 3
    assert "OCR" in exc.render("zh")


def test_encrypted_pdf(tmp_path):
    path = make_pdf(tmp_path / "locked.pdf", SAMPLE, encrypt="secret")
    assert error_key(path).message_key == "err.encrypted_pdf"


def test_corrupt_and_truncated_pdf(tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    assert error_key(path).message_key in ("err.corrupt", "err.no_text_layer")
    good = make_pdf(tmp_path / "good.pdf", SAMPLE * 6).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good[: len(good) // 3])
    try:
        src = read_source(str(cut))  # PDFium rebuilds what it can of a truncated file
    except InputError as exc:
        assert exc.message_key in ("err.corrupt", "err.no_text_layer")
    else:
        assert src.format == "pdf"


def test_page_cap(tmp_path, monkeypatch):
    import fzcheck.formats.pdf as pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    path = make_pdf(tmp_path / "r.pdf", SAMPLE, page_breaks=(3, 6))
    exc = error_key(path)
    assert exc.message_key == "err.too_many_pages" and exc.params == {"pages": 3, "limit": 2}


def test_text_cap(tmp_path, monkeypatch):
    import fzcheck.formats.limits as limits

    monkeypatch.setattr(limits, "MAX_CHARS", 100)
    path = make_docx(tmp_path / "r.docx", SAMPLE)
    assert error_key(path).message_key == "err.too_much_text"


def test_size_cap_applies_to_every_format(tmp_path):
    path = make_docx(tmp_path / "r.docx", SAMPLE)
    assert error_key(path, max_bytes=1000).message_key == "err.too_big"


# ---------------------------------------------------------------- examples and the command line

def test_make_examples_builds_the_three_formats(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_examples", REPO / "scripts" / "make_examples.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    blocks = mod.read_markdown(REPO / "examples" / "complete-report.md")
    expected = statuses(REPO / "examples" / "complete-report.md")
    mod.write_docx(blocks, tmp_path / "c.docx")
    mod.write_html(blocks, tmp_path / "c.html")
    assert statuses(tmp_path / "c.docx") == expected
    assert statuses(tmp_path / "c.html") == expected
    first = (tmp_path / "c.docx").read_bytes()
    mod.write_docx(blocks, tmp_path / "c.docx")
    assert (tmp_path / "c.docx").read_bytes() == first  # rebuilt byte for byte
    doc = load_document(str(tmp_path / "c.html"))
    assert doc.published == dt.date(2024, 3, 20) and doc.title and "欢迎访问" not in " ".join(
        p.text for p in doc.paragraphs)


def test_hostile_inputs_are_one_line_and_exit_2(capsys, tmp_path):
    bad = {
        "legacy.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        "corrupt.docx": b"PK\x03\x04" + bytes(range(256)) * 4,
        "scan.pdf": image_only_pdf(tmp_path / "scan-src.pdf").read_bytes(),
        "locked.pdf": make_pdf(tmp_path / "locked-src.pdf", SAMPLE, encrypt="x").read_bytes(),
        "bomb.docx": zip_bomb(tmp_path / "bomb-src.docx").read_bytes(),
    }
    keys = {"legacy.doc": "Word 97-2003", "corrupt.docx": "损坏", "scan.pdf": "文字层", "locked.pdf": "密码",
            "bomb.docx": "压缩炸弹"}
    for name, data in bad.items():
        path = tmp_path / name
        path.write_bytes(data)
        code, out, err = run(capsys, "validate", str(path))
        assert code == 2, name
        lines = err.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and keys[name] in lines[0], (name, err)
        assert "Traceback" not in out + err
    good = make_docx(tmp_path / "good.docx", SAMPLE)
    code, out, err = run(capsys, "validate", *(str(tmp_path / n) for n in bad), str(good), "-f", "json",
                         "--fail-on", "never")
    assert code == 2
    data = json.loads(out)
    assert [r["path"] for r in data["reports"]] == [str(good)] and len(data["errors"]) == len(bad)


def test_batch_keeps_going_past_hostile_inputs(capsys, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    image_only_pdf(folder / "scan.pdf")
    make_docx(folder / "good.docx", SAMPLE)
    make_pdf(folder / "good.pdf", SAMPLE, title=SAMPLE[0])
    (folder / "good.pdf").with_suffix(".ttf").unlink()
    out = tmp_path / "review.json"
    code, _, err = run(capsys, "batch", str(folder), "-j", "1", "-o", str(out), "--fail-on", "never")
    assert code == 0 and "Traceback" not in err
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    by_name = {Path(r["path"]).name: r for r in rows}
    assert by_name["good.docx"]["error"] is None and by_name["good.pdf"]["error"] is None
    for name in ("legacy.doc", "corrupt.docx", "scan.pdf"):
        assert by_name[name]["error"], name
