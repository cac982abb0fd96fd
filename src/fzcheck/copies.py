"""Paragraphs copied between reports of different units: MinHash over character shingles with
locality-sensitive hashing (LSH), kept in temporary files so that memory stays flat however many
reports a province sends.

A paragraph's signature is 64 MinHash values of its 4-character shingles (digits folded, so a
copied paragraph with this year's figures still matches), computed by one-permutation hashing:
each shingle is hashed once, the top 6 bits choose one of 64 bins and each bin keeps its minimum;
empty bins of short paragraphs borrow from a filled bin ("optimal densification", Shrivastava
2017), so two copies of a paragraph fill their bins alike. Paragraphs sharing two of the 16 bands
of 4 values are candidates; a candidate pair is a copy when its estimated Jaccard similarity (the
share of equal values) reaches ``threshold``. Text that many reports share — the stock political
phrases every report has — is not copying: a band shared by more than ``stock_reports`` reports is
ignored, and the checklist's masks (slogans, titles of documents) are cut out before hashing.

Workers hash; the main process makes the band keys (many reports at once) and appends bytes:
band keys go to hash-partitioned files,
signatures and the paragraphs' locations and snippets to flat files of fixed-size records. The
search after the last report reads one partition at a time.
"""

from __future__ import annotations

import itertools
import operator
import os
import sqlite3
import tempfile
from array import array
from collections.abc import Iterator
from typing import Any, BinaryIO, NamedTuple

import numpy as np

from fzcheck.document import Document
from fzcheck.textindex import MASK_CHAR, TextIndex
from fzcheck.unitnames import canonical_units

NUM_PERM = 64
BANDS = 16
SHINGLE = 4
MIN_CHARS = 60  # shorter paragraphs are headings, slogans or lists: too little to call copying
SIG_BYTES = NUM_PERM * 4

_U64 = np.uint64
_MASK32 = _U64(0xFFFF_FFFF)
_BAND_SHIFT = _U64(BANDS.bit_length() - 1)  # BANDS is a power of two
_EMPTY_BIN = _U64(1 << 32)  # above any 32-bit value: marks a bin no shingle fell into


def _splitmix64(seed: int, n: int) -> list[int]:
    """Fixed pseudo-random constants, the same in every process, run and numpy version."""
    out = []
    for _ in range(n):
        seed = (seed + 0x9E3779B97F4A7C15) & 0xFFFF_FFFF_FFFF_FFFF
        z = seed
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFF_FFFF_FFFF_FFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFF_FFFF_FFFF_FFFF
        out.append(z ^ (z >> 31))
    return out


_BAND_SALT = np.array(_splitmix64(20240331, BANDS), dtype=np.uint64)
# for each bin, the order in which an empty bin looks for a filled one to borrow from: a fixed
# random permutation of all bins, so a paragraph with any filled bin always finds one
_BORROW = np.argsort(np.array(_splitmix64(20240401, NUM_PERM * NUM_PERM), dtype=np.uint64)
                     .reshape(NUM_PERM, NUM_PERM), axis=1, kind="stable")


def _mix(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser, in place: a bijection whose output bits each depend on
    every input bit."""
    h ^= h >> _U64(33)
    h *= _U64(0xFF51AFD7ED558CCD)
    h ^= h >> _U64(33)
    h *= _U64(0xC4CEB9FE1A85EC53)
    h ^= h >> _U64(33)
    return h


_P, _P2 = _U64(1_000_003), _U64(1_000_003 ** 2)
_BORROW8 = np.ascontiguousarray(_BORROW[:, :8])  # where an empty bin nearly always finds a donor


def signatures(texts: list[str]) -> tuple[np.ndarray, list[int]]:
    """MinHash signatures (one row of 64 uint32 per paragraph) of the folded paragraphs at least
    MIN_CHARS long once masks are cut out and numbers folded, and the indexes of those paragraphs.

    The whole report is hashed at once, as the concatenated text's code points; paragraph
    boundaries are kept as offsets (no per-character paragraph numbers), and nothing (a number,
    a shingle) runs from one paragraph into the next."""
    masked = [t.replace(MASK_CHAR, "") for t in texts]  # a C loop, not a pass over a code-point array
    n = len(masked)
    sizes = np.fromiter(map(len, masked), dtype=np.int64, count=n)
    # surrogatepass: a lone surrogate (readers replace them, the API may not) must not abort a batch
    # (a bytearray: numbers are folded in place)
    codes = np.frombuffer(bytearray("".join(masked).encode("utf-32-le", "surrogatepass")), dtype=np.uint32)
    ends = np.cumsum(sizes)
    starts = ends - sizes
    inside = starts[(starts > 0) & (starts < len(codes))]  # where a paragraph follows another
    follows = np.zeros(len(codes) + 1, dtype=bool)
    follows[inside] = True
    # a number (digits with at most single inner points; fold has made full-width digits ASCII) → "0"
    num = (codes - np.uint32(48)) < 10
    dot = np.flatnonzero(codes[1:-1] == ord(".")) + 1  # points are few: looked at one by one
    if len(dot):
        num[dot[num[dot - 1] & num[dot + 1] & ~follows[dot] & ~follows[dot + 1]]] = True
    # the second and later characters of a number go
    drop = np.empty(len(codes), dtype=bool)
    if len(codes):
        drop[0] = False
        np.logical_and(num[1:], num[:-1], out=drop[1:])
        drop[inside] = False
    # characters dropped before each paragraph's end: the few ends looked up among the drops
    dropped = np.searchsorted(np.flatnonzero(drop), ends)
    folded = sizes - np.diff(dropped, prepend=0)
    long = folded >= MIN_CHARS
    rows = np.flatnonzero(long)
    if not len(rows):
        return np.empty((0, NUM_PERM), dtype=np.uint32), []
    if len(rows) < n:
        drop |= np.repeat(~long, sizes)
    np.copyto(codes, np.uint32(48), where=num)
    codes = codes[~drop].astype(np.uint64)
    sizes = folded[rows]
    # c0·p³ + c1·p² + c2·p + c3 (mod 2⁶⁴) as (c0·p + c1)·p² + (c2·p + c3): four passes, not six
    # (array arithmetic wraps silently: no errstate needed)
    pairs = codes[:-1] * _P
    pairs += codes[1:]
    h = pairs[:-2] * _P2
    h += pairs[2:]
    _mix(h)
    value = h & _MASK32
    # the last SHINGLE - 1 shingles of each paragraph but the last run into the next: made no-ops
    # for the minimum (the empty-bin mark) rather than cut out of every array
    ends = np.cumsum(sizes[:-1])
    for back in range(1, SHINGLE):
        value[ends - back] = _EMPTY_BIN
    k = len(rows)
    slot = (h >> _U64(58)).view(np.int64)  # < 64: the same bits as int64, no cast
    slot += np.repeat(np.arange(0, k * NUM_PERM, NUM_PERM, dtype=np.int64), sizes)[:len(h)]
    mins = np.full(k * NUM_PERM, _EMPTY_BIN, dtype=np.uint64)
    np.minimum.at(mins, slot, value)
    empty = np.flatnonzero(mins == _EMPTY_BIN)
    if len(empty):
        b = empty & (NUM_PERM - 1)
        base = (empty - b)[:, None]
        # the first filled bin in the borrowing order: nearly always among the first 8
        donors = np.take(_BORROW8, b, axis=0) + base  # take: cheaper than fancy indexing
        look = np.take(mins, donors) != _EMPTY_BIN
        pick = np.argmax(look, axis=1)
        each = np.arange(len(empty))
        source = donors[each, pick]
        rest = ~look[each, pick]
        if rest.any():
            order = _BORROW[b[rest]] + base[rest]
            source[rest] = order[np.arange(len(order)), np.argmax(mins[order] != _EMPTY_BIN, axis=1)]
        mins[empty] = mins[source]  # donors are filled bins: no borrowed value is read
    return mins.astype(np.uint32).reshape(k, NUM_PERM), rows.tolist()


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """The LSH bands of signatures as 64-bit keys (paragraphs × BANDS): each band's 4 values are
    hashed with a salt of its own, so equal values in different bands give different keys."""
    pairs = np.ascontiguousarray(sigs).view(np.uint64)  # two values per word, little-endian
    return _mix(_mix(pairs[:, 0::2] ^ _BAND_SALT) ^ pairs[:, 1::2])


class Prints(NamedTuple):
    """A report's paragraphs as the main process stores them: plain bytes, cheap to pickle."""

    sigs: bytes  # uint32 signatures, NUM_PERM per paragraph
    meta: bytes  # location << 6 | snippet length, int64 per paragraph
    text: bytes  # snippets, SNIPPET + 1 UTF-32 code points per paragraph (padded)


NO_PRINTS = Prints(b"", b"", b"")
SNIPPET = 40  # characters of a paragraph shown with a copy
# A paragraph's first SNIPPET + 1 characters (one more than shown says whether "…" follows),
# padded and encoded as UTF-32 with the report's others at once, and its location and snippet
# length in one int64: fixed-size records, so the main process stores a report's with one write
# and reads one back with one pread.
_HEAD = SNIPPET + 1
_TEXT_BYTES = 4 * _HEAD


def fingerprints(doc: Document, index: TextIndex) -> Prints:
    """Signatures of the report's body paragraphs, from the text the check already folded and
    masked: the checklist's masks (slogans, titles of documents) are cut out, because what
    every report says is not copied from anyone."""
    body = [p for p in doc.paragraphs if p.kind == "body"]
    sigs, rows = signatures([index.paragraph(p).text for p in body])
    if not rows:
        return NO_PRINTS
    heads = [body[i].text[:_HEAD] for i in rows]
    where = [body[i].line for i in rows] if doc.locations is None else [doc.location(body[i].line) for i in rows]
    meta = array("q", [line << 6 | len(head) for line, head in zip(where, heads, strict=True)])
    text = "".join([head.ljust(_HEAD, "\0") for head in heads]).encode("utf-32-le", "surrogatepass")
    return Prints(sigs.tobytes(), meta.tobytes(), text)


# Band records in the partition files are pairs of uint64: the key, and report << 32 | paragraph
# (paragraph ids count up through the batch).
# Candidate occurrences in the pair files are uint64 too: paragraph a << 32 | paragraph b, a of
# the lower report.
# Partitions are sized so that one (sorted, with its temporaries) stays within a few MiB:
# ~2**18 band records (~256 reports) per band file, ~2**20 candidate occurrences per pair file.
_BAND_RECORDS = 1 << 18
_PAIR_RECORDS = 1 << 20


def _partition_bits(records: int, per_file: int, low: int, high: int) -> int:
    """Bits of a power-of-two number of files for *records*, ≥ 2**low and ≤ 2**high files."""
    return min(high, max(low, (max(1, records // per_file) - 1).bit_length()))


_FLUSH = 1 << 16  # band records buffered in memory before they go to their files (1 MiB)
_CHUNK = 1 << 12  # candidate pairs scored at a time (2 MiB of signatures)


def _shared(bands: np.ndarray, stock_reports: int) -> tuple[np.ndarray, np.ndarray]:
    """Occurrences of two paragraphs of different reports sharing a band that 2 to
    *stock_reports* reports have, from one partition of band records: pair codes, and the lower
    report of each."""
    # most keys occur once: only the repeated ones go on, grouped by key (groups numbered 0, 1, …)
    # and within a group by paragraph, which is also by report (ids count up through the batch)
    order = np.argsort(bands[:, 0])
    key = bands[order, 0]
    equal = key[1:] == key[:-1]
    repeated = np.zeros(len(key), dtype=bool)
    repeated[1:] |= equal
    repeated[:-1] |= equal
    key, ref = key[repeated], bands[order[repeated], 1]
    new_key = np.ones(len(key), dtype=bool)
    new_key[1:] = key[1:] != key[:-1]
    group = np.cumsum(new_key) - 1
    ref = ref[np.argsort((group.astype(np.uint64) << _U64(32)) | (ref & _MASK32))]  # values are unique
    report, para = (ref >> _U64(32)).astype(np.uint32), (ref & _MASK32).astype(np.uint32)
    new_report = new_key.copy()
    new_report[1:] |= report[1:] != report[:-1]
    reports = np.bincount(group, weights=new_report)  # distinct reports per group
    sel = ((reports >= 2) & (reports <= stock_reports))[group]
    group, report, para = group[sel], report[sel], para[sel]
    codes, lower = [np.empty(0, dtype=np.uint64)], [np.empty(0, dtype=np.uint32)]
    para = para.astype(np.uint64)
    gap = 1
    while gap < len(group):  # every two records of a group, by their distance in it
        same = group[gap:] == group[:-gap]
        if not same.any():
            break  # no group is longer than gap
        # reports ascend within a group: the first of two different ones is the lower
        i = np.flatnonzero(same & (report[gap:] != report[:-gap]))
        codes.append((para[i] << _U64(32)) | para[i + gap])
        lower.append(report[i])
        gap += 1
    return np.concatenate(codes), np.concatenate(lower)


def _paragraph(meta: int, text: int, para: int) -> tuple[int, str]:
    """Location and snippet of a paragraph, from the meta and text files."""
    (code,) = array("q", os.pread(meta, 8, para * 8))
    head = os.pread(text, _TEXT_BYTES, para * _TEXT_BYTES)[:4 * (code & 63)].decode("utf-32-le", "surrogatepass")
    return code >> 6, head[:SNIPPET] + "…" if len(head) > SNIPPET else head


def _score(codes: np.ndarray, firsts: np.ndarray, sigs: int,
           threshold: float) -> list[tuple[int, int, int, int, float, int]]:
    """From the band-sharing occurrences of some pairs of reports (all occurrences of each): per
    pair of reports, the most similar pair of paragraphs (ties: the earliest) and how many
    pairs of paragraphs are copies. *firsts* is each report's first paragraph id; *sigs* the
    signature file."""
    codes.sort()
    head = np.ones(len(codes), dtype=bool)
    head[1:] = codes[1:] != codes[:-1]
    starts = np.flatnonzero(head)
    cand = codes[starts[np.diff(np.append(starts, len(codes))) >= 2]]  # one shared band is too often chance
    kept, equal = [], []
    for lo in range(0, len(cand), _CHUNK):
        chunk = cand[lo:lo + _CHUNK]
        pa, pb = chunk >> _U64(32), chunk & _MASK32
        ids = np.concatenate((pa, pb))
        ids.sort()  # np.unique would import numpy.ma (~10 ms of every batch) for this
        ids = ids[np.concatenate(([True], ids[1:] != ids[:-1]))]
        rows = np.frombuffer(b"".join(os.pread(sigs, SIG_BYTES, i * SIG_BYTES) for i in ids.tolist()),
                             dtype=np.uint32).reshape(len(ids), NUM_PERM)
        same = (rows[np.searchsorted(ids, pa)] == rows[np.searchsorted(ids, pb)]).sum(axis=1)
        hit = same / NUM_PERM >= threshold
        kept.append(chunk[hit])
        equal.append(same[hit])
    if not kept:
        return []
    chunk, same = np.concatenate(kept), np.concatenate(equal)
    pa, pb = (chunk >> _U64(32)).astype(np.int64), (chunk & _MASK32).astype(np.int64)
    # the report of a paragraph: the last with its first paragraph at or before it
    ra, rb = np.searchsorted(firsts, pa, side="right") - 1, np.searchsorted(firsts, pb, side="right") - 1
    order = np.lexsort((pb, pa, -same, rb, ra))
    ra, rb, pa, pb, same = ra[order], rb[order], pa[order], pb[order], same[order]
    head = np.ones(len(ra), dtype=bool)
    head[1:] = (ra[1:] != ra[:-1]) | (rb[1:] != rb[:-1])
    starts = np.flatnonzero(head)
    counts = np.diff(np.append(starts, len(ra)))
    return list(zip(ra[starts].tolist(), rb[starts].tolist(), pa[starts].tolist(), pb[starts].tolist(),
                    (same[starts] / NUM_PERM).tolist(), counts.tolist(), strict=True))


class CopyIndex:
    """Paragraph signatures of a batch and the copies found among them. Band keys, signatures,
    locations and snippets go to files in a private temporary directory, units and copies to the
    batch's SQLite file, so memory does not grow with the batch. ``close()`` removes the files."""

    def __init__(self, db: sqlite3.Connection, reports: int = 0) -> None:
        """*reports*: how many reports the batch has (or 0 if unknown), to size the partitions."""
        self.db = db
        db.executescript(
            "CREATE TABLE units(report INTEGER PRIMARY KEY, unit TEXT, path TEXT, year INTEGER, paras INTEGER,"
            " ukey TEXT);"
            "CREATE TABLE copies(a INTEGER, b INTEGER, a_location INTEGER, b_location INTEGER,"
            " a_snippet TEXT, b_snippet TEXT, similarity REAL, paragraphs INTEGER, reuse INTEGER);"
        )
        self._tmp = tempfile.TemporaryDirectory(prefix="fzcheck-copies-")
        # closed by find() or close()
        self._sigs = open(self._path("sigs"), "wb")  # noqa: SIM115
        self._meta = open(self._path("meta"), "wb")  # noqa: SIM115
        self._text = open(self._path("text"), "wb")  # noqa: SIM115
        self._pending: list[tuple[bytes, int, int]] = []  # (signatures, report, first paragraph id)
        self._pending_bands = 0
        self._band_files: list[BinaryIO] = []  # opened by the first flush, closed by find() or close()
        # by the top bits of the key (reports have some 60 paragraphs); at most 256 files
        self._band_bits = _partition_bits(reports * BANDS * 64, _BAND_RECORDS, 6, 8)
        self._next = 0
        self._firsts = array("q")  # each report's first paragraph id, by report number

    def _path(self, name: str) -> str:
        return os.path.join(self._tmp.name, name)

    def add(self, report: int, path: str, unit: str | None, prints: Prints, year: int | None = None) -> None:
        """Store a report's paragraphs; reports are numbered 0, 1, 2, … in the order added."""
        if report != len(self._firsts):
            raise ValueError(f"report {report} added out of order")
        self._firsts.append(self._next)
        count = len(prints.sigs) // SIG_BYTES
        self.db.execute("INSERT INTO units VALUES (?,?,?,?,?,NULL)", (report, unit, path, year, count))
        if count:
            self._sigs.write(prints.sigs)
            self._meta.write(prints.meta)
            self._text.write(prints.text)
            self._pending.append((prints.sigs, report, self._next))
            self._pending_bands += count * BANDS
            if self._pending_bands >= _FLUSH:
                self._flush()
        self._next += count

    def _flush(self) -> None:
        """Append the buffered band records to their partition files, in batch order."""
        if not self._pending:
            return
        # band keys are made here, for some 60 reports at a time, not by each worker for its report:
        # on a report's few hundred values numpy's per-call cost is most of the work
        keys = band_keys(np.frombuffer(b"".join(s for s, _, _ in self._pending), dtype=np.uint32)
                         .reshape(-1, NUM_PERM)).ravel()
        count = len(self._pending)
        sizes = np.fromiter((len(s) // SIG_BYTES * BANDS for s, _, _ in self._pending), dtype=np.int64,
                            count=count)
        reports = np.fromiter((r for _, r, _ in self._pending), dtype=np.uint64, count=count)
        firsts = np.fromiter((f for _, _, f in self._pending), dtype=np.uint64, count=count)
        self._pending, self._pending_bands = [], 0
        # a report's keys are BANDS per paragraph from its first paragraph id on; its keys start at
        # a multiple of BANDS in `keys`, so the paragraph id is firsts - start/BANDS + index/BANDS
        starts = (np.cumsum(sizes) - sizes).astype(np.uint64) >> _BAND_SHIFT
        records = np.empty((len(keys), 2), dtype=np.uint64)
        records[:, 0] = keys
        records[:, 1] = np.repeat((reports << _U64(32)) + firsts - starts, sizes)
        records[:, 1] += np.arange(len(keys), dtype=np.uint64) >> _BAND_SHIFT
        part = (keys >> _U64(64 - self._band_bits)).astype(np.uint8)
        records = np.take(records, np.argsort(part, kind="stable"), axis=0)  # radix sort for bytes
        files = 1 << self._band_bits
        bounds = np.concatenate(([0], np.cumsum(np.bincount(part, minlength=files))))
        if not self._band_files:
            self._band_files = [open(self._path(f"bands{b}"), "wb") for b in range(files)]  # noqa: SIM115
        for fh, lo, hi in zip(self._band_files, bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
            if lo < hi:
                records[lo:hi].tofile(fh)

    def find(self, threshold: float = 0.6, stock_reports: int = 5) -> int:
        """Fill ``copies``: one row per two reports of different units that share copied
        paragraphs (the most similar pair of paragraphs, and how many), and, marked ``reuse``, per
        two reports of one unit in different years (a report built on the unit's earlier one).
        Returns the count of copies between units."""
        self._flush()
        self._close_files()
        # by the first report: a pair of reports is decided within one file
        parts = 1 << _partition_bits(self._next * BANDS, _PAIR_RECORDS, 4, 8)
        pair_files = [open(self._path(f"pairs{i}"), "wb") for i in range(parts)]  # noqa: SIM115
        try:
            for b in range(1 << self._band_bits):
                path = self._path(f"bands{b}")
                if not os.path.exists(path):
                    continue  # no report had any paragraph
                codes, lower = _shared(np.fromfile(path, dtype=np.uint64).reshape(-1, 2), stock_reports)
                os.remove(path)
                part = (lower % parts).astype(np.uint8)
                codes = codes[np.argsort(part, kind="stable")]
                bounds = np.concatenate(([0], np.cumsum(np.bincount(part, minlength=parts)))).tolist()
                for fh, lo, hi in zip(pair_files, bounds[:-1], bounds[1:], strict=True):
                    codes[lo:hi].tofile(fh)
        finally:
            for fh in pair_files:
                fh.close()
        self.db.execute("CREATE TEMP TABLE found(a INTEGER, b INTEGER, a_location INTEGER, b_location INTEGER,"
                        " a_snippet TEXT, b_snippet TEXT, similarity REAL, paragraphs INTEGER)")
        firsts = np.frombuffer(self._firsts, dtype=np.int64)
        sigs, meta = os.open(self._path("sigs"), os.O_RDONLY), os.open(self._path("meta"), os.O_RDONLY)
        text = os.open(self._path("text"), os.O_RDONLY)
        try:
            for i in range(parts):
                path = self._path(f"pairs{i}")
                best = _score(np.fromfile(path, dtype=np.uint64), firsts, sigs, threshold)
                os.remove(path)
                rows = []
                for a, b, pa, pb, sim, n in best:
                    (la, sa), (lb, sb) = _paragraph(meta, text, pa), _paragraph(meta, text, pb)
                    rows.append((a, b, la, lb, sa, sb, sim, n))
                self.db.executemany("INSERT INTO found VALUES (?,?,?,?,?,?,?,?)", rows)
        finally:
            os.close(sigs)
            os.close(meta)
            os.close(text)
        # a unit reusing its own text is not copying from another: its earlier year's report is
        # kept apart as reuse, another copy of the same year's report (a .docx and its PDF) dropped.
        # Which names are one unit is decided among all the batch's names, as batch pairing does
        named = self.db.execute("SELECT report, unit FROM units WHERE unit IS NOT NULL").fetchall()
        unit_of = canonical_units(unit for _, unit in named)
        self.db.executemany("UPDATE units SET ukey = ? WHERE report = ?", [(unit_of.get(u), r) for r, u in named])
        self.db.execute(
            "INSERT INTO copies SELECT f.a, f.b, f.a_location, f.b_location, f.a_snippet, f.b_snippet,"
            " f.similarity, f.paragraphs, ua.ukey IS NOT NULL AND ua.ukey = ub.ukey"
            " FROM found f JOIN units ua ON ua.report = f.a JOIN units ub ON ub.report = f.b"
            " WHERE ua.ukey IS NULL OR ub.ukey IS NULL OR ua.ukey <> ub.ukey"
            " OR (ua.year IS NOT NULL AND ub.year IS NOT NULL AND ua.year <> ub.year) ORDER BY f.a, f.b")
        self.db.execute("DROP TABLE found")
        self.db.execute("CREATE INDEX copies_a ON copies(a)")
        self.db.execute("CREATE INDEX copies_b ON copies(b)")
        return int(self.db.execute("SELECT COUNT(*) FROM copies WHERE NOT reuse").fetchone()[0])

    def _close_files(self) -> None:
        self._sigs.close()
        self._meta.close()
        self._text.close()
        for fh in self._band_files:
            fh.close()

    def close(self) -> None:
        """Remove the temporary files (idempotent)."""
        self._close_files()
        self._tmp.cleanup()

    def pairs(self) -> Iterator[dict[str, Any]]:
        """Copies between units first, then reuse of a unit's own earlier report; ``a`` is the
        earlier report of a reuse pair, and ``share`` the part of the later one's paragraphs reused."""
        rows = self.db.execute(
            "SELECT ua.path, ua.unit, ua.year, c.a_location, c.a_snippet, ub.path, ub.unit, ub.year, c.b_location,"
            " c.b_snippet, c.similarity, c.paragraphs, c.reuse, ua.paras, ub.paras FROM copies c"
            " JOIN units ua ON ua.report = c.a JOIN units ub ON ub.report = c.b ORDER BY c.reuse, c.a, c.b")
        for pa, una, ya, la, sa, pb, unb, yb, lb, sb, sim, n, reuse, na, nb in rows:
            a = {"path": pa, "unit": una, "year": ya, "location": la, "snippet": sa}
            b = {"path": pb, "unit": unb, "year": yb, "location": lb, "snippet": sb}
            later = nb
            if reuse and ya is not None and yb is not None and ya > yb:
                a, b, later = b, a, na
            yield {"a": a, "b": b, "similarity": round(sim, 2), "paragraphs": n, "reuse": bool(reuse),
                   "share": round(min(1.0, n / later), 2) if later else None}

    def partners(self) -> Iterator[tuple[int, list[str]]]:
        """(report, the paths of the reports it shares copied paragraphs with), in report order,
        for the reports that have any: one query for the whole batch, streamed."""
        rows = self.db.execute(
            "SELECT c.a, u.path FROM copies c JOIN units u ON u.report = c.b WHERE NOT c.reuse"
            " UNION SELECT c.b, u.path FROM copies c JOIN units u ON u.report = c.a WHERE NOT c.reuse ORDER BY 1, 2")
        for report, group in itertools.groupby(rows, key=operator.itemgetter(0)):
            yield report, [path for _, path in group]
