"""Checklist model and loader: YAML files validated by a JSON Schema, ``extends`` with override by id.

A checklist is data (Vale's lesson): what to look for lives in YAML; the engine only knows how
to look. Loading collects every problem with its file, YAML path and line, so ``checklist lint``
can list them all and ``validate`` can stop at the first with exit code 2.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from fzcheck.errors import ChecklistError
from fzcheck.textnorm import fold
from fzcheck.yamlsource import YamlPath, format_path, line_of, load_yaml

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}
SEVERITY_WEIGHT = {"error": 3.0, "warning": 2.0, "info": 1.0}
DEFAULT_CHECKLIST = "national"
_REQUIRED_FOR_NEW = ("kind", "title", "severity", "basis", "hint")
_PACKAGE_DIR = Path(__file__).resolve().parent


# ---------------------------------------------------------------- model

@dataclass(frozen=True, slots=True)
class Concept:
    """One idea and its interchangeable wordings (folded)."""

    label: str
    variants: tuple[str, ...]


@dataclass(slots=True)
class Matcher:
    target: str = "body"  # heading | body
    any: list[Concept] = field(default_factory=list)
    all: list[list[Concept]] = field(default_factory=list)
    within: str = "paragraph"
    regex: list[re.Pattern[str]] = field(default_factory=list)
    exclude: tuple[str, ...] = ()
    min_hits: int = 1
    scope: list[str] = field(default_factory=list)
    max_level: int = 2
    require_figures: bool = False
    cache: dict[str, Any] = field(default_factory=dict, repr=False)  # derived lookups (matching)


@dataclass(slots=True)
class Element:
    id: str
    kind: str  # part | topic | child
    title: str
    severity: str
    basis: str = ""
    hint: str = ""
    title_en: str | None = None
    hint_en: str | None = None
    weight: float | None = None
    match: Matcher | None = None
    fallback: Matcher | None = None  # parts: evidence in the text when no heading matches
    children: list[Element] = field(default_factory=list)
    children_min: int = 0
    rule: str | None = None  # doc elements: name of the rule module
    params: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    line: int | None = None

    def title_for(self, lang: str) -> str:
        return (self.title_en or self.title) if lang == "en" else self.title

    def hint_for(self, lang: str) -> str:
        return (self.hint_en or self.hint) if lang == "en" else self.hint

    @property
    def score_weight(self) -> float:
        return self.weight if self.weight is not None else SEVERITY_WEIGHT[self.severity]


@dataclass(slots=True)
class Checklist:
    id: str
    title: str
    version: str
    source: str
    chain: list[str]  # this checklist first, then what it extends
    elements: list[Element]
    title_en: str | None = None
    description: str = ""
    mask: list[re.Pattern[str]] = field(default_factory=list)
    fallback_exclude: list[str] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict, repr=False)  # derived data, e.g. the phrase index

    def get(self, element_id: str) -> Element | None:
        for el in self.elements:
            if el.id == element_id:
                return el
            for child in el.children:
                if child.id == element_id:
                    return child
        return None

    def title_for(self, lang: str) -> str:
        return (self.title_en or self.title) if lang == "en" else self.title


# ---------------------------------------------------------------- locating files

def builtin_dir() -> Path:
    """Built-in checklists: inside the installed package, or at the top of a source checkout."""
    packaged = _PACKAGE_DIR / "checklists"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parents[1] / "checklists"


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


def _is_path_like(name: str) -> bool:
    return name.endswith((".yaml", ".yml")) or "/" in name or "\\" in name


def resolve(name: str, base: Path | None = None) -> tuple[Path, bool]:
    """Return (file, is_builtin) for a checklist name or path."""
    if _is_path_like(name):
        path = (base / name) if base is not None and not Path(name).is_absolute() else Path(name)
        if not path.is_file():
            raise ChecklistError(str(path), "cl.not_found", name=name, builtins=", ".join(builtin_names()))
        return path, False
    path = builtin_dir() / f"{name}.yaml"
    if not path.is_file():
        raise ChecklistError(None, "cl.not_found", name=name, builtins=", ".join(builtin_names()))
    return path, True


@cache
def schema() -> dict[str, Any]:
    return json.loads((_PACKAGE_DIR / "schema" / "checklist.schema.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- loading

class _Problems:
    """Collects loader problems; ``validate`` raises the first, ``lint`` shows them all."""

    def __init__(self) -> None:
        self.items: list[ChecklistError] = []

    def add(self, source: str, message_key: str, lines: dict[YamlPath, int] | None, path: YamlPath, /,
            **params: Any) -> None:
        line = line_of(lines, path) if lines is not None else None
        self.items.append(ChecklistError(source, message_key, line=line, yaml_path=format_path(path), **params))


@dataclass(slots=True)
class _Layer:
    """One checklist file as read: its data and where each value came from."""

    source: str
    path: Path
    data: dict[str, Any]
    lines: dict[YamlPath, int]
    builtin: bool


def load_checklist(name: str = DEFAULT_CHECKLIST, *, validate_schema: bool | None = None) -> Checklist:
    """Load a checklist by built-in name or path, raising ChecklistError on the first problem."""
    problems = _Problems()
    checklist = _load(name, problems, validate_schema)
    if problems.items:
        raise problems.items[0]
    assert checklist is not None
    return checklist


def lint_checklist(name: str) -> tuple[Checklist | None, list[ChecklistError]]:
    """Load with every check on; return the checklist (if it could be built) and all problems."""
    problems = _Problems()
    try:
        checklist = _load(name, problems, True)
    except ChecklistError as exc:
        problems.items.append(exc)
        checklist = None
    return (checklist if not problems.items else None), problems.items


def _load(name: str, problems: _Problems, validate_schema: bool | None) -> Checklist | None:
    path, builtin = resolve(name)
    layers = _read_chain(path, builtin, problems, validate_schema, stack=[])
    if problems.items:
        return None
    return _build(layers, problems)


def _read_layer(path: Path, builtin: bool) -> _Layer:
    source = str(path) if not builtin else f"{path.stem} ({path})"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ChecklistError(str(path), "err.read", reason=str(exc)) from exc
    data, lines = load_yaml(text, str(path))
    if not isinstance(data, dict):
        raise ChecklistError(str(path), "cl.not_mapping", line=1)
    return _Layer(source=source, path=path, data=data, lines=lines, builtin=builtin)


def _read_chain(path: Path, builtin: bool, problems: _Problems, validate_schema: bool | None,
                stack: list[Path]) -> list[_Layer]:
    """Read *path* and everything it extends; the base comes first in the result."""
    resolved = path.resolve()
    if resolved in stack:
        chain = " → ".join(p.name for p in [*stack, resolved])
        raise ChecklistError(str(path), "cl.cycle", line=1, chain=chain)
    layer = _read_layer(path, builtin)
    # Built-in files are validated by the test suite; skipping it here keeps start-up fast.
    if validate_schema or (validate_schema is None and not builtin):
        _validate_schema(layer, problems)
    _check_layer(layer, problems)
    layers = [layer]
    parent = layer.data.get("extends")
    if isinstance(parent, str):
        try:
            parent_path, parent_builtin = resolve(parent, base=path.parent)
        except ChecklistError as exc:
            problems.add(str(path), exc.message_key, layer.lines, ("extends",), **exc.params)
            return layers
        layers = [*_read_chain(parent_path, parent_builtin, problems, validate_schema,
                               [*stack, resolved]), layer]
    return layers


def _validate_schema(layer: _Layer, problems: _Problems) -> None:
    from jsonschema import Draft202012Validator  # imported here: ~80 ms, needed only for user files

    validator = Draft202012Validator(schema())
    for err in sorted(validator.iter_errors(layer.data), key=lambda e: [str(p) for p in e.absolute_path]):
        path: YamlPath = tuple(err.absolute_path)
        v = err.validator
        if v == "additionalProperties":
            allowed = list(err.schema.get("properties", {}))
            for key in sorted(set(err.instance) - set(allowed)):
                near = difflib.get_close_matches(key, allowed, n=1)
                problems.add(layer.source, "cl.unknown_key", layer.lines, (*path, key), key=key,
                             near=near[0] if near else None)
        elif v == "required":
            m = re.search(r"'(.+?)' is a required property", err.message)
            problems.add(layer.source, "cl.required", layer.lines, path, key=m.group(1) if m else err.message)
        elif v == "enum":
            problems.add(layer.source, "cl.enum", layer.lines, path, value=err.instance,
                         choices=", ".join(map(str, err.validator_value)))
        elif v == "type":
            problems.add(layer.source, "cl.type", layer.lines, path, expected=err.validator_value)
        elif v == "oneOf":
            problems.add(layer.source, "cl.type", layer.lines, path, expected="string | [string, ...]")
        elif v == "pattern":
            problems.add(layer.source, "cl.pattern", layer.lines, path, value=err.instance,
                         pattern=err.validator_value)
        else:
            problems.add(layer.source, "cl.schema", layer.lines, path, message=err.message)


def _check_layer(layer: _Layer, problems: _Problems) -> None:
    """Checks that need no inheritance: duplicate ids, child ids, regular expressions."""
    elements = layer.data.get("elements")
    if not isinstance(elements, list):
        return
    seen: dict[str, int | None] = {}
    for i, el in enumerate(elements):
        if not isinstance(el, dict) or not isinstance(el.get("id"), str):
            continue
        eid = el["id"]
        if eid in seen:
            problems.add(layer.source, "cl.dup_id", layer.lines, ("elements", i, "id"), id=eid, first=seen[eid])
        seen[eid] = line_of(layer.lines, ("elements", i))
        for j, child in enumerate(el.get("children") or []):
            cid = child.get("id") if isinstance(child, dict) else None
            if isinstance(cid, str) and not cid.startswith(eid + "."):
                problems.add(layer.source, "cl.child_id", layer.lines, ("elements", i, "children", j, "id"),
                             id=cid, parent=eid)
        for mpath, match in _matches_of(el, ("elements", i)):
            for k, pattern in enumerate(match.get("regex") or []):
                _compile(pattern, layer, (*mpath, "regex", k), problems)
    for k, pattern in enumerate(layer.data.get("mask") or []):
        _compile(pattern, layer, ("mask", k), problems)


def _matches_of(el: dict[str, Any], path: YamlPath) -> list[tuple[YamlPath, dict[str, Any]]]:
    out = []
    for key in ("match", "fallback"):
        if isinstance(el.get(key), dict):
            out.append(((*path, key), el[key]))
    for j, child in enumerate(el.get("children") or []):
        if isinstance(child, dict) and isinstance(child.get("match"), dict):
            out.append(((*path, "children", j, "match"), child["match"]))
    return out


def _compile(pattern: Any, layer: _Layer, path: YamlPath, problems: _Problems) -> re.Pattern[str] | None:
    if not isinstance(pattern, str):
        return None
    try:
        return re.compile(pattern)
    except re.error as exc:
        problems.add(layer.source, "cl.regex", layer.lines, path, pattern=pattern, reason=str(exc))
        return None


# ---------------------------------------------------------------- merging and building

def _build(layers: list[_Layer], problems: _Problems) -> Checklist | None:
    merged: dict[str, Any] = {}
    elements: dict[str, dict[str, Any]] = {}
    origin: dict[str, tuple[_Layer, YamlPath]] = {}
    for layer in layers:
        for key, value in layer.data.items():
            if key not in ("elements", "disable", "extends"):
                merged[key] = copy.deepcopy(value)
        for k, eid in enumerate(layer.data.get("disable") or []):
            if eid not in elements:
                problems.add(layer.source, "cl.scope", layer.lines, ("disable", k), id=eid)
            elements.pop(eid, None)
        for i, el in enumerate(layer.data.get("elements") or []):
            eid = el["id"]
            if eid in elements:
                _merge_element(elements[eid], el)
            else:
                missing = [k for k in _REQUIRED_FOR_NEW if k not in el]
                if el.get("kind") == "doc":
                    if "rule" not in el:
                        missing.append("rule")
                elif "match" not in el and "children" not in el:
                    missing.append("match")
                if missing:
                    problems.add(layer.source, "cl.incomplete", layer.lines, ("elements", i), id=eid,
                                 keys=", ".join(missing))
                    continue
                elements[eid] = copy.deepcopy(el)
            origin[eid] = (layer, ("elements", i))
    if problems.items:
        return None
    top = layers[-1]
    synonyms = {fold(k): [fold(v) for v in vs] for k, vs in (merged.get("synonyms") or {}).items()}
    parts = {eid for eid, el in elements.items() if el.get("kind") == "part"}
    built: list[Element] = []
    for eid, raw in elements.items():
        if raw.get("enabled", True) is False:
            continue
        layer, path = origin[eid]
        built.append(_make_element(raw, layer, path, synonyms, parts, problems))
    if problems.items:
        return None
    fallback = [e for e in merged.get("fallback_exclude") or [] if e in parts]
    return Checklist(
        id=str(merged.get("id", top.path.stem)),
        title=str(merged.get("title", merged.get("id", top.path.stem))),
        title_en=merged.get("title_en"),
        version=str(merged.get("version", "0")),
        description=str(merged.get("description", "")),
        source=top.source,
        chain=[str(layer.data.get("id", layer.path.stem)) for layer in reversed(layers)],
        elements=built,
        mask=[re.compile(p) for p in merged.get("mask") or []],
        fallback_exclude=fallback,
    )


def _merge_element(base: dict[str, Any], override: dict[str, Any]) -> None:
    """Override by id: keys replace; ``match`` merges key by key so one list can change alone."""
    for key, value in override.items():
        if key in ("match", "fallback", "params") and isinstance(base.get(key), dict):
            base[key].update(copy.deepcopy(value))
        else:
            base[key] = copy.deepcopy(value)


def _make_element(raw: dict[str, Any], layer: _Layer, path: YamlPath, synonyms: dict[str, list[str]],
                  parts: set[str], problems: _Problems, kind: str | None = None,
                  severity: str | None = None) -> Element:
    eid = raw["id"]
    match = None
    if isinstance(raw.get("match"), dict):
        match = _make_matcher(raw["match"], layer, (*path, "match"), synonyms, parts, problems,
                              kind or raw.get("kind", "topic"))
    fallback = None
    if isinstance(raw.get("fallback"), dict):
        fallback = _make_matcher(raw["fallback"], layer, (*path, "fallback"), synonyms, parts, problems, "topic")
    el = Element(
        id=eid,
        kind=kind or raw.get("kind", "topic"),
        title=raw.get("title", eid),
        title_en=raw.get("title_en"),
        severity=severity or raw.get("severity", "warning"),
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
    )
    for j, child in enumerate(raw.get("children") or []):
        el.children.append(_make_element(child, layer, (*path, "children", j), synonyms, parts, problems,
                                         kind="child", severity=el.severity))
    if el.rule is not None:
        _check_rule(el, layer, path, problems)
    el.children_min = raw.get("children_min", len(el.children))
    if el.children_min > len(el.children):
        problems.add(layer.source, "cl.children_min", layer.lines, (*path, "children_min"),
                     n=el.children_min, count=len(el.children))
    return el


def _check_rule(el: Element, layer: _Layer, path: YamlPath, problems: _Problems) -> None:
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


def _make_matcher(raw: dict[str, Any], layer: _Layer, path: YamlPath, synonyms: dict[str, list[str]],
                  parts: set[str], problems: _Problems, kind: str) -> Matcher:
    default_target = "heading" if kind == "part" else "body"
    for k, sid in enumerate(raw.get("scope") or []):
        if sid not in parts:
            problems.add(layer.source, "cl.scope", layer.lines, (*path, "scope", k), id=sid)
    return Matcher(
        target=raw.get("in", default_target),
        any=[_concept(c, synonyms) for c in raw.get("any") or []],
        all=[[_concept(c, synonyms) for c in group] for group in raw.get("all") or []],
        within=raw.get("within", "paragraph"),
        regex=[re.compile(p) for p in raw.get("regex") or []],
        exclude=tuple(fold(x) for x in raw.get("exclude") or []),
        min_hits=raw.get("min_hits", 1),
        scope=list(raw.get("scope") or []),
        max_level=raw.get("max_level", 2),
        require_figures=bool(raw.get("require_figures", False)),
    )
