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
from fzcheck.textnorm import dropped_characters, fold
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


@dataclass(frozen=True, slots=True)
class Example:
    """One example of a checklist element: a text that must give the element a given status.

    Kept as written: nothing is read or parsed when a checklist loads (``validate`` never runs
    examples); ``fzcheck.checklist_test`` runs them for ``checklist test`` and ``checklist lint``.
    """

    expect: str  # met | partial | missing
    text: str | None = None  # inline text (a snippet, or a whole report when ``whole``)
    file: str | None = None  # a report file, relative to ``base``
    whole: bool = False  # the text is a whole report, not a snippet to wrap
    note: str = ""
    source: str = ""  # the checklist file that holds the example
    line: int | None = None
    yaml_path: str = ""
    base: str = ""  # directory of that checklist file
    previous: str | None = None  # the previous year's report, whole (doc.commitments compares the two)

    def label(self, width: int = 40) -> str:
        """The example in one short line, for messages."""
        if self.file is not None:
            return self.file
        flat = " ⏎ ".join(part.strip() for part in (self.text or "").strip().splitlines() if part.strip())
        return flat if len(flat) <= width else flat[:width] + "…"


EXAMPLE_KINDS = ("met", "partial", "missing")


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
    examples: dict[str, list[Example]] = field(default_factory=dict)  # met | partial | missing

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


def is_path_like(name: str) -> bool:
    """A checklist path (else a built-in name): a YAML suffix or a directory separator."""
    return name.endswith((".yaml", ".yml")) or "/" in name or "\\" in name


def resolve(name: str, base: Path | None = None) -> tuple[Path, bool]:
    """Return (file, is_builtin) for a checklist name or path.

    With *base* (the directory of a checklist that ``extends`` this one) a path must stay inside
    that directory's tree: no absolute path, no ``..`` out of it, so a checklist from elsewhere
    cannot make fzcheck read any file it likes."""
    if is_path_like(name):
        if base is not None:
            path = base / name
            if Path(name).is_absolute() or not path.resolve().is_relative_to(base.resolve()):
                raise ChecklistError(str(path), "cl.extends_escape", name=name)
        else:
            path = Path(name)
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

class ChecklistWarning(ChecklistError):
    """A lint finding that does not stop a checklist from loading: the checklist works, but not as
    written (a phrase that changes nothing, an overlay that removes nothing). ``validate`` ignores
    warnings; ``checklist lint`` reports them (and exits 1) with their level."""

    level = "warning"


def problem_level(problem: ChecklistError) -> str:
    """"error" or "warning": the level of a lint problem (plain ChecklistErrors are errors)."""
    return problem.level


class _Problems:
    """Collects loader problems; ``validate`` raises the first, ``lint`` shows them all.

    ``items`` are errors; ``warnings`` (lint only) never stop a checklist from loading."""

    def __init__(self) -> None:
        self.items: list[ChecklistError] = []
        self.warnings: list[ChecklistError] = []

    def add(self, source: str, message_key: str, lines: dict[YamlPath, int] | None, path: YamlPath, /,
            **params: Any) -> None:
        line = line_of(lines, path) if lines is not None else None
        self.items.append(ChecklistError(source, message_key, line=line, yaml_path=format_path(path), **params))

    def warn(self, source: str, message_key: str, lines: dict[YamlPath, int] | None, path: YamlPath, /,
             **params: Any) -> None:
        line = line_of(lines, path) if lines is not None else None
        self.warnings.append(ChecklistWarning(source, message_key, line=line, yaml_path=format_path(path),
                                              **params))


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


def lint_checklist(name: str, *, examples: bool = True) -> tuple[Checklist | None, list[ChecklistError]]:
    """Load with every check on; return the checklist and all problems.

    Besides what loading checks, lint looks for silent failures: phrases and regular expressions
    that can never match, phrases that never change a result (shadowed), overlays that change
    nothing and, with *examples*, examples that contradict their element. Each problem has a
    ``level`` (see :func:`problem_level`): the checklist is returned unless there is an error."""
    problems = _Problems()
    checklist = None
    try:
        loaded = _load_layers(name, problems, True)
        if loaded is not None:
            checklist = loaded[0]
            if not problems.items:
                _lint_matchers(*loaded, problems)
                if examples:
                    _lint_examples(checklist, problems)
    except ChecklistError as exc:
        problems.items.append(exc)
    found = problems.items + sorted(problems.warnings, key=lambda p: (p.source or "", p.line or 0))
    return (checklist if not problems.items else None), found


def _load(name: str, problems: _Problems, validate_schema: bool | None) -> Checklist | None:
    loaded = _load_layers(name, problems, validate_schema)
    return loaded[0] if loaded is not None else None


def _load_layers(name: str, problems: _Problems, validate_schema: bool | None
                 ) -> tuple[Checklist, list[_Layer], dict[str, dict[str, Any]]] | None:
    path, builtin = resolve(name)
    layers = _read_chain(path, builtin, problems, validate_schema, stack=[])
    if problems.items:
        return None
    built = _build(layers, problems)
    return None if built is None else (built[0], layers, built[1])


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
            problems.add(layer.source, "cl.type", layer.lines, path,
                         expected=err.schema.get("x-expected", "string | [string, ...]"))
        elif v == "pattern":
            problems.add(layer.source, "cl.pattern", layer.lines, path, value=err.instance,
                         pattern=err.validator_value)
        else:
            problems.add(layer.source, "cl.schema", layer.lines, path, message=err.message)


def _check_layer(layer: _Layer, problems: _Problems) -> None:
    """Checks that need no inheritance: duplicate ids, child ids, regular expressions."""
    elements = layer.data.get("elements")
    seen: dict[str, int | None] = {}
    # (no early return: the masks below are checked in files without elements too)
    for i, el in enumerate(elements if isinstance(elements, list) else []):
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
            for key in ("regex", "regex+"):
                for k, pattern in enumerate(match.get(key) or []):
                    _compile(pattern, layer, (*mpath, key, k), problems)
    for key in ("mask", "mask+"):
        for k, pattern in enumerate(layer.data.get(key) or []):
            _compile(pattern, layer, (key, k), problems)
    if layer.data.get("extends") and "mask" in layer.data:
        # a plain `mask:` replaces the inherited masks: slogans would silently become evidence
        problems.warn(layer.source, "cl.mask_replaces", layer.lines, ("mask",))


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
        compiled = re.compile(pattern)
    except re.error as exc:
        problems.add(layer.source, "cl.regex", layer.lines, path, pattern=pattern, reason=str(exc))
        return None
    if nested_unbounded(pattern):
        problems.add(layer.source, "cl.regex_nested", layer.lines, path, pattern=pattern)
        return None
    return compiled


def nested_unbounded(pattern: str) -> bool:
    """Whether *pattern* repeats, without bound, something that itself repeats without bound —
    「(a+)+」, 「(\\w*)*」: the shape that makes a backtracking engine take exponential time."""
    from re import _constants as c
    from re import _parser

    def walk(items: Any, inside: bool) -> bool:
        for op, av in items:
            if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                unbounded = av[1] == c.MAXREPEAT
                if (unbounded and inside) or walk(av[2], inside or unbounded):
                    return True
            elif op in (c.SUBPATTERN, getattr(c, "ATOMIC_GROUP", None)):
                if walk(av[-1] if op == c.SUBPATTERN else av, inside):
                    return True
            elif op == c.BRANCH:
                if any(walk(branch, inside) for branch in av[1]):
                    return True
            elif op in (c.ASSERT, c.ASSERT_NOT) and walk(av[1], inside):
                return True
        return False

    try:
        return walk(_parser.parse(pattern), False)
    except re.error:
        return False


# ---------------------------------------------------------------- merging and building

def _build(layers: list[_Layer], problems: _Problems) -> tuple[Checklist, dict[str, dict[str, Any]]] | None:
    merged: dict[str, Any] = {}
    elements: dict[str, dict[str, Any]] = {}
    origin: dict[str, tuple[_Layer, YamlPath]] = {}
    for layer in layers:
        for key, value in layer.data.items():
            if key == "mask+":  # add to the inherited masks instead of replacing them
                merged["mask"] = [*(merged.get("mask") or []), *value]
            elif key == "synonyms+":
                merged["synonyms"] = {**(merged.get("synonyms") or {}), **copy.deepcopy(value)}
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
                _merge_element(elements[eid], el, layer, path, problems)
            else:
                missing = [k for k in _REQUIRED_FOR_NEW if k not in el]
                if el.get("kind") == "doc":
                    if "rule" not in el:
                        missing.append("rule")
                elif "match" not in el and "children" not in el:
                    missing.append("match")
                if missing:
                    problems.add(layer.source, "cl.incomplete", layer.lines, path, id=eid,
                                 keys=", ".join(missing))
                    continue
                elements[eid] = {}
                _merge_element(elements[eid], el, layer, path, problems)
            origin[eid] = (layer, path)
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
    checklist = Checklist(
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
    return checklist, elements


# ---------------------------------------------------------------- overlays: key+ appends, key- removes

_LIST_MATCH_KEYS = ("any", "all", "regex", "exclude", "scope")


def _merge_element(base: dict[str, Any], override: dict[str, Any], layer: _Layer, path: YamlPath,
                   problems: _Problems) -> None:
    """Override by id: keys replace; ``match``, ``fallback``, ``params`` and ``examples`` merge key
    by key so one list can change alone, and inside them ``key+`` appends to an inherited list and
    ``key-`` removes from it (see the schema's descriptions). A new element merges into ``{}``."""
    new = not base
    for key, value in override.items():
        if key in ("match", "fallback"):
            base[key] = _overlay_match(base.get(key) if isinstance(base.get(key), dict) else {}, value,
                                       layer, (*path, key), problems, new)
        elif key == "params" and isinstance(value, dict):
            rule = override.get("rule", base.get("rule"))
            base[key] = _overlay_params(base.get(key) if isinstance(base.get(key), dict) else {}, value,
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


def _overlay_match(base: dict[str, Any], override: dict[str, Any], layer: _Layer, path: YamlPath,
                   problems: _Problems, new: bool) -> dict[str, Any]:
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
        current = list(out.get(name) or [])
        for k, item in enumerate(value):
            kept = [x for x in current if not _removes(name, item, x)]
            if len(kept) == len(current):
                problems.warn(layer.source, "cl.overlay_nothing", layer.lines, (*path, key, k), key=name,
                              item=_show(item))
            current = kept
        out[name] = current
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
        return isinstance(item, str) and fold(item) in {fold(p) for p in _phrases(entry)}
    if name == "all":  # a group in which every given phrase belongs to some concept
        wanted = [item] if isinstance(item, str) else list(item) if isinstance(item, list) else []
        if not wanted or not isinstance(entry, list):
            return False
        folded = {fold(p) for concept in entry for p in _phrases(concept)}
        return all(isinstance(w, str) and fold(w) in folded for w in wanted)
    if name == "exclude":
        return isinstance(item, str) and isinstance(entry, str) and fold(item) == fold(entry)
    return item == entry  # regex (the pattern as written), scope (a part id)


def _phrases(concept: Any) -> list[str]:
    if isinstance(concept, str):
        return [concept]
    return [p for p in concept if isinstance(p, str)] if isinstance(concept, list) else []


def _show(item: Any) -> str:
    return "、".join(item) if isinstance(item, list) else str(item)


def _overlay_params(base: dict[str, Any], override: dict[str, Any], rule: str | None, layer: _Layer,
                    path: YamlPath, problems: _Problems) -> dict[str, Any]:
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
        for k, item in enumerate(value):
            kept = [x for x in current if not (x == item or (isinstance(x, dict) and item in
                                                             (x.get("name"), x.get("term"))))]
            if len(kept) == len(current):
                problems.warn(layer.source, "cl.overlay_nothing", layer.lines, (*path, key, k), key=name,
                              item=_show(item))
            current = kept
        out[name] = current
    return out


def _with_examples(el: dict[str, Any], layer: _Layer, path: YamlPath) -> dict[str, Any]:
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


def _example(item: Any, kind: str, layer: _Layer, path: YamlPath) -> Example | None:
    where = {"source": layer.source, "line": line_of(layer.lines, path), "yaml_path": format_path(path),
             "base": str(layer.path.parent)}
    if isinstance(item, str):
        return Example(kind, text=item, **where)
    if not isinstance(item, dict):
        return None
    note = str(item.get("note") or "")
    if isinstance(item.get("previous"), str):
        where["previous"] = item["previous"]
    if isinstance(item.get("file"), str):
        return Example(kind, file=item["file"], whole=True, note=note, **where)
    if isinstance(item.get("report"), str):
        return Example(kind, text=item["report"], whole=True, note=note, **where)
    if isinstance(item.get("text"), str):
        return Example(kind, text=item["text"], note=note, **where)
    return None


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
        examples={k: list(v) for k, v in (raw.get("examples") or {}).items()
                  if k in EXAMPLE_KINDS and isinstance(v, list)},
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


# ---------------------------------------------------------------- lint: silent failures

def _lint_matchers(checklist: Checklist, layers: list[_Layer], raw_elements: dict[str, dict[str, Any]],
                   problems: _Problems) -> None:
    """Phrases and patterns that can never match, or never change a result.

    - a phrase empty once folded, or containing characters folding removes (it matches as if
      they were not there);
    - a phrase the checklist's ``mask`` always hides, or that contains an ``exclude`` phrase of
      its own matcher (wherever it stands, the paragraph is excluded);
    - shadowed: a phrase that is not the concept's label (its first phrase) and contains another
      variant of the same concept (synonyms included), or equals one once folded: any text with
      it has the shorter variant too, so it never changes whether the concept is found; an
      ``exclude`` phrase containing another ``exclude`` phrase;
    - overlap: with ``min_hits`` above 1, a phrase of one concept of an ``any`` list that contains
      a variant of another concept of the list: one mention counts as two hits;
    - a regular expression (in a matcher or ``mask``) that requires a character folded text never
      holds (spaces, quotation marks, 「、」, full-width forms, capital letters) or is anchored
      where nothing can stand.
    """
    synonyms = {fold(k): [fold(v) for v in vs] for layer in layers
                for k, vs in (layer.data.get("synonyms") or {}).items()
                if isinstance(vs, list)}
    for eid, raw in raw_elements.items():
        if raw.get("enabled", True) is False:
            continue
        for within, match in _matches_of(raw, ()):
            _lint_matcher(eid, within, match, checklist, layers, synonyms, problems)
    for k, pattern in enumerate(_merged_top(layers, "mask")):
        reason = _regex_never(pattern)
        if reason is not None:
            layer, path = _locate_top(layers, "mask", pattern) or (layers[-1], ("mask", k))
            key, params = reason
            problems.add(layer.source, key, layer.lines, path, pattern=pattern, **params)


def _merged_top(layers: list[_Layer], key: str) -> list[Any]:
    value: list[Any] = []
    for layer in layers:
        if isinstance(layer.data.get(key), list):
            value = layer.data[key]
    return value


def _lint_matcher(eid: str, within: YamlPath, match: dict[str, Any], checklist: Checklist, layers: list[_Layer],
                  synonyms: dict[str, list[str]], problems: _Problems) -> None:
    def report(level: str, key: str, value: str, **params: Any) -> None:
        layer, path = _locate(layers, eid, value, within)
        (problems.add if level == "error" else problems.warn)(layer.source, key, layer.lines, path, **params)

    excludes = [x for x in match.get("exclude") or [] if isinstance(x, str)]
    folded_excludes = [fold(x) for x in excludes]
    any_concepts = [c for c in match.get("any") or []]
    concepts = [*any_concepts, *(c for group in match.get("all") or [] if isinstance(group, list) for c in group)]
    any_variants = [_variants(c, synonyms) for c in any_concepts]
    for concept in concepts:
        phrases = _phrases(concept)
        variants = _variants(concept, synonyms)
        for idx, phrase in enumerate(phrases):
            folded = fold(phrase)
            if not folded:
                report("error", "cl.phrase_empty", phrase, phrase=phrase)
                continue
            dropped = dropped_characters(phrase)
            if dropped:
                chars = " ".join(sorted(f"U+{ord(c):04X}" if not c.strip() else c for c in dropped))
                report("warning", "cl.phrase_dropped", phrase, phrase=phrase, chars=chars, folded=folded)
            masked = next((rx.pattern for rx in checklist.mask if rx.search(folded)), None)
            if masked is not None:
                report("error", "cl.phrase_masked", phrase, phrase=phrase, pattern=masked)
            by = next((x for x, fx in zip(excludes, folded_excludes, strict=True) if fx and fx in folded), None)
            if by is not None:
                report("error", "cl.phrase_excluded", phrase, phrase=phrase, by=by)
            if idx == 0:
                continue
            earlier = {fold(p) for p in phrases[:idx]}
            if folded in earlier:
                report("warning", "cl.phrase_duplicate", phrase, phrase=phrase)
                continue
            shorter = next((v for v in variants if v != folded and v in folded), None)
            if shorter is not None:
                report("warning", "cl.phrase_shadowed", phrase, phrase=phrase, by=shorter)
    min_hits = match.get("min_hits", 1)
    if isinstance(min_hits, int) and min_hits > 1:
        for i, concept in enumerate(any_concepts):
            for phrase in _phrases(concept):
                folded = fold(phrase)
                other = next((v for j, vs in enumerate(any_variants) if j != i for v in vs if v and v in folded),
                             None)
                if folded and other is not None:
                    report("warning", "cl.phrase_overlap", phrase, phrase=phrase, by=other, n=min_hits)
    for x, fx in zip(excludes, folded_excludes, strict=True):
        shorter = next((y for y in folded_excludes if y and y != fx and y in fx), None)
        if fx and shorter is not None:
            report("warning", "cl.exclude_shadowed", x, phrase=x, by=shorter)
    for pattern in match.get("regex") or []:
        if isinstance(pattern, str):
            reason = _regex_never(pattern)
            if reason is not None:
                key, params = reason
                report("error", key, pattern, pattern=pattern, **params)


def _variants(concept: Any, synonyms: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for phrase in _phrases(concept):
        folded = fold(phrase)
        for v in [folded, *synonyms.get(folded, [])]:
            if v and v not in out:
                out.append(v)
    return out


def _locate(layers: list[_Layer], eid: str, value: Any, within: YamlPath) -> tuple[_Layer, YamlPath]:
    """Where *value* is written for element *eid*: the last file that writes it, looking first
    under *within* (e.g. ``match``), then anywhere in the element; else the element itself."""
    fallback: tuple[_Layer, YamlPath] | None = None
    for layer in reversed(layers):
        for i, el in enumerate(layer.data.get("elements") or []):
            if not isinstance(el, dict) or el.get("id") != eid:
                continue
            base: YamlPath = ("elements", i)
            node: Any = el
            for part in within:
                node = node.get(part) if isinstance(node, dict) else (
                    node[part] if isinstance(node, list) and isinstance(part, int) and part < len(node) else None)
            found = _find_scalar(node, value, (*base, *within)) if node is not None else None
            if found is None:
                found = _find_scalar(el, value, base)
            if found is not None:
                return layer, found
            fallback = fallback or (layer, base)
    return fallback or (layers[-1], ())


def _locate_top(layers: list[_Layer], key: str, value: Any) -> tuple[_Layer, YamlPath] | None:
    for layer in reversed(layers):
        found = _find_scalar(layer.data.get(key), value, (key,))
        if found is not None:
            return layer, found
    return None


def _find_scalar(node: Any, value: Any, path: YamlPath) -> YamlPath | None:
    if isinstance(node, dict):
        for k, v in node.items():
            found = _find_scalar(v, value, (*path, k))
            if found is not None:
                return found
    elif isinstance(node, list):
        for k, v in enumerate(node):
            found = _find_scalar(v, value, (*path, k))
            if found is not None:
                return found
    elif node == value:
        return path
    return None


def _never_char(code: int, ignorecase: bool) -> bool:
    """Whether folded text can never hold the character *code*: folding drops or changes it
    (asked of ``fold`` itself, so this follows any change to folding). With IGNORECASE a capital
    still matches its folded lower-case form."""
    ch = chr(code)
    folded = fold(ch)
    if folded == ch:
        return False
    return not (ignorecase and ch.isascii() and folded == ch.lower())


def _regex_never(pattern: str) -> tuple[str, dict[str, Any]] | None:
    """(message key, params) when *pattern* can never match folded text, else None. Only what can
    be proven from the pattern: a required character folding removes or changes, an impossible
    anchor. Patterns Python cannot parse are reported elsewhere (cl.regex)."""
    try:
        from re import _parser as sre  # type: ignore[attr-defined]

        parsed = sre.parse(pattern)
    except Exception:  # an invalid pattern is cl.regex's business
        return None
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)

    def never_in(items: Any) -> str | None:
        for op, av in items:
            found = never_node(str(op), av)
            if found is not None:
                return found
        return None

    def never_node(op: str, av: Any) -> str | None:
        if op == "LITERAL":
            return chr(av) if _never_char(av, ignorecase) else None
        if op == "IN":
            shown: list[str] = []
            for sub_op, sub_av in av:
                sub = str(sub_op)
                if sub == "LITERAL" and _never_char(sub_av, ignorecase):
                    shown.append(chr(sub_av))
                elif sub == "RANGE" and sub_av[1] - sub_av[0] < 256 and all(
                        _never_char(c, ignorecase) for c in range(sub_av[0], sub_av[1] + 1)):
                    shown.append(chr(sub_av[0]))
                elif sub == "CATEGORY" and str(sub_av) == "CATEGORY_SPACE":
                    shown.append("\\s")
                else:
                    return None  # NEGATE, other categories, a character folded text can hold
            return shown[0] if shown else None
        if op == "SUBPATTERN":
            return never_in(av[-1])
        if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            return never_in(av[2]) if av[0] >= 1 else None
        if op == "BRANCH":
            found = [never_in(alt) for alt in av[1]]
            return found[0] if found and all(f is not None for f in found) else None
        if op == "ASSERT":
            return never_in(av[1])
        if op == "ATOMIC_GROUP":
            return never_in(av)
        return None

    char = never_in(parsed)
    if char is not None:
        shown = char if char == "\\s" or char.strip() else f"U+{ord(char):04X}"
        return "cl.regex_never_char", {"char": shown}
    items = list(parsed)
    for k, (op, av) in enumerate(items):
        if str(op) != "AT":
            continue
        at = str(av)
        if at in ("AT_BEGINNING", "AT_BEGINNING_STRING") and any(
                sre.SubPattern(parsed.state, [item]).getwidth()[0] > 0 for item in items[:k]):
            return "cl.regex_never_anchor", {"anchor": "^" if at == "AT_BEGINNING" else "\\A"}
        if at in ("AT_END", "AT_END_STRING") and any(
                sre.SubPattern(parsed.state, [item]).getwidth()[0] > 0 for item in items[k + 1:]):
            return "cl.regex_never_anchor", {"anchor": "$" if at == "AT_END" else "\\Z"}
    return None


def _lint_examples(checklist: Checklist, problems: _Problems) -> None:
    """Examples that contradict their element, at the example's own line."""
    from fzcheck.checklist_test import run_examples

    report = run_examples(checklist)
    for failure in report.failures:
        ex = failure.example
        if failure.error is not None:
            problems.items.append(ChecklistError(ex.source, "cl.example_error", line=ex.line,
                                                 yaml_path=ex.yaml_path, id=failure.element_id,
                                                 reason=failure.error))
        else:
            problems.items.append(ChecklistError(ex.source, "cl.example_failed", line=ex.line,
                                                 yaml_path=ex.yaml_path, id=failure.element_id,
                                                 expect=ex.expect, got=failure.got, text=ex.label()))
