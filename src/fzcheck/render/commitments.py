"""Outputs of 承诺兑现: the section 「上年承诺兑现」 of ``validate --previous`` and, for ``batch``, the
fulfilment column and the table of unfulfilled commitments in every batch format."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from fzcheck.i18n import t

if TYPE_CHECKING:
    from fzcheck.batch import BatchResult
    from fzcheck.results import CheckReport

_STATUS = {"rule.commitments.done": "done", "rule.commitments.partial": "partial", "rule.commitments.open": "open",
           "rule.commitments.short": "partial", "rule.commitments.no_figure": "partial"}
_STYLE = {"done": "green", "partial": "yellow", "open": "red"}


def section(report: CheckReport, lang: str) -> list[Any]:
    """The table of last year's commitments and the paragraphs taken over; nothing without --previous."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from fzcheck.render.jsonout import note_text
    from fzcheck.render.wrap import safe

    result = next((r for r in report.results if r.element.rule == "commitments"), None)
    if result is None or not result.notes or result.notes[0].key == "rule.commitments.no_previous":
        return []
    doc = report.document
    out: list[Any] = [Text("\n" + t("commit.section", lang), style="bold underline")]
    head = result.notes[0]
    if head.key in ("rule.commitments.rate", "rule.commitments.none", "rule.commitments.no_plan"):
        out.append(Text(note_text(head, report.checklist, lang), style="bold"))
    for n in result.notes:
        if n.key == "rule.commitments.year":
            out.append(Text(note_text(n, report.checklist, lang), style="yellow"))
    quotes = {(e.matched, e.line): e.snippet for e in result.evidence}
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    table.add_column(t("commit.col.commitment", lang), ratio=4, overflow="fold")
    for key in ("prev", "status", "where"):
        table.add_column(t(f"commit.col.{key}", lang), no_wrap=True)
    table.add_column(t("commit.col.sentence", lang), ratio=6, overflow="fold")
    for n in result.notes:
        status = _STATUS.get(n.key)
        if status is None:
            continue
        title = str(n.params.get("title", ""))
        where = str(doc.location(n.line)) if n.line is not None else "—"
        word = t(f"commit.status.{status}", lang)
        if n.key == "rule.commitments.short":
            word += t("commit.planned", lang, target=n.params["target"], actual=n.params["actual"])
        elif n.key == "rule.commitments.no_figure":
            word += t("commit.planned_none", lang, target=n.params["target"])
        table.add_row(safe(title), str(n.params.get("prev", "")), Text(word, style=_STYLE[status]), where,
                      safe(quotes.get((title, n.line), "")) if n.line is not None else "")
    if table.row_count:
        out.append(table)
    reused = [n for n in result.notes if n.key in ("rule.commitments.reused", "rule.commitments.reused_share")]
    if reused:
        out.append(Text(t("commit.reused", lang), style="bold"))
        for n in reused:
            place = t(f"loc.{doc.location_unit}", lang, n=doc.location(n.line)) + "：" if n.line else ""
            out.append(Text("  " + place + note_text(n, report.checklist, lang), style="yellow"))
    return out


# ---------------------------------------------------------------- batch

def rate_cell(row: dict[str, Any], lang: str) -> str:
    """承诺兑现率 of a batch row: a percentage, or why there is none (never a zero)."""
    found = row.get("commitments") or {}
    if not found.get("previous"):
        return t("commit.no_previous", lang)
    if found.get("rate") is None:
        return t("commit.none", lang)
    return f"{round(100 * found['rate'])}%"


def reused_cell(row: dict[str, Any]) -> str:
    """沿用上年表述: the share of the text taken over from the previous report, when there is one."""
    found = row.get("commitments") or {}
    return f"{round(100 * found['reused_share'])}%" if found.get("previous") else ""


def unfulfilled(result: BatchResult) -> Iterator[list[Any]]:
    """One row per commitment not (fully) carried out: file, unit, previous report, place there,
    commitment, status."""
    for row in result.rows():
        found = row.get("commitments") or {}
        for item in found.get("unfulfilled", []):
            yield [row["path"], row["unit"] or "", found["previous"], item["line"], item["title"], item["status"]]


def unfulfilled_header(lang: str) -> list[str]:
    return [t("b.path", lang), t("b.unit", lang), t("commit.previous", lang), t("commit.col.prev", lang),
            t("commit.col.commitment", lang), t("commit.col.status", lang)]


def status_word(status: str, lang: str) -> str:
    return t(f"commit.status.{status}", lang)


def write_csv(result: BatchResult, target: Any, lang: str) -> None:
    """The unfulfilled commitments next to the summary CSV (a CSV holds one table)."""
    import csv

    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(unfulfilled_header(lang))
        for r in unfulfilled(result):
            # a report's own words never become a spreadsheet formula in Excel
            writer.writerow(["'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
                             for v in [*r[:5], status_word(r[5], lang)]])


def csv_sidecar(target: Any) -> Any:
    return target.with_name(target.stem + ".commitments" + target.suffix)


def write_sheet(book: Any, result: BatchResult, lang: str, bold: Any) -> None:
    sheet = book.add_worksheet(t("commit.sheet", lang))
    sheet.write_row(0, 0, unfulfilled_header(lang), bold)
    sheet.freeze_panes(1, 0)
    n = 0
    for n, r in enumerate(unfulfilled(result), start=1):
        sheet.write_row(n, 0, [*r[:5], status_word(r[5], lang)])
    sheet.autofilter(0, 0, max(n, 1), 5)
    sheet.set_column(0, 0, 40)
    sheet.set_column(2, 2, 40)
    sheet.set_column(4, 4, 60)


def html_table(result: BatchResult, lang: str) -> str:
    """承诺兑现率 of every report, then the commitments not carried out."""
    esc = html.escape
    out = [f"<h2>{esc(t('commit.rate', lang))}</h2><table><thead><tr>"]
    out += [f"<th>{esc(t(k, lang))}</th>" for k in ("b.path", "b.unit", "commit.rate", "commit.reused_share")]
    out.append("</tr></thead><tbody>\n")
    for row in result.rows():
        if row.get("kind", "checked") == "checked":
            cells = [row["path"], row["unit"] or "", rate_cell(row, lang), reused_cell(row)]
            out.append("<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in cells) + "</tr>\n")
    out.append("</tbody></table>\n")
    rows = list(unfulfilled(result))
    if not rows:
        return "".join(out)
    out += [f"<h2>{esc(t('commit.sheet', lang))}</h2><table><thead><tr>"]
    out += [f"<th>{esc(c)}</th>" for c in unfulfilled_header(lang)]
    out.append("</tr></thead><tbody>\n")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in [*r[:5], status_word(r[5], lang)])
                   + "</tr>\n")
    out.append("</tbody></table>\n")
    return "".join(out)


def json_items(result: BatchResult) -> Iterator[dict[str, Any]]:
    keys = ("path", "unit", "previous", "line", "title", "status")
    for r in unfulfilled(result):
        yield dict(zip(keys, r, strict=True))
