"""Years and longer: "1948", "1998-99", "nineteen ninety-six", "the 1990s", "the 20th century", and the
named periods of the table ("the end of World War II")."""

from __future__ import annotations

import re

from newscli.extract import isodates
from newscli.extract.anchors import (
    ABSOLUTE,
    PERIOD,
    PUBLISHED,
    UNRESOLVED,
    Context,
    Dated,
)
from newscli.extract.calendar_words import calendar
from newscli.extract.nearby import (
    PREPOSITIONS,
    counts_after,
    looks_like_count,
    next_word,
    prev_bare,
    words_of,
)
from newscli.extract.temporal import period_named


def period(m: re.Match[str], ctx: Context) -> Dated | None:
    words = re.sub(r"^(?:(?:the\s+)?(\w+)\s+of\s+)?(?:the\s+)?", "", m.group(), flags=re.I)
    edge_m = re.match(r"(?:the\s+)?(\w+)\s+of\s+", m.group(), flags=re.I)
    period = period_named(ctx.grammar, words) or period_named(
        ctx.grammar, re.sub(r"[\s-]+era$", "", words, flags=re.I)
    )
    if period is None:
        return None
    return Dated.of(period.when(edge_m[1].lower() if edge_m else None), PERIOD)


def two_digit_year(ctx: Context, yy: int) -> int | None:
    """'98 as a year: the latest year ending so, no later than ten years after the published year."""
    if not ctx.published:
        return None
    limit = ctx.published[0] + 10
    return limit - (limit - yy) % 100


_YEAR_NUMBER_WORDS = frozenset(("hundred", "thousand"))


def word_year(text: str) -> int | None:
    """A year written in words: "nineteen ninety-six", "nineteen oh five", "the year two thousand and one"."""
    cal = calendar()
    words = [
        w
        for w in re.split(r"[\s,-]+", text.lower())
        if (w in cal.numbers and w not in ("a", "an")) or w in _YEAR_NUMBER_WORDS
    ]
    if not words or words[0] not in cal.numbers:
        return None
    if "thousand" in words:
        at = words.index("thousand")
        return sum(cal.numbers[w] for w in words[:at]) * 1000 + sum(
            cal.numbers.get(w, 0) for w in words[at + 1 :]
        )
    rest = words[2:] if words[1:2] == ["hundred"] else words[1:]
    return cal.numbers[words[0]] * 100 + sum(cal.numbers.get(w, 0) for w in rest) if len(words) > 1 else None


_FOUR_DIGITS = re.compile(r"\d{4}")
EARLY_YEAR = 1800  # a bare number below this is a year only after "in", "since", "by"...
_BEFORE_EARLY_YEARS = frozenset(
    "in since by until till from of before after during circa c. around about".split()
)


def year(m: re.Match[str], ctx: Context) -> Dated | None:
    """A year, alone or with its modifiers ("1948", "the end of 1990", "fiscal 1989")."""
    y = int(_FOUR_DIGITS.findall(m.group())[-1])
    if _FOUR_DIGITS.fullmatch(m.group()):
        if looks_like_count(ctx.text, m.start(), m.end()):
            return None
        if y < EARLY_YEAR and prev_bare(ctx.text, m.start()) not in _BEFORE_EARLY_YEARS:
            return None  # "1948 votes to 1203"
    return Dated.of(isodates.year(y), ABSOLUTE)


def year_range(m: re.Match[str], ctx: Context) -> Dated | None:
    first_s, last_s = re.split(r"\s*[-\u2013/]\s*", m.group())
    first = int(first_s)
    last = int(last_s) if len(last_s) == 4 else first // 10 ** len(last_s) * 10 ** len(last_s) + int(last_s)
    if not first < last <= first + 100:
        return None  # "2024-06" is no range; "1998-99" and "2003-4" are
    if looks_like_count(ctx.text, m.start(), m.end()):
        return None
    return Dated.of(isodates.interval(isodates.year(first), isodates.year(last)), ABSOLUTE)


def year_words(m: re.Match[str], ctx: Context) -> Dated | None:
    text = m.group().lower()
    year = word_year(text)
    if year is None or not 1000 <= year <= 2099:
        return None
    spelled_count = ("thousand" in text or "hundred" in text) and "year" not in text
    if spelled_count and (
        prev_bare(ctx.text, m.start()) not in PREPOSITIONS or counts_after(ctx.text, m.end())
    ):
        return None  # "twelve hundred students"
    return Dated.of(isodates.year(year), ABSOLUTE)


def decade(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    text = m.group()
    words = words_of(m)
    if digits := re.search(r"(\d{3})0['\u2019]?s", text):
        first = int(digits[1]) * 10
        if first % 100 == 0 and first != 2000:
            return Dated.of(isodates.century(first), ABSOLUTE)  # "the 1800s"
        return Dated.of(isodates.decade(first), ABSOLUTE)
    tens = int(m2[1]) if (m2 := re.search(r"['\u2019](\d)0", text)) else None
    if tens is None:
        if "the" not in words:
            return None  # "in their twenties" is an age
        tens = next(cal.decade_words[w] for w in words if w in cal.decade_words)
    if not ctx.published:
        return Dated(None, None, UNRESOLVED)
    year = ctx.published[0]
    first = year // 100 * 100 + tens * 10
    if first > year:
        first -= 100
    return Dated.of(isodates.decade(first), PUBLISHED)


def century(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    text = m.group()
    if re.search(r"Century\s*$", text) and next_word(ctx.text, m.end())[:1].isupper():
        return None  # "20th Century Fox"
    if digits := re.search(r"(\d{1,2})(?:st|nd|rd|th)", text):
        n = int(digits[1])
    else:
        n = next((cal.ordinals[w] for w in re.split(r"[\s]+", text.lower()) if w in cal.ordinals), 0)
    if not 1 <= n <= 21:
        return None
    return Dated.of(isodates.century((n - 1) * 100), ABSOLUTE)
