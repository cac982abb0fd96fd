"""Folding of text for matching, shared by checklist phrases and report text.

Phrases and report text are folded the same way so that 「谁执法、谁普法」 matches 谁执法谁普法,
“放管服” matches 放管服 and full-width （１） matches (1). The fold keeps a map back to the
original positions so that evidence snippets quote the report as written.
"""

from __future__ import annotations

# full-width ASCII (！..～) → ASCII, and Latin capitals → lower case; one character for one, so
# the position map stays valid.
_FOLD_TABLE = {c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)}
_FOLD_TABLE.update({c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
# Characters that carry no meaning for a phrase: spaces, quotation marks, the enumeration comma.
DROPPED = frozenset(" \t\n\u3000\u00a0“”‘’\"'「」『』〝〞、·•")
SENTENCE_END = frozenset("。!?;！？；")


def fold(text: str) -> str:
    """Fold *text* for matching (see module doc)."""
    return "".join(c for c in text if c not in DROPPED).translate(_FOLD_TABLE)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold *text* and return, for each folded character, its index in *text*."""
    keep = [i for i, c in enumerate(text) if c not in DROPPED]
    return "".join(text[i] for i in keep).translate(_FOLD_TABLE), keep


def dropped_characters(phrase: str) -> set[str]:
    """Characters of *phrase* that folding removes (lint warns: they never help a match)."""
    return {c for c in phrase if c in DROPPED}
