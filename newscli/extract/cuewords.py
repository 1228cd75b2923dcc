"""Word lists the attribution rules read: data files of newscli/data/ (loaded once), and the few closed
classes of English grammar they need (pronouns, determiners, clause words, prepositions)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from newscli.extract import lexicon


@cache
def name_modifiers() -> frozenset[str]:
    """Lower-case words between a name used as a modifier and the person it describes: "Smith campaign
    spokesman Tom Lee" (roles, titles and attributive nouns of the people lists)."""
    lists = ("roles", "titles", "title_modifiers", "attributive")
    return frozenset().union(*(lexicon.lower(name) for name in lists))


def cue_fillers() -> frozenset[str]:
    """Words between a speaker and the verb: "X also said", "X on Wednesday called"."""
    return lexicon.lower("cue_fillers")


def object_verbs() -> frozenset[str]:
    """Reporting verbs whose following name is their object ("thanked Smith"), never an inverted subject."""
    return lexicon.lower("object_verbs")


def speech_nouns() -> frozenset[str]:
    """Nouns for a piece of speech or writing ("statement", "ad"): "X issued a statement saying" is X's."""
    return lexicon.lower("speech_nouns")


def issuing_verbs() -> frozenset[str]:
    """Verbs that put out a piece of speech ("issued a statement", "delivered a message"): with a speech
    noun, a cue of their own."""
    return lexicon.lower("issuing_verbs")


def opening_adverbs() -> frozenset[str]:
    """Words opening a sentence before its subject: "But he said"."""
    return lexicon.lower("opening_adverbs")


def opening_prepositions() -> frozenset[str]:
    """Words opening a phrase up to a comma before the subject: "In the op-ed, Putin"."""
    return lexicon.lower("opening_prepositions")


@cache
def opening_words() -> frozenset[str]:
    """Either kind of opening word."""
    return opening_adverbs() | opening_prepositions()


_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_HONORIFIC_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def honorific_gender(text: str, start: int) -> str | None:
    """ "m" or "f" when an honorific (Mr., Mrs., Ms., Miss) stands right before `start`."""
    m = _HONORIFIC.search(text, max(0, start - 6), start)
    return _HONORIFIC_GENDER[m.group(1)] if m else None


@lru_cache(maxsize=4096)
def given_name_gender(name: str, source: str = "given_names") -> str | None:
    """ "m" or "f" when a canonical name's given name is a common one of that gender ("Sen. Jeff Merkley"),
    by the hand lists (newscli/data/given_names_*.txt) or, with source="gendered_names", the names
    Faker's lists give to one gender only (a hint to weigh, not a rule: "Lakshmi" names men too); kept
    per name, since the quote rules ask it for every mention of a person."""
    titles, modifiers = lexicon.entries("titles"), lexicon.entries("title_modifiers")
    given = next((w for w in name.replace(".", " ").split() if w not in titles and w not in modifiers), "")
    if given in lexicon.entries(f"{source}_male"):
        return "m"
    return "f" if given in lexicon.entries(f"{source}_female") else None


@cache
def reporting_verbs() -> dict[str, str]:
    """Every form of every reporting verb in newscli/data/reporting_verbs.txt, mapped to its lemma, and the
    forms of the phrasal cues (`phrasal_particles`) mapped to their base form."""
    forms: dict[str, str] = {}
    data = (lexicon.DATA / "reporting_verbs.txt").read_text(encoding="utf-8")
    for line in data.splitlines():
        words = line.split("#", 1)[0].split()
        for form in words:
            if not form.startswith("("):  # "(press)": the lemma only, no cue ("press secretary")
                forms[form.lower()] = words[0].strip("()").lower()
    for line in (lexicon.DATA / "phrasal_cues.txt").read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].partition(":")[2].split()
        for form in words:
            forms.setdefault(form.lower(), words[0].lower())
    return forms


@cache
def phrasal_particles() -> dict[str, str]:
    """Verb forms that are cues only before their particle (newscli/data/phrasal_cues.txt): "shot" -> "back"
    ("Smith shot back"), "put" -> "it" ("as Smith put it")."""
    out: dict[str, str] = {}
    for line in (lexicon.DATA / "phrasal_cues.txt").read_text(encoding="utf-8").splitlines():
        particle, _, forms = line.split("#", 1)[0].partition(":")
        for form in forms.split():
            out[form.lower()] = particle.strip().lower()
    return out


# Personal pronouns that may stand for one speaker; "they" and "we" usually stand for groups.
SINGULAR_PRONOUNS = {"he": "m", "she": "f"}
PRONOUN_GENDER = {  # every form of he and she, by the gender it says
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
# Auxiliaries after which a verb's base form is a verb ("will say", "did tell").
AUXILIARIES = frozenset("will would could can may might must should shall did does do to".split())
# Words that start a clause of their own: a speaker is never found across them.
CLAUSE_WORDS = frozenset(
    "that which who whom whose when where while because although though if unless since as but and or "
    "after before until so than whether".split()
)
# Prepositions after a speaker's name: "said X in a statement", "said X of Y", "said X on Tuesday".
PREPOSITIONS = frozenset("of from at with for in on during after before to about".split())
# Words in -ing that are prepositions: a name after one is no participle's object ("including X").
PREPOSITIONS_ING = frozenset(
    "during including according regarding concerning following excluding considering barring pending "
    "notwithstanding respecting touching".split()
)
# Prepositions that attach a short phrase to a speaker: "X of the Foundation for ... told".
POSTMODIFIERS = frozenset("of from at with for in".split())
# Determiners that open a noun-phrase subject: "the official said", "a spokesman told".
DETERMINERS = frozenset(
    "the a an his her their its our my your this that these those some many several one two three "
    "another other each both".split()
)
# Particles after which a reporting verb means something else: "called for", "called on", "asked for".
QUESTION_VERBS = frozenset("ask question quiz press".split())  # their following name is the one asked
NOT_SPEECH_PARTICLES = frozenset("for off up upon into".split())
# Prepositions before a name that make it an object, not a speaker: `delivered a message to Smith: "`.
OBJECT_PREPOSITIONS = frozenset("to with at for against from about on of by toward towards".split())
