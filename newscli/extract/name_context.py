"""What the words around a classified name, and the rest of its document, show of it: an open run that
is a speaker's full name or surname, a relative's name, a name in a list of people; a name that is a
work, a place or an organisation by the words before or after it. people.py applies these across one
document's candidates.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from newscli.extract import lexicon
from newscli.extract.classify import CUE_AFTER, CUE_BEFORE, Candidate, Context, tail_start, title_split
from newscli.extract.names import UPPER, key
from newscli.extract.wordkinds import (
    NOT_NAME_LISTS,
    calendar_word,
    common_word,
    given_first,
    is_given,
    is_surname,
    name_shaped,
    never_a_name,
    organisation_word,
)

_WORK_BEFORE = re.compile(r"(?<![\w-])([a-z]+)[ \t]+$")  # not the end of "open-side"
_MODIFIES_ROLE = re.compile(rf"[ \t]+([a-z-]+)[ \t]+[{UPPER}]")
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
# Nouns after a name that make it a publication's ("Forbes magazine"); not film, album, show, which a
# maker's name may stand before ("a Spielberg film")
_PUBLICATIONS = frozenset("magazine magazines newspaper newspapers website websites channel".split())
_PRONOUN_AFTER = re.compile(r"\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Ii]ts?)\b")
_PRONOUN_REACH = 200  # characters after a speech verb where a pronoun may take up its subject
_NAMESAKE_TITLES = frozenset("King Queen Prince Princess Duke Duchess Saint St Sir Dame Lord Lady".split())
_LIST_COMMA = re.compile(r"[ \t]*,[ \t]*")
_LIST_NEXT = re.compile(r"[ \t]*(?:,|;|\band\b)[ \t]*")


def listed_among_people(cands: list[Candidate], i: int, text: str) -> bool:
    """Whether an open run of two or three name-shaped words stands in a list between two full names of
    people, set off by commas ("..., Brian Henninger , Tiger Woods , Steve Jurgenson ,": a field of
    players, a list of guests): the list says what it is, when the last word is a known family name.
    English words pass ("Tiger Woods", whose "Tiger" a title-case line had dropped as an opener), words
    of the lists (places, organisations, titles) do not. The caller gives the run its whole words."""
    cand = cands[i]
    if cand.kind is not None or cand.shouting or cand.attributive or not 0 < i < len(cands) - 1:
        return False
    before, after = cands[i - 1], cands[i + 1]
    if not all(c.kind == "person" and len(c.tokens) >= 2 for c in (before, after)):
        return False
    words = tuple(t.text for t in cand.run.tokens)  # the whole run: a list line looks like a headline
    return (
        _LIST_COMMA.fullmatch(text, before.end, cand.run.start) is not None
        and _LIST_NEXT.fullmatch(text, cand.run.end, after.start) is not None
        and name_shaped(words, known_words=True)
        and is_surname(words[-1])  # not a band among musicians: "Velvet Revolver", "Bucks Fizz"
    )


def relative_of(cand: Candidate, families: set[str], ctx: Context) -> bool:
    """Whether an open run is a full name whose family name is a person's of the document
    ("Naina Yeltsin" beside Boris Yeltsin): two or three name-shaped words, not opening a sentence."""
    if cand.shouting or cand.attributive or not 2 <= len(cand.tokens) <= 3:
        return False
    words = cand.words
    if key(words[-1]) not in families:
        return False
    first = words[0]
    if ctx.opens(cand.start) and not is_given(first):
        return False
    return is_given(first) or name_shaped((*words[:-1], "X"))


def cued_words(cands: list[Candidate], text: str) -> tuple[set[str], set[str], set[str]]:
    """The name keys of single capitalised words that are the subject of a speech verb right after them
    ("Whitlock said", "Oxley tweeted") or that close an inverted cue ("..., said Whitlock."): a surname
    used as a speaker's; those of them before their verb that a personal pronoun takes up before any
    "it" does ("Smith said he ...", not "Renault said its ..."); and those a personal pronoun takes up
    twice or more and "it" never (a person's, not a firm's, by the text)."""
    found: set[str] = set()
    personal: Counter[str] = Counter()
    impersonal: set[str] = set()
    for cand in cands:
        alone = len(cand.tokens) == 1 and (len(cand.run.tokens) == 1 or cand.title is not None)
        if alone and not cand.shouting:  # "Mr Smith said"; not what is left of "Ask Barney said"
            closes = text[cand.end : cand.end + 1] in ".,"  # a cheap test before the pattern
            before = CUE_BEFORE.search(text, max(0, cand.start - 12), cand.start) if closes else None
            if before and before.group(1) in lexicon.lower("speech_verbs"):
                found.add(key(cand.words[0]))  # "..., said Hewitt.": inverted, no pronoun read after it
            cue = CUE_AFTER.match(text, cand.end)
            if cue and cue.group(1) in lexicon.lower("speech_verbs"):
                k = key(cand.words[0])
                found.add(k)
                pronoun = _PRONOUN_AFTER.search(text, cue.end(), cue.end() + _PRONOUN_REACH)
                if pronoun and pronoun.group(1).lower() not in ("it", "its"):
                    personal[k] += 1
                elif pronoun:
                    impersonal.add(k)
    return found, set(personal), {k for k, n in personal.items() if n >= 2 and k not in impersonal}


def speaker_named(cand: Candidate, cued: set[str], ctx: Context) -> bool:
    """Whether an open run is the full name of a speaker named by surname elsewhere ("Dana Whitlock ...
    Whitlock said"): two capitalised words, the last one cued, the first one a given name or any
    capitalised word on no list ("Bram Oxley"; an ordinary word only where no sentence opens)."""
    if cand.shouting or cand.attributive or len(cand.tokens) != 2:
        return False  # three words may hold a description: "Billionaire Jane Doe"
    words = cand.words
    if key(words[-1]) not in cued or any(w.islower() or w.isupper() for w in words):
        return False
    if is_given(words[0]):
        return True
    if ctx.line(cand.start).title_case or (ctx.opens(cand.start) and common_word(words[0])):
        return False  # "Following Smith": a sentence may open with a common word; a headline describes
    return not any(w in lexicon.entries(n) for w in words for n in NOT_NAME_LISTS)


def speaker_inside(cand: Candidate, cued: set[str]) -> tuple[str, str] | None:
    """A speaker's full name inside the name of a show or organisation ("The Jane Doe Show" ... "Doe
    said"): a given name and a cued surname on no list."""
    if cand.shouting or len(cand.tokens) < 3:
        return None
    for first, last in itertools.pairwise(cand.words):
        if (
            is_given(first)
            and key(last) in cued
            and not any(last in lexicon.entries(n) for n in NOT_NAME_LISTS)
        ):
            return first, last
    return None


def name_closing_a_firm(cand: Candidate) -> tuple[int | None, int] | None:
    """Where an organisation's run ends in what may be a person's name, a given name and an organisation
    word ("Michael Bloomberg", "Atlantic City Mayor Don Guardian"), with nothing or a title before it:
    (first word of the title or None, first word of the name); None when it ends in no such name. The
    document decides whether it is one (people.py); a title that names places and institutions after
    people ("Prince William County", "Queen Mary College") leads no such name."""
    toks = cand.run.tokens
    if cand.shouting or len(toks) < 2:
        return None
    first, last = toks[-2].bare, toks[-1].bare
    if not (organisation_word(last) and is_given(first)) or organisation_word(first) or calendar_word(first):
        return None
    if first in lexicon.entries("places") or first in lexicon.entries("countries"):
        return None  # "Washington Post": the paper
    if len(toks) == 2:
        return None, 0
    split = title_split(tuple([t.text for t in toks]))
    if split is None or split[2] != "title" or split[1] != len(toks) - 2 or toks[-3].bare in _NAMESAKE_TITLES:
        return None  # not "British Davis Cup": a nationality is no title
    return split[0], split[1]


def speaker_surname(
    cand: Candidate, cued: set[str], personal_twice: set[str], given_in_use: set[str], ctx: Context
) -> bool:
    """Whether a lone open word is a speaker's surname: cued and taken up by a personal pronoun ("Brown
    said he": `cued`), and a known family name, or a word the document writes only with a capital
    (inside a sentence too: "when Trump mentioned ...") that he/she takes up after its cues twice and
    "it" never (`personal_twice`); and not the given name of a person of the document ("Jane said" after
    Jane Doe stays open)."""
    if cand.shouting or len(cand.tokens) != 1:
        return False
    word = cand.words[0]
    return (
        key(word) in cued
        and (is_surname(word) or (key(word) in personal_twice and ctx.proper_word(word)))
        and word not in given_in_use
        and not never_a_name(cand.words)
        and not any(word in lexicon.entries(n) for n in NOT_NAME_LISTS)
    )


def not_a_person(cand: Candidate, ctx_text: str, named_in_full: frozenset[str] = frozenset()) -> str | None:
    """What the context shows a name to be instead of a person, in this document: "place" ("the city of
    El Alto"), "work" ("the film Vera Drake", "Forbes magazine": not a lone word that is the family
    name of someone the document names in full, one of `named_in_full`, "Bush website"),
    "organisation" ("the band Franz Ferdinand"), "" when it only modifies a role ("Vera Drake star
    Imelda Staunton": a work, team or firm), or None when nothing says so."""
    if cand.shouting or not cand.tokens:
        return None
    start = cand.start
    lo = max(0, start - 20)
    before = _WORK_BEFORE.search(ctx_text, lo + tail_start(ctx_text[lo:start], 1), start)
    if before and before.group(1) in lexicon.lower("works"):
        return "work"
    of_or_for = ctx_text.endswith(("of ", "for "), max(0, start - 4), start)  # a cheap test first
    if of_or_for and not cand.run.possessive and _PLACE_BEFORE.search(ctx_text, max(0, start - 30), start):
        return "place"  # "the city of El Alto", "MP for West Ham" (not "the state of Sanders' years")
    if (
        before
        and before.group(1) in lexicon.lower("groups")
        and not _counted(ctx_text, before.start(1))
        and not _AND_A_NAME.match(ctx_text, cand.end)  # "Scotland duo Gordon Bulloch and Chris Cusiter"
    ):
        return "organisation"
    end = cand.end
    if cand.run.possessive or end != cand.run.end:
        return None
    if len(cand.tokens) >= 2 and cand.title is None and _a_thing(cand, ctx_text):
        return ""  # "including the Mac Mini.": an article before a whole name makes it a thing
    if ctx_text[end : end + 1] not in (" ", "\t"):
        return None  # the patterns below start with a space or tab
    publication = _WORD_AFTER.match(ctx_text, end)
    if (
        publication
        and publication.group(1) in _PUBLICATIONS
        and not given_first(cand.words)  # not "the George W Bush website"
        and not (len(cand.tokens) == 1 and key(cand.words[0]) in named_in_full)  # nor "Bush website"
    ):
        return "work"  # "Forbes magazine started the rich-list craze"
    after = _MODIFIES_ROLE.match(ctx_text, end, min(len(ctx_text), end + 40))
    if (
        after
        and after.group(1) in lexicon.lower("roles")
        and after.group(1) not in _SELF_ROLES
        and after.group(1) not in lexicon.lower("personal_roles")  # "Trump aide Jo Doe": a person's aide
    ):
        return ""
    return None


# A kind of place and "of" before a name, or a member of a parliament and "for": the place ("the city of
# El Alto", "Labour MP for West Ham"; not "Secretary of State X").
_PLACE_BEFORE = re.compile(
    r"\b(?:(?:city|town|village|suburb|district|province|region|county|borough|state|island|port|capital)"
    r"[ \t]+of|(?:MP|MSP|MEP)s?[ \t]+for)[ \t]+$"
)
_AND_A_NAME = re.compile(r"[ \t]+and[ \t]+[A-Z]")  # a pair of names after a group noun: its members
_THING_AFTER = re.compile(r"[ \t]*(?:[.;:!?)]|[ \t](?:for|with|in|to|is|was|has|had)\b)")
_THE_OR_A = re.compile(r"\b(?:[Tt]he|an?)[ \t]+$")  # not "A", an initial in "A Lo Cicero, F Ongaro"


def _a_thing(cand: Candidate, text: str) -> bool:
    """Whether an article stands right before a full name that ends a phrase ("the Mac Mini.", "a
    Mac Mini for £339"): a product or firm; not "a Jo Doe presidency", where the name modifies a noun,
    nor "the Jo Doe, or Al Roe, of podcasting", a figure of speech."""
    start = cand.start
    return (
        _THE_OR_A.search(text, max(0, start - 5), start) is not None
        and _THING_AFTER.match(text, cand.end) is not None
    )


_SELF_ROLES = frozenset({"said", "says"})
_COUNTING = re.compile(r"\b(?:one|an?|another|each|every|any|no|which|what)[ \t]+$", re.I)


def _counted(text: str, at: int) -> bool:
    """Whether a group noun at `at` is counted or asked about ("One label Rubio resists", "which team
    Doe coaches"): the name after it is the subject of a clause, not the group's name ("the band X")."""
    return _COUNTING.search(text, max(0, at - 10), at) is not None


_AFFILIATED = re.compile(r"[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?")  # "Jane Doe of", "David Anders at"


def affiliations(cands: list[Candidate], text: str) -> list[Candidate]:
    """Names right after "PERSON of" or "PERSON at": organisations or places ("Jane Doe of Morgan
    Stanley", "David Anders at Merrill Lynch")."""
    return [
        nxt
        for cand, nxt in itertools.pairwise(cands)
        if cand.kind == "person"
        and not cand.run.possessive
        and not nxt.run.possessive
        and _AFFILIATED.fullmatch(text, cand.end, nxt.start)
    ]
