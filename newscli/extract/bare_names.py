"""Surnames the people index left without a mention, so that a cue next to one still finds its person.

The people index may miss a bare surname ("Cuban said", when "Cuban" is also a nationality word). When a
capitalised word is the last name of exactly one person of the document, stands alone (no capitalised
word next to it, no determiner before it) and no mention covers it, it is taken as that person; a
surname the index left unresolved on purpose (two people share it) is never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newscli.extract import lexicon
from newscli.model import Document, Entity, Mention

_BEFORE_NAME = re.compile(r"(?:\b[A-Z][\w'\u2019-]*|\b[A-Z][a-z]{0,3}\.|\b(?:the|a|an))\s+$")
_AFTER_NAME = re.compile(r"\s+[A-Z]|['\u2019]?\w")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c\u201d]\s*|\n\s*)$")  # a straight mark may open
MIN_SURNAME = 3  # letters of the shortest surname taken alone


def missed_surnames(doc: Document, entities: list[Entity]) -> list[Mention]:
    """Person mentions for the bare surnames the people index did not mark (see the module docstring)."""
    owners: dict[str, set[str]] = {}
    for e in entities:
        if e.kind == "person" and " " in e.name:
            last = e.name.rsplit(" ", 1)[1]
            if len(last) >= MIN_SURNAME and last[:1].isupper() and last.isalpha():
                owners.setdefault(last, set()).add(e.name)
    refused = {m.text for e in entities for m in e.mentions if m.entity is None}
    unique = {w: next(iter(names)) for w, names in owners.items() if len(names) == 1 and w not in refused}
    if not unique:
        return []
    text = doc.text
    taken = sorted((m.start, m.end) for e in entities for m in e.mentions)
    starts = [a for a, _ in taken]
    found = []
    for word, name in unique.items():
        s = text.find(word)
        while s >= 0:
            e = s + len(word)
            if not _covered(taken, starts, s, e) and _stands_alone(text, s, e, word):  # most are covered
                found.append(Mention(doc.id, s, e, word, name))
            s = text.find(word, e)
    return found


def _stands_alone(text: str, s: int, e: int, word: str) -> bool:
    """Whether text[s:e] is a whole word, not part of a longer name ("Trump Tower"), not a modifier ("the
    Cuban"), and not an ordinary word opening a sentence ("Will")."""
    if (s > 0 and (text[s - 1].isalnum() or text[s - 1] == "-")) or _AFTER_NAME.match(text, e):
        return False
    if _BEFORE_NAME.search(text, max(0, s - 40), s):
        return False
    return not (
        word.lower() in lexicon.lower("common_words") and _SENTENCE_START.search(text, max(0, s - 4), s)
    )


def _covered(taken: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Whether a mention of the index overlaps [s, e)."""
    i = bisect_right(starts, s) - 1
    return any(a < e and s < b for a, b in taken[max(0, i - 1) : i + 2])
