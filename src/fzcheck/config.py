"""Configuration discovery, as ruff does it: the closest ``.fzcheck.yaml`` or ``pyproject.toml``
with ``[tool.fzcheck]`` from the report's directory upward; command-line flags win.

Keys: ``checklist``, ``fail-on``, ``lang``, ``disable`` (element ids), and ``overrides``: a list of
``{paths: [glob, ...], ...}`` whose keys apply to reports matching a glob (relative to the
config file's directory). Every resolved value remembers where it came from (``fzcheck config``).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fzcheck.checklist import is_path_like
from fzcheck.errors import FzcheckError
from fzcheck.yamlsource import format_path

CONFIG_NAMES = (".fzcheck.yaml", ".fzcheck.yml")
KEYS = ("checklist", "fail-on", "lang", "disable")
CHOICES = {"fail-on": ("error", "warning", "info", "never"), "lang": ("zh", "en")}
DEFAULTS: dict[str, Any] = {"checklist": "national", "fail-on": "error", "lang": "zh", "disable": []}
DEFAULT_SOURCE = "default"
FLAG_SOURCE = "command line"


class ConfigError(FzcheckError):
    """A configuration file that cannot be used."""


@dataclass(slots=True)
class ConfigFile:
    path: Path
    data: dict[str, Any]

    @property
    def base(self) -> Path:
        return self.path.parent


@dataclass(slots=True)
class Settings:
    values: dict[str, Any] = field(default_factory=lambda: dict(DEFAULTS))
    sources: dict[str, str] = field(default_factory=lambda: dict.fromkeys(DEFAULTS, DEFAULT_SOURCE))
    config: ConfigFile | None = None

    @property
    def checklist(self) -> str:
        return str(self.values["checklist"])

    @property
    def fail_on(self) -> str:
        return str(self.values["fail-on"])

    @property
    def lang(self) -> str:
        return str(self.values["lang"])

    @property
    def disable(self) -> list[str]:
        return list(self.values["disable"])


def find_config(start: Path) -> ConfigFile | None:
    """The closest configuration at or above *start* (a directory)."""
    start = start.resolve()
    for directory in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if _is_file(candidate):
                return ConfigFile(candidate, _read_yaml(candidate))
        pyproject = directory / "pyproject.toml"
        if _is_file(pyproject):
            section = _read_pyproject(pyproject)
            if section is not None:
                return ConfigFile(pyproject, section)
    return None


def _is_file(path: Path) -> bool:
    """A regular file; any error (a name too long, no permission) means "no configuration here"."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def load_config(path: Path) -> ConfigFile:
    """An explicitly named configuration file (``--config``)."""
    # not found, a folder, a FIFO or a device: read_text (through fileio.read_regular) says which
    if path.name == "pyproject.toml":
        return ConfigFile(path, _read_pyproject(path) or {})
    return ConfigFile(path, _read_yaml(path))


def resolve(report: str, flags: Mapping[str, Any], config: ConfigFile | None = None,
            discover: bool = True) -> Settings:
    """Settings for one report: defaults, then the config file, then its matching overrides, then flags."""
    settings = Settings()
    if config is None and discover:
        start = Path.cwd() if report == "-" else Path(report).resolve().parent
        config = find_config(start)
    if config is not None:
        settings.config = config
        _apply(settings, config.data, str(config.path), config)
        target = Path.cwd() / "stdin" if report == "-" else Path(report).resolve()
        for i, override in enumerate(config.data.get("overrides") or []):
            if _matches(target, override.get("paths") or [], config.base):
                _apply(settings, override, f"{config.path} (overrides[{i}])", config)
    for key, value in flags.items():
        if value is not None:
            settings.values[key] = value
            settings.sources[key] = FLAG_SOURCE
    return settings


def _apply(settings: Settings, data: dict[str, Any], source: str, config: ConfigFile) -> None:
    for key in KEYS:
        if key in data:
            value = data[key]
            if key == "checklist" and is_path_like(str(value)):
                value = str((config.base / str(value)).resolve())  # relative to the config file
            settings.values[key] = value
            settings.sources[key] = source


def _matches(target: Path, patterns: list[str], base: Path) -> bool:
    try:
        relative = target.relative_to(base.resolve()).as_posix()
    except ValueError:
        return False
    return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(relative, p.rstrip("/") + "/*") for p in patterns)


MAX_CONFIG_BYTES = 1 << 20  # a configuration is a few lines
MAX_DEPTH = 8  # overrides[i].paths[j] is four levels deep


def _read_yaml(path: Path) -> dict[str, Any]:
    from fzcheck.errors import ChecklistError
    from fzcheck.fileio import read_text
    from fzcheck.yamlsource import load_yaml

    text = read_text(path, MAX_CONFIG_BYTES, ConfigError)
    try:
        data, lines = load_yaml(text, str(path))
    except ChecklistError as exc:  # YAML syntax: the same line, as a configuration error
        raise ConfigError(exc.source, exc.message_key, line=exc.line, yaml_path=exc.yaml_path, **exc.params) from None
    except RecursionError:
        raise ConfigError(str(path), "cfg.too_deep") from None
    data = {} if data is None else data
    _validate(data, str(path), lines, path.parent)
    return data


def _read_pyproject(path: Path) -> dict[str, Any] | None:
    import tomllib

    from fzcheck.fileio import read_text

    text = read_text(path, MAX_CONFIG_BYTES, ConfigError)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        import re

        at = re.search(r"at line (\d+)", str(exc))
        raise ConfigError(str(path), "err.read", line=int(at.group(1)) if at else None, reason=str(exc)) from None
    except RecursionError:
        raise ConfigError(str(path), "cfg.too_deep", line=_deep_line(text)) from None
    tool = data.get("tool")
    section = tool.get("fzcheck") if isinstance(tool, dict) else None
    if section is None:
        return None
    _validate(section, f"{path} [tool.fzcheck]", _toml_lines(text), path.parent)
    return section


def _toml_lines(text: str) -> dict[tuple[str | int, ...], int]:
    """Lines of the keys of [tool.fzcheck] and its [[tool.fzcheck.overrides]] tables (tomllib keeps none)."""
    import re

    lines: dict[tuple[str | int, ...], int] = {}
    prefix: tuple[str | int, ...] | None = None
    overrides = -1
    for n, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            header = stripped.split("#", 1)[0].strip().replace(" ", "")
            if header == "[tool.fzcheck]":
                prefix = ()
            elif header == "[[tool.fzcheck.overrides]]":
                overrides += 1
                prefix = ("overrides", overrides)
                lines.setdefault(("overrides",), n)
                lines[prefix] = n
            else:
                prefix = None
            continue
        m = re.match(r"""\s*["']?([A-Za-z0-9_.-]+)["']?\s*=""", line)
        if prefix is not None and m:
            lines.setdefault((*prefix, m.group(1)), n)
    return lines


def _deep_line(text: str) -> int | None:
    """The line where brackets first nest deeper than any configuration needs (strings ignored roughly)."""
    depth = 0
    for n, line in enumerate(text.split("\n"), start=1):
        for ch in line:
            depth += (ch in "[{") - (ch in "]}")
            if depth > 4 * MAX_DEPTH:
                return n
    return None


def _depth(data: Any) -> int:
    """How deeply *data* nests lists and mappings (iteratively: a hostile file nests thousands deep)."""
    deepest = 0
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return deepest


def _validate(data: Any, source: str, lines: dict[tuple[str | int, ...], int] | None, base: Path) -> None:
    """Check *data* against schema/config.schema.json, then confine its checklist paths; the first
    problem is a ConfigError with the file, the line and the key."""
    import difflib
    import json

    from jsonschema import Draft202012Validator  # ~80 ms, only when a configuration exists

    def line(path: tuple[str | int, ...]) -> int | None:
        while lines:
            if path in lines:
                return lines[path]
            if not path:
                return None
            path = path[:-1]
        return None

    if not isinstance(data, dict):
        raise ConfigError(source, "cfg.not_mapping", line=1 if lines else None)
    if _depth(data) > MAX_DEPTH:
        raise ConfigError(source, "cfg.too_deep", line=line(()))
    schema = json.loads((Path(__file__).parent / "schema" / "config.schema.json").read_text(encoding="utf-8"))
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=lambda e: [str(p) for p in e.path])
    if errors:
        error = errors[0]
        where = tuple(error.path)
        shown = format_path(where) if where else None
        if error.validator == "additionalProperties":
            allowed = list(error.schema.get("properties", {}))
            key = next(str(k) for k in error.instance if k not in allowed)
            near = difflib.get_close_matches(key, allowed, n=1)
            raise ConfigError(source, "cl.unknown_key", line=line((*where, key)),
                              yaml_path=format_path((*where, key)), key=key, near=near[0] if near else None)
        if error.validator == "enum":
            raise ConfigError(source, "cl.enum", line=line(where), yaml_path=shown, value=error.instance,
                              choices=", ".join(map(str, error.validator_value)))
        if error.validator == "minLength" and where and where[-1] == "checklist":
            raise ConfigError(source, "cfg.checklist_empty", line=line(where), yaml_path=shown)
        # the key whose value is wrong: the path's last name (a list item belongs to its list)
        key = next((str(k) for k in reversed(where) if isinstance(k, str)), "")
        expected = _EXPECTED.get(key, "cfg.expect.string")
        if where and isinstance(where[-1], int) and key in ("disable", "paths"):
            expected = "cfg.expect.string"
        elif where and isinstance(where[-1], int) and key == "overrides":
            expected = "cfg.expect.mapping"
        raise ConfigError(source, "cfg.type", line=line(where), yaml_path=shown, expected_key=expected)
    for path, value in _checklists(data):
        _confine(value, base, source, line(path), format_path(path))


_EXPECTED = {"disable": "cfg.expect.list_of_strings", "paths": "cfg.expect.list_of_strings",
             "overrides": "cfg.expect.list_of_mappings", "checklist": "cfg.expect.string"}


def _checklists(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    found: list[tuple[tuple[str | int, ...], str]] = []
    if "checklist" in data:
        found.append((("checklist",), data["checklist"]))
    for i, override in enumerate(data.get("overrides") or []):
        if "checklist" in override:
            found.append((("overrides", i, "checklist"), override["checklist"]))
    return found


def _confine(value: str, base: Path, source: str, line: int | None, where: str) -> None:
    """A checklist named in a configuration is a built-in name or a file under the configuration's
    folder, as ``extends`` is: a configuration found in a shared tree cannot make fzcheck read (and
    quote in an error) any file it likes. The value itself is not echoed."""
    if not is_path_like(value):
        return
    try:
        target = (base / value).resolve()
        inside = not Path(value).is_absolute() and target.is_relative_to(base.resolve())
    except (OSError, ValueError, RuntimeError):
        inside = False
    if not inside:
        raise ConfigError(source, "cfg.checklist_escape", line=line, yaml_path=where)
    if not _is_file(target):
        raise ConfigError(source, "cfg.checklist_missing", line=line, yaml_path=where)
