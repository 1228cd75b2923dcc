"""What relative dates are resolved against: the published date, the dates the text gave before, and
the tense of the clause; and the record of how one expression was resolved."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newscli.extract.isodates import When
from newscli.extract.temporal import Grammar
from newscli.extract.tense import leaning

ABSOLUTE = "absolute"
PUBLISHED = "published date"
EARLIER = "earlier date"  # a date the text gave before ("a year later", "that day")
PERIOD = "period table"
UNRESOLVED = "unresolved"  # needs a published (or earlier) date the document does not have
VAGUE = "vague"  # names no particular date ("recently", "now")
REFERENCE_REACH = 600  # how far back (characters, a paragraph or two) "a year later" looks for its date
SAME_DAYS = 3  # this close to the published date, a date is on either side of it
TENSE_REACH_DAYS = 120  # the tense may choose a reading at most this much further away than the nearest


@dataclass(slots=True)
class Dated:
    """The meaning of one expression: ISO value and precision (None when unresolved) and the anchor used."""

    value: str | None
    precision: str | None
    anchor: str

    @classmethod
    def of(cls, when: When | None, anchor: str) -> Dated:
        return cls(when.value, when.precision, anchor) if when else cls(None, None, UNRESOLVED)


@dataclass(slots=True)
class Context:
    """What relative expressions are resolved against, for one document."""

    text: str
    grammar: Grammar
    published: tuple[int, int | None, int | None] | None  # year, month, day of the document's date
    previous: When | None = None  # the last date resolved without leaning on an earlier one
    previous_absolute: When | None = None  # the last date the words alone gave ("in 1990", "May 5, 2001")
    previous_at: int = 0
    previous_absolute_at: int = 0
    sentence_start: int = 0
    sentence_end: int = 0

    @property
    def day(self) -> dt.date | None:
        """The published date when it is known to the day."""
        p = self.published
        return dt.date(p[0], p[1], p[2]) if p and p[1] and p[2] else None

    def note(self, dated: Dated, at: int) -> None:
        """Remember a resolved date as the reference of later ones ("a year later", "that day"); dates
        that leaned on an earlier one are not references themselves, so "a year earlier" never drifts."""
        if dated.value is None or dated.anchor in (EARLIER, VAGUE):
            return
        self.previous, self.previous_at = When(dated.value, dated.precision or ""), at
        if dated.anchor == ABSOLUTE:
            self.previous_absolute, self.previous_absolute_at = self.previous, at

    def reference(self, unit: str, at: int) -> When | None:
        """The date "a year later" or "that day" at `at` counts from: for years and longer, the last one
        the words alone gave ("in 1990 ... two years later"); for shorter spans, any resolved one
        ("on Tuesday ... two days later"); only when it is recent (REFERENCE_REACH characters)."""
        if unit in ("year", "decade", "century"):
            when, where = self.previous_absolute, self.previous_absolute_at
        else:
            when, where = self.previous, self.previous_at
        if when is None or "/" in when.value or at - where > REFERENCE_REACH:
            return None
        return when

    def lean(self, m: re.Match[str]) -> str | None:
        return leaning(self.text, self.sentence_start, self.sentence_end, m.start(), m.end())


def published_parts(date: str | None) -> tuple[int, int | None, int | None] | None:
    """A document date (YYYY, YYYY-MM or YYYY-MM-DD) as its parts."""
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", date or "")
    if not m:
        return None
    return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None


def year_for(ctx: Context, month: int, day: int | None, rel: str | None, m: re.Match[str]) -> int | None:
    """The year of a month (and day) without one: "last"/"next" say which side of the published date;
    otherwise the occurrence nearest the published date, or the one on the side the clause's tense
    points to when that is not much further away (a December past in a February article)."""
    if not ctx.published:
        return None
    year, pub_month, pub_day = ctx.published
    if pub_month is None:
        return year if rel in (None, "this") else None
    here = (pub_month, pub_day or 1)
    there = (month, day or (1 if rel == "next" else 31))
    if rel == "last":
        return year if there < here and month != pub_month else year - 1
    if rel == "next":
        return year if there > here and month != pub_month else year + 1
    if rel == "this":
        return year
    # The occurrence nearest the published date, unless the clause's tense rules out that side and
    # the other side is not much further away.
    pub = (pub_month - 1) * 30.5 + (pub_day or 15)
    at = (month - 1) * 30.5 + (day or 15)
    options = sorted((abs(at + 366 * k - pub), k) for k in (-1, 0, 1))
    best = options[0]
    if (lean := ctx.lean(m)) is not None:
        side = [o for o in options if (o[1] * 366 + at - pub <= 0) == (lean == "past") or o[0] <= SAME_DAYS]
        if side and side[0][0] - best[0] <= TENSE_REACH_DAYS:
            best = side[0]
    return year + best[1]


def relation(words: list[str]) -> str | None:
    """last / next / this from a modifier ("this past" is last, "this coming" next)."""
    if "past" in words or "previous" in words or "last" in words:
        return "last"
    if "next" in words or "coming" in words or "following" in words:
        return "next"
    return "this" if "this" in words else None
