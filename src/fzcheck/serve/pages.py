"""The server's own pages: the upload page, a one-line message page, and the download bar above a
result. Plain forms that work without JavaScript; the one script only adds drag and drop.
Everything a page needs is inline and admitted by hash in its Content-Security-Policy."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from fzcheck import __version__
from fzcheck.i18n import t
from fzcheck.render.html_report import STYLE as REPORT_STYLE

ACCEPT = ".docx,.pdf,.html,.htm,.txt,.md"
ACCEPT_BATCH = ACCEPT + ",.zip"
DATA_URI_LIMIT = 2_000_000  # Chrome will not download a data: URL longer than 2 MB

STYLE = REPORT_STYLE + """
form{border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin:1rem 0}
form h2{margin-top:.2rem}
fieldset{border:0;padding:0;margin:.5rem 0}
label{display:block;margin:.35rem 0}
.drop{display:block;border:2px dashed #9aa0a6;border-radius:8px;padding:1.2rem;text-align:center;margin:.4rem 0}
.drop.over{border-color:#0b57d0;background:#e8f0fe}
textarea{width:100%;min-height:6rem;font:inherit}
select,input,button,textarea{font:inherit}
button{padding:.4rem 1.4rem;border-radius:4px;border:1px solid #0b57d0;background:#0b57d0;color:#fff;cursor:pointer}
.row{display:flex;flex-wrap:wrap;gap:1rem}
.small{font-size:.85rem;color:var(--grey)}
.error{background:var(--red-bg);color:var(--red);border-left:6px solid var(--red);padding:.6rem .8rem;
border-radius:6px;font-weight:bold;overflow-wrap:anywhere}
nav.lang{float:right;font-size:.9rem}
"""
# Drag and drop onto the file field (the form posts as it would without the script).
SCRIPT = (
    "document.querySelectorAll('.drop').forEach(function(z){var i=z.querySelector('input[type=file]');"
    "['dragenter','dragover'].forEach(function(e){z.addEventListener(e,function(ev){ev.preventDefault();"
    "z.classList.add('over');});});['dragleave','drop'].forEach(function(e){z.addEventListener(e,function(){"
    "z.classList.remove('over');});});z.addEventListener('drop',function(ev){ev.preventDefault();"
    "if(ev.dataTransfer&&ev.dataTransfer.files.length){i.files=ev.dataTransfer.files;"
    "var s=z.querySelector('.picked');if(s){s.textContent=Array.prototype.map.call(i.files,"
    "function(f){return f.name;}).join('、');}}});});"
)


def _hash(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


PAGE_CSP = (f"default-src 'none'; style-src 'sha256-{_hash(STYLE)}'; script-src 'sha256-{_hash(SCRIPT)}'; "
            "img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


@dataclass(frozen=True, slots=True)
class Profile:
    key: str  # what the form sends
    title: str


def _shell(lang: str, title: str, body: str, script: bool = False) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="referrer" content="no-referrer">\n'
            f"<title>{escape(title)}</title>\n<style>{STYLE}</style></head>\n<body><main>\n{body}\n</main>"
            + (f"<script>{SCRIPT}</script>" if script else "") + "</body></html>\n")


def _lang_nav(lang: str, path: str = "/") -> str:
    other, label = ("zh", "中文") if lang == "en" else ("en", "English")
    return f'<nav class="lang"><a href="{path}?lang={other}">{label}</a></nav>'


def upload_page(lang: str, profiles: list[Profile], default: str, max_mb: int, error: str | None = None) -> str:
    q = "?lang=en" if lang == "en" else ""
    options = "".join(f'<option value="{escape(p.key)}"{" selected" if p.key == default else ""}>'
                      f"{escape(p.title)}（{escape(p.key)}）</option>" for p in profiles)
    outputs = "".join(f'<option value="{k}">{escape(t(f"serve.output.{k}", lang))}</option>'
                      for k in ("page", "docx", "json", "html"))
    body = [_lang_nav(lang), f"<h1>{escape(t('serve.title', lang))}</h1>",
            f"<p>{escape(t('serve.intro', lang))}</p>"]
    if error:
        body.append(f'<p class="error" role="alert">{escape(error)}</p>')
    body.append(f"""<form method="post" action="/check{q}" enctype="multipart/form-data" id="check">
<h2>{escape(t('serve.one', lang))}</h2>
<label class="drop">{escape(t('serve.file', lang, accept=ACCEPT, mb=max_mb))}<br>
<input type="file" name="file" accept="{ACCEPT}"> <span class="picked small"></span></label>
<details><summary>{escape(t('serve.paste', lang))}</summary>
<textarea name="text" placeholder="{escape(t('serve.paste_hint', lang))}"></textarea></details>
<div class="row">
<label>{escape(t('serve.profile', lang))}<br><select name="checklist">{options}</select></label>
<label>{escape(t('serve.year', lang))}<br><input type="number" name="year" min="1949" max="2100" step="1"></label>
<label>{escape(t('serve.published', lang))}<br><input type="date" name="published"></label>
<label>{escape(t('serve.output', lang))}<br><select name="output">{outputs}</select></label>
</div>
<p><button type="submit">{escape(t('serve.submit', lang))}</button></p>
</form>
<form method="post" action="/batch{q}" enctype="multipart/form-data" id="batch">
<h2>{escape(t('serve.batch', lang))}</h2>
<label class="drop">{escape(t('serve.batch_files', lang, accept=ACCEPT_BATCH))}<br>
<input type="file" name="files" multiple accept="{ACCEPT_BATCH}"> <span class="picked small"></span></label>
<div class="row">
<label>{escape(t('serve.profile', lang))}<br><select name="checklist">{options}</select></label>
<label>{escape(t('serve.output', lang))}<br><select name="output"><option value="page">\
{escape(t('serve.output.page', lang))}</option><option value="xlsx">{escape(t('serve.output.xlsx', lang))}</option>\
</select></label>
</div>
<p><button type="submit">{escape(t('serve.batch_submit', lang))}</button></p>
</form>
<p class="small">{escape(t('serve.privacy', lang))}</p>
<p class="small">{escape(t('serve.curl', lang))}<br><code>curl -F file=@报告.docx -F output=json \
http://127.0.0.1:8000/check</code></p>
<p class="small">fzcheck {escape(__version__)}</p>""")
    return _shell(lang, t("serve.title", lang), "\n".join(body), script=True)


def message_page(lang: str, message: str) -> str:
    body = (f"{_lang_nav(lang)}<h1>{escape(t('serve.title', lang))}</h1>"
            f'<p class="error" role="alert">{escape(message)}</p>'
            f'<p><a href="/{"?lang=en" if lang == "en" else ""}">{escape(t("serve.again", lang))}</a></p>')
    return _shell(lang, t("serve.title", lang), body)


@dataclass(frozen=True, slots=True)
class Download:
    label: str
    filename: str
    mime: str
    data: bytes


def download_bar(lang: str, downloads: list[Download]) -> str:
    """Links that carry their file (data: URLs): nothing about a report stays on the server after the
    response. A file too large for a data: URL is offered through the form's 「直接下载」 choice."""
    back = f'<a class="btn" href="/{"?lang=en" if lang == "en" else ""}">{escape(t("serve.again", lang))}</a>'
    items = [back]
    for d in downloads:
        uri = f"data:{d.mime};base64," + base64.b64encode(d.data).decode()
        if len(uri) > DATA_URI_LIMIT:
            items.append(f'<span class="note">{escape(t("serve.too_big_link", lang, label=d.label))}</span>')
            continue
        items.append(f'<a class="btn" href="{uri}" download="{escape(d.filename)}">{escape(d.label)}</a>')
    items.append(f'<span class="note">{escape(t("serve.print", lang))}</span>')
    return f'<nav class="toolbar noprint">{"".join(items)}</nav>\n'


def content_disposition(filename: str) -> str:
    """An attachment header that keeps a Chinese file name (RFC 6266 filename*) with an ASCII fallback."""
    ascii_name = "".join(c if (c.isascii() and c.isalnum()) or c in "._-" else "_" for c in filename) or "download"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


def skipped_note(lang: str, skipped: list[str]) -> str:
    items = "".join(f"<li>{escape(x)}</li>" for x in skipped[:50])
    return f'<div class="noprint"><p>{escape(t("serve.skipped", lang, n=len(skipped)))}</p><ul>{items}</ul></div>\n'
