"""Review comments written back into the drafter's own Word file.

``fzcheck annotate report.docx -o report.reviewed.docx`` gives the drafter a copy of their file
with a Word comment (author 「fzcheck」) on the paragraph of each finding that has a place, and
one comment on the first paragraph with the score and what is missing altogether. Met elements
get nothing. The original file is only read, never written.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fzcheck.errors import InputError
from fzcheck.fileio import atomic_write
from fzcheck.i18n import t
from fzcheck.results import CheckReport, ElementResult

AUTHOR = "fzcheck"
INITIALS = "fz"


def default_output(src_path: str) -> str:
    """report.docx → report.reviewed.docx (beside the original)."""
    p = Path(src_path)
    return str(p.with_name(f"{p.stem}.reviewed{p.suffix or '.docx'}"))


def annotate_file(src_path: str, dst_path: str | None = None, checklist: Any = None, lang: str = "zh") -> int:
    """Check *src_path* with *checklist* (default national) and write the commented copy."""
    from fzcheck.api import check_file

    return annotate_docx(src_path, dst_path or default_output(src_path), check_file(src_path, checklist), lang)


def annotate_docx(src_path: str, dst_path: str, report: CheckReport, lang: str = "zh") -> int:
    """Write a copy of *src_path* with a comment per finding; return the number of comments.

    *report* is the check of that same file (``fzcheck.api.check_file(src_path)``): its line
    numbers lead to Word paragraph numbers through ``report.document.location``.
    """
    from fzcheck.formats.docx import body_paragraphs, open_docx

    if report.document.format != "docx":
        raise InputError(src_path, "err.annotate_not_docx", format=report.document.format)
    if _same_file(src_path, dst_path):
        raise InputError(dst_path, "err.annotate_same_file")
    try:
        data = Path(src_path).read_bytes()
    except OSError as exc:
        raise InputError(src_path, "err.read", reason=exc.strerror or str(exc)) from exc
    document = open_docx(data, src_path)
    paragraphs = body_paragraphs(document.element.body)

    located, unplaced, missing = _plan(report, lang)
    count = 0
    for number, text in located:
        if 1 <= number <= len(paragraphs):
            _comment(document, paragraphs[number - 1], text)
            count += 1
        else:
            unplaced.append(text)
    first = next((p for p in paragraphs if "".join(p.itertext()).strip()), paragraphs[0] if paragraphs else None)
    if first is not None:
        _comment(document, first, _summary(report, missing, unplaced, lang))
        count += 1
    atomic_write(Path(dst_path), lambda tmp: document.save(str(tmp)))  # never half a .docx
    return count


def _same_file(a: str, b: str) -> bool:
    try:
        if os.path.exists(b) and os.path.samefile(a, b):
            return True
    except OSError:
        pass
    return Path(a).resolve() == Path(b).resolve()


def _heading(r: ElementResult, lang: str) -> str:
    return t("annotate.finding", lang, status=t(f"status.{r.status}", lang), title=r.element.title_for(lang),
             id=r.element.id, severity=t(f"sev.{r.severity}", lang))


def _plan(report: CheckReport, lang: str) -> tuple[list[tuple[int, str]], list[str], list[str]]:
    """(paragraph number, comment text) for located findings; texts of findings without a place;
    lines for the missing elements."""
    from fzcheck.render.jsonout import note_text

    doc, checklist = report.document, report.checklist
    located: list[tuple[int, str]] = []
    unplaced: list[str] = []
    missing: list[str] = []
    for r in report.results:
        if not r.is_finding:
            continue
        hint = r.element.hint_for(lang)
        add = t("add", lang, hint=hint) if hint else ""
        notes = [n for n in r.notes if not n.info]
        if r.status == "missing":
            missing.append(t("annotate.item_add" if add else "annotate.item", lang, title=r.element.title_for(lang),
                             id=r.element.id, severity=t(f"sev.{r.severity}", lang), add=add))
            continue
        if r.element.kind == "doc" and notes:
            # a report-level rule: a comment where each problem is (each outdated term, each topic
            # without figures); problems in one paragraph share a comment
            by_place: dict[int | None, list[str]] = {}
            for n in notes:
                by_place.setdefault(doc.location(n.line) if n.line else None, []).append(
                    note_text(n, checklist, lang))
            for place, texts in by_place.items():
                body = "\n".join([_heading(r, lang), *texts] + ([add] if add else []))
                if place is None:
                    unplaced.append(body)
                else:
                    located.append((place, body))
            continue
        details = [note_text(n, checklist, lang) for n in notes]
        body = "\n".join([_heading(r, lang), *details] + ([add] if add else []))
        line = next((n.line for n in notes if n.line), None)
        if line is None and r.evidence:
            line = r.evidence[0].line
        if line is None and r.section:
            line = r.section[0]
        if line is None:
            unplaced.append(body)
        else:
            located.append((doc.location(line), body))
    return located, unplaced, missing


def _summary(report: CheckReport, missing: list[str], unplaced: list[str], lang: str) -> str:
    lines = [t("annotate.summary", lang, score=round(report.score, 1), errors=report.count("error"),
               warnings=report.count("warning"), infos=report.count("info"))]
    if missing:
        lines += [t("annotate.missing", lang), *missing]
    else:
        lines.append(t("annotate.none_missing", lang))
    if unplaced:
        lines += [t("annotate.elsewhere", lang), *unplaced]
    return "\n".join(lines)


def _comment(document: Any, p: Any, text: str) -> None:
    """Anchor a comment on the whole paragraph *p* (its first to its last run)."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    paragraph = Paragraph(p, document)  # the parent only has to lead to the document part
    runs = [Run(r, paragraph) for r in p.findall(qn("w:r"))]
    if not runs:
        # text only inside hyperlinks or tracked insertions (or none): anchor on a new empty run
        r = p.makeelement(qn("w:r"), {})
        ppr = p.find(qn("w:pPr"))
        p.insert(1 if ppr is not None else 0, r)
        runs = [Run(r, paragraph)]
    document.add_comment(runs, text=text, author=AUTHOR, initials=INITIALS)
