"""What the held-out sets' make_labels.py share: short names for the element IDs, the record of
one text's labels, and labels.json written from them. Each set keeps its own data and checks.

    from heldoutkit import M, S, XI, Labels   # with bench/ on sys.path
    R = RECORDS = Labels("p")                 # texts/p01.txt, texts/p02.txt, …
    R(1, 2016, None, "……", parts=[M], headings={M: "一、……"}, topics=[XI], notes="……")
    RECORDS.write(Path(__file__).parent)
"""

from __future__ import annotations

import json
from pathlib import Path

M, S, F, N, O = ("part.measures", "part.shortcomings", "part.first-responsible", "part.next-year", "part.other")
XI, PARTY, FGF, NDOC, DEC, ADV = ("topic.xi-thought", "topic.party-leadership", "topic.fangguanfu",
                                  "topic.normative-docs", "topic.major-decisions", "topic.legal-advisers")
THREE, CAP, EMER, DISP, RECON = ("topic.enforcement-three-systems", "topic.enforcement-capacity",
                                 "topic.emergency", "topic.disputes", "topic.reconsideration-litigation")
SUP, OPEN, DIG, PUB, STUDY = ("topic.supervision", "topic.transparency", "topic.digital",
                              "topic.legal-publicity", "topic.officials-study")


class Labels(list):
    """The records of one set, in the order written; calling it records one text."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __call__(self, n, year, published, title, parts=(), implicit=(), headings=None, topics=(), doubtful=(),
                 outdated=(), notes=""):
        headings = headings or {}
        assert set(headings) == set(parts), (n, "part_headings must match parts")
        assert not set(topics) & set(doubtful), (n, "topic both counted and doubtful")
        self.append({"file": f"texts/{self.prefix}{n:02d}.txt", "year": year, "published": published,
                     "title": title, "parts": list(parts), "parts_implicit": list(implicit),
                     "part_headings": dict(headings), "topics": list(topics), "topics_doubtful": list(doubtful),
                     "terms_outdated": list(outdated), "notes": notes})

    def write(self, folder: Path) -> Path:
        """labels.json in *folder*."""
        out = folder / "labels.json"
        out.write_text(json.dumps(self, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out
