"""The words around a match, read without a parser: the word before and after, sentence openings,
and whether a number reads as a count, a measure or a model name rather than as a year."""

from __future__ import annotations

import re

from newscli.extract.calendar_words import calendar

_NEXT = re.compile(r"\s*(\S+)")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'\u2019]*|\d+")
PREPOSITIONS = frozenset(
    "in since until till by from through throughout during before after of between and or to on for into"
    " last this next early late mid".split()
)
_BEFORE_YEARS_ONLY = frozenset("since until till during year".split())  # "during 2004 blogs became..."


def prev_word(text: str, start: int) -> str:
    """The whitespace-delimited word before `start` (at most 40 characters back), or ""."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    lo = max(0, end - 40)
    begin = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end), text.rfind("\t", lo, end)) + 1
    return text[max(begin, lo) : end]


def next_word(text: str, end: int) -> str:
    """The whitespace-delimited word after `end`, or ""."""
    m = _NEXT.match(text, end)
    return m[1] if m else ""


def bare(word: str) -> str:
    """A word without surrounding punctuation and quotes, in lower case."""
    return word.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()[]").lower()


def prev_bare(text: str, start: int) -> str:
    return bare(prev_word(text, start))


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a paragraph or a quotation."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018(`":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def capitalised_name_before(text: str, start: int) -> bool:
    """Whether a capitalised word (not a sentence opener, a possessive or a preposition) stands right
    before `start`: "Windows 2000", "Theresa May"."""
    prev = prev_word(text, start)
    if not prev or not prev[0].isupper() or prev.endswith(("'s", "\u2019s", "'", "\u2019", ",")):
        return False
    return not sentence_initial(text, text.rfind(prev, 0, start)) and bare(prev) not in PREPOSITIONS


_RANGE_TO = re.compile(r"[ \t]+(?:to|and|until|till)[ \t]+\d{4}\b")


def counts_after(text: str, end: int) -> bool:
    """Whether the word after a number makes it a count or a measure: "2000 troops", "1930 GMT", also
    past the range it opens ("from 1130 to 1215 GMT")."""
    cal = calendar()
    if (rng := _RANGE_TO.match(text, end)) is not None:
        after = next_word(text, rng.end())  # a measure only: "in 1998 and 1999 profits fell" are years
        if after and bare(after) in cal.measure_words and (after[0].islower() or after.isupper()):
            return True
    raw = next_word(text, end)
    word = bare(raw)
    if not word:
        return False
    if word in cal.measure_words and (raw[0].islower() or raw.isupper()):
        return True
    plural = (
        raw[0].islower()
        and word.endswith("s")
        and not word.endswith(("'s", "\u2019s", "ss"))
        and len(word) > 3
    )
    return plural and word not in cal.year_plurals


def looks_like_count(text: str, start: int, end: int) -> bool:
    """Whether a bare four-digit number is a count, a measure, a price or a model rather than a year."""
    prev = prev_word(text, start)
    if prev and (prev[-1] in "$\u00a3\u20ac\u00a5#" or bare(prev) in calendar().count_words_before):
        return True
    if capitalised_name_before(text, start):
        return True  # "Windows 2000", "Euro 2004"
    return bare(prev) not in _BEFORE_YEARS_ONLY and counts_after(text, end)


def words_of(m: re.Match[str]) -> list[str]:
    """The words and numbers of a match, in lower case."""
    return [w.lower() for w in _WORDS.findall(m.group())]
