"""The library entry points the CLI (and other programs) use: read, parse, check, validate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from fzcheck.checklist import DEFAULT_CHECKLIST, SEVERITY_RANK, Checklist, load_checklist
from fzcheck.config import DEFAULT_SOURCE, FLAG_SOURCE, ConfigError, ConfigFile, Settings, resolve
from fzcheck.document import Document
from fzcheck.engine import check
from fzcheck.errors import FzcheckError, InputError
from fzcheck.parser import parse
from fzcheck.readers import MAX_BYTES, read_source
from fzcheck.results import CheckReport


def load_document(path: str, max_bytes: int = MAX_BYTES) -> Document:
    """Read and parse one report; raise InputError when it cannot be read or holds no text. A
    collector's header above a saved page (「url: …」「title: …」, then 「---」) is not read as the report."""
    from fzcheck.inputs import strip_collector_header

    src = read_source(path, max_bytes)
    if src.format in ("text", "markdown"):
        text = strip_collector_header(src.text)
        if text is not src.text:
            src = replace(src, text=text)
    doc = parse(src)
    if not doc.body():
        raise InputError(path, "err.no_text")
    return doc


def load_previous(path: str, checklist: Checklist, max_bytes: int | None = None) -> dict[str, Any]:
    """What doc.commitments needs of the previous year's report at *path* (InputError when unreadable)."""
    from fzcheck.payload import payload

    doc = load_document(path, max_bytes) if max_bytes else load_document(path)
    return payload(doc, check(doc, checklist).results)


def check_file(path: str, checklist: Checklist | None = None) -> CheckReport:
    return check(load_document(path), checklist or load_checklist(DEFAULT_CHECKLIST))


@dataclass(slots=True)
class ValidateRun:
    reports: list[CheckReport] = field(default_factory=list)
    errors: list[FzcheckError] = field(default_factory=list)  # unreadable reports; the others were checked
    settings: dict[str, Settings] = field(default_factory=dict)  # by report path
    notices: list[FzcheckError] = field(default_factory=list)  # e.g. a directive without a reason

    def exit_code(self) -> int:
        if self.errors:
            return 2
        for report in self.reports:
            threshold = SEVERITY_RANK.get(self.settings[report.document.source].fail_on, 99)
            if report.worst() >= threshold:
                return 1
        return 0


def validate_paths(paths: list[str], flags: Mapping[str, object], *, config: ConfigFile | None = None,
                   discover: bool = True, year: int | None = None, published: dt.date | None = None,
                   baseline: Path | None = None, max_bytes: int = MAX_BYTES,
                   loaded: dict[str, Checklist] | None = None, previous: str | None = None) -> ValidateRun:
    """Check each report with its own resolved settings; one unreadable report never stops the rest.
    *loaded* keeps checklists by name across calls (a server's worker loads each once); *previous*
    is last year's report of the same unit, for doc.commitments."""
    from fzcheck.suppress import apply_baseline, apply_directives, read_baseline

    run = ValidateRun()
    checklists: dict[str, Checklist] = loaded if loaded is not None else {}
    known = read_baseline(baseline) if baseline is not None else None
    options: dict[str, object] = {"published": published} if published else {}
    earlier: dict[str, object] = {}  # the previous report's payload, by checklist
    broken: set[str | None] = set()  # configurations (or their checklists) already reported

    def skip(path: str, exc: FzcheckError) -> None:
        """A bad configuration stops only the reports it governs: its error once, then a line each."""
        if exc.source not in broken:
            broken.add(exc.source)
            run.errors.append(exc)
        run.errors.append(InputError(path, "err.config_skipped", config=exc.source or ""))

    for path in paths:
        try:
            settings = resolve(path, flags, config, discover)
        except ConfigError as exc:
            run.settings[path] = resolve(path, flags, None, discover=False)
            skip(path, exc)
            continue
        run.settings[path] = settings
        checklist = checklists.get(settings.checklist)
        if checklist is None:
            try:
                checklist = checklists[settings.checklist] = load_checklist(settings.checklist)
            except FzcheckError as exc:
                if settings.sources["checklist"] in (FLAG_SOURCE, DEFAULT_SOURCE):
                    raise  # the run's own checklist: nothing can be checked
                skip(path, exc)
                continue
        try:
            doc = load_document(path, max_bytes)
        except FzcheckError as exc:
            run.errors.append(exc)
            continue
        if year is not None:
            doc.year, doc.year_source, doc.year_line = year, "option", None
        if previous is not None:  # doc.commitments compares with it (an unreadable one raises: exit 2)
            if settings.checklist not in earlier:
                earlier[settings.checklist] = load_previous(previous, checklist, max_bytes)
            options = {**options, "previous": earlier[settings.checklist]}
        report = check(doc, checklist, options)
        run.notices += _unknown_ids(path, doc, settings, checklist)
        if settings.disable:
            report = report.without(set(settings.disable))
        for d in apply_directives(report):
            run.notices.append(FzcheckError(path, "directive.no_reason", line=d.line))
        if known is not None and baseline is not None:
            apply_baseline(report, known, baseline)
        run.reports.append(report)
    return run


def _unknown_ids(path: str, doc: Document, settings: Settings, checklist: Checklist) -> list[FzcheckError]:
    """A warning for each id in a fzcheck-disable directive or in ``disable`` that names no
    element: a typo there would silently disable nothing."""
    from fzcheck.lookup import known_ids, nearest_id

    known = known_ids(checklist)
    out = []
    for d in doc.directives:
        for i in d.ids:
            if i not in known:
                out.append(_warning(path, "suppress.unknown_id", d.line, id=i, near=nearest_id(checklist, i)))
    source = settings.sources.get("disable", "")
    for i in settings.disable:
        if i not in known:
            out.append(_warning(source if source not in ("", DEFAULT_SOURCE, FLAG_SOURCE) else path,
                                "config.unknown_id", None,
                                id=i, near=nearest_id(checklist, i)))
    return out


def _warning(source: str, key: str, line: int | None, *, id: str, near: str | None) -> FzcheckError:
    warning = FzcheckError(source, key, line=line, id=id, near=near)
    warning.level = "warning"
    return warning
