"""Word lists the attribution rules read: reporting verbs (a data file, loaded once) and grammar words."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def reporting_verbs() -> dict[str, str]:
    """Every form of every reporting verb in newscli/data/reporting_verbs.txt, mapped to its lemma."""
    forms: dict[str, str] = {}
    data = (DATA / "reporting_verbs.txt").read_text(encoding="utf-8")
    for line in data.splitlines():
        words = line.split("#", 1)[0].split()
        for form in words:
            forms[form.lower()] = words[0].lower()
    return forms


# Personal pronouns that may stand for one speaker; "they" and "we" usually stand for groups.
SINGULAR_PRONOUNS = {"he": "m", "she": "f"}
# Words that may sit between a speaker and the verb: "X also said", "X has repeatedly warned".
BETWEEN_SUBJECT_AND_VERB = frozenset(
    "also later then has had have will would could may might again once further earlier even just "
    "is was been did does do never still first initially since himself herself itself recently previously "
    "separately ultimately finally often frequently subsequently quickly immediately".split()
)
# Words that start a clause of their own: a speaker is never found across them.
CLAUSE_WORDS = frozenset(
    "that which who whom whose when where while because although though if unless since as but and or "
    "after before until so than whether".split()
)
# Prepositions that attach a short phrase to a speaker: "X of the Foundation for ... told".
POSTMODIFIERS = frozenset("of from at with for in".split())
# Determiners that open a noun-phrase subject: "the official said", "a spokesman told".
DETERMINERS = frozenset(
    "the a an his her their its our my your this that these those some many several one two three "
    "another other each both".split()
)
# Particles after which a reporting verb means something else: "called for", "called on", "asked for".
NOT_SPEECH_PARTICLES = frozenset("for on off up upon into".split())
