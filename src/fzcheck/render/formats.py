"""`validate --format`: the text of every format but the terminal's, one renderer each."""

from __future__ import annotations

from typing import Any


def reports_text(run: Any, fmt: str, lang: str) -> str | None:  # run: api.ValidateRun
    """The run in *fmt* (json, sarif, junit, github, html, markdown); None when there is nothing
    to write (an HTML page of no report)."""
    fail_on = {path: settings.fail_on for path, settings in run.settings.items()}
    if fmt == "json":
        from fzcheck.render.jsonout import dumps, reports_to_json

        errors = [{"path": e.source, "message": e.render(lang)} for e in run.errors]
        return dumps(reports_to_json(run.reports, errors, lang))
    if fmt == "sarif":
        from fzcheck.render.jsonout import dumps
        from fzcheck.render.sarif import to_sarif

        return dumps(to_sarif(run.reports, lang))
    if fmt == "junit":
        from fzcheck.render.junit import to_junit

        return to_junit(run.reports, fail_on, lang)
    if fmt == "github":
        from fzcheck.render.github import to_github

        return to_github(run.reports, lang)
    if fmt == "html":
        from fzcheck.render.html_report import render_page

        return render_page(run.reports, lang, fail_on) if run.reports else None
    from fzcheck.render.markdown import to_markdown

    return to_markdown(run.reports, lang)
