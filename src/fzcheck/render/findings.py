"""Findings flattened into located problems, for formats that list problems rather than
elements (SARIF, GitHub annotations, JUnit details, Markdown)."""

from __future__ import annotations

from dataclasses import dataclass

from fzcheck.checklist import Checklist
from fzcheck.i18n import t
from fzcheck.render.jsonout import note_text
from fzcheck.results import CheckReport, ElementResult, Note


@dataclass(frozen=True, slots=True)
class Problem:
    result: ElementResult
    line: int  # 1-based location (line, Word paragraph or PDF page); 1 when the gap has no place
    message: str


def problems(report: CheckReport, lang: str) -> list[Problem]:
    """One problem per finding; a report-level rule gives one per located note (each outdated term)."""
    doc, checklist = report.document, report.checklist
    out: list[Problem] = []
    for r in report.results:
        if not r.is_finding:
            continue
        title = r.element.title_for(lang)
        status = t(f"status.{r.status}", lang)
        notes = [n for n in r.notes if not n.info]
        if r.element.kind == "doc" and notes:
            for n in notes:
                out.append(Problem(r, doc.location(n.line) if n.line else 1, note_problem(r, n, checklist, lang)))
            continue
        # a missing element belongs nowhere: it is reported at the top of the file
        line = doc.location(r.evidence[0].line) if r.evidence and r.status != "missing" else 1
        details = "；".join(note_text(n, checklist, lang) for n in notes)
        message = f"{title}：{status}" + (f"（{details}）" if details else "")
        hint = r.element.hint_for(lang)
        if hint:
            message += "。" + t("add", lang, hint=hint)
        out.append(Problem(r, line, message))
    return out


def note_problem(result: ElementResult, note: Note, checklist: Checklist, lang: str) -> str:
    """A report-level rule's problem: its title and what one of its notes says."""
    return f"{result.element.title_for(lang)}：{note_text(note, checklist, lang)}"


def level(severity: str) -> str:
    """SARIF and GitHub levels: error, warning, and note/notice for info."""
    return {"error": "error", "warning": "warning"}.get(severity, "note")
