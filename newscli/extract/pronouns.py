"""What "he" or "she" stands for: the most recent compatible speaker or sentence subject before it.

Candidates are the speakers of earlier quotations and the subject of each sentence (its first person
mention outside quotation marks that is neither possessive nor the object of a preposition). A
person's gender is known only from the text: an honorific (Mr., Mrs., Ms.) or the pronouns that follow
the person in sentences naming no one else. A candidate of the other gender is passed over.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newscli.model import Document, Mention

PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_HONORIFIC_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_BEFORE_OBJECT = re.compile(
    r"\b(?:by|with|to|of|for|against|at|on|about|from|than|toward|towards)\s+$", re.IGNORECASE
)
_POSSESSIVE = ("'s", "\u2019s")


class Antecedents:
    """Sentence subjects and person genders of one document, for resolving pronoun speakers."""

    def __init__(self, doc: Document, persons: list[Mention], quoted: list[tuple[int, int]]) -> None:
        self.text = doc.text
        self.quoted_starts = [q[0] for q in quoted]
        self.quoted = quoted
        self.subjects: list[tuple[int, str]] = []  # (offset, entity) of each sentence's subject
        votes: dict[str, list[int]] = {}
        i = 0
        for para in doc.paragraphs:
            for sent in para.sentences:
                while i < len(persons) and persons[i].start < sent.start:
                    i += 1
                j = i
                inside = []
                while j < len(persons) and persons[j].end <= sent.end:
                    if not self.in_quote(persons[j].start):
                        inside.append(persons[j])
                    j += 1
                self._sentence(sent.start, sent.end, inside, votes)
        self.gender = {e: ("m" if v[0] > v[1] else "f") for e, v in votes.items() if v[0] != v[1]}

    def in_quote(self, offset: int) -> bool:
        """Whether the offset lies inside quotation marks."""
        k = bisect_right(self.quoted_starts, offset) - 1
        return k >= 0 and offset < self.quoted[k][1]

    def _sentence(self, start: int, end: int, persons: list[Mention], votes: dict[str, list[int]]) -> None:
        for m in persons:
            if self.text.startswith(_POSSESSIVE, m.end):
                continue
            if _BEFORE_OBJECT.search(self.text, max(start, m.start - 12), m.start):
                continue
            assert m.entity is not None
            self.subjects.append((m.start, m.entity))
            break
        for m in persons:
            honorific = _HONORIFIC.search(self.text, max(0, m.start - 6), m.start)
            if honorific and m.entity:
                _vote(votes, m.entity, _HONORIFIC_GENDER[honorific.group(1)], 3)
        names = {m.entity for m in persons}
        if len(names) == 1 and persons[0].entity:
            for p in _PRONOUN.finditer(self.text, persons[-1].end, end):
                if not self.in_quote(p.start()):
                    _vote(votes, persons[0].entity, PRONOUN_GENDER[p.group().lower()], 1)

    def resolve(self, pronoun: str, at: int, floor: int, speakers: list[tuple[int, str]]) -> str | None:
        """The most recent candidate in [floor, at) whose gender does not contradict the pronoun."""
        want = PRONOUN_GENDER.get(pronoun)
        k = bisect_right(self.subjects, (at, "")) - 1
        pool = [c for c in self.subjects[max(0, k - 8) : k + 1] if floor <= c[0] < at]
        pool += [c for c in speakers if floor <= c[0] < at]
        for _, entity in sorted(pool, reverse=True):
            if self.gender.get(entity, want) == want:
                return entity
        return None


def _vote(votes: dict[str, list[int]], entity: str, gender: str, weight: int) -> None:
    v = votes.setdefault(entity, [0, 0])
    v[0 if gender == "m" else 1] += weight
