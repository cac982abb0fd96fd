"""SARIF 2.1.0: one run, a rule per checklist element, a result per problem with a location."""

from __future__ import annotations

from typing import Any

from fzcheck import __version__
from fzcheck.checklist import Element
from fzcheck.render.findings import level, problems
from fzcheck.results import CheckReport

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    from pathlib import Path

    return "stdin" if path == "-" else Path(path).as_posix()


def to_sarif(reports: list[CheckReport], lang: str) -> dict[str, Any]:
    rules: list[Element] = []
    index: dict[str, int] = {}
    for report in reports:
        for el in report.checklist.elements:
            if el.id not in index:
                index[el.id] = len(rules)
                rules.append(el)
    results = []
    for report in reports:
        for p in problems(report, lang):
            el = p.result.element
            results.append({
                "ruleId": el.id,
                "ruleIndex": index[el.id],
                "level": level(p.result.severity),
                "message": {"text": p.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": _uri(report.document.source)},
                    "region": {"startLine": p.line},
                }}],
                "properties": {"status": p.result.status},
            })
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "fzcheck",
                "version": __version__,
                "rules": [_rule(el, lang) for el in rules],
            }},
            "results": results,
        }],
    }


def _rule(el: Element, lang: str) -> dict[str, Any]:
    return {
        "id": el.id,
        "name": el.id.replace(".", "-"),
        "shortDescription": {"text": el.title_for(lang)},
        "fullDescription": {"text": el.basis or el.title_for(lang)},
        "help": {"text": el.hint_for(lang) or el.title_for(lang)},
        "defaultConfiguration": {"level": level(el.severity)},
        "properties": {"kind": el.kind, "basis": el.basis, "severity": el.severity},
    }
