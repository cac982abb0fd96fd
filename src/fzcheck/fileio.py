"""Writing what the user asked for without ever leaving half a file behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fzcheck.errors import FzcheckError


def atomic_write(target: Path, write: Callable[[Path], object]) -> None:
    """Call *write* on a temporary file beside *target*, then rename it over *target*: a crash
    or a full disk mid-write leaves the previous file as it was. A write that fails is one
    line (FzcheckError, exit 2)."""
    tmp = target.with_name(f".{target.name}.tmp{target.suffix}")
    try:
        write(tmp)
        tmp.replace(target)
    except OSError as exc:
        raise FzcheckError(str(target), "err.write", reason=exc.strerror or str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
