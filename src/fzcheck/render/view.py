"""One reading of a check result for every output people read: the terminal, the Word comments,
the batch workbook and page, and the web page.

It decides what a person sees first (the gaps: missing, then incomplete; the met rows after),
how a status is named and marked (a symbol as well as a colour, so a black-and-white print
reads), where a finding is (「第 17 行」, 「第 12 段（（二）… 之下）」, and for a missing part
where it belongs), and the verdict line. Renderers only lay these out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fzcheck.checklist import SEVERITY_RANK
from fzcheck.document import Document
from fzcheck.i18n import t
from fzcheck.results import CheckReport, ElementResult

# symbol, i18n key of the word, colour name (rich style names; the HTML and workbook map them)
_STATUS = {
    "met": ("✔", "status.met", "green"),
    "passed": ("✔", "status.passed", "green"),
    "partial": ("◐", "status.partial", "yellow"),
    "missing": ("✘", "status.missing", "red"),
    "failed": ("✘", "status.failed", "red"),
    "skipped": ("–", "status.skipped", "dim"),
}
PROMPT = "（请填写："  # fzcheck init's prompts (skeleton.py)
HEADING_QUOTE = 16  # characters of a heading title quoted in a location


@dataclass(frozen=True, slots=True)
class StatusLabel:
    key: str  # met | passed | partial | missing | failed | skipped
    symbol: str
    word: str
    colour: str

    def __str__(self) -> str:
        return f"{self.symbol} {self.word}"


def status_label(result: ElementResult, lang: str) -> StatusLabel:
    """「✔ 已具备」, 「✔ 通过」 (a report-level rule that passed), 「◐ 不完整」, 「✘ 缺失」 …"""
    key = "passed" if result.element.kind == "doc" and result.status == "met" else result.status
    symbol, word_key, colour = _STATUS[key]
    return StatusLabel(key, symbol, t(word_key, lang), colour)


def status_word(status: str, lang: str) -> str:
    """The word for a bare status value (a workbook cell, a legend)."""
    return t(_STATUS[status][1], lang)


def status_symbol(status: str) -> str:
    return _STATUS[status][0]


def location(doc: Document, line: int, lang: str, *, heading: str | None = None) -> str:
    """「第 17 行」 for text, 「第 12 段」 for Word and 「第 3 页」 for PDF; a Word paragraph number is
    not shown by Word, so the heading it stands under is named too (「第 12 段（（二）… 之下）」)."""
    title = None
    if doc.location_unit == "paragraph":
        title = heading if heading is not None else _heading_at(doc, line)
    return located(doc.location_unit, doc.location(line), lang, title)


def located(unit: str, n: int, lang: str, heading: str | None = None) -> str:
    """``location`` of place *n* in a report located by *unit* (line, paragraph, page), with the
    heading a Word paragraph stands under: for a batch row made without the parsed report."""
    text = t(f"loc.{unit}", lang, n=n)
    if unit == "paragraph" and heading:
        text += t("loc.under", lang, heading=_quote(heading))
    return text


def _heading_at(doc: Document, line: int) -> str | None:
    for p in doc.paragraphs:
        if p.line <= line <= p.end_line:
            h = p.heading
            return f"{h.marker}{h.title}" if h is not None else None
    return None


def _quote(title: str) -> str:
    return title if len(title) <= HEADING_QUOTE else title[:HEADING_QUOTE] + "…"


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a missing part belongs: after one found part and before the next (厅字〔2019〕28号 order)."""

    after: ElementResult | None
    before: ElementResult | None
    after_line: int | None  # last line of the text of the part it follows (no chrome, no 落款)
    before_line: int | None  # first line of the part it precedes
    within: ElementResult | None = None  # for a missing topic: the part that holds the other topics

    def text(self, doc: Document, lang: str) -> str:
        def name(r: ElementResult, line: int) -> str:
            title = _heading_at(doc, line) or r.element.title_for(lang)
            return _quote(title) + t("loc.paren", lang, loc=t(f"loc.{doc.location_unit}", lang, n=doc.location(line)))

        if self.within is not None and self.within.section is not None:
            return t("place.within", lang, part=name(self.within, self.within.section[0]))
        if self.after is not None and self.before is not None and self.after_line and self.before_line:
            return t("place.between", lang, after=name(self.after, self.after_start), before=name(
                self.before, self.before_line))
        if self.after is not None and self.after_line:
            return t("place.after", lang, after=name(self.after, self.after_start))
        if self.before is not None and self.before_line:
            return t("place.before", lang, before=name(self.before, self.before_line))
        return t("whole_doc", lang)

    @property
    def after_start(self) -> int:
        assert self.after is not None and self.after.section is not None
        return self.after.section[0]


def placement(report: CheckReport, result: ElementResult) -> Placement | None:
    """For a part with no heading of its own: the found parts around the place the regulation's
    order gives it. For a missing topic: the part where the other topics were found. None for
    other elements."""
    if result.status != "missing":
        return None
    if result.element.kind == "topic":
        return _topic_placement(report)
    if result.element.kind != "part":
        return None
    parts = [r for r in report.results if r.element.kind == "part"]
    at = parts.index(result)
    found = [r for r in parts if r.section is not None and r.status != "missing"]
    after = next((r for r in reversed(parts[:at]) if r in found), None)
    before = next((r for r in parts[at + 1:] if r in found), None)
    return Placement(after, before, _last_text_line(report.document, after.section) if after and after.section
                     else None, before.section[0] if before and before.section else None)


_SIGNATURE_DATE = re.compile(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月.{0,4}日?\s*$")


def _last_text_line(doc: Document, section: tuple[int, int]) -> int:
    """The last line of a section's own text: page chrome (「分享文章到:」) and the 落款 (unit and
    date) after it are not where a missing part would be written."""
    start, end = section
    for p in reversed(doc.paragraphs):
        if not start <= p.line <= end or p.kind not in ("body", "heading"):
            continue
        text = p.text.strip()
        if p.line == doc.signed_line or text == doc.unit or _SIGNATURE_DATE.match(text):
            continue
        return p.end_line
    return end


def _topic_placement(report: CheckReport) -> Placement | None:
    """The found part whose section holds most of the found topics' evidence (主要举措和成效)."""
    parts = [r for r in report.results if r.element.kind == "part" and r.section is not None
             and r.status != "missing"]
    lines = [e.line for r in report.results if r.element.kind == "topic" and r.status != "missing"
             for e in r.evidence]
    def held(p: ElementResult) -> int:
        return sum(1 for n in lines if p.section and p.section[0] <= n <= p.section[1])

    best = max(parts, key=held, default=None)
    # no found part holds any (the measures written under topical headings, a 「存在的问题」 part
    # after them): no part to name, rather than the shortcomings
    if best is None or best.section is None or not held(best):
        return None
    return Placement(None, None, None, None, within=best)


def todo(result: ElementResult, lang: str) -> str:
    """「应补充：…」, the remedy for a finding ("To do: …" in English, whose hints already begin
    with a verb); empty when the element has no hint."""
    hint = result.element.hint_for(lang)
    return t("todo", lang, hint=hint) if hint else ""


@dataclass(slots=True)
class Gap:
    """One finding as people read it."""

    result: ElementResult
    label: StatusLabel
    where: str  # a location, the place a missing part belongs, or 「全文」
    line: int | None  # the line to point at (evidence, note, or the place a missing part belongs)
    placement: Placement | None = None
    prompt: str | None = None  # the skeleton's 「（请填写：…）」 prompt for a missing element, still unfilled


@dataclass(slots=True)
class Verdict:
    passed: bool
    missing_parts: list[ElementResult] = field(default_factory=list)
    findings: int = 0

    def text(self, lang: str) -> str:
        head = t("verdict.pass" if self.passed else "verdict.fail", lang)
        details = []
        if self.missing_parts:
            names = "、".join(r.element.title_for(lang) for r in self.missing_parts)
            details.append(t("verdict.missing_parts", lang, n=len(self.missing_parts), names=names))
        if self.findings:
            details.append(t("verdict.to_add", lang, n=self.findings))
        return head + (" — " + ("；" if lang == "zh" else "; ").join(details) if details else "")


@dataclass(slots=True)
class ResultView:
    report: CheckReport
    gaps: list[Gap]  # missing first, then partial and failed; each by severity, then checklist order
    met: list[ElementResult]  # met, passed and skipped rows (and suppressed findings), checklist order
    verdict: Verdict


def verdict(report: CheckReport, fail_on: str = "error") -> Verdict:
    """Passed when no unsuppressed finding is at or above *fail_on*. ``never`` only keeps the
    exit code at 0: the report is still judged at ``error`` (a deficient report does not read
    「通过」 because CI was told not to fail)."""
    threshold = SEVERITY_RANK.get(fail_on if fail_on != "never" else "error", 99)
    missing = [r for r in report.findings()
               if r.element.kind == "part" and r.status == "missing" and r.severity == "error"]
    return Verdict(report.worst() < threshold, missing, len(report.findings()))


def result_view(report: CheckReport, lang: str, fail_on: str = "error") -> ResultView:
    doc = report.document
    order = {id(r): i for i, r in enumerate(report.results)}
    findings = sorted(report.findings(), key=lambda r: (
        r.status != "missing", -SEVERITY_RANK.get(r.severity, 0), order[id(r)]))
    gaps = []
    for r in findings:
        place = placement(report, r)
        line = gap_line(r, place)
        prompt = _prompt(doc, r)
        if prompt is not None:
            line = prompt[0]
            where = t("place.prompt", lang, loc=location(doc, line, lang))
        elif place is not None:
            where = place.text(doc, lang)
        elif line is not None:
            # a report-level rule's line may be a note's, not its first evidence's: the heading follows the line
            heading = r.evidence[0].section if r.evidence and r.element.kind != "doc" else None
            where = location(doc, line, lang, heading=heading)
        else:
            where = t("whole_doc", lang)
        gaps.append(Gap(r, status_label(r, lang), where, line, place, prompt[1] if prompt else None))
    met = [r for r in report.results if not r.is_finding]
    return ResultView(report, gaps, met, verdict(report, fail_on))


def _prompt(doc: Document, r: ElementResult) -> tuple[int, str] | None:
    """The line and text of the 「（请填写：<hint>）」 prompt `fzcheck init` wrote for a missing
    element, when the drafter has not replaced it yet: the very place to write."""
    if r.status != "missing" or not r.element.hint:
        return None
    key = PROMPT + r.element.hint[:12]
    for p in doc.paragraphs:
        at = p.text.find(key)
        if at >= 0:
            end = p.text.find("）", at + len(PROMPT) + len(r.element.hint) - 1)
            return p.line, p.text[at:end + 1 if end >= 0 else len(p.text)]
    return None


def gap_line(r: ElementResult, place: Placement | None = None) -> int | None:
    """The line a gap stands at (*place*: where a missing part or topic belongs; none for a
    report-level rule): a batch row made without the parsed report reads it too."""
    if place is not None and place.within is not None and place.within.section is not None:
        return place.within.section[0]
    if place is not None:
        return place.after_line or place.before_line
    if r.element.kind == "doc":
        # a report-level rule stands where its first problem is: its evidence can be what it found
        # done (doc.commitments: the sentences carrying out last year's plans)
        first = next((n.line for n in r.notes if n.line is not None and not n.info), None)
        if first is not None:
            return first
    if r.evidence and r.status != "missing":
        return r.evidence[0].line
    return next((n.line for n in r.notes if n.line is not None), None)
