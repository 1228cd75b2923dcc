"""Days, months and seasons: "June 18, 2024", "Sept. 30", "last April", "Tuesday", "yesterday",
"Christmas", "last fall" - with their year from the words or the published date."""

from __future__ import annotations

import datetime as dt
import re

from newscli.extract import isodates
from newscli.extract.anchors import (
    ABSOLUTE,
    PUBLISHED,
    UNRESOLVED,
    Context,
    Dated,
    relation,
    year_for,
)
from newscli.extract.calendar_words import Calendar, calendar
from newscli.extract.nearby import (
    PREPOSITIONS,
    bare,
    capitalised_name_before,
    counts_after,
    next_word,
    prev_bare,
    sentence_initial,
    words_of,
)
from newscli.extract.years import two_digit_year, word_year

_NUM = re.compile(r"\d+")
_SEASON_PREPOSITIONS = frozenset("in during by until till since through throughout over before after".split())


def iso(m: re.Match[str], ctx: Context) -> Dated | None:
    y, mo, d = map(int, m.group().split("-"))
    day = isodates.safe_date(y, mo, d)
    return Dated.of(isodates.day(day), ABSOLUTE) if day else None


def _month_of(cal: Calendar, words: list[str]) -> int | None:
    return next((cal.months[w.rstrip(".")] for w in words if w.rstrip(".") in cal.months), None)


def day_of_month(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    words = words_of(m)
    month = _month_of(cal, words)
    numbers = [int(n) for n in _NUM.findall(m.group())]
    day_n = numbers[0]
    year = numbers[1] if len(numbers) > 1 else None
    if month is None or not 1 <= day_n <= 31:
        return None
    if year is None and counts_after(ctx.text, m.end()):  # "in May 12 people died"
        return None
    if year is not None:
        day = isodates.safe_date(year, month, day_n)
        return Dated.of(isodates.day(day), ABSOLUTE) if day else None
    y = year_for(ctx, month, day_n, None, m)
    if y is None:
        return Dated(None, None, UNRESOLVED)
    day = isodates.safe_date(y, month, day_n)
    return Dated.of(isodates.day(day), PUBLISHED) if day else None


_MONTH_WORD = re.compile(r"\b[A-Z][a-z]+\.?")


def month_year(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    month = _month_of(cal, words_of(m))
    name = next(
        (w for w in _MONTH_WORD.finditer(m.group()) if w.group().lower().rstrip(".") in cal.months), None
    )
    if month is None or name is None:
        return None
    rest = m.group()[name.end() :]
    if four := re.search(r"\d{4}", rest):
        year: int | None = int(four.group())
    elif short := re.search(r"['\u2019](\d\d)", rest):
        year = two_digit_year(ctx, int(short[1]))
        if year is None:
            return Dated(None, None, UNRESOLVED)
    else:
        year = word_year(rest)
    if year is None:
        return None
    return Dated.of(isodates.month(year, month), ABSOLUTE)


def month(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    words = words_of(m)
    month = _month_of(cal, words)
    if month is None:
        return None
    name_at = next(i for i, w in enumerate(words) if w.rstrip(".") in cal.months)
    mods, tail = words[:name_at], words[name_at + 1 :]
    if not mods and not tail:
        prev = prev_bare(ctx.text, m.start())
        nxt = next_word(ctx.text, m.end())
        if words[name_at] in cal.ambiguous_months and prev not in PREPOSITIONS:
            return None  # "may", "March", "August" as words or names
        if prev not in PREPOSITIONS and nxt[:1].isupper() and not sentence_initial(ctx.text, m.start()):
            return None  # a name: "June Carter"
        if capitalised_name_before(ctx.text, m.start()):
            return None
    if "year" in tail:
        shift = {"last": -1, "this": 0, "next": 1}[tail[-2]]
        if not ctx.published:
            return Dated(None, None, UNRESOLVED)
        return Dated.of(isodates.month(ctx.published[0] + shift, month), PUBLISHED)
    rel = relation(mods) if not any(w in mods for w in ("early", "late", "mid", "end", "beginning")) else None
    y = year_for(ctx, month, None, rel, m)
    if y is None:
        return Dated(None, None, UNRESOLVED)
    return Dated.of(isodates.month(y, month), PUBLISHED)


def season(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    words = words_of(m)
    name = next(w for w in words if w in cal.seasons)
    code = cal.seasons[name]
    at = words.index(name)
    mods, tail = words[:at], words[at + 1 :]
    year_given = re.search(r"\d{4}", m.group()) is not None or any(w in cal.numbers for w in tail)
    prev = prev_bare(ctx.text, m.start())
    nxt = bare(next_word(ctx.text, m.end()))
    if not year_given:
        plain = not mods or mods == ["the"]
        if nxt == "of" or (plain and prev not in _SEASON_PREPOSITIONS) or (name == "fall" and not mods):
            return None  # "to fall apart", "summer camp", "the spring of hope"
    else:
        year = int(y[0]) if (y := re.search(r"\d{4}", m.group())) else word_year(" ".join(tail))
        if year is None:
            return None
        return Dated.of(isodates.season(year, code), ABSOLUTE)
    start_month = isodates.SEASON_MONTHS[code][0]
    y = year_for(ctx, start_month, 1, relation(mods), m)
    return Dated.of(isodates.season(y, code) if y else None, PUBLISHED)


def relative_day(m: re.Match[str], ctx: Context) -> Dated | None:
    words = words_of(m)
    text = ctx.text
    if m.group()[:1].isupper() and not sentence_initial(text, m.start()):
        return None  # "USA Today", the "Today" programme
    shift = -2 if "before" in words else 2 if "after" in words else 0
    if "yesterday" in words:
        shift = -1
    elif "tomorrow" in words and "after" not in words:
        shift = 1
    day = ctx.day
    if day is None:
        return Dated(None, None, UNRESOLVED)
    return Dated.of(isodates.day(day + dt.timedelta(days=shift)), PUBLISHED)


def weekday(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    words = words_of(m)
    name = next(w for w in words if w in cal.weekdays)
    if prev_bare(ctx.text, m.start()) in cal.weekday_name_words and words[0] == name:
        return None  # "Black Monday", "Super Tuesday"
    after = next_word(ctx.text, m.end())
    if after[:1].isupper() and bare(after) in cal.weekday_names_after:
        return None  # "the Sunday Times"
    day = ctx.day
    if day is None:
        return Dated(None, None, UNRESOLVED)
    target = cal.weekdays[name]
    back = (day.weekday() - target) % 7
    ahead = (target - day.weekday()) % 7
    rel = relation(words[: words.index(name)])
    if rel == "last":
        delta = -(back or 7)
    elif rel == "next":
        delta = ahead or 7
    else:
        delta = ahead if ctx.lean(m) == "future" else -back
    return Dated.of(isodates.day(day + dt.timedelta(days=delta)), PUBLISHED)


def holiday(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    text = re.sub(r"^(?:last|this|next)\s+", "", m.group(), flags=re.I)
    year_m = re.search(r"\s+(\d{4})$", text)
    rule = cal.holidays[" ".join(text[: year_m.start()].lower().split() if year_m else text.lower().split())]
    rel = relation(words_of(m)[:1])

    def on(year: int) -> dt.date:
        if "easter" in rule:
            return isodates.easter(year) + dt.timedelta(days=int(rule["easter"]))  # type: ignore[call-overload]
        if "nth" in rule:
            weekday = cal.weekdays[str(rule["weekday"])]
            return isodates.nth_weekday(year, int(rule["month"]), weekday, int(rule["nth"]))  # type: ignore[call-overload]
        return dt.date(year, int(rule["month"]), int(rule["day"]))  # type: ignore[call-overload]

    if year_m:
        return Dated.of(isodates.day(on(int(year_m[1]))), ABSOLUTE)
    if not ctx.published:
        return Dated(None, None, UNRESOLVED)
    guess = on(ctx.published[0])
    y = year_for(ctx, guess.month, guess.day, rel, m)
    return Dated.of(isodates.day(on(y)) if y else None, PUBLISHED)
