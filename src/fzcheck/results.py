"""What a check produces: per-element results with evidence and notes, and the report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from fzcheck.checklist import SEVERITY_RANK, Checklist, Element
from fzcheck.document import Document


class Status(StrEnum):
    """Elements are met, partial or missing; report-level rules pass (met), fail (failed), or cannot
    be checked on this report (skipped, e.g. no publication date): skipped rules do not enter the
    score. Members equal their strings (``Status.MET == "met"``)."""

    MET = "met"
    PARTIAL = "partial"
    MISSING = "missing"
    FAILED = "failed"
    SKIPPED = "skipped"


STATUS_VALUE: dict[str, float] = {Status.MET: 1.0, Status.PARTIAL: 0.5, Status.MISSING: 0.0, Status.FAILED: 0.0}
FINDING_STATUSES = (Status.PARTIAL, Status.MISSING, Status.FAILED)


def score(results: list[ElementResult]) -> float:
    """Weighted coverage, 0–100: each element weighs its severity's weight (or its own ``weight``)
    and counts by its status's value; skipped elements do not enter."""
    return score_of((r.element.score_weight, r.status) for r in results)


def score_of(weighed: Iterable[tuple[float, str]]) -> float:
    """``score`` of (weight, status) pairs: a batch row's, from its statuses."""
    scored = [(w, s) for w, s in weighed if s in STATUS_VALUE]
    total = sum(w for w, _ in scored)
    got = sum(w * STATUS_VALUE[s] for w, s in scored)
    return round(100.0 * got / total, 1) if total else 100.0


class Evidence:
    """Where an element was found. The quote is made when first read: a batch reads it only
    for the findings, not for the many elements that are met."""

    __slots__ = ("_snippet", "_why", "line", "matched", "paragraph", "section")

    def __init__(self, line: int, paragraph: int, snippet: str | Callable[[], str], matched: str,
                 section: str | None, why: Callable[[], dict[str, str]] | None = None) -> None:
        self.line = line
        self.paragraph = paragraph
        self._snippet = snippet
        self.matched = matched  # the phrase, group or pattern that matched
        self.section = section  # title of the section the evidence stands in
        self._why = why

    @property
    def why(self) -> dict[str, str] | None:
        """Why it counted: how its sentence reads (reading.py), the act found, the object matched
        and the sentence itself; made when first read, like the snippet."""
        if self._why is not None and not isinstance(self._why, dict):
            self._why = self._why()  # type: ignore[assignment]
        return self._why  # type: ignore[return-value]

    @property
    def snippet(self) -> str:
        if not isinstance(self._snippet, str):
            self._snippet = self._snippet()
        return self._snippet

    def _key(self) -> tuple[object, ...]:
        return self.line, self.paragraph, self.snippet, self.matched, self.section

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Evidence) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # mutable: equal evidence may change, so no hash

    def __repr__(self) -> str:
        return "Evidence(line={!r}, paragraph={!r}, snippet={!r}, matched={!r}, section={!r})".format(*self._key())


@dataclass(slots=True)
class Note:
    key: str  # i18n message key
    params: dict[str, object] = field(default_factory=dict)
    line: int | None = None  # where the noted problem is, when it has a place
    info: bool = False  # says how a rule decided (year found in the title), not a problem


@dataclass(slots=True)
class ElementResult:
    element: Element
    status: Status | str  # the engine and rules still assign plain strings; each equals a Status
    evidence: list[Evidence] = field(default_factory=list)
    children: list[ElementResult] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    section: tuple[int, int] | None = None  # first and last line of a part's section
    paragraphs: list[int] = field(default_factory=list)  # every paragraph with a hit, for later rules
    severity_override: str | None = None  # a rule may report a softer miss (e.g. only the 03-01 date)
    suppressed: dict[str, object] | None = None  # accepted by an inline directive or a baseline

    @property
    def severity(self) -> str:
        return self.severity_override or self.element.severity

    @property
    def is_finding(self) -> bool:
        return self.status in FINDING_STATUSES and self.suppressed is None

    @property
    def places_notes(self) -> bool:
        """The rule gives its notes places one by one: a note without one is about the whole report
        (doc.commitments' 「未见落实」 names last year's line), not at the place of the gap."""
        return any(n.line is not None for n in self.notes)


@dataclass(slots=True)
class CheckReport:
    document: Document
    checklist: Checklist
    results: list[ElementResult]
    score: float
    index: Any = field(default=None, repr=False)  # the folded, masked text (matching.TextIndex) checked

    def findings(self) -> list[ElementResult]:
        return [r for r in self.results if r.is_finding]

    def statuses(self) -> dict[str, int]:
        out = {s.value: 0 for s in Status}
        for r in self.results:
            out[r.status] += 1
        return out

    def without(self, ids: set[str]) -> CheckReport:
        """The report less the disabled elements (configuration ``disable``), score recomputed."""
        kept = [r for r in self.results if r.element.id not in ids]
        return CheckReport(self.document, self.checklist, kept, score(kept), self.index)

    def count(self, severity: str) -> int:
        return sum(1 for r in self.findings() if r.severity == severity)

    def worst(self) -> int:
        """Rank of the most severe finding (0 when there is none)."""
        return max((SEVERITY_RANK[r.severity] for r in self.findings()), default=0)
