"""Reliability (issue 19): special files, hostile names, interrupted and concurrent runs.

Every case ends in one line naming the file, exit code 2 (or a clean result), quickly; in a
batch the bad file is a row and the others are still checked. docs/reliability.md lists which
test holds which guarantee."""

from __future__ import annotations

import errno
import importlib.util
import json
import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import REPO
from conftest import run_cli as cli
from fzcheck.errors import FzcheckError, InputError
from fzcheck.fileio import atomic_write, read_regular
from fzcheck.terminal import printable

REPORT = "# 某区2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n审核规范性文件{n}件。\n"




def one_error_line(err: str, name: str) -> str:
    lines = err.strip().split("\n")
    assert len(lines) == 1, err
    assert name in lines[0] and "Traceback" not in err
    return lines[0]


def good(folder: Path, name: str = "good.md") -> Path:
    path = folder / name
    path.write_text(REPORT.format(n=3), encoding="utf-8")
    return path


# ---------------------------------------------------------------- 1. inputs: regular files only, bounded reads

def test_fifo_input_is_refused_without_blocking(capsys, tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)  # nobody ever writes to it: opening it for reading would wait forever
    code, _, err = cli(capsys, "validate", str(fifo), "--no-config")
    assert code == 2
    assert "命名管道" in one_error_line(err, "pipe.md")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_device_is_refused_not_read(capsys, device):
    if not os.path.exists(device):
        pytest.skip(f"{device} not available")
    code, _, err = cli(capsys, "validate", device, "--no-config", "--lang", "en")
    assert code == 2
    assert "a device" in one_error_line(err, device)


def test_socket_input_is_refused(capsys, tmp_path):
    path = tmp_path / "s.md"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
    except OSError as exc:  # a path too long for a socket on this system
        pytest.skip(str(exc))
    try:
        code, _, err = cli(capsys, "validate", str(path), "--no-config", "--lang", "en")
    finally:
        sock.close()
    assert code == 2 and "a socket" in one_error_line(err, "s.md")


def test_every_read_is_bounded_whatever_st_size_says(tmp_path):
    path = tmp_path / "r.md"
    path.write_bytes(b"x" * 5000)
    assert read_regular(str(path), 5000) == b"x" * 5000
    with pytest.raises(InputError) as exc:
        read_regular(str(path), 4999)
    assert exc.value.message_key == "err.too_big"
    # a file that grows after its size was checked is still cut at the cap
    grown = []
    real_fstat = os.fstat

    def fstat_then_grow(fd):
        st = real_fstat(fd)
        if not grown:
            grown.append(True)
            with path.open("ab") as fh:
                fh.write(b"y" * 10_000)
        return st

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "fstat", fstat_then_grow)
        with pytest.raises(InputError) as exc:
            read_regular(str(path), 6000)
    assert exc.value.message_key == "err.too_big_read"


def test_fifo_and_device_in_a_batch_are_rows_and_the_rest_is_checked(capsys, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    good(folder)
    os.mkfifo(folder / "pipe.md")
    (folder / "zero.md").symlink_to("/dev/zero")
    out = tmp_path / "t.json"
    code, _, err = cli(capsys, "batch", str(folder), "-j", "1", "-o", str(out), "--fail-on", "never")
    assert code == 0 and "Traceback" not in err
    rows = {Path(r["path"]).name: r for r in json.loads(out.read_text(encoding="utf-8"))["rows"]}
    assert rows["good.md"]["error"] is None and rows["good.md"]["statuses"]
    assert "命名管道" in rows["pipe.md"]["error"] and "设备" in rows["zero.md"]["error"]


def test_validate_goes_on_after_a_special_file(capsys, tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    code, out, err = cli(capsys, "validate", str(tmp_path / "pipe.md"), str(good(tmp_path)), "--no-config",
                         "-f", "json")
    assert code == 2
    assert [Path(r["path"]).name for r in json.loads(out)["reports"]] == ["good.md"]
    one_error_line(err, "pipe.md")


@pytest.mark.parametrize("option", ["--config", "--baseline"])
def test_fifo_as_config_or_baseline_is_refused_without_blocking(capsys, tmp_path, option):
    fifo = tmp_path / "side.yaml"
    os.mkfifo(fifo)
    code, _, err = cli(capsys, "validate", str(good(tmp_path)), option, str(fifo), "--lang", "en")
    assert code == 2 and "a FIFO" in one_error_line(err, "side.yaml")


# ---------------------------------------------------------------- 2. outputs: regular files only, atomic, unique

@pytest.mark.parametrize("command", [["init"], ["checklist", "doc", "national"], ["validate", "GOOD", "--no-config"],
                                     ["validate", "GOOD", "--no-config", "--write-baseline"]])
def test_every_writing_command_refuses_a_fifo(capsys, tmp_path, command):
    fifo = tmp_path / "out.txt"
    os.mkfifo(fifo)
    args = [str(good(tmp_path)) if a == "GOOD" else a for a in command]
    args += [str(fifo)] if args[-1] == "--write-baseline" else ["-o", str(fifo)]
    code, _, err = cli(capsys, *args, "--lang", "en") if command[0] != "init" else cli(capsys, *args)
    assert code == 2 and "out.txt" in err.strip().split("\n")[-1] and "Traceback" not in err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_fifo_as_output_is_refused_and_left_alone(capsys, tmp_path):
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    code, _, err = cli(capsys, "validate", str(good(tmp_path)), "--no-config", "-f", "json", "-o", str(fifo))
    assert code == 2 and "命名管道" in one_error_line(err, "out.json")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_device_as_output_is_refused_and_left_alone(capsys, tmp_path):
    """A character device made in the temporary directory (root only): the old rename replaced it."""
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError) as exc:
        pytest.skip(f"cannot make a device here: {exc}")
    for command in (["validate", str(good(tmp_path)), "--no-config", "-f", "json"],
                    ["batch", str(tmp_path / "good.md"), "-j", "1"]):
        name = "null.json" if command[0] == "batch" else "null"
        target = device if name == "null" else device.with_name(name)
        if name != "null":
            os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        code, _, err = cli(capsys, *command, "-o", str(target), "--lang", "en")
        assert code == 2 and "a device" in one_error_line(err, name), command
        assert stat.S_ISCHR(os.stat(target).st_mode)


def test_symlink_as_output_is_written_through_and_stays_a_link(capsys, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    code, _, _ = cli(capsys, "validate", str(good(tmp_path)), "--no-config", "-f", "json", "-o", str(link),
                     "--fail-on", "never")
    assert code == 0 and link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["reports"]
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "elsewhere" / "x.json")
    code, _, err = cli(capsys, "validate", str(tmp_path / "good.md"), "--no-config", "-f", "json", "-o",
                       str(dangling), "--lang", "en")
    assert code == 2 and "symbolic link to nothing" in one_error_line(err, "dangling.json")
    device = tmp_path / "null"  # a device of our own: never a link to the system's /dev/null
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError):
        return
    to_device = tmp_path / "to-device.json"
    to_device.symlink_to(device)
    code, _, err = cli(capsys, "validate", str(tmp_path / "good.md"), "--no-config", "-f", "json", "-o",
                       str(to_device), "--lang", "en")
    assert code == 2 and "a device" in one_error_line(err, "null")
    assert stat.S_ISCHR(os.stat(device).st_mode) and to_device.is_symlink()


@pytest.mark.parametrize(("make", "cause"), [
    (lambda d: d / "missing" / "o.json", "folder does not exist"),
    (lambda d: (d / "f").write_text("x") and d / "f" / "o.json", "not a folder"),
    (lambda d: d / ("n" * 300 + ".json"), "file name too long"),
])
def test_write_failures_name_the_real_cause(capsys, tmp_path, make, cause):
    target = make(tmp_path)
    code, _, err = cli(capsys, "validate", str(good(tmp_path)), "--no-config", "-f", "json", "-o", str(target),
                       "--lang", "en")
    assert code == 2
    line = one_error_line(err, target.name[:40])
    assert cause in line
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failed_write_keeps_the_previous_output_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "o.json"
    target.write_text("old", encoding="utf-8")

    def broken(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(FzcheckError) as exc:
        atomic_write(target, broken)
    assert "no space left" in exc.value.render("en")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.json"]


def test_eight_concurrent_writers_of_one_output_each_succeed(tmp_path):
    target = tmp_path / "o.json"
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        def write(tmp: Path) -> None:
            barrier.wait()  # all eight hold a temporary file at once
            tmp.write_text(json.dumps({"writer": n, "pad": "x" * 100_000}), encoding="utf-8")

        try:
            atomic_write(target, write)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    assert errors == []
    assert json.loads(target.read_text(encoding="utf-8"))["writer"] in range(8)  # one whole output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.json"]


def test_eight_concurrent_batches_write_one_output(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(3):
        (folder / f"r{n}.md").write_text(REPORT.format(n=n), encoding="utf-8")
    out = tmp_path / "out" / "t.json"
    out.parent.mkdir()
    procs = [subprocess.Popen([sys.executable, "-m", "fzcheck", "batch", str(folder), "-j", "1", "-o", str(out),
                               "--fail-on", "never"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(8)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 8, [e.decode() for _, e in results]
    assert len(json.loads(out.read_text(encoding="utf-8"))["rows"]) == 3
    assert [p.name for p in out.parent.iterdir()] == ["t.json"]


# ---------------------------------------------------------------- 4. names: one line, escaped; OSError is the file's

def test_printable_escapes_what_would_break_a_line():
    assert printable("报告　2023.md") == "报告\\u30002023.md"
    assert printable("a\nb\x1b[31m\u202e\ud800") == "a\\u000ab\\u001b[31m\\u202e\\ud800"
    assert printable("普通的名字 (1).docx") == "普通的名字 (1).docx"


def test_name_with_newline_and_escape_is_one_escaped_line(capsys, tmp_path):
    name = "r\nfzcheck: 伪造的一行\x1b[2J.md"
    path = tmp_path / name
    path.write_bytes(b"")
    code, _, err = cli(capsys, "validate", str(path), "--no-config")
    assert code == 2
    line = one_error_line(err, "伪造的一行")
    assert "\x1b" not in line and "\\u000a" in line and "\\u001b" in line


def test_name_with_undecodable_bytes_is_reported(capsys, tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/bad-\xff\xfe.md"
    try:
        with open(raw, "wb") as fh:
            fh.write(b"")
    except OSError as exc:
        pytest.skip(f"file system refuses the name: {exc}")
    code, _, err = cli(capsys, "validate", os.fsdecode(raw), "--no-config")
    assert code == 2 and "\\udcff" in one_error_line(err, "bad-")


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "markdown", "rich"])
def test_name_with_undecodable_bytes_reaches_every_output(capsys, tmp_path, fmt):
    raw = os.fsencode(str(tmp_path)) + b"/bad-\xff.md"
    try:
        with open(raw, "wb") as fh:
            fh.write(REPORT.format(n=1).encode("utf-8"))
    except OSError as exc:
        pytest.skip(f"file system refuses the name: {exc}")
    out = tmp_path / "out.txt"
    code, _, err = cli(capsys, "validate", os.fsdecode(raw), "--no-config", "-f", fmt, "-o", str(out),
                       "--fail-on", "never")
    assert code == 0 and err == ""
    text = out.read_text(encoding="utf-8")  # valid UTF-8: the bad byte replaced (or shown escaped)
    assert ("bad-\\udcff.md" if fmt == "rich" else "bad-\ufffd.md") in text


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx", ".html"])
def test_name_with_undecodable_bytes_in_a_batch(capsys, tmp_path, suffix):
    folder = tmp_path / "reports"
    folder.mkdir()
    good(folder, "ok.md")
    try:
        with open(os.fsencode(str(folder)) + b"/bad-\xff.md", "wb") as fh:
            fh.write(REPORT.format(n=1).encode("utf-8"))
    except OSError as exc:
        pytest.skip(f"file system refuses the name: {exc}")
    out = tmp_path / f"t{suffix}"
    code, _, err = cli(capsys, "batch", str(folder), "-j", "1", "-o", str(out), "--fail-on", "never")
    assert code == 0 and "Traceback" not in err and "内部错误" not in err
    if suffix == ".json":
        paths = [Path(r["path"]).name for r in json.loads(out.read_text(encoding="utf-8"))["rows"]]
        assert paths == ["bad-\ufffd.md", "ok.md"]


def test_300_character_name_is_that_files_error(capsys, tmp_path):
    long_name = str(tmp_path / ("长" * 100 + ".md"))  # 300 bytes in UTF-8: over NAME_MAX
    code, out, err = cli(capsys, "validate", long_name, str(good(tmp_path)), "--no-config", "-f", "json",
                         "--lang", "en")
    assert code == 2
    assert "file name too long" in one_error_line(err, "长" * 20)
    assert len(json.loads(out)["reports"]) == 1
    # in a batch: a row with its error (or, where a named file that cannot be found is a usage error, one line)
    code, out, err = cli(capsys, "batch", long_name, str(tmp_path / "good.md"), "-j", "1", "--fail-on", "never")
    assert "Traceback" not in err and "内部错误" not in err
    assert code == 0 or (code == 2 and "长" * 20 in err.strip().split("\n")[-1])


@pytest.mark.parametrize("args", [["validate", "GOOD", "--no-config", "-c", "LONG.yaml"],
                                  ["checklist", "show", "LONG.yaml"], ["validate", "GOOD", "--no-config", "-c",
                                                                        "LONG/c.yaml"]])
def test_an_oserror_no_reader_caught_is_still_one_line_naming_the_file(capsys, tmp_path, args):
    long_name = str(tmp_path / ("x" * 300))
    args = [str(good(tmp_path)) if a == "GOOD" else a.replace("LONG", long_name) for a in args]
    code, _, err = cli(capsys, *args, "--lang", "en")
    assert code == 2 and "file name too long" in one_error_line(err, "x" * 50)


@pytest.mark.parametrize("code_", [errno.EIO, errno.EACCES, errno.EOVERFLOW, errno.ESTALE])
def test_any_oserror_on_an_input_is_that_inputs_error(capsys, tmp_path, monkeypatch, code_):
    bad = tmp_path / "bad.md"
    bad.write_text(REPORT.format(n=1), encoding="utf-8")
    real_open = os.open

    def failing_open(path, *args, **kwargs):
        if str(path).endswith("bad.md"):
            raise OSError(code_, os.strerror(code_))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", failing_open)
    code, out, err = cli(capsys, "validate", str(bad), str(good(tmp_path)), "--no-config", "-f", "json")
    assert code == 2
    one_error_line(err, "bad.md")
    assert len(json.loads(out)["reports"]) == 1


def test_a_parent_that_is_a_file_is_not_found_for_an_input(capsys, tmp_path):
    (tmp_path / "f").write_text("x", encoding="utf-8")
    code, _, err = cli(capsys, "validate", str(tmp_path / "f" / "r.md"), "--no-config")
    assert code == 2 and "文件不存在" in one_error_line(err, "r.md")


# ---------------------------------------------------------------- 5. batch: Ctrl-C

def _sigint_script():
    spec = importlib.util.spec_from_file_location("sigint_batch", REPO / "scripts" / "sigint_batch.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
def test_ctrl_c_into_a_parallel_batch_exits_130_cleanly(tmp_path):
    """2,000 tiny reports, -j 8, SIGINT to the process group 0.7 s and 1.2 s in (a batch that
    takes 1-2 s on these machines: mid-run, and near the end). Two tries here (each
    waits at most 60 s instead of hanging); scripts/sigint_batch.py runs ten or more."""
    script = _sigint_script()
    folder = tmp_path / "reports"
    script.make_reports(folder, 2000)
    out = tmp_path / "out" / "t.json"
    out.parent.mkdir()
    for after in (0.7, 1.2):
        ok, desc = script.one_try(folder, out, jobs=8, after=after)
        assert ok, desc


_LATE_CTRL_C = """
import atexit, os, signal, sys, time

def late_ctrl_c():  # runs as the process exits, like a Ctrl-C in its last milliseconds
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.05)
    print("survived", file=sys.stderr)

atexit.register(late_ctrl_c)
sys.argv = ["fzcheck", *sys.argv[1:]]
from fzcheck.cli import main
main()
"""


def test_a_ctrl_c_while_the_process_exits_changes_nothing(tmp_path):
    """Python gives SIGINT its default action back while it finalizes: a Ctrl-C that late killed a
    finished batch (exit -2, seen in CI). The finished command ignores it and exits with its code."""
    report = good(tmp_path)
    proc = subprocess.run([sys.executable, "-c", _LATE_CTRL_C, "validate", str(report), "--no-config", "-f", "json"],
                          capture_output=True, text=True, encoding="utf-8", timeout=60, cwd=tmp_path)
    assert "Traceback" not in proc.stderr and "KeyboardInterrupt" not in proc.stderr
    assert proc.stderr.strip().endswith("survived")
    assert proc.returncode in (0, 1)


def test_a_ctrl_c_once_the_outputs_are_written_does_not_interrupt_the_batch():
    """What follows the written outputs (summary, clean-up) is not lost to a late Ctrl-C; the
    handler is back afterwards."""
    import os
    import signal

    from fzcheck.batch import delivered

    before = signal.getsignal(signal.SIGINT)
    with delivered():
        os.kill(os.getpid(), signal.SIGINT)  # ignored: no KeyboardInterrupt here
        finished = True
    assert finished and signal.getsignal(signal.SIGINT) is before


# ---------------------------------------------------------------- 3. hostile documents: numbers, decoders, work

def numbered_docx(path: Path, fmt: str, start: str, *, override: str | None = None, ilvl: str = "0") -> Path:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    over = (f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{override}"/></w:lvlOverride>'
            if override is not None else "")
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/>{over}</w:num>'))
    document.add_paragraph("某区2023年度法治政府建设情况报告")
    for text in ("主要举措和成效", "存在的不足"):
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'))
    document.save(str(path))
    return path


@pytest.mark.parametrize("fmt", ["upperRoman", "lowerRoman", "lowerLetter", "upperLetter", "decimalZero",
                                 "chineseCounting", "decimalFullWidth", "decimalEnclosedCircle"])
@pytest.mark.parametrize(("start", "override", "ilvl"), [
    ("999999999999", None, "0"), ("1", "999999999999", "0"), ("-999999999999", None, "0"),
    ("9" * 5000, None, "0"), ("1", None, "999999999999"),
])
def test_numbering_numbers_from_the_document_are_clamped(tmp_path, fmt, start, override, ilvl):
    from fzcheck.readers import read_source

    src = read_source(str(numbered_docx(tmp_path / "n.docx", fmt, start, override=override, ilvl=ilvl)))
    lines = src.text.split("\n")
    assert lines[0] == "某区2023年度法治政府建设情况报告"
    assert lines[1].endswith("主要举措和成效") and len(lines[1]) < 60


def test_number_formatters_never_loop_on_a_huge_number():
    from fzcheck.formats.docx import format_number

    for fmt in ("upperRoman", "lowerRoman", "lowerLetter", "upperLetter"):
        assert format_number(10**12, fmt) == str(10**12)
    assert format_number(3999, "upperRoman") == "MMMCMXCIX"
    assert format_number(780, "lowerLetter") == "z" * 30


def test_only_ascii_compatible_text_codecs_are_taken_from_a_page():
    from fzcheck.formats.html import text_codec

    assert [text_codec(n) for n in ("utf-8", "GBK", "big5", "latin-1")] == ["utf-8", "gbk", "big5", "iso8859-1"]
    for name in ("rot13", "undefined", "idna", "punycode", "utf-16", "utf-7", "unicode_escape", "raw_unicode_escape",
                 "base64", "cp500", "no-such", ""):
        assert text_codec(name) is None, name


@pytest.mark.parametrize("charset", ["rot13", "undefined", "base64", "hex_codec", "idna", "zlib", "no-such",
                                     "x-user-defined", "utf-16"])
def test_declared_charset_is_looked_up_safely(capsys, tmp_path, charset):
    page = tmp_path / "p.html"
    page.write_bytes(f'<html><head><meta charset="{charset}"><title>某区2023年度法治政府建设情况报告</title></head>'
                     '<body><p>'.encode() + "审核规范性文件3件，开展执法检查，落实行政执法三项制度。".encode("gb18030")
                     + b"\xff</p></body></html>")
    code, out, err = cli(capsys, "validate", str(page), str(good(tmp_path)), "--no-config", "-f", "json")
    assert "Traceback" not in err and "内部错误" not in err
    data = json.loads(out)
    assert {Path(r["path"]).name for r in data["reports"]} == {"p.html", "good.md"}  # the good file is reported
    assert code in (0, 1)


def test_million_paragraph_page_is_refused_in_seconds(capsys, tmp_path):
    page = tmp_path / "big.html"
    page.write_text("<html><body>" + "<p>a</p>" * 1_000_000 + "</body></html>", encoding="utf-8")
    code, _, err = cli(capsys, "validate", str(page), "--no-config", "--lang", "en")
    assert code == 2 and "too complex" in one_error_line(err, "big.html")


def test_page_with_many_elements_after_parsing_is_refused(capsys, tmp_path):
    from fzcheck.formats import MAX_ELEMENTS

    page = tmp_path / "mid.html"
    page.write_text("<html><body>" + "<p>a" * (MAX_ELEMENTS + 10) + "</body></html>", encoding="utf-8")
    code, _, err = cli(capsys, "validate", str(page), "--no-config", "--lang", "en")
    assert code == 2 and "too complex" in one_error_line(err, "mid.html")


def test_word_body_of_over_a_million_tags_is_refused_before_parsing(capsys, tmp_path):
    import random
    import zipfile

    base = tmp_path / "base.docx"
    numbered_docx(base, "decimal", "1")
    rnd = random.Random(1)
    body = "".join(f"<w:p><w:r><w:t>{rnd.randrange(10**9)}</w:t></w:r></w:p>" for _ in range(200_000))
    target = tmp_path / "big.docx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + body.encode(), 1)
            dst.writestr(info, data)
    code, _, err = cli(capsys, "validate", str(target), "--no-config", "--lang", "en")
    assert code == 2 and "too complex" in one_error_line(err, "big.docx")


def test_text_with_too_many_lines_is_refused(capsys, tmp_path):
    from fzcheck.formats import MAX_LINES

    path = tmp_path / "long.md"
    path.write_text("# 某区2023年度法治政府建设情况报告\n" + "一行。\n" * (MAX_LINES + 1), encoding="utf-8")
    code, _, err = cli(capsys, "validate", str(path), "--no-config", "--lang", "en")
    assert code == 2 and "too many paragraphs" in one_error_line(err, "long.md")


# ---------------------------------------------------------------- 7. configurations

CONFIG_VARIANTS = {
    "paths: [1]": ("overrides:\n  - paths: [1]\n    fail-on: never\n", 2, "overrides[0].paths[0]"),
    "disable: [1, {a: b}]": ("disable: [1, {a: b}]\n", 1, "disable[0]"),
    "disable: a string": ("disable: topic.digital\n", 1, "disable"),
    "overrides: mapping": ("overrides: {paths: [a]}\n", 1, "overrides"),
    "overrides: [1]": ("overrides: [1]\n", 1, "overrides[0]"),
    "checklist: empty": ('checklist: ""\n', 1, "checklist"),
    "checklist: number": ("checklist: 3\n", 1, "checklist"),
    "checklist: list": ("fail-on: error\nchecklist: [national]\n", 2, "checklist"),
    "fail-on: bad": ("fail-on: sometimes\n", 1, "fail-on"),
    "unknown key": ("lang: zh\nfail_on: error\n", 2, "fail_on"),
    "top level list": ("- a\n- b\n", 1, ""),
    "deep yaml": ("disable: " + "[" * 5000 + "]" * 5000 + "\n", 1, ""),
}


def _tree(tmp_path: Path, config_text: str, name: str = ".fzcheck.yaml") -> tuple[Path, Path]:
    """bad/ with the configuration and a report; ok/ with a good report and no configuration."""
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / name).write_text(config_text, encoding="utf-8")
    bad_report = good(tmp_path / "bad", "r.md")
    (tmp_path / "ok").mkdir()
    return bad_report, good(tmp_path / "ok", "r.md")


@pytest.mark.parametrize("variant", list(CONFIG_VARIANTS))
def test_bad_config_is_one_line_with_file_and_line_and_spares_the_rest(capsys, tmp_path, monkeypatch, variant):
    text, line, where = CONFIG_VARIANTS[variant]
    bad_report, ok_report = _tree(tmp_path, text)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "o.json"
    code, _, err = cli(capsys, "validate", str(bad_report), str(ok_report), "-f", "json", "-o", str(out))
    assert code == 2 and "Traceback" not in err and "内部错误" not in err
    lines = err.strip().split("\n")
    assert len(lines) == 2, err  # the configuration's error once, the report it governs once
    assert f".fzcheck.yaml:{line}" in lines[0] and where in lines[0]
    assert "bad/r.md" in lines[1]
    data = json.loads(out.read_text(encoding="utf-8"))  # the run's output is written
    assert [Path(r["path"]).parent.name for r in data["reports"]] == ["ok"]


def test_deeply_nested_pyproject_is_a_config_error(capsys, tmp_path, monkeypatch):
    text = "[tool.fzcheck]\ndisable = " + "[" * 5000 + "]" * 5000 + "\n"
    bad_report, ok_report = _tree(tmp_path, text, "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "validate", str(bad_report), str(ok_report), "-f", "json")
    assert code == 2 and "pyproject.toml:2" in err and "Traceback" not in err
    assert len(json.loads(out)["reports"]) == 1


@pytest.mark.parametrize(("name", "raw", "line"), [
    (".fzcheck.yaml", b"lang: zh\nfail-on: \xff\n", 2),  # not UTF-8
    (".fzcheck.yaml", b"lang: zh\nfail-on: [unclosed\n", 3),  # YAML syntax
    ("pyproject.toml", b"[tool.fzcheck]\nlang = zh\n", 2),  # TOML syntax
])
def test_unreadable_config_names_file_and_line(capsys, tmp_path, monkeypatch, name, raw, line):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / name).write_bytes(raw)
    bad_report = good(tmp_path / "bad", "r.md")
    (tmp_path / "ok").mkdir()
    ok_report = good(tmp_path / "ok", "r.md")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "validate", str(bad_report), str(ok_report), "-f", "json")
    assert code == 2 and f"{name}:{line}" in err.split("\n")[0] and "Traceback" not in err
    assert [Path(r["path"]).parent.name for r in json.loads(out)["reports"]] == ["ok"]


def test_pyproject_type_error_names_its_line(capsys, tmp_path, monkeypatch):
    text = '[project]\nname = "x"\n\n[tool.fzcheck]\nfail-on = "never"\ndisable = [1]\n'
    bad_report, _ = _tree(tmp_path, text, "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    code, _, err = cli(capsys, "validate", str(bad_report), "--lang", "en")
    assert code == 2 and "pyproject.toml [tool.fzcheck]:6: disable[0]: wrong type" in err


@pytest.mark.parametrize("value", ["../../outside/shadow", "../outside/shadow.yaml", "/etc/passwd",
                                   "sub/../../../outside/shadow.yaml"])
def test_config_checklist_path_is_confined_and_never_echoed(capsys, tmp_path, monkeypatch, value):
    secret = "id: SECRET-LINE-THAT-MUST-NOT-LEAK"
    (tmp_path / "outside").mkdir()
    for name in ("shadow", "shadow.yaml"):
        (tmp_path / "outside" / name).write_text(secret + "\n: : broken yaml\n", encoding="utf-8")
    tree = tmp_path / "tree" / "a"
    tree.mkdir(parents=True)
    (tree / ".fzcheck.yaml").write_text(f"checklist: {value}\n", encoding="utf-8")
    report = good(tree, "r.md")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "validate", str(report))
    assert code == 2 and "SECRET" not in out + err
    assert ".fzcheck.yaml:1: checklist" in err.split("\n")[0]


def test_config_checklist_inside_its_folder_still_works(capsys, tmp_path, monkeypatch):
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "mine.yaml").write_text("id: mine\nextends: township\n", encoding="utf-8")
    (tmp_path / ".fzcheck.yaml").write_text("checklist: lists/mine.yaml\n", encoding="utf-8")
    report = good(tmp_path, "r.md")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "validate", str(report), "-f", "json")
    assert code in (0, 1) and err == "" and json.loads(out)["reports"][0]["checklist"]["id"] == "mine"


def test_missing_config_checklist_is_named_by_the_config(capsys, tmp_path, monkeypatch):
    (tmp_path / ".fzcheck.yaml").write_text("fail-on: error\nchecklist: nothere.yaml\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = cli(capsys, "validate", str(good(tmp_path, "r.md")), "--lang", "en")
    assert code == 2 and ".fzcheck.yaml:2: checklist: the checklist file does not exist" in err


def test_config_in_a_fifo_or_too_long_path_does_not_stop_discovery(capsys, tmp_path, monkeypatch):
    os.mkfifo(tmp_path / ".fzcheck.yaml")  # not a regular file: not a configuration
    monkeypatch.chdir(tmp_path)
    code, _, err = cli(capsys, "validate", str(good(tmp_path, "r.md")), "--fail-on", "never")
    assert code == 0 and err == ""


# ---------------------------------------------------------------- 5. batch summary of a large checklist

def test_batch_summary_with_a_60_element_checklist(capsys, tmp_path):
    from fzcheck.checklist import load_checklist

    base = len(load_checklist("national").elements)
    extra = 60 - base
    elements = "".join(
        f"  - id: topic.extra-{i}\n    kind: topic\n    title: 附加要素{i}\n    severity: info\n"
        f"    basis: 测试\n    hint: 写明附加事项{i}。\n    match:\n      scope: [part.measures]\n"
        f"      any: [[附加事项{i}]]\n" for i in range(extra))
    checklist = tmp_path / "big.yaml"
    checklist.write_text("id: big\nextends: national\nelements:\n" + elements, encoding="utf-8")
    assert len(load_checklist(str(checklist)).elements) == 60
    folder = tmp_path / "reports"
    folder.mkdir()
    good(folder, "a.md")
    good(folder, "b.md")
    out = tmp_path / "t.json"
    code, stdout, err = cli(capsys, "batch", str(folder), "-c", str(checklist), "-j", "1", "-o", str(out),
                            "--matrix", "--fail-on", "never")
    assert code == 0 and "Traceback" not in err and "内部错误" not in err
    assert "另有 8 项要素未在矩阵中显示" in stdout
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    assert len(rows[0]["statuses"]) == 60  # the output file has every element


# ---------------------------------------------------------------- 3. hostile documents: work linear in the document

def _docx_with_body(path: Path, body_xml: str, styles_xml: str = "", lvl_text: str | None = None) -> Path:
    import io
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("x")
    buf = io.BytesIO()
    document.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                start = text.index("<w:body>") + len("<w:body>")
                end = text.index("<w:sectPr")
                data = (text[:start] + body_xml + text[end:]).encode("utf-8")
            elif info.filename == "word/styles.xml" and styles_xml:
                data = data.replace(b"</w:styles>", styles_xml.encode("utf-8") + b"</w:styles>")
            dst.writestr(info, data, compress_type=zipfile.ZIP_STORED)  # no ratio to mistake for a bomb
    return path


def test_paragraph_of_200000_runs_is_read_whole(tmp_path):
    from fzcheck.readers import read_source

    digits = [str(i % 7) for i in range(200_000)]
    body = "<w:p>" + "".join(f"<w:r><w:t>{d}</w:t></w:r>" for d in digits) + "</w:p>"
    src = read_source(str(_docx_with_body(tmp_path / "runs.docx", body)))
    assert src.text == "".join(digits) + "\n"  # joined once (appending to a growing string was quadratic)


def test_style_chain_of_5000_is_walked_once(tmp_path):
    from fzcheck.readers import read_source

    styles = "".join(f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="s{i}"/>'
                     f'<w:basedOn w:val="s{i + 1}"/></w:style>' for i in range(5000))
    styles += '<w:style w:type="paragraph" w:styleId="s5000"><w:name w:val="heading 1"/></w:style>'
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="s0"/></w:pPr><w:r><w:t>第{i}段</w:t></w:r></w:p>'
                   for i in range(3000))
    src = read_source(str(_docx_with_body(tmp_path / "styles.docx", body, styles)))
    lines = src.text.split("\n")
    assert lines[0] == "# 第0段" and lines[2999] == "# 第2999段"  # heading 1 found at the end of the chain


def test_level_text_of_a_megabyte_is_cut(tmp_path):
    from fzcheck.readers import read_source

    path = numbered_docx(tmp_path / "n.docx", "decimal", "1")
    import zipfile

    patched = tmp_path / "big.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/numbering.xml":
                data = data.replace(b'w:val="%1."', ('w:val="%1' + "、" * 300_000 + '"').encode("utf-8"))
            dst.writestr(info, data, compress_type=zipfile.ZIP_STORED)
    lines = read_source(str(patched)).text.split("\n")
    assert lines[1].startswith("1、") and len(lines[1]) < 300


def test_page_nested_2000_deep_with_many_paragraphs_is_linear(tmp_path):
    from fzcheck.readers import read_source

    line = "审核规范性文件{}件，开展执法检查，落实行政执法三项制度。"
    page = ("<html><body>" + "<div>" * 2000 + "".join(f"<p>{line.format(i)}</p>" for i in range(3000))
            + "</div>" * 2000 + "</body></html>")
    text = read_source(str(_write_text(tmp_path / "deep.html", page))).text.split("\n")
    assert text[0] == line.format(0) and text[-2] == line.format(2999)  # each line climbed 2,000 ancestors before


def _write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_worker_that_dies_loses_only_its_report(tmp_path, monkeypatch):
    """A reader that kills its process (a crash in a native library, the kernel's OOM killer) is that
    file's row; the pool is restarted and every other report is checked."""
    import fzcheck.batch as batch

    real = batch.check_one

    def dying(path: str, *args):
        if path.endswith("crash.md"):
            os._exit(70)  # the worker process dies: no exception, no result
        return real(path, *args)

    monkeypatch.setattr(batch, "check_one", dying)  # the forked workers inherit the patch
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(24):
        (folder / f"r{n:02d}.md").write_text(REPORT.format(n=n), encoding="utf-8")
    (folder / "r10-crash.md").write_text(REPORT.format(n=99), encoding="utf-8")
    result = batch.run_batch(batch.collect([str(folder)]), jobs=3)
    try:
        rows = {Path(r["path"]).name: r for r in result.rows()}
    finally:
        result.close()
    assert len(rows) == 25
    assert "r10-crash.md" in rows and rows["r10-crash.md"]["error"]
    assert all(r["error"] is None and r["statuses"] for name, r in rows.items() if name != "r10-crash.md")
