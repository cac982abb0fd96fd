"""Load YAML safely and remember the line of every value, so errors can name the line."""

from __future__ import annotations

from typing import Any

import yaml

from fzcheck.errors import ChecklistError

try:  # the C loader is several times faster and gives the same marks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

YamlPath = tuple[str | int, ...]
MAX_NODES = 200_000  # far above any real checklist; stops alias ("billion laughs") expansion


def load_yaml(text: str, source: str) -> tuple[Any, dict[YamlPath, int]]:
    """Parse *text*; return the data and a map from path (keys and indexes) to 1-based line."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ChecklistError(source, "cl.yaml", line=line, problem=exc.problem or str(exc)) from exc
    except yaml.YAMLError as exc:
        raise ChecklistError(source, "cl.yaml", problem=str(exc)) from exc
    finally:
        loader.dispose()
    lines: dict[YamlPath, int] = {}
    if node is None:
        return None, lines
    budget = [MAX_NODES]
    return _convert(loader, node, (), lines, source, budget), lines


def _convert(loader: Any, node: yaml.Node, path: YamlPath, lines: dict[YamlPath, int],
             source: str, budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise ChecklistError(source, "cl.yaml", line=node.start_mark.line + 1,
                             problem=f"more than {MAX_NODES} values (alias expansion?)")
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                raise ChecklistError(source, "cl.dup_key", line=key_node.start_mark.line + 1,
                                     yaml_path=format_path(path), key=key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            out[key] = _convert(loader, value_node, (*path, key), lines, source, budget)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(loader, item, (*path, i), lines, source, budget) for i, item in enumerate(node.value)]
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise ChecklistError(source, "cl.yaml", line=node.start_mark.line + 1, problem=str(exc)) from exc


def format_path(path: YamlPath) -> str:
    """('elements', 3, 'match') → 'elements[3].match'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def line_of(lines: dict[YamlPath, int], path: YamlPath) -> int | None:
    """The line of *path*, or of its nearest ancestor that has one."""
    while True:
        if path in lines:
            return lines[path]
        if not path:
            return None
        path = path[:-1]
