"""`newscli search`: ranked passages, phrases, OR, exclusions, fuzzy words, typos, names, highlights."""

from __future__ import annotations

import json
import re

import pytest

from newscli.extract import people
from newscli.model import Entity, Mention
from newscli.search import words
from newscli.search.query import Term, parse
from tests.conftest import SEED_ID


def hits(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def seed_text() -> str:
    from tests.conftest import run

    return json.loads(run("show", SEED_ID, "--format", "json").stdout)["text"]


def test_a_typo_finds_the_word_and_says_so_on_stderr(cli):
    result = cli("search", "Pyongang", "--format", "json")
    found = hits(result)
    assert found and all("Pyongyang" in h["passage"] for h in found)
    assert result.stderr == "newscli: no hits for 'Pyongang'; showing 'Pyongyang'\n"


def test_exact_turns_typo_fixes_off(cli):
    result = cli("search", "Pyongang", "--exact")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")


def test_a_phrase_gives_one_hit_whose_highlight_covers_it(cli, seed_text):
    (hit,) = hits(cli("search", '"hermit kingdom"', "--format", "json"))
    assert [seed_text[s:e] for s, e in hit["highlights"]] == ["hermit kingdom"]
    assert seed_text[hit["start"] : hit["end"]] == hit["passage"]


def test_hyphens_and_spaces_are_the_same_name(cli, seed_text):
    found = hits(cli("search", "kim jong-un", "--format", "json"))
    with_name = [p for p in seed_text.split("\n\n") if "Kim Jong Un" in p]
    assert sorted(h["passage"] for h in found) == sorted(p.strip() for p in with_name)
    for h in found:
        marked = " ".join(seed_text[s:e] for s, e in h["highlights"])
        assert {"kim", "jong", "un"} <= set(words.words(marked))


@pytest.mark.parametrize("query", [("Putin -Stalin",), ("--", "Putin", "-Stalin")])
def test_an_excluded_word_drops_its_passages(cli, query):
    everything = hits(cli("search", "Putin", "--format", "json", "--limit", "100"))
    without = hits(cli("search", "--format", "json", "--limit", "100", *query))
    assert any("Stalin" in h["passage"] for h in everything)
    assert not any("Stalin" in h["passage"] for h in without)
    assert len(without) == len(everything) - sum("Stalin" in h["passage"] for h in everything)


def test_nothing_found_exits_1_with_empty_stdout(cli):
    result = cli("search", "zzzqqq")
    assert (result.exit_code, result.stdout) == (1, "")


def test_or_and_fuzzy_words(cli):
    either = hits(cli("search", "Stalin OR Ruggiero", "--format", "json"))
    assert either and all("Stalin" in h["passage"] or "Ruggiero" in h["passage"] for h in either)
    assert any("Stalin" in h["passage"] for h in either) and any("Ruggiero" in h["passage"] for h in either)
    fuzzy = hits(cli("search", "Pyongyng~", "--format", "json"))
    assert fuzzy and all("Pyongyang" in h["passage"] for h in fuzzy)


def test_possessives_and_case_and_accents_are_folded(cli, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Title\n\nThe Président's speech in Zürich.\n\nOther words.", encoding="utf-8"
    )
    found = hits(cli("--corpus", str(tmp_path), "search", "president zurich", "--format", "json"))
    assert [h["passage"] for h in found] == ["The Président's speech in Zürich."]
    text = "Title\n\nThe Président's speech in Zürich.\n\nOther words."
    assert [text[s:e] for s, e in found[0]["highlights"]] == ["Président", "Zürich"]


def test_highlights_lie_inside_their_passage(cli):
    for h in hits(cli("search", "North Korea OR Russia", "--format", "json", "--limit", "50")):
        assert h["highlights"]
        assert all(h["start"] <= s < e <= h["end"] for s, e in h["highlights"])


def test_context_shows_sentences_around_the_match(cli, seed_text):
    (hit,) = hits(cli("search", '"hermit kingdom"', "--context", "0", "--format", "json"))
    assert hit["passage"].startswith("Russian President Vladimir Putin touched down")
    (wide,) = hits(cli("search", '"confront the ambition"', "--context", "1", "--format", "json"))
    assert seed_text[wide["start"] : wide["end"]] == wide["passage"]
    assert "op-ed published Tuesday" in wide["passage"] and "In the op-ed" in wide["passage"]


def test_doc_and_date_filters(cli, tmp_path):
    assert hits(cli("search", "Stalin", "--doc", SEED_ID, "--format", "json"))
    assert cli("search", "Stalin", "--doc", "nosuch").exit_code == 1
    assert hits(cli("search", "Stalin", "--until", "2024-06", "--format", "json"))
    assert cli("search", "Stalin", "--since", "2025").exit_code == 1
    bad = cli("search", "Stalin", "--since", "June")
    assert bad.exit_code == 2 and "--since" in bad.stderr


def test_a_query_of_exclusions_only_is_a_usage_error(cli):
    result = cli("search", "--", "-Stalin")
    assert result.exit_code == 2 and "at least one word" in result.stderr


def test_punctuation_only_finds_nothing(cli):
    assert cli("search", "...").exit_code == 1


def test_names_find_the_other_names_of_a_person(cli, tmp_path, monkeypatch):
    (tmp_path / "one.txt").write_text("One\n\nVladimir Putin arrived on Monday.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Two\n\nPutin left on Tuesday.", encoding="utf-8")

    def fake_people(doc, config):
        mentions = [
            Mention(doc.id, m.start(), m.end(), m.group(), "Vladimir Putin")
            for m in re.finditer(r"(Vladimir )?Putin", doc.text)
        ]
        return [Entity("Vladimir Putin", "person", ["Putin"], [], mentions)] if mentions else []

    monkeypatch.setattr(people, "extract", fake_people)
    corpus = ("--corpus", str(tmp_path))
    by_full_name = hits(cli(*corpus, "search", "Vladimir Putin", "--format", "json"))
    assert sorted(h["doc"] for h in by_full_name) == ["one", "two"]
    left = next(h for h in by_full_name if h["doc"] == "two")
    shift = left["start"]
    assert [left["passage"][s - shift : e - shift] for s, e in left["highlights"]] == ["Putin"]
    literal = hits(cli(*corpus, "search", "Vladimir Putin", "--exact", "--format", "json"))
    assert [h["doc"] for h in literal] == ["one"]


def test_terminal_view_highlights_and_keeps_article_text_inert(cli, tmp_path):
    (tmp_path / "x.txt").write_text(
        "T\n\n[bold red]Pyongyang[/bold red] \x1b[31mred\x1b[0m here.", encoding="utf-8"
    )
    result = cli("--corpus", str(tmp_path), "search", "pyongyang", tty=True)
    assert result.exit_code == 0
    assert "[bold red]" in result.stdout and "\x1b[31m" not in result.stdout and "\\x1b" in result.stdout


def test_tsv_in_a_pipe(cli):
    lines = cli("search", "hermit").stdout.splitlines()
    assert lines[0] == "doc\tscore\tstart\tend\ttitle\tpassage"
    assert lines[1].startswith(SEED_ID + "\t")


def test_query_language():
    q = parse('putin "hermit kingdom" a OR b -stalin -"cold war" pyongyang~ kim~1 OR')
    assert q.clauses == [
        [Term("putin")],
        [Term("hermit kingdom", phrase=True)],
        [Term("a"), Term("b")],
        [Term("pyongyang", fuzzy=2)],
        [Term("kim", fuzzy=1)],
    ]
    assert q.excluded == [Term("stalin"), Term("cold war", phrase=True)]
    assert parse("\u201cunclosed phrase").clauses == [[Term("unclosed phrase", phrase=True)]]
    assert parse("OR putin").clauses == [[Term("OR")], [Term("putin")]]


def test_words_are_indexed_as_sqlite_splits_them():
    text = "Kim Jong-un's visit, São Paulo"
    assert words.words(text) == ["kim", "jong", "un", "visit", "sao", "paulo"]
    assert all(text[s:e].lower().startswith(w[0]) for w, s, e in words.tokens(text))
    assert words.key("Kim  Jong-Un") == "kim jong un"
