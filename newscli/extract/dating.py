"""What a found expression means: a date resolved from the words alone, against the published date,
against the date the text last mentioned, or from the periods table \u2014 or a rejection (2,000 troops).

One function per family of the grammar in `temporal`; each returns a `Dated` or None (not a date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newscli.extract import isodates
from newscli.extract.isodates import When
from newscli.extract.temporal import Calendar, Grammar, calendar, period_named
from newscli.extract.tense import leaning

REFERENCE_REACH = 600  # how far back (characters, a paragraph or two) "a year later" looks for its date
ABSOLUTE = "absolute"
PUBLISHED = "published date"
EARLIER = "earlier date"  # a date the text mentioned before ("a year later", "that day")
PERIOD = "period table"
UNRESOLVED = "unresolved"  # needs a published (or earlier) date the document does not have
VAGUE = "vague"  # names no particular date ("recently", "now")


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


# --- words around a match ---------------------------------------------------------------------------

_NEXT = re.compile(r"\s*([^\s]+)")
_NUM = re.compile(r"\d+")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'\u2019]*|\d+")
_SEASON_PREPOSITIONS = frozenset("in during by until till since through throughout over before after".split())
_PREPOSITIONS = frozenset(
    "in since until till by from through throughout during before after of between and or to on for into"
    " last this next early late mid".split()
)


def _prev_word(text: str, start: int) -> str:
    """The whitespace-delimited word before `start` (at most 40 characters back), or ""."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    lo = max(0, end - 40)
    begin = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end), text.rfind("\t", lo, end)) + 1
    return text[max(begin, lo) : end]


def _next_word(text: str, end: int) -> str:
    m = _NEXT.match(text, end)
    return m[1] if m else ""


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()[]").lower()


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a paragraph or a quotation."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018(`":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def _capitalised_name_before(text: str, start: int) -> bool:
    """Whether a capitalised word (not a sentence opener, not a possessive) stands right before `start`."""
    prev = _prev_word(text, start)
    if not prev or not prev[0].isupper() or prev.endswith(("'s", "\u2019s", "'", "\u2019", ",")):
        return False
    return not _sentence_initial(text, start - len(prev) - 1) and _bare(prev) not in _PREPOSITIONS


def _words(m: re.Match[str]) -> list[str]:
    return [w.lower() for w in _WORDS.findall(m.group())]


# --- which year a month, quarter, season or holiday falls in ----------------------------------------


def _year_for(ctx: Context, month: int, day: int | None, rel: str | None, m: re.Match[str]) -> int | None:
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


SAME_DAYS = 3  # this close to the published date, a date is on either side
TENSE_REACH_DAYS = 120  # the tense may choose a reading at most this much further away than the nearest


def _rel(words: list[str]) -> str | None:
    """last / next / this from a modifier ("this past" is last, "this coming" next)."""
    if "past" in words or "previous" in words or "last" in words:
        return "last"
    if "next" in words or "coming" in words or "following" in words:
        return "next"
    return "this" if "this" in words else None


# --- families ----------------------------------------------------------------------------------------


def _period(m: re.Match[str], ctx: Context) -> Dated | None:
    words = re.sub(r"^(?:(?:the\s+)?(\w+)\s+of\s+)?(?:the\s+)?", "", m.group(), flags=re.I)
    edge_m = re.match(r"(?:the\s+)?(\w+)\s+of\s+", m.group(), flags=re.I)
    period = period_named(ctx.grammar, words) or period_named(
        ctx.grammar, re.sub(r"[\s-]+era$", "", words, flags=re.I)
    )
    if period is None:
        return None
    return Dated.of(period.when(edge_m[1].lower() if edge_m else None), PERIOD)


def _iso(m: re.Match[str], ctx: Context) -> Dated | None:
    y, mo, d = map(int, m.group().split("-"))
    day = isodates.safe_date(y, mo, d)
    return Dated.of(isodates.day(day), ABSOLUTE) if day else None


def _month_of(cal: Calendar, words: list[str]) -> int | None:
    return next((cal.months[w.rstrip(".")] for w in words if w.rstrip(".") in cal.months), None)


def _date(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    words = _words(m)
    month = _month_of(cal, words)
    numbers = [int(n) for n in _NUM.findall(m.group())]
    day_n = numbers[0]
    year = numbers[1] if len(numbers) > 1 else None
    if month is None or not 1 <= day_n <= 31:
        return None
    if year is None and _counts_after(ctx.text, m.end()):  # "in May 12 people died"
        return None
    if year is not None:
        day = isodates.safe_date(year, month, day_n)
        return Dated.of(isodates.day(day), ABSOLUTE) if day else None
    y = _year_for(ctx, month, day_n, None, m)
    if y is None:
        return Dated(None, None, UNRESOLVED)
    day = isodates.safe_date(y, month, day_n)
    return Dated.of(isodates.day(day), PUBLISHED) if day else None


def _two_digit_year(ctx: Context, yy: int) -> int | None:
    """'98 as a year: the latest year ending so, no later than ten years after the published year."""
    if not ctx.published:
        return None
    limit = ctx.published[0] + 10
    return limit - (limit - yy) % 100


_YEAR_NUMBER_WORDS = frozenset(("hundred", "thousand"))


def _word_year(text: str) -> int | None:
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


_MONTH_WORD = re.compile(r"\b[A-Z][a-z]+\.?")


def _month_year(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    month = _month_of(cal, _words(m))
    name = next(
        (w for w in _MONTH_WORD.finditer(m.group()) if w.group().lower().rstrip(".") in cal.months), None
    )
    if month is None or name is None:
        return None
    rest = m.group()[name.end() :]
    if four := re.search(r"\d{4}", rest):
        year: int | None = int(four.group())
    elif short := re.search(r"['\u2019](\d\d)", rest):
        year = _two_digit_year(ctx, int(short[1]))
        if year is None:
            return Dated(None, None, UNRESOLVED)
    else:
        year = _word_year(rest)
    if year is None:
        return None
    return Dated.of(isodates.month(year, month), ABSOLUTE)


def _month(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    text = m.group()
    words = _words(m)
    month = _month_of(cal, words)
    if month is None:
        return None
    name_at = next(i for i, w in enumerate(words) if w.rstrip(".") in cal.months)
    mods, tail = words[:name_at], words[name_at + 1 :]
    if not mods and not tail:
        prev = _bare(_prev_word(ctx.text, m.start()))
        nxt = _next_word(ctx.text, m.end())
        if words[name_at] in cal.ambiguous_months and prev not in _PREPOSITIONS:
            return None  # "may", "March", "August" as words or names
        if prev not in _PREPOSITIONS and nxt[:1].isupper() and not _sentence_initial(ctx.text, m.start()):
            return None  # a name: "June Carter"
        if _capitalised_name_before(ctx.text, m.start()):
            return None
    if "year" in tail:
        shift = {"last": -1, "this": 0, "next": 1}[tail[-2]]
        if not ctx.published:
            return Dated(None, None, UNRESOLVED)
        return Dated.of(isodates.month(ctx.published[0] + shift, month), PUBLISHED)
    rel = _rel(mods) if not any(w in mods for w in ("early", "late", "mid", "end", "beginning")) else None
    y = _year_for(ctx, month, None, rel, m)
    if y is None:
        return Dated(None, None, UNRESOLVED)
    return Dated.of(isodates.month(y, month), PUBLISHED)


def _counts_after(text: str, end: int) -> bool:
    """Whether the word after a number makes it a count or measure: "2000 troops", "1930 GMT"."""
    cal = calendar()
    raw = _next_word(text, end)
    nxt = _bare(raw)
    if not nxt:
        return False
    if nxt in cal.measure_words and (raw[0].islower() or raw.isupper()):
        return True
    plural = (
        raw[0].islower() and nxt.endswith("s") and not nxt.endswith(("'s", "\u2019s", "ss")) and len(nxt) > 3
    )
    return plural and nxt not in cal.year_plurals


_BEFORE_YEARS_ONLY = frozenset("since until till during year".split())  # "during 2004 blogs became..."


def _looks_like_count(text: str, start: int, end: int) -> bool:
    """Whether a bare four-digit number is a count, a measure, a price or a model rather than a year."""
    cal = calendar()
    prev = _prev_word(text, start)
    if prev and (prev[-1] in "$£€¥#" or _bare(prev) in cal.count_words_before):
        return True
    if _capitalised_name_before(text, start):
        return True  # "Windows 2000", "Euro 2004"
    return _bare(prev) not in _BEFORE_YEARS_ONLY and _counts_after(text, end)


def _year(m: re.Match[str], ctx: Context) -> Dated | None:
    y = int(re.findall(r"\d{4}", m.group())[-1])
    plain = re.fullmatch(r"\d{4}", m.group()) is not None
    if plain and _looks_like_count(ctx.text, m.start(), m.end()):
        return None
    return Dated.of(isodates.year(y), ABSOLUTE)


def _year_range(m: re.Match[str], ctx: Context) -> Dated | None:
    first_s, last_s = re.split(r"\s*[-\u2013/]\s*", m.group())
    first = int(first_s)
    last = int(last_s) if len(last_s) == 4 else first // 10 ** len(last_s) * 10 ** len(last_s) + int(last_s)
    if not first < last <= first + 100:
        return None  # "2024-06" is no range; "1998-99" and "2003-4" are
    if _looks_like_count(ctx.text, m.start(), m.end()):
        return None
    return Dated.of(isodates.interval(isodates.year(first), isodates.year(last)), ABSOLUTE)


def _year_words(m: re.Match[str], ctx: Context) -> Dated | None:
    text = m.group().lower()
    year = _word_year(text)
    if year is None or not 1000 <= year <= 2099:
        return None
    if ("thousand" in text or "hundred" in text) and "year" not in text:  # "twelve hundred" students
        if _bare(_prev_word(ctx.text, m.start())) not in _PREPOSITIONS or _counts_after(ctx.text, m.end()):
            return None
    return Dated.of(isodates.year(year), ABSOLUTE)


def _decade(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    text = m.group()
    words = _words(m)
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


def _century(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    text = m.group()
    if re.search(r"Century\s*$", text) and _next_word(ctx.text, m.end())[:1].isupper():
        return None  # "20th Century Fox"
    if digits := re.search(r"(\d{1,2})(?:st|nd|rd|th)", text):
        n = int(digits[1])
    else:
        n = next((cal.ordinals[w] for w in re.split(r"[\s]+", text.lower()) if w in cal.ordinals), 0)
    if not 1 <= n <= 21:
        return None
    return Dated.of(isodates.century((n - 1) * 100), ABSOLUTE)


_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _last_quarter(ctx: Context, current: bool) -> When | None:
    """The published date's quarter ("this quarter") or the last one that has ended ("the latest quarter")."""
    if not ctx.published or ctx.published[1] is None:
        return None
    year, month, _ = ctx.published
    q = (month - 1) // 3 + 1  # type: ignore[operator]
    return isodates.quarter(year, q if current else q - 1)


def _shift_years(when: When, n: int) -> When | None:
    """A year, quarter, half, month or day moved by n years (None for coarser values)."""
    if when.precision == "day":
        return isodates.day(isodates.add_months(dt.date.fromisoformat(when.value), 12 * n))
    if when.precision in ("year", "quarter", "half", "month", "season", "week") and "/" not in when.value:
        return When(f"{int(when.value[:4]) + n:04d}{when.value[4:]}", when.precision)
    return None


def _fiscal(m: re.Match[str], ctx: Context) -> Dated | None:
    lower = m.group().lower()
    words = re.findall(r"[a-z0-9']+", lower)
    unit = next(w for w in words if w in ("quarter", "half", "period"))
    if _next_word(ctx.text, m.end()).lower() in ("of", "-") or re.match(
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
            return Dated.of(_shift_years(latest, -1) if latest else None, PUBLISHED)
        quarter = _quarter_of(base)
        return Dated.of(_shift_years(quarter, -1), EARLIER)
    if ordinal:
        if not ctx.published:
            return Dated(None, None, UNRESOLVED)
        said = next((words[i - 1] for i, w in enumerate(words) if w in ("year", "year's") and i > 0), None)
        if said is not None:  # "last year's third quarter", "the first half of next year"
            return Dated.of(make(ctx.published[0] + _UNIT_SHIFT.get(said, 0), ordinal), PUBLISHED)
        month = (ordinal - 1) * (6 if unit == "half" else 3) + 1
        y = _year_for(ctx, month, 1, None, m)
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


def _quarter_of(when: When) -> When:
    if when.precision in ("day", "month"):
        return isodates.quarter(int(when.value[:4]), (int(when.value[5:7]) - 1) // 3 + 1)
    return when


def _year_ago(m: re.Match[str], ctx: Context) -> Dated | None:
    base = ctx.previous
    if base is not None and base.precision in ("quarter", "half"):  # the period being reported
        return Dated.of(_shift_years(base, -1), EARLIER)
    if not ctx.published:
        return Dated(None, None, UNRESOLVED)
    return Dated.of(isodates.year(ctx.published[0] - 1), PUBLISHED)


def _season(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    words = _words(m)
    name = next(w for w in words if w in cal.seasons)
    code = cal.seasons[name]
    at = words.index(name)
    mods, tail = words[:at], words[at + 1 :]
    year_given = re.search(r"\d{4}", m.group()) is not None or any(w in cal.numbers for w in tail)
    prev = _bare(_prev_word(ctx.text, m.start()))
    nxt = _bare(_next_word(ctx.text, m.end()))
    if not year_given:
        bare = not mods or mods == ["the"]
        if nxt == "of" or (bare and prev not in _SEASON_PREPOSITIONS) or (name == "fall" and not mods):
            return None  # "to fall apart", "summer camp", "the spring of hope"
    else:
        year = int(y[0]) if (y := re.search(r"\d{4}", m.group())) else _word_year(" ".join(tail))
        if year is None:
            return None
        return Dated.of(isodates.season(year, code), ABSOLUTE)
    start_month = isodates.SEASON_MONTHS[code][0]
    y = _year_for(ctx, start_month, 1, _rel(mods), m)
    return Dated.of(isodates.season(y, code) if y else None, PUBLISHED)


def _relday(m: re.Match[str], ctx: Context) -> Dated | None:
    words = _words(m)
    text = ctx.text
    if m.group()[:1].isupper() and not _sentence_initial(text, m.start()):
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


def _weekday(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    words = _words(m)
    name = next(w for w in words if w in cal.weekdays)
    if _bare(_prev_word(ctx.text, m.start())) in cal.weekday_name_words and words[0] == name:
        return None  # "Black Monday", "Super Tuesday"
    after = _next_word(ctx.text, m.end())
    if after[:1].isupper() and _bare(after) in cal.weekday_names_after:
        return None  # "the Sunday Times"
    day = ctx.day
    if day is None:
        return Dated(None, None, UNRESOLVED)
    target = cal.weekdays[name]
    back = (day.weekday() - target) % 7
    ahead = (target - day.weekday()) % 7
    rel = _rel(words[: words.index(name)])
    if rel == "last":
        delta = -(back or 7)
    elif rel == "next":
        delta = ahead or 7
    else:
        delta = ahead if ctx.lean(m) == "future" else -back
    return Dated.of(isodates.day(day + dt.timedelta(days=delta)), PUBLISHED)


def _holiday(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    text = re.sub(r"^(?:last|this|next)\s+", "", m.group(), flags=re.I)
    year_m = re.search(r"\s+(\d{4})$", text)
    rule = cal.holidays[" ".join(text[: year_m.start()].lower().split() if year_m else text.lower().split())]
    rel = _rel(_words(m)[:1])

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
    y = _year_for(ctx, guess.month, guess.day, rel, m)
    return Dated.of(isodates.day(on(y)) if y else None, PUBLISHED)


_UNIT_SHIFT = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


def _relunit(m: re.Match[str], ctx: Context) -> Dated | None:
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
        return Dated.of(_move(base_when, unit, _UNIT_SHIFT.get(det, 0)), EARLIER)
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


def _move(when: When, unit: str, n: int) -> When | None:
    """A date the text gave, moved by n units, at the unit's precision when the date is precise enough."""
    bounds = isodates.bounds(when.value)
    if bounds is None:
        return None
    first = bounds[0]
    if unit == "year":
        return (
            _shift_years(when, n)
            if when.precision in ("year", "quarter", "half")
            else isodates.year(first.year + n)
        )
    if unit in ("month",) and when.precision in ("month", "day", "week"):
        return isodates.month(first.year, first.month + n)
    if unit in ("day", "morning", "night") and when.precision == "day":
        return isodates.day(first + dt.timedelta(days=n))
    if unit in ("week", "weekend") and when.precision in ("day", "week"):
        return isodates.week(first + dt.timedelta(weeks=n))
    if unit == "decade":
        return isodates.decade(first.year + 10 * n)
    if unit == "century":
        return isodates.century(first.year // 100 * 100 + 100 * n)
    return None


_VAGUE_COUNTS = frozenset("few several many some couple".split())


def _ago(m: re.Match[str], ctx: Context) -> Dated | None:
    cal = calendar()
    words = re.findall(r"[a-z0-9]+", m.group().lower())
    direction = words[-1]
    unit_word = next(
        w for w in words if re.fullmatch(r"days?|weeks?|months?|years?|decades?|century|centuries", w)
    )
    unit = {"centuries": "century"}.get(unit_word, unit_word.rstrip("s"))
    if direction in ("before", "after") and re.match(r"\s*[A-Za-z0-9]", ctx.text[m.end() :]):
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
    moved = _move(base, unit, sign * count)
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
    "few several many couple day days week weeks weekend month months year years decade decades century".split()
)
_NOT_NOW = frozenset("for until till by from".split())


def _vague(m: re.Match[str], ctx: Context) -> Dated | None:
    words = _words(m)
    prev = _bare(_prev_word(ctx.text, m.start()))
    nxt = _bare(_next_word(ctx.text, m.end()))
    if words == ["now"] and (prev in _NOT_NOW or nxt == "that"):
        return None
    if words[-1] in ("past", "future") and (nxt.isdigit() or nxt in _UNIT_WORDS or nxt in calendar().numbers):
        return None  # "the past two months", "the past year": a duration or another expression
    return Dated(None, None, VAGUE)


RESOLVERS: dict[str, Callable[[re.Match[str], Context], Dated | None]] = {
    "period": _period,
    "iso": _iso,
    "date_md": _date,
    "date_dm": _date,
    "month_year": _month_year,
    "month": _month,
    "year_range": _year_range,
    "year": _year,
    "year_words": _year_words,
    "decade": _decade,
    "century": _century,
    "fiscal": _fiscal,
    "year_ago": _year_ago,
    "season": _season,
    "relday": _relday,
    "weekday": _weekday,
    "holiday": _holiday,
    "relunit": _relunit,
    "ago": _ago,
    "vague": _vague,
}


def resolve(m: re.Match[str], ctx: Context) -> Dated | None:
    """The meaning of one match of the grammar, or None when it is not a date after all."""
    return RESOLVERS[m.lastgroup or ""](m, ctx)
