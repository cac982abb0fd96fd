"""The library entry points the CLI (and other programs) use: read, parse, check, validate."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from fzcheck.checklist import DEFAULT_CHECKLIST, SEVERITY_RANK, Checklist, load_checklist
from fzcheck.config import DEFAULT_SOURCE, FLAG_SOURCE, ConfigError, ConfigFile, Settings, resolve
from fzcheck.document import Document
from fzcheck.engine import check
from fzcheck.errors import FzcheckError, InputError
from fzcheck.parser import parse
from fzcheck.readers import MAX_BYTES, read_source
from fzcheck.results import CheckReport


def load_document(path: str, max_bytes: int = MAX_BYTES) -> Document:
    """Read and parse one report; raise InputError when it cannot be read or holds no text."""
    doc = parse(read_source(path, max_bytes))
    if not doc.body():
        raise InputError(path, "err.no_text")
    return doc


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


def validate_paths(paths: list[str], flags: dict[str, object], *, config: ConfigFile | None = None,
                   discover: bool = True, year: int | None = None, published: dt.date | None = None,
                   baseline: Path | None = None, max_bytes: int = MAX_BYTES) -> ValidateRun:
    """Check each report with its own resolved settings; one unreadable report never stops the rest."""
    from fzcheck.suppress import apply_baseline, apply_directives, read_baseline

    run = ValidateRun()
    checklists: dict[str, Checklist] = {}
    known = read_baseline(baseline) if baseline is not None else None
    options: dict[str, object] = {"published": published} if published else {}
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
        report = check(doc, checklist, options)
        if settings.disable:
            report = report.without(set(settings.disable))
        for d in apply_directives(report):
            run.notices.append(FzcheckError(path, "directive.no_reason", line=d.line))
        if known is not None and baseline is not None:
            apply_baseline(report, known, baseline)
        run.reports.append(report)
    return run
