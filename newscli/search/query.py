"""The search query language, in the spirit of Datashare and Aleph.

    putin kim            both words (in one passage)
    "hermit kingdom"     the exact phrase
    putin OR medvedev    either
    putin -stalin        the first, in passages without the second
    pyongyang~           a word or words spelled like it (edit distance 1, or 2 from 6 letters)
    pyongyang~1          ... within an edit distance given

Parsing never fails on odd input: an unclosed quote runs to the end, a lone `-` finds nothing, `OR`
first is a word and `OR` last is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newscli.errors import UsageError

# A term: an optional "-", then a quoted phrase (straight or curly quotes; may be unclosed) or a word.
_TERM = re.compile(r'(-?)(?:["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]?|(\S+))')
_FUZZY = re.compile(r"^(.+?)~(\d?)$")


@dataclass(frozen=True)
class Term:
    """One thing to look for: a word or a phrase, perhaps fuzzy (`fuzzy` is the edit distance)."""

    text: str
    phrase: bool = False
    fuzzy: int | None = None


@dataclass
class Query:
    """What to find: every clause must match (a clause matches when any of its terms does), and no
    excluded term may."""

    clauses: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)


def parse(text: str) -> Query:
    """The query in `text`; UsageError when it asks for nothing (only exclusions, or nothing at all)."""
    query = Query()
    join_next = False
    for m in _TERM.finditer(text):
        minus, quoted, word = m.group(1), m.group(2), m.group(3)
        if quoted is None and word == "OR" and not minus and query.clauses:
            join_next = True
            continue
        term = _term(quoted, word)
        if term is None:
            continue
        if minus:
            query.excluded.append(term)
        elif join_next:
            query.clauses[-1].append(term)
        else:
            query.clauses.append([term])
        join_next = False
    if not query.clauses:
        raise UsageError(
            "a search needs at least one word to find", hint="e.g. newscli search 'putin -stalin'"
        )
    return query


def _term(quoted: str | None, word: str | None) -> Term | None:
    if quoted is not None:
        return Term(quoted.strip(), phrase=True) if quoted.strip() else None
    assert word is not None
    fuzzy = _FUZZY.match(word)
    if fuzzy:
        text = fuzzy.group(1)
        distance = int(fuzzy.group(2)) if fuzzy.group(2) else (1 if len(text) < 6 else 2)
        return Term(text, fuzzy=distance)
    return Term(word)
