"""The checklist model: what a loaded checklist is made of, and the constants its users share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How much a missing element matters. Members equal their strings (``Severity.ERROR == "error"``)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Kind(StrEnum):
    """What an element is: a part (a section with a heading), a topic (found in a part's text), a
    child (of a part or topic) or a doc rule (a report-level check run by a rule module)."""

    PART = "part"
    TOPIC = "topic"
    CHILD = "child"
    DOC = "doc"


# keyed by Severity members; a plain string looks them up too
SEVERITY_RANK: dict[str, int] = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}
SEVERITY_WEIGHT: dict[str, float] = {Severity.ERROR: 3.0, Severity.WARNING: 2.0, Severity.INFO: 1.0}
DEFAULT_CHECKLIST = "national"


@dataclass(frozen=True, slots=True)
class Concept:
    """One idea and its interchangeable wordings (folded)."""

    label: str
    variants: tuple[str, ...]


@dataclass(slots=True)
class Matcher:
    any: list[Concept] = field(default_factory=list)
    all: list[list[Concept]] = field(default_factory=list)
    within: str = "paragraph"
    regex: list[re.Pattern[str]] = field(default_factory=list)
    exclude: tuple[str, ...] = ()
    # audiences the topic's work is not for: a hit whose sentence names one is someone else's
    # work (「为中小学生开展法治讲座」 is publicity, not officials' study)
    not_for: tuple[str, ...] = ()
    min_hits: int = 1
    scope: list[str] = field(default_factory=list)
    max_level: int = 2
    require_figures: bool = False
    cache: dict[str, Any] = field(default_factory=dict, repr=False)  # derived lookups (matching)


@dataclass(frozen=True, slots=True)
class Example:
    """One example of a checklist element: a text that must give the element a given status.

    Kept as written: nothing is read or parsed when a checklist loads (``validate`` never runs
    examples); ``fzcheck.checklist.examples`` runs them for ``checklist test`` and ``checklist lint``.
    """

    expect: str  # met | partial | missing
    text: str | None = None  # inline text (a snippet, or a whole report when ``whole``)
    file: str | None = None  # a report file, relative to ``base``
    whole: bool = False  # the text is a whole report, not a snippet to wrap
    note: str = ""
    source: str = ""  # the checklist file that holds the example
    line: int | None = None
    yaml_path: str = ""
    base: str = ""  # directory of that checklist file
    previous: str | None = None  # the previous year's report, whole (doc.commitments compares the two)

    def label(self, width: int = 40) -> str:
        """The example in one short line, for messages."""
        if self.file is not None:
            return self.file
        flat = " ⏎ ".join(part.strip() for part in (self.text or "").strip().splitlines() if part.strip())
        return flat if len(flat) <= width else flat[:width] + "…"


EXAMPLE_KINDS = ("met", "partial", "missing")


def mask_entry(item: object) -> tuple[str, str | None]:
    """A ``mask`` item's pattern and the word its text stands for: a plain pattern, or
    ``{pattern: …, stands_for: …}`` (the schema has checked the shape)."""
    if isinstance(item, dict):
        word = item.get("stands_for")
        return str(item.get("pattern", "")), (str(word) if word else None)
    return str(item), None


@dataclass(slots=True)
class Element:
    id: str
    kind: Kind
    title: str
    severity: Severity
    basis: str = ""
    hint: str = ""
    title_en: str | None = None
    hint_en: str | None = None
    weight: float | None = None
    match: Matcher | None = None
    fallback: Matcher | None = None  # parts: evidence in the text when no heading matches
    children: list[Element] = field(default_factory=list)
    children_min: int = 0
    # each child's words name the parent on their own (执法记录仪 is the recording system of 三项制度):
    # one child found makes a topic partial, with no context needed (see engine._apply_children)
    children_specific: bool = False
    rule: str | None = None  # doc elements: name of the rule module
    params: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    line: int | None = None
    examples: dict[str, list[Example]] = field(default_factory=dict)  # met | partial | missing

    def title_for(self, lang: str) -> str:
        return (self.title_en or self.title) if lang == "en" else self.title

    def hint_for(self, lang: str) -> str:
        return (self.hint_en or self.hint) if lang == "en" else self.hint

    @property
    def score_weight(self) -> float:
        return self.weight if self.weight is not None else SEVERITY_WEIGHT[self.severity]


@dataclass(slots=True)
class Checklist:
    id: str
    title: str
    version: str
    source: str
    chain: list[str]  # this checklist first, then what it extends
    elements: list[Element]
    title_en: str | None = None
    description: str = ""
    mask: list[re.Pattern[str]] = field(default_factory=list)
    # what the text a mask hides stands for, by the mask's pattern (a law's title → 法律法规)
    stand_ins: dict[str, str] = field(default_factory=dict)
    fallback_exclude: list[str] = field(default_factory=list)
    reading: dict[str, list[str]] = field(default_factory=dict)  # word lists of fzcheck.reading.ReadingRules
    cache: dict[str, Any] = field(default_factory=dict, repr=False)  # derived data, e.g. the phrase index

    def get(self, element_id: str) -> Element | None:
        for el in self.elements:
            if el.id == element_id:
                return el
            for child in el.children:
                if child.id == element_id:
                    return child
        return None

    def title_for(self, lang: str) -> str:
        return (self.title_en or self.title) if lang == "en" else self.title
