"""Shared fixtures: where the repository and the shared test corpus are, and how to read an excerpt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).parents[1]
SHARED = REPO.parent / "shared"
REAL_REPORT = SHARED / "corpus" / "real" / "fuling-lizhi-2022.txt"
EXCERPTS = SHARED / "corpus" / "excerpts"


@pytest.fixture
def real_report() -> Path:
    """The real 2022 street-office report (UTF-8, scraped from its portal)."""
    if not REAL_REPORT.is_file():
        pytest.skip(f"shared corpus not available: {REAL_REPORT}")
    return REAL_REPORT


@pytest.fixture
def excerpts() -> list[Path]:
    """Openings of real reports, each with a small header above a `---` line."""
    files = sorted(EXCERPTS.glob("*.txt")) if EXCERPTS.is_dir() else []
    if not files:
        pytest.skip(f"shared excerpts not available: {EXCERPTS}")
    return files


def excerpt(name: str) -> str:
    """The report text of one shared excerpt (skips the test when the shared corpus is absent)."""
    path = EXCERPTS / name
    if not path.is_file():
        pytest.skip(f"shared excerpts not available: {path}")
    return excerpt_body(path)[1]


def excerpt_body(path: Path) -> tuple[dict[str, str], str]:
    """Split an excerpt file at its first line that is exactly `---`: (header as a dict, report text)."""
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    try:
        cut = lines.index("---")
    except ValueError:
        raise AssertionError(f"{path}: no '---' line separates the header from the text") from None
    meta: dict[str, str] = {}
    for line in lines[:cut]:
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip()] = value.strip()
    return meta, "\n".join(lines[cut + 1:])


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    from fzcheck.cli import main

    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


# Property tests: a short run by default (CI); FZCHECK_FUZZ=1 runs a long fuzzing session.
settings.register_profile("default", max_examples=150, deadline=None)
settings.register_profile("fuzz", max_examples=20_000, deadline=None)
settings.load_profile("fuzz" if os.environ.get("FZCHECK_FUZZ") else "default")


# Reports made of one sentence of the year's measures, read by the national checklist (the reading
# rules' tests and the held-out rules' tests)
TITLE = "临江区人民政府2023年度法治政府建设情况报告"
OPENING = "2023年，临江区持续推进法治政府建设。"


@pytest.fixture(scope="module")
def national():
    from fzcheck.checklist import load_checklist

    return load_checklist("national")


def statuses(text: str, checklist) -> dict[str, str]:
    """Each element's status on a plain-text report."""
    from fzcheck.engine import check
    from fzcheck.parser import parse
    from fzcheck.readers import SourceText, normalise_text

    doc = parse(SourceText(source="t.txt", text=normalise_text(text), encoding="utf-8", format="text"))
    return {r.element.id: r.status for r in check(doc, checklist).results}


def in_measures(sentence: str) -> str:
    """A report whose measures part is *sentence* (and a shortcomings part with its cause)."""
    return f"{TITLE}\n{OPENING}\n一、主要举措和成效\n{sentence}\n二、存在的不足和原因\n基层力量不足，原因是编制少。\n"
