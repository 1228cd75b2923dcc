"""The CLI in-process: commands, formats, exit statuses and error lines."""

from __future__ import annotations

import json

from tests.conftest import SEED_ID


def test_docs_json_lists_the_seed(cli):
    result = cli("docs", "--format", "json")
    assert result.exit_code == 0
    (row,) = json.loads(result.stdout)
    assert row["id"] == SEED_ID
    assert row["date"] == "2024-06-18"
    assert row["title"].startswith("Putin touches down")


def test_default_output_in_a_pipe_is_tsv_and_table_on_a_terminal(cli):
    piped = cli("docs")
    assert piped.stdout.splitlines()[0] == "id\tdate\toutlet\ttitle\twords\tparagraphs"
    assert "\x1b" not in piped.stdout
    table = cli("docs", tty=True, width=200)
    assert SEED_ID in table.stdout and "\t" not in table.stdout


def test_show_carries_the_full_text(cli, tmp_path):
    record = json.loads(cli("show", SEED_ID, "--format", "json").stdout)
    assert record["id"] == SEED_ID
    assert record["text"].endswith("enthusiastic nationalism.")
    para = record["paragraphs"][5]
    assert record["text"][para["start"] : para["end"]].startswith('"Pyongyang has always been')


def test_unknown_id_exits_1_with_a_suggestion(cli):
    result = cli("show", SEED_ID[:-1] + "x")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert SEED_ID in result.stderr and len(result.stderr.splitlines()) == 1


def test_bad_format_exits_2(cli):
    assert cli("docs", "--format", "nosuch").exit_code == 2


def test_corpus_option_before_or_after_the_command(cli, tmp_path):
    (tmp_path / "one.txt").write_text("One\n\nText.", encoding="utf-8")
    for args in (("--corpus", str(tmp_path), "docs"), ("docs", "--corpus", str(tmp_path))):
        result = cli(*args, "--format", "json")
        assert [r["id"] for r in json.loads(result.stdout)] == ["one"]


def test_missing_corpus_exits_2(cli, tmp_path):
    result = cli("--corpus", str(tmp_path / "none"), "docs")
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr


def test_corpus_with_no_usable_article_exits_2(cli, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = cli("--corpus", str(tmp_path), "docs")
    assert result.exit_code == 2
    assert "empty.txt" in result.stderr


def test_no_arguments_prints_an_overview(cli):
    result = cli()
    assert result.exit_code == 0
    assert "docs" in result.stdout and "Corpus:" in result.stdout


def test_stdin_corpus(cli):
    result = cli("--corpus", "-", "docs", "--format", "json", stdin="Headline\n\nSome text.")
    assert json.loads(result.stdout)[0]["title"] == "Headline"


def test_stdin_over_the_size_limit_is_refused(cli, tmp_path, monkeypatch):
    (tmp_path / "newscli").mkdir()
    (tmp_path / "newscli" / "config.yaml").write_text("max_file_mb: 0.001\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    result = cli("--corpus", "-", "docs", stdin="Headline\n\n" + "word " * 1000)
    assert result.exit_code == 2
    assert "standard input" in result.stderr and "max_file_mb" in result.stderr
    assert cli("--corpus", "-", "docs", stdin="Headline\n\nShort.").exit_code == 0
