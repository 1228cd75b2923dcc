"""Hostile shapes of text come out whole: a huge single line, a huge word, an unclosed quote mark,
thousands of equal paragraphs. (How long they take is bench/hostile.py's business, not a test's.)"""

from __future__ import annotations

import json
import re

from newscli import corpus, text
from newscli.config import Config
from newscli.extract import extract_all
from newscli.render import WINDOW
from tests.test_hostile_terminal import RICH_SGR

TOKEN = re.compile(r"w\d+")


def terminal_text(cli, folder, doc_id: str) -> str:
    """The paragraphs `show DOC` prints on a terminal (after the title and metadata), styles removed."""
    out = cli("--corpus", str(folder), "show", doc_id, tty=True, width=100).stdout
    return RICH_SGR.sub("", out).split("\n\n", 1)[1]


def test_a_single_line_of_megabytes_is_shown_whole_and_in_order(cli, tmp_path):
    body = " ".join(f"w{i}" for i in range(60_000))  # 400 kB, no newline: several layout windows
    (tmp_path / "line.txt").write_text(body, encoding="utf-8")
    (doc,) = corpus.load(str(tmp_path)).documents
    assert len(doc.title) <= corpus.TITLE_MAX + 1 and doc.title.endswith("\u2026")
    assert len(body) > 4 * WINDOW
    shown = terminal_text(cli, tmp_path, "line")
    assert TOKEN.findall(shown) == TOKEN.findall(body)


def test_a_word_longer_than_a_window_is_shown_whole(cli, tmp_path):
    word = "".join(chr(ord("a") + i % 26) for i in range(3 * WINDOW + 7))
    (tmp_path / "word.txt").write_text(f"Title\n\n{word}\n", encoding="utf-8")
    assert word in "".join(terminal_text(cli, tmp_path, "word").split())  # folded and cut, but whole


def test_ten_thousand_equal_paragraphs_are_all_kept_and_marked_as_repeats(cli, tmp_path):
    (tmp_path / "many.txt").write_text("Title\n\n" + "Same words, again.\n\n" * 10_000, encoding="utf-8")
    record = json.loads(cli("--corpus", str(tmp_path), "show", "many", "--format", "json").stdout)
    paras = record["paragraphs"]
    assert len(paras) == 10_001
    assert [p["repeat_of"] for p in paras[2:]] == [1] * 9_999
    (doc,) = corpus.load(str(tmp_path)).documents
    last = doc.paragraphs[-1]
    assert doc.is_repeat(last.start, last.end) and not doc.is_repeat(0, 5)


def test_an_unclosed_quote_mark_does_not_swallow_the_article():
    source = 'Title\n\nShe said: "We will never\n\nA paragraph with no marks at all.\n\nHe said "yes" then.\n'
    (doc,) = corpus.load("-", stdin_text=source).documents
    assert len(doc.paragraphs) == 4
    free = doc.paragraphs[2]
    for quote in extract_all(doc, Config()).quotes:
        assert quote.end <= free.start or quote.start >= free.end, "a quote ran over an unquoted paragraph"


def test_a_run_of_dots_ends_one_sentence():
    source = "It ended" + "." * 100_000 + " Then \u201cit began.\u201d"
    first, second = text.sentences(source)
    assert source[first.start : first.end] == "It ended" + "." * 100_000
    assert source[second.start : second.end] == "Then \u201cit began.\u201d"


def test_articles_from_stdin_are_extracted_with_the_cycle_collector_paused_and_it_comes_back(monkeypatch):
    # a build of files pauses the collector (build.collector_paused): standard input too, so that a huge
    # article piped in is not scanned again and again by full collections
    import gc

    from newscli import build
    from newscli.index import Index

    seen: list[bool] = []
    real = build.doc_row
    monkeypatch.setattr(build, "doc_row", lambda *a: seen.append(gc.isenabled()) or real(*a))
    Index.build("-", stdin_text="Title\n\nJane Quill said it was fine.\n")
    assert seen == [False] and gc.isenabled()
