"""Turn a path (or ``-`` for stdin) into decoded, space-normalised text.

Markdown and text are read here; Word, HTML and PDF are recognised by their content (not by
their suffix) and read by :mod:`fzcheck.formats`; other binary formats get a precise error
instead of mojibake.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fzcheck.errors import InputError
from fzcheck.sourcetext import SourceText, decode_marked, decode_utf16_unmarked, normalise_spaces
from fzcheck.sourcetext import normalise_text as normalise_text  # re-exported: readers' callers use it

MAX_BYTES = 50 * 1024 * 1024
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}

# Magic numbers of formats people commonly hand us by mistake (or that later readers will take).
_MAGIC = (
    (b"PK\x03\x04", "Word/ZIP (.docx)"),
    (b"%PDF", "PDF"),
    (b"\xd0\xcf\x11\xe0", "Word 97-2003 (.doc)"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
)

def read_source(path: str, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read *path* (``-`` means stdin) and return normalised text, or raise InputError.

    The format is decided by the content (:func:`fzcheck.formats.detect_format`): a Word file, a
    PDF or a web page is read as such whatever its suffix; anything else is text.
    """
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        fmt, suffix = "text", ""
    else:
        from fzcheck.fileio import read_regular

        p = Path(path)
        data = read_regular(path, max_bytes)  # regular files only, never more than the cap
        suffix = p.suffix
        fmt = "markdown" if suffix.lower() in MARKDOWN_SUFFIXES else "text"
    if len(data) > max_bytes:
        raise InputError(path, "err.too_big", size=round(len(data) / 2**20, 1), limit=max_bytes // 2**20)
    if data.strip():
        from fzcheck.formats import detect_format, read_container

        kind = detect_format(data, suffix)
        if kind != "text":
            return read_container(kind, data, path)
    text, encoding = decode_bytes(data, path)
    from fzcheck.formats import check_chars

    check_chars(text, path)  # the same bound on parsing work as for Word, HTML and PDF
    if fmt == "text" and _looks_like_markdown(text):
        fmt = "markdown"
    # strict UTF-8, UTF-16 and GB18030 decoding never yields a lone surrogate
    return SourceText(source=path, text=normalise_spaces(text), encoding=encoding, format=fmt)


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode report bytes: BOMs first, then UTF-8, UTF-16 without BOM, then GB18030."""
    if not data.strip():
        raise InputError(source, "err.empty")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, "err.unsupported", kind=kind)
    try:
        marked = decode_marked(data)
    except UnicodeDecodeError as exc:
        raise InputError(source, "err.decode") from exc
    if marked is not None:
        return marked
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM is accepted only when it decodes to text
        unmarked = decode_utf16_unmarked(data, lambda text: _plausible_ratio(text) > 0.9)
        if unmarked is None:
            raise InputError(source, "err.binary")
        return unmarked
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # GB18030 is a superset of GBK and GB2312, so one codec covers older offices' files.
        try:
            text, encoding = data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError as exc:
            raise InputError(source, "err.decode") from exc
    if _control_count(text, data) > max(8, len(text[:20000]) // 100):
        raise InputError(source, "err.binary")
    return text, encoding


def _plausible_ratio(text: str) -> float:
    """Share of characters that real report text is made of: CJK, ASCII, punctuation, spaces."""
    sample = text[:4000]
    ok = sum(1 for c in sample if c.isprintable() or c in "\n\r\t")
    cjk_or_ascii = sum(1 for c in sample if ord(c) < 0x80 or 0x3000 <= ord(c) <= 0x9FFF or 0xFF00 <= ord(c) <= 0xFFEF)
    return min(ok, cjk_or_ascii) / max(len(sample), 1)


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])


def _control_count(text: str, data: bytes) -> int:
    """Control characters in the first 20,000 characters: text has almost none, binary has many.
    *text* is *data* decoded as UTF-8 or GB18030."""
    if len(text) <= 20000:
        # In UTF-8 and GB18030 a control byte is never part of a multi-byte character, so the
        # bytes hold as many as the text, and counting them there is several times faster.
        # Most texts hold none: a memchr per control byte (`int in bytes`) costs less than the
        # byte-by-byte translate that counts them.
        for byte in _CONTROL_BYTES:
            if byte in data:
                return len(data) - len(data.translate(None, _CONTROL_BYTES))
        return 0
    return len(_CONTROL.findall(text, 0, 20000))


def _looks_like_markdown(text: str) -> bool:
    return any(line.startswith("#") and line.lstrip("#").startswith(" ") for line in text.lstrip().splitlines()[:40])
