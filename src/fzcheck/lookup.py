"""Finding elements by what people type: an id with a typo, a Chinese title or a word of it."""

from __future__ import annotations

import difflib

from fzcheck.checklist import Checklist, Element


def all_elements(checklist: Checklist) -> list[Element]:
    return [x for el in checklist.elements for x in (el, *el.children)]


def known_ids(checklist: Checklist) -> set[str]:
    """Every id a suppression may name: the elements, their children, and their dotted prefixes
    (「topic」 stands for every topic)."""
    out: set[str] = set()
    for el in all_elements(checklist):
        parts = el.id.split(".")
        out.update(".".join(parts[:n]) for n in range(1, len(parts) + 1))
    return out


def nearest_id(checklist: Checklist, word: str) -> str | None:
    near = difflib.get_close_matches(word, [el.id for el in all_elements(checklist)], n=1, cutoff=0.5)
    return near[0] if near else None


def find_elements(checklist: Checklist, query: str) -> list[Element]:
    """The elements a query names: its id; else those whose title is the query, or holds it
    (「第一责任人」, 「学法」), in Chinese or English; children only when no element matches."""
    q = query.strip()
    el = checklist.get(q)
    if el is not None:
        return [el]
    folded = q.casefold()
    for pool in (checklist.elements, all_elements(checklist)):
        exact = [e for e in pool if folded in (e.title.casefold(), e.title_for("en").casefold())]
        if exact:
            return exact
        holding = [e for e in pool
                   if folded and (folded in e.title.casefold() or folded in e.title_for("en").casefold())]
        if holding:
            return holding
    return []
