"""What "he" or "she" stands for: the most recent compatible speaker or sentence subject before it.

The subjects come from sentence_subjects.py, the speakers of earlier quotations from quotes.py (at their
cue). A candidate is taken only when no other person who could be he/she is named after it, but for
those its voice speaks of or acts on (`X said Y would ...`, `X beat Y`, `He said that Y ...`); a
blocker (a name the people index does not know, a described voice) before any candidate leaves the
pronoun unresolved.

A person's gender comes from a common given name (newscli/data/given_names_*.txt; more weakly, one that
Faker's lists give to one gender only, gendered_names_*.txt), an honorific in the text (Mr., Mrs., Ms.)
and the pronouns that follow the person in sentences naming no one else. A candidate of the other
gender is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscli.extract import cuewords
from newscli.extract.classify import ARTICLE_BEFORE
from newscli.extract.cuetokens import tokens
from newscli.extract.cuewords import PRONOUN_GENDER
from newscli.extract.sentence_subjects import (
    BLOCKER,
    COMMON_VERBS,
    LOWER_WORD,
    POSSESSIVE,
    SUBJECT_REACH,
    SentenceSubjects,
    after_comma,
    after_opening_phrase,
    word_after,
)
from newscli.model import Mention, Sentence
from newscli.text import sentence_at

_ASKING = frozenset(
    "ask asks asked question questions questioned press presses pressed quiz quizzes quizzed".split()
)
_ASIDE_OPENER = re.compile(r",\s+([a-z]+ed)\b")  # ", asked about ...": a participle opening an aside
_LOWER_AFTER = re.compile(r"\s+[a-z]")
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
CITE_REACH = 40  # characters after a pronoun read for its cue and the comma after it
_SUBORDINATORS = frozenset(
    "who whom whose which that although though while whereas when because since if as after before until "
    "unless".split()
)  # a clause opened by one of these is no main clause a he/she could be citing
GIVEN_NAME_WEIGHT = 10  # a common given name outweighs pronoun votes, which other people's pronouns can sway


class Antecedents:
    """The genders of one document's people and the referent of each he/she, over its sentence subjects."""

    def __init__(self, subjects: SentenceSubjects) -> None:
        self.subjects = subjects
        self.doc, self.text, self.att = subjects.doc, subjects.text, subjects.att
        self._gender: dict[str, str] | None = None

    @property
    def gender(self) -> dict[str, str]:
        """Each person's gender where the text or a common given name shows it, read once on first use."""
        if self._gender is None:
            votes: dict[str, list[int]] = {}
            for name in {m.entity for m in self.att.persons if m.entity}:
                if given := cuewords.given_name_gender(name):
                    _vote(votes, name, given, GIVEN_NAME_WEIGHT)
                elif hint := cuewords.given_name_gender(name, "gendered_names"):
                    _vote(votes, name, hint, 1)  # outweighed by an honorific or the text's pronouns
            for para in self.doc.paragraphs:
                for sent in para.sentences if para.repeat_of is None else ():
                    if persons := self.att.persons_between(sent.start, sent.end):
                        outside = [m for m in persons if not self.subjects.in_quote(m.start)]
                        self._gender_votes(sent.end, outside, votes)
            self._gender = {e: ("m" if v[0] > v[1] else "f") for e, v in votes.items() if v[0] != v[1]}
        return self._gender

    def _gender_votes(self, end: int, persons: list[Mention], votes: dict[str, list[int]]) -> None:
        for m in persons:
            honorific = cuewords.honorific_gender(self.text, m.start)
            if honorific and m.entity:
                _vote(votes, m.entity, honorific, 3)
        if persons and len({m.entity for m in persons}) == 1 and persons[0].entity:
            for p in _PRONOUN.finditer(self.text, persons[-1].end, end):
                if not self.subjects.in_quote(p.start()):
                    _vote(votes, persons[0].entity, PRONOUN_GENDER[p.group().lower()], 1)

    def resolve(self, pronoun: str, at: int, floor: int, speakers: list[tuple[int, str]]) -> str | None:
        """The most recent candidate in [floor, at) whose gender does not contradict the pronoun; None when
        the most recent compatible candidate is a name the people index does not know."""
        want = PRONOUN_GENDER.get(pronoun)
        cited = self._cited_from(at)
        for offset, entity in self._candidates(floor, at, speakers):
            if cited <= offset:
                continue  # "Doe has failed, he claimed": he is not the Doe he speaks of
            if entity == BLOCKER:
                return None
            if self.gender.get(entity, want) == want:
                if cuewords.given_name_gender(entity) not in (None, want):
                    return None  # "he" for "Anne Smith": the index may have joined two people; no guess
                if self._reported_by_another(entity, offset, want):
                    return None
                return entity if self._unrivalled(entity, offset, min(at, cited), want) else None
        return None

    def _reported_by_another(self, entity: str, offset: int, want: str | None) -> bool:
        """Whether the candidate at `offset` is named inside what another person of the pronoun's gender
        reports as the subject of the same sentence (`Mr Roe denied Mr Doe said the plans "stink". He
        also said`): the reporter is as likely a referent as the person reported, so neither is taken."""
        sent = sentence_at(self.doc.paragraphs, offset)
        found = self.subjects.of(sent) if sent is not None else None
        if found is None or found.entity in (BLOCKER, entity) or found.offset >= offset:
            return False
        if self.gender.get(found.entity, want) != want:
            return False
        start, end = self.subjects.reported_by(found.entity, found.offset)
        return start <= offset < end

    def _cited_from(self, at: int) -> int:
        """Where the clause starts that a he/she cites from after it, set off by commas (`Doe has failed,
        he claimed, saying`, `Doe is no rebel, he said.`): the start of its sentence, when that is a main
        clause (not `Although Doe insisted ..., he admitted`, `X, who, he claims, is`); else `at`."""
        if not after_comma(self.text, at):
            return at
        after = self.att.tokens(at, min(len(self.text), at + CITE_REACH))
        if len(after) < 2 or not self.att.is_verb(after[1]) or (len(after) > 2 and after[2].text not in ",."):
            return at
        sent = sentence_at(self.doc.paragraphs, at)
        if sent is None or any(t.low in _SUBORDINATORS for t in self.att.tokens(sent.start, at)):
            return at
        return sent.start

    def _candidates(self, floor: int, at: int, speakers: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
        """Sentence subjects and speakers in [floor, at) as (offset, entity), latest first (as sorted in
        reverse). A sentence's subject lies inside it, so sentences read backwards give their subjects in
        order, and a subject is read only when every later candidate was passed over."""
        said = sorted((c for c in speakers if floor <= c[0] < at), reverse=True)
        k = 0
        for sent in reversed(self.subjects.sentences(floor, at)):
            found = self.subjects.of(sent)
            if found is None or found.offset >= at:
                continue
            pair = (found.offset, found.entity)
            while k < len(said) and said[k] > pair:
                yield said[k]
                k += 1
            yield pair
        yield from said[k:]

    def _unrivalled(self, entity: str, offset: int, at: int, want: str | None) -> bool:
        """Whether no other person who could be "he"/"she" is named between the candidate and the pronoun
        (a name modifying a noun, "an Obama supporter", is none), but inside what the candidate reports in
        their own sentence (`X said that Y would ...`); a rival passed over so is one only when no other
        voice speaks up after it (`..., but the Kiwi said`)."""
        reported = None
        for m in self.att.persons_between(offset, at):
            if (
                m.entity != entity
                and not self.subjects.in_quote(m.start)
                and self.gender.get(m.entity or "", want) == want
                and not _modifier(self.text, m)
            ):
                if reported is None:
                    reported = self.subjects.reported_by(entity, offset)
                if (
                    not reported[0] <= m.start < reported[1]
                    and not self._object_of(offset, m)
                    and not self._reported_by_pronoun(m.start, want)
                    and not self._before_pronoun_subject(m.start, want)
                ):
                    return False
        return reported is None or not self._another_voice(entity, reported[1], at)

    def _object_of(self, offset: int, m: Mention) -> bool:
        """Whether the person `m` is named in the sentence whose subject is the candidate at `offset`, as
        no subject of a clause of its own: `Freeman beat actors including Clive Owen` (he is Freeman);
        not `..., but McIlroy is unfazed`, `X met Y, who ...`, nor set off by a comma (`X, Y, said`)."""
        sent = sentence_at(self.doc.paragraphs, offset)
        if sent is None or not sent.start <= m.start < sent.end:
            return False
        named = self.att.by_start.get(offset)
        if (
            named is not None
            and self.text[named.end : m.start].strip() == ","
            and not self.text.startswith(POSSESSIVE, m.end)
        ):
            return False  # "Tom Okafor, Bill Reyes, said": a pair, not an object (but "X, Y's aide,")
        found = self.subjects.of(sent)
        if found is None or found.offset != offset:
            return False
        aside = self._aside_after(named, m, sent)
        if any(
            self._addresses(w.group()) and w.start() != aside
            for w in LOWER_WORD.finditer(self.text, offset, m.start)
        ):
            return False  # "Hannity asked Trump how high", "X accused Y of lying": Y may answer
        if self.text.startswith(POSSESSIVE, m.end):
            return True  # "Y's remark": a possessor, the subject of no clause of Y's
        word = word_after(self.text, m.end)
        if word is None:
            return True
        if word.lower() == "who" or word.lower() in COMMON_VERBS or word in self.att.verbs:
            return False
        return not (word.islower() and word.endswith(("ed", "es")))

    def _aside_after(self, named: Mention | None, m: Mention, sent: Sentence) -> int | None:
        """Where a participle opens an aside set off by commas right after the candidate, when `m` is
        named inside it and a reporting verb follows the comma that closes it: "Howard, asked about Mr
        Livingstone's remark by reporters, said" (Howard was asked; not "X, accused Y of ...", X's own
        verb); None otherwise."""
        if named is None:
            return None
        opener = _ASIDE_OPENER.match(self.text, named.end, m.start)
        if opener is None:
            return None
        toks = self.att.tokens(m.end, sent.end)
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        if comma is None or comma + 1 >= len(toks) or not self.att.is_verb(toks[comma + 1]):
            return None  # the aside must close before the candidate's own verb: "..., said"
        return opener.start(1)

    def _addresses(self, word: str) -> bool:
        """Whether a verb form puts a question or words to the person after it ("asked", "pressed",
        "accused", "told", "urged": object verbs), who may well be the next to speak."""
        return word in _ASKING or self.att.verbs.get(word) in cuewords.object_verbs()

    def _another_voice(self, entity: str, start: int, at: int) -> bool:
        """Whether a reporting verb in [start, at) has a subject other than the person or a pronoun."""
        for verb, subject in self.att.verb_subjects(self.att.tokens(start, at)):
            if self.subjects.in_quote(verb.start) or subject is None or subject.kind == "pronoun":
                continue
            if subject.mention is None or subject.mention.entity != entity:
                return True
        return False

    def _before_pronoun_subject(self, offset: int, want: str | None) -> bool:
        """Whether `offset` lies in the opening phrase of a sentence whose subject is a he/she of the wanted
        gender (`At a conference hosted by Gordon Brown, he said`, `Pressed on Mr Howard's beliefs, he
        replied`): that he is not the person named before it, and goes on with the voice before."""
        sent = sentence_at(self.doc.paragraphs, offset)
        if sent is None or want is None:
            return False
        toks = tokens(self.text, sent.start, min(sent.end, sent.start + SUBJECT_REACH[1]))
        i = after_opening_phrase(toks, self.att.by_start)
        return 0 < i < len(toks) and offset < toks[i].start and PRONOUN_GENDER.get(toks[i].low) == want

    def _reported_by_pronoun(self, offset: int, want: str | None) -> bool:
        """Whether `offset` lies in what a he/she of the wanted gender reports in its sentence (`He said
        that Mr Houston may be interviewed.`): the person named there is spoken of by the same voice the
        pronoun goes on with, no rival to it."""
        sent = sentence_at(self.doc.paragraphs, offset)
        if sent is None or want is None:
            return False
        start, end = self.subjects.report(
            sent, sent.start, lambda s: PRONOUN_GENDER.get(s.pronoun or "") == want
        )
        return start <= offset < end


def _modifier(text: str, m: Mention) -> bool:
    """Whether a name modifies the noun after it, an article before it: "an Obama supporter", "the
    Smith campaign" name no one who could be he or she."""
    return ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start) is not None and (
        _LOWER_AFTER.match(text, m.end) is not None
    )


def _vote(votes: dict[str, list[int]], entity: str, gender: str, weight: int) -> None:
    v = votes.setdefault(entity, [0, 0])
    v[0 if gender == "m" else 1] += weight
