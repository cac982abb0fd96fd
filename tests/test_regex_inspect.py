"""The regex-inspection helpers, with Python's private parser present and hidden."""

from __future__ import annotations

import importlib.util
import re
import sys
from types import ModuleType

import pytest

from fzcheck.checklist import regex_inspect
from fzcheck.checklist.regex_inspect import nested_unbounded, regex_never, required_literal


def _load_without_private_parser(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """A fresh copy of regex_inspect imported while ``re._parser`` cannot be imported."""
    monkeypatch.delattr(re, "_parser")
    monkeypatch.setitem(sys.modules, "re._parser", None)  # makes `from re import _parser` raise ImportError
    spec = importlib.util.spec_from_file_location("regex_inspect_without_parser", regex_inspect.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_with_the_parser():
    assert nested_unbounded(r"(a+)+")
    assert not nested_unbounded(r"(ab)+c*")
    assert regex_never(r"法治 政府") == ("cl.regex_never_char", {"char": "U+0020"})
    assert regex_never(r"a^b") == ("cl.regex_never_anchor", {"anchor": "^"})
    assert regex_never(r"法治政府") is None
    assert required_literal(re.compile(r"(?:坚持)?以习近平法治思想为指导")) == "以习近平法治思想为指导"


def test_fallback_when_python_internals_move(monkeypatch):
    fallback = _load_without_private_parser(monkeypatch)
    assert fallback._sre_parser is None
    # each helper gives the answer that asserts nothing
    assert fallback.nested_unbounded(r"(a+)+") is False
    assert fallback.regex_never(r"法治 政府") is None
    assert fallback.required_literal(re.compile(r"以习近平法治思想为指导")) is None


def test_fallback_when_the_parse_tree_changes_shape(monkeypatch):
    class Odd:  # a parser whose trees no helper understands
        @staticmethod
        def parse(pattern: str, flags: int = 0) -> list[object]:
            return [object()]

    monkeypatch.setattr(regex_inspect, "_sre_parser", Odd)
    assert regex_inspect.nested_unbounded(r"(a+)+") is False
    assert regex_inspect.regex_never(r"法治 政府") is None
    assert regex_inspect.required_literal.__wrapped__(re.compile(r"法治政府")) is None


def test_checklists_load_and_match_without_the_parser(monkeypatch, real_report):
    """Without the private parser a checklist still loads, and a report gets the same statuses."""
    from fzcheck.checklist import load_checklist
    from fzcheck.engine import check
    from fzcheck.parser import parse
    from fzcheck.readers import read_source

    doc = parse(read_source(str(real_report)))
    before = {r.element.id: r.status for r in check(doc, load_checklist("national")).results}
    fallback = _load_without_private_parser(monkeypatch)
    for name in ("nested_unbounded", "regex_never", "required_literal"):
        monkeypatch.setattr(f"fzcheck.checklist.regex_inspect.{name}", getattr(fallback, name))
    monkeypatch.setattr("fzcheck.regex_safety._parser", None)
    monkeypatch.setattr("fzcheck.matching.required_literal", fallback.required_literal)
    monkeypatch.setattr("fzcheck.textindex.required_literal", fallback.required_literal)
    after = {r.element.id: r.status for r in check(doc, load_checklist("national")).results}
    assert after == before
