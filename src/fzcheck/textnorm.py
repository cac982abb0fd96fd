"""Folding of text for matching, shared by checklist phrases and report text.

Phrases and report text are folded the same way so that 「谁执法、谁普法」 matches 谁执法谁普法,
“放管服” matches 放管服 and full-width （１） matches (1). The fold keeps a map back to the
original positions so that evidence snippets quote the report as written.
"""

from __future__ import annotations

import re
import sys
from typing import Any

# Full-width digits, Latin letters and the signs that occur in phrases (（）＋－％．／) → ASCII, and
# Latin capitals → lower case; one character for one, so positions stay valid. Chinese
# punctuation (，；：。) is left alone: no phrase depends on it, and leaving it makes folding cheap.
_FULL = [0xFF05, 0xFF08, 0xFF09, 0xFF0B, 0xFF0D, 0xFF0E, 0xFF0F, *range(0xFF10, 0xFF1A),
         *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
_FOLD_TABLE = {c: chr(c - 0xFEE0).lower() for c in _FULL}
_FOLD_TABLE.update({c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
FOLDED = _FOLD_TABLE  # code point → the character it folds to (for tables built from fold's, fzcheck.sentences)
# Characters that carry no meaning for a phrase: spaces, quotation marks, the enumeration comma.
DROPPED = frozenset(" \t\n\u3000\u00a0“”‘’\"'「」『』〝〞、·•")
SENTENCE_END = frozenset("。!?;！？；")
# joins a report's paragraphs so that the whole text is folded, scanned or cut at once (no
# phrase, and no character fold keeps apart from it, is this control character)
SEP = "\x1f"
_DROP_RE = re.compile("[" + re.escape("".join(sorted(DROPPED))) + "]")
_FOLDABLE = re.compile("[" + "".join(chr(c) for c in _FOLD_TABLE) + "]")


_FOLD_MAP = {chr(k): v for k, v in _FOLD_TABLE.items()}


def _fold_match(m: re.Match[str]) -> str:
    return _FOLD_MAP[m.group()]


def fold(text: str) -> str:
    """Fold *text* for matching (see module doc)."""
    if len(text) >= _VECTOR_MIN and "numpy" in sys.modules:
        return _fold_vector(text)
    return _fold_regex(text)


def _fold_regex(text: str) -> str:
    # a regex visits only the few characters to fold; str.translate would look up every one
    return _FOLDABLE.sub(_fold_match, _DROP_RE.sub("", text))


# A whole report (batch folds each one in one piece) is folded faster by numpy tables than by
# the two regex passes. numpy is loaded by batch anyway; a single validate does not import it for this.
_VECTOR_MIN = 4000
_TABLES: tuple[Any, Any] | None = None


def _fold_vector(text: str) -> str:
    import numpy as np

    global _TABLES
    if _TABLES is None:
        mapped = np.arange(0x10000, dtype=np.uint32)
        for code, folded in _FOLD_TABLE.items():
            mapped[code] = ord(folded)
        dropped = np.zeros(0x10000, dtype=bool)
        dropped[[ord(c) for c in DROPPED]] = True
        _TABLES = mapped, dropped
    mapped, dropped = _TABLES
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    low = codes & 0xFFFF
    bmp = codes < 0x10000  # characters beyond the BMP are never folded
    out = np.where(bmp, mapped[low], codes)[~(dropped[low] & bmp)]
    return out.tobytes().decode("utf-32-le", "surrogatepass")


def dropped_positions(text: str) -> list[int]:
    """Indexes in *text* of the characters ``fold`` drops (to map folded positions back)."""
    return [m.start() for m in _DROP_RE.finditer(text)]


def dropped_characters(phrase: str) -> set[str]:
    """Characters of *phrase* that folding removes (lint warns: they never help a match)."""
    return {c for c in phrase if c in DROPPED}
