"""Report-level rules (``doc.*`` elements), one small module per rule, as yamllint does it.

A checklist element with ``kind: doc`` names its rule and gives parameters; the rule module has
``DEFAULTS`` (every parameter it accepts, with its default) and
``check(ctx, element, params) -> ElementResult``. The checklist is data, the module is logic.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from fzcheck.checklist import Checklist, Element
from fzcheck.document import Document, Heading, Paragraph
from fzcheck.results import ElementResult, Evidence
from fzcheck.textindex import TextIndex

RULE_NAMES = ("title", "year", "deadline", "terminology", "numbering", "evidence", "plan-year",
              "commitments")


def rule_module(name: str) -> ModuleType:
    return importlib.import_module(f"fzcheck.rules.{name.replace('-', '_')}")


@dataclass(slots=True)
class RuleContext:
    doc: Document
    checklist: Checklist
    results: dict[str, ElementResult]  # parts and topics, already evaluated
    sections: dict[str, Heading]  # part id → its heading
    index: TextIndex  # folded text of the document, shared with the element checks
    options: dict[str, Any] = field(default_factory=dict)

    def published(self) -> tuple[dt.date | None, int | None]:
        """The publication date (a --published option wins) and the line it was read from."""
        given = self.options.get("published")
        if isinstance(given, dt.date):
            return given, None
        return self.doc.published, self.doc.published_line

    def written(self) -> dt.date | None:
        """When the report was written: published, else signed, else 03-31 of the next year."""
        published, _ = self.published()
        if published:
            return published
        if self.doc.signed:
            return self.doc.signed
        return dt.date(self.doc.year + 1, 3, 31) if self.doc.year else None

    def section_paragraphs(self, part_id: str) -> list[Paragraph] | None:
        heading = self.sections.get(part_id)
        return self.doc.section(heading) if heading is not None else None


def run_rule(el: Element, ctx: RuleContext) -> ElementResult:
    assert el.rule is not None
    module = rule_module(el.rule)
    params = {**module.DEFAULTS, **el.params}
    return module.check(ctx, el, params)


def paragraph_at(doc: Document, line: int | None) -> Paragraph | None:
    """The paragraph that holds *line*."""
    if line is None:
        return None
    for p in doc.paragraphs:
        if p.line <= line <= p.end_line:
            return p
    return None


def evidence_at(p: Paragraph, snippet: str, matched: str = "") -> Evidence:
    return Evidence(line=p.line, paragraph=p.index, snippet=snippet, matched=matched,
                    section=p.heading.title if p.heading else None)
