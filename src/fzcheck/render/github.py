"""GitHub Actions workflow commands: ``::error file=…,line=…,title=…::message``."""

from __future__ import annotations

from fzcheck.render.findings import problems
from fzcheck.results import CheckReport

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(reports: list[CheckReport], lang: str) -> str:
    lines = []
    for report in reports:
        path = report.document.source
        for p in problems(report, lang):
            el = p.result.element
            title = f"{el.id} {el.title_for(lang)}"
            lines.append(f"::{_LEVEL[p.result.severity]} file={_property(path)},line={p.line},"
                         f"title={_property(title)}::{_data(p.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
