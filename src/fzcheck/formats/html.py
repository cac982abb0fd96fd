"""Web pages as saved from a government portal: the article under the navigation and footer.

The page is parsed with lxml (no network, no entities, no DTD), scripts, styles and hidden
elements are dropped, and the rest is laid out as lines the way a browser breaks blocks. The
article is the smallest element that holds most of the prose (lines of running Chinese text
with sentence punctuation and few links); navigation, footers, share bars and link lists around
it are left out. The title and the 「发布时间」 line above the article are kept, so the parser
finds them where a reader sees them; ``<meta name="PubDate">`` and the like fill in what the
text does not say.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from fzcheck.errors import InputError
from fzcheck.formats.limits import MAX_ELEMENTS, MAX_TAGS, check_chars, check_count
from fzcheck.formats.shapes import report_title_like
from fzcheck.sourcetext import SourceText, decode_marked, decode_utf16_unmarked, normalise_text

_BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "marquee",
))
_DROP = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
         "svg", "math", "canvas", "select", "option", "button", "input", "textarea", "head", "link", "map",
         "audio", "video", "source", "track", "param")
_CHROME_TAGS = frozenset(("nav", "aside", "footer", "header", "menu"))
# class/id words of page furniture on Chinese portals (English and pinyin abbreviations)
_CHROME_WORD = re.compile(
    r"^(?:nav|navs|navbar|navigation|menu|menus|submenu|header|footer|foot|bottom|copyright|copy|banquan|bq|"
    r"crumb|crumbs|breadcrumb|breadcrumbs|position|location|weizhi|dqwz|sidebar|side|aside|share|bdshare|"
    r"fenxiang|related|relate|xgwz|xglj|xgxx|links|link|friendlink|yqlj|search|sousuo|login|toolbar|gotop|"
    r"backtop|totop|qrcode|ewm|erweima|print|dayin|pager|pagination|fanye|comment|banner|logo|dh|daohang|"
    r"wzdh|topbar|top|skip|advert|ad|ads)$",
    re.IGNORECASE,
)
# words that make a compound class part of the article ("article-header", "detail-top")
_CONTENT_WORD = re.compile(
    r"^(?:article|content|contents|detail|details|text|main|body|con|zw|zhengwen|news|info|title|bt|post|"
    r"entry|doc|document|wz|wenzhang|trs|editor)$",
    re.IGNORECASE,
)
_TITLE_WORD = re.compile(r"^(?:title|tit|bt|biaoti|headline|arttitle|article_title|wztitle)$", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_PROSE_PUNCT = re.compile(r"[，。；：、,;]")
_DATE_LABEL = re.compile(r"(?:发布时间|發布時間|发布日期|發布日期|发表时间|公开日期|更新时间|更新時間|发文日期|"
                         r"發文日期|日期|时间|時間)\s*[:：]")
_DATE_META = ("pubdate", "publishdate", "publish_date", "publishtime", "publish-date", "article:published_time",
              "og:published_time", "og:article:published_time", "dc.date", "dc.date.issued", "dcterms.issued",
              "firstpublishedtime", "datepublished", "releasedate")
_TITLE_META = ("articletitle", "og:title", "dc.title", "title")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""", re.IGNORECASE)
_WS = re.compile(r"[ \t\r\n\f]+")
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\r\f]*\n[ \t\r\n\f]*(?=[\u3000-\u9fff\uff00-\uffef])")
_SITE_SEP = re.compile(r"\s*(?:[_|｜]|--|—+|-\s|\s-)\s*")

_GBK_NAMES = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "euc-cn", "gb_2312-80", "gb_2312", "936",
              "csgb2312", "windows-936", "hz-gb-2312"}


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode a page: a BOM, then valid UTF-8 (a strong signal whatever the page declares), then the
    declared charset, then GB18030 (a superset of GBK and GB2312), the portals' other encoding."""
    marked = decode_marked(data, "replace")
    if marked is not None:
        return marked
    if b"\x00" in data[:1024]:
        unmarked = decode_utf16_unmarked(data, lambda text: "<" in text[:1024])
        if unmarked is not None:
            return unmarked
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    for candidate in (declared, "gb18030"):
        if candidate:
            try:
                return data.decode(candidate), candidate
            except (UnicodeError, LookupError):
                continue
    fallback = declared or "gb18030"
    return data.decode(fallback, "replace"), fallback


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").strip().lower()
    if name in _GBK_NAMES:
        return "gb18030"
    return text_codec(name)


def text_codec(name: str) -> str | None:
    """The codec a document names, if it is one that decodes bytes to text; else None (the caller
    falls back). "rot13" and "base64" are transforms, "undefined" refuses every byte: a page that
    declares one must not become an internal error."""
    import warnings

    try:
        info = codecs.lookup(name)
        if not getattr(info, "_is_text_encoding", True):
            return None
        with warnings.catch_warnings():  # unicode_escape warns about what it is handed
            warnings.simplefilter("ignore")
            # a page's charset keeps ASCII as ASCII (the markup is ASCII): not utf-16, utf-7, unicode_escape
            if _ASCII.decode(info.name) != _ASCII.decode("ascii"):
                return None
            b"<p>\xff".decode(info.name, "replace")  # the fallback decodes with "replace"
    except (LookupError, UnicodeError, ValueError, TypeError):
        return None
    return info.name


_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r\\n\\x41\\u0041"  # escapes too: *_escape codecs read them


@dataclass(slots=True)
class _Line:
    text: str = ""
    link: int = 0  # characters inside <a>
    owner: Any = None  # innermost block element
    chrome: bool = False
    heading: bool = False
    parts: list[str] = field(default_factory=list)


def _words(el: Any) -> list[str]:
    value = f"{el.get('class') or ''} {el.get('id') or ''}"
    return [w for w in re.split(r"[\s_\-]+", value) if w]


def _is_chrome(el: Any, in_article: bool | None = None) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    words = _words(el)
    if any(_CONTENT_WORD.match(w) for w in words):
        return False
    if tag in _CHROME_TAGS:
        if in_article is None:
            in_article = any(a.tag in ("article", "main") for a in el.iterancestors())
        return not (tag == "header" and in_article)  # an <article>'s own <header> holds its title and date
    return any(_CHROME_WORD.match(w) for w in words)


def _chrome_map(root: Any) -> dict[Any, bool]:
    """_is_chrome of every element, in one pass in document order (a parent before its children), so
    no element climbs its ancestors: a page nested 2,000 deep stays linear."""
    chrome: dict[Any, bool] = {}
    in_article: dict[Any, bool] = {}
    for el in root.iter():
        parent = el.getparent()
        inside = parent is not None and (in_article.get(parent, False) or parent.tag in ("article", "main"))
        in_article[el] = inside
        chrome[el] = _is_chrome(el, inside)
    return chrome


def _is_hidden(el: Any) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _layout(root: Any, chrome: dict[Any, bool]) -> list[_Line]:
    """The page as lines, block by block, in document order (iteratively: pages nest deeply)."""
    from lxml import etree

    lines: list[_Line] = []
    cur = _Line()
    blocks: list[Any] = [root]
    chrome_depth = link_depth = heading_depth = 0
    pre_depth = 0

    def flush() -> None:
        nonlocal cur
        text = "".join(cur.parts)
        text = _CJK_GAP.sub("", text) if not pre_depth else text
        text = _WS.sub(" ", text).strip() if not pre_depth else text.strip("\n")
        if text:
            cur.text = text
            lines.append(cur)
        cur = _Line(owner=blocks[-1], chrome=chrome_depth > 0, heading=heading_depth > 0)

    def add(text: str | None) -> None:
        if not text:
            return
        if not cur.parts:
            cur.owner, cur.chrome, cur.heading = blocks[-1], chrome_depth > 0, heading_depth > 0
        cur.parts.append(text)
        if link_depth:
            cur.link += len(text.strip())

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if event == "start":
            if tag in _BLOCK or tag == "br":
                flush()
            if tag in _BLOCK:
                blocks.append(el)
            if chrome.get(el, False):
                chrome_depth += 1
            if tag == "a":
                link_depth += 1
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                heading_depth += 1
            if tag in ("pre", "textarea"):
                pre_depth += 1
            add(el.text)
        else:
            if tag in _BLOCK:
                flush()
                blocks.pop()
            if chrome.get(el, False):
                chrome_depth -= 1
            if tag == "a":
                link_depth -= 1
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                heading_depth -= 1
            if tag in ("pre", "textarea"):
                pre_depth -= 1
            if el is not root:
                add(el.tail)
    flush()
    return [ln for line in lines for ln in _split_pre(line)]


def _split_pre(line: _Line) -> list[_Line]:
    if "\n" not in line.text:
        return [line]
    return [_Line(text=t.strip(), link=0, owner=line.owner, chrome=line.chrome, heading=line.heading)
            for t in line.text.split("\n") if t.strip()]


def _weight(line: _Line, *, chrome_ok: bool = False) -> int:
    """CJK characters of a prose line (0 for chrome, links, short labels)."""
    if line.chrome and not chrome_ok:
        return 0
    cjk = len(_CJK.findall(line.text))
    if cjk < 15 or line.link > 0.3 * len(line.text) or not _PROSE_PUNCT.search(line.text):
        return 0
    return cjk


def _container(root: Any, lines: list[_Line], *, chrome_ok: bool = False) -> Any:
    """The smallest element holding 80% of the prose (None when the page has no prose)."""
    own: dict[Any, int] = {}
    total = 0
    for line in lines:
        w = _weight(line, chrome_ok=chrome_ok)
        if w:
            total += w
            own[line.owner] = own.get(line.owner, 0) + w
    if not total:
        return None
    # each element's weight is its own lines' plus its children's: summed bottom-up in one pass
    weights: dict[Any, int] = {}
    for el in reversed(list(root.iter())):
        w = own.get(el, 0) + weights.get(el, 0)
        if w:
            weights[el] = w
            parent = el.getparent()
            if parent is not None and el is not root:
                weights[parent] = weights.get(parent, 0) + w
    node = root
    while True:
        best = max((c for c in node if c in weights), key=lambda c: weights[c], default=None)
        if best is None or weights[best] < 0.8 * total:
            return node
        node = best


def _chrome_between(container: Any, chrome: dict[Any, bool]) -> dict[Any, bool]:
    """For each element inside *container*: whether a chrome element lies between it and *container*
    (itself included), in one pass in document order."""
    within: dict[Any, bool] = {container: False}
    for el in container.iter():
        if el is container:
            continue
        parent = el.getparent()
        within[el] = within.get(parent, False) or (isinstance(el.tag, str) and chrome.get(el, False))
    return within


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _meta(root: Any) -> tuple[str | None, str | None, dt.date | None]:
    """(<title>, meta title, meta publication date)."""
    from fzcheck.dates import parse_date

    page_title = None
    for el in root.iter("title"):
        page_title = _WS.sub(" ", "".join(el.itertext())).strip() or None
        break
    meta_title = None
    published = None
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if not content:
            continue
        if published is None and key in _DATE_META:
            published = parse_date(content)
        if meta_title is None and key in _TITLE_META:
            meta_title = _WS.sub(" ", content).strip()
    return page_title, meta_title, published


def _title_from_page_title(page_title: str | None) -> str | None:
    """「XX报告_XX区人民政府」 → 「XX报告」: the segment that names the report, else the first."""
    if not page_title:
        return None
    segments = [s for s in _SITE_SEP.split(page_title) if s.strip()]
    for s in segments:
        if re.search(r"报告|報告|总结", s) and re.search(r"法治|依法行政", s):
            return s.strip()
    return segments[0].strip() if segments else None


def _title_line(lines: list[_Line], inside: set[Any], known: list[str]) -> int | None:
    """Index of the line that is the article's title: a heading or 'title' element whose text the
    page title or the ArticleTitle meta repeats, else the first report-like heading."""
    known_sq = [_squeeze(k) for k in known if k]
    first_report_like = first_heading = None
    for i, line in enumerate(lines):
        if line.chrome or line.link > 0.5 * len(line.text):
            continue
        sq = _squeeze(line.text)
        if not 4 <= len(sq) <= 120:
            continue
        titled = line.heading or any(_TITLE_WORD.match(w) for w in _words(line.owner))
        if any(sq == k or (len(sq) >= 8 and sq in k) or (titled and len(k) >= 8 and k in sq and len(sq) <= len(k) + 10)
               for k in known_sq) and (titled or _report_like(sq)):
            return i
        if titled and first_heading is None and line.owner not in inside:
            first_heading = i
        if first_report_like is None and _report_like(sq) and (titled or not sq.endswith("。")):
            first_report_like = i
    return first_report_like if first_report_like is not None else first_heading


def _report_like(squeezed: str) -> bool:
    return report_title_like(squeezed) and not re.search(r"[>»＞]", squeezed)


def read_html(data: bytes, source: str) -> SourceText:
    from lxml import etree

    text, encoding = decode_html(data)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses str input with an encoding declaration
    text = text.replace("\x00", "")
    check_count(text.count("<"), MAX_TAGS, source)  # before lxml builds a tree of them
    # huge_tree lifts libxml2's nesting limit of 256 (the input is already capped at MAX_BYTES)
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                              default_doctype=False, collect_ids=False, huge_tree=True)
    try:
        root = etree.fromstring(text, parser)
    except (etree.LxmlError, ValueError) as exc:
        raise InputError(source, "err.corrupt", kind="HTML") from exc
    if root is None:
        raise InputError(source, "err.no_text")
    check_count(sum(1 for _ in root.iter()), MAX_ELEMENTS, source)
    page_title, meta_title, meta_date = _meta(root)
    etree.strip_elements(root, *_DROP, with_tail=False)
    for el in [el for el in root.iter() if isinstance(el.tag, str) and _is_hidden(el)]:
        _remove_keep_tail(el)
    body = next(root.iter("body"), None)
    base = body if body is not None else root
    chrome = _chrome_map(root)
    lines = _layout(base, chrome)
    container = _container(base, lines)
    if container is None:
        container = _container(base, lines, chrome_ok=True) or base
    inside = set(container.iter())  # membership instead of climbing from every line
    known = [meta_title or "", _title_from_page_title(page_title) or "", page_title or ""]
    t_idx = _title_line(lines, inside, known)
    keep: list[str] = []
    in_container = [line.owner in inside for line in lines]
    first_in = next((i for i, inside in enumerate(in_container) if inside), len(lines))
    if t_idx is not None and not in_container[t_idx]:
        keep.append(lines[t_idx].text)
        # the information bar between the title and the article: 「发布时间：…　来源：…」
        for line in lines[t_idx + 1:first_in]:
            # a dated row of several fields may be long (「索引号:… 发文日期:… 公开方式:…」)
            limit = 300 if _DATE_LABEL.search(_squeeze(line.text)) else 80
            if not line.chrome and len(_squeeze(line.text)) <= limit and line.link <= 0.5 * len(line.text):
                keep.append(line.text)
    elif t_idx is None:
        # no title element: still keep a dated line just above the article
        for line in lines[max(0, first_in - 6):first_in]:
            if _DATE_LABEL.search(_squeeze(line.text)) and len(_squeeze(line.text)) <= 300:
                keep.append(line.text)
    within = _chrome_between(container, chrome)
    for line, is_in in zip(lines, in_container, strict=True):
        if not is_in:
            continue
        prose = _weight(line, chrome_ok=True) > 0
        if not prose and (within.get(line.owner, False) or line.link > 0.5 * len(line.text)):
            continue  # a share bar, 「上一篇」, a list of related links inside the article
        keep.append(line.text)
    out = normalise_text("\n".join(keep))
    out = "\n".join(line.strip() for line in out.split("\n") if line.strip())
    out += "\n" if out else ""
    check_chars(out, source)
    # the container's title is the parser's fallback: the article title, or a page title that names a report
    title = meta_title or _title_from_page_title(page_title)
    if title and not meta_title and not _report_like(_squeeze(title)):
        title = None
    return SourceText(source=source, text=out, encoding=encoding, format="html", title=title,
                      published=meta_date)


def _remove_keep_tail(el: Any) -> None:
    """Remove *el* but keep its tail text, which is not part of it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
