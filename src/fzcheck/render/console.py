"""Rich output for people: the gaps of a report, the parser's view of a document, checklist tables.

Report text goes into rich ``Text`` objects, never into markup strings, so a report that
contains 「[bold]」 or control sequences cannot restyle the terminal.
"""

from __future__ import annotations

from rich import box
from rich.cells import cell_len, set_cell_size
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from fzcheck.checklist import Checklist
from fzcheck.document import Document, Heading
from fzcheck.figures import find_figures
from fzcheck.i18n import t
from fzcheck.render.jsonout import note_text
from fzcheck.render.view import Gap, location, result_view, status_label, todo
from fzcheck.render.wrap import safe, wrap
from fzcheck.results import CheckReport, ElementResult

# symbol and colour by status, for the batch summary (the report view takes them from render.view)
STATUS_STYLE = {"met": ("✔", "green"), "partial": ("◐", "yellow"), "missing": ("✘", "red"),
                "failed": ("✘", "red"), "skipped": ("–", "dim")}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_GROUPS = (("part", "group.part"), ("topic", "group.topic"), ("doc", "group.doc"))


def report_renderable(report: CheckReport, lang: str, width: int = 120, *, fail_on: str = "error",
                      show_all: bool = False) -> Group:
    """The facts read from the report, the gaps (missing first, then incomplete), one line per
    element that is present, the score, and the verdict line last. ``show_all``: every element
    in full, in checklist order."""
    doc = report.document
    header = Text()
    header.append(safe(doc.source), style="bold")
    facts = [
        (t("meta.title", lang), doc.title),
        (t("meta.unit", lang), doc.unit),
        (t("meta.year", lang), str(doc.year) if doc.year else None),
        (t("meta.published", lang), doc.published.isoformat() if doc.published else None),
        (t("meta.checklist", lang), f"{report.checklist.id} {report.checklist.version}"),
    ]
    for label, value in facts:
        header.append(f"\n  {label}: ", style="dim")
        header.append(safe(value) if value else t("meta.unknown", lang), style="" if value else "dim italic")
    view = result_view(report, lang, fail_on)
    blocks: list[Text] = [wrap(header, width, 4)]
    if show_all:
        gaps = {id(g.result): g for g in view.gaps}
        blocks.append(Text("\n" + t("view.all", lang), style="bold underline"))
        for group_key, rows in _groups(report):
            blocks.append(Text(t(group_key, lang), style="bold"))
            for r in rows:
                gap = gaps.get(id(r))
                blocks.append(_gap_block(gap, report, lang, width) if gap else _met_block(r, report, lang, width))
    else:
        if view.gaps:
            blocks.append(Text("\n" + t("view.gaps", lang, n=len(view.gaps)), style="bold underline"))
            blocks += [_gap_block(g, report, lang, width) for g in view.gaps]
        if view.met:
            blocks.append(Text("\n" + t("view.met", lang, n=len(view.met)), style="bold underline"))
            blocks += [_met_line(r, report, lang, width) for r in view.met]
    from fzcheck.render.commitments import section

    blocks += section(report, lang)  # 上年承诺兑现, with --previous
    blocks.append(Text())
    blocks.append(wrap(score_line(report, lang), width, 4))
    style = "bold green" if view.verdict.passed else "bold red"
    blocks.append(wrap(Text(view.verdict.text(lang), style=style), width, 4))
    return Group(*blocks)


def _groups(report: CheckReport) -> list[tuple[str, list[ElementResult]]]:
    out = []
    for kind, group_key in _GROUPS:
        rows = [r for r in report.results if r.element.kind == kind]
        if rows:
            out.append((group_key, rows))
    return out


INDENT = 4  # details under an element's line


def _title_line(r: ElementResult, lang: str, *, severity: bool) -> Text:
    label = status_label(r, lang)
    line = Text.assemble((str(label), label.colour))
    if severity:
        line.append("  ")
        line.append(t(f"sev.{r.severity}", lang), style=SEVERITY_STYLE[r.severity])
    line.append("  ")
    line.append(r.element.title_for(lang), style="bold")
    line.append("  ")
    line.append(r.element.id, style="dim")
    return line


def _gap_block(gap: Gap, report: CheckReport, lang: str, width: int) -> Text:
    """A finding: what, how severe, where (or where it belongs), what was seen, what to add."""
    r = gap.result
    lines = [_title_line(r, lang, severity=True)]
    located_notes = r.element.kind == "doc" and any(n.line is not None for n in r.notes)
    if not located_notes and (gap.line is not None or gap.placement is not None):
        lines.append(Text(t("view.where", lang, where=gap.where)))
    if r.element.kind != "doc" and r.status != "missing":
        lines += [Text(f"「{safe(e.snippet)}」") for e in r.evidence[:2]]
    lines += _notes(r, report, lang, "yellow")
    if r.suppressed is None and (todo_text := todo(r, lang)):
        lines.append(Text(todo_text, style="bold"))
    if r.status == "missing" and r.element.basis:
        lines.append(Text(t("basis", lang, basis=r.element.basis), style="dim"))
    return _block(lines, width)


def _met_block(r: ElementResult, report: CheckReport, lang: str, width: int) -> Text:
    lines = [_title_line(r, lang, severity=False)]
    if r.evidence:
        e = r.evidence[0]
        where = location(report.document, e.line, lang, heading=e.section)
        lines.append(Text(t("view.where", lang, where=where), style="dim"))
    if r.element.kind != "doc":
        lines += [Text(f"「{safe(e.snippet)}」", style="green") for e in r.evidence[:2]]
    lines += _notes(r, report, lang, "dim")
    if r.suppressed is not None:
        lines.append(Text(_suppressed(r, lang), style="dim italic"))
    return _block(lines, width)


def _notes(r: ElementResult, report: CheckReport, lang: str, style: str) -> list[Text]:
    out = []
    for note in r.notes:
        text = Text()
        if note.line is not None and r.element.kind == "doc":
            text.append(t("loc.prefix", lang, loc=location(report.document, note.line, lang)), style="dim")
        text.append(note_text(note, report.checklist, lang), style="dim" if note.info else style)
        out.append(text)
    return out


def _suppressed(r: ElementResult, lang: str) -> str:
    assert r.suppressed is not None
    return (t("suppressed.baseline", lang) if r.suppressed.get("by") == "baseline"
            else t("suppressed", lang, reason=r.suppressed.get("reason")))


def _block(lines: list[Text], width: int) -> Text:
    """The first line flush left, the others indented; every line wrapped on its own."""
    out = wrap(lines[0], width, INDENT)
    for line in lines[1:]:
        out.append("\n" + " " * INDENT)
        out.append_text(wrap(line, width - INDENT, 0))
    return _indent_continuations(out)


def _indent_continuations(text: Text) -> Text:
    # wrap() indents its own continuation lines relative to its first line; the detail lines
    # were wrapped at width - INDENT, so their continuation lines need the block's indent too
    parts = text.split("\n", allow_blank=True)
    out = Text(no_wrap=True, overflow="ignore")
    for i, part in enumerate(parts):
        if i:
            out.append("\n")
            if not part.plain.startswith(" "):
                out.append(" " * INDENT)
        out.append_text(part)
    return out


def _met_line(r: ElementResult, report: CheckReport, lang: str, width: int) -> Text:
    """One line: status, title, where it was found. A long title is shortened, the place never."""
    label = status_label(r, lang)
    where = ""
    if r.evidence:
        where = "  " + t(f"loc.{report.document.location_unit}", lang, n=report.document.location(r.evidence[0].line))
    if r.suppressed is not None:
        where += "  " + _suppressed(r, lang)
    title = r.element.title_for(lang)
    room = width - cell_len(str(label)) - 2 - cell_len(where)
    if cell_len(title) > room:
        title = set_cell_size(title, max(room - 1, 1)).rstrip() + "…"
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(str(label), style=label.colour)
    line.append("  " + title)
    line.append(where, style="dim")
    return line


def score_line(report: CheckReport, lang: str) -> Text:
    errors, warnings, infos = (report.count(s) for s in ("error", "warning", "info"))
    text = Text(t("loc.prefix", lang, loc=safe(report.document.source)), style="dim")
    text.append(t("view.score", lang, score=report.score, errors=errors, warnings=warnings, infos=infos))
    return text


def print_reports(console: Console, reports: list[CheckReport], lang: str, *,
                  fail_on: dict[str, str] | None = None, show_all: bool = False) -> None:
    for i, report in enumerate(reports):
        if i:
            console.print()
        level = (fail_on or {}).get(report.document.source, "error")
        console.print(report_renderable(report, lang, console.width, fail_on=level, show_all=show_all),
                      no_wrap=True, overflow="ignore", crop=False)


# ---------------------------------------------------------------- extract

def document_renderable(doc: Document, lang: str) -> Group:
    meta = Table(box=None, show_header=False, pad_edge=False)
    meta.add_column(style="dim", no_wrap=True)
    meta.add_column(overflow="fold")

    def cell(value: object, line: int | None = None) -> Text:
        if value is None:
            return Text(t("meta.unknown", lang), style="dim italic")
        text = Text(safe(str(value)))
        if line is not None:
            text.append(f"  ({t(f'loc.{doc.location_unit}', lang, n=doc.location(line))})", style="dim")
        return text

    meta.add_row(t("meta.title", lang), cell(doc.title, doc.title_line))
    meta.add_row(t("meta.unit", lang), cell(doc.unit))
    meta.add_row(t("meta.year", lang), cell(doc.year, doc.year_line))
    meta.add_row(t("meta.published", lang), cell(doc.published, doc.published_line))
    meta.add_row(t("meta.signed", lang), cell(doc.signed, doc.signed_line))
    meta.add_row(t("meta.format", lang), cell(doc.format))
    meta.add_row(t("meta.encoding", lang), cell(doc.encoding))

    tree = Tree(Text(t("extract.headings", lang), style="bold"))
    if not doc.headings:
        tree.add(Text(t("extract.no_headings", lang), style="dim"))
    for root in doc.roots:
        _add_heading(tree, root, doc, lang)

    figures = Table(title=t("extract.figures", lang), title_justify="left", box=box.SIMPLE_HEAD)
    figures.add_column(t("col.where", lang), no_wrap=True)
    figures.add_column(t("col.context", lang), overflow="fold")
    figures.add_column(t("col.figure", lang), no_wrap=True)
    count = 0
    for p in doc.body():
        for f in find_figures(p.text):
            figures.add_row(str(doc.location(p.line)), safe(f.label), Text(f.text, style="bold"))
            count += 1
    parts: list[object] = [Text(safe(doc.source), style="bold"), meta, tree]
    if count:
        parts.append(figures)
    return Group(*parts)  # type: ignore[arg-type]


def _add_heading(parent: Tree, h: Heading, doc: Document, lang: str) -> None:
    label = Text()
    label.append(f"{h.marker} ", style="cyan")
    label.append(safe(h.title))
    label.append(f"  L{h.level} · {t(f'loc.{doc.location_unit}', lang, n=doc.location(h.line))}", style="dim")
    node = parent.add(label)
    for child in h.children:
        _add_heading(node, child, doc, lang)


# ---------------------------------------------------------------- checklists

def checklist_list_renderable(rows: list[tuple[str, str, str, int]], lang: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD)
    for key in ("cl.list.id", "cl.list.title", "cl.list.extends", "cl.list.elements"):
        table.add_column(t(key, lang))
    for name, title, extends, count in rows:
        table.add_row(name, title, extends, str(count))
    return table


def checklist_renderable(checklist: Checklist, lang: str) -> Group:
    head = Text(f"{checklist.title_for(lang)}  ({checklist.id} {checklist.version})", style="bold")
    if len(checklist.chain) > 1:
        head.append("  ← " + " ← ".join(checklist.chain[1:]), style="dim")
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column(t("col.element", lang), ratio=3, overflow="fold")
    table.add_column(t("col.severity", lang), no_wrap=True)
    table.add_column("", ratio=5, overflow="fold")
    for el in checklist.elements:
        name = Text(el.title_for(lang))
        name.append(f"\n{el.id}", style="dim")
        detail = Text()
        if el.match is not None:
            phrases = [c.label for c in el.match.any] + ["+".join(c.label for c in g) for g in el.match.all]
            detail.append("、".join(phrases[:8]) + ("…" if len(phrases) > 8 else ""))
        for child in el.children:
            detail.append(f"\n· {child.title_for(lang)} ({child.id})", style="dim")
        table.add_row(name, Text(t(f"sev.{el.severity}", lang), style=SEVERITY_STYLE[el.severity]), detail)
    return Group(head, table)
