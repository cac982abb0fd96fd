"""The one escaping function for text that reaches a terminal or a log.

A file name or a document may hold a newline (which would forge a second error line), ESC
sequences (which would drive the terminal), bidi overrides or lone surrogates (which cannot even
be encoded to stderr). Every such character becomes a visible ``\\uXXXX`` escape; everything
printable, CJK included, stays as it is.
"""

from __future__ import annotations


def printable(text: str) -> str:
    """*text* with every character that str.isprintable() refuses (controls, format characters,
    line and paragraph separators, surrogates, unassigned code points, spaces other than U+0020)
    shown as ``\\uXXXX`` (``\\UXXXXXXXX`` above the BMP): one line, safe on any terminal."""
    if text.isprintable():  # the common case, checked in C
        return text
    return "".join(c if c.isprintable() or c == " " else _escape(c) for c in text)


def _escape(c: str) -> str:
    cp = ord(c)
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def utf8_safe(text: str) -> str:
    """*text* as any UTF-8 output (a JSON file, a workbook, SQLite) can hold it: a byte of a file name
    that is not UTF-8, which Python keeps as a lone surrogate, becomes U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:  # the bytes of the name back (one U+FFFD per bad byte), as os.fsdecode kept them
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:  # a surrogate that is no escaped byte
            return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text
