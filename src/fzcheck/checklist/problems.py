"""What loading collects: problems (errors and lint warnings) and the files read, layer by layer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fzcheck.errors import ChecklistError
from fzcheck.yamlsource import YamlPath, format_path, line_of


class ChecklistWarning(ChecklistError):
    """A lint finding that does not stop a checklist from loading: the checklist works, but not as
    written (a phrase that changes nothing, an overlay that removes nothing). ``validate`` ignores
    warnings; ``checklist lint`` reports them (and exits 1) with their level."""

    level = "warning"


def problem_level(problem: ChecklistError) -> str:
    """"error" or "warning": the level of a lint problem (plain ChecklistErrors are errors)."""
    return problem.level


class Problems:
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
class Layer:
    """One checklist file as read: its data and where each value came from."""

    source: str
    path: Path
    data: dict[str, Any]
    lines: dict[YamlPath, int]
    builtin: bool
