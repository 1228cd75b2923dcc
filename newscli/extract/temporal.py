"""Finding temporal expressions: one compiled grammar over the text, each match named by its family.

The words (months, weekdays, seasons, holidays, numbers) come from data/calendar.yaml and the named
periods from data/periods.yaml plus the user's config; the grammar is built once per periods table.
Matching only proposes spans; `dating` decides what each means and rejects look-alikes (2,000 troops).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from newscli.extract.periods import Period

DATA = Path(__file__).resolve().parent.parent / "data" / "calendar.yaml"


@dataclass(frozen=True)
class Calendar:
    """The calendar words of calendar.yaml, keyed by their lower-case spelling."""

    months: dict[str, int]  # full names and abbreviations
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]  # 0 = Monday
    weekday_name_words: frozenset[str]
    seasons: dict[str, str]
    holidays: dict[str, dict[str, object]]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    decade_words: dict[str, int]
    measure_words: frozenset[str]
    count_words_before: frozenset[str]
    year_plurals: frozenset[str]
    future_cues: frozenset[str]
    past_cues: frozenset[str]


@cache
def calendar() -> Calendar:
    """calendar.yaml, read once."""
    from newscli.yamlio import load_yaml

    raw = load_yaml(DATA.read_text(encoding="utf-8"), str(DATA))
    months: dict[str, int] = {}
    for name, (number, *abbreviations) in raw["months"].items():
        months.update(dict.fromkeys([name, *abbreviations], number))
    words = {k: frozenset(str(w).lower() for w in raw[k]) for k in raw if isinstance(raw[k], list)}
    return Calendar(
        months=months,
        ambiguous_months=words["ambiguous_months"],
        weekdays={w: i for i, w in enumerate(raw["weekdays"])},
        weekday_name_words=words["weekday_name_words"],
        seasons=raw["seasons"],
        holidays=raw["holidays"],
        numbers=raw["numbers"],
        ordinals=raw["ordinals"],
        decade_words=raw["decade_words"],
        measure_words=words["measure_words"],
        count_words_before=words["count_words_before"],
        year_plurals=words["year_plurals"],
        future_cues=words["future_cues"],
        past_cues=words["past_cues"],
    )


def _alt(words: object, flags: str = "") -> str:
    """A non-capturing alternation of words, longest first, spaces matching any run of spaces."""
    parts = sorted({re.escape(str(w)).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    body = "|".join(parts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _title(phrase: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in phrase.split())


@dataclass(frozen=True)
class Grammar:
    """The compiled grammar and the period names it knows (lower-cased name -> Period)."""

    pattern: re.Pattern[str]
    periods: dict[str, Period]


def _families(cal: Calendar, periods: tuple[Period, ...]) -> list[tuple[str, str]]:
    """(family, regex) pairs in the order they are tried at one position: more specific first."""
    full = [m for m in cal.months if len(m) > 4 or m in ("may", "june", "july")]
    abbr = [m for m in cal.months if m not in full]
    mon = (
        f"(?:{_alt(_title(m) for m in full)}|{_alt(_title(m) for m in abbr)}"
        rf"(?:\.|(?=\s*\d)))(?![\w'’-])"
    )
    wd = _alt(_title(w) for w in cal.weekdays) + r"(?![\w-])"
    dayn = r"(?<![\d,.$£€¥#/-])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%.,:/-]\d|[\w%-])"
    year_core = r"(?<![\d,.$£€¥#/])(?:1\d\d\d|20\d\d)"
    year4 = year_core + r"(?![\d%]|[.,:/]\d|-\d)"
    units = _alt(cal.numbers)
    teens = _alt(w for w, n in cal.numbers.items() if 10 <= n <= 19)
    tens = _alt(w for w, n in cal.numbers.items() if n >= 20 and n % 10 == 0)
    unit_digit = _alt(w for w, n in cal.numbers.items() if 1 <= n <= 9 and w not in ("a", "an"))
    two_digits = rf"(?:{tens}(?:[\s-]+{unit_digit})?|{teens})"
    year_words = (
        rf"(?i:(?:the\s+year\s+)?(?:(?:{teens}|twenty)[\s-]+(?:hundred(?:\s+and)?(?:\s+{two_digits})?|oh[\s-]+"
        rf"{unit_digit}|{two_digits})|two\s+thousand(?:\s+and)?(?:\s+{two_digits}|\s+{unit_digit})?))(?![\w-])"
    )
    edge = (
        r"(?i:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|first\s+half|second\s+half"
        r"|latter\s+half|last\s+half|early\s+part|latter\s+part|later\s+part)\s+of\s+)"
    )
    pos = r"(?i:(?:early|late|mid|middle)-|(?:early|late|mid)\s+)"
    rel = r"(?i:last|this|next|this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+following|the\s+coming)"
    ordw = _alt(cal.ordinals, "i")
    decw = _alt(cal.decade_words, "i")
    season = _alt(cal.seasons, "i")
    qualifier = (
        rf"(?i:{ordw}|1st|2nd|3rd|4th|final|latest|current|comparable|corresponding|same|previous|prior"
        r"|year-earlier|year-ago|fiscal|calendar|recent)"
    )
    holidays = _alt(_title(h) for h in cal.holidays)
    names = [n for p in periods for n in p.names]
    period_names = "|".join(
        re.escape(n).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
        for n in sorted(set(names), key=len, reverse=True)
    )
    qty = rf"(?:\d{{1,3}}|{two_digits}(?:[\s-]+{unit_digit})?|{unit_digit}|a|an|a\s+few|a\s+couple\s+of|several|many|some)"
    approx = r"(?:(?:about|around|nearly|almost|some|more\s+than|less\s+than|over|under|just|only|roughly|at\s+least|barely|fully)\s+)"
    span_unit = r"(?:days?|weeks?|months?|years?|decades?|century|centuries)"
    return [
        (
            "period",
            rf"(?:(?i:the\s+)?(?i:start|beginning|outbreak|onset|dawn|end|close|height|middle)\s+of\s+)?"
            rf"(?:(?i:the)\s+)?(?:{period_names})(?:[\s-]+(?i:era))?(?![\w-])",
        ),
        ("iso", r"\d{4}-[01]\d-[0-3]\d(?![\d-])"),
        ("date_md", rf"(?:{wd},?\s+)?{mon}\s+{dayn}(?:,?\s+{year4}(?![\w-]))?"),
        (
            "date_dm",
            rf"(?:{wd},?\s+)?(?:(?i:the)\s+)?{dayn}\s+(?:(?i:of)\s+)?{mon}(?:,?\s+{year4}(?![\w-]))?",
        ),
        (
            "month_year",
            rf"(?:{edge}|{pos})?{mon},?\s+(?:(?i:of)\s+)?(?:{year4}(?![\w-])|{year_words}|['’]\d\d(?![\w]))",
        ),
        ("month", rf"(?:{edge}|{pos}|{rel}\s+)?{mon}(?:\s+(?i:(?:of\s+)?(?:last|this|next)\s+year))?"),
        ("year_range", rf"{year_core}\s*[-–/]\s*(?:1\d\d\d|20\d\d|\d\d)(?![\w%]|[.,:/-]\d)"),
        (
            "year",
            rf"(?:{edge}|{pos}|(?i:(?:the\s+)?(?:fiscal|calendar)(?:\s+year)?|the\s+year)\s+|FY\s?)?{year4}(?![\w-])",
        ),
        ("year_words", rf"(?:{edge}|{pos})?{year_words}"),
        (
            "decade",
            rf"(?:{edge})?(?:(?i:the)\s+)?(?:{pos})?(?:\d{{3}}0['’]?s(?![\w])|['’]\d0['’]?s(?![\w])|{decw}(?![\w]))",
        ),
        (
            "century",
            rf"(?:{edge})?(?:(?i:the)\s+)?(?:{pos})?(?:{ordw}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+(?i:century)(?![\w])",
        ),
        (
            "fiscal",
            rf"(?:(?i:the|this|that|its|last|next|(?:last|this|next)\s+year's)\s+)?(?:(?:{qualifier}|{year4})[\s-]+){{0,3}}"
            rf"(?i:quarter|half|period)(?![\w-])(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:{year4}|(?i:the\s+year|this\s+year|last\s+year|next\s+year)))?",
        ),
        ("year_ago", r"(?i:year-earlier|year-ago|year-before)(?![\w-])"),
        (
            "season",
            rf"(?:{edge}|{pos}|{rel}\s+|(?i:the)\s+(?:(?i:early|late)\s+)?)?{season}"
            rf"(?:(?:\s+(?i:of))?\s+(?:{year4}|{year_words}))?(?![\w-])",
        ),
        (
            "relday",
            r"(?i:(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?"
            r"|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))(?![\w-])",
        ),
        (
            "weekday",
            rf"(?:(?i:last|this|next|this\s+coming|this\s+past|the\s+previous|the\s+following|early|late|earlier|later)\s+)?"
            rf"{wd}(?:\s+(?i:morning|afternoon|evening|night))?",
        ),
        ("holiday", rf"(?:(?i:last|this|next)\s+)?{holidays}(?![\w-])"),
        (
            "relunit",
            r"(?i:(?:(?:early|late|earlier|later)\s+|(?:the\s+)?(?:rest|end|beginning|start|middle|turn)\s+of\s+)?"
            r"(?:last|this|next|the\s+past|the\s+previous|the\s+following|the\s+coming|the\s+current|the\s+same|that|that\s+same|the"
            r"|(?:earlier|later)\s+(?:this|that|in\s+the)|(?:early|late)\s+(?:this|next|last))\s+"
            r"(?:weekend|week|month|year|decade|century|fiscal\s+year|day|morning|night)"
            r"|year[-\s]end|year's\s+end|this\s+time\s+last\s+year)(?![\w-])",
        ),
        (
            "ago",
            rf"(?i:{approx}?{qty}[\s-]+{span_unit}(?:\s+or\s+(?:so|two|more))?\s+(?:ago|earlier|later|before|after|previously|back))(?![\w-])",
        ),
        (
            "vague",
            r"(?i:right\s+now|now|currently|nowadays|these\s+days|lately|recently|the\s+(?:near\s+|distant\s+|immediate\s+)?future"
            r"|the\s+past|recent\s+(?:years|months|weeks|days)|(?:the\s+)?coming\s+(?:days|weeks|months|years))(?![\w-])",
        ),
    ]


@lru_cache(maxsize=8)
def grammar(periods: tuple[Period, ...]) -> Grammar:
    """The grammar for this periods table (built once per table; the shipped one is the usual)."""
    cal = calendar()
    body = "|".join(f"(?P<{name}>{regex})" for name, regex in _families(cal, periods))
    by_name = {}
    for p in reversed(periods):  # earlier entries (the user's) win
        for n in p.names:
            by_name[_key(n)] = p
    return Grammar(re.compile(rf"\b(?:{body})"), by_name)


def _key(name: str) -> str:
    """A period name as the grammar may meet it: lower case, hyphens and runs of spaces as one space."""
    return " ".join(name.lower().replace("-", " ").split())


def find(text: str, gram: Grammar) -> Iterator[re.Match[str]]:
    """Candidate expressions in text order, each with `lastgroup` naming its family; none spans a blank line."""
    for m in gram.pattern.finditer(text):
        if "\n\n" not in m.group():
            yield m


def period_named(gram: Grammar, words: str) -> Period | None:
    """The period a matched name stands for."""
    return gram.periods.get(_key(words))
