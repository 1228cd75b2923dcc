"""`newscli export`: plain SQLite tables and Elasticsearch bulk records."""

from __future__ import annotations

import json
import sqlite3

from newscli.extract import people
from newscli.model import Entity, Mention
from tests.conftest import SEED_ID


def test_sqlite_export_has_plain_tables(cli, tmp_path, monkeypatch):
    def fake_people(doc, config):
        start = doc.text.index("Vladimir Putin")
        return [
            Entity(
                "Vladimir Putin",
                "person",
                ["Putin"],
                [],
                [Mention(doc.id, start, start + 14, "Vladimir Putin", "Vladimir Putin")],
            )
        ]

    monkeypatch.setattr(people, "extract", fake_people)
    target = tmp_path / "out.db"
    result = cli("--no-cache", "export", "--sqlite", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    db = sqlite3.connect(target)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "people", "mentions", "roles", "quotes", "events"} <= tables
    doc_id, title, words = db.execute("SELECT id, title, words FROM documents").fetchone()
    assert doc_id == SEED_ID and title.startswith("Putin touches down") and words > 500
    assert db.execute("SELECT name, aliases, mentions, documents, first_doc FROM people").fetchall() == [
        ("Vladimir Putin", '["Putin"]', 1, 1, SEED_ID)
    ]
    person, doc, start, end, text = db.execute(
        'SELECT person, doc, start, "end", text FROM mentions'
    ).fetchone()
    assert (person, doc, text) == ("Vladimir Putin", SEED_ID, "Vladimir Putin") and end - start == 14


def test_jsonl_export_is_bulk_ready(cli):
    result = cli("--no-cache", "export", "--jsonl", "-")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    actions, records = lines[::2], lines[1::2]
    assert actions[0] == {"index": {"_index": "newscli-documents", "_id": SEED_ID}}
    assert records[0]["id"] == SEED_ID and records[0]["text"].startswith("Putin touches down")
    assert all(set(a) == {"index"} for a in actions)


def test_export_needs_exactly_one_target(cli, tmp_path):
    assert cli("export").exit_code == 2
    assert cli("export", "--sqlite", str(tmp_path / "a.db"), "--jsonl", "-").exit_code == 2
