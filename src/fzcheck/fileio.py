"""Every file fzcheck reads or writes on the user's behalf goes through here.

Two guarantees, each kept in one place:

- :func:`read_regular` opens an input only if it is a regular file (a FIFO would block, a device
  never ends) and never reads more than the cap, whatever ``st_size`` claims.
- :func:`atomic_write` replaces an output only if it is a regular file (or absent), writes a
  temporary file with a unique name beside it and renames it over the target: a crash, a full
  disk or a concurrent writer never leaves half a file, and a failure says why in one line.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from fzcheck.errors import FzcheckError, InputError

_CHUNK = 1 << 20
# stat() errors that mean "there is no such file" for the user (a parent that is a file, a loop)
_MISSING_ERRNOS = frozenset((errno.ENOENT, errno.ENOTDIR, errno.ELOOP))


def _kind(mode: int) -> str | None:
    """The i18n key naming a file type that is not a regular file, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "ftype.dir"
    if stat.S_ISFIFO(mode):
        return "ftype.fifo"
    if stat.S_ISSOCK(mode):
        return "ftype.socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "ftype.device"
    return "ftype.other"


def read_regular(path: str, max_bytes: int, error: type[FzcheckError] = InputError) -> bytes:
    """The bytes of the regular file *path*, at most *max_bytes* of them, or *error* (one line).

    The type is checked on the opened descriptor (no window between a check and the open), the
    open never blocks (``O_NONBLOCK``: a FIFO would wait for a writer) and the read stops one
    byte past the cap, so ``/dev/zero`` or a file that grows while read cannot exhaust memory."""
    try:
        before = os.stat(path)
    except OSError as exc:
        if exc.errno in _MISSING_ERRNOS:
            raise error(path, "err.not_found") from None
        raise error(path, "err.read", errno=exc.errno, reason=exc.strerror or str(exc)) from None
    except ValueError:  # a NUL in the name
        raise error(path, "err.not_found") from None
    if stat.S_ISDIR(before.st_mode):
        raise error(path, "err.is_dir")
    kind = _kind(before.st_mode)
    if kind is not None:
        raise error(path, "err.not_regular", kind_key=kind)
    if before.st_size > max_bytes:
        raise error(path, "err.too_big", size=round(before.st_size / 2**20, 1), limit=max_bytes // 2**20)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise error(path, "err.read", errno=exc.errno, reason=exc.strerror or str(exc)) from None
    try:
        kind = _kind(os.fstat(fd).st_mode)
        if kind is not None:  # swapped for something else between the stat and the open
            raise error(path, "err.not_regular", kind_key=kind)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise error(path, "err.read", errno=exc.errno, reason=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if total > max_bytes:
        raise error(path, "err.too_big_read", limit=max_bytes // 2**20)
    return b"".join(chunks)


def read_text(path: Path | str, max_bytes: int, error: type[FzcheckError] = InputError) -> str:
    """A small UTF-8 file we read for ourselves (a configuration, a baseline), bounded like a report."""
    data = read_regular(str(path), max_bytes, error)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # the line of the first byte that is not UTF-8
        raise error(str(path), "err.decode", line=data[:exc.start].count(b"\n") + 1) from None


def check_output(target: Path) -> None:
    """Refuse an output that is anything but a regular file or absent (one line, exit 2): a
    rename over a FIFO or a device (``/dev/null`` as root) would replace it with a plain file."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise FzcheckError(str(target), "err.write", errno=exc.errno, reason=exc.strerror or str(exc)) from None
    except ValueError:
        raise FzcheckError(str(target), "err.write", errno=errno.EINVAL, reason="NUL") from None
    kind = _kind(st.st_mode)
    if kind is not None:
        raise FzcheckError(str(target), "err.write_not_regular", kind_key=kind)


def _parent_problem(target: Path) -> int | None:
    """Why the folder of *target* cannot hold a new file: ENOENT (missing), ENOTDIR (a file), or None."""
    parent = target.parent
    try:
        st = os.stat(parent)
    except OSError as exc:
        return exc.errno
    return None if stat.S_ISDIR(st.st_mode) else errno.ENOTDIR


def atomic_write(target: Path, write: Callable[[Path], object]) -> None:
    """Call *write* on a temporary file beside *target*, then rename it over *target*.

    The temporary name is unique (``mkstemp``), so concurrent runs writing the same output each
    finish with a whole file of their own and the last rename wins; a crash or Ctrl-C mid-write
    removes the temporary file and leaves the previous *target* as it was. Anything but a regular
    file as *target* is refused; every failure is one FzcheckError naming the real cause."""
    target = _through_symlink(Path(target))
    check_output(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=target.parent or ".")
    except OSError as exc:
        code = exc.errno
        if code in (errno.ENOENT, errno.ENOTDIR):
            code = _parent_problem(target) or code
        raise FzcheckError(str(target), "err.write", errno=code, reason=exc.strerror or str(exc)) from None
    tmp = Path(name)
    try:
        os.close(fd)
        write(tmp)
        check_output(target)  # something else may have appeared there meanwhile
        if os.path.exists(target):
            # keep the old file's permission bits (mkstemp makes 0600)
            os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        raise FzcheckError(str(target), "err.write", errno=exc.errno, reason=exc.strerror or str(exc)) from None
    finally:
        tmp.unlink(missing_ok=True)


def _through_symlink(target: Path) -> Path:
    """An output that is a symbolic link is written where it points (the link stays a link), as a
    shell's ``>`` does; a link to nothing is refused rather than followed into another folder."""
    if not os.path.islink(target):
        return target
    real = Path(os.path.realpath(target))
    if not os.path.exists(real):
        raise FzcheckError(str(target), "err.write_not_regular", kind_key="ftype.dangling")
    return real


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
