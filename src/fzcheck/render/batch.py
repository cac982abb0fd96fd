"""Outputs of ``fzcheck batch``: the on-screen summary and the review table as .xlsx, .csv, .json
or a standalone .html. Rows arrive in input order; every writer is deterministic (no timestamps)."""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
from collections import Counter
from pathlib import Path
from typing import Any

from fzcheck import __version__
from fzcheck.batch import BatchResult
from fzcheck.i18n import t

SYMBOL = {"met": "✔", "partial": "◐", "missing": "✘", "failed": "✘", "skipped": "–"}
FIXED_DATE = dt.datetime(2000, 1, 1)  # workbook metadata: the same bytes run to run


def _ids(result: BatchResult) -> list[str]:
    return [el.id for el in result.checklist.elements]


def _columns(lang: str) -> list[str]:
    return [t(k, lang) for k in ("b.path", "b.unit", "b.year", "b.published", "b.late", "b.days_late",
                                 "b.score", "b.errors", "b.warnings", "b.infos", "b.copied", "b.error")]


def _base(row: dict[str, Any]) -> list[Any]:
    counts = row.get("counts") or {}
    late = row["late"]
    return [row["path"], row["unit"] or "", row["year"] or "", row["published"] or "",
            "" if late is None else ("Y" if late else "N"), row["days_late"] or "",
            "" if row["score"] is None else row["score"], counts.get("error", ""), counts.get("warning", ""),
            counts.get("info", ""), "; ".join(row["copied_with"]), row["error"] or ""]


def write_csv(result: BatchResult, target: Path, lang: str) -> None:
    ids = _ids(result)
    # UTF-8 with BOM: Excel opens Chinese CSV correctly only with it
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(_columns(lang) + ids)
        for row in result.rows():
            writer.writerow([_csv_cell(v) for v in _base(row)] + [row["statuses"].get(i, "") for i in ids])


def _csv_cell(value: Any) -> Any:
    """A report's own words (its unit, an error) never become a spreadsheet formula in Excel."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_json(result: BatchResult, target: Path, lang: str) -> None:
    with target.open("w", encoding="utf-8") as fh:
        head = {"tool": {"name": "fzcheck", "version": __version__, "format_version": 1},
                "checklist": {"id": result.checklist.id, "version": result.checklist.version},
                "elements": _ids(result)}
        fh.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": [\n')
        for i, row in enumerate(result.rows()):
            fh.write(("," if i else "") + json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        fh.write('], "copies": [\n')
        for i, pair in enumerate(result.copies()):
            fh.write(("," if i else "") + json.dumps(pair, ensure_ascii=False, sort_keys=True) + "\n")
        fh.write("]}\n")


def write_xlsx(result: BatchResult, target: Path, lang: str) -> None:
    """xlsxwriter rather than openpyxl: it streams rows (constant memory) and writes the same bytes
    for the same input, which openpyxl does not."""
    import xlsxwriter
    import xlsxwriter.exceptions

    ids = _ids(result)
    book = xlsxwriter.Workbook(str(target), {"constant_memory": True, "strings_to_formulas": False,
                                             "strings_to_urls": False})
    book.set_properties({"title": "fzcheck", "author": "fzcheck", "created": FIXED_DATE})
    bold = book.add_format({"bold": True, "bg_color": "#DDDDDD", "border": 1, "text_wrap": True})
    fills = {"met": "#C6EFCE", "partial": "#FFEB9C", "missing": "#FFC7CE", "failed": "#FFC7CE",
             "skipped": "#EEEEEE"}
    formats = {s: book.add_format({"bg_color": c, "align": "center"}) for s, c in fills.items()}
    summary = book.add_worksheet(t("b.sheet.summary", lang))
    findings = book.add_worksheet(t("b.sheet.findings", lang))
    copies = book.add_worksheet(t("b.sheet.copies", lang))
    header = _columns(lang) + ids
    summary.write_row(0, 0, header, bold)
    summary.freeze_panes(1, 2)
    f_header = [t(k, lang) for k in ("b.path", "b.unit", "b.element", "b.severity", "b.status", "b.location",
                                     "b.message", "b.evidence")]
    findings.write_row(0, 0, f_header, bold)
    findings.freeze_panes(1, 0)
    n = f = 0
    for n, row in enumerate(result.rows(), start=1):
        base = _base(row)
        summary.write_row(n, 0, base)
        for j, eid in enumerate(ids):
            status = row["statuses"].get(eid)
            if status:
                summary.write_string(n, len(base) + j, SYMBOL[status], formats[status])
        for item in row["findings"]:
            f += 1
            findings.write_row(f, 0, [row["path"], row["unit"] or "", item["id"], item["severity"],
                                      item["status"], item["location"], item["message"], item["evidence"]])
        if row["error"]:
            f += 1
            findings.write_row(f, 0, [row["path"], "", "", "error", "unreadable", "", row["error"]])
    summary.autofilter(0, 0, max(n, 1), len(header) - 1)
    findings.autofilter(0, 0, max(f, 1), len(f_header) - 1)
    summary.set_column(0, 0, 40)
    summary.set_column(1, 1, 24)
    summary.set_column(len(_columns(lang)), len(header) - 1, 4)
    findings.set_column(0, 0, 40)
    findings.set_column(6, 7, 80)
    c_header = [t(k, lang) for k in ("b.path", "b.unit", "b.location", "b.path", "b.unit", "b.location",
                                     "b.similarity", "b.paragraphs", "b.snippet")]
    copies.write_row(0, 0, c_header, bold)
    for i, c in enumerate(result.copies(), start=1):
        copies.write_row(i, 0, [c["a"]["path"], c["a"]["unit"] or "", c["a"]["location"], c["b"]["path"],
                                c["b"]["unit"] or "", c["b"]["location"], c["similarity"], c["paragraphs"],
                                c["a"]["snippet"]])
    try:
        book.close()
    except xlsxwriter.exceptions.FileCreateError as exc:  # not an OSError: say it like one
        raise OSError(str(exc.__context__ or exc)) from exc


_HTML_HEAD = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{sha}'">
<title>fzcheck</title>
<style>
body{{font-family:sans-serif;margin:1em}} table{{border-collapse:collapse;font-size:13px}}
th,td{{border:1px solid #ccc;padding:2px 6px}} th{{background:#eee;cursor:pointer;position:sticky;top:0}}
td.met{{background:#c6efce}} td.partial{{background:#ffeb9c}} td.missing,td.failed{{background:#ffc7ce}}
td.skipped{{background:#eee}}
</style></head><body>
<h1>fzcheck</h1>
"""
# The page's only script: sort a table by a clicked header. Report text never becomes script:
# every cell is escaped, and the Content-Security-Policy admits this script alone (by its hash).
_SORT_SCRIPT = (
    "document.querySelectorAll('th').forEach(function(th){th.addEventListener('click',function(){"
    "var table=th.closest('table'),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th),"
    "asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';var rows=Array.prototype.slice.call(body.rows);"
    "rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent,"
    "nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);"
    "return asc?c:-c;});rows.forEach(function(r){body.appendChild(r);});});});"
)


def write_html(result: BatchResult, target: Path, lang: str) -> None:
    import base64
    import hashlib

    sha = base64.b64encode(hashlib.sha256(_SORT_SCRIPT.encode()).digest()).decode()
    esc = html.escape
    ids = _ids(result)
    with target.open("w", encoding="utf-8") as fh:
        fh.write(_HTML_HEAD.format(lang="en" if lang == "en" else "zh", sha=sha))
        fh.write(f"<p>{esc(result.checklist.title_for(lang))} ({esc(result.checklist.id)}) · "
                 f"{result.count} · fzcheck {esc(__version__)}</p>\n<table><thead><tr>")
        fh.write("".join(f"<th>{esc(c)}</th>" for c in _columns(lang)))
        fh.write("".join(f'<th title="{esc(i)}">{esc(i.split(".", 1)[1])}</th>' for i in ids))
        fh.write("</tr></thead><tbody>\n")
        for row in result.rows():
            cells = "".join(f"<td>{esc(str(v))}</td>" for v in _base(row))
            for i in ids:
                status = row["statuses"].get(i, "")
                cells += f'<td class="{esc(status)}" title="{esc(status)}">{SYMBOL.get(status, "")}</td>'
            fh.write(f"<tr>{cells}</tr>\n")
        fh.write("</tbody></table>\n")
        if result.copy_count:
            fh.write(f"<h2>{esc(t('b.sheet.copies', lang))}</h2><table><thead><tr>")
            for k in ("b.path", "b.location", "b.path", "b.location", "b.similarity", "b.snippet"):
                fh.write(f"<th>{esc(t(k, lang))}</th>")
            fh.write("</tr></thead><tbody>\n")
            for c in result.copies():
                fh.write("<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in (
                    c["a"]["path"], c["a"]["location"], c["b"]["path"], c["b"]["location"], c["similarity"],
                    c["a"]["snippet"])) + "</tr>\n")
            fh.write("</tbody></table>\n")
        fh.write(f"<script>{_SORT_SCRIPT}</script>\n</body></html>\n")


def _fit(text: str, width: int) -> str:
    """Cut or pad to *width* terminal cells (CJK characters take two)."""
    from rich.cells import cell_len, set_cell_size

    return set_cell_size(text, width) if cell_len(text) != width else text


WRITERS = {".xlsx": write_xlsx, ".csv": write_csv, ".json": write_json, ".html": write_html, ".htm": write_html}


def write(result: BatchResult, target: Path, lang: str) -> None:
    """Write *target* atomically: a crash mid-write never leaves half a file where a good one was."""
    from fzcheck.fileio import atomic_write

    writer = WRITERS[target.suffix.lower()]
    atomic_write(target, lambda tmp: writer(result, tmp, lang))


def summary_renderables(result: BatchResult, lang: str, matrix: bool) -> list[Any]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from fzcheck.render.console import STATUS_STYLE, safe

    ids = _ids(result)
    gaps: Counter[str] = Counter()
    ranking: list[tuple[float, str]] = []
    late = 0
    # the matrix is plain text: one letter per element column keeps 28 columns within 80 characters
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[:len(ids)]
    hidden = ids[len(letters):]  # past 52 elements the matrix shows the first 52 (all are in -o files)
    ids = ids[:len(letters)]
    width = 22
    grid: list[Text] = []
    if matrix:
        grid.append(Text(t("b.matrix", lang), style="bold"))
        grid.append(Text(" " * width + " ".join(letters), style="dim"))
    for row in result.rows():
        if row["error"]:
            continue
        late += bool(row["late"])
        ranking.append((row["score"], row["unit"] or row["path"]))
        for eid, status in row["statuses"].items():
            if status in ("missing", "partial", "failed"):
                gaps[eid] += 1
        if matrix:
            name = safe(row["unit"] or Path(row["path"]).name)
            line = Text(_fit(name, width))
            for i in ids:
                symbol, style = STATUS_STYLE[row["statuses"].get(i, "skipped")]
                line.append(symbol + " ", style=style)
            grid.append(line)
    worst = Table(box=box.SIMPLE_HEAD, title=t("b.worst", lang), title_justify="left")
    worst.add_column(t("col.element", lang))
    worst.add_column(t("b.units", lang), justify="right")
    for eid, n in gaps.most_common(10):
        el = result.checklist.get(eid)
        worst.add_row(f"{el.title_for(lang) if el else eid}  [dim]{eid}[/dim]", str(n))
    rank = Table(box=box.SIMPLE_HEAD, title=t("b.ranking", lang), title_justify="left")
    rank.add_column("#", justify="right")
    rank.add_column(t("b.unit", lang), overflow="fold")
    rank.add_column(t("b.score", lang), justify="right")
    ordered = sorted(ranking, key=lambda x: (-x[0], x[1]))
    shown = ordered if len(ordered) <= 20 else ordered[:10] + ordered[-10:]
    for score, unit in shown:
        rank.add_row(str(ordered.index((score, unit)) + 1), safe(unit), f"{score:.1f}")
    verdict = Text(t("b.verdict", lang, n=result.count, unreadable=result.unreadable, late=late,
                     copies=result.copy_count), style="bold")
    if matrix:
        legend = "  ".join(f"{letter}={eid}" for letter, eid in zip(letters, ids, strict=True))
        grid.append(Text(legend, style="dim"))
        if hidden:
            grid.append(Text(t("b.matrix_more", lang, n=len(hidden)), style="dim"))
    return [*grid, worst, rank, verdict]
