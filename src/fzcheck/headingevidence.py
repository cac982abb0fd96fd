"""When a heading's words are evidence. A heading names a topic; the text it heads must show
the work (EVIDENCE.md): a group stated across a heading and its own text, a heading about one
thing over a sentence that acts, and where a heading's title ends in its paragraph's text.
"""

from __future__ import annotations

from collections.abc import Iterator

from fzcheck.checklist import Concept, Matcher
from fzcheck.document import Document, Heading
from fzcheck.matching import Hit
from fzcheck.reading import Reading, SentenceReader
from fzcheck.textindex import Region, TextIndex, Unit
from fzcheck.textnorm import fold


def across_headings(matcher: Matcher, region: Region, doc: Document, index: TextIndex,
                    reader: SentenceReader, known: set[tuple[str, int]]) -> list[Hit]:
    """Groups a heading and its own text state together: the heading names the group's first
    concept (「1.深入学习宣传贯彻习近平法治思想。」), a sentence of the text it heads states the
    action with the others (「县政府每次常务会议……在会前开展了学法活动」). A heading that names a
    topic counts when a sentence under it states such an action (EVIDENCE.md); a heading over
    other work, slogans or plans gives nothing. Only the first concept may come from the heading:
    the others are the general words (法治建设) that every part heading holds."""
    members = region.members
    # titles as the index folds them (in simplified characters), unmasked: a title names its
    # section's subject, it is not a slogan
    titles = index.cached("folded-titles", lambda: list(zip(
        doc.headings, index.folded([h.title for h in doc.headings]), strict=True)))
    out: list[Hit] = []
    for g, group in enumerate(matcher.all):
        if ("all", g) in known:
            continue
        firsts = group[0].variants
        for heading, title in titles:
            named = next((v for v in firsts if v in title), None)
            if named is None:
                continue
            hit = _stated_under(heading, named, group, g, doc, index, reader, members, matcher.not_for)
            if hit is not None:
                out.append(hit)
                break
    return sorted(out, key=lambda h: (h.unit.seq, h.start))


def _stated_under(heading: Heading, named: str, group: list[Concept], g: int, doc: Document,
                  index: TextIndex, reader: SentenceReader, members: set[int],
                  not_for: tuple[str, ...] = ()) -> Hit | None:
    """The first sentence of the heading's own text that holds the group's later concepts and
    reports an action, for no one the topic is not for (*not_for*, as a hit in the text is read);
    labelled with the words found (the title's *named*, then the sentence's)."""
    for unit, lo, hi in _text_under(heading, doc, index, own=True):
        if unit.seq not in members:
            continue
        text = unit.text
        spans = []
        for concept in group[1:]:
            at = [(q, q + len(v)) for v in concept.variants if (q := text.find(v, lo, hi)) >= 0]
            if not at:
                break
            spans.append(min(at))
        else:
            a, b = min(s[0] for s in spans), max(s[1] for s in spans)
            if any(who in text[lo:hi] for who in not_for):
                continue
            if reader.read(unit, a).reading is Reading.ACTION:
                return Hit(("all", g), "+".join([named, *(text[x:y] for x, y in spans)]), unit, a, b)
    return None


def _text_under(heading: Heading, doc: Document, index: TextIndex, *, own: bool) -> Iterator[tuple[Unit, int, int]]:
    """The sentences of the text a heading heads, as (unit, start, end), titles left out: its own
    text (its run-in text, then the paragraphs before its first subheading) or its whole section."""
    stop = heading.children[0].paragraph if own and heading.children else heading.end
    for p in doc.paragraphs[heading.paragraph:stop]:
        if p.kind not in ("body", "heading"):
            continue
        unit = index.paragraph(p)
        start = title_end(unit, p.heading, doc) if p.kind == "heading" and p.heading is not None else 0
        for lo, hi in unit.sentences():
            if hi > start:
                yield unit, max(lo, start), hi


def _acts(heading: Heading, doc: Document, index: TextIndex, reader: SentenceReader, *, own: bool) -> bool:
    return index.cached(("acts", own, heading.paragraph), lambda: any(
        reader.read(unit, lo).reading is Reading.ACTION for unit, lo, _ in _text_under(heading, doc, index, own=own)))


def in_title(hit: Hit, doc: Document) -> Heading | None:
    """The heading whose title the hit stands in, if it does (its run-in text is not the title)."""
    heading = _heading_of(hit.unit)
    return heading if heading is not None and hit.start < title_end(hit.unit, heading, doc) else None


def _heading_of(unit: Unit) -> Heading | None:
    if unit.heading is not None:
        return unit.heading
    p = unit.paragraph
    return p.heading if p.kind == "heading" and p.heading is not None and p.heading.paragraph == p.index else None


def title_end(unit: Unit, heading: Heading, doc: Document) -> int:
    """Where the heading's title ends in the unit's folded text (a run-in paragraph follows it)."""
    if unit.heading is not None:
        return len(unit.text)
    if unit.title_end is None:
        run_in = doc.run_in(heading)
        if doc.is_item(heading):  # a numbered sentence of work is all text: read as a sentence, not weak as a title
            unit.title_end = 0
        else:
            unit.title_end = len(unit.text) - len(fold(run_in)) if run_in else len(unit.text)
    return unit.title_end


def acts_under(heading: Heading, doc: Document, index: TextIndex, reader: SentenceReader) -> bool:
    """Whether a sentence in the heading's section (its run-in text included) reports an action."""
    return _acts(heading, doc, index, reader, own=False)


DEDICATED_CHARS = 20  # a heading title this short, of one clause, is about one thing (dedicated)


def dedicated(heading: Heading) -> bool:
    """Whether a heading is about one thing: a short title of one clause (「推进普法宣传」
    「加强行政执法监督」), not a pair of aims (「规范行政行为，提升政务服务水平」, whose text may be
    about the first only)."""
    title = heading.title
    return len(title) <= DEDICATED_CHARS and not any(c in title for c in "，,、；;")


def acts_own(heading: Heading, doc: Document, index: TextIndex, reader: SentenceReader) -> bool:
    """Whether a sentence of the heading's own text (its run-in text, then the paragraphs before
    its first subheading) reports an action: a dedicated heading over such a sentence counts, as
    EVIDENCE.md reads 「a heading that names the topic counts when a sentence under it states such
    an action」 (the text words the act its own way: 「推进普法宣传。……开展水法规宣传活动」)."""
    return _acts(heading, doc, index, reader, own=True)
