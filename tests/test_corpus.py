"""Loading corpora: formats, metadata, ids, and bad files reported and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscli import corpus
from tests.conftest import SEED_ID


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_bundled_seeds_load_with_sidecar_metadata():
    result = corpus.load(str(corpus.bundled_seeds()))
    assert [d.id for d in result.documents] == [SEED_ID]
    doc = result.documents[0]
    assert doc.date == "2024-06-18"
    assert doc.outlet == "Fox News Digital"
    assert doc.title.startswith("Putin touches down in Pyongyang")
    raw = (corpus.bundled_seeds() / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    assert doc.text == raw  # offsets index the file content exactly
    assert not result.problems


def test_txt_title_is_first_non_empty_line(tmp_path):
    write(tmp_path, "a.txt", "\n\n  Headline here  \n\nBody text.\n")
    (doc,) = corpus.load(str(tmp_path)).documents
    assert doc.title == "Headline here"
    assert doc.date is None  # never guessed


def test_markdown_front_matter(tmp_path):
    write(
        tmp_path,
        "story.md",
        "---\ntitle: A title\ndate: 2023-05-02\noutlet: The Paper\n---\n# Heading\n\nBody.\n",
    )
    (doc,) = corpus.load(str(tmp_path)).documents
    assert (doc.id, doc.title, doc.date, doc.outlet) == ("story", "A title", "2023-05-02", "The Paper")
    assert doc.text == "# Heading\n\nBody.\n"


def test_json_list_and_scraper_field_names(tmp_path):
    records = [
        {"id": "x1", "title": "One", "text": "First article.", "date": "2020-01-02"},
        {
            "maintext": "Second article.",
            "date_publish": "2019-03-04 10:00:00",
            "source_domain": "example.com",
            "authors": ["A. Writer", "B. Writer"],
        },
    ]
    write(tmp_path, "batch.json", json.dumps(records))
    docs = corpus.load(str(tmp_path)).documents
    assert [d.id for d in docs] == ["x1", "batch:2"]
    assert docs[1].date == "2019-03-04"
    assert docs[1].outlet == "example.com"
    assert docs[1].author == "A. Writer, B. Writer"


def test_bad_files_are_reported_and_skipped(tmp_path):
    write(tmp_path, "good.txt", "Good headline\n\nA good article.\n")
    write(tmp_path, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    write(tmp_path, "broken.md", "---\ntitle: [unclosed\n---\nBody\n")
    write(tmp_path, "mixed.jsonl", '{"id": "ok1", "text": "Fine."}\n{"id": broken\n')
    write(tmp_path, "empty.txt", "")
    result = corpus.load(str(tmp_path))
    assert sorted(d.id for d in result.documents) == ["good", "ok1"]
    fatal = {(Path(p.path).name, p.line) for p in result.problems if p.fatal}
    assert fatal == {("binary.txt", None), ("broken.md", 2), ("mixed.jsonl", 2), ("empty.txt", None)}


def test_legacy_encoding_is_decoded_with_a_note(tmp_path):
    write(tmp_path, "cp.txt", "Price\n\nIt cost \u00a35 and \u201cmore\u201d.".encode("cp1252"))
    result = corpus.load(str(tmp_path))
    (doc,) = result.documents
    assert "\u00a35" in doc.text and "\u201cmore\u201d" in doc.text
    assert [p.fatal for p in result.problems] == [False]
    assert "cp1252" in result.problems[0].message


def test_clashing_stems_get_visible_distinct_ids(tmp_path):
    write(tmp_path, "sport/001.txt", "Sport\n\nText.")
    write(tmp_path, "tech/001.txt", "Tech\n\nText.")
    write(tmp_path, "tech/002.txt", "Other\n\nText.")
    ids = [d.id for d in corpus.load(str(tmp_path)).documents]
    assert ids == ["sport/001", "tech/001", "002"]


def test_documentation_files_and_sidecars_are_not_articles(tmp_path):
    write(tmp_path, "README.TXT", "About this data set.")
    write(tmp_path, "a.txt", "A\n\nText.")
    write(tmp_path, "a.yaml", "title: Given title\n")
    docs = corpus.load(str(tmp_path)).documents
    assert [(d.id, d.title) for d in docs] == [("a", "Given title")]


def test_wrong_metadata_types_are_reported_not_crashed_on(tmp_path):
    write(tmp_path, "a.txt", "A\n\nText.")
    write(tmp_path, "a.yaml", "date: [2020, 2021]\ntitle: {x: 1}\n")
    result = corpus.load(str(tmp_path))
    (doc,) = result.documents
    assert doc.date is None and doc.title == "A"
    assert len([p for p in result.problems if not p.fatal]) == 2


def test_stdin_plain_text_and_jsonl():
    docs = corpus.load("-", stdin_text="Title\n\nBody.").documents
    assert [(d.id, d.title) for d in docs] == [("stdin", "Title")]
    docs = corpus.load("-", stdin_text='{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n').documents
    assert [d.id for d in docs] == ["a", "b"]


def test_missing_corpus_path_is_an_error(tmp_path):
    with pytest.raises(corpus.CorpusError):
        corpus.resolve(str(tmp_path / "nowhere"))


def test_bbc_corpus_loads_every_article(shared):
    result = corpus.load(str(shared / "corpus" / "bbc"))
    assert len(result.documents) == 2225
    notes = [p for p in result.problems if "199.txt" in p.path]
    assert notes and not notes[0].fatal
    assert "\u00a3" in next(d for d in result.documents if d.id == "sport/199").text
