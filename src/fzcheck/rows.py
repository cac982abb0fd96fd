"""A batch row: what a worker sends back about one file, made once from the shared reading of the
result (render/view.py) so that every batch output shows the same words, locations and verdict.

A row is a small dict of plain values (it is pickled in the worker and stored as it is):
``kind`` says what happened to the file — ``checked``, ``not_report`` (a text with no sign of
being an annual report), ``refused`` (a format we cannot read; ``reason`` gives the remedy),
``skipped`` (not a report, by a rule) or ``error`` (unreadable).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from fzcheck.i18n import t

if TYPE_CHECKING:
    from fzcheck.checklist import Checklist
    from fzcheck.commitments import Trace
    from fzcheck.document import Document
    from fzcheck.inputs import Decision
    from fzcheck.render.findings import Problem
    from fzcheck.results import CheckReport, ElementResult


def empty_row(path: str, kind: str = "error", error: str | None = None) -> dict[str, Any]:
    return {"path": path, "kind": kind, "reason": None, "unit": None, "year": None, "published": None,
            "date_source": None, "late": None, "days_late": None, "score": None, "passed": None,
            "missing_parts": [], "loc_unit": "line", "statuses": {}, "counts": {}, "error": error, "findings": []}


def set_aside_row(path: str, decision: Decision, lang: str) -> dict[str, Any]:
    """A file the batch does not check: refused (with the remedy) or skipped (with the rule)."""
    reason = t(decision.rule or "", lang, kind=decision.kind)
    row = empty_row(path, "refused" if decision.action == "refuse" else "skipped")
    row["reason"] = reason
    if decision.action == "refuse":  # a report that could not be checked: it counts as unreadable
        row["error"] = f"{path}: {reason}"
    return row


def is_report(doc: Document, report: CheckReport) -> bool:
    """An annual report is about a year: a text that names none, and neither a unit nor (with a
    report's title) its parts, is something else (a checklist reference, a README), not scored."""
    if doc.year is not None:
        return True
    if doc.unit is None:
        return False
    titled = bool(doc.title and "报告" in doc.title)
    return titled and any(r.element.kind == "part" and r.status != "missing" for r in report.results)


def checked_row(path: str, doc: Document, report: CheckReport, lang: str,
                dated: dt.date | None = None) -> dict[str, Any]:
    """A checked report → its row. *dated*: the publication date from the reviewer's table, if
    the check used one."""
    from fzcheck.render.findings import problems
    from fzcheck.render.view import location, result_view

    row = empty_row(path, "checked")
    row.update(unit=doc.unit, year=doc.year, loc_unit=doc.location_unit)
    if not is_report(doc, report):
        row.update(kind="not_report", reason=t("in.not_report", lang))
        return row
    view = result_view(report, lang)
    row.update(score=report.score, passed=view.verdict.passed,
               missing_parts=[r.element.id for r in view.verdict.missing_parts])
    row["statuses"] = {r.element.id: r.status for r in report.results}
    row["counts"] = {s: report.count(s) for s in ("error", "warning", "info")}
    deadline = next((r for r in report.results if r.element.rule == "deadline"), None)
    used = None  # the date the deadline rule judged by
    if deadline is not None:
        used = next((n.params.get("published") for n in deadline.notes if n.params.get("published")), None)
        if deadline.status in ("met", "failed"):
            row["late"] = deadline.status == "failed"
            days = [n.params.get("days") for n in deadline.notes if n.key == "rule.deadline.late"]
            row["days_late"] = max((d for d in days if isinstance(d, int)), default=None)
    published = used or (doc.published.isoformat() if doc.published else None)
    row["published"] = published
    if published:
        row["date_source"] = ("dates" if dated is not None and published == dated.isoformat()
                              else "text" if doc.published is not None and published == doc.published.isoformat()
                              else "signed" if doc.signed is not None and published == doc.signed.isoformat()
                              else "text")
    gaps = {id(g.result): g for g in view.gaps}
    seen: dict[int, int] = {}
    findings = []
    for p in problems(report, lang):
        result = p.result
        gap = gaps.get(id(result))
        if result.element.kind == "doc":
            # one problem per located note, in note order: name each note's own place
            notes = [n for n in result.notes if not n.info]
            k = seen.get(id(result), 0)
            seen[id(result)] = k + 1
            line = notes[k].line if k < len(notes) else None
            where = (location(doc, line, lang) if line else gap.where if gap and not result.places_notes
                     else t("whole_doc", lang))
        else:
            where = gap.where if gap else t("whole_doc", lang)
        findings.append({"id": result.element.id, "severity": result.severity, "status": result.status,
                         "location": p.line, "where": where, "message": p.message,
                         "evidence": _evidence_text(p, doc)})
    row["findings"] = findings
    return row


def _evidence_text(problem: Problem, doc: Document) -> str:
    """The quotes behind a finding: where a partial element was found, or, for a report-level
    rule, the text at the finding's own place (the outdated term, the paragraph without figures)."""
    result = problem.result
    if result.status == "missing":
        return ""
    found = result.evidence
    if result.element.kind == "doc":
        found = [e for e in found if doc.location(e.line) == problem.line]
    return " / ".join(e.snippet for e in found[:3])


# -------------------------------------------------- 承诺兑现 (pairs are traced once every report is checked)

def trace_findings(result: ElementResult, found: Trace, current: dict[str, Any], checklist: Checklist,
                   lang: str) -> list[dict[str, Any]]:
    """doc.commitments' findings as ``checked_row`` lists a report-level rule's (one per note that
    is a problem, at its own place), made in the pairing step from this year's payload, where the
    parsed report is no longer at hand (its lines are locations already)."""
    from fzcheck.commitments import OPEN
    from fzcheck.payload import heading_at
    from fzcheck.render.findings import note_problem
    from fzcheck.render.view import gap_line, located
    from fzcheck.results import Evidence

    if not result.is_finding:
        return []
    unit = current.get("location_unit", "line")
    # the evidence the rule gives validate (the sentences carrying plans out), at the payload's places
    result.evidence = [Evidence(o.line, -1, o.sentence, o.commitment.title, None)
                       for o in found.outcomes if o.status != OPEN and o.line]
    held: dict[int, list[str]] = {}  # by line: a finding's evidence, as _evidence_text reads it
    for e in result.evidence:
        held.setdefault(e.line, []).append(e.snippet)
    # where a note with no place of its own stands, unless the rule places its notes one by one
    gap = None if result.places_notes else gap_line(result)
    out = []
    for note in (n for n in result.notes if not n.info):
        line = note.line or gap
        where = located(unit, line, lang, heading_at(current, line)) if line else t("whole_doc", lang)
        evidence = " / ".join(held.get(note.line, [])[:3]) if note.line else ""
        out.append({"id": result.element.id, "severity": result.severity, "status": result.status,
                    "location": note.line or 1, "where": where, "message": note_problem(result, note, checklist, lang),
                    "evidence": evidence})
    return out


def with_trace(row: dict[str, Any], summary: dict[str, Any], checklist: Checklist) -> dict[str, Any]:
    """*row* (made when its report was checked, doc.commitments skipped) with the verdict of its
    pair's trace (*summary*: ``pairing.batch_summary``): the element's status, the score, counts,
    verdict and findings as ``validate --previous`` gives them."""
    from fzcheck.checklist import SEVERITY_RANK
    from fzcheck.results import FINDING_STATUSES, score_of

    element, status = summary.get("element"), summary.get("status")
    statuses = row.get("statuses") or {}
    if not isinstance(element, str) or element not in statuses or status in (None, statuses[element]):
        return row
    statuses = row["statuses"] = {**statuses, element: status}
    weights, order = _weights(checklist)
    row["score"] = score_of((weights.get(i, 0.0), s) for i, s in statuses.items())
    added = summary.get("findings") or []
    if status in FINDING_STATUSES:
        rank = order.get(element, len(order))
        findings = row["findings"]
        at = next((k for k, f in enumerate(findings) if order.get(f["id"], len(order)) > rank), len(findings))
        row["findings"] = findings[:at] + added + findings[at:]
        severity = summary["severity"]
        row["counts"] = {**row["counts"], severity: row["counts"].get(severity, 0) + 1}
        if SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK["error"]:
            row["passed"] = False
    return row


def _weights(checklist: Checklist) -> tuple[dict[str, float], dict[str, int]]:
    """Each element's score weight and its place in the checklist (children after their parent),
    made once per checklist: a batch reads its rows several times over."""
    made = checklist.cache.get("row-weights")
    if made is None:
        elements = [e for el in checklist.elements for e in (el, *el.children)]
        made = checklist.cache["row-weights"] = ({e.id: e.score_weight for e in elements},
                                                 {e.id: k for k, e in enumerate(elements)})
    return made  # type: ignore[no-any-return]
