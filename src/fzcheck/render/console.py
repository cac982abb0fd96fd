"""Rich output for people: the gap table, the parser's view of a document, checklist tables.

Report text goes into rich ``Text`` objects, never into markup strings, so a report that
contains 「[bold]」 or control sequences cannot restyle the terminal.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from fzcheck.checklist import Checklist
from fzcheck.document import Document, Heading
from fzcheck.figures import find_figures
from fzcheck.i18n import t
from fzcheck.render.jsonout import note_text
from fzcheck.results import CheckReport, ElementResult

STATUS_STYLE = {"met": ("✔", "green"), "partial": ("◐", "yellow"), "missing": ("✘", "red"),
                "failed": ("✘", "red"), "skipped": ("–", "dim")}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_GROUPS = (("part", "group.part"), ("topic", "group.topic"), ("doc", "group.doc"))


def safe(text: str) -> str:
    """Printable form of report text: control characters become visible escapes."""
    return "".join(c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" for c in text)


TABLE_MIN_WIDTH = 100  # below this the gap table is unreadable; a list serves narrow terminals


def report_renderable(report: CheckReport, lang: str, width: int = 120) -> Group:
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
    body = _gap_table(report, lang) if width >= TABLE_MIN_WIDTH else _gap_list(report, lang)
    return Group(header, body, verdict(report, lang))


def _groups(report: CheckReport) -> list[tuple[str, list[ElementResult]]]:
    out = []
    for kind, group_key in _GROUPS:
        rows = [r for r in report.results if r.element.kind == kind]
        if rows:
            out.append((group_key, rows))
    return out


def _gap_table(report: CheckReport, lang: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    table.add_column(t("col.element", lang), ratio=3, overflow="fold")
    table.add_column(t("col.severity", lang), no_wrap=True)
    table.add_column(t("col.status", lang), no_wrap=True)
    table.add_column(t("col.where", lang), no_wrap=True)
    table.add_column(t("col.detail", lang), ratio=5, overflow="fold")
    for group_key, rows in _groups(report):
        table.add_row(Text(t(group_key, lang), style="bold underline"), "", "", "", "")
        for r in rows:
            table.add_row(*_row(r, report, lang))
    return table


def _gap_list(report: CheckReport, lang: str) -> Group:
    """One block per element: status, severity and id on one line (ids never wrap), details below."""
    blocks: list[Text | Padding] = []
    for group_key, rows in _groups(report):
        blocks.append(Text("\n" + t(group_key, lang), style="bold underline"))
        for r in rows:
            _, severity, status, where, detail = _row(r, report, lang)
            line = Text.assemble(status, " ", severity, " ", (r.element.id, "bold"), " ",
                                 r.element.title_for(lang))
            if r.evidence:
                unit = report.document.location_unit
                line.append(f"  ({t(f'loc.{unit}', lang, n=where.plain)})", style="dim")
            blocks.append(line)
            if detail:
                blocks.append(Padding(detail, (0, 0, 0, 4)))
    return Group(*blocks)


def _row(r: ElementResult, report: CheckReport, lang: str) -> tuple[Text, Text, Text, Text, Text]:
    el = r.element
    checklist, doc = report.checklist, report.document
    symbol, colour = STATUS_STYLE[r.status]
    name = Text(el.title_for(lang))
    name.append(f"\n{el.id}", style="dim")
    severity = Text(t(f"sev.{r.severity}", lang), style=SEVERITY_STYLE[r.severity])
    word = "status.passed" if el.kind == "doc" and r.status == "met" else f"status.{r.status}"
    status = Text(f"{symbol} {t(word, lang)}", style=colour)
    lines = sorted({doc.location(e.line) for e in r.evidence}
                   | {doc.location(n.line) for n in r.notes if n.line is not None})
    if lines:
        where = Text(", ".join(str(n) for n in lines[:3]))
    else:
        where = Text(t("whole_doc", lang) if r.status == "missing" else "—", style="dim")
    detail = Text()
    if el.kind != "doc":  # a rule's notes say more than its evidence
        for e in r.evidence[:2]:
            if detail:
                detail.append("\n")
            detail.append(f"「{safe(e.snippet)}」", style="green" if r.status == "met" else "")
    for note in r.notes:
        if detail:
            detail.append("\n")
        if note.line is not None and el.kind == "doc":
            detail.append(t(f"loc.{doc.location_unit}", lang, n=doc.location(note.line)) + "：", style="dim")
        detail.append(note_text(note, checklist, lang), style="dim" if r.status in ("met", "skipped") else "yellow")
    if r.suppressed is not None:
        if detail:
            detail.append("\n")
        reason = (t("suppressed.baseline", lang) if r.suppressed.get("by") == "baseline"
                  else t("suppressed", lang, reason=r.suppressed.get("reason")))
        detail.append(reason, style="dim italic")
    if r.is_finding:
        if detail:
            detail.append("\n")
        detail.append(t("add", lang, hint=el.hint_for(lang)), style="bold")
        if r.status == "missing" and el.basis:
            detail.append("\n" + t("basis", lang, basis=el.basis), style="dim")
    return name, severity, status, where, detail


def verdict(report: CheckReport, lang: str) -> Text:
    errors, warnings, infos = (report.count(s) for s in ("error", "warning", "info"))
    path = safe(report.document.source)
    if errors + warnings + infos == 0:
        return Text(t("verdict.clean", lang, path=path, score=report.score), style="bold green")
    style = "bold red" if errors else ("bold yellow" if warnings else "bold")
    return Text(t("verdict", lang, path=path, score=report.score, errors=errors, warnings=warnings,
                  infos=infos), style=style)


def print_reports(console: Console, reports: list[CheckReport], lang: str) -> None:
    for i, report in enumerate(reports):
        if i:
            console.print()
        console.print(report_renderable(report, lang, console.width))
        from fzcheck.render.commitments import section

        for item in section(report, lang):  # 上年承诺兑现, with --previous
            console.print(item)


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
