"""Queries about dated events: the chronological listing of `newscli timeline` and its filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newscli.errors import NotFound, UsageError
from newscli.extract.isodates import bounds
from newscli.index import Index
from newscli.model import Document, Event
from newscli.output import Column

EVENT_COLUMNS = (
    Column("date", "date"),
    Column("precision", "precision"),
    Column("expression", "expression"),
    Column("anchor", "anchor"),
    Column("people", "people"),
    Column("doc", "doc"),
    Column("start", "start", numeric=True),
    Column("end", "end", numeric=True),
    Column("sentence", "sentence", wrap=True),
)
_UNDATED = (dt.date.max, dt.date.max)


def event_record(event: Event, doc: Document) -> dict[str, Any]:
    """One event as a record: the date and how it was found, the words and their sentence, with offsets."""
    return {
        "date": event.date,
        "precision": event.precision,
        "expression": event.expression,
        "anchor": event.anchor,
        "sentence": doc.text[event.sentence_start : event.sentence_end],
        "people": list(event.people),
        "doc": event.doc,
        "start": event.start,
        "end": event.end,
        "sentence_start": event.sentence_start,
        "sentence_end": event.sentence_end,
        "repeat": event.repeat,
    }


def date_bound(value: str | None, option: str) -> tuple[dt.date, dt.date] | None:
    """A --from/--to value (2024, 2024-06, 2024-06-18; also 197 or 19) as the days it covers."""
    if value is None:
        return None
    found = bounds(value.strip())
    if found is None:
        raise UsageError(f"{option} {value!r} is not a date", hint="write 1948, 2024-06 or 2024-06-18")
    return found


def _person(index: Index, name: str) -> str:
    """The canonical name of the person `name` fuzzily names; NotFound when none or several are close."""
    from newscli.queries import people

    found = people.lookup(index, name)
    if found.entity is None:
        close = ", ".join(e.name for e, _ in found.candidates[:5])
        raise NotFound(f"{name!r} is close to several names", hint=f"say which: {close}")
    return found.entity.name


def timeline_records(
    index: Index,
    date_from: str | None = None,
    date_to: str | None = None,
    about: str | None = None,
    doc: str | None = None,
    repeats: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events in date order (undated ones last, in text order), kept when they overlap --from/--to,
    name the --about person, come from --doc; events in repeated lead text only with `repeats`."""
    lo, hi = date_bound(date_from, "--from"), date_bound(date_to, "--to")
    if doc is not None:
        from newscli.queries.docs import find_document

        doc = find_document(index, doc).id
    person = _person(index, about) if about else None
    return _chronological(index, lo, hi, doc, person, repeats, limit)


def person_events(index: Index, name: str) -> list[dict[str, Any]]:
    """The events whose sentence names the person with this canonical name, in date order (a profile's)."""
    return _chronological(index, None, None, None, name, repeats=False)


def _chronological(
    index: Index,
    lo: tuple[dt.date, dt.date] | None,
    hi: tuple[dt.date, dt.date] | None,
    doc: str | None,
    person: str | None,
    repeats: bool,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events in date order, filtered; only the first `limit` become records (and load documents)."""
    from newscli.extract.names import key

    wanted = key(person) if person else None
    keyed = []
    spans: dict[str | None, tuple[dt.date, dt.date]] = {}
    for position, (event_id, date, repeat, people) in enumerate(index.event_keys(doc, person is not None)):
        if repeat and not repeats:
            continue
        if wanted is not None and not any(key(p) == wanted for p in people or ()):
            continue
        if date not in spans:
            spans[date] = bounds(date) or _UNDATED
        span = spans[date]
        if (lo or hi) and span is _UNDATED:
            continue
        if (lo and span[1] < lo[0]) or (hi and span[0] > hi[1]):
            continue
        keyed.append(((span, position), event_id))
    keyed.sort(key=lambda pair: pair[0])
    keyed = keyed[:limit] if limit else keyed  # events (and their documents) for the rows shown only
    events = index.events_by_id([event_id for _, event_id in keyed])
    return [event_record(e, index.document(e.doc)) for e in events]  # type: ignore[arg-type]
