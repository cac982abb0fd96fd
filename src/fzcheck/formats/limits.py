"""How much a container may hold before it is refused: hostile inputs are bounded before any work
is done on them. Below the format readers and their package, which import it."""

from __future__ import annotations

from fzcheck.errors import InputError

# The report file itself is already capped by readers.MAX_BYTES (50 MB).
MAX_UNZIPPED = 200 * 1024 * 1024  # sum of the uncompressed sizes of a .docx's members
MAX_RATIO = 200  # uncompressed/compressed for one member larger than RATIO_FLOOR (deflate tops out near 1030)
RATIO_FLOOR = 2 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_PAGES = 2_000  # PDF pages
MAX_CHARS = 5_000_000  # characters of text from one document (a long report has 50,000)
# Parsing work per document. A long report has ~500 paragraphs and a portal page ~5,000 elements;
# past these bounds a document is refused in one line instead of taking minutes and gigabytes.
MAX_LINES = 50_000  # lines (paragraphs) of text from one document, whatever its format
MAX_TAGS = 1_000_000  # "<" in a page or in a Word body, counted before it is parsed
MAX_ELEMENTS = 50_000  # elements of a parsed page (each is laid out in Python, ~30 µs)


def check_chars(text: str, source: str) -> None:
    """Refuse a document whose text is beyond what one report can be (every format, text included)."""
    if len(text) > MAX_CHARS:
        raise InputError(source, "err.too_much_text", chars=len(text), limit=MAX_CHARS)
    lines = text.count("\n")
    if lines > MAX_LINES:
        raise InputError(source, "err.too_many_lines", n=lines, limit=MAX_LINES)


def check_count(n: int, limit: int, source: str) -> None:
    """Refuse a document with more markup elements than *limit* (one line, before the work)."""
    if n > limit:
        raise InputError(source, "err.too_many_elements", n=n, limit=limit)
