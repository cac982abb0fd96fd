"""承诺兑现 across reports: which report of a unit is last year's (unit names: fzcheck.unitnames), and
the trace of each pair in a batch (see fzcheck.commitments for extraction and comparison)."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fzcheck.commitments import DONE, OPEN, PARTIAL, trace
from fzcheck.payload import place
from fzcheck.unitnames import canonical_units

# ---------------------------------------------------------------- batch

def pair_rows(rows: Iterable[tuple[int, str | None, int | None]]) -> dict[int, int]:
    """Each report (n, unit, year) → the report of the same unit for the year before, where there is one.

    Which names are one unit is decided among all the names of the batch (``canonical_units``,
    as copy detection does): 「荔枝街道」 and 「重庆市涪陵区荔枝街道办事处」 are one, an ambiguous short
    name pairs nothing. Of two reports of one unit and year, the first counts."""
    rows = list(rows)
    unit_of = canonical_units(unit for _, unit, _ in rows)
    first: dict[tuple[str, int], int] = {}
    keyed: list[tuple[int, str, int]] = []
    for n, unit, year in rows:
        key = unit_of.get(unit) if unit else None
        if key and year:
            first.setdefault((key, year), n)
            keyed.append((n, key, year))
    return {n: first[key, year - 1] for n, key, year in keyed if (key, year - 1) in first}


def batch_summary(previous: dict[str, Any], current: dict[str, Any], checklist: Any,
                  params: dict[str, Any], lang: str = "zh") -> dict[str, Any]:
    """What a batch row says about its unit's previous report: the rate (None: nothing to check),
    counts, share taken over and the commitments not (fully) carried out; and doc.commitments'
    verdict and findings, as ``validate --previous`` reads the same trace (``rows.with_trace``)."""
    from fzcheck.rows import trace_findings
    from fzcheck.rules.commitments import judge

    found = trace(previous, current, checklist, done=params["done"], partial=params["partial"],
                  reuse_similarity=params["reuse_similarity"])
    unit = previous.get("location_unit", "line")
    verdict: dict[str, Any] = {}
    element = next((e for e in checklist.elements if e.rule == "commitments"), None)
    if element is not None:
        result = judge(element, found, previous, params, current.get("year"))
        verdict = {"element": element.id, "status": result.status, "severity": result.severity,
                   "findings": trace_findings(result, found, current, checklist, lang)}
    return {
        **verdict,
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
                run: Callable[[list[Any]], Iterable[dict[str, Any] | None]] | None = None,
                lang: str = "zh") -> Iterator[tuple[int, dict[str, Any]]]:
    """(n, summary) for the reports of a batch that have a previous one: *rows* gives (n, unit,
    year), *load* a report's pickled payload by n; *run* (e.g. on a process pool) maps
    ``summary_of_pickled`` over the jobs. Payloads are loaded WINDOW pairs at a time, summaries
    given as they come: memory stays bounded on a batch of thousands."""
    pairs = sorted(pair_rows(rows).items())
    for start in range(0, len(pairs), WINDOW):
        some = pairs[start:start + WINDOW]
        jobs = [(load(m), load(n), checklist, params, lang) for n, m in some]
        found = run(jobs) if run is not None else map(summary_of_pickled, jobs)
        yield from ((n, summary) for (n, _), summary in zip(some, found, strict=True) if summary is not None)


WINDOW = 512


Job = tuple[bytes | None, bytes | None, Any, dict[str, Any], str]  # two pickled payloads, checklist, params, lang


def summary_of_pickled(job: Job) -> dict[str, Any] | None:
    """``batch_summary`` of two pickled payloads (what a batch worker is sent)."""

    previous, current, checklist, params, lang = job
    if not previous or not current:
        return None
    return batch_summary(pickle.loads(previous), pickle.loads(current), checklist, params, lang)
