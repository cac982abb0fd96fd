"""Finding an element by its Chinese title, and typos in suppressions that would disable nothing."""

from __future__ import annotations

import json

import pytest

from conftest import REPO
from conftest import run_cli as run

DEFICIENT = REPO / "examples" / "deficient-report.md"




@pytest.mark.parametrize(("query", "element"), [
    ("第一责任人", "part.first-responsible"),
    ("学法", "topic.officials-study"),
    ("政务公开与政府信息公开", "topic.transparency"),
    ("part.next-year", "part.next-year"),
])
def test_explain_finds_an_element_by_title_or_a_word_of_it(capsys, query, element):
    code, out, _ = run(capsys, "explain", query, "--markdown")
    assert code == 0 and element in out.split("\n")[0], out[:200]


def test_explain_names_the_candidates_when_a_word_fits_several(capsys):
    code, out, err = run(capsys, "explain", "执法")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert "topic.enforcement-three-systems" in err and "topic.enforcement-capacity" in err


def test_unknown_ids_in_suppressions_are_warnings_naming_the_nearest(capsys, tmp_path):
    report = tmp_path / "r.md"
    report.write_text(DEFICIENT.read_text(encoding="utf-8")
                      + "\n<!-- fzcheck-disable topic.digtal topic.normative-docs -- 本街道不承担 -->\n",
                      encoding="utf-8")
    (tmp_path / ".fzcheck.yaml").write_text("disable: [topic.emergncy]\n", encoding="utf-8")
    code, out, err = run(capsys, "validate", str(report), "-f", "json")
    assert code == 1
    lines = err.strip().split("\n")
    assert any(f"{report}:" in line and "topic.digtal" in line and "topic.digital" in line for line in lines)
    assert any(".fzcheck.yaml" in line and "topic.emergncy" in line and "topic.emergency" in line
               for line in lines)
    # the valid id in the same directive still works
    elements = {e["id"]: e for e in json.loads(out)["reports"][0]["elements"]}
    assert elements["topic.normative-docs"]["suppressed"]
    # a prefix names a whole group and is no typo
    report.write_text(DEFICIENT.read_text(encoding="utf-8") + "\n<!-- fzcheck-disable topic -- 试用 -->\n",
                      encoding="utf-8")
    (tmp_path / ".fzcheck.yaml").unlink()
    _, _, err = run(capsys, "validate", str(report), "-f", "json")
    assert "topic" not in err
