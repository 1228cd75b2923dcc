"""Spans counted from a reference: "last week", "two years ago", "a year earlier", "the third quarter",
"year-earlier", and the vague ones that name no date ("recently", "now")."""

from __future__ import annotations

import datetime as dt
import re

from newscli.extract import isodates
from newscli.extract.anchors import (
    ABSOLUTE,
    EARLIER,
    PUBLISHED,
    UNRESOLVED,
    VAGUE,
    Context,
    Dated,
    year_for,
)
from newscli.extract.calendar_words import calendar
from newscli.extract.isodates import When
from newscli.extract.nearby import (
    bare,
    next_word,
    prev_bare,
    words_of,
)
from newscli.extract.years import two_digit_year

_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _last_quarter(ctx: Context, current: bool) -> When | None:
    """The published date's quarter ("this quarter") or the last one that has ended ("the latest quarter")."""
    if not ctx.published or ctx.published[1] is None:
        return None
    year, month, _ = ctx.published
    q = (month - 1) // 3 + 1  # type: ignore[operator]
    return isodates.quarter(year, q if current else q - 1)


def fiscal(m: re.Match[str], ctx: Context) -> Dated | None:
    lower = m.group().lower()
    words = re.findall(r"[a-z0-9']+", lower)
    unit = next(w for w in words if w in ("quarter", "half", "period"))
    if next_word(ctx.text, m.end()).lower() in ("of", "-") or re.match(
        r"-?\s*finals?\b", ctx.text[m.end() :]
    ):
        return None
    ordinal = next((_QUARTER_ORDINALS[w] for w in words if w in _QUARTER_ORDINALS), None)
    year_m = re.search(r"\b(\d{4})\b", m.group())
    qualifiers = set(words) - {unit, "the", "its", "of", "fiscal", "calendar"}
    year_ago = re.search(r"year-(?:earlier|ago)|comparable|corresponding", lower) is not None
    if unit == "half" and (ordinal not in (1, 2) or not (year_m or "fiscal" in words or "year" in words)):
        return None
    if unit == "period" and not (year_m or year_ago or "latest" in words):
        return None
    if unit == "quarter" and not (ordinal or qualifiers or words[0] in ("the", "its")):
        return None
    make = isodates.half if unit == "half" else isodates.quarter
    if year_m:
        year = int(year_m[1])
        if ordinal:
            return Dated.of(make(year, ordinal), ABSOLUTE)
        return Dated.of(isodates.year(year), ABSOLUTE)
    if year_ago:
        base = (
            ctx.previous if ctx.previous and ctx.previous.precision in ("quarter", "day", "month") else None
        )
        if base is None:
            latest = _last_quarter(ctx, current=False)
            return Dated.of(isodates.shift_years(latest, -1) if latest else None, PUBLISHED)
        quarter = isodates.quarter_of(base)
        return Dated.of(isodates.shift_years(quarter, -1), EARLIER)
    if ordinal:
        if not ctx.published:
            return Dated(None, None, UNRESOLVED)
        said = next((words[i - 1] for i, w in enumerate(words) if w in ("year", "year's") and i > 0), None)
        if said is not None:  # "last year's third quarter", "the first half of next year"
            return Dated.of(make(ctx.published[0] + _UNIT_SHIFT.get(said, 0), ordinal), PUBLISHED)
        month = (ordinal - 1) * (6 if unit == "half" else 3) + 1
        y = year_for(ctx, month, 1, None, m)
        return Dated.of(make(y, ordinal) if y else None, PUBLISHED)
    current = _last_quarter(ctx, current=True)
    if "next" in words:
        return Dated.of(
            isodates.quarter(int(current.value[:4]), int(current.value[-1]) + 1) if current else None,
            PUBLISHED,
        )
    if "this" in words or "current" in words:
        return Dated.of(current, PUBLISHED)
    if ctx.previous and ctx.previous.precision == "quarter":
        return Dated.of(ctx.previous, EARLIER)
    return Dated.of(_last_quarter(ctx, current=False), PUBLISHED)


def quarter_code(m: re.Match[str], ctx: Context) -> Dated | None:
    """ "Q3 2024", "H1", "Q4 '98": a quarter or half, its year from the words or the published date."""
    text = m.group()
    make = isodates.quarter if text[0] == "Q" else isodates.half
    number = int(text[1])
    if four := re.search(r"\d{4}", text[2:]):
        return Dated.of(make(int(four.group()), number), ABSOLUTE)
    if short := re.search(r"['\u2019](\d\d)", text):
        year = two_digit_year(ctx, int(short[1]))
        return Dated.of(make(year, number) if year else None, ABSOLUTE)
    y = year_for(ctx, (number - 1) * (3 if make is isodates.quarter else 6) + 1, 1, None, m)
    return Dated.of(make(y, number) if y else None, PUBLISHED)


def year_ago(m: re.Match[str], ctx: Context) -> Dated | None:
    base = ctx.previous
    if base is not None and base.precision in ("quarter", "half"):  # the period being reported
        return Dated.of(isodates.shift_years(base, -1), EARLIER)
    if not ctx.published:
        return Dated(None, None, UNRESOLVED)
    return Dated.of(isodates.year(ctx.published[0] - 1), PUBLISHED)


_UNIT_SHIFT = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


def unit(m: re.Match[str], ctx: Context) -> Dated | None:
    words = re.findall(r"[a-z']+", m.group().lower())
    text = " ".join(words)
    if re.fullmatch(r"year(?:'s)? end", text):
        unit, det = "yearend", "this"
    elif text == "this time last year":
        unit, det = "year", "last"
    else:
        unit = words[-1] if words[-1] != "year" or words[-2] != "fiscal" else "year"
        det_words = [w for w in words[:-1] if w not in ("fiscal",)]
        det = next(
            (w for w in reversed(det_words) if w in (*_UNIT_SHIFT, "this", "current", "that", "same", "the")),
            "",
        )
    edge = any(w in words for w in ("end", "beginning", "start", "middle", "rest", "turn"))
    if m.group().split()[-1][:1].isupper():
        return None  # a title: "This Week", "Next Year"
    if det == "past" and unit in ("decade", "century"):
        return None  # "the past century": the last hundred years, a duration
    if det == "the" and not edge and unit not in ("weekend",):
        return None  # "the year", "the week": too often a duration
    if unit in ("day", "morning", "night") and det in ("the", ""):
        return None
    anaphoric = det in ("that", "same") or (det in ("previous", "following") and unit != "weekend")
    if anaphoric:
        base_when = ctx.reference("any", m.start())  # "that year" may follow "last year"
        if base_when is None:
            return Dated(None, None, UNRESOLVED)
        return Dated.of(isodates.move(base_when, unit, _UNIT_SHIFT.get(det, 0)), EARLIER)
    if not ctx.published:
        return Dated(None, None, UNRESOLVED)
    shift = _UNIT_SHIFT.get(det, 0)
    year, month, _ = ctx.published
    if unit == "yearend":
        return Dated.of(isodates.day(dt.date(year, 12, 31)), PUBLISHED)
    if unit == "year":
        return Dated.of(isodates.year(year + shift), PUBLISHED)
    if unit == "decade":
        return Dated.of(isodates.decade(year // 10 * 10 + 10 * shift), PUBLISHED)
    if unit == "century":
        return Dated.of(isodates.century(year // 100 * 100 + 100 * shift), PUBLISHED)
    if unit == "month":
        return Dated.of(isodates.month(year, month + shift) if month else None, PUBLISHED)
    day = ctx.day
    if day is None:
        return Dated(None, None, UNRESOLVED)
    if unit == "week":
        return Dated.of(isodates.week(day + dt.timedelta(weeks=shift)), PUBLISHED)
    if unit == "weekend":
        saturday = (5 - day.weekday()) % 7
        if shift < 0 or (shift == 0 and ctx.lean(m) != "future" and day.weekday() < 5):
            saturday -= 7
        if shift > 0 and saturday == 0:
            saturday += 7
        return Dated.of(isodates.week(day + dt.timedelta(days=saturday)), PUBLISHED)
    return Dated.of(isodates.day(day + dt.timedelta(days=shift)), PUBLISHED)  # this morning, last night


_VAGUE_COUNTS = frozenset("few several many some couple".split())
_WORD_NEXT = re.compile(r"\s*[A-Za-z0-9]")  # matched where an expression ends, without copying the rest


def ago(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    words = re.findall(r"[a-z0-9]+", m.group().lower())
    direction = words[-1]
    unit_word = next(
        w for w in words if re.fullmatch(r"days?|weeks?|months?|years?|decades?|century|centuries", w)
    )
    unit = {"centuries": "century"}.get(unit_word, unit_word.rstrip("s"))
    if direction in ("before", "after") and _WORD_NEXT.match(ctx.text, m.end()):
        return None  # "a year before the election": relative to an event, not a date
    if any(w in _VAGUE_COUNTS for w in words[: words.index(unit_word)]) and "couple" not in words:
        return Dated(None, None, VAGUE)
    count = 0
    for w in words[: words.index(unit_word)]:
        if w.isdigit():
            count = int(w)
        elif w in cal.numbers:
            count += cal.numbers[w]
    count = count or (2 if "couple" in words else 0)
    if count == 0:
        return None
    sign = 1 if direction in ("later", "after") else -1
    reference = ctx.reference(unit, m.start())
    if direction in ("ago", "back"):
        base: When | None = None
    elif reference is not None:  # "earlier" without one counts from the published date
        base = reference
    elif sign < 0:
        base = None
    else:
        return Dated(None, None, UNRESOLVED)
    if base is None:
        return _ago_published(ctx, unit, sign * count)
    moved = isodates.move(base, unit, sign * count)
    if moved is None and unit in ("week", "day") and base.precision == "day":
        moved = isodates.day(
            dt.date.fromisoformat(base.value) + dt.timedelta(days=sign * count * (7 if unit == "week" else 1))
        )
    return Dated.of(moved, EARLIER) if moved else Dated(None, None, UNRESOLVED)


def _ago_published(ctx: Context, unit: str, n: int) -> Dated:
    if not ctx.published:
        return Dated(None, None, UNRESOLVED)
    year, month, _ = ctx.published
    if unit in ("year", "decade", "century"):
        return Dated.of(isodates.year(year + n * {"year": 1, "decade": 10, "century": 100}[unit]), PUBLISHED)
    if unit == "month":
        return Dated.of(isodates.month(year, month + n) if month else None, PUBLISHED)
    day = ctx.day
    if day is None:
        return Dated(None, None, UNRESOLVED)
    return Dated.of(isodates.day(day + dt.timedelta(days=n * (7 if unit == "week" else 1))), PUBLISHED)


_UNIT_WORDS = frozenset(
    """few several many couple day days week weeks weekend month months year years decade decades
    century""".split()
)
_NOT_NOW = frozenset("for until till by from".split())


def vague(m: re.Match[str], ctx: Context) -> Dated | None:
    words = words_of(m)
    prev = prev_bare(ctx.text, m.start())
    nxt = bare(next_word(ctx.text, m.end()))
    if words == ["now"] and (prev in _NOT_NOW or nxt == "that"):
        return None
    if words[-1] in ("past", "future") and (nxt.isdigit() or nxt in _UNIT_WORDS or nxt in calendar().numbers):
        return None  # "the past two months", "the past year": a duration or another expression
    return Dated(None, None, VAGUE)
