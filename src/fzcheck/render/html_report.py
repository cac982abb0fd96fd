"""One report as a self-contained web page: ``validate --format html``, the result page of
``fzcheck serve`` and its one-file download.

The page reads as :mod:`fzcheck.render.view` decides: the verdict line, the gaps first (each with
where it is or where a missing part belongs, what to add and the legal basis), then the report's
own text with each piece of evidence highlighted and each gap marked at its place. A finding links
to its paragraph (plain anchors: scrolling needs no script). It prints on A4 with symbols as well
as colours, so a black-and-white copy reads.

Every piece of report text is escaped; the page carries no script, and its Content-Security-Policy
admits only its own stylesheet (by hash), so a report holding ``<script>`` or ``onerror=`` stays text.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
from dataclasses import dataclass, field
from html import escape

from fzcheck import __version__
from fzcheck.document import Document, Paragraph
from fzcheck.i18n import t
from fzcheck.render.jsonout import note_text
from fzcheck.render.view import ResultView, location, result_view, status_label
from fzcheck.results import CheckReport

STYLE = """
:root{--red:#b3261e;--red-bg:#fde7e6;--yellow:#8a5a00;--yellow-bg:#fff3c4;--green:#1e6b34;--green-bg:#dff3e4;
--grey:#5f6368;--line:#d7dbe0}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;font:15px/1.7 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;
color:#1f1f1f;background:#f6f7f9}
main{max-width:58rem;margin:0 auto;padding:1rem 1.25rem 4rem;background:#fff;min-height:100vh}
a{color:#0b57d0}
h1{font-size:1.35rem;margin:.6rem 0 .2rem;line-height:1.4}
h2{font-size:1.1rem;margin:1.6rem 0 .5rem;padding-bottom:.2rem;border-bottom:2px solid var(--line)}
.facts{color:var(--grey);font-size:.9rem;margin:0 0 .6rem;padding:0;list-style:none}
.facts li{display:inline;margin-right:1.2em}
.verdict{font-size:1.1rem;font-weight:bold;padding:.6rem .8rem;border-radius:6px;margin:.8rem 0}
.verdict.fail{background:var(--red-bg);color:var(--red);border-left:6px solid var(--red)}
.verdict.pass{background:var(--green-bg);color:var(--green);border-left:6px solid var(--green)}
.gaps{list-style:none;padding:0;margin:0}
.gap{border:1px solid var(--line);border-left:6px solid var(--yellow);border-radius:6px;padding:.5rem .8rem;
margin:.5rem 0;break-inside:avoid}
.gap.missing,.gap.failed{border-left-color:var(--red)}
.gap h3{font-size:1rem;margin:0}
.gap p,.gap ul{margin:.25rem 0}
.gap ul{padding-left:1.2rem}
.st{font-weight:bold;white-space:nowrap}
.st.missing,.st.failed{color:var(--red)} .st.partial{color:var(--yellow)} .st.met,.st.passed{color:var(--green)}
.st.skipped{color:var(--grey)}
.sev{color:var(--grey);font-size:.85rem;margin-left:.4em}
.where{font-size:.92rem}
.add{font-weight:bold}
.basis{color:var(--grey);font-size:.88rem}
table.met{border-collapse:collapse;width:100%;font-size:.9rem}
table.met td{border-top:1px solid var(--line);padding:.25rem .4rem;vertical-align:top}
table.met td:first-child{white-space:nowrap}
.text{border-top:1px solid var(--line)}
.para{display:grid;grid-template-columns:3.2rem 1fr;gap:.6rem;margin:0;padding:.15rem 0;scroll-margin-top:2rem}
.para .no{color:#9aa0a6;font-size:.8rem;text-align:right;padding-top:.2rem;user-select:none}
.para .tx{white-space:pre-wrap;overflow-wrap:anywhere}
.para.heading .tx{font-weight:bold}
.para.title .tx{font-weight:bold;font-size:1.1rem}
.para.chrome .tx{color:#9aa0a6}
.para.ev .tx{border-left:3px solid var(--green);padding-left:.4rem}
.para:target,.marker:target,.gap:target{background:#e8f0fe;outline:2px solid #0b57d0}
mark{padding:0 .1em;border-radius:2px}
mark.met{background:var(--green-bg);border-bottom:2px solid var(--green)}
mark.partial{background:var(--yellow-bg);border-bottom:2px dotted var(--yellow)}
mark.failed{background:var(--red-bg);border-bottom:2px solid var(--red)}
.marker{margin:.4rem 0 .4rem 3.8rem;padding:.3rem .6rem;border:2px dashed var(--red);border-radius:6px;
color:var(--red);font-size:.92rem;scroll-margin-top:2rem;break-inside:avoid}
.marker.partial{border-color:var(--yellow);color:var(--yellow)}
.marker a{color:inherit}
.pagebreak{color:#9aa0a6;font-size:.8rem;text-align:center;margin:.6rem 0;border-top:1px dotted var(--line)}
.tool{font-size:.8rem;color:var(--grey);margin-top:2rem}
.report+.report{margin-top:3rem;border-top:4px double var(--line)}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.2rem 0 .6rem;font-size:.92rem}
.toolbar a.btn{display:inline-block;padding:.3rem .8rem;border:1px solid #0b57d0;border-radius:4px;
text-decoration:none}
.toolbar .note{color:var(--grey);font-size:.85rem}
@media print{
@page{size:A4;margin:16mm 15mm 18mm}
body{background:#fff;font-size:10.5pt;line-height:1.6}
main{max-width:none;padding:0;min-height:0}
.toolbar,.noprint{display:none}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2{break-after:avoid}
.report+.report{break-before:page;border:0}
.para{break-inside:avoid}
.para:target,.marker:target,.gap:target{background:none;outline:0}
}
"""
CSP = ("default-src 'none'; style-src 'sha256-{style}'; img-src data:; base-uri 'none'; form-action 'none'")


def style_hash(style: str = STYLE) -> str:
    return base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()


def csp(style: str = STYLE) -> str:
    """The page's policy: its stylesheet, nothing else (no script, no outside resource)."""
    return CSP.format(style=style_hash(style))


def render_page(reports: list[CheckReport], lang: str, fail_on: dict[str, str] | str = "error", *,
                toolbar: str = "") -> str:
    """The whole page for *reports* (one section each). *toolbar* is trusted markup placed above
    the first report (the server's download links); it is hidden in print."""
    articles = []
    for n, report in enumerate(reports):
        level = fail_on if isinstance(fail_on, str) else fail_on.get(report.document.source, "error")
        articles.append(render_article(report, lang, level, prefix=f"r{n + 1}-" if len(reports) > 1 else ""))
    title = _title(reports[0]) if len(reports) == 1 else "fzcheck"
    return _shell(title, lang, toolbar + "".join(articles))


def _shell(title: str, lang: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp()}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="referrer" content="no-referrer">\n'
            f"<title>{escape(title)} — fzcheck</title>\n<style>{STYLE}</style></head>\n"
            f"<body><main>\n{body}</main></body></html>\n")


def _title(report: CheckReport) -> str:
    doc = report.document
    return doc.title or doc.source.rsplit("/", 1)[-1]


@dataclass(slots=True)
class _Para:
    """What is drawn in and around one paragraph of the report's text."""

    marks: list[tuple[str, str, str]] = field(default_factory=list)  # (phrase, status class, element title)
    evidence: bool = False
    before: list[str] = field(default_factory=list)  # markers of gaps placed before it
    after: list[str] = field(default_factory=list)


def render_article(report: CheckReport, lang: str, fail_on: str = "error", *, prefix: str = "") -> str:
    view = result_view(report, lang, fail_on)
    doc = report.document
    starts = [p.line for p in doc.paragraphs]

    def para_of(line: int) -> int:
        return max(0, bisect.bisect_right(starts, line) - 1)

    def anchor(line: int) -> str:
        return f"#{prefix}L{doc.paragraphs[para_of(line)].line}" if doc.paragraphs else "#"

    paras = [_Para() for _ in doc.paragraphs]
    out = [f'<article class="report" lang="{"en" if lang == "en" else "zh-CN"}">',
           f"<h1>{escape(_title(report))}</h1>", _facts(report, lang)]
    verdict = view.verdict
    out.append(f'<p class="verdict {"pass" if verdict.passed else "fail"}">{escape(verdict.text(lang))}</p>')
    out.append(_gaps(view, lang, prefix, anchor))
    out.append(_met(view, lang, prefix, anchor))
    if doc.paragraphs:
        _place(view, paras, para_of, lang, prefix)
        out.append(f"<h2>{escape(t('html.text', lang))}</h2>")
        out.append(_text(doc, paras, lang, prefix))
    out.append(f'<p class="tool">{escape(t("html.made_by", lang, version=__version__))} · '
               f"{escape(report.checklist.title_for(lang))}（{escape(report.checklist.id)} "
               f"{escape(str(report.checklist.version))}）</p>")
    out.append("</article>\n")
    return "\n".join(out)


def _facts(report: CheckReport, lang: str) -> str:
    doc = report.document
    facts = [(t("html.file", lang), doc.source), (t("meta.unit", lang), doc.unit),
             (t("meta.year", lang), str(doc.year) if doc.year else None),
             (t("meta.published", lang), doc.published.isoformat() if doc.published else None),
             (t("b.score", lang), f"{report.score:.1f}")]
    items = "".join(f"<li>{escape(k)}：{escape(v) if v else escape(t('meta.unknown', lang))}</li>"
                    for k, v in facts)
    return f'<ul class="facts">{items}</ul>'


def _gaps(view: ResultView, lang: str, prefix: str, anchor) -> str:  # anchor: Callable[[int], str]
    report = view.report
    if not view.gaps:
        return f"<h2>{escape(t('html.no_gaps', lang))}</h2>"
    out = [f"<h2>{escape(t('html.gaps', lang, n=len(view.gaps)))}</h2>", '<ol class="gaps">']
    for i, gap in enumerate(view.gaps, 1):
        r, label = gap.result, gap.label
        el = r.element
        out.append(f'<li class="gap {label.key}" id="{prefix}g{i}">')
        out.append(f'<h3><span class="st {label.key}">{escape(str(label))}</span> {escape(el.title_for(lang))}'
                   f'<span class="sev">{escape(t(f"sev.{r.severity}", lang))} · {escape(el.id)}</span></h3>')
        target = f"#{prefix}m{i}" if gap.line is not None else None  # its marker in the text
        where = escape(gap.where)
        out.append(f'<p class="where">{escape(t("col.where", lang))}：'
                   + (f'<a href="{target}">{where}</a>' if target else where) + "</p>")
        notes = [n for n in r.notes if not n.info]
        if notes:
            out.append("<ul>")
            for n in notes:
                text = escape(note_text(n, report.checklist, lang))
                if n.line is not None:
                    loc = escape(t(f"loc.{report.document.location_unit}", lang, n=report.document.location(n.line)))
                    text = f'<a href="{anchor(n.line)}">{loc}</a>：{text}'
                out.append(f"<li>{text}</li>")
            out.append("</ul>")
        if r.status == "partial" and r.evidence:
            found = "、".join(f'<a href="{anchor(e.line)}">{escape(_cut(e.snippet))}</a>' for e in r.evidence[:3])
            out.append(f"<p>{escape(t('html.found', lang))}：{found}</p>")
        hint = el.hint_for(lang)
        if hint:
            out.append(f'<p class="add">{escape(t("add", lang, hint=hint))}</p>')
        if el.basis:
            out.append(f'<p class="basis">{escape(t("basis", lang, basis=el.basis))}</p>')
        out.append("</li>")
    out.append("</ol>")
    return "\n".join(out)


def _cut(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width] + "…"


def _met(view: ResultView, lang: str, prefix: str, anchor) -> str:
    if not view.met:
        return ""
    doc = view.report.document
    rows = []
    for r in view.met:
        label = status_label(r, lang)
        where = ""
        if r.evidence:
            e = r.evidence[0]
            where = f'<a href="{anchor(e.line)}">{escape(location(doc, e.line, lang, heading=e.section))}</a>'
        elif r.suppressed is not None:
            where = escape(t("html.suppressed", lang))
        rows.append(f'<tr><td><span class="st {label.key}">{escape(str(label))}</span></td>'
                    f"<td>{escape(r.element.title_for(lang))}</td><td>{where}</td></tr>")
    return (f"<h2>{escape(t('html.met', lang, n=len(view.met)))}</h2>"
            f'<table class="met"><tbody>{"".join(rows)}</tbody></table>')


def _place(view: ResultView, paras: list[_Para], para_of, lang: str, prefix: str) -> None:
    """Evidence to highlight and gap markers, by paragraph."""
    report = view.report
    for r in report.results:
        cls = "failed" if r.status == "failed" else ("partial" if r.status == "partial" else "met")
        if r.status in ("missing", "skipped"):
            continue
        for e in r.evidence:
            para = paras[para_of(e.line)]
            para.evidence = para.evidence or cls == "met"
            para.marks.append((e.matched, cls, r.element.title_for(lang)))  # a phrase, or a rule's label
    for i, gap in enumerate(view.gaps, 1):
        if gap.line is None:
            continue
        r = gap.result
        head = (f'<div class="marker {gap.label.key}" id="{prefix}m{i}"><a href="#{prefix}g{i}">'
                f"{escape(str(gap.label))}：{escape(r.element.title_for(lang))}</a>")
        hint = r.element.hint_for(lang)
        tail = f"<br>{escape(t('add', lang, hint=hint))}" if hint else ""
        place = gap.placement
        if place is not None:
            marker = head + f"<br>{escape(gap.where)}" + tail + "</div>"
            if place.after_line:
                paras[para_of(place.after_line)].after.append(marker)
            else:
                paras[para_of(gap.line)].before.append(marker)
            continue
        # a report-level rule: a marker at each paragraph it names (each outdated term, each
        # topic without figures), the first one the target of the finding's link
        by_para: dict[int, list[str]] = {}
        for n in r.notes:
            if n.line is not None and not n.info:
                by_para.setdefault(para_of(n.line), []).append(note_text(n, report.checklist, lang))
        if not by_para:
            paras[para_of(gap.line)].before.append(head + tail + "</div>")
            continue
        for k, (index, texts) in enumerate(sorted(by_para.items())):
            first = head if k == 0 else head.replace(f' id="{prefix}m{i}"', "")
            paras[index].before.append(first + "".join(f"<br>{escape(x)}" for x in texts) + tail + "</div>")


def _text(doc: Document, paras: list[_Para], lang: str, prefix: str) -> str:
    out = ['<div class="text">']
    page = None
    for p, extra in zip(doc.paragraphs, paras, strict=True):
        out.extend(extra.before)
        where = doc.location(p.line)
        if doc.location_unit == "page":
            if where != page:
                page = where
                out.append(f'<div class="pagebreak">{escape(t("loc.page", lang, n=where))}</div>')
            number = ""
        else:
            number = str(where)
        classes = f"para {p.kind}" + (" ev" if extra.evidence else "")
        out.append(f'<p class="{classes}" id="{prefix}L{p.line}"><span class="no">{number}</span>'
                   f'<span class="tx">{_highlight(p, extra.marks)}</span></p>')
        out.extend(extra.after)
    out.append("</div>")
    return "\n".join(out)


_RANK = {"failed": 3, "partial": 2, "met": 1}


def _highlight(p: Paragraph, marks: list[tuple[str, str, str]]) -> str:
    """The paragraph escaped, with the first occurrence of each evidence phrase in <mark>.
    Overlapping spans keep the more serious status."""
    text = p.text
    spans: list[tuple[int, int, str, str]] = []
    for phrase, cls, title in marks:
        if len(phrase) < 2:
            continue
        at = text.find(phrase)
        if at >= 0:
            spans.append((at, at + len(phrase), cls, title))
    if not spans:
        return escape(text)
    spans.sort(key=lambda s: (s[0], -_RANK[s[2]], -(s[1] - s[0])))
    out, pos = [], 0
    for start, end, cls, title in spans:
        if start < pos:  # overlaps one already marked
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="{cls}" title="{escape(title)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)
