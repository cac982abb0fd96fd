"""Plain text copied out of a PDF: lines wrapped at a fixed width, page numbers and running heads.

A report pasted from a PDF viewer keeps the PDF's lines: a sentence runs on over the next line
(「……列入重要议事日」/「程，调整……」), and each page ends in its margins (「安澜县卫生健康局」,
「第2页 共4页」). Read line by line, the sentences are cut and the topics' words fall apart. Such a
text is told from one saved a paragraph per line by its lines: many reach one width and most of
those end inside a sentence. Only then are lines joined, as the PDF reader joins them (a full
line that ends inside a sentence goes on in the next, unless that one starts a heading or an item).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from fzcheck.formats.shapes import HEADING_NUMBER, PAGE_NUMBER_FORMS

PAGE_NUMBER = re.compile(f"^(?:{PAGE_NUMBER_FORMS})$", re.IGNORECASE)  # spaces squeezed; not a bare number
_STARTS_BLOCK = re.compile(f"^(?:{HEADING_NUMBER}|[一二三四五六七八九十]是|第[一二三四五六七八九十]{{1,3}}[，、,])")
_ENDS_SENTENCE = re.compile(r"(?:[。！？；：:!?;]|[。！？][”」』])$")
MIN_LINES = 8  # fewer full lines are no evidence of a wrap width
SHORT_OF_FULL = 3  # a full line may end a column or three early (a character or a number that did not fit)
NEAR_FULL = 0.85  # a body line this near the width, ending inside a sentence, goes on in the next
RUNNING_HEAD_CHARS = 30


@dataclass(frozen=True, slots=True)
class Layout:
    """Line numbers (1-based) that continue the line before them, and page furniture to leave out."""

    continues: frozenset[int] = frozenset()
    furniture: frozenset[int] = frozenset()


NONE = Layout()


def layout(text: str) -> Layout:
    """How the lines of a plain text make paragraphs: NONE unless it was wrapped at a width."""
    lines = [(n, line.strip()) for n, line in enumerate(text.split("\n"), start=1)]
    lines = [(n, s) for n, s in lines if s]
    furniture = _furniture(lines)
    body = [(n, s, _columns(s)) for n, s in lines if n not in furniture]
    width = _wrap_width(body)
    if width is None:
        return NONE
    continues = set()
    for (m, before, columns), (n, line, _) in pairwise(body):
        # next to it, or over a page's margins (a blank line alone ends a paragraph)
        adjacent = m == n - 1 or any(k in furniture for k in range(m + 1, n))
        # a body line may end a little short (the copy's own spacing); a heading must be full: a
        # short one ends there, with no punctuation
        reach = width - SHORT_OF_FULL if _STARTS_BLOCK.match(before) else width * NEAR_FULL
        if adjacent and columns >= reach and not _ENDS_SENTENCE.search(before) and not _STARTS_BLOCK.match(line):
            continues.add(n)
    return Layout(frozenset(continues), frozenset(furniture))


def _columns(line: str) -> int:
    """The line's width as printed: a Chinese character takes two columns, a digit or letter one."""
    return 2 * len(line) - sum(1 for c in line if c < "\x80")


def _wrap_width(body: list[tuple[int, str, int]]) -> int | None:
    """The width the text was wrapped at, if it was: the commonest width among long lines (with
    those a little shorter), shared by a third of the lines at least, most ending inside a sentence."""
    widths = Counter(w for _, _, w in body if w >= 24)
    if not widths:
        return None
    width = max(widths, key=lambda k: (sum(widths.get(k - d, 0) for d in range(SHORT_OF_FULL + 1)), k))
    full = [s for _, s, w in body if width - SHORT_OF_FULL <= w <= width + 2]
    if len(full) < MIN_LINES or len(full) * 3 < len(body):
        return None
    open_ended = sum(1 for s in full if not _ENDS_SENTENCE.search(s))
    return width if open_ended * 2 > len(full) else None


def _furniture(lines: list[tuple[int, str]]) -> set[int]:
    """Page numbers, and the short lines next to them that the text repeats: the running head or
    foot (the unit, the report's title), not the text's own line that happens to end a page."""
    numbers = {n for n, s in lines if PAGE_NUMBER.match(s.replace(" ", ""))}
    if not numbers:
        return set()
    seen = Counter(s for _, s in lines)
    heads = set()
    for (n, s), (m, t) in pairwise(lines):
        if m in numbers and n not in numbers and len(s) <= RUNNING_HEAD_CHARS and seen[s] >= 2:
            heads.add(n)
        if n in numbers and m not in numbers and len(t) <= RUNNING_HEAD_CHARS and seen[t] >= 2:
            heads.add(m)
    return numbers | heads
