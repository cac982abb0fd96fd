"""Bracket nesting that is probably a mistake, said in the author's terms.

In a matcher the brackets carry the meaning: in ``any`` a line ``- [甲, 乙]`` is one concept with
synonyms (either word counts, once); in ``all`` a line ``- [甲, 乙]`` is a group whose concepts must
stand together. One bracket too many or too few changes the meaning, and the schema's own words for
it ("is too short", "wrong type") do not say what to write. These checks run before the schema's
and replace its message at the same place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fzcheck.yamlsource import YamlPath

# (path, message key, params)
Nesting = tuple[YamlPath, str, dict[str, Any]]


def _words(value: Any) -> str:
    """The phrases in *value* (any depth), for a message."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "、".join(w for w in (_words(v) for v in value) if w)
    return ""


def nesting_errors(matchers: Iterable[tuple[YamlPath, dict[str, Any]]]) -> list[Nesting]:
    """Nesting the schema refuses, each with a message that says how to write it:

    - ``all`` (or ``all+``): a group that is a bare phrase, or a group of one concept (often a
      synonym list wrapped once more: ``- - [甲, 乙]``);
    - ``any`` (or ``any+``): a concept that holds lists (a list of lists where a list of phrases
      was meant)."""
    out: list[Nesting] = []
    for path, match in matchers:
        for key in ("all", "all+"):
            groups = match.get(key)
            for k, group in enumerate(groups if isinstance(groups, list) else []):
                if isinstance(group, str):
                    out.append(((*path, key, k), "cl.nest.all_flat", {"key": key, "words": group}))
                elif isinstance(group, list) and len(group) == 1:
                    out.append(((*path, key, k), "cl.nest.all_one", {"key": key, "words": _words(group)}))
        for key in ("any", "any+"):
            concepts = match.get(key)
            for k, concept in enumerate(concepts if isinstance(concepts, list) else []):
                if isinstance(concept, list) and any(isinstance(c, list) for c in concept):
                    out.append(((*path, key, k), "cl.nest.any_lists", {"key": key, "words": _words(concept)}))
    return out


def reachable_hits(match: dict[str, Any]) -> int:
    """How many distinct hits a matcher can give at most: one per ``any`` concept, ``all`` group
    and ``regex`` pattern (overlays already applied)."""
    return sum(len(match.get(key) or []) for key in ("any", "all", "regex"))
