"""Where checklists are: the built-in ones, paths, and the JSON Schema they are validated by."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from fzcheck.errors import ChecklistError

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


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
