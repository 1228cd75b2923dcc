"""Date values of the timeline: ISO 8601 strings as precise as the text allows, their bounds, arithmetic.

A value is one of: `2024-06-18` (day), `2024-W25` (week), `2024-06` (month), `2024-Q2` (quarter),
`2024-H1` (half), `2024-SU` (season: SP SU FA WI), `2024` (year), `202` (decade), `20` (century), or
an interval `1939/1945` of two of these. Everything here is pure calendar arithmetic on the stdlib.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

PRECISIONS = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into the next year

_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?"
    r"|(?P<dec>\d{3})|(?P<cen>\d{2})"
)


@dataclass(frozen=True, slots=True)
class When:
    """A resolved date: its ISO value and precision (day ... century)."""

    value: str
    precision: str

    @property
    def year(self) -> int | None:
        """The year of a value at year precision or finer (None for decades, centuries, intervals)."""
        return int(self.value[:4]) if len(self.value) >= 4 and "/" not in self.value else None


def day(d: dt.date) -> When:
    return When(d.isoformat(), "day")


def month(year: int, mon: int) -> When:
    year, mon = year + (mon - 1) // 12, (mon - 1) % 12 + 1
    return When(f"{year:04d}-{mon:02d}", "month")


def year(y: int) -> When:
    return When(f"{y:04d}", "year")


def quarter(y: int, q: int) -> When:
    y, q = y + (q - 1) // 4, (q - 1) % 4 + 1
    return When(f"{y:04d}-Q{q}", "quarter")


def half(y: int, h: int) -> When:
    return When(f"{y:04d}-H{h}", "half")


def season(y: int, code: str) -> When:
    return When(f"{y:04d}-{code}", "season")


def week(d: dt.date) -> When:
    iso = d.isocalendar()
    return When(f"{iso.year:04d}-W{iso.week:02d}", "week")


def decade(y: int) -> When:
    return When(f"{y // 10:03d}", "decade")


def century(first_year: int) -> When:
    """The century that starts at `first_year` (1900 -> "19", the 20th century in TimeML's sense)."""
    return When(f"{first_year // 100:02d}", "century")


def interval(first: When, last: When) -> When:
    """From the start of `first` to the end of `last`, at the coarser of their precisions."""
    coarser = max(first.precision, last.precision, key=PRECISIONS.index)
    return When(f"{first.value}/{last.value}", coarser)


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None when it does not exist (February 30th)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def add_months(d: dt.date, n: int) -> dt.date:
    """`d` moved by n months, the day clipped to the month's length."""
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    for day_ in (d.day, 30, 29, 28):
        if (moved := safe_date(y, m, day_)) is not None:
            return moved
    raise AssertionError("unreachable")  # pragma: no cover


def nth_weekday(y: int, m: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based) weekday (0 = Monday) of a month: Thanksgiving, the 4th Thursday of November."""
    first = dt.date(y, m, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def easter(y: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm of Meeus, Jones and Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - b // 4 - g + 15) % 30
    week_day = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
    shift = (a + 11 * h + 22 * week_day) // 451
    n = h + week_day - 7 * shift + 114
    return dt.date(y, n // 31, n % 31 + 1)


def bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a value covers (an interval: from its first part's start to its last's end)."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        lo, hi = bounds(first), bounds(last)
        return (lo[0], hi[1]) if lo and hi else None
    m = _VALUE.fullmatch(value)
    if not m:
        return None
    if m["dec"]:
        y = int(m["dec"]) * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    if m["cen"]:
        y = int(m["cen"]) * 100
        return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    y = int(m["y"])
    if m["d"]:
        d = safe_date(y, int(m["m"]), int(m["d"]))
        return (d, d) if d else None
    if m["m"]:
        mon = int(m["m"])
        if not 1 <= mon <= 12:
            return None
        return dt.date(y, mon, 1), add_months(dt.date(y, mon, 1), 1) - dt.timedelta(days=1)
    if m["w"]:
        try:
            lo = dt.date.fromisocalendar(y, int(m["w"]), 1)
        except ValueError:
            return None
        return lo, lo + dt.timedelta(days=6)
    first, months = (
        ((int(m["q"]) - 1) * 3 + 1, 3)
        if m["q"]
        else ((int(m["h"]) - 1) * 6 + 1, 6)
        if m["h"]
        else (SEASON_MONTHS[m["s"]][0], 3)
        if m["s"]
        else (1, 12)
    )
    lo = dt.date(y, 1, 1)
    lo = add_months(lo, first - 1)
    return lo, add_months(lo, months) - dt.timedelta(days=1)


def shift_years(when: When, n: int) -> When | None:
    """A day, week, month, quarter, half, season or year moved by n years (None for coarser values)."""
    if when.precision == "day":
        return day(add_months(dt.date.fromisoformat(when.value), 12 * n))
    if when.precision in ("year", "quarter", "half", "month", "season", "week") and "/" not in when.value:
        return When(f"{int(when.value[:4]) + n:04d}{when.value[4:]}", when.precision)
    return None


def quarter_of(when: When) -> When:
    """The quarter a day or month falls in; other values unchanged."""
    if when.precision in ("day", "month"):
        return quarter(int(when.value[:4]), (int(when.value[5:7]) - 1) // 3 + 1)
    return when


def move(when: When, unit: str, n: int) -> When | None:
    """A value moved by n units (day, week, month, year, decade, century), at the unit's precision
    when the value is precise enough for it ("two days after" a year is None)."""
    span = bounds(when.value)
    if span is None:
        return None
    first = span[0]
    if unit == "year":
        return shift_years(when, n) if when.precision in ("year", "quarter", "half") else year(first.year + n)
    if unit == "month" and when.precision in ("month", "day", "week"):
        return month(first.year, first.month + n)
    if unit in ("day", "morning", "night") and when.precision == "day":
        return day(first + dt.timedelta(days=n))
    if unit in ("week", "weekend") and when.precision in ("day", "week"):
        return week(first + dt.timedelta(weeks=n))
    if unit == "decade":
        return decade(first.year + 10 * n)
    if unit == "century":
        return century(first.year // 100 * 100 + 100 * n)
    return None
