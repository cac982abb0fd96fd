"""The library entry points the CLI (and other programs) use: read, parse, check."""

from __future__ import annotations

from fzcheck.checklist import DEFAULT_CHECKLIST, Checklist, load_checklist
from fzcheck.document import Document
from fzcheck.engine import check
from fzcheck.errors import InputError
from fzcheck.parser import parse
from fzcheck.readers import read_source
from fzcheck.results import CheckReport


def load_document(path: str) -> Document:
    """Read and parse one report; raise InputError when it cannot be read or holds no text."""
    doc = parse(read_source(path))
    if not doc.body():
        raise InputError(path, "err.no_text")
    return doc


def check_file(path: str, checklist: Checklist | None = None) -> CheckReport:
    return check(load_document(path), checklist or load_checklist(DEFAULT_CHECKLIST))
