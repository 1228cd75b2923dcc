"""Dataclasses of newscli.model as rows of plain SQL tables, derived from their fields.

A field of a scalar type (str, int, float, bool, optional) is a column; any other field (a list of
names, a list of spans) is a column holding JSON text (serial.py). With `children`, a list of
dataclasses (an entity's mentions and roles) becomes a table of its own whose rows name their
parent. Because tables follow the fields, a fact gaining a field needs no change here.
"""

from __future__ import annotations

import dataclasses
import json
import operator
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from newscli import serial

_SCALARS = (str, int, float, bool, type(None))
SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL", bool: "INTEGER"}


@dataclass(frozen=True)
class Table:
    """How one dataclass is laid out as a table: its columns and, with `children`, its child tables."""

    name: str
    cls: type
    fields: tuple[str, ...]  # every field, in declaration order
    types: tuple[str, ...]  # SQL type of each stored column (TEXT for JSON)
    json: frozenset[str]  # fields held as JSON text
    bools: frozenset[str]  # fields SQLite stores as 0/1, turned back into bool
    children: tuple[tuple[str, Table], ...]  # fields held in child tables (name, table)

    columns: tuple[str, ...]  # the fields stored in this table's own columns

    def create(self, first: Sequence[str] = (), last: Sequence[str] = ()) -> str:
        """CREATE TABLE for this layout, with column definitions of its own `first` and `last`."""
        cols = [*first, *(f"{quote(c)} {t}" for c, t in zip(self.columns, self.types, strict=True)), *last]
        return f"CREATE TABLE {quote(self.name)} ({', '.join(cols)})"

    @cached_property
    def row(self) -> Callable[[Any], tuple[Any, ...]]:
        """A function giving the column values of an object (JSON text for list fields), made once per
        table: a build calls it for every fact, and a table without JSON columns needs no more than
        the attribute getter."""
        get = operator.attrgetter(*self.columns)
        values = get if len(self.columns) > 1 else lambda obj: (get(obj),)
        positions = [i for i, c in enumerate(self.columns) if c in self.json]
        if not positions:
            return values

        def row(obj: Any) -> tuple[Any, ...]:
            out = list(values(obj))
            for i in positions:
                out[i] = serial.dumps(out[i])
            return tuple(out)

        return row

    def build(self, values: Sequence[Any], children: dict[str, list[Any]] | None = None) -> Any:
        """The dataclass back from its column values (and its children, already built)."""
        kwargs = dict(zip(self.columns, values, strict=True))
        for name in self.json:
            if kwargs[name] is not None:
                kwargs[name] = _read_json(self.cls, name)(json.loads(kwargs[name]))
        for name in self.bools:
            if kwargs[name] is not None:
                kwargs[name] = bool(kwargs[name])
        for name, _ in self.children:
            kwargs[name] = (children or {}).get(name, [])
        return self.cls(**kwargs)


def quote(name: str) -> str:
    """An SQL identifier, quoted (fields such as `end` and `text` are SQL words)."""
    return '"' + name.replace('"', '""') + '"'


@cache
def table(cls: type, name: str, children: bool = False) -> Table:
    """The layout of dataclass `cls` as table `name` (child tables named after their fields)."""
    hints = typing.get_type_hints(cls)
    fields, types_, json_fields, bools, kids = [], [], set(), set(), []
    for f in dataclasses.fields(cls):
        fields.append(f.name)
        hint = hints[f.name]
        item = list_item(hint)
        if children and item is not None and dataclasses.is_dataclass(item):
            kids.append((f.name, table(item, f.name)))
            continue
        scalar = _scalar(hint)
        if scalar is None:
            json_fields.add(f.name)
            types_.append("TEXT")
        else:
            types_.append(SQL_TYPES.get(scalar, ""))
            if scalar is bool:
                bools.add(f.name)
    columns = tuple(f for f in fields if f not in {k for k, _ in kids})
    return Table(
        name,
        cls,
        tuple(fields),
        tuple(types_),
        frozenset(json_fields),
        frozenset(bools),
        tuple(kids),
        columns,
    )


@cache
def _read_json(cls: type, name: str) -> Any:
    return serial.reader(typing.get_type_hints(cls)[name])


def list_item(hint: Any) -> Any:
    """The item type of a `list[X]` hint, else None."""
    if typing.get_origin(hint) is list and typing.get_args(hint):
        return typing.get_args(hint)[0]
    return None


def _scalar(hint: Any) -> type | None:
    """The scalar type a hint stands for (str for `str | None`), or None when it is not a scalar."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _scalar(inner[0]) if len(inner) == 1 else None
    return hint if hint in _SCALARS else None
