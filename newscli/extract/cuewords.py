"""Word lists the attribution rules read: reporting verbs (a data file, loaded once) and grammar words."""

from __future__ import annotations

from functools import cache

from newscli.extract import lexicon


@cache
def name_modifiers() -> frozenset[str]:
    """Lower-case words between a name used as a modifier and the person it describes: "Trump campaign
    spokesman Jason Miller" (roles, titles and attributive nouns of the people lists)."""
    lists = ("roles", "titles", "title_modifiers", "attributive")
    return frozenset().union(*(lexicon.lower(name) for name in lists))


@cache
def reporting_verbs() -> dict[str, str]:
    """Every form of every reporting verb in newscli/data/reporting_verbs.txt, mapped to its lemma."""
    forms: dict[str, str] = {}
    data = (lexicon.DATA / "reporting_verbs.txt").read_text(encoding="utf-8")
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
    "separately ultimately finally often frequently subsequently quickly immediately "
    "on monday tuesday wednesday thursday friday saturday sunday yesterday today tonight last this "
    "week month year morning afternoon evening night".split()
)
# Auxiliaries after which a verb's base form is a verb ("will say", "did tell").
AUXILIARIES = frozenset("will would could can may might must should shall did does do to".split())
# Words that start a clause of their own: a speaker is never found across them.
CLAUSE_WORDS = frozenset(
    "that which who whom whose when where while because although though if unless since as but and or "
    "after before until so than whether".split()
)
# Prepositions after a speaker's name: "said X in a statement", "said X of Y", "said X on Tuesday".
PREPOSITIONS = frozenset("of from at with for in on during after before to about".split())
# Prepositions that attach a short phrase to a speaker: "X of the Foundation for ... told".
POSTMODIFIERS = frozenset("of from at with for in".split())
# Determiners that open a noun-phrase subject: "the official said", "a spokesman told".
DETERMINERS = frozenset(
    "the a an his her their its our my your this that these those some many several one two three "
    "another other each both".split()
)
# Particles after which a reporting verb means something else: "called for", "called on", "asked for".
NOT_SPEECH_PARTICLES = frozenset("for off up upon into".split())
# Words that open a sentence before its subject, alone ("But he said", "And then Trump went") or with
# a phrase up to a comma ("In the op-ed, Putin ...", "On Thursday, after remaining neutral, Warren").
OPENING_ADVERBS = frozenset(
    "but and yet so however meanwhile still later earlier now then also instead indeed moreover "
    "finally first separately similarly likewise nonetheless nevertheless".split()
)
OPENING_PREPOSITIONS = frozenset(
    "in on at after before when while during since although though despite with without as if because "
    "according for from by under over last this next once asked speaking".split()
)
OPENING_WORDS = OPENING_ADVERBS | OPENING_PREPOSITIONS
