"""The project's own error types: each becomes one line on stderr and exit code 2."""

from __future__ import annotations

from fzcheck.i18n import t


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
        if "near" in params:  # a suggestion for a misspelt key, worded in the output language
            params["suggest"] = t("cl.suggest", lang, near=params["near"]) if params["near"] else ""
        message = t(self.message_key, lang, **params)
        if self.level == "warning":
            message = t("cl.level.warning", lang) + message
        return f"{where}: {message}" if where else message


class InputError(FzcheckError):
    """A report that cannot be read."""


class ChecklistError(FzcheckError):
    """A checklist that cannot be loaded."""
