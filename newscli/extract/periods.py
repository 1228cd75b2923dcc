"""Named periods ("World War II", "the Cold War"): the shipped table plus the user's `periods:` section."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from newscli.errors import UsageError
from newscli.extract import isodates
from newscli.extract.isodates import When

DATA = Path(__file__).resolve().parent.parent / "data" / "periods.yaml"
_START_EDGES = frozenset("start beginning outbreak onset dawn".split())
_END_EDGES = frozenset("end close fall collapse".split())


@dataclass(frozen=True, slots=True)
class Period:
    """A named period: the names it goes by, its first and last dates (ISO values)."""

    name: str
    names: tuple[str, ...]
    start: str
    end: str

    def when(self, edge: str | None = None) -> When:
        """The whole period, or its start or end when the text says "the end of", "the outbreak of"."""
        first, last = _when(self.start), _when(self.end)
        if edge in _START_EDGES or self.start == self.end:
            return first
        if edge in _END_EDGES:
            return last
        return isodates.interval(first, last)


def _when(value: str) -> When:
    precision = {4: "year", 7: "month", 10: "day"}[len(value)]
    return When(value, precision)


def _iso(value: Any, where: str) -> str:
    """A table date as an ISO value (YAML reads 1945 as int and 2001-09-11 as a date)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = f"{value:04d}" if isinstance(value, int) and not isinstance(value, bool) else str(value)
    if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", text) or isodates.bounds(text) is None:
        raise UsageError(f"{where}: {value!r} is not a date (write 1945, 1945-05 or 1945-05-08)")
    return text


def parse(entries: Any, source: str) -> list[Period]:
    """Periods from a list of {name, aliases, start, end} mappings; a malformed entry is a usage error."""
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise UsageError(f"{source}: periods must be a list of {{name, start, end}} entries")
    out = []
    for i, entry in enumerate(entries, 1):
        where = f"{source}: periods entry {i}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or "start" not in entry:
            raise UsageError(f"{where}: needs a name and a start (and may have aliases and an end)")
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise UsageError(f"{where}: aliases must be a list of names")
        start = _iso(entry["start"], where)
        end = _iso(entry.get("end", entry["start"]), where)
        if isodates.bounds(end)[1] < isodates.bounds(start)[0]:  # type: ignore[index]
            raise UsageError(f"{where}: ends before it starts")
        name = entry["name"].strip()
        names = tuple(dict.fromkeys(re.sub(r"^the\s+", "", n.strip()) for n in [name, *aliases]))
        out.append(Period(name, names, start, end))
    return out


@cache
def shipped() -> tuple[Period, ...]:
    """The periods table shipped with newscli."""
    from newscli.yamlio import load_yaml

    data = load_yaml(DATA.read_text(encoding="utf-8"), str(DATA))
    return tuple(parse(data["periods"], str(DATA)))


def table(user_entries: Any = None, source: str = "config") -> tuple[Period, ...]:
    """The user's periods first (they win on a shared name), then the shipped ones."""
    return (*parse(user_entries, source), *shipped())
