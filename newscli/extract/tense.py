"""Whether a clause looks ahead or back, so that "on Friday" or "in March" lands on the right side of
the published date. A cheap reading of cue words, nearest first: no parser, no guessing beyond them."""

from __future__ import annotations

import re

from newscli.extract.calendar_words import calendar

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_CLAUSE_END = re.compile(r"[;:\"\u201c\u201d]|--|\u2014")
LOOK_BACK = 90  # characters of the clause before the expression that are read
LOOK_AHEAD = 50


def _cue(word: str) -> str | None:
    cal = calendar()
    w = word.lower()
    if w in cal.future_cues:
        return "future"
    if w in cal.past_cues or (len(w) > 4 and w.endswith("ed") and word[0].islower()):  # not "United"
        return "past"
    return None


def leaning(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> str | None:
    """ "future" or "past" from the nearest tense cue in the same clause (before the expression, then
    after it), or None when the clause has none."""
    lo = max(sentence_start, start - LOOK_BACK)
    before = text[lo:start]
    if cut := list(_CLAUSE_END.finditer(before)):
        before = before[cut[-1].end() :]
    for word in reversed(_WORD.findall(before)):
        if found := _cue(word):
            return found
    after = text[end : min(sentence_end, end + LOOK_AHEAD)]
    if cut_at := _CLAUSE_END.search(after):
        after = after[: cut_at.start()]
    for word in _WORD.findall(after):
        if found := _cue(word):
            return found
    return None
