"""承诺兑现 across reports: which report of a unit is last year's (unit names normalised), and the
trace of each pair in a batch (see fzcheck.commitments for extraction and comparison)."""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable, Iterable
from typing import Any

from fzcheck.commitments import DONE, OPEN, PARTIAL, place, trace
from fzcheck.textnorm import fold

_UNIT_SUFFIX = re.compile(r"(?:人民政府|办事处|政府|委员会)$")


def unit_key(unit: str | None) -> str | None:
    """A unit name for pairing: 「重庆市涪陵区荔枝街道办事处」 and 「荔枝街道」 compare equal by suffix."""
    if not unit:
        return None
    key = _UNIT_SUFFIX.sub("", fold(unit).strip())
    return key or None


def same_unit(a: str | None, b: str | None) -> bool:
    ka, kb = unit_key(a), unit_key(b)
    if not ka or not kb:
        return False
    return ka == kb or (min(len(ka), len(kb)) >= 3 and (ka.endswith(kb) or kb.endswith(ka)))


# ---------------------------------------------------------------- batch

def pair_rows(rows: Iterable[tuple[int, str | None, int | None]]) -> dict[int, int]:
    """Each report (n, unit, year) → the report of the same unit for the year before, where there is one.

    Units pair by ``unit_key``, equal or one a suffix of the other (「荔枝街道」 and 「涪陵区荔枝街道」);
    an ambiguous suffix pairs nothing. Of two reports of one unit and year, the first counts."""
    by_year: dict[int, dict[str, int]] = {}
    listed: list[tuple[int, str, int]] = []
    for n, unit, year in rows:
        key = unit_key(unit)
        if key and year:
            by_year.setdefault(year, {}).setdefault(key, n)
            listed.append((n, key, year))
    suffixes: dict[int, dict[str, set[str]]] = {}  # year → suffix → keys ending with it
    for year, named in by_year.items():
        table = suffixes[year] = {}
        for key in named:
            for i in range(1, len(key) - 2):
                table.setdefault(key[i:], set()).add(key)
    out: dict[int, int] = {}
    for n, key, year in listed:
        keys = by_year.get(year - 1, {})
        if not keys:
            continue
        if key in keys:
            out[n] = keys[key]
            continue
        candidates = set(suffixes[year - 1].get(key, ()))  # last year's name is longer
        candidates |= {key[i:] for i in range(1, len(key) - 2) if key[i:] in keys}  # or shorter
        if len(candidates) == 1:
            out[n] = keys[candidates.pop()]
    return out


def batch_summary(previous: dict[str, Any], current: dict[str, Any], checklist: Any,
                  params: dict[str, Any]) -> dict[str, Any]:
    """What a batch row says about its unit's previous report: the rate (None: nothing to check),
    counts, share taken over and the commitments not (fully) carried out."""
    found = trace(previous, current, checklist, done=params["done"], partial=params["partial"],
                  reuse_similarity=params["reuse_similarity"])
    unit = previous.get("location_unit", "line")
    return {
        "previous": previous["source"], "previous_year": previous.get("year"), "plan": previous.get("plan"),
        "rate": found.fulfilled, "total": len(found.outcomes),
        "done": sum(o.status == DONE for o in found.outcomes),
        "partial": sum(o.status == PARTIAL for o in found.outcomes),
        "open": sum(o.status == OPEN for o in found.outcomes),
        "reused_share": found.reused_share, "reused": len(found.reused),
        "unfulfilled": [{"line": place(o.commitment.line, unit), "title": o.commitment.title, "status": o.status}
                        for o in found.unfulfilled()],
    }


def trace_batch(rows: Iterable[tuple[int, str | None, int | None]], load: Callable[[int], bytes | None],
                checklist: Any, params: dict[str, Any],
                run: Callable[[list[Any]], Iterable[dict[str, Any] | None]] | None = None) -> dict[int, dict[str, Any]]:
    """Summaries for the reports of a batch that have a previous one: *rows* gives (n, unit, year),
    *load* a report's pickled payload by n; *run* (e.g. on a process pool) maps ``summary_of_pickled``
    over the jobs."""
    pairs = sorted(pair_rows(rows).items())
    jobs = [(load(m), load(n), checklist, params) for n, m in pairs]
    found = run(jobs) if run is not None else map(summary_of_pickled, jobs)
    return {n: summary for (n, _), summary in zip(pairs, found, strict=True) if summary is not None}


def summary_of_pickled(job: tuple[bytes | None, bytes | None, Any, dict[str, Any]]) -> dict[str, Any] | None:
    """``batch_summary`` of two pickled payloads (what a batch worker is sent)."""

    previous, current, checklist, params = job
    if not previous or not current:
        return None
    return batch_summary(pickle.loads(previous), pickle.loads(current), checklist, params)
