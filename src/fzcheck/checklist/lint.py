"""``checklist lint``: everything loading checks, plus silent failures and contradicting examples."""

from __future__ import annotations

from typing import Any

from fzcheck.checklist.loading import load_layers, matches_of
from fzcheck.checklist.model import Checklist, mask_entry
from fzcheck.checklist.nesting import reachable_hits
from fzcheck.checklist.overlays import concept_phrases
from fzcheck.checklist.problems import Layer, Problems
from fzcheck.checklist.regex_inspect import regex_never
from fzcheck.errors import ChecklistError
from fzcheck.textnorm import dropped_characters, fold
from fzcheck.yamlsource import YamlPath


def lint_checklist(name: str, *, examples: bool = True) -> tuple[Checklist | None, list[ChecklistError]]:
    """Load with every check on; return the checklist and all problems.

    Besides what loading checks, lint looks for silent failures: phrases and regular expressions
    that can never match, phrases that never change a result (shadowed), overlays that change
    nothing and, with *examples*, examples that contradict their element. Each problem has a
    ``level`` (see :func:`problem_level`): the checklist is returned unless there is an error."""
    problems = Problems()
    checklist = None
    try:
        loaded = load_layers(name, problems, True)
        if loaded is not None:
            checklist = loaded[0]
            if not problems.items:
                _lint_matchers(*loaded, problems)
                if examples:
                    _lint_examples(checklist, problems)
    except ChecklistError as exc:
        problems.items.append(exc)
    found = problems.items + sorted(problems.warnings, key=lambda p: (p.source or "", p.line or 0))
    return (checklist if not problems.items else None), found


def _lint_matchers(checklist: Checklist, layers: list[Layer], raw_elements: dict[str, dict[str, Any]],
                   problems: Problems) -> None:
    """Phrases and patterns that can never match, or never change a result.

    - a phrase empty once folded, or containing characters folding removes (it matches as if
      they were not there);
    - a phrase the checklist's ``mask`` always hides, or that contains an ``exclude`` phrase of
      its own matcher (wherever it stands, the paragraph is excluded);
    - shadowed: a phrase that is not the concept's label (its first phrase) and contains another
      variant of the same concept (synonyms included), or equals one once folded: any text with
      it has the shorter variant too, so it never changes whether the concept is found; an
      ``exclude`` phrase containing another ``exclude`` phrase;
    - ``min_hits`` above the hits the matcher can give (one per ``any`` concept, ``all`` group and
      pattern): phrases meant to count apart written as one synonym list ``- [甲, 乙]``;
    - overlap: with ``min_hits`` above 1, a phrase of one concept of an ``any`` list that contains
      a variant of another concept of the list: one mention counts as two hits;
    - a regular expression (in a matcher or ``mask``) that requires a character folded text never
      holds (spaces, quotation marks, 「、」, full-width forms, capital letters) or is anchored
      where nothing can stand.
    """
    synonyms = {fold(k): [fold(v) for v in vs] for layer in layers
                for k, vs in (layer.data.get("synonyms") or {}).items()
                if isinstance(vs, list)}
    for eid, raw in raw_elements.items():
        if raw.get("enabled", True) is False:
            continue
        for within, match in matches_of(raw, ()):
            _lint_matcher(eid, within, match, checklist, layers, synonyms, problems)
    for k, item in enumerate(_merged_top(layers, "mask")):
        pattern = mask_entry(item)[0]
        reason = regex_never(pattern)
        if reason is not None:
            layer, path = _locate_top(layers, "mask", pattern) or (layers[-1], ("mask", k))
            key, params = reason
            problems.add(layer.source, key, layer.lines, path, pattern=pattern, **params)


def _merged_top(layers: list[Layer], key: str) -> list[Any]:
    value: list[Any] = []
    for layer in layers:
        if isinstance(layer.data.get(key), list):
            value = layer.data[key]
    return value


def _lint_matcher(eid: str, within: YamlPath, match: dict[str, Any], checklist: Checklist, layers: list[Layer],
                  synonyms: dict[str, list[str]], problems: Problems) -> None:
    def report(level: str, key: str, value: str, **params: Any) -> None:
        layer, path = _locate(layers, eid, value, within)
        (problems.add if level == "error" else problems.warn)(layer.source, key, layer.lines, path, **params)

    excludes = [x for x in match.get("exclude") or [] if isinstance(x, str)]
    folded_excludes = [fold(x) for x in excludes]
    any_concepts = [c for c in match.get("any") or []]
    concepts = [*any_concepts, *(c for group in match.get("all") or [] if isinstance(group, list) for c in group)]
    any_variants = [_variants(c, synonyms) for c in any_concepts]
    for concept in concepts:
        phrases = concept_phrases(concept)
        variants = _variants(concept, synonyms)
        for idx, phrase in enumerate(phrases):
            folded = fold(phrase)
            if not folded:
                report("error", "cl.phrase_empty", phrase, phrase=phrase)
                continue
            dropped = dropped_characters(phrase)
            if dropped:
                chars = " ".join(sorted(f"U+{ord(c):04X}" if not c.strip() else c for c in dropped))
                report("warning", "cl.phrase_dropped", phrase, phrase=phrase, chars=chars, folded=folded)
            # a mask that stands for this very phrase leaves it readable (「旁听……庭审」 → 旁听庭审)
            masked = next((rx.pattern for rx in checklist.mask if rx.search(folded)
                           and checklist.stand_ins.get(rx.pattern) != folded), None)
            if masked is not None:
                report("error", "cl.phrase_masked", phrase, phrase=phrase, pattern=masked)
            by = next((x for x, fx in zip(excludes, folded_excludes, strict=True) if fx and fx in folded), None)
            if by is not None:
                report("error", "cl.phrase_excluded", phrase, phrase=phrase, by=by)
            if idx == 0:
                continue
            earlier = {fold(p) for p in phrases[:idx]}
            if folded in earlier:
                report("warning", "cl.phrase_duplicate", phrase, phrase=phrase)
                continue
            shorter = next((v for v in variants if v != folded and v in folded), None)
            if shorter is not None:
                report("warning", "cl.phrase_shadowed", phrase, phrase=phrase, by=shorter)
    min_hits = match.get("min_hits", 1)
    if isinstance(min_hits, int) and min_hits > (reach := reachable_hits(match)):
        layer, path = _locate_key(layers, eid, within, "min_hits")
        problems.warn(layer.source, "cl.nest.min_hits", layer.lines, path, n=min_hits, reach=reach)
    if isinstance(min_hits, int) and min_hits > 1:
        for i, concept in enumerate(any_concepts):
            for phrase in concept_phrases(concept):
                folded = fold(phrase)
                other = next((v for j, vs in enumerate(any_variants) if j != i for v in vs if v and v in folded),
                             None)
                if folded and other is not None:
                    report("warning", "cl.phrase_overlap", phrase, phrase=phrase, by=other, n=min_hits)
    for x, fx in zip(excludes, folded_excludes, strict=True):
        shorter = next((y for y in folded_excludes if y and y != fx and y in fx), None)
        if fx and shorter is not None:
            report("warning", "cl.exclude_shadowed", x, phrase=x, by=shorter)
    for pattern in match.get("regex") or []:
        if isinstance(pattern, str):
            reason = regex_never(pattern)
            if reason is not None:
                key, params = reason
                report("error", key, pattern, pattern=pattern, **params)


def _variants(concept: Any, synonyms: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for phrase in concept_phrases(concept):
        folded = fold(phrase)
        for v in [folded, *synonyms.get(folded, [])]:
            if v and v not in out:
                out.append(v)
    return out


def _locate(layers: list[Layer], eid: str, value: Any, within: YamlPath) -> tuple[Layer, YamlPath]:
    """Where *value* is written for element *eid*: the last file that writes it, looking first
    under *within* (e.g. ``match``), then anywhere in the element; else the element itself."""
    fallback: tuple[Layer, YamlPath] | None = None
    for layer in reversed(layers):
        for i, el in enumerate(layer.data.get("elements") or []):
            if not isinstance(el, dict) or el.get("id") != eid:
                continue
            base: YamlPath = ("elements", i)
            node = _descend(el, within)
            found = _find_scalar(node, value, (*base, *within)) if node is not None else None
            if found is None:
                found = _find_scalar(el, value, base)
            if found is not None:
                return layer, found
            fallback = fallback or (layer, base)
    return fallback or (layers[-1], ())


def _descend(node: Any, path: YamlPath) -> Any:
    """The value at *path* inside *node*, or None."""
    for part in path:
        node = node.get(part) if isinstance(node, dict) else (
            node[part] if isinstance(node, list) and isinstance(part, int) and part < len(node) else None)
    return node


def _locate_key(layers: list[Layer], eid: str, within: YamlPath, key: str) -> tuple[Layer, YamlPath]:
    """Where *key* is written under *within* of element *eid*: the last file that writes it."""
    for layer in reversed(layers):
        for i, el in enumerate(layer.data.get("elements") or []):
            if not isinstance(el, dict) or el.get("id") != eid:
                continue
            node = _descend(el, within)
            if isinstance(node, dict) and key in node:
                return layer, ("elements", i, *within, key)
    return _locate(layers, eid, None, within)


def _locate_top(layers: list[Layer], key: str, value: Any) -> tuple[Layer, YamlPath] | None:
    for layer in reversed(layers):
        found = _find_scalar(layer.data.get(key), value, (key,))
        if found is not None:
            return layer, found
    return None


def _find_scalar(node: Any, value: Any, path: YamlPath) -> YamlPath | None:
    if isinstance(node, dict):
        for k, v in node.items():
            found = _find_scalar(v, value, (*path, k))
            if found is not None:
                return found
    elif isinstance(node, list):
        for k, v in enumerate(node):
            found = _find_scalar(v, value, (*path, k))
            if found is not None:
                return found
    elif node == value:
        return path
    return None


def _lint_examples(checklist: Checklist, problems: Problems) -> None:
    """Examples that contradict their element, at the example's own line."""
    from fzcheck.checklist.examples import run_examples

    report = run_examples(checklist)
    for failure in report.failures:
        ex = failure.example
        if failure.error is not None:
            problems.items.append(ChecklistError(ex.source, "cl.example_error", line=ex.line,
                                                 yaml_path=ex.yaml_path, id=failure.element_id,
                                                 reason=failure.error))
        else:
            problems.items.append(ChecklistError(ex.source, "cl.example_failed", line=ex.line,
                                                 yaml_path=ex.yaml_path, id=failure.element_id,
                                                 expect=ex.expect, got=failure.got, text=ex.label()))
