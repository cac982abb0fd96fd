"""Overlays: override by id, ``key+`` appends to an inherited list, ``key-`` removes from it."""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import Any

from fzcheck.checklist.problems import Layer, Problems
from fzcheck.textnorm import fold
from fzcheck.yamlsource import YamlPath

_LIST_MATCH_KEYS = ("any", "all", "regex", "exclude", "scope")


def merge_element(base: dict[str, Any], override: dict[str, Any], layer: Layer, path: YamlPath,
                  problems: Problems) -> None:
    """Override by id: keys replace; ``match``, ``fallback``, ``params`` and ``examples`` merge key
    by key so one list can change alone, and inside them ``key+`` appends to an inherited list and
    ``key-`` removes from it (see the schema's descriptions). A new element merges into ``{}``."""
    new = not base
    for key, value in override.items():
        inherited = base.get(key)
        if key in ("match", "fallback"):
            base[key] = _overlay_match(inherited if isinstance(inherited, dict) else {}, value,
                                       layer, (*path, key), problems, new)
        elif key == "params" and isinstance(value, dict):
            rule = override.get("rule", base.get("rule"))
            base[key] = _overlay_params(inherited if isinstance(inherited, dict) else {}, value,
                                        rule, layer, (*path, key), problems)
        elif key == "examples" and isinstance(value, dict):
            merged = dict(base.get(key) or {})
            for kind, items in value.items():
                if kind.endswith("+"):
                    merged[kind[:-1]] = [*merged.get(kind[:-1], []), *items]
                else:
                    merged[kind] = list(items)
            base[key] = merged
        elif key == "children" and isinstance(value, list):
            children = []
            for j, child in enumerate(value):
                child = copy.deepcopy(child)
                if isinstance(child, dict) and isinstance(child.get("match"), dict):
                    child["match"] = _overlay_match({}, child["match"], layer, (*path, "children", j, "match"),
                                                    problems, True)
                children.append(child)
            base[key] = children
        else:
            base[key] = copy.deepcopy(value)


def _overlay_match(base: dict[str, Any], override: dict[str, Any], layer: Layer, path: YamlPath,
                   problems: Problems, new: bool) -> dict[str, Any]:
    out = copy.deepcopy(base)
    if not isinstance(override, dict):
        return copy.deepcopy(override)
    for key, value in override.items():
        if not key.endswith(("+", "-")):
            out[key] = copy.deepcopy(value)
    for key, value in override.items():
        name = key[:-1]
        if not key.endswith("-") or name not in _LIST_MATCH_KEYS or not isinstance(value, list):
            continue
        out[name] = _remove(list(out.get(name) or []), value, functools.partial(_removes, name), layer,
                            (*path, key), problems)
    for key, value in override.items():
        name = key[:-1]
        if not key.endswith("+") or name not in _LIST_MATCH_KEYS or not isinstance(value, list):
            continue
        if new or name not in base:
            problems.warn(layer.source, "cl.overlay_new", layer.lines, (*path, key), key=key, plain=name)
        out[name] = [*(out.get(name) or []), *copy.deepcopy(value)]
    return out


def _removes(name: str, item: Any, entry: Any) -> bool:
    """Whether ``name-: [item]`` removes *entry* from the inherited list ``name``."""
    if name == "any":  # a concept whose label or any variant is the phrase
        return isinstance(item, str) and fold(item) in {fold(p) for p in concept_phrases(entry)}
    if name == "all":  # a group in which every given phrase belongs to some concept
        wanted = [item] if isinstance(item, str) else list(item) if isinstance(item, list) else []
        if not wanted or not isinstance(entry, list):
            return False
        folded = {fold(p) for concept in entry for p in concept_phrases(concept)}
        return all(isinstance(w, str) and fold(w) in folded for w in wanted)
    if name == "exclude":
        return isinstance(item, str) and isinstance(entry, str) and fold(item) == fold(entry)
    return item == entry  # regex (the pattern as written), scope (a part id)


def concept_phrases(concept: Any) -> list[str]:
    if isinstance(concept, str):
        return [concept]
    return [p for p in concept if isinstance(p, str)] if isinstance(concept, list) else []


def show(item: Any) -> str:
    return "、".join(item) if isinstance(item, list) else str(item)


def _overlay_params(base: dict[str, Any], override: dict[str, Any], rule: str | None, layer: Layer,
                    path: YamlPath, problems: Problems) -> dict[str, Any]:
    """Parameters merge key by key; ``name+`` appends to a list parameter (inherited, or the rule's
    default), ``name-`` removes items equal to the value or whose ``name``/``term`` is the value."""
    out = copy.deepcopy(base)
    defaults: dict[str, Any] = {}
    if any(k.endswith(("+", "-")) for k in override) and isinstance(rule, str):
        from fzcheck.rules import RULE_NAMES, rule_module

        if rule in RULE_NAMES:
            defaults = rule_module(rule).DEFAULTS
    for key, value in override.items():
        if not key.endswith(("+", "-")):
            out[key] = copy.deepcopy(value)
    for key, value in override.items():
        if not key.endswith(("+", "-")):
            continue
        name = key[:-1]
        current = out[name] if name in out else copy.deepcopy(defaults.get(name))
        if not isinstance(current, list) or not isinstance(value, list):
            problems.warn(layer.source, "cl.overlay_not_list", layer.lines, (*path, key), key=name)
            continue
        if key.endswith("+"):
            out[name] = [*current, *copy.deepcopy(value)]
            continue
        out[name] = _remove(current, value, lambda item, x: x == item or (
            isinstance(x, dict) and item in (x.get("name"), x.get("term"))), layer, (*path, key), problems)
    return out


def _remove(current: list[Any], items: list[Any], removes: Callable[[Any, Any], bool], layer: Layer,
            path: YamlPath, problems: Problems) -> list[Any]:
    """*current* less the entries each of *items* removes; an item that removes nothing is a
    lint warning at ``path[k]``."""
    for k, item in enumerate(items):
        kept = [x for x in current if not removes(item, x)]
        if len(kept) == len(current):
            problems.warn(layer.source, "cl.overlay_nothing", layer.lines, (*path, k), key=str(path[-1])[:-1],
                          item=show(item))
        current = kept
    return current
