"""Machine formats: json, jsonl, csv, tsv, yaml. Plain, untruncated, UTF-8, with no colour.

Values are written exactly; characters that could act on a terminal (`safe.UNSAFE`: C0/C1 controls,
bidi, zero-width and other format characters) are escaped the way each format allows, so the output
is inert on a terminal and still round-trips: JSON `\\u202e`, YAML double-quoted `"\\e[31m"`, TSV
backslash escapes. CSV has no escape syntax: its values are exact in a pipe or file and shown with
visible escapes on a terminal (as `ls` shows odd file names), the one format that depends on where it goes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, TextIO

from newscli.safe import UNSAFE, UNSAFE_CLASS, escape_char, inert

MACHINE_FORMATS = ("json", "jsonl", "csv", "tsv", "yaml")
_TSV_UNSAFE = re.compile(f"[\\\\\t\n\r{UNSAFE_CLASS}]")
_CSV_QUOTE = re.compile('[,"\n\r]')
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
    """JSON with the unsafe characters `json` leaves raw (ensure_ascii=False) escaped as \\uXXXX."""
    return UNSAFE.sub(_json_escape, json.dumps(value, ensure_ascii=False, indent=indent))


def _json_escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _tsv_cell(value: Any) -> str:
    return _TSV_UNSAFE.sub(lambda m: _TSV_NAMED.get(m.group()) or escape_char(m.group()), flat(value))


def _csv_cell(value: str) -> str:
    """RFC 4180 quoting. (The csv module leaves a lone CR unquoted when lines end in LF.)"""
    return f'"{value.replace(chr(34), chr(34) * 2)}"' if _CSV_QUOTE.search(value) else value


def _is_terminal(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def write_records(
    records: Sequence[dict[str, Any]],
    columns: Sequence[Column],
    fmt: str,
    out: TextIO,
    terminal: bool | None = None,
) -> None:
    """Write a listing in a machine format: every field in json/jsonl/yaml, the columns in csv/tsv.

    `terminal` (default: ask `out`) says whether `out` is a terminal; only CSV writes differently there.
    """
    if fmt == "json":
        out.write(_json(list(records), indent=2) + "\n")
    elif fmt == "jsonl":
        for record in records:
            out.write(_json(record) + "\n")
    elif fmt == "yaml":
        out.write(_yaml(list(records)))
    elif fmt == "csv":
        shown = inert if (_is_terminal(out) if terminal is None else terminal) else str
        out.write(",".join(_csv_cell(c.key) for c in columns) + "\n")
        for record in records:
            out.write(",".join(_csv_cell(shown(flat(record.get(c.key)))) for c in columns) + "\n")
    elif fmt == "tsv":
        out.write("\t".join(c.key for c in columns) + "\n")
        for record in records:
            out.write("\t".join(_tsv_cell(record.get(c.key)) for c in columns) + "\n")
    else:  # pragma: no cover - the CLI only passes known formats
        raise ValueError(fmt)


def write_object(
    record: dict[str, Any], columns: Sequence[Column], fmt: str, out: TextIO, terminal: bool | None = None
) -> None:
    """Write one record (a profile, an article) in a machine format: an object, not a list."""
    if fmt == "json":
        out.write(_json(record, indent=2) + "\n")
    elif fmt == "yaml":
        out.write(_yaml(record))
    else:
        write_records([record], columns, fmt, out, terminal)


def _yaml(data: Any) -> str:
    """YAML; a string holding an unsafe character is double-quoted, and every such character escaped.

    PyYAML's emitters escape C0/C1 controls in double quotes but write bidi, zero-width and tag
    characters raw (and U+0085, U+2028 as line breaks); forcing double quotes for those strings makes
    a \\u escape valid wherever one of them remains. libyaml's emitter is 15 times faster (a 50 MB
    article); it cannot encode lone surrogates, which the Python emitter escapes.
    """
    fast, exact = _yaml_dumpers()
    try:
        text = fast(data)
    except UnicodeEncodeError:
        text = exact(data)
    return UNSAFE.sub(_yaml_escape, text)


@cache
def _yaml_dumpers() -> tuple[Callable[[Any], str], Callable[[Any], str]]:
    """YAML writers (libyaml's if built, and Python's) that double-quote strings holding unsafe characters."""
    import yaml

    def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        style = '"' if UNSAFE.search(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    def writer(base: type) -> Callable[[Any], str]:
        dumper = type("Dumper", (base,), {})
        dumper.add_representer(str, represent_str)  # type: ignore[attr-defined]
        options = {"allow_unicode": True, "sort_keys": False, "width": 1_000_000}
        return lambda data: yaml.dump(data, Dumper=dumper, **options)

    return writer(getattr(yaml, "CSafeDumper", yaml.SafeDumper)), writer(yaml.SafeDumper)


def _yaml_escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
