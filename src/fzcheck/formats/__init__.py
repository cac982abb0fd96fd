"""Readers for container formats: Word (.docx), web pages (.html) and PDF.

A format is chosen by what the bytes are, not by what the file is called: portals serve HTML
pages named ``.doc``, drafters rename files, and e-mail clients drop suffixes. Every reader
returns a :class:`fzcheck.sourcetext.SourceText` with one paragraph per line in reading order, and
raises :class:`fzcheck.errors.InputError` (one line, exit code 2) for anything it cannot read.
Hostile inputs are bounded before any work is done on them: the uncompressed size of a Word
file, the page count of a PDF and the amount of text any of them yields (the caps are in
:mod:`fzcheck.formats.limits`, and importable from this package).
"""

from __future__ import annotations

from fzcheck.errors import InputError
from fzcheck.formats.limits import (  # noqa: F401  (importable from the package too)
    MAX_CHARS,
    MAX_ELEMENTS,
    MAX_LINES,
    MAX_MEMBERS,
    MAX_PAGES,
    MAX_RATIO,
    MAX_TAGS,
    MAX_UNZIPPED,
    RATIO_FLOOR,
    check_chars,
    check_count,
)
from fzcheck.sourcetext import SourceText

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_TAGS = (b"<html", b"<!doctype html", b"<head", b"<meta", b"<body")
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}


def detect_format(data: bytes, suffix: str = "") -> str:
    """What *data* is: "docx", "pdf", "html", "text", or what we refuse.

    Refused kinds: "legacy-doc" (Word 97-2003 or WPS, an OLE2 file), "encrypted-office" (a Word
    file with an opening password, also OLE2), "zip" (a ZIP that is not a Word document). The
    suffix only breaks ties (an HTML fragment in a file called .html).
    """
    head = data[:8]
    if head.startswith(ZIP_MAGIC):
        return "docx" if _zip_kind(data) != "zip" else "zip"
    if data[:1024].lstrip().startswith(b"%PDF") or (b"%PDF-" in data[:1024] and b"%%EOF" in data[-2048:]):
        return "pdf"
    if head.startswith(OLE_MAGIC[:4]):
        return "encrypted-office" if "EncryptedPackage".encode("utf-16-le") in data[:1 << 20] else "legacy-doc"
    if looks_like_html(data, suffix):
        return "html"
    return "text"


def _zip_kind(data: bytes) -> str:
    """"docx" for a Word package, "zip" for another archive, "corrupt" when it cannot be opened
    (the Word reader then says so)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "corrupt"
    return "docx" if "word/document.xml" in names else "zip"


def looks_like_html(data: bytes, suffix: str = "") -> bool:
    """Markup in the first KB: <html, <!doctype html, <head, <meta or <body (any case, any encoding
    that keeps ASCII readable, UTF-16 included).

    A text file that merely mentions a tag deep inside is text; a file that starts with markup,
    or carries two different tags, or is called .html and carries one, is a page.
    """
    sniff = data[:2048]
    if sniff.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in sniff[:64]:
        sniff = sniff.replace(b"\x00", b"")
    sniff = sniff[:1024].lower()
    found = [tag for tag in _HTML_TAGS if tag in sniff]
    if not found:
        return False
    start = sniff.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    return start.startswith(b"<") or len(found) >= 2 or suffix.lower() in HTML_SUFFIXES


def read_container(kind: str, data: bytes, source: str) -> SourceText:
    """Read *data* of a detected *kind* ("docx", "html", "pdf") or raise the error for a refused kind."""
    if kind == "docx":
        from fzcheck.formats.docx import read_docx

        return read_docx(data, source)
    if kind == "pdf":
        from fzcheck.formats.pdf import read_pdf

        return read_pdf(data, source)
    if kind == "html":
        from fzcheck.formats.html import read_html

        return read_html(data, source)
    if kind == "legacy-doc":
        raise InputError(source, "err.legacy_doc")
    if kind == "encrypted-office":
        raise InputError(source, "err.encrypted_docx")
    if kind == "zip":
        raise InputError(source, "err.zip_not_docx")
    raise ValueError(f"not a container format: {kind}")

