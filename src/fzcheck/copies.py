"""Paragraphs copied between reports of different units: MinHash over character shingles with
locality-sensitive hashing (LSH), indexed in a temporary SQLite file so that memory stays flat
however many reports a province sends.

A paragraph's signature is 64 MinHash values of its 4-character shingles (digits folded, so a
copied paragraph with this year's figures still matches). Paragraphs sharing a band (16 bands of
4) are candidates; a candidate pair is a copy when its estimated Jaccard similarity reaches
``threshold``. Text that many reports share — the stock political phrases every report has — is
not copying: a band shared by more than ``stock_reports`` reports is ignored.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from fzcheck.document import Document
from fzcheck.textnorm import fold

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 4
MIN_CHARS = 60  # shorter paragraphs are headings, slogans or lists: too little to call copying
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _permutations() -> tuple[Any, Any]:
    import numpy as np

    # fixed odd multipliers and offsets: the same signature in every process and every run
    rng = np.random.Generator(np.random.PCG64(20240331))
    a = rng.integers(1, 2**63 - 1, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63 - 1, size=NUM_PERM, dtype=np.uint64)
    return a, b


_PERM: tuple[Any, Any] | None = None


def signatures(texts: list[str]) -> list[bytes | None]:
    """MinHash signatures (64 × uint32) of folded paragraphs, None for those too short.

    All paragraphs of a report are hashed by numpy at once (shingles of the concatenated text),
    then each signature is the minimum over the paragraph's own shingles."""
    import numpy as np

    global _PERM
    if _PERM is None:
        _PERM = _permutations()
    a, b = _PERM
    folded = [_DIGITS.sub("0", t) for t in texts]
    keep = [i for i, t in enumerate(folded) if len(t) >= MIN_CHARS]
    out: list[bytes | None] = [None] * len(texts)
    if not keep:
        return out
    joined = "".join(folded[i] for i in keep)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    p = np.uint64(1_000_003)
    with np.errstate(over="ignore"):
        shingles = codes[:-3] * (p * p * p) + codes[1:-2] * (p * p) + codes[2:-1] * p + codes[3:]
        hashed = shingles[:, None] * a[None, :] + b[None, :]
    start = 0
    for i in keep:
        # a paragraph's shingles: from its offset up to SHINGLE-1 before the next paragraph
        end = start + len(folded[i]) - SHINGLE + 1
        out[i] = (hashed[start:end].min(axis=0) >> np.uint64(32)).astype(np.uint32).tobytes()
        start += len(folded[i])
    return out


def signature(text: str) -> bytes | None:
    return signatures([text])[0]


def band_keys(sig: bytes) -> list[bytes]:
    """The LSH bands of a signature, each prefixed with its number so equal values in different
    bands do not collide."""
    width = ROWS * 4
    return [bytes((i,)) + sig[i * width:(i + 1) * width] for i in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    import numpy as np

    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32)))


@dataclass(frozen=True, slots=True)
class Fingerprint:
    line: int
    location: int  # line, Word paragraph or PDF page
    snippet: str
    signature: bytes


def fingerprints(doc: Document, masks: list[re.Pattern[str]] | None = None) -> list[Fingerprint]:
    """Signatures of the report's body paragraphs. The checklist's masks (slogans, titles of
    documents) are cut out first: what every report says is not copied from anyone."""
    body = [p for p in doc.paragraphs if p.kind == "body"]
    texts = [fold(p.text) for p in body]
    for rx in masks or []:
        texts = [rx.sub("", t) for t in texts]
    out = []
    for p, sig in zip(body, signatures(texts), strict=True):
        if sig is not None:
            snippet = p.text[:40] + ("…" if len(p.text) > 40 else "")
            out.append(Fingerprint(p.line, doc.location(p.line), snippet, sig))
    return out


@dataclass(slots=True)
class CopyPair:
    a: int  # report numbers (order of the batch)
    b: int
    a_line: int
    b_line: int
    a_snippet: str
    b_snippet: str
    similarity: float
    paragraphs: int  # how many paragraphs of a were found copied in b


class CopyIndex:
    """Paragraph signatures of a batch, on disk."""

    def __init__(self, path: str = "") -> None:
        # "" is SQLite's private temporary on-disk database: pages spill to disk, memory stays flat
        self.db = sqlite3.connect(path)
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE paras(id INTEGER PRIMARY KEY, report INTEGER, line INTEGER, location INTEGER,"
            " snippet TEXT, sig BLOB);"
            "CREATE TABLE bands(key BLOB, report INTEGER, para INTEGER);"
        )
        self._next = 0

    def add(self, report: int, prints: list[Fingerprint]) -> None:
        ids = range(self._next, self._next + len(prints))
        self._next += len(prints)
        self.db.executemany("INSERT INTO paras VALUES (?,?,?,?,?,?)",
                            [(i, report, fp.line, fp.location, fp.snippet, fp.signature)
                             for i, fp in zip(ids, prints, strict=True)])
        self.db.executemany("INSERT INTO bands VALUES (?,?,?)",
                            [(k, report, i) for i, fp in zip(ids, prints, strict=True)
                             for k in band_keys(fp.signature)])

    def pairs(self, units: dict[int, str | None], threshold: float = 0.6,
              stock_reports: int = 5) -> list[CopyPair]:
        """Copied paragraphs between reports of different units, one pair per two reports."""
        self.db.execute("CREATE INDEX bands_key ON bands(key)")
        # candidates share at least two bands (one shared band is too often chance); the rows
        # stream from SQLite, so a large batch never holds its candidates in memory
        rows = self.db.execute(
            "WITH shared AS (SELECT key FROM bands GROUP BY key"
            "  HAVING COUNT(DISTINCT report) BETWEEN 2 AND ?),"
            " cand AS (SELECT x.para AS pa, y.para AS pb FROM bands x JOIN shared USING(key)"
            "  JOIN bands y ON y.key = x.key AND y.report > x.report"
            "  GROUP BY x.para, y.para HAVING COUNT(*) >= 2)"
            " SELECT a.report, a.location, a.snippet, a.sig, b.report, b.location, b.snippet, b.sig"
            " FROM cand JOIN paras a ON a.id = cand.pa JOIN paras b ON b.id = cand.pb"
            " ORDER BY cand.pa, cand.pb",
            (stock_reports,),
        )
        best: dict[tuple[int, int], CopyPair] = {}
        for ra, loca, sa, siga, rb, locb, sb, sigb in rows:
            ua, ub = units.get(ra), units.get(rb)
            if ua and ub and ua == ub:
                continue  # a unit reusing its own text is not copying from another
            sim = similarity(siga, sigb)
            if sim < threshold:
                continue
            key = (ra, rb)
            pair = best.get(key)
            if pair is None:
                best[key] = CopyPair(ra, rb, loca, locb, sa, sb, sim, 1)
            else:
                pair.paragraphs += 1
                if sim > pair.similarity:
                    pair.a_line, pair.b_line, pair.a_snippet, pair.b_snippet = loca, locb, sa, sb
                    pair.similarity = sim
        return [best[k] for k in sorted(best)]

    def close(self) -> None:
        self.db.close()
