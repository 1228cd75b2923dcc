"""Person names, titles and roles, aliases; organisations and places as entities of their own kinds.

How one document is read (details in docs/people.md):
1. Capitalised runs are classified (classify.py): person on evidence, organisation, place, or open.
2. People with evidence and a full name (two words or more) are registered; hyphen and spacing
   variants are one person, and "George Bush" joins "George W. Bush".
3. Every run is then walked in text order: a registered full name, a surname ("Putin", "Putin's",
   "Mr Putin") or a name in an ALL-CAPS headline joins its person. A surname shared by several people
   ("Kim") joins the one the context points to (the only one named recently), else it stays
   unresolved (`entity` None): never merged wrongly.
Every mention's `text` is `doc.text[start:end]`: the name's words, without title or "'s".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, Protocol, TypeVar

from newscli.config import Config
from newscli.extract import aliases as user_aliases
from newscli.extract import lexicon, roles
from newscli.extract.classify import ARTICLE_BEFORE, Candidate, Context, classify_all
from newscli.extract.name_context import (
    affiliations,
    cued_words,
    listed_among_people,
    name_closing_a_firm,
    not_a_person,
    relative_of,
    speaker_inside,
    speaker_named,
    speaker_surname,
)
from newscli.extract.names import Token, is_initial, key, repaired, runs
from newscli.extract.wordkinds import plain_given
from newscli.model import Document, Entity, Mention, Role

UNRESOLVED = "unresolved"  # kind of the per-document holder of person mentions no rule could settle
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f", "mlle": "f"}
# Titles a person with no other name given is known by: "Lord Falconer", not "Falconer".
_STYLES = frozenset(
    "Lord Lady Baroness Baron Earl Countess Viscount Viscountess Marquess Duke Duchess Prince Princess "
    "Sir Dame Pope Cardinal Archbishop Sheikh".split()
)
_KNIGHTHOOD = frozenset(("sir", "dame"))  # titles used with the given name: "Sir Howard" is Sir Howard Newby
_RECENT_PARAGRAPHS = 3  # a shared surname follows the person named within this many paragraphs
_NOT_WORD = re.compile(r"[^\w'\u2019.-]+")
_SALIENT = 5  # mentions a person needs per mention of another of the same surname to be meant alone
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|to|from|of|for|with|against|on|at|by|into|toward|towards|visit|visited)\s+(?:the\s+)?$", re.I
)  # "flew to Jordan": a place, not the surname


@dataclass
class _Person:
    """A person of one document while it is being read."""

    name: str
    tokens: list[str]  # lower-case words of the name, hyphens split
    forms: Counter[str] = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    last: int = -1  # paragraph of the latest mention seen in the walk
    gender: str | None = None  # "m"/"f" for a bare surname registered after "Mr"/"Mrs"/"Ms"
    surnames: frozenset[str] = frozenset()  # surnames(name), kept with the name
    named_below_title: bool = False  # named in full below the first paragraph so far
    by_surname: int = 0  # mentions by surname (alone or in full) so far, not counting guesses among namesakes
    by_surname_alone: int = 0  # of those, mentions by the bare surname: the person the article calls by it


@lru_cache(maxsize=1 << 14)
def surnames(name: str) -> frozenset[str]:
    """Keys a bare mention of the person may use: the last word ("Kilroy-Silk"), and the first word of
    a family-name-first name ("Kim" of "Kim Jong Un"). A one-word name has none. Memoised: every bare
    name a document mentions is checked against each of its people."""
    words = name.split()
    if len(words) < 2:
        return frozenset()
    if words[0].lower() in lexicon.lower("family_first"):
        return frozenset({key(words[-1]), key(words[0])})
    return frozenset({key(words[-1])})


class _People:
    """The people of one document, by name key, with the user's aliases applied."""

    def __init__(self, config_aliases: user_aliases.Aliases, lone: set[str], title: str | None) -> None:
        self.by_key: dict[str, _Person] = {}
        self.nicknames: dict[str, _Person] = {}  # "bobby scott" -> Robert C. "Bobby" Scott
        self.aliases = config_aliases
        # The people a one-word name may be (by its key: their surnames and one-word names), and those
        # a full name may be (by its first and last words), each list in the order of by_key: a name is
        # compared with these few rather than with everyone.
        self._by_word: dict[str, list[_Person]] = {}
        self._by_ends: dict[tuple[str, str], list[_Person]] = {}
        self.lone = lone  # keys of the words that stand alone as a name in the document
        self.headline = f" {key(_NOT_WORD.sub(' ', title or ''))} "  # the title's words, as a key

    def in_headline(self, person: _Person) -> bool:
        """Whether the title names the person in full (the article's subject: "Doe: why I ran") and uses
        the surname for no one else ("Mr. Doe"), and the text names them in full below its first line
        too (not a headline's capitals: "Mogul Doe launches label")."""
        if len(person.tokens) < 2 or not person.named_below_title:
            return False
        full = self.headline.count(f" {' '.join(person.tokens)} ")
        return full > 0 and full == self.headline.count(f" {person.tokens[-1]} ")

    def add(self, words: Sequence[str]) -> _Person:
        """Register a full name (or find the person it already names)."""
        name = " ".join(words)
        canonical = self.aliases.canonical(name)
        k = key(canonical or name)
        if k in self.by_key or k in self.nicknames:
            return self.by_key.get(k) or self.nicknames[k]
        tokens = k.split()
        if canonical is None:
            for person in self._same_ends(tokens):
                if _same_person(tokens, person.tokens, middle_names=True):
                    if _fuller(tokens, person.tokens):
                        self._rekey(person, name, tokens)
                    return person
        person = _Person(canonical or name, tokens, surnames=surnames(canonical or name))
        self.by_key[k] = person
        self._index(person)
        return person

    def _rekey(self, person: _Person, name: str, tokens: list[str]) -> None:
        self._index(person, remove=True)
        del self.by_key[key(person.name)]
        person.name, person.tokens, person.surnames = name, tokens, surnames(name)
        self.by_key[key(name)] = person
        self._index(person)

    def _index(self, person: _Person, remove: bool = False) -> None:
        """Append a person (last in by_key) to the lists of _by_word and _by_ends, or remove them."""
        lists = [self._by_word.setdefault(w, []) for w in {key(person.name), *person.surnames}]
        if len(person.tokens) >= 2:
            lists.append(self._by_ends.setdefault((person.tokens[0], person.tokens[-1]), []))
        for found in lists:
            if remove:
                found[:] = [p for p in found if p is not person]
            else:
                found.append(person)

    def _same_ends(self, tokens: list[str]) -> list[_Person]:
        """The people whose full name has the same last word as `tokens` and the same first word, or a
        short or formal form of it ("Ken" for "Kenneth")."""
        if len(tokens) < 2:
            return []
        found = self._by_ends.get((tokens[0], tokens[-1]), [])
        for form in lexicon.given_name_forms().get(tokens[0], ()):
            found = found + self._by_ends.get((form, tokens[-1]), [])
        return found

    def by_given(self, word: str, surname_alone: bool = True) -> list[_Person]:
        """The people whose full name opens with this given name ("Hillary" for Hillary Doe) and, unless
        told otherwise, whose surname the document also uses alone: a person, not a brand named like
        one ("Aston Martin")."""
        k = key(word)
        return [
            p
            for p in self.by_key.values()
            if len(p.tokens) >= 2 and p.tokens[0] == k and (p.tokens[-1] in self.lone or not surname_alone)
        ]

    def lookup(self, words: Sequence[str]) -> list[_Person]:
        """The people a name may refer to: its full form, first and last words, or a bare surname."""
        name = " ".join(words)
        canonical = self.aliases.canonical(name)
        if canonical is not None:
            k = key(canonical)
            return [self.by_key[k]] if k in self.by_key else []
        k = key(name)
        if len(words) == 1:
            return [p for p in self._by_word.get(k, ()) if not self.aliases.split(p.name, name)]
        if k in self.by_key or k in self.nicknames:
            return [self.by_key.get(k) or self.nicknames[k]]
        tokens = k.split()
        return [p for p in self._same_ends(tokens) if _same_person(tokens, p.tokens, middle_names=True)]


def _fuller(a: list[str], b: list[str]) -> bool:
    """Whether name `a` is the better key of one person named `b` too: middle initials kept ("George W.
    Bush"), middle names left out ("Hillary Clinton", as other articles name her, not "Hillary Rodham
    Clinton")."""

    def rank(tokens: list[str]) -> tuple[bool, int]:
        return all(len(w.rstrip(".")) == 1 for w in tokens[1:-1]), len(tokens)

    return rank(a) > rank(b)


def _same_person(a: list[str], b: list[str], middle_names: bool = False) -> bool:
    """Two full names of one person: the same last word, the same first word or a short and a formal
    form of it ("Ken Starr", "Kenneth Starr"), and at most middle initials added to one of them, or
    with `middle_names` (within one article) middle names too ("Hillary Rodham Clinton", "Alan Mark
    Grayson"); across articles two such names may be two people."""
    if len(a) < 2 or len(b) < 2 or a == b:
        return a == b
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if short[-1] != long_[-1]:
        return False
    if short[0] != long_[0] and long_[0] not in lexicon.given_name_forms().get(short[0], ()):
        return False
    middle = long_[1:-1]
    if len(short) == len(long_):
        return short[1:-1] == middle  # "Ken W. Starr", "Kenneth W. Starr"
    return len(short) == 2 and (middle_names or all(len(w.rstrip(".")) == 1 for w in middle))


def extract(doc: Document, config: Config) -> list[Entity]:
    """The entities one document mentions, each with its mentions and roles (offsets into doc.text)."""
    ctx = Context(doc)
    text = doc.text
    cands = classify_all(runs(text), ctx)
    names = [c.words for c in cands]  # each candidate's words and name key, computed once
    keys = [key(" ".join(words)) for words in names]
    lone = {k for cand, k in zip(cands, keys, strict=True) if len(cand.tokens) == 1}
    people = _People(user_aliases.from_config(config), lone, doc.title)
    not_people: dict[str, str] = {key(" ".join(c.words)): "" for c in affiliations(cands, text)}
    open_keys = {k for cand, k in zip(cands, keys, strict=True) if cand.kind in ("person", None)}
    named_in_full = frozenset(key(c.words[-1]) for c in cands if c.kind == "person" and len(c.tokens) >= 2)
    for cand, k in zip(cands, keys, strict=True):
        if k not in open_keys:
            continue  # what the context says of an organisation's or place's name changes nothing
        instead = not_a_person(cand, text, named_in_full)
        if instead is not None:
            not_people[k] = instead or not_people.get(k, "")
    for cand, words, k in zip(cands, names, keys, strict=True):
        named = cand.kind == "person" and len(cand.tokens) >= 2
        if named and cand.run.nickname and k not in not_people:
            nickname = key(f"{cand.run.nickname} {words[-1]}")
            people.nicknames.setdefault(nickname, people.add(words))
    for cand, words, k in zip(cands, names, keys, strict=True):
        instead = not_people.get(k)
        if cand.kind in ("person", None) and instead is not None:
            cand.kind = instead or None  # a work or group keeps an entity of its own kind
        if cand.kind == "person" and len(cand.tokens) >= 2:
            people.add(words)
    families = {s for p in people.by_key.values() for s in p.surnames}
    for cand, words in zip(cands, names, strict=True):
        if cand.kind is None and relative_of(cand, families, ctx) and not people.lookup(words):
            cand.kind, cand.evidence = "person", "family"  # "Naina Yeltsin" where Boris Yeltsin is named
            people.add(words)
    for i, cand in enumerate(cands):
        if listed_among_people(cands, i, text):
            cand.tokens = list(cand.run.tokens)  # "..., Brian Henninger , Tiger Woods , Steve ..."
            cand.kind, cand.evidence = "person", "list"
            names[i] = cand.words
            people.add(names[i])
    _add_speakers(cands, names, people, ctx)
    others: dict[tuple[str, str], Entity] = {}
    unresolved: list[Mention] = []
    paragraph_of = _paragraph_index(doc)
    for cand, words in zip(cands, names, strict=True):
        if cand.kind in ("place", "organisation") and _surname_of_recent(cand, people, paragraph_of, text):
            cand.kind = None  # "Rep. Jim Jordan ... Jordan said": the surname, not the country
        if cand.kind in ("organisation", "place", "work"):
            _add_other(others, doc, cand)
            continue
        found = _resolve(cand, words, people, paragraph_of, _honorific(cand, text), _knighted(cand, text))
        for tokens, person, guessed in found:
            start, end = tokens[0].start, tokens[-1].end
            mention = Mention(doc.id, start, end, text[start:end], None, "person", doc.is_repeat(start, end))
            if person is None:
                unresolved.append(mention)
                continue
            mention.entity = person.name
            person.mentions.append(mention)
            person.forms[mention.text] += 1
            paragraph = paragraph_of(start)
            if _by_surname_form(person, mention):  # "her husband, Tom" does not claim a bare "Doe" after it
                person.last = paragraph
                if not guessed:  # a guess among namesakes is no evidence of who the surname means
                    person.by_surname += 1
                    person.by_surname_alone += len(tokens) == 1
            person.named_below_title |= paragraph > 0 and len(tokens) >= 2
            if cand.kind == "person" and tokens == cand.tokens:
                person.roles.extend(
                    Role(text[s:e], doc.id, s, e, k)
                    for s, e, k in roles.find(cand, text)
                    if k != "affiliation" or not people.lookup(text[s:e].split())
                )  # "said Pat Doe of Christie": of a person the article names, not an employer
    return _entities(people, others, unresolved)


def _add_speakers(
    cands: list[Candidate], names: list[tuple[str, ...]], people: _People, ctx: Context
) -> None:
    """Register the people a speech verb after a lone capitalised word points to (`names`: each
    candidate's words); the rules are skipped when no word is cued, as in half the documents."""
    cued, personal, personal_twice = cued_words(cands, ctx.text)
    _add_named_like_firms(cands, names, people, personal)
    if not cued:
        return
    for cand, words in zip(cands, names, strict=True):
        if cand.kind is None and speaker_named(cand, cued, ctx) and not people.lookup(words):
            cand.kind, cand.evidence = "person", "cue"  # "Dana Whitlock ... Whitlock said"
            people.add(words)
    for cand in cands:
        inside = speaker_inside(cand, cued) if cand.kind in ("organisation", "work") else None
        if inside is not None and not people.lookup(inside[1:]):
            people.add(inside)  # "The Jane Doe Show" ... "Doe said"
    if not personal:
        return
    given_in_use = {p.name.split()[0] for p in people.by_key.values()}
    for cand, words in zip(cands, names, strict=True):
        if (
            cand.kind is None
            and speaker_surname(cand, personal, personal_twice, given_in_use, ctx)
            and not people.lookup(words)
        ):
            cand.kind, cand.evidence = "person", "cue"  # "Okonkwo said" where no full name is given
            people.add(words)


def _add_named_like_firms(
    cands: list[Candidate], names: list[tuple[str, ...]], people: _People, personal: set[str]
) -> None:
    """Make people of the names an organisation word closes ("Michael Bloomberg") where the document
    shows one is a person: a title before one of its mentions ("Mayor Don Guardian"), or its surname
    cued and taken up by he/she ("Bloomberg told ... his"); every mention of such a name follows."""
    splits = [name_closing_a_firm(c) if c.kind == "organisation" else None for c in cands]
    if not any(splits):
        return
    name_keys = [
        key(" ".join(t.text for t in c.run.tokens[split[1] :])) if split is not None else ""
        for c, split in zip(cands, splits, strict=True)
    ]
    shown = {
        k
        for c, split, k in zip(cands, splits, name_keys, strict=True)
        if split is not None and (split[0] is not None or key(c.run.tokens[-1].bare) in personal)
    }
    for i, (cand, split) in enumerate(zip(cands, splits, strict=True)):
        if split is None or name_keys[i] not in shown:
            continue
        title_from, name_at = split
        toks = cand.run.tokens
        cand.tokens, cand.kind, cand.evidence = (
            toks[name_at:],
            "person",
            "title" if title_from is not None else "cue",
        )
        if title_from is not None:
            cand.title = (toks[title_from].start, toks[name_at - 1].end)
        names[i] = cand.words
        people.add(names[i])


def _resolve(
    cand: Candidate,
    words: tuple[str, ...],
    people: _People,
    paragraph_of,
    honorific: str | None,
    knighted: bool = False,
) -> list[tuple[list[Token], _Person | None, bool]]:
    """The person mentions a candidate (whose words are `words`) makes: (tokens, person or None, whether
    the person is a guess among several of that surname); `honorific` is the gender its "Mr"/"Mrs"/"Ms"
    gives, if any; `knighted`, whether "Sir" or "Dame" stands before it, which a given name follows."""
    if cand.shouting:
        return _resolve_shouting(cand.tokens, people)
    if knighted and len(words) == 1 and len(named := people.by_given(words[0], surname_alone=False)) == 1:
        # "Sir Howard" after "Sir Howard Newby": a knight's given name
        return [(cand.tokens, named[0], False)]
    if cand.kind == "person" and len(words) >= 2:
        found = people.lookup(words)
        return [(cand.tokens, found[0] if found else people.add(words), False)]
    named = people.lookup(words)
    found = [p for p in named if not _contradicts(p, honorific)]
    if named and not found and len(words) == 1:
        person = people.add(words)  # "Mr Smith" where only Mary Smith is known: another Smith
        person.gender = honorific
        return [(cand.tokens, person, False)]
    if cand.attributive and len(found) != 1:
        return []
    if len(found) == 1:
        return [(cand.tokens, found[0], False)]
    if len(found) > 1:
        person, sure = _by_context(found, paragraph_of(cand.start), people)
        return [(cand.tokens, person, not sure)]
    if cand.kind == "person" and len(words) == 1 and not is_initial(words[0]):
        return [(cand.tokens, people.add(words), False)]
    if len(words) == 1 and cand.kind is None and not cand.attributive and plain_given(words[0]):
        named = people.by_given(words[0])  # "Hillary shot back": the only Hillary of the article
        if len(named) == 1:
            return [(cand.tokens, named[0], False)]
    return []


def _surname_of_recent(cand: Candidate, people: _People, paragraph_of, text: str) -> bool:
    """Whether a one-word place name, or an organisation word, is the surname of one person named in
    the last paragraphs, and no preposition (or for an organisation, article) stands before it ("in
    Jordan" stays the country)."""
    if len(cand.tokens) != 1:
        return False
    if cand.kind == "organisation" and (
        cand.tokens[0].text not in lexicon.entries("organisation_words")  # "band Kasabian": so by context
        or ARTICLE_BEFORE.search(text, max(0, cand.start - 5), cand.start)  # "the Guardian": the paper
    ):
        return False
    if _PREPOSITION_BEFORE.search(text, max(0, cand.start - 12), cand.start):
        return False
    found = [p for p in people.lookup(cand.words) if len(p.name.split()) >= 2]
    if len(found) != 1 or found[0].last < 0:
        return False
    return paragraph_of(cand.start) - found[0].last <= _RECENT_PARAGRAPHS


def _title_word(cand: Candidate, text: str) -> str:
    """The candidate's title in lower case, without its dot ("Mr." -> "mr"); "" when it has none."""
    return text[cand.title[0] : cand.title[1]].rstrip(".").lower() if cand.title is not None else ""


def _honorific(cand: Candidate, text: str) -> str | None:
    """The gender a candidate's honorific gives ("Mr Smith": "m"), or None."""
    return _HONORIFIC_GENDER.get(_title_word(cand, text))


def _knighted(cand: Candidate, text: str) -> bool:
    """Whether a knight's or dame's title stands before the candidate ("Sir Howard", "Dame Julie")."""
    return _title_word(cand, text) in _KNIGHTHOOD


def _contradicts(person: _Person, gender: str | None) -> bool:
    """Whether the person's given name is only the other gender's ("Mr Smith" is not Mary Smith)."""
    if gender is None or len(person.name.split()) < 2:
        return gender is not None and person.gender not in (None, gender)
    given = person.name.split()[0]  # the hand lists only: "Lakshmi" names men too
    male = given in lexicon.entries("given_names_male")
    female = given in lexicon.entries("given_names_female")
    return (female and not male) if gender == "m" else (male and not female)


def _resolve_shouting(tokens: list[Token], people: _People) -> list[tuple[list[Token], _Person | None, bool]]:
    """Names in an ALL-CAPS line: only people the document names elsewhere, matched word by word."""
    out = []
    i = 0
    while i < len(tokens):
        for width in (3, 2, 1):
            group = tokens[i : i + width]
            if len(group) < width:
                continue
            found = people.lookup([t.text.title() for t in group])
            if len(found) == 1:
                out.append((group, found[0], False))
                i += width
                break
        else:
            i += 1
    return out


def _by_context(found: list[_Person], paragraph: int, people: _People) -> tuple[_Person | None, bool]:
    """Of several people sharing a surname, the one a lone surname means, and whether a reader going
    through the text would have no doubt. Sure: the only one named so far, else the only one the
    article has called by the bare surname (news style gives a namesake, a relative, the full name:
    "Alan Doe ... Doe ... Mary Doe filed ... Doe said"). A guess: the only one named earlier in the
    same paragraph, else the one named at least five times as often as any other so far (the article's
    subject, not a relative named in passing), else the one the headline names, else the one named
    recently while the others were not; else None."""
    named = [p for p in found if p.last >= 0]
    if len(named) == 1:
        return named[0], True
    called = [p for p in named if p.by_surname_alone]
    if len(called) == 1:
        return called[0], True
    here = [p for p in named if p.last == paragraph]
    if len(here) == 1:
        return here[0], False
    ranked = sorted(named, key=lambda p: p.by_surname, reverse=True)
    if len(ranked) > 1 and ranked[0].by_surname >= _SALIENT * max(1, ranked[1].by_surname):
        return ranked[0], False  # the article's subject: not a relative named in passing ("his mother")
    headline = [p for p in named if people.in_headline(p)]
    if len(headline) == 1:
        return headline[0], False
    recent = [p for p in named if paragraph - p.last <= _RECENT_PARAGRAPHS]
    return (recent[0] if len(recent) == 1 else None), False


def _by_surname_form(person: _Person, mention: Mention) -> bool:
    """Whether a mention names the person by surname (alone or in full) rather than by given name."""
    return key(mention.text).split()[-1:] == person.tokens[-1:] or len(person.tokens) < 2


def _paragraph_index(doc: Document):
    starts = [p.start for p in doc.paragraphs]

    def paragraph_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    return paragraph_of


def _add_other(others: dict[tuple[str, str], Entity], doc: Document, cand: Candidate) -> None:
    """Register an organisation or place mention."""
    assert cand.kind is not None
    start, end = cand.start, cand.end
    surface = doc.text[start:end]
    kind_key = (cand.kind, key(surface))
    ent = others.get(kind_key)
    if ent is None:  # not setdefault: an Entity is built only for the first mention
        ent = others[kind_key] = Entity(surface, cand.kind)
    ent.mentions.append(Mention(doc.id, start, end, surface, ent.name, cand.kind, doc.is_repeat(start, end)))


def _entities(
    people: _People, others: dict[tuple[str, str], Entity], unresolved: list[Mention]
) -> list[Entity]:
    out = []
    for person in people.by_key.values():
        if not person.mentions:
            continue
        name = _display_name(person)
        for mention in person.mentions:
            mention.entity = name
        aliases = sorted({f for f in person.forms if key(f) != key(name)})
        out.append(Entity(name, "person", aliases, _unique_roles(person.roles), person.mentions))
    out.extend(others.values())
    if unresolved:
        out.append(Entity("", UNRESOLVED, mentions=unresolved))
    return out


def _display_name(person: _Person) -> str:
    """The full name as the document writes it most often ("Kim Jong Un" over one "Kim Jong-un"), in
    capitals only when it never writes it otherwise (not "DONALD TRUMP" of a headline in capitals); a
    one-word name with the style it is known by when the document never gives more ("Lord Falconer",
    "Baroness Scotland", "Pope Francis": not "Scotland"; "Former Labour MP Lord Janner" too); mojibake
    read back as UTF-8 ("Enrique PeÃ±a Nieto" is shown "Enrique Peña Nieto")."""
    name = person.name
    if person.name in person.forms or not person.forms:
        full = [f for f in person.forms if key(f) == key(person.name)]
        if full:
            name = " ".join(max(full, key=lambda f: (not f.isupper(), person.forms[f], f.count(" "))).split())
    if " " not in name:
        styles = Counter(  # "Lord", "Former Labour MP Lord": the style the title ends in
            r.text.split()[-1] for r in person.roles if r.text.split()[-1] in _STYLES
        )
        if styles:
            return f"{styles.most_common(1)[0][0]} {repaired(name)}"
    return repaired(name)


def _unique_roles(found: list[Role]) -> list[Role]:
    seen: set[tuple[int, int]] = set()
    out = []
    for role in found:
        if (role.start, role.end) not in seen:
            seen.add((role.start, role.end))
            out.append(role)
    return out


def person_mentions(entities: list[Entity]) -> list[Mention]:
    """Every person mention of a document's entities, resolved or not, in text order."""
    found = [m for e in entities if e.kind in ("person", UNRESOLVED) for m in e.mentions]
    return sorted(found, key=lambda m: (m.start, m.end))


def merge(per_doc: Iterable[list[Entity]]) -> list[Entity]:
    """Entities of the whole corpus: the same name (and kind) in several documents is one entity.

    A person named only by surname in one document ("Mr Bush") joins the one person of the corpus
    with that surname and a full name; "George Bush" joins a lone "George W. Bush". Each mention
    keeps the name its own document gave (`Mention.entity`); the folded name becomes an alias.
    """
    merging = Merge(Entity)
    for entities in per_doc:
        merging.add(entities)
    return merging.result()


class Mergeable(Protocol):
    """What merging needs of an entity: its names; its roles and mentions are only added up, so they
    may be Role and Mention objects or rows of their tables (store.EntityRows)."""

    name: str
    kind: str
    aliases: list[str]
    roles: list[Any]
    mentions: list[Any]


E = TypeVar("E", bound=Mergeable)


class Merge(Generic[E]):
    """`merge` fed one document at a time, in corpus order, so that a build merges the documents
    already extracted while its workers extract the others; `new(name, kind)` makes an empty
    entity of the type fed (Entity, or store.EntityRows)."""

    def __init__(self, new: Callable[[str, str], E]) -> None:
        self._new = new
        self._merged: dict[tuple[str, str], E] = {}

    def add(self, entities: Iterable[E]) -> None:
        """Fold one document's entities into the corpus's entities of the same name and kind."""
        merged = self._merged
        for ent in entities:
            if ent.kind == UNRESOLVED:
                continue
            name_key = (ent.kind, key(ent.name))
            into = merged.get(name_key)
            if into is None:
                into = merged[name_key] = self._new(ent.name, ent.kind)
            _fold(into, ent, alias=False)

    def result(self) -> list[E]:
        """The merged entities, once every document was added: people also named as a work or an
        organisation dropped (not for a name an organisation word ends, "Michael Bloomberg"), surnames
        and shorter full names folded into their one full name."""
        merged = self._merged
        for kind, name_key in [k for k in merged if k[0] == "person"]:
            if ("work", name_key) in merged or (
                ("organisation", name_key) in merged and not _firm_word_last(merged[(kind, name_key)].name)
            ):
                del merged[(kind, name_key)]  # a band or film elsewhere in the corpus: no person
        full = [e for (kind, _), e in merged.items() if kind == "person" and len(e.name.split()) >= 2]
        full = _join_name_forms(merged, full)
        # Full names by surname and by first and last word, so that a name is compared with the few
        # full names it may join rather than with all of them (comparing all was quadratic).
        full_tokens = [key(e.name).split() for e in full]
        by_surname: dict[str, list[int]] = {}
        by_ends: dict[tuple[str, str], list[int]] = {}
        for i, (e, t) in enumerate(zip(full, full_tokens, strict=True)):
            for surname in surnames(e.name):
                by_surname.setdefault(surname, []).append(i)
            by_ends.setdefault((t[0], t[-1]), []).append(i)
        for k, ent in list(merged.items()):
            if k[0] != "person":
                continue
            tokens = k[1].split()
            if len(ent.name.split()) == 1:
                targets = [full[i] for i in by_surname.get(k[1], [])]
            else:
                targets = [
                    full[i]
                    for i in by_ends.get((tokens[0], tokens[-1]), [])
                    if full[i] is not ent
                    and _same_person(tokens, full_tokens[i])
                    and len(full_tokens[i]) > len(tokens)
                ]
            if len(targets) == 1:
                _fold(targets[0], ent, alias=True)
                del merged[k]
        return list(merged.values())


def _firm_word_last(name: str) -> bool:
    """Whether a name ends in an organisation word ("Michael Bloomberg"): an organisation by its words
    alone in the documents that show no more, so it is no evidence against the person others show."""
    return name.split()[-1] in lexicon.entries("organisation_words")


def _join_name_forms(merged: dict[tuple[str, str], E], full: list[E]) -> list[E]:
    """Fold the two full names of a surname no one else in the corpus bears when their given names are
    a short and a formal form of one name ("Vince Cable", "Vincent Cable"; not "Jim Morrison" and
    "James Morrison" among four more Morrisons); the one named more often keeps the name. Within one
    article the index joins such names already; across articles only a surname of just these two is
    safe to read so. Returns the full names left."""
    by_last: dict[str, list[E]] = {}
    for ent in full:
        by_last.setdefault(key(ent.name).split()[-1], []).append(ent)
    dropped: set[int] = set()
    for group in by_last.values():
        if len(group) != 2:
            continue
        a, b = (key(e.name).split() for e in group)
        if len(a) == len(b) and a[0] != b[0] and _same_person(a, b):
            keep, drop = sorted(group, key=lambda e: len(e.mentions), reverse=True)
            _fold(keep, drop, alias=True)
            del merged[("person", key(drop.name))]
            dropped.add(id(drop))
    return [e for e in full if id(e) not in dropped] if dropped else full


def _fold(into: Mergeable, ent: Mergeable, alias: bool) -> None:
    """Add `ent`'s names, roles and mentions to `into` (its name becomes an alias when `alias`)."""
    names = [ent.name, *ent.aliases] if alias else ent.aliases
    if names:  # most documents' entities have no other name
        into.aliases.extend(a for a in names if a not in into.aliases and key(a) != key(into.name))
    into.roles.extend(ent.roles)
    into.mentions.extend(ent.mentions)
