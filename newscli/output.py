"""Machine formats: json, jsonl, csv, tsv, yaml. Plain, untruncated, UTF-8, with no colour.

Values are written exactly; characters that could act on a terminal (C0/C1 controls, bidi and
zero-width format characters) are escaped the way each format allows, so the data round-trips.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

MACHINE_FORMATS = ("json", "jsonl", "csv", "tsv", "yaml")
# Characters JSON leaves raw with ensure_ascii=False that a terminal may act on.
_JSON_UNSAFE = re.compile("[\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_TSV_UNSAFE = re.compile("[\\\\\t\n\r\u0000-\u001f\u007f-\u009f]")
_TSV_NAMED = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


@dataclass(frozen=True)
class Column:
    """One column of a listing: the record key, its header, and how a table should treat it."""

    key: str
    header: str
    wrap: bool = False  # long text: wrap in a table instead of giving it a fixed width
    numeric: bool = False


def flat(value: Any) -> str:
    """A record value as one cell of csv/tsv: lists joined with '; ', objects as JSON, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(flat(v) for v in value)
    if isinstance(value, dict):
        return _json(value)
    return str(value)


def _json(value: Any, indent: int | None = None) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _tsv_cell(value: Any) -> str:
    return _TSV_UNSAFE.sub(lambda m: _TSV_NAMED.get(m.group(), f"\\x{ord(m.group()):02x}"), flat(value))


def write_records(
    records: Sequence[dict[str, Any]], columns: Sequence[Column], fmt: str, out: TextIO
) -> None:
    """Write a listing in a machine format: every field in json/jsonl/yaml, the columns in csv/tsv."""
    if fmt == "json":
        out.write(_json(list(records), indent=2) + "\n")
    elif fmt == "jsonl":
        for record in records:
            out.write(_json(record) + "\n")
    elif fmt == "yaml":
        out.write(_yaml(list(records)))
    elif fmt == "csv":
        import csv

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([c.key for c in columns])
        for record in records:
            writer.writerow([flat(record.get(c.key)) for c in columns])
    elif fmt == "tsv":
        out.write("\t".join(c.key for c in columns) + "\n")
        for record in records:
            out.write("\t".join(_tsv_cell(record.get(c.key)) for c in columns) + "\n")
    else:  # pragma: no cover - the CLI only passes known formats
        raise ValueError(fmt)


def write_object(record: dict[str, Any], columns: Sequence[Column], fmt: str, out: TextIO) -> None:
    """Write one record (a profile, an article) in a machine format: an object, not a list."""
    if fmt == "json":
        out.write(_json(record, indent=2) + "\n")
    elif fmt == "yaml":
        out.write(_yaml(record))
    else:
        write_records([record], columns, fmt, out)


def _yaml(data: Any) -> str:
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)
