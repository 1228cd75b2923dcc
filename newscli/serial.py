"""The dataclasses of newscli.model as plain JSON data and back: the cache's format, never pickle.

A dataclass becomes a JSON array of its field values in declaration order (trailing defaults left
out), lists stay lists, and everything else must already be JSON data (str, int, float, bool, None).
Reading back follows the type hints, so a field added to a fact needs no change here; a changed
model changes the code fingerprint of the cache (see cache.py), so old arrays are never misread.
"""

from __future__ import annotations

import dataclasses
import json
import operator
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any


class _NoDefault:
    """Marks a field without a default: equal to no value, so it is never left out."""

    def __eq__(self, other: object) -> bool:
        return False

    __hash__ = None  # type: ignore[assignment]


_NO_DEFAULT = _NoDefault()
_PLAIN = frozenset({str, int, float, bool, type(None)})
_WRITERS: dict[type, Callable[[Any], Any]] = {}


def dumps(obj: Any) -> str:
    """`obj` (dataclasses, lists, dicts, scalars) as compact JSON text."""
    return json.dumps(to_data(obj), ensure_ascii=False, separators=(",", ":"))


def loads(tp: Any, text: str) -> Any:
    """JSON text made by `dumps` read back as type `tp` (list[Entity], DocFacts, ...)."""
    return reader(tp)(json.loads(text))


def to_data(obj: Any) -> Any:
    """Plain JSON data for `obj`: dataclasses as arrays of their field values."""
    write = _WRITERS.get(type(obj))
    if write is None:
        write = _writer(type(obj))
    return write(obj)


def _writer(tp: type) -> Callable[[Any], Any]:
    """The function that turns values of type `tp` into data, made once per type."""
    if dataclasses.is_dataclass(tp):
        names, defaults = _layout(tp)
        getter = operator.attrgetter(*names) if len(names) > 1 else (lambda o: (getattr(o, names[0]),))

        def write(obj: Any) -> list[Any]:
            values = [v if type(v) in _PLAIN else to_data(v) for v in getter(obj)]
            while values and values[-1] == defaults[len(values) - 1]:
                values.pop()
            return values

    elif issubclass(tp, (list, tuple)):

        def write(obj: Any) -> list[Any]:
            return [v if type(v) in _PLAIN else to_data(v) for v in obj]

    elif issubclass(tp, dict):

        def write(obj: Any) -> dict[str, Any]:
            return {str(k): v if type(v) in _PLAIN else to_data(v) for k, v in obj.items()}

    elif tp in _PLAIN:
        return _identity
    else:
        raise TypeError(f"cannot store a {tp.__name__} in the cache")
    _WRITERS[tp] = write
    return write


@cache
def _layout(cls: type) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    """Field names of a dataclass and each field's default as data (or a marker equal to nothing)."""
    names, defaults = [], []
    for f in dataclasses.fields(cls):
        names.append(f.name)
        if f.default is not dataclasses.MISSING:
            defaults.append(to_data(f.default))
        elif f.default_factory is not dataclasses.MISSING:
            defaults.append(to_data(f.default_factory()))
        else:
            defaults.append(_NO_DEFAULT)
    return tuple(names), tuple(defaults)


@cache
def reader(tp: Any) -> Callable[[Any], Any]:
    """A function that turns JSON data back into type `tp`, built once per type from its hints."""
    if dataclasses.is_dataclass(tp):
        return _dataclass_reader(tp)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is list and args:
        item = reader(args[0])
        return _identity if item is _identity else lambda data: [item(v) for v in data]
    if origin is dict and len(args) == 2:
        value = reader(args[1])
        return _identity if value is _identity else lambda data: {k: value(v) for k, v in data.items()}
    if origin in (typing.Union, types.UnionType):
        choices = [a for a in args if a is not type(None)]
        if len(choices) == 1:
            inner = reader(choices[0])
            return _identity if inner is _identity else lambda data: None if data is None else inner(data)
    if origin is tuple:
        return tuple
    return _identity


def _identity(data: Any) -> Any:
    return data


def _dataclass_reader(cls: type) -> Callable[[Any], Any]:
    hints = typing.get_type_hints(cls)
    names, _ = _layout(cls)
    readers = [reader(hints[name]) for name in names]
    plain = all(r is _identity for r in readers)

    def read(data: list[Any]) -> Any:
        if plain:
            return cls(*data)
        return cls(*(r(v) for r, v in zip(readers, data, strict=False)))

    return read
