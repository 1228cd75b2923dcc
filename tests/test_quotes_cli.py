"""`newscli quotes`: filters, statistics, explanations, formats and exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEED_ID

ARTICLE = """Council backs the plan

"We will build it this year," Mayor Jane Doe said on Monday.

Her rival, Richard Roe, disagreed. "It is a waste of money," Roe told reporters.

"The city cannot afford it," he added.

The so-called "experts" were not asked.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "council.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def _json(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_records_carry_the_contract_fields_and_exact_offsets(cli):
    records = _json(cli("quotes", "--format", "json"))
    text = json.loads(cli("show", SEED_ID, "--format", "json").stdout)["text"]
    assert len(records) == 10
    for r in records:
        assert list(r)[:9] == ["text", "doc", "paragraph", "start", "end", "speaker", "cue", "to", "kind"]
        assert text[r["start"] : r["end"]] == r["text"]
        assert "rule" not in r
    koffler = [r for r in records if r["speaker"] == "Rebekah Koffler"]
    assert {(r["cue"], r["to"]) for r in koffler} == {("told", "Fox News Digital")}


def test_by_is_fuzzy(cli):
    for name in ("Rugiero", "ruggiero", "Anthony Ruggiero"):
        records = _json(cli("quotes", "--by", name, "--format", "json"))
        assert {r["speaker"] for r in records} == {"Anthony Ruggiero"} and len(records) == 3


def test_by_an_unknown_name_exits_1_with_a_hint(cli):
    result = cli("quotes", "--by", "Nobody Atall")
    assert result.exit_code == 1 and result.stdout == ""
    assert "no speaker like 'Nobody Atall'" in result.stderr


def test_doc_contains_kind_and_limit_filter(cli, corpus):
    base = ("--corpus", str(corpus), "quotes", "--format", "json")
    assert [r["text"] for r in _json(cli(*base, "--contains", "WASTE"))] == ["It is a waste of money,"]
    assert [r["text"] for r in _json(cli(*base, "--kind", "scare"))] == ["experts"]
    assert len(_json(cli(*base, "--kind", "all"))) == 4
    assert len(_json(cli(*base, "--limit", "2"))) == 2
    assert len(_json(cli(*base, "--doc", "council"))) == 3
    missing = cli(*base, "--doc", "counsil")
    assert missing.exit_code == 1 and "council" in missing.stderr


def test_speakers_and_pronouns_in_a_small_corpus(cli, corpus):
    records = _json(cli("--corpus", str(corpus), "quotes", "--format", "json", "--explain"))
    assert [(r["speaker"], r["cue"], r["to"], r["rule"]) for r in records] == [
        ("Jane Doe", "said", None, "after"),
        ("Richard Roe", "told", "reporters", "after"),
        ("Richard Roe", "added", None, "after+pronoun"),
    ]


def test_stats_give_the_sourcing_picture(cli, corpus):
    rows = _json(cli("--corpus", str(corpus), "quotes", "--stats", "--format", "json"))
    assert rows == [
        {"speaker": "Richard Roe", "quotes": 2, "documents": 1, "share": 0.667},
        {"speaker": "Jane Doe", "quotes": 1, "documents": 1, "share": 0.333},
    ]
    seed = _json(cli("quotes", "--stats", "--kind", "all", "--format", "json"))
    assert seed[-1]["speaker"] != "(unattributed)"  # every seed quotation has a speaker


def test_stats_and_by_count_a_speaker_as_the_corpus_person_the_name_belongs_to(cli, tmp_path):
    # the second article calls him only "Mr Quill": the corpus folds that name into Tom Quill, and so do
    # the statistics and --by, as the people table does; each quotation keeps its article's name
    (tmp_path / "a.txt").write_text('Vote\n\n"We will win," Tom Quill said.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        'Vote\n\n"We won," Mr Quill said. "It was close," he added.\n', encoding="utf-8"
    )
    base = ("--corpus", str(tmp_path), "quotes", "--format", "json")
    assert _json(cli(*base, "--stats")) == [
        {"speaker": "Tom Quill", "quotes": 3, "documents": 2, "share": 1.0}
    ]
    assert [r["speaker"] for r in _json(cli(*base, "--by", "tom quill"))] == ["Tom Quill", "Quill", "Quill"]
    people = _json(cli("--corpus", str(tmp_path), "people", "--format", "json"))
    assert [(p["name"], p["quotes"]) for p in people] == [("Tom Quill", 3)]


def test_tsv_in_a_pipe_and_explain_adds_the_rule(cli):
    lines = cli("quotes", "--explain").stdout.splitlines()
    assert lines[0] == "speaker\ttext\tcue\tdoc\trule"
    assert lines[1].split("\t")[0] == "Vladimir Putin"


def test_the_table_wraps_quotations_instead_of_cutting_them(cli):
    out = cli("quotes", "--by", "koffler", tty=True, width=80).stdout
    cells = " ".join(line.split("\u2502")[2].strip() for line in out.splitlines() if line.count("\u2502") > 2)
    assert "in order to slow down and disrupt its decision-making, especially during a crisis," in cells


def test_nothing_matched_exits_1_with_empty_stdout(cli):
    result = cli("quotes", "--contains", "no such words anywhere")
    assert result.exit_code == 1 and result.stdout == ""


@pytest.mark.shell
def test_help_has_a_summary_and_examples():
    from tests.test_shell import newscli

    out = newscli("quotes", "--help").stdout
    assert "List direct quotations" in out and "newscli quotes --by putin" in out and "| jq" in out
