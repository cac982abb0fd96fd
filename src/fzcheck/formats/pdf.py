"""PDF: the text layer, page by page, with lines joined back into paragraphs.

PDFium (pypdfium2) reads the text layer; it is the engine of Chrome's PDF viewer, fuzzed for
years, fast, and decodes the Adobe-GB1 CJK fonts of Chinese office PDFs. A PDF has lines, not
paragraphs: a line that runs to the right margin continues on the next line, an indented line
or a numbered heading starts a new paragraph. Page numbers in the margins (「- 3 -」「第3页 共9页」)
are dropped. Locations are page numbers. A PDF without a text layer (a scan) is refused: no OCR.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from fzcheck.errors import InputError
from fzcheck.formats.limits import MAX_CHARS, MAX_PAGES, check_chars
from fzcheck.formats.shapes import HEADING_NUMBER, PAGE_NUMBER_FORMS
from fzcheck.sourcetext import SourceText, normalise_text

# in a PDF's margin a bare number is one too
_PAGE_NUMBER = re.compile(rf"^(?:{PAGE_NUMBER_FORMS}|\d{{1,4}})$", re.IGNORECASE)
_STARTS_BLOCK = re.compile(f"^(?:{HEADING_NUMBER}|[一二三四五六七八九十]是)")
_ENDS_SENTENCE = re.compile(r"[。！？；：:!?;]$")
_LEADING_WORD = re.compile(r"[A-Za-z0-9.,%‰]+")
MIN_CHARS_PER_PAGE = 30  # less than this on average: a scan with at most a stamp or a page number


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    size: float  # typical character width


def read_pdf(data: bytes, source: str) -> SourceText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(source, "err.encrypted_pdf") from exc
        raise InputError(source, "err.corrupt", kind="PDF") from exc
    try:
        pages = len(pdf)
        if pages > MAX_PAGES:
            raise InputError(source, "err.too_many_pages", pages=pages, limit=MAX_PAGES)
        page_lines: list[tuple[int, _Line]] = []
        chars = 0
        for index in range(pages):
            try:
                lines = _page_lines(pdf[index])
            except pdfium.PdfiumError:
                continue  # one broken page does not lose the others
            chars += sum(len(line.text) for line in lines)
            if chars > MAX_CHARS:
                raise InputError(source, "err.too_much_text", chars=chars, limit=MAX_CHARS)
            page_lines.extend((index + 1, line) for line in lines)
    finally:
        pdf.close()
    if chars < MIN_CHARS_PER_PAGE * max(pages, 1):
        raise InputError(source, "err.no_text_layer", pages=pages)
    out: list[str] = []
    locations: list[int] = []
    for page_no, text in _paragraphs(page_lines):
        text = normalise_text(text).strip()
        if text:
            out.append(text)
            locations.append(page_no)
    text = "\n".join(out) + ("\n" if out else "")
    check_chars(text, source)
    return SourceText(source=source, text=text, encoding="utf-8", format="pdf", location_unit="page",
                      locations=tuple(locations))


def _page_lines(page: Any) -> list[_Line]:
    """The page's text lines with their horizontal extent, page numbers left out."""
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n <= 0:
            return []
        text = textpage.get_text_range(0, n)
        lines: list[_Line] = []
        index = 0  # PDFium counts UTF-16 code units
        for raw in re.split(r"(\r\n|\r|\n)", text):
            if raw in ("\r\n", "\r", "\n"):
                index += len(raw)
                continue
            boxes = []
            for ch in raw:
                if not ch.isspace():
                    boxes.append(textpage.get_charbox(index))
                index += 2 if ord(ch) > 0xFFFF else 1
            stripped = raw.strip()
            if not stripped or not boxes:
                continue
            widths = [b[2] - b[0] for b in boxes if b[2] > b[0]]
            size = statistics.median(widths) if widths else 10.0
            lines.append(_Line(stripped, min(b[0] for b in boxes), max(b[2] for b in boxes), size))
    finally:
        textpage.close()
    return [line for line in lines if not _PAGE_NUMBER.match(line.text.replace(" ", ""))]


def _paragraphs(lines: list[tuple[int, _Line]]) -> list[tuple[int, str]]:
    """Join wrapped lines into (first page, paragraph): a line continues the previous one when the
    previous reached the right margin and this one is not indented and does not start a heading or
    an 「一是」 item. Paragraphs run on across page breaks."""
    if not lines:
        return []
    # margins of the body text: where most lines start, and where full lines end (a line may
    # overhang by a punctuation mark, so not the maximum)
    starts = Counter(round(line.x0) for _, line in lines)
    left = min(x for x, n in starts.items() if n >= max(starts.values()) / 3)
    ends = sorted(line.x1 for _, line in lines)
    right = ends[(len(ends) * 3) // 4]
    size = statistics.median(line.size for _, line in lines) or 10.0
    out: list[tuple[int, str]] = []
    prev: _Line | None = None
    for page_no, line in lines:
        gap = right - (prev.x1 if prev is not None else 0)
        # a number or a Latin word is not broken: the line before it may end short by its width
        word = _LEADING_WORD.match(line.text)
        slack = 1.5 * size + (0.6 * line.size * len(word.group(0)) if word else 0)
        prev_full = prev is not None and (
            gap < 0.6 * size or (gap < slack and not _ENDS_SENTENCE.search(prev.text)))
        indented = line.x0 - left > 1.2 * size
        # a title in a larger font wraps onto a centred second line
        title_wrap = prev is not None and line.size > 1.15 * size and abs(line.size - prev.size) < 0.5
        if prev_full and (title_wrap or not indented) and not _STARTS_BLOCK.match(line.text):
            text = out[-1][1]
            out[-1] = (out[-1][0], text + line.text if _cjk_join(text, line.text) else f"{text} {line.text}")
        else:
            out.append((page_no, line.text))
        prev = line
    return out


def _cjk_join(a: str, b: str) -> bool:
    """Chinese lines join without a space; Latin words wrapped at a line end get one."""
    return not (a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum())
