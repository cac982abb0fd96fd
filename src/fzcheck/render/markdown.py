"""Markdown for pull-request comments and submission platforms: a table of findings per report."""

from __future__ import annotations

from fzcheck.i18n import t
from fzcheck.render.findings import problems
from fzcheck.results import CheckReport

_ICON = {"partial": "◐", "missing": "✘", "failed": "✘"}


def _cell(text: str) -> str:
    """Report text inside a table cell: no pipes, no line breaks, no HTML."""
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", " ").replace("\n", " "))


def to_markdown(reports: list[CheckReport], lang: str) -> str:
    out: list[str] = []
    for report in reports:
        doc = report.document
        errors, warnings, infos = (report.count(s) for s in ("error", "warning", "info"))
        out.append(f"### {_cell(doc.source)}")
        out.append("")
        if errors + warnings + infos == 0:
            out.append(t("verdict.clean", lang, path=_cell(doc.source), score=report.score))
            out.append("")
            continue
        out.append(t("verdict", lang, path=_cell(doc.source), score=report.score, errors=errors,
                     warnings=warnings, infos=infos))
        out.append("")
        out.append(f"| {t('col.status', lang)} | {t('col.severity', lang)} | {t('col.element', lang)} "
                   f"| {t('col.where', lang)} | {t('col.detail', lang)} |")
        out.append("| --- | --- | --- | --- | --- |")
        for p in problems(report, lang):
            r = p.result
            where = "—" if r.status == "missing" else t(f"loc.{doc.location_unit}", lang, n=p.line)
            out.append(f"| {_ICON[r.status]} {t(f'status.{r.status}', lang)} | {t(f'sev.{r.severity}', lang)} "
                       f"| `{r.element.id}` | {where} | {_cell(p.message)} |")
        out.append("")
    return "\n".join(out) + "\n"
