"""Checklists readable by their authors: a Chinese gloss for every key, at the top of each built-in
checklist and in ``checklist doc``, from one source (fzcheck.checklist.glossary)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import pytest

from fzcheck.checklist import builtin_names, load_checklist
from fzcheck.checklist.discovery import builtin_dir, schema
from fzcheck.checklist.glossary import GLOSSARY, PARAMS, comment_block, with_block
from fzcheck.reading import ReadingRules
from fzcheck.render.checklist_doc import checklist_markdown
from fzcheck.rules import RULE_NAMES, rule_module


def schema_keys(node: Any) -> set[str]:
    """Every property name the checklist schema defines, at any depth."""
    out: set[str] = set()
    if isinstance(node, dict):
        out |= set(node.get("properties", {}))
        for value in node.values():
            out |= schema_keys(value)
    elif isinstance(node, list):
        for value in node:
            out |= schema_keys(value)
    return out


def test_every_schema_key_has_a_chinese_gloss():
    keys = schema_keys(schema())
    assert {"scope", "min_hits", "children_min", "within", "max_level", "fallback", "any+", "met+"} <= keys
    assert sorted(keys - set(GLOSSARY)) == []
    for key in keys:
        zh, en = GLOSSARY[key]
        assert zh and en and any("\u4e00" <= c <= "\u9fff" for c in zh), key


def test_every_reading_list_and_rule_parameter_has_a_gloss():
    assert {f.name for f in fields(ReadingRules)} <= set(GLOSSARY)
    assert "reading" in GLOSSARY
    assert set(PARAMS) == set(RULE_NAMES)
    for rule in RULE_NAMES:
        assert set(PARAMS[rule]) == set(rule_module(rule).DEFAULTS), rule


@pytest.mark.parametrize("name", builtin_names())
def test_each_builtin_checklist_opens_with_the_glossary(name):
    text = (builtin_dir() / f"{name}.yaml").read_text(encoding="utf-8")
    assert text.startswith(comment_block()), "stale glossary block: run python -m fzcheck.checklist.glossary"
    assert with_block(text) == text  # rewriting is idempotent
    load_checklist(name)  # the block is only comments


def test_with_block_replaces_an_old_block_and_keeps_the_file():
    body = "# my header\nschema_version: 1\nid: x\n"
    once = with_block(body)
    assert once.endswith("#\n" + body)
    stale = once.replace("只算一次", "只算两次")
    assert with_block(stale) == once


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_checklist_doc_has_the_glossary_section(lang):
    text = checklist_markdown(load_checklist("hubei"), lang)
    section = text[text.index("## 键的中文释义" if lang == "zh" else "## Keys of a checklist"):]
    for key, (zh, en) in GLOSSARY.items():
        assert f"| `{key}` | {zh if lang == 'zh' else en} |" in section, key
    assert "| `plan-year.window` |" in section
