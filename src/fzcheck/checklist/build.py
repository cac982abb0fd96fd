"""Building: merge the layers of a checklist by id and make its elements, matchers and concepts."""

from __future__ import annotations

import copy
import functools
import re
from typing import Any

from fzcheck.checklist.model import (
    EXAMPLE_KINDS,
    Checklist,
    Concept,
    Element,
    Example,
    Kind,
    Matcher,
    Severity,
    mask_entry,
)
from fzcheck.checklist.overlays import merge_element
from fzcheck.checklist.problems import Layer, Problems
from fzcheck.textnorm import fold
from fzcheck.yamlsource import YamlPath, format_path, line_of

_REQUIRED_FOR_NEW = ("kind", "title", "severity", "basis", "hint")


def build_checklist(layers: list[Layer], problems: Problems) -> tuple[Checklist, dict[str, dict[str, Any]]] | None:
    merged: dict[str, Any] = {}
    elements: dict[str, dict[str, Any]] = {}
    origin: dict[str, tuple[Layer, YamlPath]] = {}
    for layer in layers:
        for key, value in layer.data.items():
            if key == "mask+":  # add to the inherited masks instead of replacing them
                merged["mask"] = [*(merged.get("mask") or []), *value]
            elif key == "synonyms+":
                merged["synonyms"] = {**(merged.get("synonyms") or {}), **copy.deepcopy(value)}
            elif key == "reading":  # each list given replaces the inherited one; the others stay
                merged["reading"] = {**(merged.get("reading") or {}), **copy.deepcopy(value)}
            elif key not in ("elements", "disable", "extends"):
                merged[key] = copy.deepcopy(value)
        for k, eid in enumerate(layer.data.get("disable") or []):
            if eid not in elements:
                problems.add(layer.source, "cl.scope", layer.lines, ("disable", k), id=eid)
            elements.pop(eid, None)
        for i, el in enumerate(layer.data.get("elements") or []):
            eid = el["id"]
            path: YamlPath = ("elements", i)
            el = _with_examples(el, layer, path)
            if eid in elements:
                merge_element(elements[eid], el, layer, path, problems)
            else:
                missing = [k for k in _REQUIRED_FOR_NEW if k not in el]
                if el.get("kind") == Kind.DOC:
                    if "rule" not in el:
                        missing.append("rule")
                elif "match" not in el and "children" not in el:
                    missing.append("match")
                if missing:
                    problems.add(layer.source, "cl.incomplete", layer.lines, path, id=eid,
                                 keys=", ".join(missing))
                    continue
                elements[eid] = {}
                merge_element(elements[eid], el, layer, path, problems)
            origin[eid] = (layer, path)
    if problems.items:
        return None
    top = layers[-1]
    synonyms = {fold(k): [fold(v) for v in vs] for k, vs in (merged.get("synonyms") or {}).items()}
    parts = {eid for eid, el in elements.items() if el.get("kind") == Kind.PART}
    built: list[Element] = []
    for eid, raw in elements.items():
        if raw.get("enabled", True) is False:
            continue
        layer, path = origin[eid]
        built.append(_make_element(raw, layer, path, synonyms, parts, problems))
    if problems.items:
        return None
    fallback = [e for e in merged.get("fallback_exclude") or [] if e in parts]
    masks = [mask_entry(item) for item in merged.get("mask") or []]
    checklist = Checklist(
        id=str(merged.get("id", top.path.stem)),
        title=str(merged.get("title", merged.get("id", top.path.stem))),
        title_en=merged.get("title_en"),
        version=str(merged.get("version", "0")),
        description=str(merged.get("description", "")),
        source=top.source,
        chain=[str(layer.data.get("id", layer.path.stem)) for layer in reversed(layers)],
        elements=built,
        mask=[re.compile(p) for p, _ in masks],
        stand_ins={p: fold(word) for p, word in masks if word},
        fallback_exclude=fallback,
        reading=dict(merged.get("reading") or {}),
    )
    return checklist, elements


def _with_examples(el: dict[str, Any], layer: Layer, path: YamlPath) -> dict[str, Any]:
    """A shallow copy of a raw element whose examples (and its children's) are Example objects that
    remember their file and line; nothing is read or parsed here."""
    out = dict(el)
    raw = el.get("examples")
    if isinstance(raw, dict):
        examples: dict[str, list[Example]] = {}
        for key, items in raw.items():
            kind = key.rstrip("+")
            if kind not in EXAMPLE_KINDS or not isinstance(items, list):
                continue
            examples[key] = [ex for k, item in enumerate(items)
                             if (ex := _example(item, kind, layer, (*path, "examples", key, k))) is not None]
        out["examples"] = examples
    children = el.get("children")
    if isinstance(children, list):
        out["children"] = [_with_examples(c, layer, (*path, "children", j)) if isinstance(c, dict) else c
                           for j, c in enumerate(children)]
    return out


def _example(item: Any, kind: str, layer: Layer, path: YamlPath) -> Example | None:
    make = functools.partial(Example, kind, source=layer.source, line=line_of(layer.lines, path),
                             yaml_path=format_path(path), base=str(layer.path.parent))
    if isinstance(item, str):
        return make(text=item)
    if not isinstance(item, dict):
        return None
    note = str(item.get("note") or "")
    if isinstance(item.get("previous"), str):  # a rule that compares two years' reports
        make = functools.partial(make, previous=item["previous"])
    if isinstance(item.get("file"), str):
        return make(file=item["file"], whole=True, note=note)
    if isinstance(item.get("report"), str):
        return make(text=item["report"], whole=True, note=note)
    if isinstance(item.get("text"), str):
        return make(text=item["text"], note=note)
    return None


def _make_element(raw: dict[str, Any], layer: Layer, path: YamlPath, synonyms: dict[str, list[str]],
                  parts: set[str], problems: Problems, kind: Kind | None = None,
                  severity: Severity | None = None) -> Element:
    eid = raw["id"]
    match = None
    if isinstance(raw.get("match"), dict):
        match = _make_matcher(raw["match"], layer, (*path, "match"), synonyms, parts, problems)
    fallback = None
    if isinstance(raw.get("fallback"), dict):
        fallback = _make_matcher(raw["fallback"], layer, (*path, "fallback"), synonyms, parts, problems)
    el = Element(
        id=eid,
        kind=Kind(kind or raw.get("kind", Kind.TOPIC)),
        title=raw.get("title", eid),
        title_en=raw.get("title_en"),
        severity=Severity(severity or raw.get("severity", Severity.WARNING)),
        basis=raw.get("basis", ""),
        hint=raw.get("hint", ""),
        hint_en=raw.get("hint_en"),
        weight=raw.get("weight"),
        match=match,
        fallback=fallback,
        rule=raw.get("rule"),
        params=dict(raw.get("params") or {}),
        source=layer.source,
        line=line_of(layer.lines, path),
        examples={k: list(v) for k, v in (raw.get("examples") or {}).items()
                  if k in EXAMPLE_KINDS and isinstance(v, list)},
    )
    for j, child in enumerate(raw.get("children") or []):
        el.children.append(_make_element(child, layer, (*path, "children", j), synonyms, parts, problems,
                                         kind=Kind.CHILD, severity=el.severity))
    if el.rule is not None:
        _check_rule(el, layer, path, problems)
    el.children_min = raw.get("children_min", len(el.children))
    el.children_specific = bool(raw.get("children_specific", False))
    if el.children_min > len(el.children):
        problems.add(layer.source, "cl.children_min", layer.lines, (*path, "children_min"),
                     n=el.children_min, count=len(el.children))
    return el


def _check_rule(el: Element, layer: Layer, path: YamlPath, problems: Problems) -> None:
    from fzcheck.rules import RULE_NAMES, rule_module

    if el.rule not in RULE_NAMES:
        problems.add(layer.source, "cl.rule", layer.lines, (*path, "rule"), rule=el.rule,
                     rules=", ".join(RULE_NAMES))
        return
    unknown = sorted(set(el.params) - set(rule_module(el.rule).DEFAULTS))
    for key in unknown:
        problems.add(layer.source, "cl.unknown_key", layer.lines, (*path, "params", key), key=key, near=None)


def _concept(value: str | list[str], synonyms: dict[str, list[str]]) -> Concept:
    phrases = [value] if isinstance(value, str) else list(value)
    variants: list[str] = []
    for phrase in phrases:
        folded = fold(phrase)
        for v in [folded, *synonyms.get(folded, [])]:
            if v and v not in variants:
                variants.append(v)
    # longest first, so that evidence quotes the most specific wording
    return Concept(label=phrases[0], variants=tuple(sorted(variants, key=len, reverse=True)))


def _make_matcher(raw: dict[str, Any], layer: Layer, path: YamlPath, synonyms: dict[str, list[str]],
                  parts: set[str], problems: Problems) -> Matcher:
    for k, sid in enumerate(raw.get("scope") or []):
        if sid not in parts:
            problems.add(layer.source, "cl.scope", layer.lines, (*path, "scope", k), id=sid)
    return Matcher(
        any=[_concept(c, synonyms) for c in raw.get("any") or []],
        all=[[_concept(c, synonyms) for c in group] for group in raw.get("all") or []],
        within=raw.get("within", "paragraph"),
        regex=[re.compile(p) for p in raw.get("regex") or []],
        exclude=tuple(fold(x) for x in raw.get("exclude") or []),
        not_for=tuple(fold(x) for x in raw.get("not_for") or []),
        min_hits=raw.get("min_hits", 1),
        scope=list(raw.get("scope") or []),
        max_level=raw.get("max_level", 2),
        require_figures=bool(raw.get("require_figures", False)),
    )
