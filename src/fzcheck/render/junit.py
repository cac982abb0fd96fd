"""JUnit XML: a testsuite per report, a testcase per element; a failure for findings at or above
--fail-on (below it the finding is written to system-out, so nothing is hidden)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from fzcheck.checklist import SEVERITY_RANK
from fzcheck.render.findings import problems
from fzcheck.results import CheckReport


def to_junit(reports: list[CheckReport], fail_on: dict[str, str], lang: str) -> str:
    """*fail_on* maps each report's source to its threshold (reports may have their own config)."""
    root = ET.Element("testsuites", name="fzcheck")
    total = failed = skipped = 0
    for report in reports:
        threshold = SEVERITY_RANK.get(fail_on.get(report.document.source, "error"), 99)
        by_element: dict[str, list[str]] = {}
        for p in problems(report, lang):
            by_element.setdefault(p.result.element.id, []).append(f"{p.line}: {p.message}")
        suite = ET.SubElement(root, "testsuite", name=report.document.source)
        s_failed = s_skipped = 0
        for r in report.results:
            el = r.element
            case = ET.SubElement(suite, "testcase", name=f"{el.id} {el.title_for(lang)}",
                                 classname=f"{report.checklist.id}.{el.kind}", file=report.document.source)
            if r.evidence:
                case.set("line", str(report.document.location(r.evidence[0].line)))
            details = "\n".join(by_element.get(el.id, []))
            if r.is_finding and SEVERITY_RANK[r.severity] >= threshold:
                failure = ET.SubElement(case, "failure", type=r.severity, message=f"{el.id}: {r.status}")
                failure.text = details
                s_failed += 1
            elif r.status == "skipped" or r.suppressed is not None:
                ET.SubElement(case, "skipped", message=str((r.suppressed or {}).get("reason") or r.status))
                s_skipped += 1
            elif details:
                ET.SubElement(case, "system-out").text = details
        suite.set("tests", str(len(report.results)))
        suite.set("failures", str(s_failed))
        suite.set("errors", "0")
        suite.set("skipped", str(s_skipped))
        total += len(report.results)
        failed += s_failed
        skipped += s_skipped
    root.set("tests", str(total))
    root.set("failures", str(failed))
    root.set("errors", "0")
    root.set("skipped", str(skipped))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
