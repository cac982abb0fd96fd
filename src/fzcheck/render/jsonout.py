"""JSON shapes of reports, documents and checklists. The shape is an interface: add keys, never
rename or remove them without raising FORMAT_VERSION."""

from __future__ import annotations

import json
from typing import Any, cast

from fzcheck import __version__
from fzcheck.checklist import Checklist, Element
from fzcheck.document import Document, Heading
from fzcheck.figures import find_figures
from fzcheck.i18n import t
from fzcheck.results import CheckReport, ElementResult, Evidence, Note

FORMAT_VERSION = 1


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def tool() -> dict[str, Any]:
    return {"name": "fzcheck", "version": __version__, "format_version": FORMAT_VERSION}


def reports_to_json(reports: list[CheckReport], errors: list[dict[str, str]], lang: str) -> dict[str, Any]:
    return {"tool": tool(), "reports": [report_to_json(r, lang) for r in reports], "errors": errors}


def report_to_json(report: CheckReport, lang: str) -> dict[str, Any]:
    return {
        "path": report.document.source,
        "document": document_meta(report.document),
        "checklist": {"id": report.checklist.id, "version": report.checklist.version,
                      "chain": report.checklist.chain},
        "score": report.score,
        "summary": {
            **report.statuses(),
            "findings": {sev: report.count(sev) for sev in ("error", "warning", "info")},
        },
        "elements": [_result(r, report, lang) for r in report.results],
        "figures": figures(report.document),
    }


def _result(r: ElementResult, report: CheckReport, lang: str) -> dict[str, Any]:
    el, checklist, doc = r.element, report.checklist, report.document
    out: dict[str, Any] = {
        "id": el.id,
        "kind": el.kind,
        "title": el.title_for(lang),
        "severity": r.severity,
        "status": r.status,
        "suppressed": r.suppressed,
        "evidence": [_evidence(e, doc) for e in r.evidence],
    }
    if r.section is not None:
        out["section"] = {"line": r.section[0], "end_line": r.section[1]}
    if r.children:
        out["children"] = [
            {"id": c.element.id, "title": c.element.title_for(lang), "status": c.status,
             "evidence": [_evidence(e, doc) for e in c.evidence]}
            for c in r.children
        ]
    out["notes"] = [{"code": n.key, "message": note_text(n, checklist, lang), "line": n.line} for n in r.notes]
    if r.is_finding:
        out["hint"] = el.hint_for(lang)
    out["basis"] = el.basis
    return out


def _evidence(e: Evidence, doc: Document) -> dict[str, Any]:
    out: dict[str, Any] = {"line": e.line, "snippet": e.snippet, "matched": e.matched, "section": e.section}
    if e.why is not None:  # why it counted: the reading of its sentence, the act and the object found
        out["why"] = e.why
    if doc.location_unit != "line":  # Word paragraph or PDF page, as a person would look for it
        out[doc.location_unit] = doc.location(e.line)
    return out


def note_text(note: Note, checklist: Checklist, lang: str) -> str:
    params = dict(note.params)
    if note.key == "missing_children":
        items = [checklist.get(i) for i in cast(list[str], params["items"])]
        params["items"] = "、".join(el.title_for(lang) for el in items if isinstance(el, Element))
    elif "id" in params:
        el = checklist.get(str(params["id"]))
        params["title"] = el.title_for(lang) if el else params["id"]
    return t(note.key, lang, **params)


def document_meta(doc: Document) -> dict[str, Any]:
    return {
        "title": doc.title,
        "title_line": doc.title_line,
        "unit": doc.unit,
        "year": doc.year,
        "year_source": doc.year_source,
        "year_line": doc.year_line,
        "published": doc.published.isoformat() if doc.published else None,
        "published_line": doc.published_line,
        "signed": doc.signed.isoformat() if doc.signed else None,
        "signed_line": doc.signed_line,
        "format": doc.format,
        "location_unit": doc.location_unit,
        "encoding": doc.encoding,
        "script": doc.script,
        "characters": doc.text_chars(),
    }


def document_to_json(doc: Document) -> dict[str, Any]:
    """What the parser saw, for ``fzcheck extract --format json``."""
    return {
        "tool": tool(),
        "path": doc.source,
        "document": document_meta(doc),
        "headings": [_heading(h) for h in doc.roots],
        "paragraphs": [
            {"index": p.index, "line": p.line, "end_line": p.end_line, "kind": p.kind, "text": p.text}
            for p in doc.paragraphs
        ],
        "figures": figures(doc),
    }


def figures(doc: Document) -> list[dict[str, Any]]:
    return [{"line": p.line, "text": f.text, "value": f.value, "unit": f.unit, "label": f.label}
            for p in doc.body() for f in find_figures(p.text)]


def _heading(h: Heading) -> dict[str, Any]:
    return {"level": h.level, "marker": h.marker, "style": h.style, "number": h.number, "title": h.title,
            "line": h.line, "children": [_heading(c) for c in h.children]}


def checklist_to_json(checklist: Checklist, lang: str) -> dict[str, Any]:
    def element(el: Element) -> dict[str, Any]:
        out: dict[str, Any] = {"id": el.id, "kind": el.kind, "title": el.title_for(lang),
                               "severity": el.severity, "basis": el.basis, "hint": el.hint_for(lang)}
        if el.match is not None:
            out["phrases"] = [list(c.variants) for c in el.match.any]
            out["scope"] = el.match.scope
        if el.children:
            out["children"] = [element(c) for c in el.children]
            out["children_min"] = el.children_min
        return out

    return {"tool": tool(), "id": checklist.id, "title": checklist.title_for(lang),
            "version": checklist.version, "chain": checklist.chain,
            "elements": [element(el) for el in checklist.elements]}
