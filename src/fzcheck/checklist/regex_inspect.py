"""Reading regular expressions: what checklist lint and matching can prove from a pattern.

Every helper here reads the parse tree of Python's private ``re._parser``, imported once below.
Its shape is no public API and may change with Python. When the import fails, or a tree does not
look as expected, each helper gives the answer that asserts nothing: ``nested_unbounded`` False
(the pattern is accepted as it compiles), ``regex_never`` None (no lint finding),
``required_literal`` None (no substring prefilter: slower matching, same results).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from fzcheck.textnorm import fold

try:
    from re import _constants as _sre_constants  # type: ignore[attr-defined]  # private: see the module doc
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # Python's internals moved: every helper falls back (tested by hiding them)
    _sre_constants = None
    _sre_parser = None

# what a parse tree of another shape raises while being walked
_SHAPE_ERRORS = (AttributeError, IndexError, KeyError, TypeError, ValueError)


def _parse(pattern: str, flags: int = 0) -> Any:
    """The parse tree of *pattern*, or None: no parser, or a pattern Python cannot parse."""
    if _sre_parser is None or _sre_constants is None:
        return None
    try:
        return _sre_parser.parse(pattern, flags)
    except Exception:
        return None


def nested_unbounded(pattern: str) -> bool:
    """Whether *pattern* repeats, without bound, something that itself repeats without bound —
    「(a+)+」, 「(\\w*)*」: the shape that makes a backtracking engine take exponential time."""
    parsed = _parse(pattern)
    if parsed is None:
        return False
    c = _sre_constants
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None))
    groups = (c.SUBPATTERN, getattr(c, "ATOMIC_GROUP", None))

    def walk(items: Any, inside: bool) -> bool:
        for op, av in items:
            if op in repeats:
                unbounded = av[1] == c.MAXREPEAT
                if (unbounded and inside) or walk(av[2], inside or unbounded):
                    return True
            elif op in groups:
                if walk(av[-1] if op == c.SUBPATTERN else av, inside):
                    return True
            elif op == c.BRANCH:
                if any(walk(branch, inside) for branch in av[1]):
                    return True
            elif op in (c.ASSERT, c.ASSERT_NOT) and walk(av[1], inside):
                return True
        return False

    try:
        return walk(parsed, False)
    except _SHAPE_ERRORS:
        return False


@functools.lru_cache(maxsize=256)
def required_literal(rx: re.Pattern[str]) -> str | None:
    """The longest run of plain characters every match of *rx* contains, or None.

    Checked with ``in`` before running the regex: a plain substring search is far cheaper than
    a regex that starts with an optional part (``(?:坚持)?以习近平法治思想为指导``)."""
    if rx.flags & re.IGNORECASE:
        return None
    parsed = _parse(rx.pattern, rx.flags)
    if parsed is None:
        return None
    literal_op = _sre_constants.LITERAL
    best, run = "", ""
    try:
        for op, arg in list(parsed):
            if op is literal_op:
                run += chr(arg)
                best = max(best, run, key=len)
            else:
                run = ""
    except _SHAPE_ERRORS:
        return None
    return best or None


def _never_char(code: int, ignorecase: bool) -> bool:
    """Whether folded text can never hold the character *code*: folding drops or changes it
    (asked of ``fold`` itself, so this follows any change to folding). With IGNORECASE a capital
    still matches its folded lower-case form."""
    ch = chr(code)
    folded = fold(ch)
    if folded == ch:
        return False
    return not (ignorecase and ch.isascii() and folded == ch.lower())


def regex_never(pattern: str) -> tuple[str, dict[str, Any]] | None:
    """(message key, params) when *pattern* can never match folded text, else None. Only what can
    be proven from the pattern: a required character folding removes or changes, an impossible
    anchor. Patterns Python cannot parse are reported elsewhere (cl.regex)."""
    parsed = _parse(pattern)
    if parsed is None:  # an invalid pattern is cl.regex's business
        return None
    try:
        return _never(parsed)
    except _SHAPE_ERRORS:
        return None


def _never(parsed: Any) -> tuple[str, dict[str, Any]] | None:
    assert _sre_parser is not None
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)

    def never_in(items: Any) -> str | None:
        for op, av in items:
            found = never_node(str(op), av)
            if found is not None:
                return found
        return None

    def never_node(op: str, av: Any) -> str | None:
        if op == "LITERAL":
            return chr(av) if _never_char(av, ignorecase) else None
        if op == "IN":
            shown: list[str] = []
            for sub_op, sub_av in av:
                sub = str(sub_op)
                if sub == "LITERAL" and _never_char(sub_av, ignorecase):
                    shown.append(chr(sub_av))
                elif sub == "RANGE" and sub_av[1] - sub_av[0] < 256 and all(
                        _never_char(c, ignorecase) for c in range(sub_av[0], sub_av[1] + 1)):
                    shown.append(chr(sub_av[0]))
                elif sub == "CATEGORY" and str(sub_av) == "CATEGORY_SPACE":
                    shown.append("\\s")
                else:
                    return None  # NEGATE, other categories, a character folded text can hold
            return shown[0] if shown else None
        if op == "SUBPATTERN":
            return never_in(av[-1])
        if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            return never_in(av[2]) if av[0] >= 1 else None
        if op == "BRANCH":
            found = [never_in(alt) for alt in av[1]]
            return found[0] if found and all(f is not None for f in found) else None
        if op == "ASSERT":
            return never_in(av[1])
        if op == "ATOMIC_GROUP":
            return never_in(av)
        return None

    char = never_in(parsed)
    if char is not None:
        shown = char if char == "\\s" or char.strip() else f"U+{ord(char):04X}"
        return "cl.regex_never_char", {"char": shown}
    items = list(parsed)
    for k, (op, av) in enumerate(items):
        if str(op) != "AT":
            continue
        at = str(av)
        if at in ("AT_BEGINNING", "AT_BEGINNING_STRING") and any(
                _sre_parser.SubPattern(parsed.state, [item]).getwidth()[0] > 0 for item in items[:k]):
            return "cl.regex_never_anchor", {"anchor": "^" if at == "AT_BEGINNING" else "\\A"}
        if at in ("AT_END", "AT_END_STRING") and any(
                _sre_parser.SubPattern(parsed.state, [item]).getwidth()[0] > 0 for item in items[k + 1:]):
            return "cl.regex_never_anchor", {"anchor": "$" if at == "AT_END" else "\\Z"}
    return None
