"""Finding temporal expressions: one compiled grammar over the text, each match named by its family.

The words come from `calendar_words` and the named periods from `periods`; the grammar is built once
per periods table. A scan looks only around head words (months, weekdays, "year", four-digit numbers...),
so it costs little on text without dates. Matching proposes spans; `dating` decides what each means
and rejects look-alikes (2,000 troops).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from newscli.extract.calendar_words import Calendar, calendar
from newscli.extract.periods import Period

T = TypeVar("T")


def _trie(words: Iterable[str], sep: str = r"\s+") -> str:
    """A regex for any of `words` with shared prefixes factored out, so that the engine tries few
    branches at each position (a flat alternation of a hundred names is slow); spaces match `sep`,
    and so do hyphens when `sep` allows them."""
    root: dict[str, dict] = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    joiners = " -" if "-" in sep else " "

    def emit(node: dict[str, dict]) -> str:
        branches = [(sep if ch in joiners else re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return emit(root)


def _alt(words: Iterable[object], flags: str = "") -> str:
    """Any of `words` as a group; with flags="i" case-insensitive (the words given in any case)."""
    body = _trie(str(w).lower() if flags else str(w) for w in words)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _title(phrase: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in phrase.split())


@dataclass(frozen=True)
class Grammar:
    """The compiled grammar: a scanner for head words, one pattern per kind of head, the words that may
    stand before a head, and the period names it knows (normalised name -> Period)."""

    head: re.Pattern[str]  # a head word (or a digit) where it is tried: at the start of the text
    heads: re.Pattern[str]  # a non-word character, then a head (group 1): the heads of the rest
    number_heads: re.Pattern[str]  # which numbers the head scanner found may head an expression
    patterns: dict[str, re.Pattern[str]]  # head key ("#" for a number) -> the families it can head
    prefix_words: frozenset[str]
    periods: dict[str, Period]
    name_heads: frozenset[str]  # heads that only ever open a period or holiday name ("new", "great")
    names: re.Pattern[str]  # any period or holiday name (or a little more): a pre-test for those heads


def _families(cal: Calendar, periods: tuple[Period, ...]) -> list[tuple[str, str]]:
    """(family, regex) pairs in the order they are tried at one position: more specific first."""
    full = [m for m in cal.months if len(m) > 4 or m in ("may", "june", "july")]
    abbr = [m for m in cal.months if m not in full]
    mon = (
        f"(?:{_alt(_title(m) for m in full)}|{_alt(_title(m) for m in abbr)}"
        rf"(?:\.|(?=\s*\d)))(?![\w'\u2019-])"
    )
    wd = _alt(_title(w) for w in cal.weekdays) + r"(?![\w-])"
    dayn = r"(?<![\d,.$£€¥#/-])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%.,:/-]\d|[\w%-])"
    year_core = r"(?<![\d,.$£€¥#/])(?:1\d\d\d|20\d\d)"
    year4 = year_core + r"(?![\d%]|[.,:/]\d|-\d)"
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
    rel = (
        r"(?i:last|this|next|this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+following"
        r"|the\s+coming)"
    )
    ordw = _alt(cal.ordinals, "i")
    decw = _alt(cal.decade_words, "i")
    season = _alt(cal.seasons, "i")
    qualifier = (
        rf"(?i:{ordw}|1st|2nd|3rd|4th|final|latest|current|comparable|corresponding|same|previous|prior"
        r"|year-earlier|year-ago|fiscal|calendar|recent)"
    )
    holidays = _alt(_title(h) for h in cal.holidays)
    names = [n for p in periods for n in p.names]
    period_names = _trie(names, sep=r"[\s-]+")
    qty = rf"(?:\d{{1,3}}|{two_digits}|{unit_digit}|a|an|a\s+few|a\s+couple\s+of|several|many|some)"
    approx = (
        r"(?:(?:about|around|nearly|almost|some|more\s+than|less\s+than|over|under|just|only|roughly"
        r"|at\s+least|barely|fully)\s+)"
    )
    span_unit = r"(?:days?|weeks?|months?|years?|decades?|century|centuries)"
    return [
        (
            "period",
            rf"(?:(?i:the\s+)?(?i:start|beginning|outbreak|onset|dawn|end|close|fall|collapse|height|middle)\s+of\s+)?"
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
            rf"(?:{edge}|{pos})?{mon},?\s+(?:(?i:of)\s+)?(?:{year4}(?![\w-])|{year_words}|['\u2019]\d\d(?![\w]))",
        ),
        ("month", rf"(?:{edge}|{pos}|{rel}\s+)?{mon}(?:\s+(?i:(?:of\s+)?(?:last|this|next)\s+year))?"),
        ("year_range", rf"{year_core}\s*[-\u2013/]\s*(?:1\d\d\d|20\d\d|\d\d?)(?![\w%]|[.,:/-]\d)"),
        (
            "year",
            rf"(?:{edge}|{pos}|(?i:(?:the\s+)?(?:fiscal|calendar)(?:\s+year)?|the\s+year)\s+|FY\s?)?{year4}(?![\w-])",
        ),
        ("year_words", rf"(?:{edge}|{pos})?{year_words}"),
        (
            "decade",
            rf"(?:{edge})?(?:(?i:the)\s+)?(?:{pos})?(?:\d{{3}}0['\u2019]?s(?![\w])|['\u2019]\d0['\u2019]?s(?![\w])|{decw}(?![\w]))",
        ),
        (
            "century",
            rf"(?:{edge})?(?:(?i:the)\s+)?(?:{pos})?(?:{ordw}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+(?i:century)(?![\w])",
        ),
        (
            "fiscal",
            # A determiner belongs to "the third quarter", not to the adjective of "the third-quarter loss".
            rf"(?:(?i:the|this|that|last|next|(?:last|this|next)\s+year's)\s+(?!\S+-(?i:quarter|half)\b))?"
            rf"(?:(?:{qualifier}|{year4})[\s-]+){{0,3}}"
            rf"(?i:quarter|half|period)(?![\w-])(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:{year4}|(?i:the\s+year|this\s+year|last\s+year|next\s+year)))?",
        ),
        ("quarter_code", rf"(?:Q[1-4]|H[12])(?:\s*(?:{year4}|['\u2019]\d\d))?(?![\w-])"),
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
        ("holiday", rf"(?:(?i:last|this|next)\s+)?{holidays}(?:\s+{year4})?(?![\w-])"),
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


_DIGIT_FAMILIES = ("period", "iso", "date_dm", "year_range", "year", "decade", "century", "fiscal")
# Words that may stand before a head word inside an expression ("the end of", "early", "a year or two").
_PREFIX_WORDS = frozenset(
    """the a an very beginning start end middle close turn first second third fourth latter last half early
    part later of mid late this next past previous following coming current same that in earlier fiscal
    calendar year year's fy its final latest comparable corresponding prior recent year-earlier year-ago
    outbreak onset dawn height fall collapse rest time about around nearly almost some more than less over
    under just only roughly at least barely fully few couple several many right these near distant
    immediate""".split()
)
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)?")


def _heads(cal: Calendar, periods: tuple[Period, ...]) -> dict[str, tuple[str, ...]]:
    """Head word (lower case) -> the families an expression around it may belong to, in grammar order."""
    heads: dict[str, set[str]] = {}

    def add(words: Iterable[str], *families: str) -> None:
        for w in words:
            heads.setdefault(w.lower(), set()).update(families)

    teens = [w for w, n in cal.numbers.items() if 10 <= n <= 19]
    add(cal.months, "date_md", "month_year", "month")
    add(cal.weekdays, "date_md", "date_dm", "weekday")
    add((h.split()[0] for h in cal.holidays), "holiday")
    add((n.replace("-", " ").split()[0] for p in periods for n in p.names), "period")
    add([*teens, "twenty", "thousand"], "year_words")
    add(cal.decade_words, "decade")
    add(cal.seasons, "season")
    add(["century", "centuries"], "century", "relunit", "ago")
    add(["quarter", "half", "period"], "fiscal")
    add(["q1", "q2", "q3", "q4", "h1", "h2"], "quarter_code")
    add(["year"], "fiscal", "year_ago", "relunit", "ago", "year_words")
    add(["years", "months", "weeks", "days", "decades"], "ago", "vague")
    add(["day", "week", "month", "weekend", "decade", "morning", "night"], "relday", "relunit", "ago")
    add(["today", "tonight", "yesterday", "tomorrow"], "relday")
    add(["now", "currently", "nowadays", "lately", "recently", "future", "past"], "vague")
    order = [name for name, _ in _families(cal, periods)]
    out = {w: tuple(f for f in order if f in fams) for w, fams in heads.items()}
    out["#"] = _DIGIT_FAMILIES
    return out


@lru_cache(maxsize=8)
def grammar(periods: tuple[Period, ...]) -> Grammar:
    """The grammar for this periods table (built once per table; the shipped one is the usual)."""
    cal = calendar()
    regexes = dict(_families(cal, periods))
    heads = _heads(cal, periods)
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    patterns = {}
    for word, families in heads.items():
        if families not in compiled:
            compiled[families] = re.compile("|".join(f"(?P<{f}>{regexes[f]})" for f in families))
        patterns[word] = compiled[families]
    words = [w for w in heads if w != "#"]
    digit_names = _alt(n.lower() for p in periods for n in p.names if n[:1].isdigit()) or "(?!)"
    # Numbers head an expression only as a four-digit year, a day before a month, an ordinal before
    # "century" or a decade: "2,000", "5%" and "10 people" are never looked at twice.
    numbers = (
        rf"\b(?:\d{{4}}(?!\d)|\d0s|\d{{1,2}}(?:st|nd|rd|th)?(?=\s+(?:of\s+)?{_alt(cal.months)}\b|[\s-]+centur)"
        rf"|{digit_names})"
    )
    head = rf"(?:{_alt(words)}(?!\w)|\d)"  # run on the lower-cased text
    prefix = _PREFIX_WORDS | set(cal.months) | set(cal.weekdays) | set(cal.numbers) | set(cal.ordinals)
    by_name = {}
    for p in reversed(periods):  # earlier entries (the user's) win
        for n in p.names:
            by_name[_key(n)] = p
    named = [*(n for p in periods for n in p.names), *(_title(h) for h in cal.holidays)]
    return Grammar(
        re.compile(head),
        re.compile(rf"\W({head})"),
        re.compile(numbers),
        patterns,
        frozenset(prefix),
        by_name,
        _name_heads(heads, named, prefix),
        re.compile(_trie(named, sep=r"[\s-]+")),
    )


def _name_heads(heads: dict[str, tuple[str, ...]], names: list[str], prefix: set[str]) -> frozenset[str]:
    """Head words that an expression can hold only as the first word of a name: heads of periods and
    holidays alone, never a word the patterns allow before a name (all are prefix words) nor a later
    word of a name ("world" of "First World War") or the "era" after one. An expression around such a
    head opens its name right there, so where no name starts at the head, none is found."""
    later = {m.group().lower() for n in names for m in re.finditer(r"\w+", n) if m.start() > 0}
    barred = prefix | later | {"era"}
    return frozenset(w for w, fams in heads.items() if set(fams) <= {"period", "holiday"} and w not in barred)


def _key(name: str) -> str:
    """A period name as the grammar may meet it: lower case, hyphens and runs of spaces as one space."""
    return " ".join(name.lower().replace("-", " ").split())


LOOK_BACK = 60  # characters before a head searched for the words that may open its expression
MAX_PREFIX = 6
_OPENERS = "\"'\u201c\u2018("
_GLUE = ("-", "'", "\u2019")


def _starts(text: str, lowered: str, head: int, floor: int, gram: Grammar) -> list[int]:
    """Where an expression holding the head at `head` may start: the head itself, and the starts of the
    words before it that may belong to an expression ("the end of" 1990, "mid-"1990s), earliest first."""
    lo = max(floor, head - LOOK_BACK)
    starts = [head]
    end = head
    for _ in range(MAX_PREFIX):
        gap = end
        while gap > lo and text[gap - 1] in " \t\n":
            gap -= 1
        if gap <= lo or (gap == end and end != head):
            break
        begin = text.rfind(" ", lo, gap) + 1
        if (newline := text.rfind("\n", begin, gap)) >= 0:
            begin = newline + 1
        if begin <= lo and lo > floor:
            break  # the word runs past the window
        word = lowered[begin:gap]
        core = word.lstrip(_OPENERS)
        if gap == head and core in _GLUE:
            starts.append(gap - 1)  # "'80s"
        elif core.rstrip(",-'\u2019.") in gram.prefix_words or (
            core[:1].isdigit() and _ORDINAL_DIGITS.fullmatch(core.rstrip(",-"))
        ):
            starts.append(begin + len(word) - len(core))
        else:
            break
        if core.endswith((".", "!", "?", ";", ":")) and core.rstrip(".") not in gram.prefix_words:
            break
        end = begin
    return starts[::-1]


def scan(
    text: str, gram: Grammar, resolve: Callable[[re.Match[str]], T | None]
) -> Iterator[tuple[re.Match[str], T]]:
    """Expressions in text order with what `resolve` made of them (each match's `lastgroup` names its
    family). Around each head the longest match wins; one `resolve` rejects leaves its words free for
    the next reading or head. None spans a blank line."""
    floor = 0
    lowered = text.lower()
    patterns = gram.patterns
    for at, word in _head_words(lowered, gram):
        if at < floor:
            continue
        if word.isdigit():
            if not gram.number_heads.match(lowered, at):
                continue
            word = "#"
        elif word in gram.name_heads and not gram.names.match(text, at):
            continue  # "new" and "great" open no name here
        pattern = patterns[word]
        found = [
            m
            for start in _starts(text, lowered, at, floor, gram)
            if (m := pattern.match(text, start)) is not None and m.end() > at and "\n\n" not in m.group()
        ]
        for m in sorted(found, key=lambda m: (-m.end(), m.start())):  # the longest reading first
            if (meaning := resolve(m)) is not None:
                yield m, meaning
                floor = m.end()
                break


def _head_words(lowered: str, gram: Grammar) -> Iterator[tuple[int, str]]:
    """Where each head word starts (after a non-word character or at the start), and the word.

    Matching the character before a head, rather than a word boundary, lets the regex engine skip
    ahead to non-word characters instead of trying a match at every position of the text.
    """
    pos = 0
    if first := gram.head.match(lowered):
        yield 0, first.group()
        pos = first.end()
    for m in gram.heads.finditer(lowered, pos):
        yield m.start(1), m.group(1)


def period_named(gram: Grammar, words: str) -> Period | None:
    """The period a matched name stands for."""
    return gram.periods.get(_key(words))
