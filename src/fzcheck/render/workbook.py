"""The review workbook a reviewer hands to the leader, who prints it: Chinese throughout, the
answers first (总览: how many reports, how many pass, who is late, who omits which part), then
要素情况, 排名, 常见缺项, 问题清单 and 疑似雷同. Every sheet prints landscape on A4, fit to the
page width, with its header rows repeated and a page header naming the title and the check date;
a status shows its symbol as well as its colour, so a black-and-white print still reads.

xlsxwriter rather than openpyxl: it streams rows (constant memory) and writes the same bytes for
the same input (the check date is the one thing that changes; SOURCE_DATE_EPOCH pins it).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fzcheck.batch import BatchResult
from fzcheck.i18n import t
from fzcheck.render.review import (
    check_date,
    date_of,
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

FIXED_DATE = dt.datetime(2000, 1, 1)  # workbook metadata: the same bytes run to run
FILLS = {"met": "#C6EFCE", "passed": "#C6EFCE", "partial": "#FFEB9C", "missing": "#FFC7CE", "failed": "#FFC7CE",
         "skipped": "#EEEEEE"}
A4 = 9


def write_xlsx(result: BatchResult, target: Path, lang: str) -> None:
    import xlsxwriter  # type: ignore[import-untyped]
    import xlsxwriter.exceptions  # type: ignore[import-untyped]

    from fzcheck.render.commitments import status_word

    ov = overview(result, lang)
    checklist = result.checklist
    title = t("rv.title", lang)
    on = t("rv.checked_on", lang, date=check_date().isoformat())
    book = xlsxwriter.Workbook(str(target), {"constant_memory": True, "strings_to_formulas": False,
                                             "strings_to_urls": False})
    book.set_properties({"title": title, "author": "fzcheck", "created": FIXED_DATE})
    font = {"font_name": "等线" if lang != "en" else "Calibri", "font_size": 10, "valign": "vcenter"}
    f_head = book.add_format({**font, "bold": True, "bg_color": "#DDDDDD", "border": 1, "text_wrap": True,
                              "align": "center"})
    f_id = book.add_format({**font, "font_size": 7, "font_color": "#666666", "border": 1, "align": "center",
                            "text_wrap": True})
    f_vertical = book.add_format({**font, "bold": True, "bg_color": "#DDDDDD", "border": 1, "rotation": 270,
                                  "align": "center", "valign": "top"})
    f_cell = book.add_format({**font, "border": 1})
    f_wrap = book.add_format({**font, "border": 1, "text_wrap": True})
    f_num = book.add_format({**font, "border": 1, "num_format": "0.0"})
    f_int = book.add_format({**font, "border": 1, "num_format": "0"})
    f_pct = book.add_format({**font, "border": 1, "num_format": "0%"})
    f_date = book.add_format({**font, "border": 1, "num_format": "yyyy-mm-dd"})
    f_title = book.add_format({**font, "bold": True, "font_size": 14})
    f_line = book.add_format({**font, "font_size": 11, "text_wrap": True, "valign": "top"})
    f_status = {s: book.add_format({**font, "border": 1, "align": "center", "bg_color": c}) for s, c in FILLS.items()}
    f_verdict = {True: book.add_format({**font, "border": 1, "bg_color": FILLS["met"], "bold": True}),
                 False: book.add_format({**font, "border": 1, "bg_color": FILLS["missing"], "bold": True})}

    def sheet(key: str, header_rows: tuple[int, int], freeze: tuple[int, int], widths: Sequence[float]) -> Any:
        ws = book.add_worksheet(t(key, lang))
        ws.set_landscape()
        ws.set_paper(A4)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(*header_rows)
        ws.freeze_panes(*freeze)
        ws.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.6)
        ws.set_header(f"&L&\"-,Bold\"{_amp(title)}　{_amp(t(key, lang))}&R{_amp(on)}")
        ws.set_footer("&C" + ("第 &P 页，共 &N 页" if lang != "en" else "Page &P of &N"))
        for i, w in enumerate(widths):
            ws.set_column(i, i, w)
        ws.set_default_row(14)  # 35 rows to a landscape page
        return ws

    # ---- 总览: the answers, then one row per file
    cols = [t(k, lang) for k in ("rv.col.n", "b.unit", "b.year", "b.score", "rv.col.verdict",
                                 "rv.col.missing_parts", "b.late", "b.days_late", "b.published",
                                 "rv.col.date_source", "b.path", "rv.col.note")]
    lines = ov.summary_lines(checklist, lang)
    head = len(lines) + 2
    widths = [5, 26, 6, 6, 8, 34, 5, 7, 11, 9, 24, 28]
    traced = bool(result.traced)  # 承诺兑现 columns, with --previous or two years in one run
    if traced:
        cols += [t("commit.rate", lang), t("commit.reused_share", lang)]
        widths += [9, 9]
    ws = sheet("rv.sheet.overview", (head, head), (head + 1, 2), widths)
    ws.write_string(0, 0, title, f_title)
    # merged across the table and wrapped: a long line must not widen the printed page
    per_line = sum(widths) / 2.2  # CJK characters per printed line of the merged cells
    for i, line in enumerate(lines, start=1):
        ws.merge_range(i, 0, i, len(cols) - 1, line, f_line)
        ws.set_row(i, 15 * max(1, -(-len(line) // int(per_line))))
    ws.set_row(head, 28)  # before the row's cells: constant_memory writes rows out as they end
    ws.write_row(head, 0, cols, f_head)
    for n, row in enumerate(result.rows(), start=1):
        r = head + n
        checked = row["kind"] == "checked"
        parts, note = part_names(row, checklist, lang), note_text(row)
        _fit_height(ws, r, [(parts, widths[5]), (note, widths[11])])
        ws.write_number(r, 0, n, f_int)
        ws.write_string(r, 1, name_of(row, result.root), f_cell)
        _maybe_int(ws, r, 2, row["year"], f_int, f_cell)
        if checked:
            ws.write_number(r, 3, row["score"], f_num)
        else:
            ws.write_blank(r, 3, None, f_cell)
        ws.write_string(r, 4, verdict_text(row, lang), f_verdict[bool(row["passed"])] if checked else f_cell)
        ws.write_string(r, 5, parts, f_wrap)
        ws.write_string(r, 6, yes_no(row["late"], lang), f_cell)
        _maybe_int(ws, r, 7, row["days_late"], f_int, f_cell)
        _maybe_date(ws, r, 8, row["published"], f_date, f_cell)
        ws.write_string(r, 9, date_source(row, lang), f_cell)
        ws.write_string(r, 10, rel_path(row["path"], result.root), f_cell)
        ws.write_string(r, 11, note, f_wrap)
        if traced:
            from fzcheck.render.commitments import rate_cell, reused_cell

            ws.write_string(r, 12, rate_cell(row, lang) if checked else "", f_cell)
            ws.write_string(r, 13, reused_cell(row), f_cell)
    ws.autofilter(head, 0, head + max(ov.files, 1), len(cols) - 1)

    # ---- 要素情况: units × elements, Chinese titles with the id in a second header row
    elements = checklist.elements
    ws = sheet("rv.sheet.matrix", (0, 1), (2, 2), [5, 26, 6] + [4.5] * len(elements))
    ws.set_footer("&L" + _amp(t("rv.legend", lang) + "：" + _legend(lang)) + "&R"
                  + ("第 &P 页，共 &N 页" if lang != "en" else "Page &P of &N"))
    ws.set_row(0, 118)
    ws.write_row(0, 0, [t("rv.col.n", lang), t("b.unit", lang), t("b.score", lang)], f_head)
    for j, el in enumerate(elements):  # stacked top to bottom, as Chinese is written in a narrow column
        ws.write_string(0, 3 + j, short_title(el.title_for(lang), 9), f_vertical)
    ws.set_row(1, 30)
    ws.write_row(1, 0, ["", "", ""], f_id)
    for j, el in enumerate(elements):
        ws.write_string(1, 3 + j, el.id.split(".", 1)[-1], f_id)
    n = 0
    for row in result.rows():
        if row["kind"] != "checked":
            continue
        n += 1
        ws.write_number(n + 1, 0, n, f_int)
        ws.write_string(n + 1, 1, name_of(row, result.root), f_cell)
        ws.write_number(n + 1, 2, row["score"], f_num)
        for j, el in enumerate(elements):
            status = row["statuses"].get(el.id)
            if status:
                ws.write_string(n + 1, 3 + j, status_cell(status, lang, word=False), f_status[status])

    # ---- 排名
    ws = sheet("rv.sheet.ranking", (0, 0), (1, 0), [6, 30, 8, 10, 40])
    ws.write_row(0, 0, [t(k, lang) for k in ("rv.col.rank", "b.unit", "b.score", "rv.col.verdict", "b.path")],
                 f_head)
    for i, ((score, name, path), rank) in enumerate(zip(ov.ranking, rank_numbers(ov.ranking), strict=True),
                                                    start=1):
        ws.write_number(i, 0, rank, f_int)
        ws.write_string(i, 1, name, f_cell)
        ws.write_number(i, 2, score, f_num)
        ok = path in ov.passed_paths
        ws.write_string(i, 3, t("rv.pass" if ok else "rv.fail", lang), f_verdict[ok])
        ws.write_string(i, 4, rel_path(path, result.root), f_cell)

    # ---- 常见缺项: element × count × share
    ws = sheet("rv.sheet.gaps", (0, 0), (1, 1), [40, 26, 8, 8, 8, 10, 8])
    ws.write_row(0, 0, [t("b.element", lang), t("rv.col.id", lang), t("b.severity", lang),
                        status_cell("missing", lang), status_cell("partial", lang) + "/" + t("status.failed", lang),
                        t("rv.col.count", lang), t("rv.col.share", lang)], f_head)
    for i, (eid, count) in enumerate(ov.frequent_gaps(), start=1):
        gap = checklist.get(eid)
        kinds = ov.gap_kinds.get(eid) or Counter()
        ws.write_string(i, 0, gap.title_for(lang) if gap else eid, f_wrap)
        ws.write_string(i, 1, eid, f_cell)
        ws.write_string(i, 2, t(f"sev.{gap.severity}", lang) if gap else "", f_cell)
        ws.write_number(i, 3, kinds.get("missing", 0), f_int)
        ws.write_number(i, 4, kinds.get("partial", 0) + kinds.get("failed", 0), f_int)
        ws.write_number(i, 5, count, f_int)
        ws.write_number(i, 6, count / ov.reports if ov.reports else 0, f_pct)

    # ---- 问题清单
    f_widths = [18, 16, 24, 6, 10, 24, 56, 44]
    ws = sheet("rv.sheet.findings", (0, 0), (1, 2), f_widths)
    f_cols = [t(k, lang) for k in ("b.unit", "b.path", "b.element", "b.severity", "b.status", "b.location",
                                   "b.message", "b.evidence")]
    ws.write_row(0, 0, f_cols, f_head)
    f = 0
    for row in result.rows():
        name, path = name_of(row, result.root), rel_path(row["path"], result.root)
        for item in row["findings"]:
            f += 1
            found = checklist.get(item["id"])
            status = "passed" if item["status"] == "met" else item["status"]
            title = found.title_for(lang) if found else item["id"]
            _fit_height(ws, f, [(name, f_widths[0]), (path, f_widths[1]), (title, f_widths[2]),
                                (item["where"], f_widths[5]), (item["message"], f_widths[6]),
                                (item["evidence"], f_widths[7])])
            ws.write_row(f, 0, [name, path, title], f_wrap)
            ws.write_string(f, 3, t(f"sev.{item['severity']}", lang), f_cell)
            ws.write_string(f, 4, status_cell(status, lang), f_status.get(status, f_cell))
            ws.write_row(f, 5, [item["where"], item["message"], item["evidence"]], f_wrap)
        if row["kind"] != "checked":
            f += 1
            _fit_height(ws, f, [(name, f_widths[0]), (path, f_widths[1]), (note_text(row), f_widths[6])])
            ws.write_row(f, 0, [name, path, "", "", verdict_text(row, lang), "", note_text(row), ""], f_wrap)
    ws.autofilter(0, 0, max(f, 1), len(f_cols) - 1)

    # ---- 疑似雷同: copies between units, then reuse of a unit's own earlier report
    units = {row["path"]: row["loc_unit"] for row in result.rows()}
    ws = sheet("rv.sheet.copies", (0, 0), (1, 1), [14, 22, 6, 20, 12, 22, 6, 20, 12, 8, 8, 8, 40])
    c_cols = [t("rv.col.kind", lang)] + [t(k, lang) for k in ("b.unit", "b.year", "b.path", "b.location")] * 2 + [
        t(k, lang) for k in ("b.similarity", "b.paragraphs", "rv.col.reused_share", "b.snippet")]
    ws.write_row(0, 0, c_cols, f_head)
    for i, c in enumerate(result.copies(), start=1):
        ws.write_string(i, 0, t("rv.reuse" if c.get("reuse") else "rv.copy", lang), f_cell)
        for k, side in enumerate((c["a"], c["b"])):
            col = 1 + 4 * k
            ws.write_string(i, col, side["unit"] or Path(side["path"]).name, f_cell)
            _maybe_int(ws, i, col + 1, side.get("year"), f_int, f_cell)
            ws.write_string(i, col + 2, rel_path(side["path"], result.root), f_cell)
            ws.write_string(i, col + 3, t(f"loc.{units.get(side['path'], 'line')}", lang, n=side["location"]),
                            f_cell)
        ws.write_number(i, 9, c["similarity"], f_pct)
        ws.write_number(i, 10, c["paragraphs"], f_int)
        if c.get("reuse") and c.get("share") is not None:
            ws.write_number(i, 11, c["share"], f_pct)
        else:
            ws.write_blank(i, 11, None, f_cell)
        ws.write_string(i, 12, c["a"]["snippet"], f_wrap)
    if result.traced:  # 未落实承诺: last year's plans not seen carried out (--previous)
        from fzcheck.render.commitments import unfulfilled, unfulfilled_header

        ws = sheet("commit.sheet", (0, 0), (1, 0), [30, 8, 36, 8, 60, 10])
        ws.write_row(0, 0, unfulfilled_header(lang), f_head)
        for k, item in enumerate(unfulfilled(result), start=1):
            ws.write_row(k, 0, [*item[:5], status_word(item[5], lang)], f_wrap)
    try:
        book.close()
    except xlsxwriter.exceptions.FileCreateError as exc:  # not an OSError: say it like one
        raise OSError(str(exc.__context__ or exc)) from exc


def _fit_height(ws: Any, r: int, cells: list[tuple[str, float]]) -> None:
    """Give a row of wrapped cells the height its longest cell needs, before the row is written
    (constant_memory writes rows out as they end); converters such as LibreOffice keep the height
    a file states. A CJK character of the 10-point font is about 1.5 units of column width wide."""
    lines = max((-(-len(text) * 1.5 // width) for text, width in cells if text), default=1)
    if lines > 1:
        ws.set_row(r, 13.5 * int(lines))


def _amp(text: str) -> str:
    """Text for a page header: a literal & is written &&."""
    return text.replace("&", "&&")


def _legend(lang: str) -> str:
    return "  ".join(status_cell(s, lang) for s in ("met", "partial", "missing", "failed", "skipped"))


def _maybe_int(ws: Any, r: int, c: int, value: int | None, fmt: Any, blank: Any) -> None:
    if value is None:
        ws.write_blank(r, c, None, blank)
    else:
        ws.write_number(r, c, value, fmt)


def _maybe_date(ws: Any, r: int, c: int, value: str | None, fmt: Any, blank: Any) -> None:
    day = date_of(value)
    if day is None:
        ws.write_blank(r, c, None, blank)
    else:
        ws.write_datetime(r, c, dt.datetime(day.year, day.month, day.day), fmt)
