"""docs/province-checklist-guide.md (如何编写本省清单): the file it builds is linted and its examples
run, each step shows what the file holds, and every key it uses is in the glossary."""

from __future__ import annotations

import re
import textwrap
from typing import Any

import pytest
import yaml

from conftest import REPO
from fzcheck.checklist import lint_checklist, load_checklist
from fzcheck.checklist.examples import run_example, run_examples
from fzcheck.checklist.glossary import GLOSSARY, PARAMS
from fzcheck.cli import main

GUIDE = REPO / "docs" / "province-checklist-guide.md"
EXAMPLE = REPO / "docs" / "province-example.yaml"


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


def keys_used(node: Any, rule: str | None = None) -> set[str]:
    """Every key written in *node*; a rule's parameters as rule.param."""
    out: set[str] = set()
    if isinstance(node, dict):
        rule = node.get("rule", rule)
        for key, value in node.items():
            if key == "params" and isinstance(value, dict):
                out |= {f"{rule}.{p.rstrip('+-')}" for p in value}
                continue
            out.add(key)
            out |= keys_used(value, rule)
    elif isinstance(node, list):
        for value in node:
            out |= keys_used(value, rule)
    return out


def test_the_guide_shows_its_file_step_by_step():
    example = EXAMPLE.read_text(encoding="utf-8")
    blocks = yaml_blocks()
    assert blocks[-1] == example  # 完整的文件
    for block in blocks[:-1]:
        assert block in example, block  # each step is an excerpt of the file, as written there
    text = GUIDE.read_text(encoding="utf-8")
    assert text.startswith("# 如何编写本省清单\n") and "checklists/hubei.yaml" in text


def test_every_key_the_guide_uses_is_in_the_glossary():
    known = set(GLOSSARY) | {f"{rule}.{p}" for rule, params in PARAMS.items() for p in params}
    for block in yaml_blocks():
        used = keys_used(yaml.safe_load(textwrap.dedent(block)))
        assert used and sorted(used - known) == [], block


def test_the_guide_file_lints_clean_and_passes_its_examples(capsys):
    checklist, problems = lint_checklist(str(EXAMPLE))
    assert checklist is not None and problems == []
    report = run_examples(checklist)
    assert report.ok and report.covered and report.run > 100
    with pytest.raises(SystemExit) as exc:
        main(["checklist", "test", str(EXAMPLE), "--coverage"])
    assert exc.value.code == 0, capsys.readouterr()


def test_each_step_changes_what_hubei_checks():
    hubei, mine = load_checklist("hubei"), load_checklist(str(EXAMPLE))
    # one changed severity
    assert (hubei.get("topic.emergency").severity, mine.get("topic.emergency").severity) == ("info", "warning")
    assert mine.get("topic.emergency").match == hubei.get("topic.emergency").match
    # one overlay: its example is met only with the added concept, and the inherited ones stay
    added = mine.get("topic.transparency")
    example = next(e for e in added.examples["met"] if "政府开放日" in e.text)
    assert run_example(mine, added, example) is None
    assert run_example(hubei, hubei.get("topic.transparency"), example) is not None
    assert added.match.any[:-1] == hubei.get("topic.transparency").match.any
    # one new topic with its examples
    assert hubei.get("topic.yangtze-protection") is None
    new = mine.get("topic.yangtze-protection")
    assert new.kind == "topic" and len(new.examples["met"]) == 2 and len(new.examples["missing"]) == 2
