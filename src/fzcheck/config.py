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
            if candidate.is_file():
                return ConfigFile(candidate, _read_yaml(candidate))
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            section = _read_pyproject(pyproject)
            if section is not None:
                return ConfigFile(pyproject, section)
    return None


def load_config(path: Path) -> ConfigFile:
    """An explicitly named configuration file (``--config``)."""
    if not path.is_file():
        raise ConfigError(str(path), "err.not_found")
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


def _read_yaml(path: Path) -> dict[str, Any]:
    from fzcheck.yamlsource import load_yaml

    try:
        data, lines = load_yaml(path.read_text(encoding="utf-8"), str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), "err.read", reason=str(exc)) from exc
    data = data or {}
    _validate(data, str(path), lines)
    return data


def _read_pyproject(path: Path) -> dict[str, Any] | None:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(str(path), "err.read", reason=str(exc)) from exc
    section = data.get("tool", {}).get("fzcheck")
    if section is None:
        return None
    _validate(section, f"{path} [tool.fzcheck]", None)
    return section


def _validate(data: Any, source: str, lines: dict[tuple[str | int, ...], int] | None) -> None:
    import difflib

    def line(*path: str | int) -> int | None:
        return lines.get(tuple(path)) if lines else None

    if not isinstance(data, dict):
        raise ConfigError(source, "cfg.not_mapping")
    allowed = (*KEYS, "overrides")
    for scope, table, path in [("", data, ())] + [
        (f"overrides[{i}]", o, ("overrides", i)) for i, o in enumerate(data.get("overrides") or [])
    ]:
        if not isinstance(table, dict):
            raise ConfigError(source, "cfg.not_mapping", line=line(*path), yaml_path=scope or None)
        keys = allowed if not scope else (*KEYS, "paths")
        for key, value in table.items():
            where = f"{scope}.{key}" if scope else key
            if key not in keys:
                near = difflib.get_close_matches(key, keys, n=1)
                raise ConfigError(source, "cl.unknown_key", line=line(*path, key), yaml_path=where, key=key,
                                  near=near[0] if near else None)
            if key in CHOICES and value not in CHOICES[key]:
                raise ConfigError(source, "cl.enum", line=line(*path, key), yaml_path=where, value=value,
                                  choices=", ".join(CHOICES[key]))
            if key in ("disable", "paths", "overrides") and not isinstance(value, list):
                raise ConfigError(source, "cl.type", line=line(*path, key), yaml_path=where, expected="list")
            if key == "checklist" and not isinstance(value, str):
                raise ConfigError(source, "cl.type", line=line(*path, key), yaml_path=where, expected="string")
