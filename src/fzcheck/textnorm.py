"""Folding of text for matching, shared by checklist phrases and report text.

Phrases and report text are folded the same way so that 「谁执法、谁普法」 matches 谁执法谁普法,
“放管服” matches 放管服 and full-width （１） matches (1). The fold keeps a map back to the
original positions so that evidence snippets quote the report as written.
"""

from __future__ import annotations

import re

# full-width ASCII (！..～) → ASCII, and Latin capitals → lower case; one character for one, so
# the position map stays valid.
_FOLD_TABLE = {c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)}
_FOLD_TABLE.update({c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
# Characters that carry no meaning for a phrase: spaces, quotation marks, the enumeration comma.
DROPPED = frozenset(" \t\n\u3000\u00a0“”‘’\"'「」『』〝〞、·•")
SENTENCE_END = frozenset("。!?;！？；")


_DROP_RE = re.compile("[" + re.escape("".join(sorted(DROPPED))) + "]")


def fold(text: str) -> str:
    """Fold *text* for matching (see module doc)."""
    return _DROP_RE.sub("", text).translate(_FOLD_TABLE)


def folded_positions(text: str) -> list[int]:
    """For each character of ``fold(text)``, its index in *text*."""
    return [i for i, c in enumerate(text) if c not in DROPPED]


def dropped_characters(phrase: str) -> set[str]:
    """Characters of *phrase* that folding removes (lint warns: they never help a match)."""
    return {c for c in phrase if c in DROPPED}
