"""One unit named in different ways: 「重庆市涪陵区荔枝街道办事处」 in one year's report, 「荔枝街道」 in
the next. Batch pairing (承诺兑现: last year's report of the same unit) and copy detection (a unit
reusing its own earlier report is not copying from another) both decide "same unit" here, so
they cannot disagree about it.

A name is first normalised (``unit_key``): folded, spaces, a leading 「中共」 and a closing
「人民政府」「政府」「办事处」「党组」「党委」 dropped. Names are then compared by suffix: 「荔枝街道」
is 「涪陵区荔枝街道」 when nothing else ends in 「荔枝街道」. Among many names (a batch) a short
name that ends several longer ones (「鼓楼区」 with 「南京市鼓楼区」 and 「福州市鼓楼区」) is
ambiguous and stays a unit of its own (``canonical_units``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fzcheck.textnorm import fold

# 「中共××局党组」 and 「××局」 are one body; 「北京市」 and 「北京市人民政府」 one government; a
# 办公厅 or 司法局 of a government reports for itself, and so does a party committee (「中共××区委」,
# 「中共××区委员会」: 委员会 is kept, else it would be the district's government)
_AFFIXES = re.compile(r"^中共|(?:人民政府|政府|办事处|党组|党委)$")
MIN_SUFFIX = 3  # a shorter name (「街道」) is part of too many others to say which


def unit_key(unit: str | None) -> str | None:
    """A unit's name as compared between reports and years: folded, without spaces, 「中共」 and a
    closing 「人民政府」「政府」「办事处」「党组」「党委」 (None when nothing is left)."""
    if not unit:
        return None
    key = "".join(fold(unit).split())
    for _ in range(2):  # 「中共××党组」: both ends
        key = _AFFIXES.sub("", key)
    return key or None


def same_unit(a: str | None, b: str | None) -> bool:
    """Two names alone: the same unit when their keys are equal or one ends the other
    (「重庆市涪陵区荔枝街道办事处」 and 「荔枝街道」)."""
    ka, kb = unit_key(a), unit_key(b)
    if not ka or not kb:
        return False
    return ka == kb or (min(len(ka), len(kb)) >= MIN_SUFFIX and (ka.endswith(kb) or kb.endswith(ka)))


def canonical_units(names: Iterable[str | None]) -> dict[str, str]:
    """Each name among *names* → the unit it stands for among them: the key of the one longest name
    that ends with its key (「荔枝街道」, 「涪陵区荔枝街道」 and 「重庆市涪陵区荔枝街道办事处」 are all
    「重庆市涪陵区荔枝街道」). A key that ends two or more longest names is ambiguous and stays as it
    is. Names with no key (None, 「人民政府」) are left out."""
    keys = {name: key for name in set(names) if name and (key := unit_key(name))}
    ending: dict[str, set[str]] = {}  # suffix → the keys ending with it (itself included)
    for key in set(keys.values()):
        for i in range(len(key) - MIN_SUFFIX + 1):
            ending.setdefault(key[i:], set()).add(key)
    longest = {key for key in keys.values() if ending.get(key, {key}) == {key}}  # no other name ends with it
    out: dict[str, str] = {}
    for name, key in keys.items():
        tops = {k for k in ending.get(key, {key}) if k in longest} if len(key) >= MIN_SUFFIX else {key}
        out[name] = tops.pop() if len(tops) == 1 else key
    return out
