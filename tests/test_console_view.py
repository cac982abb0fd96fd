"""What a drafter sees in the terminal: gaps first, where a missing part belongs, the verdict last,
and lines that never break a number, a reference or an id (60, 80 and 120 columns, zh and en)."""

from __future__ import annotations

import itertools
import re

import pytest
from rich.cells import cell_len
from rich.text import Text

from fzcheck.cli import main
from fzcheck.render.wrap import CLOSING, OPENING, wrap

# things that must stay on one line; matched in the text with the line breaks taken out
ATOMS = re.compile(
    r"第 ?\d+ ?[行段页]|(?:line|paragraph|page) ?\d+|[\u4e00-\u9fff]{0,2}〔\d{4}〕\d*号?"
    r"|\b(?:part|topic|doc)\.[a-z][a-z\-.]*[a-z]|\d{4}-\d{2}-\d{2}|\d+\.\d+|\d+%"
)


def terminal(capsys, monkeypatch, width: int, *args: str) -> tuple[int, list[str]]:
    monkeypatch.setenv("COLUMNS", str(width))
    with pytest.raises(SystemExit) as exc:
        main(["validate", *args])
    out = capsys.readouterr().out
    return int(exc.value.code or 0), out.rstrip("\n").split("\n")


def atoms(lines: list[str]) -> list[str]:
    return [a for line in lines if not line.startswith("✔ ") for a in ATOMS.findall(line)]


def last_block(lines: list[str]) -> str:
    """The last line that is not indented, with its continuation lines."""
    start = max(i for i, line in enumerate(lines) if not line.startswith(" "))
    return unwrap(lines[start:])


def unwrap(lines: list[str]) -> str:
    """The text as written before it was wrapped: continuation lines joined to the line above."""
    return "".join(line.lstrip(" ") for line in lines)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [60, 80, 120])
def test_real_report_in_the_terminal(capsys, monkeypatch, real_report, width, lang):
    code, lines = terminal(capsys, monkeypatch, width, str(real_report), "--lang", lang)
    assert code == 1
    assert all(cell_len(line) <= width for line in lines), max(lines, key=cell_len)

    # the gaps come first, the missing 第一责任人 part at their head with the place it belongs
    heading = "需要补充" if lang == "zh" else "To add or improve"
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    first_block = [lines[start + 1]]
    for line in lines[start + 2:]:
        if not line.startswith(" "):
            break
        first_block.append(line)
    block = unwrap(first_block)
    assert "part.first-responsible" in block
    where = "应在 二、存在的不足和原因（第 39 行）之后、三、2023年度" if lang == "zh" else \
        "belongs after 二、存在的不足和原因 (line 39) and before 三、2023年度"
    assert where.replace(" ", "") in block.replace(" ", "")
    # severity only where something is wrong: no met row names one
    severities = ("错误", "警告", "提示") if lang == "zh" else ("error", "warning", "info")
    for line in lines:
        if line.startswith("✔ "):
            assert not any(f"  {s}  " in line for s in severities), line
    # the verdict ends the output
    assert last_block(lines).startswith("结论：不通过" if lang == "zh" else "Verdict: fail")
    # the missing parts are listed before every met row
    met_rows = [i for i, line in enumerate(lines) if line.startswith("✔ ")]
    missing_rows = [i for i, line in enumerate(lines) if line.startswith("✘ ")]
    assert missing_rows and met_rows and max(missing_rows) < min(met_rows)

    # wrapping: nothing that must stay whole is split across lines
    # (the same output on a terminal wide enough for every line holds the same pieces; the met
    # rows, shortened to one line each, are left out)
    _, wide = terminal(capsys, monkeypatch, 1000, str(real_report), "--lang", lang)
    body = lines[1:]  # the path line may be folded when it is longer than the terminal
    assert sorted(atoms(wide[1:])) == sorted(atoms(body))
    for above, below in itertools.pairwise(body):
        below = below.lstrip(" ")
        if not below:
            continue
        assert below[0] not in CLOSING, (above, below)
        assert not (above and above[-1] in OPENING), (above, below)
        assert not (above[-1:].isdigit() and below[0].isdigit()), (above, below)
    if lang == "en":
        assert "Add: Add" not in unwrap(lines)


def test_all_lists_every_element_in_checklist_order(capsys, monkeypatch, real_report):
    from fzcheck.api import check_file

    _, lines = terminal(capsys, monkeypatch, 100, str(real_report), "--all")
    ids = [m.group(0) for line in lines for m in re.finditer(r"\b(?:part|topic|doc)\.[a-z][a-z\-]*[a-z]", line)]
    expected = [r.element.id for r in check_file(str(real_report)).results]
    assert ids == expected
    assert last_block(lines).startswith("结论：不通过")


def test_fail_on_never_keeps_the_exit_code_not_the_verdict(capsys, monkeypatch, real_report):
    """The real report lacks a required part: never makes the exit code 0, the verdict stays 不通过."""
    code, lines = terminal(capsys, monkeypatch, 80, str(real_report), "--fail-on", "never")
    assert code == 0 and last_block(lines).startswith("结论：不通过")


def test_wrap_keeps_references_and_punctuation_in_place():
    text = Text("依据：《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号），见第 17 行。共 3 项")
    for width in range(24, 60):
        lines = wrap(text, width).plain.split("\n")
        assert all(cell_len(line) <= width for line in lines)
        joined = "".join(lines)
        assert "".join(joined.split()) == "".join(text.plain.split())
        assert any("厅字〔2019〕28号" in line for line in lines)
        assert any("第 17 行" in line for line in lines)
        assert any("3 项" in line for line in lines)
        assert not any(line[:1] in CLOSING for line in lines[1:])


def test_wrap_never_splits_an_english_word_or_an_id():
    text = Text("To do: Add a part on how the principal leaders performed their duty (part.first-responsible).")
    words = set(text.plain.split())
    for width in range(30, 60):
        lines = wrap(text, width, 4).plain.split("\n")
        assert all(cell_len(line) <= width for line in lines)
        assert all(w in words for line in lines for w in line.split()), lines


def test_a_missing_last_part_belongs_after_the_text_not_after_the_page_chrome(real_report):
    from fzcheck.api import check_file
    from fzcheck.render.view import result_view

    report = check_file(str(real_report))
    other = next(g for g in result_view(report, "zh").gaps if g.result.element.id == "part.other")
    doc = report.document
    last = doc.paragraphs[-1]
    assert last.kind == "chrome" and other.line is not None and other.line < last.line
    at = next(p for p in doc.paragraphs if p.line <= other.line <= p.end_line)
    assert at.kind == "body" and at.text.startswith("三是加强规范审查")


def test_word_locations_name_the_heading_they_stand_under(capsys, monkeypatch, tmp_path, real_report):
    from test_formats import real_docx

    src = real_docx(real_report, tmp_path / "report.docx")
    _, lines = terminal(capsys, monkeypatch, 100, str(src))
    text = unwrap(lines)
    # the outdated term in (七)矛盾纠纷化解情况, by Word paragraph and the heading above it
    assert re.search(r"第 \d+ 段（[（(]七[）)]矛盾纠纷化解情况 之下）：「新冠肺炎」", text), text
    assert "第 37 行" not in text
