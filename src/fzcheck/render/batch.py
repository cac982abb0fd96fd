"""Outputs of ``fzcheck batch``: the on-screen summary and the review table as .xlsx, .csv, .json
or a standalone .html. Rows arrive in input order; every writer is deterministic (no timestamps)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from fzcheck import __version__
from fzcheck.batch import BatchResult
from fzcheck.i18n import t
from fzcheck.render import commitments as commit
from fzcheck.render.commitments import rate_cell, reused_cell


def _ids(result: BatchResult) -> list[str]:
    return [el.id for el in result.checklist.elements]


def _columns(lang: str) -> list[str]:
    return [t(k, lang) for k in ("b.path", "b.unit", "b.year", "b.published", "rv.col.date_source", "b.late",
                                 "b.days_late", "b.score", "rv.col.verdict", "rv.col.missing_parts", "b.errors",
                                 "b.warnings", "b.infos", "b.copied", "commit.rate", "commit.reused_share",
                                 "rv.col.note")]


def _base(row: dict[str, Any], result: BatchResult, lang: str) -> list[Any]:
    from fzcheck.render.review import date_source, note_text, part_names, rel_path, verdict_text, yes_no

    counts = row.get("counts") or {}
    return [rel_path(row["path"], result.root), row["unit"] or "", row["year"] or "", row["published"] or "",
            date_source(row, lang), yes_no(row["late"], lang), row["days_late"] or "",
            "" if row["score"] is None else row["score"], verdict_text(row, lang),
            part_names(row, result.checklist, lang), counts.get("error", ""), counts.get("warning", ""),
            counts.get("info", ""), "; ".join(rel_path(p, result.root) for p in row["copied_with"]),
            rate_cell(row, lang) if row.get("kind", "checked") == "checked" else "", reused_cell(row),
            note_text(row)]


def write_csv(result: BatchResult, target: Path, lang: str) -> None:
    """One row per file; an element's column is headed by its title and id, its cells say
    「✘ 缺失」 as the workbook does."""
    from fzcheck.render.review import status_cell

    ids = _ids(result)
    titles = [f"{el.title_for(lang)}（{el.id}）" for el in result.checklist.elements]
    # UTF-8 with BOM: Excel opens Chinese CSV correctly only with it
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(_columns(lang) + titles)
        for row in result.rows():
            writer.writerow([_csv_cell(v) for v in _base(row, result, lang)]
                            + [status_cell(row["statuses"].get(i), lang) for i in ids])


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
        fh.write('], "unfulfilled": [\n')
        for i, item in enumerate(commit.json_items(result)):
            fh.write(("," if i else "") + json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
        fh.write("]}\n")


def _fit(text: str, width: int) -> str:
    """Cut or pad to *width* terminal cells (CJK characters take two)."""
    from rich.cells import cell_len, set_cell_size

    return set_cell_size(text, width) if cell_len(text) != width else text


def write_xlsx(result: BatchResult, target: Path, lang: str) -> None:
    from fzcheck.render.workbook import write_xlsx as write_book

    write_book(result, target, lang)


def write_html(result: BatchResult, target: Path, lang: str) -> None:
    from fzcheck.render.page import write_html as write_page

    write_page(result, target, lang)


WRITERS = {".xlsx": write_xlsx, ".csv": write_csv, ".json": write_json, ".html": write_html, ".htm": write_html}


def write(result: BatchResult, target: Path, lang: str) -> None:
    """Write *target* atomically: a crash mid-write never leaves half a file where a good one was."""
    from fzcheck.fileio import atomic_write

    writer = WRITERS[target.suffix.lower()]
    atomic_write(target, lambda tmp: writer(result, tmp, lang))
    if writer is write_csv and result.traced:  # a CSV holds one table: the unfulfilled commitments beside it
        atomic_write(commit.csv_sidecar(target), lambda tmp: commit.write_csv(result, tmp, lang))


def summary_renderables(result: BatchResult, lang: str, matrix: bool) -> list[Any]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from fzcheck.render.console import STATUS_STYLE, safe
    from fzcheck.render.review import overview, rank_numbers

    ids = _ids(result)
    ov = overview(result, lang)
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
            if row["kind"] != "checked":
                continue
            name = safe(row["unit"] or Path(row["path"]).name)
            line = Text(_fit(name, width))
            for i in ids:
                symbol, style = STATUS_STYLE[row["statuses"].get(i, "skipped")]
                line.append(symbol + " ", style=style)
            grid.append(line)
    worst = Table(box=box.SIMPLE_HEAD, title=t("b.worst", lang), title_justify="left")
    worst.add_column(t("col.element", lang))
    worst.add_column(t("b.units", lang), justify="right")
    for eid, n in ov.frequent_gaps()[:10]:
        el = result.checklist.get(eid)
        worst.add_row(f"{el.title_for(lang) if el else eid}  [dim]{eid}[/dim]", str(n))
    rank = Table(box=box.SIMPLE_HEAD, title=t("b.ranking", lang), title_justify="left")
    rank.add_column("#", justify="right")
    rank.add_column(t("b.unit", lang), overflow="fold")
    rank.add_column(t("b.score", lang), justify="right")
    places = rank_numbers(ov.ranking)
    shown = list(range(len(ov.ranking)))
    if len(shown) > 20:
        shown = shown[:10] + shown[-10:]
    for k in shown:
        score, unit, _ = ov.ranking[k]
        rank.add_row(str(places[k]), safe(unit), f"{score:.1f}")
    if matrix:
        legend = "  ".join(f"{letter}={eid}" for letter, eid in zip(letters, ids, strict=True))
        grid.append(Text(legend, style="dim"))
        if hidden:
            grid.append(Text(t("b.matrix_more", lang, n=len(hidden)), style="dim"))
    lines = [Text(safe(line), style="bold" if i == 0 else "") for i, line in
             enumerate(ov.summary_lines(result.checklist, lang))]
    return [*grid, worst, rank, *lines]
