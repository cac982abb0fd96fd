"""Line breaking for mixed Chinese and English terminal text.

Rich breaks only at spaces and folds anything longer mid-way, so 「第 17 行」 could end up as
「第 17⏎行」, 〔2019〕 as 〔201⏎9〕 and ``part.first-responsible`` as ``part.first-resp⏎onsible``;
and Chinese text, having no spaces, is folded anywhere, a closing 「，」 or 「）」 starting a line.
Here the text is cut into pieces that must stay whole (numbers, dates, ids and English words,
line references, document numbers), closing punctuation sticks to the piece before it and
opening punctuation to the piece after it (the Chinese rule 避头尾), and lines are filled greedily.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

# closing marks never start a line; opening marks never end one
CLOSING = frozenset("，。、；：？！）」』》〉〕】”’…—·%,.;:!?)]}")
OPENING = frozenset("（「『《〈〔【“‘([{")

_PIECE = re.compile(
    r"第\s?\d+\s?[行段页]"  # 「第 17 行」
    r"|(?:lines?|paragraphs?|pages?)\s\d+"  # "line 17"
    r"|[\u4e00-\u9fff]{0,4}〔\d{4}〕(?:\d+号)?"  # 厅字〔2019〕28号
    r"|\d+(?:\.\d+)?\s?[年月日号项处个件次人条份起家名岁天]"  # a number and its measure word: 「3 项」
    r"|[A-Za-z0-9][A-Za-z0-9_.\-+/:%@'’#]*"  # numbers, dates, ids, English words, paths
    r"|\s+"
    r"|.",
)


def _pieces(text: str) -> list[str]:
    """Unbreakable pieces, with each punctuation mark glued to the piece it belongs to."""
    raw = _PIECE.findall(text)
    out: list[str] = []
    pending_open = ""
    for piece in raw:
        if piece.isspace():
            if pending_open:  # 「（ 」 then a space: keep the mark with what follows anyway
                pending_open += piece
                continue
            out.append(piece)
            continue
        if len(piece) == 1 and piece in OPENING:
            pending_open += piece
            continue
        piece = pending_open + piece
        pending_open = ""
        if piece[0] in CLOSING and out and not out[-1].isspace():
            out[-1] += piece
        else:
            out.append(piece)
    if pending_open:
        out.append(pending_open)
    return out


def break_offsets(text: str, width: int, indent: int = 0) -> list[int]:
    """Offsets at which to break *text* so that no line is wider than *width* cells (continuation
    lines are *indent* cells narrower); a piece wider than a line is folded as a last resort."""
    offsets: list[int] = []
    pos = 0
    used = 0
    room = width
    for piece in _pieces(text):
        size = cell_len(piece)
        if piece.isspace():
            used += size
            pos += len(piece)
            continue
        if used + size > room and used > 0:
            offsets.append(pos)
            room, used = width - indent, 0
        if size > room:  # longer than any line: fold it, cell by cell
            for ch in piece:
                w = cell_len(ch)
                if used + w > room and used > 0:
                    offsets.append(pos)
                    room, used = width - indent, 0
                used += w
                pos += 1
            continue
        used += size
        pos += len(piece)
    return offsets


def wrap(text: Text, width: int, indent: int = 0) -> Text:
    """*text* broken into lines of at most *width* cells, continuation lines indented by *indent*
    spaces; styles are kept. The result must be printed with ``no_wrap=True`` (rich would
    otherwise wrap it again its own way)."""
    out = Text(no_wrap=True, overflow="ignore", end=text.end)
    for n, source_line in enumerate(text.split("\n", allow_blank=True)):
        if n:
            out.append("\n")
        lines = source_line.divide(break_offsets(source_line.plain, max(width, indent + 8), indent))
        for i, line in enumerate(lines):
            line.rstrip()
            if i:
                out.append("\n" + " " * indent)
                line = line[len(line.plain) - len(line.plain.lstrip()):]
            out.append_text(line)
    return out


def safe(text: str) -> str:
    """Printable form of report text: control characters become visible escapes."""
    return "".join(c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" for c in text)
