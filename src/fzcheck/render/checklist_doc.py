"""A Markdown reference generated from a checklist (``fzcheck checklist doc``).

What a reviewer enforces, published to the units that must follow it: the elements in groups,
each with its severity, basis, what counts as evidence (the matchers in words), what to add and
its examples. Generated from the loaded checklist, so it cannot drift from what fzcheck checks;
``docs/checklist-national.md`` is this output for ``national`` (a test keeps it current).
"""

from __future__ import annotations

import re
from typing import Any

from fzcheck.checklist import Checklist, Concept, Element, Example, Matcher
from fzcheck.checklist.glossary import markdown as glossary_markdown
from fzcheck.i18n import t
from fzcheck.textnorm import fold

_GROUPS = (("part", "group.part"), ("topic", "group.topic"), ("doc", "group.doc"))
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)(\d+(?=[.)])|(?=[#>+-]))")


def checklist_markdown(checklist: Checklist, lang: str = "zh", name: str | None = None) -> str:
    """The Markdown reference of *checklist* in *lang* ("zh" or "en"). *name* is how the
    checklist is named in the regeneration command (default: its id)."""
    out: list[str] = [f"# {_esc(t('cldoc.title', lang, title=checklist.title_for(lang)))}", ""]
    out += [f"<!-- {t('cldoc.generated', lang, name=name or checklist.id)} -->", ""]
    out.append(f"- **{t('cldoc.id', lang)}**：`{checklist.id}`（{t('cldoc.version', lang, version=checklist.version)}）"
               if lang == "zh" else
               f"- **{t('cldoc.id', lang)}**: `{checklist.id}` ({t('cldoc.version', lang, version=checklist.version)})")
    if len(checklist.chain) > 1:
        out.append(_field(t("cldoc.chain", lang), " ← ".join(f"`{c}`" for c in checklist.chain[1:]), lang))
    if checklist.description:
        out.append(_field(t("cldoc.description", lang), _esc(checklist.description), lang))
    out += ["", f"## {t('cldoc.how', lang)}", ""]
    out += [f"- {t(key, lang)}" for key in ("cldoc.how.severity", "cldoc.how.status", "cldoc.how.fold",
                                            "cldoc.how.examples")]
    out += ["", f"## {t('cldoc.contents', lang)}", ""]
    out += [f"| {t('cldoc.col.id', lang)} | {t('cldoc.col.title', lang)} | {t('cldoc.col.severity', lang)} |",
            "| --- | --- | --- |"]
    for el in checklist.elements:
        out.append(f"| [`{el.id}`](#{_anchor(el.id)}) | {_esc(el.title_for(lang))} | {t('sev.' + el.severity, lang)} |")
    for kind, group_key in _GROUPS:
        elements = [el for el in checklist.elements if el.kind == kind]
        if not elements:
            continue
        out += ["", f"## {t(group_key, lang)}"]
        for el in elements:
            out += ["", *_element(el, checklist, lang)]
    out += ["", f"## {t('cldoc.masks', lang)}", "", t("cldoc.masks.intro", lang), ""]
    out += [f"- `{rx.pattern}`" + (f" → {word}" if (word := checklist.stand_ins.get(rx.pattern)) else "")
            for rx in checklist.mask] or [f"- {t('cldoc.none', lang)}"]
    out += ["", *glossary_markdown(lang)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip("\n") + "\n"


# ---------------------------------------------------------------- one element

def element_markdown(el: Element, checklist: Checklist, lang: str = "zh") -> str:
    """One element's reference (``fzcheck explain ID``): the same text as in the checklist doc."""
    lines = [line for line in _element(el, checklist, lang) if not line.startswith("<a id=")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def _element(el: Element, checklist: Checklist, lang: str) -> list[str]:
    out = [f'<a id="{_anchor(el.id)}"></a>', "", f"### `{el.id}` {_esc(el.title_for(lang))}", ""]
    severity = t("sev." + el.severity, lang)
    if el.weight is not None:
        severity += ("，" if lang == "zh" else ", ") + t("cldoc.weight", lang, weight=el.weight)
    out.append(_field(t("cldoc.severity", lang), severity, lang))
    out.append(_field(t("cldoc.basis", lang), _esc(el.basis), lang))
    out.append(_field(t("cldoc.evidence", lang), "", lang).rstrip())
    out += _indent(_evidence(el, checklist, lang))
    if el.children:
        out.append(_field(t("cldoc.children", lang), "", lang).rstrip())
        n, count = el.children_min, len(el.children)
        rule = t("cldoc.children.all", lang, count=count) if n >= count else t("cldoc.children.min", lang, n=n,
                                                                                   count=count)
        out.append(f"  - {rule}")
        for child in el.children:
            out.append(f"    - `{child.id}` {_esc(child.title_for(lang))}"
                       + (f"：{_phrases_inline(child.match, lang)}" if lang == "zh" else
                          f": {_phrases_inline(child.match, lang)}"))
    if el.hint_for(lang):
        out.append(_field(t("cldoc.hint", lang), _esc(el.hint_for(lang)), lang))
    examples = _examples(el, lang)
    if examples:
        out.append(_field(t("cldoc.examples", lang), "", lang).rstrip())
        out += examples
    return out


def _evidence(el: Element, checklist: Checklist, lang: str) -> list[str]:
    if el.kind == "doc":
        return _rule_words(el, checklist, lang)
    out: list[str] = []
    m = el.match
    if el.kind == "part" and m is not None:
        out.append(t("cldoc.part.where", lang) if m.max_level <= 1 else
                   t("cldoc.part.where_levels", lang, n=m.max_level))
        out.append(t("cldoc.part.any", lang))
        out += _indent(_concept_lines(m.any))
        out += _matcher_extras(m, checklist, lang, heading=True)
        out.append(t("cldoc.part.empty", lang))
        fb = el.fallback
        if fb is not None:
            count = len(fb.any) + len(fb.all) + len(fb.regex)
            out.append(t("cldoc.part.fallback", lang, count=count, n=fb.min_hits) if fb.min_hits > 1
                       else t("cldoc.part.fallback_one", lang))
            out += _indent(_concept_lines(fb.any))
            out += _matcher_extras(fb, checklist, lang, heading=False)
        return out
    if m is not None:
        out += _matcher_lines(m, checklist, lang, scope=True)
    return out


def _matcher_lines(m: Matcher, checklist: Checklist, lang: str, *, scope: bool) -> list[str]:
    out: list[str] = []
    if scope:
        less = ""
        if checklist.fallback_exclude:
            less = t("cldoc.scope.less", lang, parts="、".join(f"`{p}`" for p in checklist.fallback_exclude)
                     if lang == "zh" else ", ".join(f"`{p}`" for p in checklist.fallback_exclude))
        if m.scope:
            parts = [f"{_esc(_part_title(checklist, p, lang))}（`{p}`）" if lang == "zh"
                     else f"{_esc(_part_title(checklist, p, lang))} (`{p}`)" for p in m.scope]
            out.append(t("cldoc.scope", lang, parts=("、" if lang == "zh" else ", ").join(parts), less=less))
        else:
            out.append(t("cldoc.scope.all", lang, less=less))
    count = len(m.any) + len(m.all) + len(m.regex)
    if m.any:
        if m.min_hits > 1:
            out.append(t("cldoc.any.min", lang, count=count, n=m.min_hits, less=m.min_hits - 1))
        else:
            out.append(t("cldoc.any.one", lang))
        out += _indent(_concept_lines(m.any))
    elif m.min_hits > 1:
        out.append(t("cldoc.any.min", lang, count=count, n=m.min_hits, less=m.min_hits - 1))
    out += _matcher_extras(m, checklist, lang, heading=False)
    return out


def _matcher_extras(m: Matcher, checklist: Checklist, lang: str, *, heading: bool) -> list[str]:
    out: list[str] = []
    if m.all:
        unit = t("cldoc.unit.sentence" if m.within == "sentence" else "cldoc.unit.paragraph", lang)
        out.append(t("cldoc.all", lang, unit=unit))
        joiner = t("cldoc.and", lang) if lang == "zh" else f" {t('cldoc.and', lang)} "
        out += [f"  - {joiner.join('「' + _concept_inline(c) + '」' for c in group)}" for group in m.all]
    if m.regex:
        out.append(t("cldoc.regex", lang))
        out += [f"  - `{rx.pattern}`" for rx in m.regex]
    if m.exclude:
        where = t("cldoc.where.heading" if heading else "cldoc.where.paragraph", lang)
        out.append(t("cldoc.exclude", lang, where=where, words=_esc("、".join(m.exclude))))
    if m.require_figures:
        out.append(t("cldoc.figures", lang))
    return out


def _concept_lines(concepts: list[Concept]) -> list[str]:
    return [f"{i}. {_concept_inline(c)}" for i, c in enumerate(concepts, start=1)]


def _concept_inline(c: Concept) -> str:
    label = c.label
    rest = [v for v in c.variants if v != fold(label)]
    return " / ".join(_esc(p) for p in [label, *rest])


def _phrases_inline(m: Matcher | None, lang: str) -> str:
    if m is None:
        return ""
    return "；".join(_concept_inline(c) for c in m.any) if lang == "zh" else "; ".join(
        _concept_inline(c) for c in m.any)


def _part_title(checklist: Checklist, part_id: str, lang: str) -> str:
    part = checklist.get(part_id)
    return part.title_for(lang) if part is not None else part_id


# ---------------------------------------------------------------- report-level rules in words

def _rule_words(el: Element, checklist: Checklist, lang: str) -> list[str]:
    from fzcheck.rules import RULE_NAMES, rule_module

    if el.rule not in RULE_NAMES:
        return [t("cldoc.rule", lang, rule=el.rule)]
    params: dict[str, Any] = {**rule_module(el.rule).DEFAULTS, **el.params}
    sep = "、" if lang == "zh" else ", "
    alt = t("cldoc.or", lang) if lang == "zh" else f" {t('cldoc.or', lang)} "

    def quote(word: object) -> str:
        return f"「{_esc(str(word))}」"

    out = [t("cldoc.rule", lang, rule=el.rule)]
    if el.rule == "title":
        groups = [([g] if isinstance(g, str) else list(g)) for g in params.get("require", [])]
        words = sep.join(alt.join(quote(w) for w in g) for g in groups)
        if words:
            out.append(t("cldoc.title.require", lang, words=words))
        if params.get("require_unit"):
            out.append(t("cldoc.title.unit", lang))
        if params.get("require_year"):
            out.append(t("cldoc.title.year", lang))
        if params.get("discourage"):
            out.append(t("cldoc.title.discourage", lang, words=sep.join(quote(w) for w in params["discourage"])))
        out.append(t("cldoc.title.missing", lang))
    elif el.rule == "year":
        out.append(t("cldoc.year", lang))
    elif el.rule == "deadline":
        out.append(t("cldoc.deadline.intro", lang))
        for d in params.get("deadlines", []):
            name = d.get("name_en", d.get("name", "")) if lang == "en" else d.get("name", "")
            severity = t("sev." + d.get("severity", el.severity), lang)
            out.append("  - " + t("cldoc.deadline.item", lang, name=_esc(name), month=d.get("month"),
                                  day=d.get("day"), severity=severity))
        out.append(t("cldoc.deadline.source", lang))
    elif el.rule == "terminology":
        out.append(t("cldoc.terms.intro", lang))
        out.append("")
        cols = ("term", "match", "replacement", "since", "by", "source")
        out.append("| " + " | ".join(t(f"cldoc.terms.col.{c}", lang) for c in cols) + " |")
        out.append("|" + " --- |" * len(cols))
        for term in params.get("terms", []):
            recognised = [quote(p) for p in term.get("match", [])] + [f"`{r}`" for r in term.get("regex", [])]
            unless = (t("cldoc.terms.unless", lang, words=sep.join(quote(w) for w in term["unless"]))
                      if term.get("unless") else "")
            by = t("cldoc.terms.written" if term.get("by", "written") == "written" else "cldoc.terms.year", lang)
            out.append("| " + " | ".join([
                quote(term.get("term", "")), sep.join(recognised) + unless, quote(term.get("replacement", "")),
                str(term.get("since", "")), by, _esc(str(term.get("source", ""))),
            ]) + " |")
        out.append("")
    elif el.rule == "numbering":
        out.append(t("cldoc.numbering", lang))
        if params.get("check_brackets"):
            out.append(t("cldoc.numbering.brackets", lang))
    elif el.rule == "evidence":
        severities = sep.join(quote(t("sev." + s, lang)) for s in params.get("severities", []))
        kinds = sep.join(t("group." + k, lang) for k in params.get("kinds", []) if k in ("part", "topic", "doc"))
        out.append(t("cldoc.evidence_rule", lang, severities=severities, kinds=kinds))
    elif el.rule == "plan-year":
        part = params.get("part", "")
        shown = (f"「{_esc(_part_title(checklist, part, lang))}」（`{part}`）" if lang == "zh"
                 else f"{_esc(_part_title(checklist, part, lang))} (`{part}`)")
        out.append(t("cldoc.plan_year", lang, part=shown,
                     window=params.get("window"), cues=sep.join(quote(c) for c in params.get("cues", []))))
    elif el.rule == "commitments":
        out.append(t("cldoc.commitments", lang, threshold=round(100 * params.get("threshold", 0)),
                     reuse=round(100 * params.get("reuse_share", 0))))
    return out


# ---------------------------------------------------------------- examples

def _examples(el: Element, lang: str) -> list[str]:
    out: list[str] = []
    targets = [el, *el.children]
    for target in targets:
        for kind in ("met", "partial", "missing"):
            for ex in target.examples.get(kind, []):
                label = _example_label(el, kind, lang)
                if target is not el:
                    label += f"（`{target.id}`）" if lang == "zh" else f" (`{target.id}`)"
                out += _example(ex, label, el.kind == "doc" or ex.whole)
                if ex.previous is not None:  # the report it is compared with (doc.commitments)
                    out += _example(Example(ex.expect, text=ex.previous), t("cldoc.example.previous", lang), True)
    return out


def _example_label(el: Element, kind: str, lang: str) -> str:
    if el.kind == "doc":
        return t("cldoc.example.pass" if kind == "met" else "cldoc.example.fail", lang)
    return t(f"cldoc.example.{kind}", lang)


def _example(ex: Example, label: str, whole: bool) -> list[str]:
    note = f" —— {_esc(ex.note)}" if ex.note else ""
    if ex.file is not None:
        return [f"  - **{label}**：`{ex.file}`{note}"]
    text = (ex.text or "").strip("\n")
    if whole:
        fence = "~~~~" if "```" in text else "```"
        return [f"  - **{label}**{note}", "", f"    {fence}text", *(f"    {line}" for line in text.splitlines()),
                f"    {fence}", ""]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) == 1:
        return [f"  - **{label}**：{_esc(lines[0])}{note}"]
    return [f"  - **{label}**{note}", *(f"    > {_esc(line)}" + ("  " if i < len(lines) - 1 else "")
                                        for i, line in enumerate(lines))]


# ---------------------------------------------------------------- Markdown helpers

def _field(name: str, value: str, lang: str) -> str:
    return f"- **{name}**：{value}" if lang == "zh" else f"- **{name}**: {value}"


def _indent(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        if line.startswith(("  ", "|")) or re.match(r"^\d+\. ", line) or not line:
            out.append(f"  {line}" if line.startswith(("  ", "|")) or re.match(r"^\d+\. ", line) else line)
        else:
            out.append(f"  - {line}")
    return out


def _anchor(element_id: str) -> str:
    return element_id.replace(".", "-")


def _esc(text: str) -> str:
    """Text as Markdown shows it: characters that would format escaped, line starts that would
    make a heading, quote or list escaped."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + m.group(2) + "\\", text)
