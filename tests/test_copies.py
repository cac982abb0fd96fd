"""Copy detection: signatures, the partitioned index and its temporary files."""

from __future__ import annotations

import os
import random
import tempfile

import numpy as np
import pytest

from fzcheck import copies
from fzcheck.batch import collect, run_batch
from fzcheck.copies import NUM_PERM, band_keys, signatures

COPIED = ("持续深化“放管服”改革，全面推行政府权责清单制度，动态调整行政权力事项，编制公共服务事项清单并向社会公开；"
          "深化证照分离改革，推行告知承诺制，压减审批环节和办理时限，企业开办时间压缩至1个工作日以内，"
          "政务服务事项网上可办率达到98%。")
UNITS = ["甲街道", "乙镇", "丙街道", "丁镇", "戊街道", "己镇", "庚街道", "辛镇", "壬街道", "癸镇"]


def own_text(seed: int, n: int = 120) -> str:
    """A paragraph of random Chinese characters: shares no shingles with any other by chance."""
    rng = random.Random(seed)
    return "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(n)) + "。"


def write_reports(d, copied: set[int], n: int = 10, unit_of=None) -> None:
    """*n* reports of different units (or *unit_of(i)*); those in *copied* have COPIED as their
    third paragraph (line 7)."""
    d.mkdir()
    for i in range(n):
        unit = unit_of(i) if unit_of else UNITS[i]
        third = COPIED.replace("98", str(90 + i)) if i in copied else own_text(1000 + i)
        (d / f"r{i:02d}.md").write_text(
            f"# {unit}2023年度法治政府建设情况报告\n\n{own_text(i)}\n\n## 一、主要举措和成效\n\n{third}\n\n"
            f"{own_text(2000 + i)}\n", encoding="utf-8")


def copy_pairs(result) -> list[tuple[str, str, int, int, int]]:
    return [(os.path.basename(c["a"]["path"]), os.path.basename(c["b"]["path"]), c["a"]["location"],
             c["b"]["location"], c["paragraphs"]) for c in result.copies()]


# ---------------------------------------------------------------- signatures

def test_numbers_are_folded_and_masks_cut_out():
    base = own_text(1)
    a, _ = signatures([base + "全年办理案件12件，比上年增长3.5%"])
    b, _ = signatures([base + "全年办理案件7件，比上年增长0.25%"])
    c, _ = signatures([base[:50] + "\x00\x00\x00" + base[50:] + "全年办理案件12件，比上年增长3.5%"])
    assert (a == b).all() and (a == c).all()


def test_short_paragraphs_are_skipped_and_neighbours_do_not_leak():
    long_a, long_b = own_text(1), own_text(2)
    sigs, rows = signatures(["太短了。", long_a, "1" * 100, long_b])
    assert rows == [1, 3]  # "1" * 100 folds to "0": one character
    alone, _ = signatures([long_a])
    assert (sigs[0] == alone[0]).all()
    assert sigs.shape == (2, NUM_PERM) and sigs.dtype == np.uint32
    (odd,), _ = signatures([long_a + "\udc80"])  # a lone surrogate is hashed, not an error
    assert odd.shape == (NUM_PERM,)
    empty, none = signatures([])
    assert empty.shape == (0, NUM_PERM) and none == []


def test_estimate_follows_jaccard_and_repetitive_text_is_densified():
    words = [own_text(100 + i, 20) for i in range(40)]
    a = "".join(words[:30])
    b = "".join(words[10:40])  # shares 20 of 30 words: Jaccard about 0.5
    sa, sb = signatures([a, b])[0]
    shingles = [{t[i:i + 4] for i in range(len(t) - 3)} for t in (a, b)]
    jaccard = len(shingles[0] & shingles[1]) / len(shingles[0] | shingles[1])
    assert abs(float(np.mean(sa == sb)) - jaccard) < 0.2
    # one distinct shingle fills one bin; densification copies it everywhere
    (rep,), _ = signatures(["哈" * 80])
    assert len(set(rep.tolist())) == 1


def test_band_keys_are_fixed_constants():
    """Keys must not depend on the process (no salted hash()) nor on the numpy version."""
    sigs = np.arange(NUM_PERM, dtype=np.uint32).reshape(1, NUM_PERM)
    keys = band_keys(sigs)
    assert keys.shape == (1, 16) and keys.dtype == np.uint64
    assert len(set(keys[0].tolist())) == 16
    assert int(keys[0, 0]) == 0x9019AF1EA419AD94


# ---------------------------------------------------------------- batch search

def test_paragraph_copied_into_three_reports_is_three_pairs(tmp_path):
    d = tmp_path / "r"
    write_reports(d, copied={1, 4, 7})
    result = run_batch(collect([str(d)]), jobs=1)
    try:
        assert copy_pairs(result) == [("r01.md", "r04.md", 7, 7, 1), ("r01.md", "r07.md", 7, 7, 1),
                                      ("r04.md", "r07.md", 7, 7, 1)]
        flags = {os.path.basename(r["path"]): r["copied_with"] for r in result.rows()}
        assert [os.path.basename(p) for p in flags["r04.md"]] == ["r01.md", "r07.md"]
        assert flags["r00.md"] == []
    finally:
        result.close()


@pytest.mark.parametrize(("shared_by", "pairs"), [(5, 10), (6, 0)])
def test_text_many_reports_share_is_stock_phrasing_not_copying(tmp_path, shared_by, pairs):
    # a batch of 10 reports: text in more than 5 of them (batch.run_batch's floor) is stock phrasing
    d = tmp_path / "r"
    write_reports(d, copied=set(range(shared_by)))
    result = run_batch(collect([str(d)]), jobs=1)
    try:
        found = copy_pairs(result)
        assert len(found) == pairs
        assert all(p[2:] == (7, 7, 1) for p in found)
    finally:
        result.close()


def test_same_unit_is_not_copying(tmp_path):
    d = tmp_path / "r"
    write_reports(d, copied={0, 1, 2}, n=3, unit_of=lambda i: "甲街道" if i < 2 else "乙镇")
    result = run_batch(collect([str(d)]), jobs=1)
    try:
        assert [p[:2] for p in copy_pairs(result)] == [("r00.md", "r02.md"), ("r01.md", "r02.md")]
    finally:
        result.close()


def test_one_unit_spelt_two_ways_reuses_and_two_streets_of_one_district_copy(tmp_path):
    """A street's 2022 report under its full name, its 2023 report under the short one: the unit's
    own earlier text (reuse, not copying); the district's other street saying the same copies."""
    d = tmp_path / "r"
    d.mkdir()
    for i, (unit, year) in enumerate([("重庆市涪陵区荔枝街道办事处", 2022), ("荔枝街道", 2023),
                                      ("重庆市涪陵区崇义街道办事处", 2023)]):
        (d / f"r{i:02d}.md").write_text(
            f"# {unit}{year}年度法治政府建设情况报告\n\n{own_text(i)}\n\n## 一、主要举措和成效\n\n{COPIED}\n\n"
            f"{own_text(2000 + i)}\n", encoding="utf-8")
    result = run_batch(collect([str(d)]), jobs=1)
    try:
        found = [(os.path.basename(c["a"]["path"]), os.path.basename(c["b"]["path"]), c["reuse"])
                 for c in result.copies()]
        assert found == [("r00.md", "r02.md", False), ("r01.md", "r02.md", False), ("r00.md", "r01.md", True)]
        assert result.copy_count == 2
        assert [r["unit"] for r in result.rows()] == ["重庆市涪陵区荔枝街道办事处", "荔枝街道",
                                                      "重庆市涪陵区崇义街道办事处"]
    finally:
        result.close()


def test_workers_flushes_and_partitions_do_not_change_the_copies(tmp_path, monkeypatch):
    d = tmp_path / "r"
    write_reports(d, copied={0, 3, 8, 9})
    paths = collect([str(d)])
    one = run_batch(paths, jobs=1)
    two = run_batch(paths, jobs=2)
    monkeypatch.setattr(copies, "_FLUSH", 16)  # a flush after every report
    small = run_batch(paths, jobs=1)
    monkeypatch.setattr(copies, "_BAND_RECORDS", 1)  # as many partitions as there can be
    monkeypatch.setattr(copies, "_PAIR_RECORDS", 1)
    many = run_batch(paths, jobs=1)
    try:
        expected = list(one.copies())
        assert len(expected) == 6
        assert list(two.copies()) == list(small.copies()) == list(many.copies()) == expected
        assert list(two.rows()) == list(one.rows()) == list(small.rows()) == list(many.rows())
    finally:
        for r in (one, two, small, many):
            r.close()


def test_temporary_files_are_removed(tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    d = tmp_path / "r"
    write_reports(d, copied={0, 1}, n=3)
    result = run_batch(collect([str(d)]), jobs=1)
    assert len(os.listdir(scratch)) == 1 and result.copy_count == 1
    result.close()
    result.close()  # idempotent: the CLI's finally and an error path may both close
    assert os.listdir(scratch) == []

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(copies.CopyIndex, "find", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_batch(collect([str(d)]), jobs=1)
    assert os.listdir(scratch) == []
