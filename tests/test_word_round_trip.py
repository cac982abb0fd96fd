"""The drafter's round trip in Word: skeleton → draft → comments → revised draft → comments again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli as run
from fzcheck.formats.docx import body_paragraphs

FILLED = {
    "topic.transparency": "全年主动公开政府信息326条，办理依申请公开12件，按时办结率100%。",
    "topic.xi-thought": "街道党工委理论学习中心组开展习近平法治思想专题学习6次，举办专题培训2场，参训干部120人次。",
}




def comments(path: Path) -> list[tuple[str, str, int]]:
    """(author, text, paragraph number of its anchor) for every comment in the file."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    by_id = {c.comment_id: c for c in document.comments}
    out = []
    for number, p in enumerate(body_paragraphs(document.element.body), start=1):
        for start in p.iter(qn("w:commentRangeStart")):
            c = by_id[int(start.get(qn("w:id")))]
            out.append((c.author, c.text, number))
    assert len(out) == len(by_id)  # every comment is anchored, none left dangling
    return out


def anchored_text(path: Path, comment_text: str) -> str:
    """The words between a comment's range start and end."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    cid = next(c.comment_id for c in document.comments if c.text == comment_text)
    words, inside = [], False
    for el in document.element.body.iter():
        if el.tag == qn("w:commentRangeStart") and el.get(qn("w:id")) == str(cid):
            inside = True
        elif el.tag == qn("w:commentRangeEnd") and el.get(qn("w:id")) == str(cid):
            break
        elif inside and el.tag == qn("w:t"):
            words.append(el.text or "")
    return "".join(words)


def test_skeleton_draft_comments_and_a_second_round(capsys, tmp_path):
    import docx

    skeleton = tmp_path / "report.docx"
    code, _, err = run(capsys, "init", "--format", "docx", "-o", str(skeleton), "--unit", "某某街道办事处",
                       "--year", "2023")
    assert code == 0 and "report.docx" in err
    document = docx.Document(str(skeleton))
    styles = [p.style.name for p in document.paragraphs]
    assert styles[0] == "Title" and styles.count("Heading 1") == 5 and "Heading 2" in styles
    prompts = [p for p in document.paragraphs if p.text.startswith("（请填写：")]
    assert len(prompts) >= 20

    # the drafter fills two topics, and deletes the 第一责任人 part (its heading and its prompt)
    from fzcheck.checklist import load_checklist

    cl = load_checklist("national")
    for eid, text in FILLED.items():
        hint = cl.get(eid).hint  # type: ignore[union-attr]
        p = next(p for p in document.paragraphs if p.text == f"（请填写：{hint}）")
        for r in p.runs[1:]:
            r._r.getparent().remove(r._r)
        p.runs[0].text = text
    heading = next(p for p in document.paragraphs if "第一责任人" in p.text and p.style.name == "Heading 1")
    prompt = heading._p.getnext()
    for el in (heading._p, prompt):
        el.getparent().remove(el)
    draft = tmp_path / "draft.docx"
    document.save(str(draft))

    code, out, _ = run(capsys, "validate", str(draft), "-f", "json", "--no-config")
    assert code == 1
    status = {e["id"]: e["status"] for e in json.loads(out)["reports"][0]["elements"]}
    assert status["topic.transparency"] == status["topic.xi-thought"] == "met"
    assert status["part.first-responsible"] == "missing"
    unfilled = [eid for eid in status if eid.startswith("topic.") and eid not in FILLED]
    assert unfilled and all(status[eid] != "met" for eid in unfilled)

    # first round
    code, _, _ = run(capsys, "annotate", str(draft))
    assert code == 1
    reviewed = tmp_path / "draft.reviewed.docx"
    first = comments(reviewed)
    assert first and all(author == "fzcheck" for author, _, _ in first)
    paragraphs = [p.text for p in docx.Document(str(reviewed)).paragraphs]
    # the missing part: its own comment on the last paragraph of 二、存在的不足和原因, just before 四、
    missing = next((text, n) for _, text, n in first if text.startswith("【✘ 缺失】党政主要负责人"))
    assert "应在 二、存在的不足和原因" in missing[0]
    assert paragraphs[missing[1] - 2].startswith("二、存在的不足和原因")
    assert paragraphs[missing[1]].startswith("四、2024年度")
    # an unfilled topic: on its own prompt, the words themselves
    officials = next(text for _, text, _ in first if text.startswith("【") and "topic.officials-study" in text)
    assert anchored_text(reviewed, officials).startswith("（请填写：写明会前学法")

    # the drafter replies with a comment of their own and fixes nothing else
    document = docx.Document(str(reviewed))
    target = next(p for p in document.paragraphs if p.text.startswith("全年主动公开"))
    document.add_comment(target.runs, text="已核对数据。", author="起草人", initials="QC")
    document.save(str(reviewed))

    # second round, on the reviewed copy: no overwrite without --force, no .reviewed.reviewed.docx
    code, _, err = run(capsys, "annotate", str(reviewed))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--force" in err
    code, _, _ = run(capsys, "annotate", str(reviewed), "--force")
    assert code == 1
    assert not (tmp_path / "draft.reviewed.reviewed.docx").exists()
    second = comments(reviewed)
    ours = [(text, n) for author, text, n in second if author == "fzcheck"]
    assert sorted(ours) == sorted((text, n) for _, text, n in first)  # one set, in the same places
    assert [(a, t) for a, t, _ in second if a != "fzcheck"] == [("起草人", "已核对数据。")]

    # the first copy is never overwritten silently either
    code, _, err = run(capsys, "annotate", str(draft))
    assert code == 2 and "draft.reviewed.docx" in err
    # the exit code follows --fail-on, as validate's does
    code, _, _ = run(capsys, "annotate", str(draft), "-o", str(tmp_path / "other.docx"), "--fail-on", "never")
    assert code == 0 and (tmp_path / "other.docx").is_file()


def test_init_refuses_a_docx_named_md(capsys, tmp_path):
    code, _, err = run(capsys, "init", "--format", "docx", "-o", str(tmp_path / "x.md"))
    assert code == 2 and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(("signed", "status"), [("2024年3月20日", "met"), ("2024年4月20日", "failed")])
def test_the_signed_date_of_a_word_report_feeds_the_deadline(capsys, tmp_path, signed, status):
    import docx

    path = tmp_path / "report.docx"
    run(capsys, "init", "-o", str(path), "--unit", "某某街道办事处", "--year", "2023")
    document = docx.Document(str(path))
    sign = next(p for p in document.paragraphs if p.text == "2024年3月  日")
    sign.runs[0].text = signed
    document.save(str(path))
    _, out, _ = run(capsys, "validate", str(path), "-f", "json", "--no-config")
    report = json.loads(out)["reports"][0]
    assert report["document"]["published"] is None
    deadline = next(e for e in report["elements"] if e["id"] == "doc.deadline")
    assert deadline["status"] == status
    notes = " ".join(n["message"] for n in deadline["notes"])
    assert "落款日期" in notes and "实际发布日期可能晚于落款日期" in notes
    # a text report is judged by its publication date only: no date, no verdict
    text = tmp_path / "report.md"
    text.write_text("\n\n".join(p.text for p in document.paragraphs), encoding="utf-8")
    _, out, _ = run(capsys, "validate", str(text), "-f", "json", "--no-config")
    deadline = next(e for e in json.loads(out)["reports"][0]["elements"] if e["id"] == "doc.deadline")
    assert deadline["status"] == "skipped"


def test_comments_sit_on_the_words_they_are_about(capsys, tmp_path, real_report):
    import docx

    from test_formats import real_docx

    src = real_docx(real_report, tmp_path / "report.docx")
    before = [p.text for p in docx.Document(str(src)).paragraphs]
    code, _, _ = run(capsys, "annotate", str(src))
    assert code == 1
    dst = tmp_path / "report.reviewed.docx"
    placed = comments(dst)
    term = next(text for _, text, _ in placed if "doc.terminology" in text)
    assert anchored_text(dst, term) == "新冠肺炎"
    figures = [text for _, text, _ in placed if "doc.evidence" in text]
    assert len(figures) == 3
    for text in figures:
        words = anchored_text(dst, text)
        assert 5 < len(words) < 40  # a quoted stretch of the paragraph, not all of it
    # splitting runs to anchor a comment changes no text
    assert [p.text for p in docx.Document(str(dst)).paragraphs] == before


W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
W16CEX = "http://schemas.microsoft.com/office/word/2018/wordml/cex"
_EXTRA = {  # what Word adds on saving a file with comments: part name → (content type, relationship, xml)
    "commentsExtended": ("application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
                         "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                         f'<w15:commentsEx xmlns:w15="{W15}">{{items}}</w15:commentsEx>'),
    "commentsIds": ("application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml",
                    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
                    f'<w16cid:commentsIds xmlns:w16cid="{W16CID}">{{items}}</w16cid:commentsIds>'),
    "commentsExtensible": ("application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml",
                           "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
                           f'<w16cex:commentsExtensible xmlns:w16cex="{W16CEX}">{{items}}</w16cex:commentsExtensible>'),
}


def word_saved(path: Path) -> dict[str, str]:
    """Give every comment a paragraph id and the three parts Word writes about comments, as if
    the file had been opened and saved in Word; the drafter's comment replies to fzcheck's first.
    Returns author → paragraph id of one comment of each."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    elements = document.comments._comments_elm.findall(qn("w:comment"))
    ids, parent = {}, None
    ext, cid, cex = [], [], []
    for n, c in enumerate(elements):
        para_id = f"{n + 1:08X}"
        c.find(qn("w:p")).set(f"{{{W14}}}paraId", para_id)
        author = c.get(qn("w:author"))
        ids.setdefault(author, para_id)
        if author == "fzcheck" and parent is None:
            parent = para_id
        reply = f' w15:paraIdParent="{parent}"' if author != "fzcheck" else ""
        ext.append(f'<w15:commentEx w15:paraId="{para_id}"{reply} w15:done="0"/>')
        cid.append(f'<w16cid:commentId w16cid:paraId="{para_id}" w16cid:durableId="{n + 100:08X}"/>')
        cex.append(f'<w16cex:commentExtensible w16cex:durableId="{n + 100:08X}" '
                   'w16cex:dateUtc="2024-03-01T00:00:00Z"/>')
    for name, items in (("commentsExtended", ext), ("commentsIds", cid), ("commentsExtensible", cex)):
        content_type, reltype, xml = _EXTRA[name]
        part = Part(PackURI(f"/word/{name}.xml"), content_type, xml.format(items="".join(items)).encode(),
                    document.part.package)
        document.part.relate_to(part, reltype)
    document.save(str(path))
    return ids


def extra_parts(path: Path) -> dict[str, str]:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return {name: z.read(f"word/{name}.xml").decode() for name in _EXTRA}


def test_second_round_after_word_saved_the_file(capsys, tmp_path):
    """Word adds reply threads and durable ids for each comment; fzcheck's old ones go with them,
    the drafter's stay, and the drafter's reply to an fzcheck comment becomes a comment of its own."""
    import docx

    src = tmp_path / "report.docx"
    run(capsys, "init", "-o", str(src), "--unit", "某某街道办事处", "--year", "2023")
    run(capsys, "annotate", str(src))
    reviewed = tmp_path / "report.reviewed.docx"
    document = docx.Document(str(reviewed))
    document.add_comment(document.paragraphs[1].runs, text="已改。", author="起草人")
    document.save(str(reviewed))
    ids = word_saved(reviewed)
    before = extra_parts(reviewed)
    assert ids["fzcheck"] in before["commentsExtended"] and f'paraIdParent="{ids["fzcheck"]}"' in before[
        "commentsExtended"]

    code, _, _ = run(capsys, "annotate", str(reviewed), "--force")
    assert code == 1
    after = extra_parts(reviewed)
    assert ids["fzcheck"] not in after["commentsExtended"] and ids["fzcheck"] not in after["commentsIds"]
    assert ids["起草人"] in after["commentsExtended"] and ids["起草人"] in after["commentsIds"]
    assert "paraIdParent" not in after["commentsExtended"]
    assert after["commentsExtensible"].count("commentExtensible ") == 1  # the drafter's only
    authors = [a for a, _, _ in comments(reviewed)]
    assert authors.count("起草人") == 1 and authors.count("fzcheck") == len(authors) - 1
