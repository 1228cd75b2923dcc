"""Article metadata from front matter, sidecars and JSON records: field names, types and dates."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# Our field name -> the names news scrapers write for it (news-please, newspaper3k, trafilatura, ...).
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "doc_id", "uuid", "guid"),
    "title": ("title", "headline"),
    "text": ("text", "maintext", "body", "content", "article", "raw_text"),
    "date": ("date", "date_publish", "published", "publish_date", "published_at", "pubdate", "datetime"),
    "outlet": ("outlet", "source_domain", "publisher", "source", "site_name", "sitename"),
    "url": ("url", "link", "source_url"),
    "author": ("author", "authors", "byline"),
}
METADATA_FIELDS = ("title", "date", "outlet", "url", "author")
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_WRITTEN = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$|(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")


def pick(record: dict[str, Any], field: str) -> Any:
    """The value of `field` in a record under any of the names scrapers use for it (first present)."""
    lowered = {str(k).lower(): v for k, v in record.items()}
    for name in FIELD_NAMES[field]:
        value = lowered.get(name)
        if value not in (None, "", []):
            return value
    return None


def normalise(raw: dict[str, Any]) -> tuple[dict[str, str | None], list[str]]:
    """Metadata fields as strings (date as ISO), and one message for each value of a wrong type."""
    out: dict[str, str | None] = {}
    problems: list[str] = []
    for field in METADATA_FIELDS:
        value = pick(raw, field)
        if value is None:
            out[field] = None
        elif field == "date":
            out[field] = iso_date(value)
            if out[field] is None:
                problems.append(f"date {_show(value)} is not a date; left unknown")
        elif field == "author" and isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[field] = ", ".join(v.strip() for v in value if v.strip()) or None
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            out[field] = " ".join(str(value).split()) or None
        else:
            out[field] = None
            problems.append(f"{field}: expected text, got {type(value).__name__}; left unknown")
    return out, problems


def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else type(value).__name__
    return text if len(text) <= 40 else text[:39] + "\u2026"


def iso_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from a YAML date, an ISO string or 'June 18, 2024'."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    if m := _ISO.match(value):
        return _checked(int(m[1]), m[2] and int(m[2]), m[3] and int(m[3]))
    if m := _WRITTEN.match(value):
        month, day, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
        number = _MONTHS.get(month[:3].lower())
        return _checked(int(year), number, int(day)) if number else None
    return None


def _checked(year: int, month: int | None, day: int | None) -> str | None:
    try:
        if day:
            return dt.date(year, month or 1, day).isoformat()
        if month:
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
        return f"{year:04d}"
    except ValueError:
        return None
