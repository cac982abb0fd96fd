"""Run the examples that live inside a checklist (``fzcheck checklist test``).

Each element (and child) may carry ``examples: {met: [...], partial: [...], missing: [...]}``. An
example is a text the real reader, parser and engine turn into a status, which must be the one
the key names. The worst failure of a rule file is a rule that silently never matches (or always
does); examples make that a test failure with the element and the example named.

How a text becomes a report (the checklist schema documents the same):

- ``part``: the first line is the heading (write its number: 「三、下一年度工作安排」); the lines
  after it are the section's text, or a neutral filler when there are none. Nothing else is in
  the report, so no other part's heading can meet the element.
- child of a part: the text is the parent part's section text, under the heading of the parent's
  first ``met`` example (or its title).
- ``topic`` and child of a topic: the text is the section text of the topic's scope part (the first
  one named; else ``part.measures``) inside a minimal report: a title, every part of the checklist
  as a level-1 heading (the first line of its first ``met`` example, or its title), the others
  with a neutral filler.
- ``doc`` elements, ``{report: ...}`` and ``{file: ...}``: the whole report as written (a file is
  read like any report: encodings, Markdown; its path is relative to the checklist file).

Expectations: ``met`` → status met; ``partial`` → partial; ``missing`` → missing for parts,
topics and children (no evidence at all, not just too little), and failed or missing for ``doc``
rules (a skipped rule proves nothing, so it fails both). Nothing here runs when a checklist is
loaded for ``validate``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fzcheck.checklist.model import EXAMPLE_KINDS, Checklist, Element, Example, Kind
from fzcheck.errors import FzcheckError
from fzcheck.results import Status

YEAR = 2023  # the report year of wrapped snippets
TITLE = f"某某区{YEAR}年度法治政府建设情况报告"
FILLER = "本部分内容从略，仅用于示例。"  # neutral text: no phrase of any built-in element
NOT_CHECKED = "not checked"  # a child whose parent part was not found
_FAILED_OR_MISSING = "failed/missing"  # what a doc rule's ``missing`` example expects
_CN = "一二三四五六七八九十"
_MARKER = re.compile(r"^\s*(?:#+\s*)?(?:第?[一二三四五六七八九十]{1,3}(?:部分|章)?\s*[、.．]|"
                     r"[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]\s*[、.．]?|\d{1,2}\s*[.．、])\s*")


@dataclass(slots=True)
class ExampleFailure:
    element_id: str
    example: Example
    expected: str  # met | partial | missing | "failed/missing" (doc rules)
    got: str  # the status the example produced, or "error"
    error: FzcheckError | None = None  # the example could not be run (e.g. its file is missing)

    def error_text(self, lang: str = "zh") -> str:
        return self.error.render(lang) if self.error is not None else ""


@dataclass(slots=True)
class ExampleReport:
    checklist: str  # checklist id
    source: str
    run: int = 0
    failures: list[ExampleFailure] = field(default_factory=list)
    uncovered: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (id, lacking kinds)
    elements: int = 0  # elements and children

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def covered(self) -> bool:
        return not self.uncovered


def run_examples(checklist: Checklist) -> ExampleReport:
    """Run every example of *checklist* through the real parser and engine.

    Failures name the element, the example (file, line, text) and expected vs. actual status;
    ``uncovered`` lists elements and children without at least one ``met`` and one ``missing``
    example."""
    report = ExampleReport(checklist.id, checklist.source)
    headings = part_headings(checklist)
    for el in checklist.elements:
        for target, parent in [(el, None), *((c, el) for c in el.children)]:
            report.elements += 1
            lacking = tuple(k for k in (Status.MET, Status.MISSING) if not target.examples.get(k))
            if lacking:
                report.uncovered.append((target.id, lacking))
            for kind in EXAMPLE_KINDS:
                for example in target.examples.get(kind, []):
                    report.run += 1
                    failure = run_example(checklist, target, example, parent, headings)
                    if failure is not None:
                        report.failures.append(failure)
    return report


def run_example(checklist: Checklist, element: Element, example: Example, parent: Element | None = None,
                headings: dict[str, str] | None = None) -> ExampleFailure | None:
    """Run one example; None when the element gets the expected status."""
    from fzcheck.engine import check
    from fzcheck.parser import parse

    is_doc = (parent or element).kind == Kind.DOC
    expected = _FAILED_OR_MISSING if is_doc and example.expect == Status.MISSING else example.expect
    try:
        doc = parse(example_source(checklist, element, example, parent, headings))
    except FzcheckError as exc:
        return ExampleFailure(element.id, example, expected, "error", exc)
    options: dict[str, object] = {}
    if example.previous is not None:  # a rule that compares two years' reports
        from fzcheck.payload import payload
        from fzcheck.readers import SourceText

        old = parse(SourceText(f"{example.source}:previous", example.previous, "utf-8", "text"))
        options["previous"] = payload(old, check(old, checklist).results)
    results = check(doc, checklist, options).results
    result = next(r for r in results if r.element.id == (parent or element).id)
    if parent is not None:
        child = next((c for c in result.children if c.element.id == element.id), None)
        if child is None:  # the parent part was not found, so its children were not looked for
            return ExampleFailure(element.id, example, expected, f"{NOT_CHECKED} ({parent.id}: {result.status})")
        result = child
    got = result.status
    passed = got in (Status.FAILED, Status.MISSING) if expected == _FAILED_OR_MISSING else got == expected
    return None if passed else ExampleFailure(element.id, example, expected, got)


def example_source(checklist: Checklist, element: Element, example: Example, parent: Element | None = None,
                   headings: dict[str, str] | None = None):  # -> fzcheck.readers.SourceText
    """The report an example stands for (see the module doc)."""
    from fzcheck.readers import SourceText, normalise_text, read_source

    if example.file is not None:
        return read_source(str(Path(example.base) / example.file))
    text = normalise_text(example.text or "")
    name = f"{example.source}:{example.line}" if example.line else example.source
    kind = (parent or element).kind
    if not (example.whole or kind == Kind.DOC):
        if headings is None:
            headings = part_headings(checklist)
        text = wrap_snippet(checklist, element, text, parent, headings)
    return SourceText(source=name, text=text, encoding="utf-8", format="text")


def wrap_snippet(checklist: Checklist, element: Element, text: str, parent: Element | None,
                 headings: dict[str, str]) -> str:
    """A snippet of a part or topic example inside a minimal report."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    owner = parent or element
    if owner.kind == Kind.PART:
        if parent is None:  # the heading itself, then its text
            return "\n".join([TITLE, *(lines[:1] or [""]), *(lines[1:] or [FILLER])])
        return "\n".join([TITLE, f"一、{headings.get(parent.id, parent.title)}", *lines])
    parts = [el for el in checklist.elements if el.kind == Kind.PART]
    scope = owner.match.scope if owner.match is not None and owner.match.scope else ["part.measures"]
    home = next((p for p in parts if p.id in scope), parts[0] if parts else None)
    out = [TITLE]
    if home is None:
        return "\n".join([*out, *lines])
    for n, part in enumerate(parts, start=1):
        number = _CN[n - 1] if n <= len(_CN) else str(n)
        out.append(f"{number}、{headings.get(part.id, part.title)}")
        out.extend(lines if part is home else [FILLER])
    return "\n".join(out)


def part_headings(checklist: Checklist) -> dict[str, str]:
    """For each part, a heading (without its number) that the checklist finds as that part: the
    first line of its first ``met`` snippet example that does, else its title. Checked here, so a
    wrong part example fails on its own instead of moving every topic example out of its part."""
    from fzcheck.engine import check
    from fzcheck.parser import parse
    from fzcheck.readers import SourceText

    out: dict[str, str] = {}
    for part in (el for el in checklist.elements if el.kind == Kind.PART):
        candidates = [_MARKER.sub("", first, count=1) for ex in part.examples.get(Status.MET, [])
                      if ex.text is not None and not ex.whole
                      and (first := next((x.strip() for x in ex.text.splitlines() if x.strip()), ""))]
        out[part.id] = part.title
        found: list[str] = []
        for candidate in [*candidates, part.title]:
            text = "\n".join([TITLE, f"一、{candidate}", FILLER])
            results = check(parse(SourceText("-", text, "utf-8", "text")), checklist).results
            result = next(r for r in results if r.element.id == part.id)
            if result.section is None:
                continue
            found.append(candidate)
            # best: a heading that meets no child by itself (「……不足和原因」 would meet .causes)
            if all(c.status == Status.MISSING for c in result.children):
                found.insert(0, candidate)
                break
        if found:
            out[part.id] = found[0]
    return out


# ---------------------------------------------------------------- the command

def format_report(report: ExampleReport, lang: str = "zh", coverage: bool = False) -> list[str]:
    """What ``fzcheck checklist test`` prints for one checklist, line by line."""
    from fzcheck.i18n import t

    out: list[str] = []
    if report.failures:
        out.append(t("clt.failed", lang, id=report.checklist, n=report.run, failed=len(report.failures)))
    else:
        out.append(t("clt.ok", lang, id=report.checklist, n=report.run))
    for f in report.failures:
        ex = f.example
        where = f"{ex.source}:{ex.line}" if ex.line else ex.source
        if f.error is not None:
            out.append("  " + t("clt.error", lang, where=where, element=f.element_id, reason=f.error_text(lang)))
        else:
            out.append("  " + t("clt.failure", lang, where=where, element=f.element_id, expect=ex.expect,
                                 expected=f.expected, got=f.got, text=ex.label(60)))
    if coverage:
        out.append(t("clt.coverage", lang, id=report.checklist, covered=report.elements - len(report.uncovered),
                     total=report.elements))
        for eid, kinds in report.uncovered:
            out.append("  " + t("clt.uncovered", lang, element=eid, kinds=", ".join(kinds)))
    elif report.uncovered:
        out.append(t("clt.uncovered_hint", lang, id=report.checklist, n=len(report.uncovered)))
    return out


def run_command(names: list[str] | None = None, *, coverage: bool = False, lang: str = "zh",
                write: Callable[[str], None] = print) -> int:
    """``fzcheck checklist test [CHECKLIST...] [--coverage]``: run the examples of each checklist
    (every built-in one when *names* is empty) and write the report through *write*.

    Returns the exit code: 1 when an example fails, or with *coverage* when an element lacks a
    ``met`` or ``missing`` example; else 0. A checklist that cannot be loaded raises
    ChecklistError (exit 2 in the CLI)."""
    from fzcheck.checklist.discovery import builtin_names
    from fzcheck.checklist.loading import load_checklist

    code = 0
    for name in names or builtin_names():
        report = run_examples(load_checklist(name))
        for line in format_report(report, lang, coverage):
            write(line)
        if report.failures or (coverage and report.uncovered):
            code = 1
    return code
