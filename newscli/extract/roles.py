"""Roles of a person mention, each with the words it came from.

- title: capitalised title words inside the name run ("Russian President" Vladimir Putin)
- description: lower-case words ending in a role noun right before the name
  ("former U.S. Defense intel officer and strategic military analyst" Rebekah Koffler)
- appositive: ", a former ... officer," right after the name
- affiliation: "of the Foundation for ..." right after the name
- relation: "Kim Jong Un's father," right before the name
"""

from __future__ import annotations

import re

from newscli.extract import lexicon
from newscli.extract.classify import Candidate, tail_start
from newscli.extract.names import UPPER, is_initial
from newscli.extract.wordkinds import HONORIFICS, calendar_word, describes, plural_people
from newscli.text import ABBREVIATIONS

_WORD = re.compile(r"[\w.'\u2019-]+|[^\w\s]")
_WORD_AT_END = re.compile(rf"(?:{_WORD.pattern})\Z")  # \Z: at the search's end position
_MAX_DESCRIPTION = 12  # words
_APPOSITIVE = re.compile(
    r",[ \t]+(?:\d{1,3},[ \t]+)?"
    r"((?:a|an|the|its|his|her|their|our)[ \t]+[^,;:!?\"\u201c\u201d()\[\]\n]{2,120}?)"
    r"(?=,|;|\.(?:\s|$)|\n|$)"
)
_ORG_NAME = (
    rf"[{UPPER}][\w.'\u2019&-]*(?:[ \t]+(?:(?:of|for|and|on|de|the|&)[ \t]+)*[{UPPER}][\w.'\u2019&-]*)*"
)
_AFFILIATION = re.compile(rf"(?:,[ \t]+)?[ \t]+(of|from|at)[ \t]+(?:the[ \t]+)?(?P<name>{_ORG_NAME})")
_RELATION = re.compile(
    rf"((?:[{UPPER}][\w.'\u2019-]*[ \t]+){{0,3}}[{UPPER}][\w.'\u2019-]*['\u2019]s"
    r"|\b[Hh]is|\b[Hh]er|\b[Tt]heir)"
    r"[ \t]+([a-z-]+),[ \t]+$"
)
_LINK_WORDS = frozenset({"and", "of", "&"})
# Quoted words in lower case: a clause's speech, not a title ("the prime minister ''looked ashen" is no
# appositive; "the author of ''Destiny and Power" is)
_QUOTED_WORDS = re.compile(r"(?:''|[\"\u201c])[a-z]")
# Modals, which make a role noun after them a verb: "will host", "could coach" (not "to", as in "wrote
# to actor X", "may", a month, nor "did", as in "as did Conservative leader X").
_VERB_BEFORE = frozenset("will would can could might must shall should".split())
_SUBJECTS = frozenset("he she they it who we i".split())  # "he accused chief executive X"


def find(cand: Candidate, text: str) -> list[tuple[int, int, str]]:
    """The roles of one person candidate as (start, end, kind), offsets into `text`."""
    out: list[tuple[int, int, str]] = []
    title = text[cand.title[0] : cand.title[1]].rstrip(".") if cand.title else ""
    if title and title not in HONORIFICS and not plural_people(title):
        out.append((*cand.title, "title"))  # not "Americans" of "Americans Andy Roddick and Mardy Fish"
    left = cand.title[0] if cand.title else cand.start
    desc = description(text, left)
    if desc:
        out.append((*desc, "description"))
    if _after_comma(text, cand.start):  # the relation pattern ends in ", ": search only then
        rel = _RELATION.search(text, max(0, cand.start - 80), cand.start)
        if rel and rel.end() == cand.start and rel.group(2) in lexicon.lower("kinship"):
            out.append((rel.start(1), rel.end(2), "relation"))
    if not cand.run.possessive:
        app = _APPOSITIVE.match(text, cand.end) if text[cand.end : cand.end + 1] == "," else None
        if app and _names_a_role(app.group(1)) and not _QUOTED_WORDS.search(app.group(1)):
            out.append((app.start(1), app.end(1), "appositive"))
        aff = _AFFILIATION.match(text, cand.end)
        if aff:
            start, end = aff.start("name"), _name_end(text, aff.start("name"), aff.end("name"))
            name = text[start:end]
            if (aff.group(1) == "of" or _is_organisation(name)) and not _an_event(
                aff.group(1), name, text, end
            ):
                out.append((start, end, "affiliation"))
    return out


def description(text: str, pos: int) -> tuple[int, int] | None:
    """The description that ends right before `pos` in a role noun or title, on the same line, or None."""
    window_start = max(text.rfind("\n", max(0, pos - 200), pos) + 1, pos - 200)
    last = _last_word(text, window_start, pos - _spaces_before(text, pos))
    if last is None:
        return None
    if not (last.islower() and last in lexicon.lower("roles")) and last not in lexicon.entries("titles"):
        return None
    # Only the last words can be read: tokenise from the start of the last few chunks of the window
    # (no token holds a space, so they are tokenised as from the window's start).
    tail = window_start + tail_start(text[window_start:pos], _MAX_DESCRIPTION + 3)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, tail, pos)]
    first = len(words) - 1
    for i in range(len(words) - 2, max(-1, len(words) - 1 - _MAX_DESCRIPTION), -1):
        _, end, word = words[i]
        if text[end : words[i + 1][0]].strip(" \t") or _ends_sentence(word):
            break
        if word == "and":
            if i == 0 or not _role_word(words[i - 1][2]):
                break  # "an attack on Labour's record and party leader X": only "party leader"
        elif not describes(word) or (_calendar_word(word) and not _in_name(words, i)):
            break  # "In October Tory leader X": a month is no part of it ("Sheffield Wednesday" is)
        first = i
        if word.endswith(("'s", "\u2019s")):
            break  # "Labour's election chief": a possessive opens the description
    while first < len(words) - 1 and words[first][2] in _LINK_WORDS:
        first += 1
    if first > 0 and words[first - 1][2].lower() in _VERB_BEFORE:
        return None  # "Cafod will host X's speech": a verb, not a role
    for k in range(len(words) - 2, first - 1, -1):
        prev = words[k - 1][2] if k > 0 else ""
        if _past_verb(words[k][2]) and (prev[:1].isupper() or prev in _SUBJECTS):
            first = k + 1  # "Mr Doe accused shadow chancellor X": the subject and its verb are no part
            break
    return words[first][0], words[-1][1]


def _calendar_word(word: str) -> bool:
    """A capitalised month or weekday ("In October Tory leader X", "On Tuesday Labour chairman X")."""
    return word[:1].isupper() and calendar_word(word)


def _past_verb(word: str) -> bool:
    """A lower-case word in -ed, not hyphenated ("accused", not "City-based"): after a subject, its verb."""
    return word.islower() and word.endswith("ed") and "-" not in word


def _in_name(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether words[i] follows a capitalised word that is no function word ("Sheffield Wednesday")."""
    prev = words[i - 1][2] if i > 0 else ""
    return prev[:1].isupper() and prev.lower() not in lexicon.lower("function_words")


def _role_word(word: str) -> bool:
    """A role or kinship noun, or a title in capitals ("MP", "CEO"), after which "and" may join a second
    role ("officer and analyst", "Labour MP and former minister"); not "King" of "Jo King and DJ X"."""
    if word.isupper():
        return word in lexicon.entries("titles") or word.lower() in lexicon.lower("roles")
    return word in lexicon.lower("roles") or word in lexicon.lower("kinship")


def _last_word(text: str, start: int, end: int) -> str | None:
    """The word of text[start:end] that ends at `end`, or None: the token `_WORD` would end there
    with, found by one search anchored at `end` from the last space or tab on (no token holds one,
    and most names have no description, so no list of tokens is worth making)."""
    chunk = max(text.rfind(" ", start, end), text.rfind("\t", start, end)) + 1
    found = _WORD_AT_END.search(text, max(start, chunk), end)
    return found.group() if found else None


def _ends_sentence(word: str) -> bool:
    """A word with a full stop that is not an initial or abbreviation ("1998.", "kick.", "BBC.", not
    "U.S.", "J.")."""
    if not word.endswith(".") or word[:-1].lower() in ABBREVIATIONS:
        return False
    return not is_initial(word) or (len(word) > 2 and "." not in word[:-1])  # "BBC." is no initial


def _after_comma(text: str, pos: int) -> bool:
    """Whether a comma and then spaces or tabs stand right before `pos`."""
    spaces = _spaces_before(text, pos)
    return spaces > 0 and text[pos - spaces - 1 : pos - spaces] == ","


def _spaces_before(text: str, pos: int) -> int:
    n = 0
    while pos - n > 0 and text[pos - n - 1] in " \t":
        n += 1
    return n


def _names_a_role(phrase: str) -> bool:
    words = phrase.replace("'s", " ").split()
    vocab = lexicon.lower("roles") | lexicon.lower("kinship")
    return any(w.strip(".").lower() in vocab for w in words) and len(words) <= 16


def _name_end(text: str, start: int, end: int) -> int:
    """Where an organisation's or place's name after a person ends, inside the pattern's match: at a full
    stop that ends a sentence ("at Clearview Economics. The US ..."), before a date ("Dubai Championships
    on Tuesday") and before "and" that goes on to another person ("Ron Doe of Wisconsin and Pat Roe of
    Ohio", "France and Russia's Elena Doe"), else at the match's end."""
    words = list(_WORD.finditer(text, start, end))
    for k, m in enumerate(words):
        word = m.group()
        if _ends_sentence(word):
            return m.end() - 1
        nxt = words[k + 1].group() if k + 1 < len(words) else ""
        if word in ("on", "of") and _calendar_word(nxt.rstrip(".")):
            return words[k - 1].end()
        if word == "and" and any(
            w.group() == "of" or w.group().endswith(("'s", "\u2019s")) for w in words[k:]
        ):
            return words[k - 1].end()
    return end


def _an_event(link: str, name: str, text: str, end: int) -> bool:
    """Whether "at NAME" is where the person was, not whom they work for: an event ("at the Qatar
    Open") or a name modifying the noun after it ("at the GOP convention"; not "at Politico reports")."""
    if link != "at":
        return False
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    word = after.group().rstrip(".") if after is not None else ""
    return name.split()[-1] in lexicon.entries("event_words") or (
        word.isalpha() and word.islower() and not _verb_or_function(word)
    )


def _verb_or_function(word: str) -> bool:
    """A word that may follow a name as its verb or a function word ("reports", "said", "for")."""
    from newscli.extract.cuewords import reporting_verbs  # read only after "at NAME"

    return word in lexicon.lower("function_words") or word in reporting_verbs() or word.endswith("ed")


def _is_organisation(name: str) -> bool:
    words = name.split()
    org = lexicon.entries("organisation_words")
    return any(w in org for w in words) or any(w.isupper() and len(w) >= 2 for w in words)
