"""Whether a checklist's regular expression is safe for Python's backtracking engine.

A checklist comes from anyone; its patterns run on every paragraph of every report. Python's
``re`` takes exponential time on a pattern that can match the same text in many ways under an
unbounded repetition: ``(a+)+$``, ``(a|aa)+$`` (hangs on a 39-character paragraph), ``(a?a)+$``.
:func:`unsafe_reason` refuses those shapes by a static look at the parsed pattern, in time
linear in its size; it never runs the pattern.

Refused, inside the body of an unbounded repetition (``*``, ``+``, ``{n,}``, or ``{n,m}`` with a
large m):

- ``nested``: another repetition of variable length, itself unbounded (``(a+)+``, ``(\\w*)*``);
- ``overlap``: two alternatives that can start with the same character (``(a|ab)+``, ``(\\w|\\d)+``);
- ``ambiguous``: an optional or variable-length part followed by something that can start with
  the same character, the next iteration included (``(a?a)+``, ``(ab?)+`` is fine, ``(aa?)+`` is not).

Refused anywhere: ``chain``, three or more unbounded repetitions in a row whose characters
overlap (``.*a.*b.*c``): polynomial, but of a degree that stalls on a long paragraph once
``search`` tries every start; ``long``, a pattern of more than MAX_PATTERN characters.

google-re2 (linear-time, installs from PyPI) was measured as an alternative engine: it runs all
of these in microseconds, but it refuses lookaround and backreferences, and the checklist loader
and matcher are written against ``re``; a static check keeps one engine.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import Any

# Python's private parser, imported (and guarded) in one place: None where it moved, and every
# pattern is then accepted as it compiles
from fzcheck.checklist.regex_inspect import _sre_constants as c
from fzcheck.checklist.regex_inspect import _sre_parser as _parser

# A bounded repetition with more iterations than this is treated as unbounded: (a+){1,1000}
# backtracks like (a+)+ for any practical text.
LARGE_REPEAT = 16
CHAIN_LIMIT = 3
MAX_PATTERN = 2000  # characters; the longest built-in pattern has about 100

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) if c else ()
_DIGIT, _WORD, _SPACE = re.compile(r"\d"), re.compile(r"\w"), re.compile(r"\s")
_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    c.CATEGORY_DIGIT: lambda ch: bool(_DIGIT.match(ch)),
    c.CATEGORY_NOT_DIGIT: lambda ch: not _DIGIT.match(ch),
    c.CATEGORY_WORD: lambda ch: bool(_WORD.match(ch)),
    c.CATEGORY_NOT_WORD: lambda ch: not _WORD.match(ch),
    c.CATEGORY_SPACE: lambda ch: bool(_SPACE.match(ch)),
    c.CATEGORY_NOT_SPACE: lambda ch: not _SPACE.match(ch),
} if c else {}
# Characters tried against two character sets to decide whether they overlap, besides those the
# pattern names (its literals and range ends): one of each class a category or a negation covers.
_PROBES = "aZ_0 \t\n\r\x0b\x0c.-,;:!?()[]{}<>/\\\"'é٠０９Ａａ\u3000一中年的，。、（）《》"

def is_safe_pattern(pattern: str) -> bool:
    """True unless :func:`unsafe_reason` finds a shape that can take exponential time (or a
    polynomial of high degree). A pattern that does not compile is "safe" here: compiling it
    reports the syntax error."""
    return unsafe_reason(pattern) is None


def refusal_key(pattern: str) -> str | None:
    """The message key for refusing *pattern* ("cl.regex_nested" or "cl.regex_unsafe"), or None if
    it is safe: what the checklist loader reports, with the pattern, at the pattern's line."""
    reason = unsafe_reason(pattern)
    if reason is None:
        return None
    return "cl.regex_nested" if reason == "nested" else "cl.regex_unsafe"


def unsafe_reason(pattern: str) -> str | None:
    """"nested", "overlap", "ambiguous", "chain" or "long" (see the module docstring), or None."""
    if len(pattern) > MAX_PATTERN:
        return "long"
    if _parser is None:
        return None
    try:
        with warnings.catch_warnings():  # "possible set union" and the like: compiling warns, not us
            warnings.simplefilter("ignore")
            parsed = _parser.parse(pattern)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    probes = _probes(pattern, parsed)
    try:
        return _Checker(probes, bool(parsed.state.flags & re.IGNORECASE)).sequence(list(parsed), False)
    except RecursionError:  # thousands of nested groups: no sensible checklist has them
        return "nested"
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):  # a parse tree of another shape
        return None


def _probes(pattern: str, parsed: Any) -> str:
    extra: set[str] = set(_PROBES)
    for ch in pattern:
        extra.add(ch)
    for cp in _range_ends(parsed):
        for near in (cp - 1, cp, cp + 1):
            if 0 <= near <= 0x10FFFF:
                extra.add(chr(near))
    return "".join(sorted(extra))


def _range_ends(items: Any) -> list[int]:
    """Code points of every literal and range end in the parsed pattern (iteratively)."""
    out: list[int] = []
    stack = [items]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple) and len(node) == 2 and node[0] in (c.LITERAL, c.NOT_LITERAL):
            out.append(node[1])
        elif isinstance(node, tuple) and len(node) == 2 and node[0] is c.RANGE:
            out.extend(node[1])
        elif isinstance(node, (list, tuple)) or hasattr(node, "data"):
            stack.extend(getattr(node, "data", node))
    return [cp for cp in out if isinstance(cp, int)]


class _First:
    """What a sub-pattern can start with (a bit per probe character) and whether it can match empty."""

    __slots__ = ("mask", "nullable")

    def __init__(self, mask: int = 0, nullable: bool = False) -> None:
        self.mask = mask
        self.nullable = nullable


class _Checker:
    """Character sets are bit masks over the probe characters: a union is an OR, an overlap an AND,
    so the walk stays linear in the size of the pattern."""

    def __init__(self, probes: str, ignorecase: bool) -> None:
        if ignorecase:
            probes += "".join({p.swapcase() for p in probes})
        self.probes = probes
        self.cache: dict[int, _First] = {}

    # -------------------------------------------------------- character sets

    def atom(self, op: Any, av: Any) -> int:
        test = _membership(op, av)
        mask = 0
        for bit, ch in enumerate(self.probes):
            if test(ch):
                mask |= 1 << bit
        return mask

    # -------------------------------------------------------- first sets

    def first(self, items: list[Any]) -> _First:
        """First set of a sequence: the union of its items' up to the first that cannot be empty."""
        mask = 0
        for op, av in items:
            f = self.first_item(op, av)
            mask |= f.mask
            if not f.nullable:
                return _First(mask, False)
        return _First(mask, True)

    def first_item(self, op: Any, av: Any) -> _First:
        key = id(av)
        cached = self.cache.get(key)
        if cached is None:
            cached = self.cache[key] = self._first_item(op, av)
        return cached

    def _first_item(self, op: Any, av: Any) -> _First:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            return _First(self.atom(op, av), False)
        if op in _REPEATS:
            inner = self.first(list(av[2]))
            return _First(inner.mask, av[0] == 0 or inner.nullable)
        if op is c.SUBPATTERN:
            return self.first(list(av[-1]))
        if op is getattr(c, "ATOMIC_GROUP", None):
            return self.first(list(av))
        if op is c.BRANCH:
            alts = [self.first(list(b)) for b in av[1]]
            return _First(_union(f.mask for f in alts), any(f.nullable for f in alts))
        if op is c.GROUPREF_EXISTS:
            alts = [self.first(list(b)) for b in av[1:] if b is not None]
            return _First(_union(f.mask for f in alts), True)
        if op is c.GROUPREF:  # a backreference can hold anything
            return _First((1 << len(self.probes)) - 1, True)
        return _First(0, True)  # anchors, lookaround: match no character

    # -------------------------------------------------------- the walk

    def sequence(self, items: list[Any], repeated: bool, wrap: int = 0) -> str | None:
        """Check a sequence; *repeated*: it lies inside an unbounded repetition; *wrap*: what can
        follow the sequence's end (the next iteration, or what follows the repetition)."""
        # after[i]: what can follow item i, computed from the end (linear, not quadratic)
        after = [0] * len(items)
        follow = wrap
        for i in range(len(items) - 1, -1, -1):
            after[i] = follow
            f = self.first_item(*items[i])
            follow = f.mask | follow if f.nullable else f.mask
        chain = 0
        chain_len = 0
        for i, (op, av) in enumerate(items):
            reason = self.item(op, av, repeated, after[i])
            if reason:
                return reason
            if op in _REPEATS and av[1] == c.MAXREPEAT:
                mask = self.first_item(op, av).mask
                chain_len = chain_len + 1 if chain & mask else 1
                chain = mask
                if chain_len >= CHAIN_LIMIT:
                    return "chain"
        return None

    def item(self, op: Any, av: Any, repeated: bool, after: int) -> str | None:
        if op in _REPEATS:
            if op is getattr(c, "POSSESSIVE_REPEAT", None):
                return None  # never gives back what it matched
            lo, hi, body = av[0], av[1], list(av[2])
            unbounded = hi == c.MAXREPEAT or hi > LARGE_REPEAT
            variable = hi != lo
            body_first = self.first(body).mask
            if repeated and variable and unbounded:
                return "nested"
            if repeated and variable and body_first & after:
                return "ambiguous"
            # the body's end is followed by its own next iteration, or by what follows the repetition
            return self.sequence(body, repeated or unbounded, body_first | after if hi > 1 else after)
        if op is c.SUBPATTERN:
            return self.sequence(list(av[-1]), repeated, after)
        if op is getattr(c, "ATOMIC_GROUP", None):
            return None  # an atomic group never backtracks into itself
        if op is c.BRANCH:
            alts = [list(b) for b in av[1]]
            if repeated:
                seen = 0
                for alt in alts:
                    f = self.first(alt)
                    mask = f.mask | after if f.nullable else f.mask
                    if seen & mask:
                        return "overlap"
                    seen |= mask
            for alt in alts:
                reason = self.sequence(alt, repeated, after)
                if reason:
                    return reason
            return None
        if op is c.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    reason = self.sequence(list(branch), repeated, after)
                    if reason:
                        return reason
            return None
        if op in (c.ASSERT, c.ASSERT_NOT):
            return self.sequence(list(av[1]), repeated, 0)
        return None


def _union(masks: Any) -> int:
    out = 0
    for m in masks:
        out |= m
    return out


def _in_range(lo: int, hi: int) -> Callable[[str], bool]:
    return lambda ch: lo <= ord(ch) <= hi


def _membership(op: Any, av: Any) -> Callable[[str], bool]:
    """A membership test for one character-set node of the parsed pattern."""
    if op is c.LITERAL:
        return chr(av).__eq__
    if op is c.NOT_LITERAL:
        return chr(av).__ne__
    if op is c.ANY:
        return lambda ch: True
    tests: list[Callable[[str], bool]] = []  # IN: literals, ranges, categories, maybe negated
    negate = False
    for sop, sav in av:
        if sop is c.NEGATE:
            negate = True
        elif sop is c.LITERAL:
            tests.append(chr(sav).__eq__)
        elif sop is c.RANGE:
            tests.append(_in_range(sav[0], sav[1]))
        elif sop is c.CATEGORY:
            tests.append(_CATEGORIES.get(sav, lambda ch: True))
        else:  # anything we do not model can match anything
            tests.append(lambda ch: True)
    if negate:
        return lambda ch: not any(t(ch) for t in tests)
    return lambda ch: any(t(ch) for t in tests)
