"""The review page (``batch -o review.html``): the workbook's content on one self-contained page —
the answers first, a legend, the units × elements matrix (sticky unit column, Chinese headers),
ranking, frequent gaps, copies, and each report's findings on a click. Readable at 1366×768 and
printable. No network: everything is inline, and the Content-Security-Policy admits nothing but
inline styles and the page's one script (by its hash). Every piece of report text is escaped."""

from __future__ import annotations

import base64
import hashlib
import html
from pathlib import Path
from typing import Any

from fzcheck import __version__
from fzcheck.batch import BatchResult
from fzcheck.i18n import t
from fzcheck.render.review import (
    check_date,
    date_source,
    name_of,
    note_text,
    overview,
    part_names,
    rank_numbers,
    rel_path,
    short_title,
    status_cell,
    verdict_text,
    yes_no,
)

_STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;
margin:12px 16px;color:#222;font-size:14px}
h1{font-size:20px;margin:0 0 2px} h2{font-size:16px;margin:18px 0 6px} .meta{color:#666;margin:0 0 8px}
.cards{display:flex;gap:8px;flex-wrap:wrap;margin:6px 0} .card{border:1px solid #ccc;border-radius:4px;
padding:4px 10px;min-width:84px} .card strong{display:block;font-size:20px} .card.bad strong{color:#b00}
.card.good strong{color:#060} ul.lines{margin:4px 0;padding-left:18px} ul.lines li{margin:2px 0}
.legend span{margin-right:12px} table{border-collapse:collapse;font-size:13px}
th,td{border:1px solid #ccc;padding:2px 5px} th{background:#eee;position:sticky;top:0;z-index:1}
.wrap{overflow:auto;max-height:calc(100vh - 40px);max-width:100%;border:1px solid #ddd}
table.matrix th.el{writing-mode:vertical-rl;white-space:nowrap;min-width:1.6em;padding:4px 1px;font-weight:normal;
text-align:left;cursor:help} table.matrix td.s{text-align:center;padding:1px 3px}
table.matrix .u{position:sticky;left:0;background:#fff;z-index:2;min-width:12em;max-width:16em;text-align:left}
table.matrix th.u{background:#eee;z-index:3} table.matrix td.n{text-align:right}
.met,.passed{background:#c6efce} .partial{background:#ffeb9c} .missing,.failed{background:#ffc7ce}
.skipped{background:#eee;color:#666} .pass{background:#c6efce} .fail{background:#ffc7ce}
a{color:#0645ad} details.report{border:1px solid #ddd;margin:4px 0;padding:2px 8px}
details.report summary{cursor:pointer;font-weight:bold} details.report:target{outline:2px solid #0645ad}
td.txt{max-width:40em}
@media print{body{margin:0;font-size:10px} .wrap{overflow:visible;max-height:none;border:0}
table{font-size:9px} th,td{padding:1px 2px;white-space:nowrap} td.txt{white-space:normal}
th{position:static} table.matrix .u{position:static;min-width:0;max-width:14em;overflow:hidden}
table.matrix th.el{min-width:0;padding:2px 0} table.matrix td.s{padding:0 1px} tr{break-inside:avoid}
.card{padding:2px 8px} .card strong{font-size:16px} a{color:inherit;text-decoration:none}
details.report{break-inside:avoid} details.report:not([open]){display:none} #details-head{display:none}
@page{size:A4 landscape;margin:10mm}}
"""
# The page's only script: sort a table by a clicked header, and open a report's details when its
# unit is clicked (or the page is opened at #r12). A print holds the details opened, not all 93 pages.
_SCRIPT = (
    "document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){"
    "var table=th.closest('table'),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th),"
    "asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';var rows=Array.prototype.slice.call(body.rows);"
    "rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent,"
    "nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);"
    "return asc?c:-c;});rows.forEach(function(r){body.appendChild(r);});});});"
    "function openHash(){var d=location.hash&&document.getElementById(location.hash.slice(1));"
    "if(d&&d.tagName==='DETAILS'){d.open=true;}}window.addEventListener('hashchange',openHash);openHash();"
)
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{sha}'; base-uri 'none'; form-action 'none'"


def write_html(result: BatchResult, target: Path, lang: str) -> None:
    esc = html.escape
    checklist = result.checklist
    ov = overview(result, lang)
    sha = base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
    title = t("rv.title", lang)
    elements = checklist.elements
    with target.open("w", encoding="utf-8") as fh:
        w = fh.write
        w(f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">\n'
          f'<meta http-equiv="Content-Security-Policy" content="{CSP.format(sha=sha)}">\n'
          f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          f"<title>{esc(title)}</title>\n<style>{_STYLE}</style></head><body>\n")
        w(f"<h1>{esc(title)}</h1>\n<p class=\"meta\">{esc(checklist.title_for(lang))} · "
          f"{esc(t('rv.checked_on', lang, date=check_date().isoformat()))} · fzcheck {esc(__version__)}</p>\n")
        # ---- the answers
        w('<section id="summary"><div class="cards">')
        for label, value, cls in ((t("rv.col.count", lang), ov.reports, ""), (t("rv.pass", lang), ov.passed, "good"),
                                  (t("rv.fail", lang), ov.failed, "bad" if ov.failed else ""),
                                  (t("b.late", lang), len(ov.late), "bad" if ov.late else ""),
                                  (t("rv.sheet.copies", lang), ov.copies, "bad" if ov.copies else "")):
            w(f'<div class="card {cls}">{esc(label)}<strong>{value}</strong></div>')
        w('</div><ul class="lines">')
        for line in ov.summary_lines(checklist, lang):
            w(f"<li>{esc(line)}</li>")
        w("</ul></section>\n")
        # ---- the matrix
        w(f'<h2 id="matrix">{esc(t("rv.matrix", lang))}</h2>\n<p class="legend">{esc(t("rv.legend", lang))}：')
        for s in ("met", "partial", "missing", "failed", "skipped"):
            w(f'<span class="{s}">{esc(status_cell(s, lang))}</span>')
        w(f"　{esc(t('rv.details', lang))}</p>\n")
        w('<div class="wrap"><table class="matrix sortable"><thead><tr>')
        w(f'<th class="u">{esc(t("b.unit", lang))}</th><th>{esc(t("b.score", lang))}</th>'
          f'<th>{esc(t("rv.col.verdict", lang))}</th>')
        for el in elements:
            w(f'<th class="el" title="{esc(el.title_for(lang))}（{esc(el.id)}）">'
              f"{esc(short_title(el.title_for(lang), 9))}</th>")
        w("</tr></thead><tbody>\n")
        n = 0
        for row in result.rows():
            n += 1
            if row["kind"] != "checked":
                continue
            ok = "pass" if row["passed"] else "fail"
            cells = [f'<td class="u"><a href="#r{n}">{esc(name_of(row, result.root))}</a></td>',
                     f'<td class="n">{row["score"]:.1f}</td>', f'<td class="{ok}">{esc(verdict_text(row, lang))}</td>']
            for el in elements:
                status = row["statuses"].get(el.id, "")
                if status:
                    word, symbol = status_cell(status, lang), status_cell(status, lang, word=False)
                    cells.append(f'<td class="s {status}" title="{esc(word)}">{esc(symbol)}</td>')
                else:
                    cells.append("<td></td>")
            w("<tr>" + "".join(cells) + "</tr>\n")
        w("</tbody></table></div>\n")
        # ---- ranking and frequent gaps
        w(f'<h2>{esc(t("rv.sheet.ranking", lang))}</h2><table class="sortable"><thead><tr>')
        w("".join(f"<th>{esc(t(k, lang))}</th>" for k in ("rv.col.rank", "b.unit", "b.score", "b.path")))
        w("</tr></thead><tbody>\n")
        for (score, name, path), place in zip(ov.ranking, rank_numbers(ov.ranking), strict=True):
            w(f"<tr><td>{place}</td><td>{esc(name)}</td><td>{score:.1f}</td>"
              f"<td>{esc(rel_path(path, result.root))}</td></tr>\n")
        w("</tbody></table>\n")
        w(f'<h2>{esc(t("rv.sheet.gaps", lang))}</h2><table class="sortable"><thead><tr>')
        w("".join(f"<th>{esc(c)}</th>" for c in (t("b.element", lang), t("rv.col.id", lang), t("b.severity", lang),
                                                 t("rv.col.count", lang), t("rv.col.share", lang))))
        w("</tr></thead><tbody>\n")
        for eid, count in ov.frequent_gaps():
            gap = checklist.get(eid)
            share = f"{count / ov.reports:.0%}" if ov.reports else ""
            w(f"<tr><td>{esc(gap.title_for(lang) if gap else eid)}</td><td>{esc(eid)}</td>"
              f"<td>{esc(t(f'sev.{gap.severity}', lang) if gap else '')}</td><td>{count}</td><td>{share}</td></tr>\n")
        w("</tbody></table>\n")
        _copies(w, result, lang)
        if result.traced:  # 未落实承诺 (--previous)
            from fzcheck.render.commitments import html_table

            w(html_table(result, lang))
        # ---- each file's details
        w(f'<h2 id="details-head">{esc(t("rv.sheet.findings", lang))}</h2>\n')
        for n, row in enumerate(result.rows(), start=1):
            _details(w, n, row, result, lang)
        w(f"<script>{_SCRIPT}</script>\n</body></html>\n")


def _copies(w: Any, result: BatchResult, lang: str) -> None:
    esc = html.escape
    pairs = list(result.copies())
    if not pairs:
        return
    w(f'<h2>{esc(t("rv.sheet.copies", lang))}</h2><table class="sortable"><thead><tr>')
    heads = [t("rv.col.kind", lang), t("b.unit", lang), t("b.year", lang), t("b.unit", lang), t("b.year", lang),
             t("b.similarity", lang), t("b.paragraphs", lang), t("rv.col.reused_share", lang), t("b.snippet", lang)]
    w("".join(f"<th>{esc(h)}</th>" for h in heads) + "</tr></thead><tbody>\n")
    for c in pairs:
        a, b = c["a"], c["b"]
        share = f"{c['share']:.0%}" if c.get("reuse") and c.get("share") is not None else ""
        cells = [t("rv.reuse" if c.get("reuse") else "rv.copy", lang), a["unit"] or Path(a["path"]).name,
                 a.get("year") or "", b["unit"] or Path(b["path"]).name, b.get("year") or "",
                 f"{c['similarity']:.0%}", c["paragraphs"], share, a["snippet"]]
        w("<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in cells) + "</tr>\n")
    w("</tbody></table>\n")


def _details(w: Any, n: int, row: dict[str, Any], result: BatchResult, lang: str) -> None:
    esc = html.escape
    name = name_of(row, result.root)
    head = f"{name} · {verdict_text(row, lang)}"
    if row["kind"] == "checked":
        head += f" · {t('b.score', lang)} {row['score']:.1f}"
    w(f'<details class="report" id="r{n}"><summary>{esc(head)}</summary>\n<p>')
    facts = [(t("b.path", lang), rel_path(row["path"], result.root)), (t("b.year", lang), row["year"] or ""),
             (t("b.published", lang), (row["published"] or "") + (f"（{date_source(row, lang)}）"
                                                                    if row.get("date_source") else "")),
             (t("b.late", lang), yes_no(row["late"], lang)),
             (t("rv.col.missing_parts", lang), part_names(row, result.checklist, lang)),
             (t("rv.col.note", lang), note_text(row))]
    w("；".join(f"{esc(k)}：{esc(str(v))}" for k, v in facts if v != ""))
    w("</p>\n")
    if row["findings"]:
        w("<table><thead><tr>" + "".join(f"<th>{esc(t(k, lang))}</th>" for k in (
            "b.element", "b.severity", "b.status", "b.location", "b.message", "b.evidence")) + "</tr></thead><tbody>")
        for item in row["findings"]:
            el = result.checklist.get(item["id"])
            status = "passed" if item["status"] == "met" else item["status"]
            severity = t("sev." + item["severity"], lang)
            w(f"<tr><td>{esc(el.title_for(lang) if el else item['id'])}</td><td>{esc(severity)}</td>"
              f'<td class="{status}">{esc(status_cell(status, lang))}</td><td>{esc(item["where"])}</td>'
              f'<td class="txt">{esc(item["message"])}</td><td class="txt">{esc(item["evidence"])}</td></tr>')
        w("</tbody></table>\n")
    elif row["kind"] == "checked":
        w(f"<p>{esc(t('rv.no_findings', lang))}</p>\n")
    w("</details>\n")
