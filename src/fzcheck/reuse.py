"""沿用上年表述: this year's paragraphs taken over (near-)verbatim from last year's report of the same
unit. A paragraph is taken over when most of it (by characters) is in sentences that stand in
last year's report too, figures aside (a copied paragraph with this year's numbers is still a copy).
The sentences come from ``Sentences.kept``: only the characters that carry words, each number one
「0」.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Kept = tuple[list[str], Any, Any]  # sentences, the paragraph of each, the length of each (Sentences.kept)


@dataclass(slots=True)
class Reuse:
    line: int  # this year's paragraph
    previous_line: int
    similarity: float
    text: str
    paragraph: int = -1  # this year's paragraph, as numbered in its report's payload


def reused(now: Kept, before: Kept, lines: list[int], texts: list[str], before_lines: list[int], *,
           similarity: float = 0.8, min_chars: int = 30) -> list[Reuse]:
    """This year's paragraphs (*lines*, *texts*: numbered as in *now*) taken over from last year's:
    at least *similarity* of the paragraph (by characters kept) in sentences that stand in last
    year's report too (*before*), and at least *min_chars* of them. Each is given with the
    paragraph of last year's that holds most of them (the first of equals), a sentence counting
    for the first paragraph of last year's that has it."""
    import numpy as np

    sentences, paragraph, length = now
    # each of last year's sentences → the first paragraph that has it: built from the last
    # sentence back, so that the first one's paragraph is the one left (in C, not a loop of setdefault)
    origin = dict(zip(reversed(before[0]), reversed(before[1].tolist()), strict=True))
    if not origin or not sentences:
        return []
    held = np.array(list(map(origin.__contains__, sentences)), dtype=bool)
    total = np.bincount(paragraph, weights=length, minlength=len(lines))
    got = np.bincount(paragraph, weights=length * held, minlength=len(lines))
    share = got / np.maximum(total, 1)
    found = (total >= min_chars) & (share >= similarity)
    if not found.any():
        return []
    weights: dict[int, dict[int, int]] = {}  # this year's paragraph → last year's → characters held
    mine = (held & found[paragraph]).nonzero()[0]  # the held sentences of the paragraphs taken over
    ks = map(origin.__getitem__, map(sentences.__getitem__, mine.tolist()))
    for k, p, n in zip(ks, paragraph[mine].tolist(), length[mine].tolist(), strict=True):
        weight = weights.get(p)
        if weight is None:
            weight = weights[p] = {}
        weight[k] = weight.get(k, 0) + n
    shares = share.tolist()  # Python floats, as float(share[p]) gives them, without a numpy scalar each
    return [Reuse(lines[p], before_lines[max(weight, key=weight.__getitem__)], round(shares[p], 2), texts[p], p)
            for p, weight in weights.items()]
