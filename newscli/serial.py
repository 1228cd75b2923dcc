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

_PLAIN = frozenset({str, int, float, bool, type(None)})
_ArrayLayout = tuple[Callable[[Any], tuple[Any, ...]], int, tuple[Any, ...]]
_ARRAYS: dict[type, _ArrayLayout] = {}


def dumps(obj: Any) -> str:
    """`obj` (dataclasses, lists, dicts with text keys, scalars) as compact JSON text."""
    return _ENCODE(obj)


def loads(tp: Any, text: str) -> Any:
    """JSON text made by `dumps` read back as type `tp` (list[Entity], DocFacts, ...)."""
    return reader(tp)(json.loads(text))


def to_data(obj: Any) -> Any:
    """Plain JSON data for `obj`: dataclasses as arrays of their field values."""
    return json.loads(dumps(obj))


def _array(obj: Any) -> tuple[Any, ...]:
    """A dataclass as the array of its field values, trailing defaults left out.

    This is the encoder's hook for what JSON has no type for: the values are handed back as they
    are (a tuple, which JSON writes as an array), and the encoder (in C) writes them, calling here
    again for a dataclass inside.
    """
    getter, required, defaults = _ARRAYS.get(type(obj)) or _array_layout(type(obj))
    values = getter(obj)
    n = len(values)
    while n > required:
        value, default = values[n - 1], defaults[n - 1]
        if not (value == default if type(value) in _PLAIN else _is_default(value, default)):
            break
        n -= 1
    return values[:n]


def _encoder() -> Callable[[Any], str]:
    """json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False,
    default=_array).encode, with its C encoder made once where CPython has one: `encode` builds it anew
    on every call, which cost more than the writing of a short list (a date's people, a sentence's
    offsets)."""
    plain = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False, default=_array)
    try:
        chunks = json.encoder.c_make_encoder(  # type: ignore[misc]
            None, _array, json.encoder.encode_basestring, None, ":", ",", False, False, True
        )
    except TypeError:  # no C encoder here (None), or one called differently
        return plain.encode
    return lambda obj: "".join(chunks(obj, 0))


_ENCODE = _encoder()


def _array_layout(tp: type) -> _ArrayLayout:
    """How `_array` writes a dataclass of type `tp`, worked out once per type: a getter of all field
    values, how many are always written (up to the last without a default), the defaults as data."""
    if not dataclasses.is_dataclass(tp):
        raise TypeError(f"cannot store a {tp.__name__} in the cache")
    names, defaults = _layout(tp)
    getter = operator.attrgetter(*names) if len(names) > 1 else (lambda o: (getattr(o, names[0]),))
    required = max((i + 1 for i, d in enumerate(defaults) if d is dataclasses.MISSING), default=0)
    _ARRAYS[tp] = (getter, required, defaults)
    return _ARRAYS[tp]


def _is_default(value: Any, default: Any) -> bool:
    """Whether a value that is not a scalar is stored as `default` (a field's default as data),
    converting as little of it as needed."""
    if isinstance(value, (list, tuple)):  # stored as an array of as many items
        if type(default) is not list or len(value) != len(default):
            return False
        return not value or to_data(value) == default
    return to_data(value) == default


@cache
def _layout(cls: type) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    """Field names of a dataclass and each field's default as data (MISSING for a field without one)."""
    names, defaults = [], []
    for f in dataclasses.fields(cls):
        names.append(f.name)
        if f.default is not dataclasses.MISSING:
            defaults.append(to_data(f.default))
        elif f.default_factory is not dataclasses.MISSING:
            defaults.append(to_data(f.default_factory()))
        else:
            defaults.append(dataclasses.MISSING)
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
