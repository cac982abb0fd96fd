"""Score a checklist's verdicts against hand labels (shared/corpus/labels/*.json, EVIDENCE.md).

    python bench/accuracy.py                                  # excerpts.json and real.json, national
    python bench/accuracy.py LABELS.json -c township --show   # one labels file, print each error
    python bench/accuracy.py --min-precision 0.9 --min-recall 0.9   # exit 1 below (CI)

A topic counts as found when its status is met or partial (a reviewer reads 「不完整」 as
"there, but thin"); topics labelled doubtful count neither way. Parts are compared by heading
(``parts``) and by content only (``parts_implicit``: fzcheck's partial "in the body").
Year, publication date and title are compared exactly. Errors are printed with the sentence
that caused them: a false hit with its evidence, a miss with nothing (there was none).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
LABELS = [SHARED / "corpus" / "labels" / "excerpts.json", SHARED / "corpus" / "labels" / "real.json"]
FOUND = ("met", "partial")


@dataclass
class Tally:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, key: str, predicted: bool, truth: bool) -> str | None:
        if predicted and truth:
            self.tp[key] += 1
        elif predicted:
            self.fp[key] += 1
            return "false"
        elif truth:
            self.fn[key] += 1
            return "miss"
        return None

    def pr(self, key: str | None = None) -> tuple[float, float, int, int, int]:
        tp = self.tp[key] if key else sum(self.tp.values())
        fp = self.fp[key] if key else sum(self.fp.values())
        fn = self.fn[key] if key else sum(self.fn.values())
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        return precision, recall, tp, fp, fn


@dataclass
class Score:
    topics: Tally = field(default_factory=Tally)
    parts: Tally = field(default_factory=Tally)
    implicit: Tally = field(default_factory=Tally)
    fields: Counter[str] = field(default_factory=Counter)  # "year", "published", "title": right answers
    records: int = 0
    errors: list[str] = field(default_factory=list)


def report_text(record: dict, labels_path: Path) -> tuple[str, str]:
    """The report as the labels saw it: the text below an excerpt's `---` line, or the whole file."""
    path = (labels_path.parent / record["file"]) if "/" in record["file"] else (
        labels_path.parents[1] / "excerpts" / record["file"])
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if path.parent.name == "excerpts" and "---" in lines:
        text = "\n".join(lines[lines.index("---") + 1:])
    return str(path), text


def check_text(name: str, text: str, checklist):  # -> CheckReport
    from fzcheck.engine import check
    from fzcheck.parser import parse
    from fzcheck.readers import SourceText, normalise_text

    doc = parse(SourceText(source=name, text=normalise_text(text), encoding="utf-8", format="text"))
    return check(doc, checklist)


def score_file(labels_path: Path, checklist, score: Score) -> None:
    for record in json.loads(labels_path.read_text(encoding="utf-8")):
        name, text = report_text(record, labels_path)
        report = check_text(name, text, checklist)
        doc = report.document
        short = Path(name).name
        score.records += 1
        by_id = {r.element.id: r for r in report.results}
        doubtful = set(record.get("topics_doubtful", []))
        truth = set(record.get("topics", []))
        for r in report.results:
            if r.element.kind != "topic" or r.element.id in doubtful:
                continue
            kind = score.topics.add(r.element.id, r.status in FOUND, r.element.id in truth)
            if kind == "false":
                quote = "｜".join(e.snippet for e in r.evidence[:2])
                score.errors.append(f"{short} 误报 {r.element.id} [{r.status}]: {quote}")
            elif kind == "miss":
                score.errors.append(f"{short} 漏报 {r.element.id}")
        headed, implicit = set(record.get("parts", [])), set(record.get("parts_implicit", []))
        for r in report.results:
            if r.element.kind != "part":
                continue
            pid = r.element.id
            by_heading = r.section is not None and r.status != "missing"
            if score.parts.add(pid, by_heading, pid in headed):
                score.errors.append(f"{short} 部分{'误报' if by_heading else '漏报'} {pid}: "
                                    + (r.evidence[0].snippet if r.evidence else ""))
            in_body = r.status == "partial" and r.section is None
            if pid not in headed and score.implicit.add(pid, in_body, pid in implicit):
                score.errors.append(f"{short} 正文部分{'误报' if in_body else '漏报'} {pid}: "
                                    + (r.evidence[0].snippet if r.evidence else ""))
        got = {"year": doc.year, "published": doc.published.isoformat() if doc.published else None,
               "title": doc.title}
        for key, value in got.items():
            expected = record.get(key)
            if value == expected:
                score.fields[key] += 1
            else:
                score.errors.append(f"{short} {key}: {value!r} ≠ {expected!r}")
        del by_id


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("labels", nargs="*", type=Path, help="labels files (default: the shared corpus's)")
    ap.add_argument("-c", "--checklist", default="national")
    ap.add_argument("--show", action="store_true", help="print every miss and false hit")
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    args = ap.parse_args(argv)
    files = args.labels or [p for p in LABELS if p.is_file()]
    if not files:
        print("accuracy: no labels file (shared corpus absent); nothing measured")
        return 0
    from fzcheck.checklist import load_checklist

    checklist = load_checklist(args.checklist)
    score = Score()
    for path in files:
        score_file(path, checklist, score)
    if args.show:
        for line in score.errors:
            print(line)
        print()
    print(f"{'topic':36} {'P':>5} {'R':>5}  tp fp fn")
    for key in sorted(set(score.topics.tp) | set(score.topics.fp) | set(score.topics.fn)):
        p, r, tp, fp, fn = score.topics.pr(key)
        print(f"{key:36} {p:5.2f} {r:5.2f} {tp:3} {fp:2} {fn:2}")
    for label, tally in (("parts (heading)", score.parts), ("parts (content only)", score.implicit)):
        p, r, tp, fp, fn = tally.pr()
        print(f"{label:36} {p:5.2f} {r:5.2f} {tp:3} {fp:2} {fn:2}")
    n = score.records
    print("fields: " + ", ".join(f"{k} {score.fields[k] / n:.2f}" for k in ("year", "published", "title"))
          + f"  ({n} reports: {', '.join(p.name for p in files)})")
    precision, recall, tp, fp, fn = score.topics.pr()
    print(f"topics: precision {precision:.3f} recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    if precision < args.min_precision or recall < args.min_recall:
        print(f"accuracy below the floor (precision ≥ {args.min_precision}, recall ≥ {args.min_recall})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
