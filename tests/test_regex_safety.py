"""Checklist regexes that could hang Python's backtracking engine are refused by a static check,
and inline directives are read in linear time (issue 19, class 6)."""

from __future__ import annotations

import re
import signal
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import REPO
from fzcheck.regex_safety import MAX_PATTERN, is_safe_pattern, refusal_key, unsafe_reason
from fzcheck.suppress import find_directives

UNSAFE = {
    "(a|aa)+$": "overlap",  # hangs re.search on 39 characters
    "(a|a)*": "overlap",
    "(?:ab|abab)+c": "overlap",
    "(a+)+$": "nested",
    r"(\w*)*": "nested",
    "((a)+)+": "nested",
    "(?:x|(?:y+))*z": "nested",
    "(a{2,})+": "nested",
    "(a{1,100})+": "nested",  # bounded, but too large to be safe
    "(aa?)+$": "ambiguous",
    "(a?a)+$": "ambiguous",
    "(x{1,3})+$": "ambiguous",
    ".*a.*b.*c": "chain",
    "(?=a)(a|aa)+": "overlap",
}
SAFE = ["(a|b)+", "a+b+", "(ab?)+", "(a|ab)+", r"(\w|\d)+", "《[^》]{0,80}》", "(?:坚持)?以习近平法治思想为指导",
        r"纲要\(?2015年?[-—–~～至]{1,2}2020年?\)?", r"(?:\d{1,3},)*\d+", "(?>a+)+", "(a++)+", "行政.*复议",
        "(a{3}|b)+", "(?:行政复议|行政诉讼)+", "not valid ("]


@pytest.mark.parametrize(("pattern", "reason"), list(UNSAFE.items()))
def test_unsafe_shapes_are_refused(pattern, reason):
    assert unsafe_reason(pattern) == reason
    assert not is_safe_pattern(pattern)
    assert refusal_key(pattern) == ("cl.regex_nested" if reason == "nested" else "cl.regex_unsafe")


@pytest.mark.parametrize("pattern", SAFE)
def test_safe_shapes_are_accepted(pattern):
    assert unsafe_reason(pattern) is None and refusal_key(pattern) is None


def _timeout(seconds: int):
    def handler(signum, frame):
        raise TimeoutError

    signal.signal(signal.SIGALRM, handler)
    signal.alarm(seconds)


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM")
def test_what_is_accepted_does_not_backtrack_on_hostile_text():
    """Every safe pattern runs on a 2,000-character paragraph built to make it backtrack."""
    for pattern in SAFE[:-1]:
        compiled = re.compile(pattern)
        _timeout(5)
        try:
            for text in ("a" * 2000 + "!", "ab" * 1000 + "!", "1," * 1000 + "x", "x" * 2000):
                compiled.search(text)
        finally:
            signal.alarm(0)


def _builtin_patterns() -> list[str]:
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("regex", "mask", "mask+") and isinstance(value, list):
                    found.extend(v for v in value if isinstance(v, str))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for path in sorted((REPO / "checklists").glob("*.yaml")):
        walk(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
    return found


def test_every_built_in_pattern_is_safe():
    patterns = _builtin_patterns()
    assert patterns  # the national checklist has masks and a regex
    assert [p for p in patterns if not is_safe_pattern(p)] == []


def test_checks_are_linear_in_the_pattern():
    assert unsafe_reason("a" * (MAX_PATTERN + 1)) == "long"
    for pattern in ("a?" * 999, "(" * 400 + "a" + ")" * 400, "(?:" + "|".join(f"x{i}y" for i in range(300)) + ")+"):
        unsafe_reason(pattern)  # each in milliseconds (a quadratic walk took 1.2 s on the first)


@given(st.text(alphabet="ab()|*+?{},1-3^$.\\dw[]", max_size=30))
def test_any_pattern_is_judged_without_error(pattern):
    assert unsafe_reason(pattern) in (None, "nested", "overlap", "ambiguous", "chain", "long")


# ---------------------------------------------------------------- directives

def test_directive_with_4000_spaces_is_read_at_once():
    assert find_directives("<!-- fzcheck-disable x" + " " * 4000) == []
    [d] = find_directives("<!-- fzcheck-disable x" + " " * 4000 + "-- 本街道不承担该职能 -->")
    assert d.ids == ("x",) and d.reason == "本街道不承担该职能"
    assert find_directives("<!-- fzcheck-disable " * 20_000 + "-->") == []
    assert len(find_directives("<!-- fzcheck-disable a -- r -->" * 20_000)) == 20_000


OLD_DIRECTIVE = re.compile(
    r"<!--\s*fzcheck-disable\s+(?P<ids>[A-Za-z0-9.\-_,\s]+?)\s*(?:(?:--|:|：|—)\s*(?P<reason>.*?))?\s*-->")


def _old(line: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(i for i in re.split(r"[\s,]+", m.group("ids")) if i), (m.group("reason") or "").strip() or None)
            for m in OLD_DIRECTIVE.finditer(line)]


_tokens = st.sampled_from(["<!--", "-->", "fzcheck-disable", " ", "  ", "\t", "-", "--", ":", "：", "—", "a",
                           "b.c", ",", ">", "!", "原因", "\u3000", "x-y"])


@given(st.lists(_tokens, max_size=14))
@example(["<!--", "fzcheck-disable", "  ", "-->"])  # no id at all: found by the property, 2026-12-03
@example(["<!--", "fzcheck-disable", "  ", ":", "原因", "-->"])
def test_directives_read_as_the_documented_grammar(parts):
    """The hand-written reader agrees with the regex it replaces (on lines short enough for it)."""
    line = "".join(parts)
    assert [(d.ids, d.reason) for d in find_directives(line)] == _old(line)


def test_checklist_with_overlapping_alternation_is_refused(tmp_path, capsys):
    from fzcheck.cli import main

    checklist = tmp_path / "redos.yaml"
    checklist.write_text('id: redos\nextends: national\nelements:\n  - id: topic.digital\n'
                         '    match:\n      regex: ["(a|aa)+$"]\n', encoding="utf-8")
    report = tmp_path / "r.md"
    report.write_text("# 某区2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n" + "a" * 20 + "!\n",
                      encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["validate", str(report), "-c", str(checklist), "--no-config"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "redos.yaml:6" in err and "(a|aa)+$" in err


def test_without_the_private_parser_every_pattern_is_accepted(monkeypatch):
    import fzcheck.regex_safety as rs

    monkeypatch.setattr(rs, "_parser", None)
    assert rs.unsafe_reason("(a|aa)+$") is None and rs.unsafe_reason("a" * (rs.MAX_PATTERN + 1)) == "long"
