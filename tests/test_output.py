"""Every machine format parses with its standard parser and carries the records exactly."""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml

from newscli.output import Column, write_records

COLUMNS = (Column("id", "id"), Column("text", "text"), Column("tags", "tags"))
RECORDS = [
    {"id": "a", "text": 'tab\there, line\nthere, "quoted", back\\slash', "tags": ["x", "y"]},
    {"id": "b", "text": "plain \u00e9t\u00e9 \u201ccurly\u201d", "tags": []},
]


def render(fmt: str) -> str:
    out = io.StringIO()
    write_records(RECORDS, COLUMNS, fmt, out)
    return out.getvalue()


def test_json_and_jsonl_and_yaml_round_trip():
    assert json.loads(render("json")) == RECORDS
    assert [json.loads(line) for line in render("jsonl").splitlines()] == RECORDS
    assert yaml.safe_load(render("yaml")) == RECORDS


def test_csv_round_trips_with_lists_joined():
    rows = list(csv.DictReader(io.StringIO(render("csv"))))
    assert rows[0]["text"] == RECORDS[0]["text"]
    assert rows[0]["tags"] == "x; y"


def test_tsv_is_one_line_per_record_with_escapes():
    lines = render("tsv").splitlines()
    assert len(lines) == 3
    assert lines[0] == "id\ttext\ttags"
    cells = lines[1].split("\t")
    assert cells[1] == 'tab\\there, line\\nthere, "quoted", back\\\\slash'


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_terminal_active_characters_are_escaped_in_json(fmt):
    out = io.StringIO()
    record = {"id": "x", "text": "a\x1b[31mred\x9b\u202egnp", "tags": []}
    write_records([record], COLUMNS, fmt, out)
    raw = out.getvalue()
    assert "\x1b" not in raw and "\x9b" not in raw and "\u202e" not in raw
    parsed = json.loads(raw)
    assert (parsed[0] if fmt == "json" else parsed) == record
