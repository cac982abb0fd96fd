"""Word .docx: paragraphs in document order (tables included), headings, automatic numbering.

Locations are Word paragraph numbers: the body's paragraphs counted from 1 in document order,
the paragraphs inside table cells included where the table stands. :func:`body_paragraphs` is
the one definition of that count; ``annotate`` uses it too, so a finding's paragraph number
leads back to the same paragraph.

What Word shows and the XML does not spell out is rebuilt: automatic list numbering
(「一、」「（一）」 generated from numbering.xml) is put in front of the paragraph text, as the drafter
sees it, so the parser finds those headings. Paragraphs in a heading style (Heading 1…9, 标题 1…,
or an outline level) that carry no numbering of their own are marked with Markdown ``#`` so that
the parser can see them as headings.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from fzcheck.errors import InputError
from fzcheck.formats.limits import (
    MAX_LINES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TAGS,
    MAX_UNZIPPED,
    RATIO_FLOOR,
    check_chars,
    check_count,
)
from fzcheck.formats.shapes import HEADING_NUMBER, report_title_like
from fzcheck.sourcetext import SourceText, normalise_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# Block-level elements whose paragraphs belong to the body where they stand.
_CONTAINERS = frozenset(W + t for t in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "moveTo"))
# Run-level subtrees that are not the paragraph's visible text: deleted text, text boxes (their
# paragraphs are not body paragraphs, and Word stores each box twice), field instructions.
_SKIP = frozenset((W + "del", W + "moveFrom", W + "txbxContent", W + "instrText", W + "delText", MC_FALLBACK,
                   W + "footnoteReference", W + "endnoteReference", W + "rPr", W + "pPr"))
_BREAKS = frozenset((W + "br", W + "cr"))

_HEADING_STYLE = re.compile(r"^(?:heading|标题|標題)\s*([1-9])$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|标题|標題)$", re.IGNORECASE)
_TOC_STYLE = re.compile(r"^(?:toc|目录|目錄)\s*\d*$", re.IGNORECASE)
_CN_NUMBERED = re.compile(f"^(?:{HEADING_NUMBER})")


def check_zip(data: bytes, source: str) -> None:
    """Refuse a corrupt ZIP or a decompression bomb before anything is decompressed.

    The sizes in the central directory bound what zipfile will inflate (it stops at the declared
    size and fails the CRC), so checking them is enough.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        kind = "Word .docx" if source.lower().endswith(".docx") else "ZIP"
        raise InputError(source, "err.corrupt", kind=kind) from exc
    if len(infos) > MAX_MEMBERS:
        raise InputError(source, "err.zip_members", n=len(infos), limit=MAX_MEMBERS)
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED:
        raise InputError(source, "err.zip_bomb", size=total // 2**20, limit=MAX_UNZIPPED // 2**20)
    for info in infos:
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise InputError(source, "err.zip_ratio", name=info.filename, ratio=ratio, limit=MAX_RATIO)
        if info.flag_bits & 0x1:
            raise InputError(source, "err.encrypted_docx")


def open_docx(data: bytes, source: str) -> Any:  # -> docx.document.Document
    """A python-docx Document from checked bytes; any failure to open is one InputError."""
    check_zip(data, source)
    check_count(_body_tags(data), MAX_TAGS, source)
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "content type" in str(exc):  # a .docm, .dotx or a renamed Excel file
            raise InputError(source, "err.zip_not_docx") from exc
        raise InputError(source, "err.corrupt", kind="Word .docx") from exc
    except Exception as exc:
        # python-docx fails in many ways on a broken package: missing parts (KeyError), bad XML
        # (lxml), bad CRCs (BadZipFile), damaged deflate streams (zlib.error), ...
        raise InputError(source, "err.corrupt", kind="Word .docx") from exc


def _body_tags(data: bytes) -> int:
    """"<" in word/document.xml, streamed (stops past MAX_TAGS): a bound on the tree python-docx
    would build. 0 when the part cannot be read (opening the document then says why)."""
    count = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("word/document.xml") as fh:
            while count <= MAX_TAGS and (chunk := fh.read(1 << 20)):
                count += chunk.count(b"<")
    except Exception:  # a broken package: python-docx reports it as corrupt
        return 0
    return count


def body_paragraphs(body: Any) -> list[Any]:
    """The body's ``w:p`` elements in document order, descending into tables and content controls."""
    out: list[Any] = []
    stack = [iter(body)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        if el.tag == W + "p":
            out.append(el)
        elif el.tag in _CONTAINERS:
            stack.append(iter(el))
    return out


def paragraph_lines(p: Any) -> list[str]:
    """The visible text of one paragraph, split at manual line breaks (Shift+Enter)."""
    lines: list[list[str]] = [[]]  # pieces joined once: a paragraph of 200,000 runs stays linear
    stack = [iter(p)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "t":
            lines[-1].append(el.text or "")
        elif tag == W + "tab" and el.getparent().tag == W + "r":
            lines[-1].append(" ")
        elif tag in _BREAKS:
            lines.append([])
        elif tag == W + "noBreakHyphen":
            lines[-1].append("-")
        elif tag == W + "p":
            continue  # a paragraph nested in a run (text box written without a wrapper)
        else:
            stack.append(iter(el))
    return ["".join(parts) for parts in lines]


class _Styles:
    """Paragraph style names and outline levels, following ``basedOn``."""

    def __init__(self, styles_el: Any | None) -> None:
        self.by_id: dict[str, tuple[str, int | None, str | None, Any | None]] = {}
        self.default: str | None = None
        # per style, memoised: a basedOn chain thousands long is walked once, not once per paragraph
        self._levels: dict[str | None, int | None] = {}
        self._num_prs: dict[str | None, Any | None] = {}
        if styles_el is None:
            return
        for st in styles_el.iter(W + "style"):
            if st.get(W + "type") not in (None, "paragraph"):
                continue
            sid = st.get(W + "styleId") or ""
            name_el = st.find(W + "name")
            name = name_el.get(W + "val") if name_el is not None else sid
            outline = st.find(f"{W}pPr/{W}outlineLvl")
            based = st.find(W + "basedOn")
            num_pr = st.find(f"{W}pPr/{W}numPr")
            self.by_id[sid] = (name or sid, _int(outline.get(W + "val")) if outline is not None else None,
                               based.get(W + "val") if based is not None else None, num_pr)
            if st.get(W + "default") in ("1", "true", "on"):
                self.default = sid

    def chain(self, sid: str | None) -> Iterator[tuple[str, int | None, Any | None]]:
        seen: set[str] = set()
        sid = sid or self.default
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            name, outline, based, num_pr = self.by_id[sid]
            yield name, outline, num_pr
            sid = based

    def name(self, sid: str | None) -> str:
        return next((name for name, _, _ in self.chain(sid)), "")

    def heading_level(self, sid: str | None, own_outline: int | None) -> int | None:
        """1-9 for a heading style or an outline level, None for body text."""
        if own_outline is not None:
            return own_outline + 1 if 0 <= own_outline <= 8 else None
        if sid not in self._levels:
            self._levels[sid] = self._chain_level(sid)
        return self._levels[sid]

    def _chain_level(self, sid: str | None) -> int | None:
        for name, outline, _ in self.chain(sid):
            m = _HEADING_STYLE.match(name.strip())
            if m:
                return int(m.group(1))
            if outline is not None:
                return outline + 1 if 0 <= outline <= 8 else None
        return None

    def num_pr(self, sid: str | None) -> Any | None:
        if sid not in self._num_prs:
            self._num_prs[sid] = next((n for _, _, n in self.chain(sid) if n is not None), None)
        return self._num_prs[sid]


_CN = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _cn_count(n: int, digits: str = _CN, ten: str = "十") -> str:
    if n < 10:
        return digits[n]
    if n < 20:
        return ten + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + ten + (digits[n % 10] if n % 10 else "")
    return str(n)


def _roman(n: int) -> str:
    if not 0 < n < 4000:  # beyond Roman numerals proper (and never a loop over a huge number)
        return str(n)
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                       (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _letter(n: int) -> str:
    if n > 26 * 30:  # Word repeats the letter (aa, bbb…); past 30 repetitions a number reads better
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """A list counter as Word shows it for a ``w:numFmt``."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
               "ideographDigital", "japaneseCounting"):
        return _cn_count(n)
    if fmt == "chineseLegalSimplified":
        return _cn_count(n, _CN_LEGAL, "拾")
    if fmt in ("ideographTraditional", "ideographZodiac"):
        return _TIANGAN[(n - 1) % 10] if n > 0 else ""
    if fmt.startswith("decimalEnclosedCircle") or fmt == "decimalEnclosedFullstop":
        return _CIRCLED[n - 1] if 1 <= n <= 20 else str(n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Automatic list numbers (numbering.xml) rendered as Word renders them, e.g. 「（一）」."""

    def __init__(self, numbering_el: Any | None) -> None:
        self.abstract: dict[str, dict[int, tuple[str, str, int, str]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if numbering_el is None:
            return
        for ab in numbering_el.iter(W + "abstractNum"):
            levels: dict[int, tuple[str, str, int, str]] = {}
            for lvl in ab.iter(W + "lvl"):
                ilvl = _clamp(lvl.get(W + "ilvl"), 0, MAX_LEVEL) or 0
                fmt = _val(lvl.find(W + "numFmt")) or "decimal"
                text = _val(lvl.find(W + "lvlText"))
                start = _clamp(_val(lvl.find(W + "start")), 0, MAX_START)
                suff = _val(lvl.find(W + "suff")) or "tab"
                text = (text or "")[:MAX_LEVEL_TEXT]  # a label is a few characters; a document may say more
                levels[ilvl] = (fmt, text, 1 if start is None else start, suff)
            self.abstract[ab.get(W + "abstractNumId") or ""] = levels
        for num in numbering_el.iter(W + "num"):
            overrides: dict[int, int] = {}
            for ov in num.iter(W + "lvlOverride"):
                start = _clamp(_val(ov.find(W + "startOverride")), 0, MAX_START)
                if start is not None:
                    overrides[_clamp(ov.get(W + "ilvl"), 0, MAX_LEVEL) or 0] = start
            self.nums[num.get(W + "numId") or ""] = (_val(num.find(W + "abstractNumId")) or "", overrides)

    def label(self, num_pr: Any | None) -> tuple[str, str]:
        """(label, suffix) for a paragraph's ``w:numPr``, advancing the counters; ("", "") if none."""
        if num_pr is None:
            return "", ""
        num_id = _val(num_pr.find(W + "numId"))
        ilvl = _clamp(_val(num_pr.find(W + "ilvl")), 0, MAX_LEVEL) or 0
        if not num_id or num_id == "0" or num_id not in self.nums:
            return "", ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id)
        if not levels or ilvl not in levels:
            return "", ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in overrides.items():
                counters[lv] = start - 1
        start = levels[ilvl][2]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [lv for lv in counters if lv > ilvl]:
            del counters[deeper]  # a higher level restarts the levels below it
        fmt, text, _, suff = levels[ilvl]
        if fmt in ("bullet", "none"):
            return "", ""

        def sub(m: re.Match[str]) -> str:
            lv = int(m.group(1)) - 1
            if lv not in levels:
                return ""
            value = counters.get(lv, levels[lv][2])
            return format_number(value, levels[lv][0])

        return re.sub(r"%([1-9])", sub, text), suff


def _val(el: Any | None) -> str | None:
    return el.get(W + "val") if el is not None else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:  # also a number of more than 4,300 digits
        return None


# What Word itself accepts: list levels 0-8, a start of at most 32767. A document that says more
# (w:start="999999999999") is clamped, so no counter formatter works on a huge number.
MAX_LEVEL = 8
MAX_START = 32767
MAX_LEVEL_TEXT = 255


def _clamp(value: str | None, lo: int, hi: int) -> int | None:
    """An integer attribute a document supplies, within [lo, hi]; None if absent or not a number."""
    n = _int(value)
    return None if n is None else min(max(n, lo), hi)


def _title_like(text: str) -> bool:
    squeezed = text.replace(" ", "")
    return not squeezed.endswith(("。", "：", ":")) and report_title_like(squeezed)


def read_docx(data: bytes, source: str) -> SourceText:
    document = open_docx(data, source)
    try:
        styles_el = document.styles.element
    except (KeyError, ValueError, AttributeError):
        styles_el = None
    try:
        numbering_el = document.part.numbering_part.element
    except (KeyError, ValueError, NotImplementedError, AttributeError):
        numbering_el = None
    styles, numbering = _Styles(styles_el), _Numbering(numbering_el)

    # (paragraph number, text lines, heading level from the style, is Title style)
    items: list[tuple[int, list[str], int | None, bool]] = []
    paragraphs = body_paragraphs(document.element.body)
    check_count(len(paragraphs), MAX_LINES, source)
    for number, p in enumerate(paragraphs, start=1):
        ppr = p.find(W + "pPr")
        sid = _val(ppr.find(W + "pStyle")) if ppr is not None else None
        name = styles.name(sid)
        if _TOC_STYLE.match(name.strip()):
            continue  # a table of contents repeats the headings with page numbers
        own_outline = _int(_val(ppr.find(W + "outlineLvl"))) if ppr is not None else None
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        label, suff = numbering.label(num_pr if num_pr is not None else styles.num_pr(sid))
        lines = [normalise_text(line).strip() for line in paragraph_lines(p)]
        if label and lines[0]:
            gap = "" if suff == "nothing" or re.search(r"[、．.）)：:]$", label) else " "
            lines[0] = label + gap + lines[0]
        lines = [line for line in lines if line]
        if not lines:
            continue
        is_title = bool(_TITLE_STYLE.match(name.strip()))
        level = None if is_title else styles.heading_level(sid, own_outline)
        items.append((number, lines, level, is_title))

    title = next((" ".join(lines) for _, lines, _, is_title in items if is_title), None)
    title_idx = next((i for i, (_, lines, _, is_title) in enumerate(items[:15])
                      if is_title or _title_like(lines[0])), None)
    # Heading styles without numbering of their own become Markdown headings, levels counted from
    # the shallowest heading style in the body (a title set in 「标题 1」 does not count).
    styled = [i for i, (_, lines, level, _) in enumerate(items)
              if level is not None and i != title_idx and not _CN_NUMBERED.match(lines[0])]
    top = min((items[i][2] or 1 for i in styled), default=1)
    out_lines: list[str] = []
    locations: list[int] = []
    for i, (number, lines, level, _) in enumerate(items):
        if i in styled and level is not None and len(lines) == 1 and len(lines[0]) <= 60:
            lines = ["#" * (level - top + 1) + " " + lines[0]]
        for line in lines:
            out_lines.append(line)
            locations.append(number)
    text = "\n".join(out_lines) + ("\n" if out_lines else "")
    check_chars(text, source)
    if title is None:
        try:
            core_title = (document.core_properties.title or "").strip()
        except (KeyError, ValueError, AttributeError):
            core_title = ""
        title = core_title if core_title and _title_like(core_title) else None
    # Core properties (created, modified) are when the file was saved, not when the report was
    # published: they are no evidence for the deadline rule and are not used.
    return SourceText(source=source, text=text, encoding="utf-8", format="docx", location_unit="paragraph",
                      locations=tuple(locations), title=title, published=None)
