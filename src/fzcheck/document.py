"""The document model every reader produces and every check consumes."""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, field
from typing import Any, Literal

from fzcheck.figures import has_figure

ITEM_CHARS = 40  # a numbered line this long, ending in 。 with a clause break, is a sentence (is_item)
ITEM_RUN_IN_CHARS = 30  # … or this long with text after it (two-aim titles are shorter)
ITEM_ALONE_CHARS = 24  # … or this long over nothing (two-aim titles are shorter: 「深化政务公开，推进政务服务」)

ParagraphKind = Literal["title", "chrome", "heading", "body"]


@dataclass(slots=True, eq=False, weakref_slot=True)
class Heading:
    """A numbered or Markdown heading. ``level`` 1 is 「一、」, 2 「（一）」, 3 「1.」, 4 「（1）」.

    A heading holds its children; its parent it only points to (a weak reference), so that a
    document's objects form no cycle and are freed as soon as the last reference goes, without
    waiting for the garbage collector (which a batch of thousands of reports would keep busy)."""

    level: int
    marker: str  # the numbering as written: "一、", "(一)", "1.", "##" ...
    # numbering family and bracket form, e.g. "cn", "cn-paren-full", "arabic-dot", "md", "bracket" (【……】)
    style: str
    number: int | None
    title: str  # heading text without the marker (and without a run-in paragraph)
    paragraph: int  # index of the heading's paragraph
    line: int
    end: int = 0  # index one past the last paragraph of this heading's section
    children: list[Heading] = field(default_factory=list, repr=False)
    _parent: weakref.ref[Heading] | None = field(default=None, repr=False)

    @property
    def parent(self) -> Heading | None:
        return None if self._parent is None else self._parent()

    @parent.setter
    def parent(self, heading: Heading | None) -> None:
        self._parent = None if heading is None else weakref.ref(heading)

    # a weak reference does not pickle: the parent travels as itself (pickle keeps identities)
    def __getstate__(self) -> tuple[Any, ...]:
        return (*(getattr(self, name) for name in _HEADING_STATE), self.parent)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(_HEADING_STATE, state, strict=False):
            setattr(self, name, value)
        self.parent = state[-1]

    def ancestor_at(self, max_level: int) -> Heading:
        """This heading or the nearest ancestor at *max_level* or above (the section it belongs to)."""
        node = self
        while node.level > max_level and node.parent is not None:
            node = node.parent
        return node

    def path(self) -> list[Heading]:
        node: Heading | None = self
        out: list[Heading] = []
        while node is not None:
            out.append(node)
            node = node.parent
        return out[::-1]


_HEADING_STATE = ("level", "marker", "style", "number", "title", "paragraph", "line", "end", "children")


@dataclass(slots=True, eq=False)
class Paragraph:
    index: int
    line: int  # 1-based first line in the source
    end_line: int
    text: str  # the whole paragraph as written (spaces normalised)
    kind: ParagraphKind
    heading: Heading | None = None  # the heading this paragraph is, or the section it lies in


@dataclass(slots=True, eq=False)
class Document:
    source: str
    format: str
    encoding: str
    paragraphs: list[Paragraph]
    headings: list[Heading]
    title: str | None = None
    title_line: int | None = None
    unit: str | None = None
    year: int | None = None
    year_source: str | None = None  # "title" | "text"
    year_line: int | None = None
    published: dt.date | None = None
    published_line: int | None = None
    signed: dt.date | None = None
    signed_line: int | None = None
    script: str = "simplified"  # "traditional" when the text is in traditional characters
    location_unit: str = "line"  # what a person looks for: line, paragraph (Word) or page (PDF)
    locations: tuple[int, ...] | None = None  # location of each line when it is not the line
    directives: list[Any] = field(default_factory=list)  # fzcheck-disable comments (suppress.Directive)

    def location(self, line: int) -> int:
        """The paragraph or page number of *line* (the line itself for text and Markdown)."""
        if self.locations is None or not 1 <= line <= len(self.locations):
            return line
        return self.locations[line - 1]

    @property
    def roots(self) -> list[Heading]:
        return [h for h in self.headings if h.parent is None]

    def body(self) -> list[Paragraph]:
        """Paragraphs that carry report text (headings included, title and page chrome not)."""
        return [p for p in self.paragraphs if p.kind in ("heading", "body")]

    def run_in(self, heading: Heading) -> str:
        """Text on the heading's own line after its title: 「（二）压实责任。严格落实……」 → 「严格落实……」."""
        text = self.paragraphs[heading.paragraph].text
        return text.split(heading.title, 1)[-1].strip("。；;:： 】") if heading.title else ""

    def is_item(self, heading: Heading) -> bool:
        """Whether the numbered line is a sentence of the report's work, not a title over text:
        「1.市政府党组理论学习中心组专题学习习近平法治思想3次，市政府常务会议会前学法11次。」 — one
        sentence that ends the line, with a clause break and a figure, or long. A title names what
        follows (「1.深入学习宣传贯彻习近平法治思想。」, 「（一）加强组织领导，健全工作机制」)."""
        title = heading.title
        if "，" not in title:  # one clause: a sentence of work only if it counts something, at length
            return len(title) >= ITEM_ALONE_CHARS and has_figure(title)
        if has_figure(title):  # a title states no counts: 「5.开展执法监督检查，评查案卷286卷；全面推行……」
            return True
        if self.run_in(heading):
            # text follows the first sentence: it is a title if short (「加强组织领导，健全工作机制」)
            return len(title) >= ITEM_RUN_IN_CHARS
        if not self.paragraphs[heading.paragraph].text.rstrip().endswith(("。", "；", ";")):
            return False
        # over nothing of its own (the next line is another heading), a sentence of some length is
        # one of a list of items: 「7.不动产登记、测绘资质审批等事项实现“一网通办”，电子证照……互认共享。」
        alone = heading.end == heading.paragraph + 1 and len(title) >= ITEM_ALONE_CHARS
        return alone or len(title) >= ITEM_CHARS or any(c.isdigit() for c in title)

    def section(self, heading: Heading) -> list[Paragraph]:
        """The heading's paragraph and everything under it, up to the next heading of its level."""
        return self.paragraphs[heading.paragraph:heading.end]

    def text_chars(self) -> int:
        return sum(len(p.text) for p in self.body())
