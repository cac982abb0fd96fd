"""Loading: read a checklist and everything it ``extends``, validate each file, build the checklist.

Loading collects every problem with its file, YAML path and line, so ``checklist lint`` can list
them all and ``validate`` can stop at the first with exit code 2.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from fzcheck.checklist.build import build_checklist
from fzcheck.checklist.discovery import resolve, schema
from fzcheck.checklist.model import DEFAULT_CHECKLIST, Checklist, mask_entry
from fzcheck.checklist.nesting import nesting_errors
from fzcheck.checklist.problems import Layer, Problems
from fzcheck.errors import ChecklistError
from fzcheck.yamlsource import YamlPath, line_of, load_yaml


def load_checklist(name: str = DEFAULT_CHECKLIST, *, validate_schema: bool | None = None) -> Checklist:
    """Load a checklist by built-in name or path, raising ChecklistError on the first problem."""
    problems = Problems()
    checklist = _load(name, problems, validate_schema)
    if problems.items:
        raise problems.items[0]
    assert checklist is not None
    return checklist


def _load(name: str, problems: Problems, validate_schema: bool | None) -> Checklist | None:
    loaded = load_layers(name, problems, validate_schema)
    return loaded[0] if loaded is not None else None


def load_layers(name: str, problems: Problems, validate_schema: bool | None
                ) -> tuple[Checklist, list[Layer], dict[str, dict[str, Any]]] | None:
    path, builtin = resolve(name)
    layers = _read_chain(path, builtin, problems, validate_schema, stack=[])
    if problems.items:
        return None
    built = build_checklist(layers, problems)
    return None if built is None else (built[0], layers, built[1])


def _read_layer(path: Path, builtin: bool) -> Layer:
    source = str(path) if not builtin else f"{path.stem} ({path})"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ChecklistError(str(path), "err.read", reason=str(exc)) from exc
    data, lines = load_yaml(text, str(path))
    if not isinstance(data, dict):
        raise ChecklistError(str(path), "cl.not_mapping", line=1)
    return Layer(source=source, path=path, data=data, lines=lines, builtin=builtin)


def _read_chain(path: Path, builtin: bool, problems: Problems, validate_schema: bool | None,
                stack: list[Path]) -> list[Layer]:
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


def _validate_schema(layer: Layer, problems: Problems) -> None:
    from jsonschema import Draft202012Validator  # slow to import; needed only for user files

    validator = Draft202012Validator(schema())
    elements = layer.data.get("elements")
    nested = nesting_errors(m for i, el in enumerate(elements if isinstance(elements, list) else [])
                            if isinstance(el, dict) for m in matches_of(el, ("elements", i)))
    for where, key, params in nested:
        problems.add(layer.source, key, layer.lines, where, **params)
    for err in sorted(validator.iter_errors(layer.data), key=lambda e: [str(p) for p in e.absolute_path]):
        path: YamlPath = tuple(err.absolute_path)
        if any(path[:len(where)] == where for where, _, _ in nested):
            continue  # said above in the author's terms
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


def _check_layer(layer: Layer, problems: Problems) -> None:
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
        for mpath, match in matches_of(el, ("elements", i)):
            for key in ("regex", "regex+"):
                for k, pattern in enumerate(match.get(key) or []):
                    _compile(pattern, layer, (*mpath, key, k), problems)
    for key in ("mask", "mask+"):
        for k, item in enumerate(layer.data.get(key) or []):
            _compile(mask_entry(item)[0], layer, (key, k, "pattern") if isinstance(item, dict) else (key, k), problems)
    if layer.data.get("extends") and "mask" in layer.data:
        # a plain `mask:` replaces the inherited masks: slogans would silently become evidence
        problems.warn(layer.source, "cl.mask_replaces", layer.lines, ("mask",))


def matches_of(el: dict[str, Any], path: YamlPath) -> list[tuple[YamlPath, dict[str, Any]]]:
    out = []
    for key in ("match", "fallback"):
        if isinstance(el.get(key), dict):
            out.append(((*path, key), el[key]))
    for j, child in enumerate(el.get("children") or []):
        if isinstance(child, dict) and isinstance(child.get("match"), dict):
            out.append(((*path, "children", j, "match"), child["match"]))
    return out


def _compile(pattern: Any, layer: Layer, path: YamlPath, problems: Problems) -> re.Pattern[str] | None:
    if not isinstance(pattern, str):
        return None
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        problems.add(layer.source, "cl.regex", layer.lines, path, pattern=pattern, reason=str(exc))
        return None
    # imported here: regex_safety reads patterns with the checklist package's regex_inspect, so a
    # module-level import made `import fzcheck.regex_safety` (first) a circular import
    from fzcheck.regex_safety import refusal_key

    key = refusal_key(pattern)  # a pattern that could backtrack without end is refused
    if key is not None:
        problems.add(layer.source, key, layer.lines, path, pattern=pattern)
        return None
    return compiled
