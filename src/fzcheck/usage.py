"""Usage errors as one line in the output language, with the nearest option or command.

click words its errors in English over three or four lines (usage, a hint, the error); a
drafter gets one Chinese line instead: 「未知选项 --fial-on，是否应为 --fail-on？」. The exception
classes are matched by name, as typer may bring its own copy of click.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from fzcheck.i18n import t

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


def parse_date(value: str) -> dt.date | None:
    """2023-04-05, 2023年4月5日, 2023/4/5 or 2023.4.5; None when it is no date."""
    m = _DATE.match(value)
    if m is None:
        return None
    try:
        return dt.date(*(int(g) for g in m.groups()))
    except ValueError:
        return None


def is_usage_error(exc: BaseException) -> bool:
    return any(c.__name__ == "UsageError" for c in type(exc).__mro__)


def usage_message(exc: Any, argv: list[str], lang: str) -> str:
    """One line for a click usage error."""
    kind = type(exc).__name__
    ctx = getattr(exc, "ctx", None)
    command = ctx.command if ctx is not None else None
    if kind == "NoSuchOption":
        option = exc.option_name
        near = list(exc.possibilities or []) or _near(option, _options(command))
        if near:
            return t("usage.no_option", lang, option=option, near=near[0])
        return t("usage.no_option_plain", lang, option=option, cmd=_path(ctx))
    if kind == "BadOptionUsage":
        return t("usage.needs_value", lang, option=exc.option_name)
    if kind == "MissingParameter":
        param = exc.param
        name = (param.opts[0] if getattr(param, "param_type_name", "") == "option" else
                (param.metavar or param.name or "").upper()) if param is not None else "?"
        return t("usage.missing", lang, name=name, cmd=_path(ctx))
    if kind == "BadParameter" and getattr(exc, "param", None) is not None:
        param = exc.param
        option = param.opts[0] if param.opts else (param.metavar or param.name or "").upper()
        value = _value(param, argv)
        choices = getattr(param.type, "choices", None)
        if choices:
            shown = "、".join(str(c) for c in choices) if lang == "zh" else ", ".join(str(c) for c in choices)
            near = _near(value, [str(c) for c in choices])
            return t("usage.bad_choice", lang, option=option, value=value, choices=shown) + (
                t("usage.did_you_mean", lang, near=near[0]) if near else "")
        return t("usage.bad_value", lang, option=option, value=value, expected=_expected(param.type, lang))
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    m = re.match(r"No such command '([^']*)'", message)
    if m:
        commands = list(getattr(command, "commands", {}) or {})
        near = _near(m.group(1), commands)
        if near:
            return t("usage.no_command", lang, name=m.group(1), near=near[0])
        return t("usage.no_command_plain", lang, name=m.group(1), names="、".join(commands))
    m = re.match(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)", message)
    if m:
        return t("usage.extra", lang, args=m.group(1), cmd=_path(ctx))
    return t("usage.other", lang, message=message.replace("\n", " "))


def _options(command: Any) -> list[str]:
    return [o for p in getattr(command, "params", []) for o in (*p.opts, *p.secondary_opts) if o.startswith("--")]


def _near(word: str, candidates: list[str]) -> list[str]:
    return difflib.get_close_matches(word, candidates, n=1, cutoff=0.5)


def _path(ctx: Any) -> str:
    return ctx.command_path if ctx is not None else "fzcheck"


def _value(param: Any, argv: list[str]) -> str:
    """The value given to *param* on the command line (click keeps only its own message)."""
    for i, arg in enumerate(argv):
        for opt in param.opts:
            if arg == opt and i + 1 < len(argv):
                return argv[i + 1]
            if arg.startswith(opt + "="):
                return arg.split("=", 1)[1]
    return "?"


def _expected(kind: Any, lang: str) -> str:
    lo, hi = getattr(kind, "min", None), getattr(kind, "max", None)
    if lo is not None and hi is not None:
        return t("usage.int_range", lang, lo=lo, hi=hi)
    if lo is not None:
        return t("usage.int_min", lang, lo=lo)
    if getattr(kind, "name", "") in ("integer", "integer range"):
        return t("usage.int", lang)
    return t("usage.value", lang, kind=getattr(kind, "name", ""))
