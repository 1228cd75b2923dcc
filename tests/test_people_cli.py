"""`newscli people`, `newscli show NAME` and the person mentions of `newscli show DOC`."""

from __future__ import annotations

import io
import json
import re

import pytest

from newscli.cli import app
from newscli.env import Environment
from newscli.session import Session
from tests.conftest import SEED_ID


def _json(result):
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def corpus(tmp_path):
    """Two small articles: a full name in one, the surname with an honorific in the other."""
    (tmp_path / "a.txt").write_text(
        "Trade talks\n\nBritish Prime Minister Tony Blair met Jacques Chirac in Paris on Monday. "
        '"We agree," Mr Blair said. Chirac, the French president, nodded.\n',
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "More talks\n\nMr Blair, the prime minister, flew home. Analyst Jane Doe of Morgan Stanley said "
        "Blair was tired.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_people_json_has_the_scorers_fields(cli):
    rows = _json(cli("people", "--format", "json"))
    putin = next(r for r in rows if r["name"] == "Vladimir Putin")
    assert list(putin)[:7] == ["name", "aliases", "roles", "mentions", "documents", "quotes", "first_seen"]
    assert putin["aliases"] == ["Putin"]
    assert putin["roles"] == ["Russian President"]
    assert putin["documents"] == 1 and putin["quotes"] == 5  # two headline fragments, three in the body
    assert putin["first_seen"] == SEED_ID and putin["first_date"] == "2024-06-18"
    assert rows[0]["name"] == "Vladimir Putin"  # most mentions first
    source = putin["role_sources"][0]
    assert source["text"] == "Russian President" and source["doc"] == SEED_ID


def test_people_across_documents(cli, corpus):
    rows = _json(cli("--corpus", str(corpus), "people", "--format", "json"))
    names = [r["name"] for r in rows]
    assert names == ["Tony Blair", "Jacques Chirac", "Jane Doe"]
    blair = rows[0]
    assert blair["mentions"] == 4 and blair["documents"] == 2
    assert set(blair["roles"]) == {"British Prime Minister", "the prime minister"}


def test_people_options(cli, corpus):
    c = ("--corpus", str(corpus))
    assert [r["name"] for r in _json(cli(*c, "people", "--doc", "b", "--format", "json"))] == [
        "Tony Blair",
        "Jane Doe",
    ]
    assert [r["name"] for r in _json(cli(*c, "people", "--min-mentions", "2", "--format", "json"))] == [
        "Tony Blair",
        "Jacques Chirac",
    ]
    assert [r["name"] for r in _json(cli(*c, "people", "--sort", "name", "--format", "json"))] == [
        "Tony Blair",
        "Jacques Chirac",
        "Jane Doe",
    ]
    assert (
        next(r["name"] for r in _json(cli(*c, "people", "--sort", "first", "--format", "json")))
        == "Tony Blair"
    )
    assert [r["name"] for r in _json(cli(*c, "people", "shirac", "--format", "json"))] == ["Jacques Chirac"]
    assert [r["name"] for r in _json(cli(*c, "people", "--limit", "1", "--format", "json"))] == ["Tony Blair"]


def test_people_bad_sort_and_unknown_doc(cli):
    assert cli("people", "--sort", "age").exit_code == 2
    result = cli("people", "--doc", "nosuch")
    assert result.exit_code == 1 and result.stdout == ""


def test_people_tsv_in_a_pipe(cli):
    lines = cli("people").stdout.splitlines()
    assert lines[0] == "name\troles\tmentions\tdocuments\tquotes\tfirst_seen"
    assert lines[1].startswith("Vladimir Putin\tRussian President\t")


def test_nothing_matched_exits_1_with_empty_stdout(cli):
    result = cli("people", "zzzzqqq")
    assert result.exit_code == 1 and result.stdout == ""


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Rugiero", "Anthony Ruggiero"),
        ("kim jong-un", "Kim Jong Un"),
        ("vladmir putin", "Vladimir Putin"),
        ("putin vladimir", "Vladimir Putin"),
        ("Kofler", "Rebekah Koffler"),
        ("STALIN", "Josef Stalin"),
        ("fox news", "Fox News Digital"),
    ],
)
def test_show_name_finds_the_entity(cli, query, name):
    record = _json(cli("show", query, "--format", "json"))
    assert next(iter(record)) == "name" and record["name"] == name


def test_show_profile_record(cli):
    record = _json(cli("show", "Koffler", "--format", "json"))
    assert record["kind"] == "person" and record["aliases"] == ["Koffler"]
    role = record["roles"][0]
    assert role["kind"] == "description" and role["text"].endswith("military analyst")
    assert "Rebekah Koffler told Fox News Digital" in role["sentence"]["text"]
    assert record["documents"] == [{"doc": SEED_ID, "title": record["documents"][0]["title"], "mentions": 2}]
    passage = record["passages"][0]
    start, end = passage["highlights"][0]
    assert passage["text"][start - passage["start"] : end - passage["start"]] == "Rebekah Koffler"
    assert "Vladimir Putin" in [p["name"] for p in record["alongside"]]
    assert [q["text"][:20] for q in record["quotes"]] == ["In his op-ed, Putin ", "Putin will use these"]
    assert all(q["cue"] == "told" for q in record["quotes"]) and record["events"] == []


def test_show_profile_as_one_tsv_row(cli):
    lines = cli("show", "stalin").stdout.splitlines()
    assert lines == [
        "name\tkind\taliases\troles\tmentions\tdocuments\tquotes\tevents",
        f"Josef Stalin\tperson\tStalin\tSoviet dictator\t2\t{SEED_ID}\t0\t2",  # 1948, the Soviet-era
    ]


def test_show_close_candidates_are_listed_and_exit_1(cli):
    result = cli("show", "Kim", "--format", "json")
    assert result.exit_code == 1
    names = [r["name"] for r in json.loads(result.stdout)]
    assert {"Kim Jong Un", "Kim Jong Il", "Kim Il Sung"} <= set(names)
    assert "several" in result.stderr


def test_show_unknown_name_exits_1(cli):
    result = cli("show", "Nobody Atall")
    assert result.exit_code == 1 and result.stdout == ""
    assert "newscli people" in result.stderr


def test_show_profile_on_a_terminal(cli):
    out = re.sub(r"\x1b\[[0-9;]*m", "", cli("show", "ruggiero", tty=True, width=120).stdout)
    assert out.startswith("Anthony Ruggiero  person")
    assert "Foundation for Defense of Democracies" in out and "Passages" in out


def test_show_doc_json_lists_person_mentions(cli):
    record = _json(cli("show", SEED_ID, "--format", "json"))
    mentions = record["mentions"]
    assert all(record["text"][m["start"] : m["end"]] == m["text"] for m in mentions)
    assert {m["person"] for m in mentions} >= {"Vladimir Putin", "Kim Jong Un", "Rebekah Koffler"}
    assert mentions == sorted(mentions, key=lambda m: m["start"])
    assert list(mentions[0]) == ["start", "end", "text", "person"]


def test_show_doc_highlights_people_on_a_colour_terminal():
    out = io.StringIO()
    env = Environment(stdout=out, stderr=io.StringIO(), stdout_isatty=True, width=200)
    env.no_color = False
    app(["show", SEED_ID], obj=Session(env=env), standalone_mode=False, prog_name="newscli")
    text = out.getvalue()
    assert re.search(r"\x1b\[1;36mRebekah", text)  # the name in bold cyan
    assert not re.search(r"\x1b\[[0-9;]*36mPyongyang", text)


def test_aliases_from_the_corpus_config(cli, corpus):
    (corpus / "newscli.yaml").write_text(
        "aliases:\n  Tony Blair: [Blair]\n  Jane Doe: [J. Doe]\n", encoding="utf-8"
    )
    (corpus / "c.txt").write_text("Later\n\nJ. Doe wrote a note.\n", encoding="utf-8")
    rows = _json(cli("--corpus", str(corpus), "people", "--format", "json"))
    doe = next(r for r in rows if r["name"] == "Jane Doe")
    assert doe["documents"] == 2 and "J. Doe" in doe["aliases"]


def test_bad_aliases_config_exits_2(cli, corpus):
    (corpus / "newscli.yaml").write_text("aliases: [Tony Blair]\n", encoding="utf-8")
    result = cli("--corpus", str(corpus), "people")
    assert result.exit_code == 2 and "aliases" in result.stderr


def test_show_lists_a_close_misspelling_beside_exact_word_matches(cli, tmp_path):
    # "gerard" is a word of two rare names exactly and a typo of the most-mentioned one
    (tmp_path / "a.txt").write_text(
        "Match report\n\nCaptain Steven Gerrard scored twice. Gerrard said he was happy. Gerrard left.\n\n"
        "Coach Tom Gerard watched. Gerard said little. Referee Gerard Quill booked two players.\n",
        encoding="utf-8",
    )
    result = cli("--corpus", str(tmp_path), "show", "gerard", "--format", "json")
    assert result.exit_code == 1
    assert {r["name"] for r in json.loads(result.stdout)} == {"Tom Gerard", "Gerard Quill", "Steven Gerrard"}


def test_a_persons_quotes_count_those_under_every_name_its_articles_gave_it(cli, tmp_path):
    # the second article names him only "Mr Quill": its quotation is his in the corpus too
    (tmp_path / "a.txt").write_text("Talks\n\nMinister Tony Quill spoke in Paris.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text('More talks\n\n"We will win," Mr Quill said.\n', encoding="utf-8")
    rows = _json(cli("--corpus", str(tmp_path), "people", "--format", "json"))
    assert [(r["name"], r["quotes"]) for r in rows] == [("Tony Quill", 1)]
    profile = _json(cli("--corpus", str(tmp_path), "show", "Tony Quill", "--format", "json"))
    assert [q["text"] for q in profile["quotes"]] == ["We will win,"]


def test_a_person_named_like_a_firm_stays_a_person_of_the_corpus_and_is_shown(cli, tmp_path):
    # one article shows the mayor a person; another names him only, so there he is a firm by his words
    (tmp_path / "a.txt").write_text(
        "Fair opens\n\nMayor Tom Guardian opened the fair. Guardian said he was glad, and Guardian said "
        "he would stay on.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("Budget\n\nTom Guardian presented the budget.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Budget\n\nMr. Band said he was sorry.\n", encoding="utf-8")
    rows = _json(cli("--corpus", str(tmp_path), "people", "--format", "json"))
    assert {r["name"] for r in rows} == {"Tom Guardian", "Band"}
    profile = _json(cli("--corpus", str(tmp_path), "show", "Tom Guardian", "--format", "json"))
    assert profile["kind"] == "person" and profile["mentions"] == 3
