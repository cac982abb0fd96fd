"""承诺兑现 (issue 18): last year's plans traced into this year's report, and last year's paragraphs
taken over unchanged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import REAL_REPORT, REPO
from conftest import run_cli as cli
from fzcheck.api import load_document, load_previous
from fzcheck.checklist import load_checklist
from fzcheck.commitments import commitments_of, extract, trace
from fzcheck.engine import check
from fzcheck.pairing import pair_rows
from fzcheck.parser import parse
from fzcheck.payload import payload
from fzcheck.readers import SourceText
from fzcheck.render.jsonout import note_text
from fzcheck.unitnames import canonical_units, same_unit, unit_key

# Written for these tests (named as constructed in its own text): the same street's 2023 report,
# carrying out part of the real 2022 plans in other words and copying two 2022 paragraphs unchanged.
CONSTRUCTED = REPO / "tests" / "data" / "lizhi-2023-constructed.txt"

# The real report's part 三 (line 43 on) read by hand: each undertaking, its line, and words of its
# title. Aims (「提升法治素养」), ways (「采取“走出去”“请进来”相结合的方式」) and attitudes
# (「自觉接受社会监督」) are not undertakings.
HAND = [
    (45, "法治政府建设学习交流活动"),
    (45, "法制宣传教育活动"),
    (47, "法治知识培训"),
    (47, "执法证件申领换领"),
    (47, "行政执法人员资格管理"),
    (47, "双随机、一公开"),
    (47, "行政执法培训"),
    (47, "行政执法公示制度和执法全过程记录制度"),
    (49, "向社会公开征求意见"),
    (49, "行业协会商会的意见"),
    (49, "专家论证"),
    (49, "合法性审核"),
    (49, "法律顾问"),
    (49, "档案管理制"),
]

# What the constructed report does with each of them.
CARRIED_OUT = {"法治政府建设学习交流活动": 12, "法制宣传教育活动": 16, "法治知识培训": 28, "行政执法培训": 28,
               "行政执法公示制度和执法全过程记录制度": 28, "向社会公开征求意见": 20, "专家论证": 20, "合法性审核": 20,
               "法律顾问": 20}
LEFT_OUT = {"执法证件申领换领", "行政执法人员资格管理", "双随机、一公开", "行业协会商会的意见", "档案管理制"}

SLOGANS = """某某街道办事处2023年度法治政府建设情况报告
一、2023年主要举措和成效
全年办理行政复议案件3件。
二、2024年度推进法治政府建设的主要安排
一是坚持以习近平法治思想为指导，深入贯彻落实党的二十大精神，全面推进依法行政。二是持续提升依法行政水平，加快建设法治政府，为街道经济社会高质量发展提供坚强法治保障。三是进一步增强干部法治意识，营造良好法治氛围。
"""


@pytest.fixture(scope="module")
def national():
    return load_checklist("national")


def text_doc(text: str, name: str = "-"):
    return parse(SourceText(name, text, "utf-8", "text"))


def commitments_result(report):
    return next(r for r in report.results if r.element.id == "doc.commitments")




def find(commitments, words: str):
    hits = [c for c in commitments if words in c.title]
    assert len(hits) == 1, (words, [c.title for c in hits])
    return hits[0]


# ---------------------------------------------------------------- extraction

def test_real_plan_part_gives_the_hand_list(real_report, national):
    found = load_previous(str(real_report), national)
    commitments = commitments_of(found, national)
    assert len(commitments) == len(HAND)
    for line, words in HAND:
        assert find(commitments, words).line == line
    titles = " ".join(c.title for c in commitments)
    for aim in ("法治素养", "依法行政水平", "接受社会监督", "走出去", "业务能力"):
        assert aim not in titles


def test_items_nested_and_numbered_forms():
    plan = [(10, "（一）严格规范执法。1.全面推行行政执法三项制度，年内完成执法案卷评查。2.组织执法人员培训不少于2次。"),
            (11, "（二）加强宣传。深入学习宣传习近平法治思想，营造浓厚法治氛围。")]
    got = extract(plan)
    assert [(c.line, c.title) for c in got] == [(10, "推行行政执法三项制度"), (10, "完成执法案卷评查"),
                                                (10, "组织执法人员培训不少于2次")]
    assert got[2].targets == [(2.0, "次", "不少于2次")]
    assert "不少于" not in " ".join(got[2].terms)  # the figure is checked on its own


def test_a_short_item_title_is_the_undertaking_when_nothing_else_is():
    got = extract([(5, "一是开展行政执法人员专题培训。全年不少于2次，覆盖全体执法人员。二是强化宣传。营造良好氛围。")])
    assert [(c.line, c.title) for c in got] == [(5, "开展行政执法人员专题培训")]


def test_slogans_only_give_no_commitments(national):
    doc = text_doc(SLOGANS)
    assert commitments_of(payload(doc, check(doc, national).results), national) == []


# ---------------------------------------------------------------- fulfilment

@pytest.fixture(scope="module")
def constructed(national):
    """(last year's payload, this year's document, its report checked against last year's)."""
    if not REAL_REPORT.is_file():
        pytest.skip(f"shared corpus not available: {REAL_REPORT}")
    previous = load_previous(str(REAL_REPORT), national)
    doc = load_document(str(CONSTRUCTED))
    return previous, doc, check(doc, national, {"previous": previous})


def test_constructed_report_done_and_left_out(constructed, national):
    previous, doc, report = constructed
    current = payload(doc, report.results, locate=False)
    found = trace(previous, current, national)
    outcomes = {o.commitment.title: o for o in found.outcomes}
    commitments = [o.commitment for o in found.outcomes]
    for words, line in CARRIED_OUT.items():
        o = outcomes[find(commitments, words).title]
        assert (o.status, o.line) == ("done", line), words
    for words in LEFT_OUT:
        assert outcomes[find(commitments, words).title].status == "open", words
    assert found.fulfilled == pytest.approx(9 / 14, abs=0.001)


def test_constructed_report_reused_paragraphs(constructed, national):
    previous, doc, report = constructed
    found = trace(previous, payload(doc, report.results, locate=False), national)
    assert [(r.line, r.previous_line) for r in found.reused] == [(24, 25), (32, 37)]
    assert all(r.similarity == 1.0 for r in found.reused)
    assert 0.3 < found.reused_share < 0.7


def test_rule_notes_and_status(constructed, national):
    _, _, report = constructed
    result = commitments_result(report)
    texts = [note_text(n, national, "zh") for n in result.notes]
    assert texts[0] == "上年承诺 14 项：已见落实 9 项，部分落实 0 项，未见落实 5 项；兑现率 64%"
    assert "未见落实：推进执法证件申领换领工作（上年报告 47）" in texts
    assert sum(t.startswith("沿用上年表述：本段与上年报告") for t in texts) == 2
    # 64% passes the threshold (60%), but half the text is last year's: the rule fails
    assert result.status == "failed"
    assert any(n.key == "rule.commitments.reused_share" and not n.info for n in result.notes)


def test_without_previous_the_rule_is_skipped(national):
    doc = load_document(str(CONSTRUCTED))
    result = commitments_result(check(doc, national))
    assert result.status == "skipped"
    assert [n.key for n in result.notes] == ["rule.commitments.no_previous"]


def test_slogan_plan_gives_no_rate(national):
    old = text_doc(SLOGANS.replace("2023年度", "2022年度").replace("2024年度", "2023年度"))
    previous = payload(old, check(old, national).results)
    new = text_doc("某某街道办事处2023年度法治政府建设情况报告\n一、主要举措和成效\n全年办理行政复议案件5件。")
    result = commitments_result(check(new, national, {"previous": previous}))
    assert result.status == "skipped"
    assert note_text(result.notes[0], national, "zh") == "上年安排只有原则性表述，无可核对的具体承诺"
    assert not any(n.key == "rule.commitments.rate" for n in result.notes)


def test_named_figure_is_checked(national):
    plan = "一是组织行政执法人员培训不少于3次。"
    old = text_doc(f"某区2022年度法治政府建设情况报告\n一、主要举措和成效\n全年办结案件8件。\n"
                   f"二、2023年度推进法治政府建设的主要安排\n{plan}")
    previous = payload(old, check(old, national).results)
    for done, status in (("2次", "partial"), ("4次", "done")):
        new = text_doc(f"某区2023年度法治政府建设情况报告\n一、主要举措和成效\n"
                       f"全年组织行政执法人员培训{done}，参训80人次。")
        found = trace(previous, payload(new, check(new, national).results, locate=False), national)
        assert [o.status for o in found.outcomes] == [status]
        if status == "partial":
            assert (found.outcomes[0].target, found.outcomes[0].actual) == ("不少于3次", "2次")
            result = commitments_result(check(new, national, {"previous": previous}))
            assert "部分落实：组织行政执法人员培训不少于3次（上年报告 5）：计划不少于3次，实际2次" in [
                note_text(n, national, "zh") for n in result.notes]


def test_measures_of_no_words_leave_every_commitment_open(national):
    # a measures part of dashes only: no sentence holds two word characters to compare (it used to raise)
    old = text_doc("某区2022年度法治政府建设情况报告\n一、主要举措和成效\n全年办结案件8件。\n"
                   "二、2023年度推进法治政府建设的主要安排\n一是组织行政执法人员培训不少于3次。")
    new = text_doc("某区2023年度法治政府建设情况报告\n一、主要举措和成效\n——————。\n")
    found = trace(payload(old, check(old, national).results), payload(new, check(new, national).results,
                                                                        locate=False), national)
    assert [o.status for o in found.outcomes] == ["open"]


def test_previous_report_of_another_year_is_said(national):
    old = text_doc("某区2021年度法治政府建设情况报告\n一、主要举措和成效\n全年办结案件8件。\n"
                   "二、2022年度推进法治政府建设的主要安排\n一是组织行政执法人员培训不少于3次。")
    new = text_doc("某区2023年度法治政府建设情况报告\n一、主要举措和成效\n全年组织行政执法人员培训4次。")
    result = commitments_result(check(new, national, {"previous": payload(old, check(old, national).results)}))
    assert result.status == "met"
    texts = [note_text(n, national, "zh") for n in result.notes]
    assert "作为上年报告的是 2021 年度的报告，不是 2022 年度" in texts


def test_unit_names_pair():
    assert unit_key("荔枝街道办事处") == unit_key("荔枝街道") == "荔枝街道"
    assert same_unit("重庆市涪陵区荔枝街道办事处", "荔枝街道")
    assert same_unit("临江区人民政府", "临江区政府")
    assert not same_unit("荔枝街道办事处", "江东街道办事处")
    assert not same_unit(None, "荔枝街道")


def test_unit_names_are_decided_among_the_batch():
    names = ["重庆市涪陵区荔枝街道办事处", "荔枝街道", "涪陵区荔枝街道", "重庆市涪陵区崇义街道办事处", "鼓楼区",
             "南京市鼓楼区", "福州市鼓楼区", "中共青岛市交通运输局党组", "青岛市交通运输局", "人民政府", None]
    unit_of = canonical_units(names)
    street = "重庆市涪陵区荔枝街道"
    assert unit_of["荔枝街道"] == unit_of["涪陵区荔枝街道"] == unit_of["重庆市涪陵区荔枝街道办事处"] == street
    assert unit_of["重庆市涪陵区崇义街道办事处"] == "重庆市涪陵区崇义街道"  # another street of the district
    # 「鼓楼区」 ends two districts' names: it is neither
    for district in ("鼓楼区", "南京市鼓楼区", "福州市鼓楼区"):
        assert unit_of[district] == district
    assert unit_of["中共青岛市交通运输局党组"] == unit_of["青岛市交通运输局"]
    assert "人民政府" not in unit_of and None not in unit_of
    # pairing: last year's report of the same unit, whichever way it was named; none for an ambiguous name
    rows = [(0, "重庆市涪陵区荔枝街道办事处", 2022), (1, "荔枝街道", 2023), (2, "重庆市涪陵区崇义街道办事处", 2022),
            (3, "崇义街道办事处", 2023), (4, "南京市鼓楼区", 2022), (5, "福州市鼓楼区", 2022), (6, "鼓楼区", 2023)]
    assert pair_rows(rows) == {1: 0, 3: 2}


# ---------------------------------------------------------------- command line

def test_validate_previous_in_every_format(capsys, real_report, tmp_path):
    base = [str(CONSTRUCTED), "--previous", str(real_report)]
    code, out, _ = cli(capsys, "validate", *base)
    assert code == 1
    assert "上年承诺兑现" in out and "兑现率 64%" in out and "未见落实" in out
    assert re.search(r"推进执法证件申领换领", out)
    code, out, _ = cli(capsys, "validate", *base, "--format", "json")
    element = next(e for e in json.loads(out)["reports"][0]["elements"] if e["id"] == "doc.commitments")
    assert element["status"] == "failed"
    assert any("推进执法证件申领换领工作" in n["message"] for n in element["notes"])
    for fmt in ("sarif", "junit", "github", "markdown"):
        code, out, _ = cli(capsys, "validate", *base, "--format", fmt)
        assert "推进执法证件申领换领工作" in out, fmt
        assert "沿用上年表述" in out, fmt


def test_validate_bad_previous_is_one_line(capsys, tmp_path):
    code, _, err = cli(capsys, "validate", str(CONSTRUCTED), "--previous", str(tmp_path / "none.txt"))
    assert code == 2
    assert err.count("\n") == 1 and "none.txt" in err


def test_annotate_previous_writes_comments(capsys, real_report, tmp_path):
    pytest.importorskip("docx")
    from test_annotate import comments_by_paragraph
    from test_formats import make_docx

    lines = [line.strip() for line in CONSTRUCTED.read_text(encoding="utf-8").splitlines() if line.strip()]
    src = make_docx(tmp_path / "2023.docx", lines)
    dst = tmp_path / "2023.reviewed.docx"
    code, _, _ = cli(capsys, "annotate", str(src), "--previous", str(real_report), "-o", str(dst))
    assert code == 1  # like validate: findings at or above --fail-on error
    comments = " ".join(c for v in comments_by_paragraph(dst).values() for c in v)
    assert "未见落实：推进执法证件申领换领工作" in comments
    assert "沿用上年表述" in comments


# ---------------------------------------------------------------- batch

@pytest.fixture
def two_years(tmp_path, real_report):
    """Last year's reports in one folder, this year's in another: one unit with both years (named
    differently: 「重庆市涪陵区荔枝街道办事处」 and 「荔枝街道」), one unit with this year's only."""
    old, new = tmp_path / "reports-2022", tmp_path / "reports"
    old.mkdir()
    new.mkdir()
    (old / "lizhi.txt").write_text(real_report.read_text(encoding="utf-8"), encoding="utf-8")
    text = CONSTRUCTED.read_text(encoding="utf-8").replace("重庆市涪陵区荔枝街道办事处2023年", "荔枝街道2023年")
    (new / "lizhi-2023.txt").write_text(text, encoding="utf-8")
    (new / "complete.md").write_text((REPO / "examples" / "complete-report.md").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    return old, new


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json", ".html"])
def test_batch_pairs_by_unit_in_every_format(capsys, tmp_path, two_years, suffix):
    old, new = two_years
    target = tmp_path / f"out{suffix}"
    code, _, err = cli(capsys, "batch", str(new), "--previous", str(old), "-o", str(target), "-j", "1")
    assert code in (0, 1), err
    rows, unfulfilled = read_batch(target)
    assert rows["lizhi-2023.txt"] == ("64%", "50%")
    assert rows["complete.md"] == ("无上年报告", "")
    assert rows["lizhi.txt"] == ("无上年报告", "")  # last year's report is checked too, without a previous one
    assert sorted(unfulfilled) == sorted([
        ("lizhi-2023.txt", "47", "推进执法证件申领换领工作", "未见落实"),
        ("lizhi-2023.txt", "47", "加强行政执法人员资格管理", "未见落实"),
        ("lizhi-2023.txt", "47", "公布“双随机、一公开”信息", "未见落实"),
        ("lizhi-2023.txt", "49", "听取企业、人民团体、行业协会商会的意见", "未见落实"),
        ("lizhi-2023.txt", "49", "建立重大行政决策全过程记录、材料归档和档案管理制…", "未见落实"),
    ])


def read_batch(target: Path) -> tuple[dict[str, tuple[str, str]], list[tuple[str, str, str, str]]]:
    """Per file (rate, share taken over), and the unfulfilled commitments (file, place, title, status)."""
    name = lambda path: Path(str(path)).name  # noqa: E731
    if target.suffix == ".json":
        data = json.loads(target.read_text(encoding="utf-8"))
        status = {"open": "未见落实", "partial": "部分落实"}
        rows = {}
        for r in data["rows"]:
            c = r["commitments"]
            rate = "无上年报告" if not c["previous"] else f"{round(100 * c['rate'])}%"
            rows[name(r["path"])] = (rate, f"{round(100 * c['reused_share'])}%" if c["previous"] else "")
        return rows, [(name(u["path"]), u["line"], u["title"], status[u["status"]]) for u in data["unfulfilled"]]
    if target.suffix == ".csv":
        import csv

        table = list(csv.reader(target.open(encoding="utf-8-sig")))
        side = list(csv.reader((target.with_name(target.stem + ".commitments.csv")).open(encoding="utf-8-sig")))
    elif target.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(target)
        table = [["" if v is None else str(v) for v in row] for row in book["总览"].iter_rows(values_only=True)]
        table = table[next(i for i, row in enumerate(table) if "承诺兑现率" in row):]  # below the summary lines
        side = [["" if v is None else str(v) for v in row] for row in book["未落实承诺"].iter_rows(values_only=True)]
    else:
        from html.parser import HTMLParser

        class Tables(HTMLParser):
            def __init__(self) -> None:
                super().__init__()
                self.tables: list[list[list[str]]] = []
                self.cell: list[str] | None = None

            def handle_starttag(self, tag, attrs):
                if tag == "table":
                    self.tables.append([])
                elif tag == "tr":
                    self.tables[-1].append([])
                elif tag in ("td", "th"):
                    self.cell = []

            def handle_endtag(self, tag):
                if tag in ("td", "th") and self.cell is not None:
                    self.tables[-1][-1].append("".join(self.cell))
                    self.cell = None

            def handle_data(self, data):
                if self.cell is not None:
                    self.cell.append(data)

        parser = Tables()
        parser.feed(target.read_text(encoding="utf-8"))
        table = next(t for t in parser.tables if "承诺兑现率" in t[0])
        side = next(t for t in parser.tables if t[0][:2] == ["文件", "单位"] and "上年承诺" in t[0])
    head = table[0]
    path, rate, reused = head.index("文件"), head.index("承诺兑现率"), head.index("沿用上年表述")
    rows = {name(r[path]): (r[rate], r[reused]) for r in table[1:]}
    return rows, [(name(r[0]), r[3], r[4], r[5]) for r in side[1:]]


def test_batch_traces_the_same_in_parallel_and_a_window_at_a_time(tmp_path, two_years, monkeypatch):
    import fzcheck.pairing as pairing
    from fzcheck.batch import collect, run_batch

    old, new = two_years
    complete = (REPO / "examples" / "complete-report.md").read_text(encoding="utf-8")
    for i, unit in enumerate(["东城区", "西林区", "南湖区", "北坪区", "青石区", "白沙区"]):
        (new / f"other{i}.md").write_text(complete.replace("青川市临江区", unit), encoding="utf-8")
        if i % 2:  # the unit's report of the year before: the same, a year earlier
            earlier = complete.replace("青川市临江区", unit).replace("2023", "2022").replace("2024", "2023")
            (old / f"other{i}.md").write_text(earlier, encoding="utf-8")
    files = collect([str(new), str(old)])
    assert len(files) >= 8  # a process pool only from 8 reports on

    def traced(jobs: int) -> list[tuple[str, dict]]:
        result = run_batch(files, jobs=jobs)
        try:
            return [(r["path"], r["commitments"]) for r in result.rows()]
        finally:
            result.close()

    one = traced(1)
    assert one == traced(2)
    assert sum(1 for _, c in one if c["previous"]) == 4
    monkeypatch.setattr(pairing, "WINDOW", 1)  # one pair loaded and compared at a time
    assert traced(1) == traced(2) == one


def test_unfulfilled_csv_cells_never_become_formulas(capsys, tmp_path, two_years):
    old, new = two_years
    text = (old / "lizhi.txt").read_text(encoding="utf-8")
    (old / "lizhi.txt").write_text(text.replace("二是积极推进执法证件申领换领工作", "二是=推进执法证件申领换领工作"),
                                   encoding="utf-8")
    target = tmp_path / "out.csv"
    cli(capsys, "batch", str(new), "--previous", str(old), "-o", str(target), "-j", "1")
    side = (tmp_path / "out.commitments.csv").read_text(encoding="utf-8-sig")
    assert ",'=推进执法证件申领换领工作," in side


def test_comparison_in_chunks_gives_the_same_outcomes(constructed, national, monkeypatch):
    """A huge report is compared a few commitments at a time (bounded memory), with the same result."""
    import fzcheck.commitments as commitments

    previous, doc, report = constructed
    current = payload(doc, report.results, locate=False)
    whole = [(o.commitment.title, o.status, o.line) for o in trace(previous, current, national).outcomes]
    monkeypatch.setattr(commitments, "CELLS", 1)  # one commitment at a time
    chunked = [(o.commitment.title, o.status, o.line) for o in trace(previous, current, national).outcomes]
    assert chunked == whole and len(whole) == len(HAND)


def batch_and_alone(old: Path, new: Path, name: str, national) -> tuple[dict, dict]:
    """The batch row of *name* (in *new*, paired with its unit's report in *old*), and the row
    made from the same report checked with --previous, as validate checks it."""
    from fzcheck.batch import collect, run_batch
    from fzcheck.rows import checked_row

    result = run_batch(collect([str(new), str(old)]), jobs=1)
    try:
        row = next(r for r in result.rows() if Path(r["path"]).name == name)
    finally:
        result.close()
    doc = load_document(str(new / name))
    previous = load_previous(str(old / "lizhi.txt"), national)
    return row, checked_row(row["path"], doc, check(doc, national, {"previous": previous}), "zh")


def test_batch_row_reads_the_trace_as_validate_does(two_years, national):
    """doc.commitments in a batch row: the status, score, counts and findings that validate
    --previous gives the same report, not 「未检查」 beside a rate. The constructed report takes
    half its text over from last year's: failed, with the share and each paragraph taken over."""
    old, new = two_years
    row, alone = batch_and_alone(old, new, "lizhi-2023.txt", national)
    assert row["statuses"]["doc.commitments"] == alone["statuses"]["doc.commitments"] == "failed"
    for key in ("statuses", "score", "counts", "passed"):
        assert row[key] == alone[key], key
    mine = [f for f in row["findings"] if f["id"] == "doc.commitments"]
    theirs = [f for f in alone["findings"] if f["id"] == "doc.commitments"]
    assert mine == theirs
    assert any("沿用上年表述" in f["message"] for f in mine) and any("未见落实" in f["message"] for f in mine)
    assert [f["id"] for f in row["findings"]] == [f["id"] for f in alone["findings"]]  # checklist order
    # a note about a commitment of last year's report, or about the whole text, has no place in
    # this year's: 全文, not the place of the first paragraph taken over
    for f in mine:
        if "未见落实" in f["message"] or "占正文" in f["message"]:
            assert f["where"] == "全文", f
        elif "本段与上年报告" in f["message"]:
            assert f["where"].startswith("第 "), f


def test_batch_row_of_a_met_trace(two_years, national):
    """Without the paragraphs taken over, the same report carries out enough (64%): met, in the
    score, no finding; a report without a previous one stays 「未检查」, out of the score."""
    old, new = two_years
    path = new / "lizhi-2023.txt"
    previous = load_previous(str(old / "lizhi.txt"), national)
    doc = load_document(str(path))
    taken = trace(previous, payload(doc, check(doc, national).results, locate=False), national).reused
    text = path.read_text(encoding="utf-8")
    for r in taken:
        text = text.replace(r.text, "")
    path.write_text(text, encoding="utf-8")
    row, alone = batch_and_alone(old, new, "lizhi-2023.txt", national)
    assert row["statuses"]["doc.commitments"] == alone["statuses"]["doc.commitments"] == "met"
    for key in ("statuses", "score", "counts", "passed", "findings"):
        assert row[key] == alone[key], key
    other, _ = batch_and_alone(old, new, "complete.md", national)
    assert other["statuses"]["doc.commitments"] == "skipped"
