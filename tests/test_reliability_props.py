"""Property tests for issue 19: any file name, any configuration, any numbering or declared charset
ends in a result or in one escaped line per problem naming the file, exit code 2, never a traceback.

Short runs by default; FZCHECK_FUZZ=1 runs long ones (conftest's profiles)."""

from __future__ import annotations

import contextlib
import json
import os

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import run_cli as cli
from fzcheck.config import ConfigError, find_config, resolve

REPORT = "# 某区2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n审核规范性文件3件。\n"
_FIXTURE_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]  # each example makes its own dir
# examples that run the CLI twice: fewer by default, the fuzz profile's number with FZCHECK_FUZZ=1
_FEW = settings.default.max_examples if os.environ.get("FZCHECK_FUZZ") else 20




def assert_clean_lines(err: str) -> None:
    """Every stderr line is one of ours, printable (escaped), and no traceback."""
    assert "Traceback" not in err and "内部错误" not in err and "internal error" not in err
    for line in err.split("\n")[:-1] if err.endswith("\n") else err.split("\n"):
        if line:
            assert line.startswith("fzcheck: ") or line.startswith("已写入") or "基线" in line, line
            assert line.isprintable(), repr(line)


# ---------------------------------------------------------------- names

_name_chars = st.one_of(st.characters(blacklist_characters="/\x00", blacklist_categories=()),
                        st.sampled_from(list("\n\r\t\x1b\x07\u202e\u2028\u3000 .-~$[]*?{}")))
_names = st.text(alphabet=_name_chars, min_size=1, max_size=120).filter(lambda n: n not in (".", ".."))


@settings(suppress_health_check=_FIXTURE_OK, max_examples=_FEW)
@given(name=_names, exists=st.booleans(), long_prefix=st.integers(0, 3))
@example(name="r\nfzcheck: 伪造\x1b[2J.md", exists=True, long_prefix=0)
@example(name="长" * 100 + ".md", exists=False, long_prefix=0)
def test_any_file_name_gives_a_result_or_one_escaped_line(capsys, tmp_path_factory, name, exists, long_prefix):
    folder = tmp_path_factory.mktemp("names")
    name = "长" * 100 * long_prefix + name  # past NAME_MAX as often as not
    path = folder / name
    if exists:
        try:
            path.write_text(REPORT, encoding="utf-8")
        except (OSError, UnicodeEncodeError):
            exists = False
    other = folder / "ok.md"
    other.write_text(REPORT, encoding="utf-8")
    code, out, err = cli(capsys, "validate", str(path), str(other), "--no-config", "-f", "json")
    assert_clean_lines(err)
    data = json.loads(out)
    assert str(other) in [r["path"] for r in data["reports"]]  # the other file is always checked
    if code == 2:
        assert len(err.strip().split("\n")) == len(data["errors"])
    code, out, err = cli(capsys, "batch", str(path), str(other), "-j", "1", "--fail-on", "never")
    assert code in (0, 2) and "Traceback" not in err
    assert_clean_lines(err)


# ---------------------------------------------------------------- configurations

_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**12), st.text(max_size=12),
                     st.sampled_from(["national", "township", "error", "never", "zh", "en", "", "../x.yaml",
                                      "sub/c.yaml", "/etc/passwd", "*", "topic.digital"]))
_keys = st.sampled_from(["checklist", "fail-on", "lang", "disable", "overrides", "paths", "fail_on", "x"])
_values = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(_keys, inner, max_size=4)), max_leaves=12)
_configs = st.dictionaries(_keys, _values, max_size=5)


@settings(suppress_health_check=_FIXTURE_OK)
@given(data=_configs)
@example(data={"overrides": [{"paths": [1]}]})
@example(data={"disable": [1, {"a": "b"}]})
@example(data={"checklist": ""})
@example(data={"checklist": "../../outside/shadow"})
def test_any_configuration_resolves_or_is_one_config_error(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("cfg")
    config = folder / ".fzcheck.yaml"
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    report = folder / "r.md"
    report.write_text(REPORT, encoding="utf-8")
    try:
        settings_ = resolve(str(report), {})
    except ConfigError as exc:
        line = exc.render("en")
        assert str(config) in line and "\n" not in line
        return
    assert isinstance(settings_.checklist, str) and settings_.checklist
    assert all(isinstance(i, str) for i in settings_.disable)
    assert settings_.fail_on in ("error", "warning", "info", "never") and settings_.lang in ("zh", "en")


_toml_tokens = st.sampled_from(["[tool.fzcheck]\n", "[[tool.fzcheck.overrides]]\n", "[tool]\n", 'checklist = "x"\n',
                                "disable = [1]\n", 'paths = ["a/*"]\n', "fail-on = 3\n", "lang = 'zh'\n",
                                "[[[[[[", "]]]]]]", "{a = {b = {c = 1}}}", "x = ", "\n", '"', "=", "fzcheck = 1\n"])


@settings(suppress_health_check=_FIXTURE_OK)
@given(parts=st.lists(_toml_tokens, max_size=12))
def test_any_pyproject_is_found_or_one_config_error(tmp_path_factory, parts):
    folder = tmp_path_factory.mktemp("toml")
    (folder / "pyproject.toml").write_text("".join(parts), encoding="utf-8")
    try:
        find_config(folder)
    except ConfigError as exc:
        line = exc.render("zh")
        assert "pyproject.toml" in line and "\n" not in line


@settings(suppress_health_check=_FIXTURE_OK, max_examples=_FEW)
@given(text=st.text(max_size=300))
def test_any_config_text_in_a_run_spares_the_other_folder(capsys, tmp_path_factory, monkeypatch, text):
    root = tmp_path_factory.mktemp("run")
    (root / "a").mkdir()
    (root / "b").mkdir()
    (root / "a" / ".fzcheck.yaml").write_text(text, encoding="utf-8")
    (root / "a" / "r.md").write_text(REPORT, encoding="utf-8")
    (root / "b" / "r.md").write_text(REPORT, encoding="utf-8")
    monkeypatch.chdir(root)
    code, out, err = cli(capsys, "validate", "a/r.md", "b/r.md", "-f", "json")
    assert code in (0, 1, 2)
    assert_clean_lines(err)
    assert "b/r.md" in [r["path"] for r in json.loads(out)["reports"]]


# ---------------------------------------------------------------- documents

@settings(suppress_health_check=_FIXTURE_OK, max_examples=_FEW)
@given(fmt=st.sampled_from(["upperRoman", "lowerRoman", "lowerLetter", "upperLetter", "decimal", "decimalZero",
                            "chineseCounting", "chineseLegalSimplified", "ideographTraditional",
                            "decimalEnclosedCircle", "decimalFullWidth", "bullet", "weird"]),
       start=st.one_of(st.integers(-10**15, 10**15), st.text(alphabet="0123456789-+ x", max_size=30)),
       ilvl=st.one_of(st.integers(-10**12, 10**12), st.just("x")))
def test_any_numbering_reads_in_bounded_time(tmp_path_factory, fmt, start, ilvl):
    from fzcheck.readers import read_source
    from test_reliability import numbered_docx

    path = numbered_docx(tmp_path_factory.mktemp("num") / "n.docx", fmt, str(start), ilvl=str(ilvl))
    text = read_source(str(path)).text
    assert max(len(line) for line in text.split("\n")) < 200


@settings(suppress_health_check=_FIXTURE_OK)
@given(charset=st.one_of(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-.:", max_size=20),
                         st.sampled_from(["rot13", "undefined", "idna", "base64", "zlib", "utf-16", "utf-32",
                                          "punycode", "unicode_escape", "raw_unicode_escape", "uu", "bz2"])),
       body=st.binary(max_size=200))
def test_any_declared_charset_decodes_or_falls_back(charset, body):
    from fzcheck.errors import InputError
    from fzcheck.formats.html import read_html

    data = f'<html><head><meta charset="{charset}"></head><body><p>'.encode() + body + b"</p></body></html>"
    with contextlib.suppress(InputError):  # a clean refusal is fine; anything else fails the test
        read_html(data, "p.html")



_magic = st.sampled_from([b"", b"PK\x03\x04", b"%PDF-1.7\n", b"<html><meta charset=rot13>", b"\xd0\xcf\x11\xe0",
                          b"\xef\xbb\xbf", b"\xff\xfe", b"<?xml version='1.0' encoding='undefined'?><html>"])


@settings(suppress_health_check=_FIXTURE_OK)
@given(head=_magic, body=st.binary(max_size=2000),
       suffix=st.sampled_from([".md", ".txt", ".docx", ".html", ".pdf", ""]))
def test_any_bytes_under_any_name_read_or_fail_as_input_errors(tmp_path_factory, head, body, suffix):
    from fzcheck.api import load_document
    from fzcheck.errors import InputError

    path = tmp_path_factory.mktemp("bytes") / f"r{suffix}"
    path.write_bytes(head + body)
    with contextlib.suppress(InputError):  # anything else (a reader's own exception) fails the test
        load_document(str(path))
