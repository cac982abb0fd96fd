"""The text of one report as every reader returns it, and the normalisation all of them apply.

A module of its own, below :mod:`fzcheck.readers` and :mod:`fzcheck.formats`, so that the format
readers build a SourceText without importing the module that dispatches to them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

# Spaces that Word, WPS and web portals put where a plain space is meant; each becomes one
# ASCII space so that positions in a line stay the same. Zero-width characters are dropped.
_ODD_SPACES = "\u00a0\u3000\u2002\u2003\u2009\u202f"
_ZERO_WIDTHS = "\u200b\ufeff\u200c\u200d"
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTHS}]")


@dataclass(frozen=True, slots=True)
class SourceText:
    """Decoded text of one report and how it was read.

    Readers of other formats (Word, HTML, PDF) produce the same thing: text with one paragraph
    per line, plus what the container itself says (title, publication date) and how a line maps
    to the place a person would look (``location_unit`` "paragraph" for Word, "page" for PDF).
    """

    source: str  # path as given, or "-"
    text: str
    encoding: str
    format: str  # "markdown" | "text" | "docx" | "html" | "pdf"
    location_unit: str = "line"  # "line" | "paragraph" | "page"
    locations: tuple[int, ...] | None = None  # location of each line (index = line - 1), if not the line
    title: str | None = None  # from the container (HTML <title>, Word core properties)
    published: dt.date | None = None  # from the container (HTML <meta>, Word core properties)


_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise_text(text: str) -> str:
    """Unify line ends and the many kinds of space; keep every line where it was. A lone
    surrogate (only a buggy producer makes one) becomes U+FFFD so nothing downstream chokes."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return normalise_spaces(text)


def normalise_spaces(text: str) -> str:
    """normalise_text for text that holds no lone surrogate (what a strict decoder returns)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Most texts hold none of these: a substring test per character is far cheaper than a regex
    # pass over a long Chinese text (and str.translate, which looks up every character).
    if any(c in text for c in _ODD_SPACES):
        text = _ODD_SPACE.sub(" ", text)
    if any(c in text for c in _ZERO_WIDTHS):
        text = _ZERO_WIDTH.sub("", text)
    return text


def decode_marked(data: bytes, errors: str = "strict") -> tuple[str, str] | None:
    """Text that starts with a UTF-8 or UTF-16 byte-order mark, decoded, and its codec; None
    without a mark. With ``errors="strict"`` a bad byte raises UnicodeDecodeError."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors), "utf-16"
    return None


def decode_utf16_unmarked(data: bytes, plausible: Callable[[str], bool]) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark (some Windows tools write it): little-endian, then
    big-endian, the first that decodes and that *plausible* accepts; None when neither does."""
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if plausible(text):
            return text, codec
    return None
