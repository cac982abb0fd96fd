"""The engine: evaluate each checklist element against a document.

Parts are found first, by their headings; topics are then searched inside the parts their
scope names (the measures part, usually), or in the whole text when no such part exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial

from fzcheck.checklist import Checklist, Element, Matcher
from fzcheck.document import Document, Heading, Paragraph
from fzcheck.figures import has_figure
from fzcheck.headingevidence import across_headings, acts_own, acts_under, dedicated, in_title, title_end
from fzcheck.matching import Hit, find_hits, group_spans, locate_group, snippet
from fzcheck.reading import Reading, ReadingRules, SentenceReader, sentence_span
from fzcheck.results import CheckReport, ElementResult, Evidence, Note, score
from fzcheck.rules import RuleContext, run_rule
from fzcheck.textindex import MASK_CHAR, Region, TextIndex, Unit, own_region, phrase_index

MAX_EVIDENCE = 3
SENTENCE_QUOTE = 160  # characters of the sentence behind a piece of evidence (JSON "why")
IMPLICIT_PART_TOPICS = 2  # topics found in the text that stand for a part written without its heading
MIN_SECTION_CHARS = 1  # a heading with nothing under it; 「无。」 is an answer


def check(doc: Document, checklist: Checklist, options: dict[str, object] | None = None) -> CheckReport:
    """Evaluate *checklist* on *doc*. *options* carry command-line facts the rules may use
    (``published``: a date given with --published)."""
    index = TextIndex(doc, checklist.mask, phrase_index(checklist), _part_depth(checklist), checklist.stand_ins)
    index.cache["reader"] = SentenceReader(doc, _reading_rules(checklist))
    sections: dict[str, Heading] = {}
    results: dict[str, ElementResult] = {}
    # parts first: topics are looked for inside them. A part no heading names is looked for in the
    # text once every named part is known: its content is not taken from their sections (the
    # shortcomings' 「规范性文件报备不及时」 is no measure)
    unnamed = []
    for el in checklist.elements:
        if el.kind == "part":
            named = _check_part(el, doc, index, sections, checklist)
            if named is None:
                unnamed.append(el)
            else:
                results[el.id] = named
    for el in unnamed:
        results[el.id] = (_part_in_item_title(el, doc, index, sections, checklist)
                          or _part_in_body(el, doc, index, sections, checklist))
    for el in checklist.elements:
        if el.kind == "topic":
            results[el.id] = _check_topic(el, doc, index, sections, checklist)
    _implicit_parts(results, checklist)
    context = RuleContext(doc=doc, checklist=checklist, results=results, sections=sections, index=index,
                          options=options or {})
    for el in checklist.elements:
        if el.kind == "doc":
            results[el.id] = run_rule(el, context)
    ordered = [results[el.id] for el in checklist.elements]
    return CheckReport(document=doc, checklist=checklist, results=ordered, score=score(ordered), index=index)


def _reading_rules(checklist: Checklist) -> ReadingRules:
    rules = checklist.cache.get("reading")
    if rules is None:
        rules = checklist.cache["reading"] = ReadingRules.from_config(checklist.reading)
    assert isinstance(rules, ReadingRules)
    return rules


def _part_depth(checklist: Checklist) -> int:
    """The heading level most parts are looked for down to: the index holds those headings; a part
    looked for deeper sees the deeper headings whose titles hold its words (``_part_headings``).
    Indexing every level-3 heading for the one part that may be an item cost ~3% of a report."""
    depth = checklist.cache.get("part-depth")
    if depth is None:
        levels = [el.match.max_level for el in checklist.elements if el.kind == "part" and el.match]
        depth = checklist.cache["part-depth"] = min(set(levels), key=lambda n: (-levels.count(n), n)) if levels else 0
    assert isinstance(depth, int)
    return depth


# ---------------------------------------------------------------- parts

def _check_part(el: Element, doc: Document, index: TextIndex, sections: dict[str, Heading],
                checklist: Checklist) -> ElementResult | None:
    """The part as named by a heading, or None when no heading names it (see _part_in_body)."""
    m = el.match
    assert m is not None
    # the shallowest heading that names the part wins: deeper ones are looked at only without one
    shallow, deeper = _part_headings(m, doc, index)
    hits = find_hits(m, shallow) or (find_hits(m, deeper()) if deeper else [])
    if not hits:
        return None
    # the shallowest, then earliest, heading that matches is the part
    best = min(hits, key=lambda h: (h.unit.heading.level if h.unit.heading else 99, h.unit.paragraph.index))
    heading = best.unit.heading
    assert heading is not None
    heading = _extend_empty(heading, el, doc, index, checklist)
    sections[el.id] = heading
    region = doc.section(heading)
    result = ElementResult(el, "met", evidence=[_evidence(best, doc)],
                           section=(region[0].line, region[-1].end_line))
    if _section_chars(heading, region, doc) < MIN_SECTION_CHARS:
        result.status = "partial"
        result.notes.append(Note("note.empty_section"))
    elif not _says_something(heading, region, doc, index):
        result.status = "partial"  # fzcheck's own 「（请填写……）」 prompts, not yet replaced
        result.notes.append(Note("note.to_fill"))
    _apply_children(result, index.region([index.paragraph(p) for p in region]), doc, index, heading)
    return result


def _part_headings(m: Matcher, doc: Document, index: TextIndex) -> tuple[Region, Callable[[], Region] | None]:
    """The headings a part may be named by, down to its ``max_level`` counted from the document's
    own top level (a report numbered 「1.」「2.」 only has its parts at 「1.」): those the index
    holds, and (made when asked for) the deeper ones whose titles hold one of the part's words."""
    top = index.cached("top-level", lambda: min((h.level for h in doc.headings), default=1))
    limit = m.max_level + top - 1
    depth = min(limit, index.heading_levels)
    # parts mostly share a depth: one region of heading titles per depth
    shallow = index.cached(("headings", depth), lambda: index.region(
        [index.heading(h) for h in doc.headings if h.level <= depth]))
    if limit <= depth:
        return shallow, None

    def deeper() -> Region:
        words = m.cache.get("title-words")
        if words is None:
            words = m.cache["title-words"] = tuple({v for c in [*m.any, *(c for g in m.all for c in g)]
                                                    for v in c.variants})
        return own_region([index.heading(h) for h in doc.headings if depth < h.level <= limit
                           and (m.regex or any(w in h.title for w in words))])

    return shallow, deeper


def _extend_empty(heading: Heading, el: Element, doc: Document, index: TextIndex, checklist: Checklist) -> Heading:
    """A part heading with nothing under it, followed by topical headings of its own level
    (「一、主要措施」 then 「一、强化领导责任」「二、……」, numbering restarted), holds those
    headings: its section runs on to the next heading that names another part."""
    if _section_chars(heading, doc.section(heading), doc) >= MIN_SECTION_CHARS:
        return heading
    others = [e.match for e in checklist.elements if e.kind == "part" and e.match is not None and e is not el]
    end = heading.end
    for h in doc.headings:
        if h.paragraph < heading.end or h.level > heading.level:
            continue
        unit = index.region([index.heading(h)])
        if any(find_hits(m, unit) for m in others):
            break
        end = h.end
    return replace(heading, end=end) if end != heading.end else heading


# an item's title inline, a sentence of its own: 「二是切实履行法治建设第一责任人职责。」 (EVIDENCE.md)
_ITEM_TITLE = re.compile(r"(?:^|[。；])\s*[一二三四五六七八九十]{1,3}是([^。；\d]{2,30})。")


def _part_in_item_title(el: Element, doc: Document, index: TextIndex, sections: dict[str, Heading],
                        checklist: Checklist) -> ElementResult | None:
    """A part named by an item's title written inline (「一是严格履行法治建设第一责任人职责。局党委
    书记……」): met, the item its section. Items are looked for outside the preamble and the
    sections of the named parts (a shortcoming 「一是……。」 names no part). Only for a part looked
    for among items (max_level 3: the leaders' duty), not the measures (「六是创建工作成效明显。」)."""
    m = el.match
    if m is None or m.max_level < 3:
        return None
    reader = _reader(index)
    for p in _fallback_region(doc, sections, checklist):
        if p.kind != "body" or "是" not in p.text:
            continue
        items = [(t.start(1), t.end(1)) for t in _ITEM_TITLE.finditer(p.text)]
        unit = index.paragraph(p)
        # the paragraph's hits, found once for all its items, where they stand in the original text
        hits = [(h, unit.to_original(h.start), unit.to_original(max(h.start, h.end - 1)))
                for h in (find_hits(m, index.region([unit])) if items else [])]
        for a, b in items:
            hit = next((h for h, lo, hi in hits if a <= lo and hi < b), None)
            if hit is not None and not reader.in_preamble(unit, hit.start):
                return ElementResult(el, "met", evidence=[_evidence(hit, doc)], section=(p.line, p.end_line))
    return None


def _part_in_body(el: Element, doc: Document, index: TextIndex, sections: dict[str, Heading],
                  checklist: Checklist) -> ElementResult:
    """No heading names the part; its content in the text still earns a partial."""
    result = ElementResult(el, "missing")
    if el.fallback is None:
        return result
    units = [index.paragraph(p) for p in _fallback_region(doc, sections, checklist)]
    reader = _reader(index)
    # a part's content in the body, but not in the preamble's slogans (「认真履行第一责任人职责」)
    hits = [h for h in find_hits(el.fallback, index.region(units)) if not reader.in_preamble(h.unit, h.start)]
    if not hits:
        hits = [h for h in _in_titles(el.fallback, units) if not reader.in_preamble(h.unit, h.start)]
    _grade(result, hits, el.fallback.min_hits, doc)
    if result.status == "met":
        result.status = "partial"
        result.notes.append(Note("note.part_in_body"))
    elif result.status == "partial":
        result.status, result.evidence, result.notes = "missing", [], []
    return result


def _in_titles(matcher: Matcher, units: list[Unit]) -> list[Hit]:
    """A part's phrases in the titles of documents the text cites: titles are no evidence of a
    topic, but 「认真落实《党政主要负责人履行推进法治建设第一责任人职责规定》」 is the part's
    content (the leaders' duty), said through its regulation."""
    hits = []
    for unit in units:
        if unit.raw == unit.text:
            continue  # nothing masked here
        for i, concept in enumerate(matcher.any):
            found = [(p, v) for v in concept.variants if (p := unit.raw.find(v)) >= 0 and unit.text[p] == MASK_CHAR]
            if found:
                start, variant = min(found)
                hits.append(Hit(("any", i), variant, unit, start, start + len(variant)))
    return hits


def _implicit_parts(results: dict[str, ElementResult], checklist: Checklist) -> None:
    """A part with no heading of its own that the text still holds: topics are found where the
    checklist looks for them in that part (their scope), e.g. the year's measures written under
    topical headings only (「一、依法全面履行政府职能」). Two such topics make the part partial."""
    # evidence inside another part found by its heading belongs to that part
    taken = [r.section for r in results.values() if r.element.kind == "part" and r.section is not None]
    for el in checklist.elements:
        if el.kind != "part" or results[el.id].status != "missing":
            continue
        result = results[el.id]
        found = [e for t in checklist.elements if t.kind == "topic" and t.match is not None
                 and t.match.scope[:1] == [el.id] and results[t.id].status in ("met", "partial")
                 for e in results[t.id].evidence[:1] if not any(a <= e.line <= b for a, b in taken)]
        if len(found) >= IMPLICIT_PART_TOPICS:
            result.status = "partial"
            result.evidence = found[:MAX_EVIDENCE]
            result.notes.append(Note("note.part_in_body"))


def _says_something(heading: Heading, region: list[Paragraph], doc: Document, index: TextIndex) -> bool:
    """Whether the section holds text once prompts (and slogans) are masked; the 落款 (the unit's
    name and the date that close the report) is not text of the last part."""
    signature = _signature(doc)
    if any(index.has_text(p) for p in region[1:] if p.kind == "body" and p.index not in signature):
        return True
    for p in region:
        if p.kind == "heading" and p.heading is not None:
            unit = index.paragraph(p)
            if unit.text[title_end(unit, p.heading, doc):].strip(MASK_CHAR + "。；;:： "):
                return True
    return False


def _signature(doc: Document) -> set[int]:
    """The 落款: up to three short lines without sentence punctuation that end the report (the
    unit's name, the date — 「2025年3月  日」 too, before the day is filled in)."""
    out: set[int] = set()
    for p in reversed(doc.paragraphs):
        if p.kind != "body" or len(out) == 3:
            break
        if len(p.text) > 40 or any(c in p.text for c in "。；，;,"):
            break
        out.add(p.index)
    return out


def _section_chars(heading: Heading, region: list[Paragraph], doc: Document) -> int:
    return len(doc.run_in(heading)) + sum(len(p.text) for p in region[1:] if p.kind in ("body", "heading"))


# ---------------------------------------------------------------- topics

def _check_topic(el: Element, doc: Document, index: TextIndex, sections: dict[str, Heading],
                 checklist: Checklist) -> ElementResult:
    scope = tuple(el.match.scope) if el.match else ()
    # topics share scopes: compute each region once
    region = index.cached(("topic-units", scope), lambda: _topic_units(el, doc, index, sections, checklist))
    result = ElementResult(el, "missing")
    hits: list[Hit] = []
    if el.match is not None:
        found = find_hits(el.match, region, locate=False)  # _read locates the groups it reads
        hits = _read(found, doc, index, el.match)
        if el.match.all and len({h.key for h in hits}) < el.match.min_hits:
            across = across_headings(el.match, region, doc, index, _reader(index), {h.key for h in hits})
            found, hits = found + across, _full_first(hits, across)
        _grade(result, hits, el.match.min_hits, doc, _reader(index))
        if hits:  # every paragraph that speaks of the topic (holds its words), for the rules that look near it
            result.paragraphs = sorted({h.unit.paragraph.index for h in found})
        if result.status == "met" and el.match.require_figures and not any(
                has_figure(h.unit.paragraph.text) for h in hits):
            result.status = "partial"
            result.notes.append(Note("note.no_figures"))
    if el.children:
        _apply_children(result, _near(hits, region, doc, index) if hits else region, doc, index)
    return result


def _read(hits: list[Hit], doc: Document, index: TextIndex, matcher: Matcher) -> list[Hit]:
    """The hits a careful reviewer takes as evidence (reading.py), one per concept: a hit in a
    plan, a slogan or the preamble is dropped; a hit in a list of deliberations or an award is
    weak and kept only beside a full one; a heading is weak, and only over a sentence that
    reports an action. A concept's first occurrence may read badly where a later one reads well
    (「（一）规范决策程序。……作出重大行政决策16项」): the later one is taken then."""
    if not hits:
        return hits
    reader = _reader(index)
    full: dict[tuple[str, int], Hit] = {}
    weak: dict[tuple[str, int], Hit] = {}
    enough = max(matcher.min_hits, MAX_EVIDENCE)  # the status is settled and the evidence quoted
    for first in hits:  # in document order
        if len(full) >= enough:
            break
        if first.key in full:
            continue
        if first.start < 0:  # a group's candidate: located only now that it is read
            located = locate_group(first, matcher)
            if located is None:
                continue  # the group's words are in the unit, never together
            first = located
        for hit in _occurrences(first, matcher, doc):
            if matcher.not_for and _for_others(hit, matcher.not_for):
                continue
            heading = in_title(hit, doc)
            if heading is not None:
                # a heading names a topic; the sentences under it must show the work
                if dedicated(heading) and acts_own(heading, doc, index, reader):
                    full[first.key] = hit  # 「推进普法宣传。……开展水法规宣传活动12场」
                    break
                if first.key not in weak and acts_under(heading, doc, index, reader):
                    weak[first.key] = hit
                continue
            item = _item_title_at(hit, index)
            if item is not None:
                # an item's title inline (「五是推进“互联网+政务服务”。」) is a heading: it counts over
                # a sentence of its item that acts, not over a plan (「……拟于明年上半年接入……」)
                if _item_acts(hit.unit, item, reader):
                    full[first.key] = hit
                    break
                continue
            reading = reader.read(hit.unit, hit.start, hit.end).reading
            if reading is Reading.ACTION:
                full[first.key] = hit
                break
            if reading.weak and first.key not in weak:
                weak[first.key] = hit
    if not full:
        return []
    # full evidence first: it is what the table quotes
    return sorted(full.values(), key=_position) + sorted(
        (h for k, h in weak.items() if k not in full), key=_position)


def _item_title_at(hit: Hit, index: TextIndex) -> re.Match[str] | None:
    """The inline item title (「N是……。」) the hit's words stand in, if any."""
    unit = hit.unit
    titles = index.cache.get(("item-titles", unit.seq))
    if titles is None:  # each unit's titles found once: many hits are read in a unit
        text = unit.text
        titles = index.cache[("item-titles", unit.seq)] = list(_ITEM_TITLE.finditer(text)) if "是" in text else []
    assert isinstance(titles, list)
    return next((m for m in titles if m.start(1) <= hit.start and hit.end <= m.end(1)), None)


def _item_acts(unit: Unit, item: re.Match[str], reader: SentenceReader) -> bool:
    """Whether a sentence of the item after its title (up to the next 「N是」) reports an act."""
    nxt = _ITEM_TITLE.search(unit.text, item.end())
    end = nxt.start() if nxt else len(unit.text)
    return any(reader.read(unit, lo).reading is Reading.ACTION for lo, hi in unit.sentences()
               if item.end() <= lo < end)


def _for_others(hit: Hit, audiences: tuple[str, ...]) -> bool:
    """Whether the hit's sentence names an audience its topic is not for (matcher.not_for)."""
    lo, hi = sentence_span(hit.unit, hit.start)
    sentence = hit.unit.text[lo:hi]
    return any(a in sentence for a in audiences)


def _full_first(hits: list[Hit], full: list[Hit]) -> list[Hit]:
    """*hits* as ``_read`` gives them (full evidence, then weak) with more full evidence added."""
    if not full:
        return hits
    keys = {h.key for h in full}
    return [*full, *(h for h in hits if h.key not in keys)]


def _position(hit: Hit) -> tuple[int, int]:
    return hit.unit.seq, hit.start


def _occurrences(hit: Hit, matcher: Matcher, doc: Document) -> Iterator[Hit]:
    """The hit, then the later occurrences of its concept in the same unit, in text order."""
    yield hit
    kind, i = hit.key
    unit = hit.unit
    if kind == "any":
        spans = sorted((p, p + len(v)) for v in matcher.any[i].variants if v in unit.occurrences
                       for p in unit.positions(v) if p > hit.start)
        for start, end in spans:
            yield Hit(hit.key, unit.text[start:end], unit, start, end)
    elif kind == "all":
        for start, end in group_spans(matcher.all[i], unit, matcher.within, after=hit.end):
            yield Hit(hit.key, hit.label, unit, start, end)


def _reader(index: TextIndex) -> SentenceReader:
    """The document's sentence reader, made with the checklist's reading rules by ``check``."""
    reader = index.cache["reader"]
    assert isinstance(reader, SentenceReader)
    return reader


def _topic_units(el: Element, doc: Document, index: TextIndex, sections: dict[str, Heading],
                 checklist: Checklist) -> Region:
    with_text = _headings_with_text(doc, index)
    return index.region([index.paragraph(p) for p in _topic_region(el, doc, sections, checklist)
                         if p.kind == "body" or p.heading is None or with_text[p.heading.paragraph]])


def _near(hits: list[Hit], region: Region, doc: Document, index: TextIndex) -> Region:
    """Children of a topic are looked for in the sections where the topic itself was found:
    the procedure steps of 重大行政决策 belong with it, not with normative documents."""
    allowed = region.members
    picked: dict[int, Unit] = {}
    done: set[int] = set()
    for hit in hits:
        heading = hit.unit.paragraph.heading
        home = heading.ancestor_at(2) if heading is not None else None
        if home is not None and home.paragraph in done:
            continue  # many hits share a section
        paragraphs = doc.section(home) if home is not None else [hit.unit.paragraph]
        if home is not None:
            done.add(home.paragraph)
        for p in paragraphs:
            unit = index.paragraph(p)
            if unit.seq in allowed:
                picked.setdefault(p.index, unit)
    return index.region([picked[i] for i in sorted(picked)])


def _headings_with_text(doc: Document, index: TextIndex) -> dict[int, bool]:
    """For each heading (by paragraph), whether text stands under it: a heading names a topic,
    but counts only over text, not as a bare skeleton."""
    def make() -> dict[int, bool]:  # all headings at once: body paragraphs with text, counted up to each index
        counts = [0]
        for q in doc.paragraphs:
            counts.append(counts[-1] + (q.kind == "body" and index.has_text(q)))
        return {h.paragraph: bool(doc.run_in(h)) or counts[h.end] > counts[h.paragraph + 1] or doc.is_item(h)
                for h in doc.headings}

    return index.cached("heading-has-text", make)


def _topic_region(el: Element, doc: Document, sections: dict[str, Heading],
                  checklist: Checklist) -> list[Paragraph]:
    scope = el.match.scope if el.match else []
    found = [sections[s] for s in scope if s in sections]
    # without its first part (the measures, written under topical headings) the topic is looked for
    # in the whole text, not in the one other part found (「（一）严格履行第一责任人职责」 of five items)
    if found and scope[0] in sections:
        # sections are ranges of paragraphs, nested or apart: their union, in document order
        out: list[Paragraph] = []
        done = 0
        for heading in sorted(found, key=lambda h: h.paragraph):
            start = max(heading.paragraph, done)
            out.extend(p for p in doc.paragraphs[start:heading.end] if p.kind in ("heading", "body"))
            done = max(done, heading.end)
        return out
    return _fallback_region(doc, sections, checklist)


def _fallback_region(doc: Document, sections: dict[str, Heading], checklist: Checklist) -> list[Paragraph]:
    """The whole text, less the parts whose words are not achievements (shortcomings, plans)."""
    excluded: set[int] = set()
    for part_id in checklist.fallback_exclude:
        if part_id in sections:
            excluded.update(p.index for p in doc.section(sections[part_id]))
    return [p for p in doc.body() if p.index not in excluded]


def _grade(result: ElementResult, hits: list[Hit], min_hits: int, doc: Document,
           reader: SentenceReader | None = None) -> None:
    distinct: dict[tuple[str, int], Hit] = {}
    for hit in hits:
        distinct.setdefault(hit.key, hit)
    if not distinct:
        result.status = "missing"
        return
    # in the order given (the reading puts full evidence before weak), else by position
    firsts = list(distinct.values()) if reader is not None else sorted(
        distinct.values(), key=lambda h: (h.unit.paragraph.index, h.start))
    result.evidence = _unique_evidence(firsts, doc, reader)
    result.paragraphs = sorted({h.unit.paragraph.index for h in hits})
    if len(distinct) >= min_hits:
        result.status = "met"
    else:
        result.status = "partial"
        result.notes.append(Note("note.few_hits", {"n": len(distinct), "min": min_hits}))


def _unique_evidence(hits: list[Hit], doc: Document, reader: SentenceReader | None = None) -> list[Evidence]:
    """At most MAX_EVIDENCE pieces, one per paragraph, so the table shows different places."""
    out: list[Evidence] = []
    seen: set[int] = set()
    for hit in hits:
        if hit.unit.paragraph.index in seen:
            continue
        seen.add(hit.unit.paragraph.index)
        out.append(_evidence(hit, doc, reader))
        if len(out) == MAX_EVIDENCE:
            break
    return out


def _evidence(hit: Hit, doc: Document, reader: SentenceReader | None = None) -> Evidence:
    p = hit.unit.paragraph
    heading = hit.unit.heading or p.heading
    why = partial(_why, hit, doc, reader) if reader is not None else None
    return Evidence(p.line, p.index, partial(snippet, hit), hit.label, heading.title if heading else None, why)


def _together(children: list[ElementResult]) -> bool:
    """Whether two of a topic's children stand in one paragraph. A topic that is not named is
    partial on its children when they show it: a procedure described (「开展社会稳定风险评估，并公开
    征求意见」), or one child stated with its context; one general step alone (「召开座谈会听取意见」)
    is a generic word of the field, not evidence of the topic (EVIDENCE.md)."""
    seen: set[int] = set()
    for child in children:
        mine = {e.paragraph for e in child.evidence}
        if mine & seen:
            return True
        seen |= mine
    return False


def _why(hit: Hit, doc: Document, reader: SentenceReader) -> dict[str, str]:
    unit = hit.unit
    lo, hi = sentence_span(unit, hit.start)
    out = {"object": hit.label, "sentence": unit.original_text(lo, hi).strip()[:SENTENCE_QUOTE]}
    if in_title(hit, doc) is not None:
        out["reading"] = "heading"  # a heading over text that reports the work
    else:
        verdict = reader.read(unit, hit.start, hit.end)
        out["reading"] = str(verdict.reading)
        if verdict.word:
            out["action"] = verdict.word
    return out


# ---------------------------------------------------------------- children

def _apply_children(result: ElementResult, region: Region, doc: Document, index: TextIndex | None = None,
                    heading: Heading | None = None) -> None:
    """Evaluate children in the parent's text; too few met children make the parent partial.
    A part's own heading is not evidence for its children (「存在的不足和原因」 states no cause)."""
    el = result.element
    if not el.children:
        return
    own_heading = {heading.paragraph} if heading is not None and not doc.run_in(heading) else set()
    specific = False  # a child found with its context (a group: 「合法性审查」 with 「决策」), not a general word
    for child in el.children:
        child_result = ElementResult(child, "missing")
        if child.match is not None:
            reading = index is not None and el.kind == "topic"  # the reading locates the groups it reads
            hits = [h for h in find_hits(child.match, region, locate=not reading)
                    if h.unit.paragraph.index not in own_heading]
            reader = None
            if reading:
                assert index is not None
                hits = _read(hits, doc, index, child.match)
                reader = _reader(index)
            _grade(child_result, hits, child.match.min_hits, doc, reader)
            specific = specific or any(h.key[0] == "all" for h in hits)
        result.children.append(child_result)
    met = sum(1 for c in result.children if c.status == "met")
    some = any(c.status != "missing" for c in result.children)
    lacking = [c.element for c in result.children if c.status != "met"]
    if el.match is None:
        result.status = "met" if met >= el.children_min else ("partial" if some else "missing")
        if not result.evidence:
            result.evidence = [e for c in result.children for e in c.evidence][:MAX_EVIDENCE]
    elif result.status == "missing" and some and (el.kind != "topic" or specific or el.children_specific
                                                  or _together(result.children)):
        result.status = "partial"  # the details are there without the general term
        result.evidence = [e for c in result.children for e in c.evidence][:MAX_EVIDENCE]
    elif result.status == "met" and met < el.children_min:
        result.status = "partial"
    if lacking and result.status != "missing":
        result.notes.append(Note("missing_children", {"items": [c.id for c in lacking]}))
