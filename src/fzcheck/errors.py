"""The project's own error types: each becomes one line on stderr and exit code 2."""

from __future__ import annotations

import errno as _errno

from fzcheck.i18n import t
from fzcheck.terminal import printable


class FzcheckError(Exception):
    """An error caused by what the user gave us (a report, a checklist, an option)."""

    exit_code = 2
    level = "error"  # lint findings that do not stop a checklist from loading are "warning"

    def __init__(self, source: str | None, message_key: str, /, *, line: int | None = None,
                 yaml_path: str | None = None, **params: object) -> None:
        self.source = source
        self.message_key = message_key
        self.line = line
        self.yaml_path = yaml_path
        self.params = params
        super().__init__(self.render("en"))

    def render(self, lang: str = "zh") -> str:
        where = self.source or ""
        if self.line is not None:
            where += f":{self.line}"
        if self.yaml_path:
            where += f": {self.yaml_path}"
        params = dict(self.params)
        if "errno" in params:  # an OSError's cause, worded in the output language
            params["reason"] = os_reason(params.pop("errno"), lang, params.get("reason"))
        if "expected_key" in params:  # a type, worded in the output language
            params["expected"] = t(str(params.pop("expected_key")), lang)
        if "kind_key" in params:  # a file type: FIFO, device, socket
            params["kind"] = t(str(params.pop("kind_key")), lang)
        if "near" in params:  # a suggestion for a misspelt key, worded in the output language
            params["suggest"] = t("cl.suggest", lang, near=params["near"]) if params["near"] else ""
        message = t(self.message_key, lang, **params)
        if self.level == "warning":
            message = t("cl.level.warning", lang) + message
        # one line whatever a file name or a document holds (a newline, ESC, a bidi override)
        return printable(f"{where}: {message}" if where else message)


# errno → message key: the causes a user can act on, worded in their language
_OS_REASONS = {
    _errno.ENOENT: "os.enoent", _errno.ENOTDIR: "os.enotdir", _errno.EACCES: "os.eacces",
    _errno.EPERM: "os.eacces", _errno.ENAMETOOLONG: "os.enametoolong", _errno.EISDIR: "os.eisdir",
    _errno.ENOSPC: "os.enospc", _errno.EROFS: "os.erofs", _errno.ELOOP: "os.eloop", _errno.EIO: "os.eio",
    _errno.EDQUOT: "os.enospc", _errno.ETXTBSY: "os.ebusy", _errno.EBUSY: "os.ebusy",
}


def os_error(exc: OSError) -> FzcheckError:
    """An OSError as our one-line error: the file it names and its cause in the user's language."""
    name = exc.filename if isinstance(exc.filename, str) else None
    return FzcheckError(name, "err.os", errno=exc.errno, reason=exc.strerror or str(exc))


def os_reason(code: object, lang: str, fallback: object = None) -> str:
    """The cause of an OSError with errno *code*, in *lang* (the system's own text if we have none)."""
    key = _OS_REASONS.get(code) if isinstance(code, int) else None
    if key is not None:
        return t(key, lang)
    return str(fallback) if fallback else f"errno {code}"


class InputError(FzcheckError):
    """A report that cannot be read."""


class ChecklistError(FzcheckError):
    """A checklist that cannot be loaded."""
