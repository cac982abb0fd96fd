"""fzcheck annotate: review comments written into a copy of the drafter's Word file."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from fzcheck.annotate import annotate_docx, annotate_file, default_output
from fzcheck.api import check_file
from fzcheck.errors import InputError
from fzcheck.formats.docx import body_paragraphs
from test_formats import REAL_TITLE, SAMPLE, make_docx, real_docx


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def comments_by_paragraph(path: Path) -> dict[int, list[str]]:
    """Paragraph number (as fzcheck counts them) → texts of the comments anchored there."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    texts = {c.comment_id: c.text for c in document.comments}
    for c in document.comments:
        assert c.author == "fzcheck"
    out: dict[int, list[str]] = {}
    for number, p in enumerate(body_paragraphs(document.element.body), start=1):
        for start in p.iter(qn("w:commentRangeStart")):
            out.setdefault(number, []).append(texts[int(start.get(qn("w:id")))])
    return out


def test_annotate_real_report(tmp_path, real_report):
    src = real_docx(real_report, tmp_path / "report.docx")
    before = digest(src)
    report = check_file(str(src))
    dst = tmp_path / "report.reviewed.docx"
    count = annotate_docx(str(src), str(dst), report)
    assert digest(src) == before  # the drafter's file is untouched

    placed = comments_by_paragraph(dst)
    assert count == sum(len(v) for v in placed.values())
    findings = [r for r in report.results if r.is_finding]
    assert findings and all(r.status != "met" for r in findings)
    texts = [t for v in placed.values() for t in v]
    # the summary on the title (not on the 「部 门」 chrome above it): the verdict, the score, each
    # missing element
    title = report.document.location(report.document.title_line)
    assert title > 1
    summary = placed[title][-1]
    assert summary.startswith("结论：不通过") and "得分" in summary
    for r in findings:
        if r.status == "missing":
            assert r.element.id in summary and r.element.title in summary
    # every finding has a comment of its own, naming element, rule and remedy
    for r in findings:
        own = [t for t in texts if f"（{r.element.id}，" in t and t is not summary]
        assert own, r.element.id
        assert r.element.title in own[0] and "应补充" in own[0]
    # the missing 第一责任人 part is commented where it belongs: on the last paragraph of 二、存在的不足和原因
    doc = report.document
    shortcomings = next(r for r in report.results if r.element.id == "part.shortcomings")
    assert shortcomings.section is not None
    at = doc.location(shortcomings.section[1])
    assert any("part.first-responsible" in t and "之后" in t for t in placed[at])
    # met elements get nothing
    met = {r.element.id for r in report.results if r.status == "met"}
    for t in texts:
        for eid in met:
            assert f"（{eid}，" not in t or t is summary
    # the outdated term is commented where it stands
    term = next(r for r in findings if r.element.id == "doc.terminology")
    line = next(n.line for n in term.notes if n.line)
    assert any("新冠肺炎" in t for t in placed[report.document.location(line)])


def test_partial_part_commented_at_its_heading(tmp_path):
    paragraphs = [SAMPLE[0], SAMPLE[1], SAMPLE[2], SAMPLE[3], SAMPLE[4], "二、存在的不足", "部分执法人员能力不足。",
                  SAMPLE[7], SAMPLE[8]]
    src = make_docx(tmp_path / "r.docx", paragraphs)
    report = check_file(str(src))
    result = next(r for r in report.results if r.element.id == "part.shortcomings")
    assert result.status == "partial"  # problems listed, no 原因
    dst = tmp_path / "out.docx"
    annotate_docx(str(src), str(dst), report)
    placed = comments_by_paragraph(dst)
    where = [n for n, texts in placed.items() if any("part.shortcomings" in t for t in texts)]
    assert where and all(paragraphs[n - 1].startswith(("二、", "部分")) for n in where)


def test_english_comments(tmp_path):
    src = make_docx(tmp_path / "r.docx", SAMPLE)
    dst = tmp_path / "out.docx"
    annotate_docx(str(src), str(dst), check_file(str(src)), lang="en")
    texts = [t for v in comments_by_paragraph(dst).values() for t in v]
    assert any(t.startswith("Verdict: fail") and "fzcheck: score" in t for t in texts)
    assert any("To do:" in t for t in texts)


def test_annotate_never_overwrites_the_source(tmp_path):
    src = make_docx(tmp_path / "r.docx", SAMPLE)
    before = digest(src)
    report = check_file(str(src))
    with pytest.raises(InputError) as exc:
        annotate_docx(str(src), str(src), report)
    assert exc.value.message_key == "err.annotate_same_file"
    link = tmp_path / "link.docx"
    link.symlink_to(src)
    with pytest.raises(InputError):
        annotate_docx(str(src), str(link), report)
    with pytest.raises(InputError):
        annotate_docx(str(src), str(tmp_path / "." / "r.docx"), report)
    assert digest(src) == before


def test_annotate_only_word_files(tmp_path):
    md = tmp_path / "r.md"
    md.write_text("\n".join(SAMPLE), encoding="utf-8")
    with pytest.raises(InputError) as exc:
        annotate_docx(str(md), str(tmp_path / "out.docx"), check_file(str(md)))
    assert exc.value.message_key == "err.annotate_not_docx"


def test_annotate_file_default_output(tmp_path):
    src = make_docx(tmp_path / "report.docx", [REAL_TITLE, *SAMPLE[1:]])
    assert default_output(str(src)) == str(tmp_path / "report.reviewed.docx")
    count = annotate_file(str(src))
    assert count >= 1 and (tmp_path / "report.reviewed.docx").is_file()


def test_paragraph_without_direct_runs_still_gets_its_comment(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    for text in SAMPLE:
        document.add_paragraph(text)
    # the shortcomings text lives inside a tracked insertion: no w:r directly under the w:p
    p = document.paragraphs[6]
    for r in list(p._p.r_lst):
        p._p.remove(r)
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="9" w:author="a"><w:r><w:t>{SAMPLE[6]}</w:t></w:r></w:ins>'))
    src = tmp_path / "r.docx"
    document.save(str(src))
    dst = tmp_path / "out.docx"
    count = annotate_docx(str(src), str(dst), check_file(str(src)))
    assert count == sum(len(v) for v in comments_by_paragraph(dst).values())


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_annotated_file(tmp_path, real_report):
    src = real_docx(real_report, tmp_path / "report.docx")
    dst = tmp_path / "reviewed.docx"
    annotate_docx(str(src), str(dst), check_file(str(src)))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(dst)], check=True, capture_output=True, timeout=180)
    assert (tmp_path / "reviewed.pdf").stat().st_size > 1000


def test_annotate_command_writes_a_reviewed_copy(tmp_path, capsys):
    """`fzcheck annotate report.docx` writes report.reviewed.docx beside it; the original is untouched."""
    import docx as _docx

    from fzcheck.cli import main

    src = tmp_path / "draft.docx"
    d = _docx.Document()
    d.add_paragraph("某某街道2023年度法治政府建设情况报告")
    d.add_paragraph("一、2023年度推进法治政府建设的主要举措和成效")
    d.add_paragraph("全年主动公开政府信息326条，办理依申请公开12件。")
    d.save(str(src))
    before = src.read_bytes()
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(src)])
    assert exc.value.code == 1  # like validate: findings at or above --fail-on (error)
    reviewed = tmp_path / "draft.reviewed.docx"
    assert reviewed.is_file() and src.read_bytes() == before
    comments = list(_docx.Document(str(reviewed)).comments)
    assert comments and any("part.first-responsible" in c.text for c in comments)
    assert "draft.reviewed.docx" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(src), "-o", str(src)])
    assert exc.value.code == 2 and src.read_bytes() == before
