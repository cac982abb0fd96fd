"""Reading reports: encodings, space normalisation, stdin, formats and precise input errors."""

from __future__ import annotations

import io
import random
import sys

import pytest

from fzcheck.errors import InputError
from fzcheck.readers import decode_bytes, read_source

SAMPLE = (
    "某区2023年度法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）深化“放管服”改革。全年精简行政审批事项12项，办理行政复议案件3件。\n"
    "二、存在的不足和原因\n"
    "三、2024年工作安排\n"
)


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- encodings

def test_utf8(tmp_path):
    src = read_source(str(_write(tmp_path, "r.txt", SAMPLE.encode("utf-8"))))
    assert src.text == SAMPLE
    assert src.encoding == "utf-8"
    assert src.format == "text"
    assert src.source == str(tmp_path / "r.txt")


def test_utf8_with_bom(tmp_path):
    src = read_source(str(_write(tmp_path, "r.txt", b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"))))
    assert src.text == SAMPLE  # the BOM is not part of the text
    assert not src.text.startswith("\ufeff")
    assert src.encoding == "utf-8-sig"


def test_gb18030_real_report_reads_like_utf8(real_report, tmp_path):
    utf8 = read_source(str(real_report))
    copy = _write(tmp_path, "gb.txt", real_report.read_text(encoding="utf-8").encode("gb18030"))
    gb = read_source(str(copy))
    assert gb.encoding == "gb18030"
    assert utf8.encoding == "utf-8"
    assert gb.text == utf8.text
    assert gb.format == utf8.format == "text"


def test_gbk(tmp_path):
    src = read_source(str(_write(tmp_path, "r.txt", SAMPLE.encode("gbk"))))
    assert src.text == SAMPLE
    assert src.encoding in ("gb18030", "gbk")


def test_utf16_with_bom(tmp_path):
    for codec in ("utf-16-le", "utf-16-be"):
        bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
        src = read_source(str(_write(tmp_path, f"{codec}.txt", bom + SAMPLE.encode(codec))))
        assert src.text == SAMPLE, codec
        assert src.encoding.startswith("utf-16"), codec


def test_utf16_le_without_bom_ascii_rich(tmp_path):
    text = "2023 annual report\n1. Measures: 12 items, 3 cases.\n法治政府建设情况报告\n"
    src = read_source(str(_write(tmp_path, "r.txt", text.encode("utf-16-le"))))
    assert src.text == text
    assert src.encoding == "utf-16-le"


def test_utf16_le_without_bom_chinese_report(tmp_path):
    # A typical Chinese report: mostly CJK, with 「一、」 headings (U+4E00 is b"\x00\x4e" in UTF-16-LE).
    src = read_source(str(_write(tmp_path, "r.txt", SAMPLE.encode("utf-16-le"))))
    assert src.text == SAMPLE
    assert src.encoding == "utf-16-le"


def test_utf16_le_without_bom_real_report(real_report, tmp_path):
    utf8 = read_source(str(real_report))
    copy = _write(tmp_path, "u16.txt", real_report.read_text(encoding="utf-8").encode("utf-16-le"))
    src = read_source(str(copy))
    assert src.encoding == "utf-16-le"
    assert src.text == utf8.text


def test_decode_bytes_directly():
    assert decode_bytes(SAMPLE.encode("utf-8"), "x") == (SAMPLE, "utf-8")
    text, encoding = decode_bytes(SAMPLE.encode("gb18030"), "x")
    assert (text, encoding) == (SAMPLE, "gb18030")
    text, encoding = decode_bytes(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "x")
    assert text == SAMPLE and encoding == "utf-8-sig"


# ---------------------------------------------------------------- normalisation

def test_nbsp_and_ideographic_space_become_plain_spaces(tmp_path):
    raw = "\u3000\u3000一、主要举措\u00a0和成效\n正文\u00a0\u00a0内容\u3000结束\n"
    src = read_source(str(_write(tmp_path, "r.txt", raw.encode("utf-8"))))
    assert "\u00a0" not in src.text and "\u3000" not in src.text
    assert src.text == "  一、主要举措 和成效\n正文  内容 结束\n"  # one space for one, positions kept


def test_nbsp_in_gb18030(tmp_path):
    raw = "标题\u3000报告\n正文\u00a0内容\n"
    src = read_source(str(_write(tmp_path, "r.txt", raw.encode("gb18030"))))
    assert src.text == "标题 报告\n正文 内容\n"


def test_crlf_line_ends(tmp_path):
    src = read_source(str(_write(tmp_path, "r.txt", SAMPLE.replace("\n", "\r\n").encode("utf-8"))))
    assert "\r" not in src.text
    assert src.text == SAMPLE
    assert src.text.split("\n")[1] == "一、主要举措和成效"


def test_bare_cr_line_ends(tmp_path):
    src = read_source(str(_write(tmp_path, "r.txt", SAMPLE.replace("\n", "\r").encode("utf-8"))))
    assert src.text == SAMPLE


# ---------------------------------------------------------------- stdin

class _FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(SAMPLE.encode("utf-8")))
    src = read_source("-")
    assert src.source == "-"
    assert src.text == SAMPLE
    assert src.encoding == "utf-8"
    assert src.format == "text"


def test_stdin_gb18030(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(SAMPLE.replace("\n", "\r\n").encode("gb18030")))
    src = read_source("-")
    assert src.text == SAMPLE
    assert src.encoding == "gb18030"


def test_stdin_markdown_is_detected(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin("# 报告\n\n## 一、主要举措\n\n正文\n".encode()))
    assert read_source("-").format == "markdown"


def test_stdin_empty(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b""))
    with pytest.raises(InputError) as exc:
        read_source("-")
    assert exc.value.message_key == "err.empty"


def test_stdin_too_big(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(SAMPLE.encode("utf-8") * 20))
    with pytest.raises(InputError) as exc:
        read_source("-", max_bytes=100)
    assert exc.value.message_key == "err.too_big"


# ---------------------------------------------------------------- errors

def _error_key(path, **kwargs) -> str:
    with pytest.raises(InputError) as exc:
        read_source(str(path), **kwargs)
    assert exc.value.exit_code == 2
    assert exc.value.source == str(path)
    return exc.value.message_key


def test_missing_file(tmp_path):
    assert _error_key(tmp_path / "nope.txt") == "err.not_found"


def test_directory(tmp_path):
    assert _error_key(tmp_path) == "err.is_dir"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  \n"], ids=["empty", "whitespace"])
def test_empty_or_whitespace_only(tmp_path, data):
    assert _error_key(_write(tmp_path, "r.txt", data)) == "err.empty"


def test_binary_with_nul_bytes(tmp_path):
    rng = random.Random(20240320)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 64
    assert b"\x00" in data
    assert _error_key(_write(tmp_path, "r.txt", data)) == "err.binary"


def test_binary_text_with_embedded_nuls(tmp_path):
    data = ("报告正文" * 50).encode("utf-8") + b"\x00\x01\x02\x00" * 40
    assert _error_key(_write(tmp_path, "r.txt", data)) == "err.binary"


@pytest.mark.parametrize(("name", "magic", "key"), [
    ("report.docx", b"PK\x03\x04", "err.corrupt"), ("report.txt", b"PK\x03\x04", "err.corrupt"),
    ("report.pdf", b"%PDF", "err.corrupt"), ("report.md", b"%PDF", "err.corrupt"),
    ("report.rtf", b"{\\rtf", "err.unsupported"), ("report.png", b"\x89PNG", "err.unsupported")])
def test_other_formats_are_recognised_by_content(tmp_path, name, magic, key):
    """Word and PDF are read by their content whatever the suffix; broken ones are 'corrupt'."""
    data = magic + b"\x14\x00\x06\x00" + b"some content that is not plain text" * 10
    assert _error_key(_write(tmp_path, name, data)) == key


def test_pdf_header_without_pages_is_corrupt(tmp_path):
    assert _error_key(_write(tmp_path, "r.txt", b"%PDF-1.7\n1 0 obj\n<< >>\nendobj\n")) == "err.corrupt"


def test_too_big(tmp_path):
    path = _write(tmp_path, "r.txt", SAMPLE.encode("utf-8") * 10)
    assert _error_key(path, max_bytes=100) == "err.too_big"
    # the same file under a generous limit is fine
    assert read_source(str(path), max_bytes=10_000).text == SAMPLE * 10


def test_error_render_names_the_file(tmp_path):
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError) as exc:
        read_source(str(path))
    assert str(path) in exc.value.render("en")
    assert "not found" in exc.value.render("en")
    assert str(path) in exc.value.render("zh")


# ---------------------------------------------------------------- formats

def test_md_suffix_is_markdown(tmp_path):
    src = read_source(str(_write(tmp_path, "r.md", "某区报告\n\n一、主要举措\n".encode())))
    assert src.format == "markdown"


def test_markdown_suffix_is_case_insensitive(tmp_path):
    src = read_source(str(_write(tmp_path, "R.MD", "某区报告\n".encode())))
    assert src.format == "markdown"


def test_txt_suffix_is_text(tmp_path):
    src = read_source(str(_write(tmp_path, "r.txt", SAMPLE.encode("utf-8"))))
    assert src.format == "text"


def test_txt_with_markdown_headings_is_markdown(tmp_path):
    text = "# 某区2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n正文。\n"
    src = read_source(str(_write(tmp_path, "r.txt", text.encode("utf-8"))))
    assert src.format == "markdown"


def test_txt_with_hash_but_no_space_is_text(tmp_path):
    text = "#法治政府建设#\n某区2023年度法治政府建设情况报告\n一、主要举措和成效\n"
    src = read_source(str(_write(tmp_path, "r.txt", text.encode("utf-8"))))
    assert src.format == "text"


def test_real_report_reads(real_report):
    src = read_source(str(real_report))
    assert src.encoding == "utf-8"
    assert src.format == "text"
    lines = src.text.split("\n")
    assert lines[2] == "重庆市涪陵区荔枝街道办事处2022年法治政府建设工作年度报告"
    assert "\u00a0" not in src.text and "\u3000" not in src.text
