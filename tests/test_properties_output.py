"""Properties of the machine formats, for any values: each parses back to exactly what was written,
and none carries a character that could act on a terminal."""

from __future__ import annotations

import csv
import io
import json

import yaml
from hypothesis import given
from hypothesis import strategies as st

from newscli.output import Column, flat, write_object, write_records
from newscli.safe import UNSAFE
from tests.properties import budget, short_text
from tests.test_hostile_terminal import unescape_tsv

COLUMNS = (Column("id", "id"), Column("text", "text"), Column("n", "n"), Column("tags", "tags"))
value = st.one_of(short_text, st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.none())
fields = st.fixed_dictionaries(
    {"id": short_text, "text": short_text, "n": value, "tags": st.lists(short_text, max_size=3)}
)
# Keys are data too (an id, a name): a few more with any text as key.
extra = st.dictionaries(short_text, value, max_size=2)
record = st.builds(lambda more, known: {**more, **known}, extra, fields)
records = st.lists(record, max_size=4)


def written(data, fmt: str, terminal: bool = False, one: bool = False) -> str:
    out = io.StringIO()
    if one:
        write_object(data, COLUMNS, fmt, out, terminal=terminal)
    else:
        write_records(data, COLUMNS, fmt, out, terminal=terminal)
    return out.getvalue()


@budget(1000)
@given(records, st.sampled_from(["json", "jsonl", "yaml"]))
def test_structured_formats_round_trip_exactly_and_are_inert(rows, fmt):
    raw = written(rows, fmt)
    assert UNSAFE.search(raw) is None
    if fmt == "jsonl":
        assert [json.loads(line) for line in raw.splitlines()] == rows
    else:
        assert (json.loads(raw) if fmt == "json" else yaml.safe_load(raw)) == rows


@budget(300)
@given(record, st.sampled_from(["json", "yaml"]))
def test_one_object_round_trips(row, fmt):
    raw = written(row, fmt, one=True)
    assert UNSAFE.search(raw) is None
    assert (json.loads(raw) if fmt == "json" else yaml.safe_load(raw)) == row


@budget(800)
@given(records)
def test_tsv_is_one_line_a_record_inert_and_unescapes_exactly(rows):
    lines = written(rows, "tsv").split("\n")
    assert lines.pop() == "" and len(lines) == len(rows) + 1
    for line in lines:
        assert UNSAFE.search(line) is None
    for row, line in zip(rows, lines[1:], strict=True):
        assert [unescape_tsv(c) for c in line.split("\t")] == [flat(row.get(c.key)) for c in COLUMNS]


@budget(800)
@given(records)
def test_csv_is_exact_in_a_pipe_and_inert_on_a_terminal(rows):
    parsed = list(csv.reader(io.StringIO(written(rows, "csv"), newline="")))
    assert parsed[1:] == [[flat(row.get(c.key)) for c in COLUMNS] for row in rows]
    assert UNSAFE.search(written(rows, "csv", terminal=True)) is None
