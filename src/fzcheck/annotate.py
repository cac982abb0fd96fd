"""Review comments written back into the drafter's own Word file.

``fzcheck annotate report.docx`` gives the drafter a copy (report.reviewed.docx) with a Word
comment (author 「fzcheck」) on the words each finding is about: the outdated term, the phrase
that was found, the 「（请填写……）」 prompt still to be filled; a missing part is commented where
it belongs (the last paragraph of the part it should follow). The title carries the verdict
and the score. Met elements get nothing.

Run again on the reviewed copy, it replaces its own earlier comments and keeps everyone else's,
so the drafter's replies and edits survive a second round. The original is only read.
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path
from typing import Any

from fzcheck.errors import InputError
from fzcheck.fileio import atomic_write
from fzcheck.i18n import t
from fzcheck.results import CheckReport, ElementResult

AUTHOR = "fzcheck"
INITIALS = "fz"
REVIEWED = ".reviewed"


def default_output(src_path: str) -> str:
    """report.docx → report.reviewed.docx beside it; a reviewed copy is its own output (refreshed
    in place with --force), never report.reviewed.reviewed.docx."""
    p = Path(src_path)
    if p.stem.endswith(REVIEWED):
        return str(p)
    return str(p.with_name(f"{p.stem}{REVIEWED}{p.suffix or '.docx'}"))


def annotate_file(src_path: str, dst_path: str | None = None, checklist: Any = None, lang: str = "zh", *,
                  force: bool = False) -> int:
    """Check *src_path* with *checklist* (default national) and write the commented copy."""
    from fzcheck.api import check_file

    return annotate_docx(src_path, dst_path or default_output(src_path), check_file(src_path, checklist), lang,
                         force=force)


def annotate_docx(src_path: str, dst_path: str, report: CheckReport, lang: str = "zh", *, force: bool = False,
                  fail_on: str = "error") -> int:
    """Write a copy of *src_path* with a comment per finding; return the number of comments.

    *report* is the check of that same file (``fzcheck.api.check_file(src_path)``): its line
    numbers lead to Word paragraph numbers through ``report.document.location``. An existing
    *dst_path* is replaced only with *force*; the source itself only when it is a reviewed copy.
    """
    from fzcheck.formats.docx import body_paragraphs, open_docx
    from fzcheck.render.view import result_view

    if report.document.format != "docx":
        raise InputError(src_path, "err.annotate_not_docx", format=report.document.format)
    if _same_file(src_path, dst_path) and not Path(src_path).stem.endswith(REVIEWED):
        raise InputError(dst_path, "err.annotate_same_file")
    if os.path.lexists(dst_path) and not force:
        raise InputError(dst_path, "err.annotate_exists")
    try:
        data = Path(src_path).read_bytes()
    except OSError as exc:
        raise InputError(src_path, "err.read", reason=exc.strerror or str(exc)) from exc
    document = open_docx(data, src_path)
    remove_own_comments(document)
    paragraphs = body_paragraphs(document.element.body)

    view = result_view(report, lang, fail_on)
    unplaced: list[str] = []
    count = 0
    for number, words, text in _plan(report, view, lang, unplaced):
        if 1 <= number <= len(paragraphs):
            _comment(document, paragraphs[number - 1], text, words)
            count += 1
        else:
            unplaced.append(text)
    # the verdict goes on the title (page chrome such as 「部门 街镇」 may stand above it)
    doc = report.document
    title = doc.location(doc.title_line) if doc.title_line else 0
    first = (paragraphs[title - 1] if 1 <= title <= len(paragraphs) else
             next((p for p in paragraphs if "".join(p.itertext()).strip()), paragraphs[0] if paragraphs else None))
    if first is not None:
        _comment(document, first, _summary(report, view, unplaced, lang), None)
        count += 1
    atomic_write(Path(dst_path), lambda tmp: document.save(str(tmp)))  # never half a .docx
    return count


def remove_own_comments(document: Any) -> int:
    """Take out the comments fzcheck wrote on an earlier run (author 「fzcheck」), with their
    anchors in the text; the drafter's comments stay. Returns how many were removed."""
    from docx.oxml.ns import qn

    part = document.part
    if not part.package or not any(rel.reltype.endswith("/comments") for rel in part.rels.values()):
        return 0
    comments = document.comments._comments_elm
    ids = set()
    para_ids: set[str] = set()
    for c in list(comments.findall(qn("w:comment"))):
        if c.get(qn("w:author")) == AUTHOR:
            ids.add(c.get(qn("w:id")))
            para_ids.update(p.get(W14_PARA_ID) for p in c.iter(qn("w:p")) if p.get(W14_PARA_ID))
            comments.remove(c)
    if not ids:
        return 0
    if para_ids:
        _drop_comment_extensions(part, para_ids)
    body = document.element.body
    for tag in ("w:commentRangeStart", "w:commentRangeEnd"):
        for el in list(body.iter(qn(tag))):
            if el.get(qn("w:id")) in ids:
                el.getparent().remove(el)
    for ref in list(body.iter(qn("w:commentReference"))):
        if ref.get(qn("w:id")) in ids:
            run = ref.getparent()
            if run.tag == qn("w:r") and all(ch.tag in (qn("w:rPr"), qn("w:commentReference")) for ch in run):
                run.getparent().remove(run)
            else:
                run.remove(ref)
    return len(ids)


W14_PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
_W16CID = "{http://schemas.microsoft.com/office/word/2016/wordml/cid}"
_W16CEX = "{http://schemas.microsoft.com/office/word/2018/wordml/cex}"


def _drop_comment_extensions(part: Any, para_ids: set[str]) -> None:
    """Word, on saving, describes each comment in three more parts (done state and reply
    threads, durable ids, dates), keyed by the paragraph id of the comment's text. Entries for
    removed comments go too, so that Word finds no dangling ones; a reply to a removed comment
    stays, as a comment of its own."""
    from lxml import etree

    parts = {rel.reltype.rsplit("/", 1)[-1]: rel.target_part for rel in part.rels.values() if not rel.is_external}
    durable: set[str] = set()
    for name in ("commentsIds", "commentsExtended", "commentsExtensible"):
        target = parts.get(name)
        if target is None:
            continue
        element = getattr(target, "_element", None)
        root = element if element is not None else etree.fromstring(target.blob)
        for el in list(root):
            if name == "commentsIds" and el.get(_W16CID + "paraId") in para_ids:
                durable.add(el.get(_W16CID + "durableId") or "")
                root.remove(el)
            elif name == "commentsExtended":
                if el.get(_W15 + "paraId") in para_ids:
                    root.remove(el)
                elif el.get(_W15 + "paraIdParent") in para_ids:
                    del el.attrib[_W15 + "paraIdParent"]
            elif name == "commentsExtensible" and el.get(_W16CEX + "durableId") in durable:
                root.remove(el)
        if element is None:
            target._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _same_file(a: str, b: str) -> bool:
    try:
        if os.path.exists(b) and os.path.samefile(a, b):
            return True
    except OSError:
        pass
    return Path(a).resolve() == Path(b).resolve()


def _heading(r: ElementResult, lang: str) -> str:
    from fzcheck.render.view import status_label

    return t("annotate.finding", lang, status=str(status_label(r, lang)), title=r.element.title_for(lang),
             id=r.element.id, severity=t(f"sev.{r.severity}", lang))


def _plan(report: CheckReport, view: Any, lang: str, unplaced: list[str]) -> list[tuple[int, str | None, str]]:
    """(paragraph number, words to anchor on or None for the whole paragraph, comment text) for
    each finding with a place; the texts of the others go to *unplaced*."""
    from fzcheck.render.jsonout import note_text
    from fzcheck.render.view import todo

    doc, checklist = report.document, report.checklist
    out: list[tuple[int, str | None, str]] = []
    for gap in view.gaps:
        r = gap.result
        add = todo(r, lang)
        notes = [n for n in r.notes if not n.info]
        if r.element.kind == "doc" and any(n.line for n in notes):
            # a report-level rule: a comment on each problem (each outdated term, each topic
            # without figures); problems in one paragraph share a comment
            by_place: dict[int | None, tuple[str | None, list[str]]] = {}
            for n in notes:
                place = doc.location(n.line) if n.line else None
                by_place.setdefault(place, (_words_of_note(r, n), []))[1].append(note_text(n, checklist, lang))
            for place, (anchor, texts) in by_place.items():
                body = "\n".join([_heading(r, lang), *texts] + ([add] if add else []))
                if place is None:
                    unplaced.append(body)
                else:
                    out.append((place, anchor, body))
            continue
        lines = [_heading(r, lang)]
        if r.status == "missing" and gap.where:
            lines.append(t("view.where", lang, where=gap.where))
        lines += [note_text(n, checklist, lang) for n in notes]
        if add:
            lines.append(add)
        body = "\n".join(lines)
        line = gap.line
        words: str | None = None
        if r.status == "missing":
            words = gap.prompt  # the 「（请填写……）」 prompt, when the skeleton's is still there
        elif r.evidence:
            e = r.evidence[0]
            line = e.line if line is None else line
            words = _literal(e.matched) or _quoted(e.snippet)
        if line is None and r.section:
            line = r.section[0]
        if line is None:
            unplaced.append(body)
        else:
            out.append((doc.location(line), words, body))
    return out


def _words_of_note(r: ElementResult, note: Any) -> str | None:
    term = note.params.get("term")
    if isinstance(term, str) and term:
        return term
    e = next((e for e in r.evidence if e.line == note.line), None)
    return _quoted(e.snippet) if e is not None else None


def _literal(matched: str) -> str | None:
    """A matched phrase as it stands in the text (not a group 「a+b」, a pattern or an id)."""
    if not matched or "+" in matched or re.search(r"[\\\[\]()*?|.^$]|^[a-z]+$", matched):
        return None
    return matched


def _quoted(snippet: str) -> str | None:
    words = snippet.strip("…").strip()
    return words or None


def _summary(report: CheckReport, view: Any, unplaced: list[str], lang: str) -> str:
    lines = [view.verdict.text(lang),
             t("annotate.summary", lang, score=round(report.score, 1), errors=report.count("error"),
               warnings=report.count("warning"), infos=report.count("info"))]
    missing = [g for g in view.gaps if g.result.status == "missing"]
    if missing:
        lines.append(t("annotate.missing", lang))
        # each has its own comment where it belongs; the list only names them
        lines += [t("annotate.item", lang, title=g.result.element.title_for(lang), id=g.result.element.id,
                    severity=t(f"sev.{g.result.severity}", lang)) for g in missing]
    else:
        lines.append(t("annotate.none_missing", lang))
    if unplaced:
        lines += [t("annotate.elsewhere", lang), *unplaced]
    return "\n".join(lines)


def _comment(document: Any, p: Any, text: str, words: str | None) -> None:
    """Anchor a comment on *words* in paragraph *p* (split runs as needed), or on the whole
    paragraph when the words are not found in its own runs."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    paragraph = Paragraph(p, document)  # the parent only has to lead to the document part
    runs = _runs_for(p, words) if words else None
    if not runs:
        runs = [r for r in p.findall(qn("w:r"))]
    if not runs:
        # text only inside hyperlinks or tracked insertions (or none): anchor on a new empty run
        r = p.makeelement(qn("w:r"), {})
        ppr = p.find(qn("w:pPr"))
        p.insert(1 if ppr is not None else 0, r)
        runs = [r]
    document.add_comment([Run(r, paragraph) for r in runs], text=text, author=AUTHOR, initials=INITIALS)


def _run_text(r: Any) -> str | None:
    """The text of a run made of text only (w:t, with or without w:rPr); None for anything else
    (tabs, breaks, fields, pictures), which is never split."""
    from docx.oxml.ns import qn

    parts = []
    for ch in r:
        if ch.tag == qn("w:t"):
            parts.append(ch.text or "")
        elif ch.tag != qn("w:rPr"):
            return None
    return "".join(parts)


def _runs_for(p: Any, words: str) -> list[Any] | None:
    """The paragraph's own runs that hold exactly *words*, splitting the runs at either end."""
    from docx.oxml.ns import qn

    runs = p.findall(qn("w:r"))
    texts = [_run_text(r) for r in runs]
    full = "".join(x or "" for x in texts)
    start = full.find(words)
    if start < 0:
        return None
    end = start + len(words)
    out: list[Any] = []
    pos = 0
    for r, text in zip(runs, texts, strict=True):
        if text is None:
            if out:
                return None  # something other than text in the middle: keep the whole paragraph
            continue
        a, b = pos, pos + len(text)
        pos = b
        if b <= start or a >= end:
            continue
        if a < start:  # the words begin inside this run: cut off the part before them
            r = _split(r, start - a)
            a = start
        if b > end:
            _split(r, end - a)
        out.append(r)
    return out or None


def _split(r: Any, k: int) -> Any:
    """Cut a text-only run at character *k*; the run keeps the head, a copy after it holds the
    tail, which is returned."""
    from docx.oxml.ns import qn

    text = _run_text(r) or ""
    tail = copy.deepcopy(r)
    for el, value in ((r, text[:k]), (tail, text[k:])):
        ts = el.findall(qn("w:t"))
        for extra in ts[1:]:
            el.remove(extra)
        ts[0].text = value
        ts[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.addnext(tail)
    return tail
