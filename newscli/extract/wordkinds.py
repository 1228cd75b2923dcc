"""What words are by the word lists alone, wherever they stand: given and family names, English words,
nationalities, places, organisation and title words, sentence openers.

classify.py and name_context.py read a name's context with these; the tests of words and runs are
memoised, as names recur within and across documents.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from newscli.extract import lexicon
from newscli.extract.names import ROMAN, is_acronym, is_initial

if TYPE_CHECKING:
    from newscli.extract.calendar_words import Calendar

WORDS_CACHED = 1 << 15  # memoised tests of words and runs: names recur within and across documents


def in_list(words: tuple[str, ...], name: str) -> bool:
    """Whether the words as a whole are an entry of the named list ("South Carolina" of places)."""
    return " ".join(words) in lexicon.entries(name)


def ends_in_list(words: tuple[str, ...], name: str) -> bool:
    """Whether the run ends in an entry of the list ("Imperial Japan" ends in a country)."""
    n = min(len(words), lexicon.longest(name))
    return any(" ".join(words[-k:]) in lexicon.entries(name) for k in range(1, n + 1))


def headline_verb(word: str) -> bool:
    """An English word that is no name, title or organisation or place word: a headline's verb or noun
    ("Wins", "Primary"), which a Title Case line capitalises."""
    return plain_english_word(word) and not (
        word in lexicon.entries("titles")
        or word in lexicon.entries("organisation_words")
        or word in lexicon.entries("place_words")
    )


def is_place(*words: str) -> bool:
    """Whether the words make a listed country or place ("England", "South Carolina")."""
    return in_list(words, "countries") or in_list(words, "places")


@lru_cache(maxsize=WORDS_CACHED)
def run_kinds(texts: tuple[str, ...]) -> tuple[str | None, str | None]:
    """What a run's words (openers dropped) are by themselves: the list they make an entry of
    (listed_kind) and the kind they say (place_or_org), of the words without dots; memoised per
    distinct run, as the same names recur within and across documents and only their context differs."""
    words = tuple([w.rstrip(".") for w in texts])  # bare, as Token.bare
    listed = listed_kind(words)
    return listed, (place_or_org(words) if listed is None else None)


@lru_cache(maxsize=WORDS_CACHED)
def listed_kind(words: tuple[str, ...]) -> str | None:
    """'nationality' or 'place' when the words as a whole are an entry of those lists, else None."""
    if in_list(words, "nationalities"):
        return "nationality"
    if in_list(words, "countries") or in_list(words, "places"):
        return "place"
    return None


@lru_cache(maxsize=WORDS_CACHED)
def never_a_name(words: tuple[str, ...]) -> bool:
    """Words that name no person whatever stands around them: an acronym ("BBC"), a title after a word
    that is no given name ("Roman Catholic Archbishop"; "John Major" is a name), a capitalised function
    word ("The Lord Of the Rings": a work; but a family name after a given name, "Theresa May"), a lone
    non-name or nationality, a place and a party or people ("South Carolina Republican")."""
    family = len(words) == 2 and is_given(words[0]) and is_surname(words[1])  # "Theresa May", "Brian May"
    return (
        any(acronym(w) for w in words)
        or (len(words) >= 2 and words[-1] in lexicon.entries("titles") and not is_given(words[-2]))
        or any(function_word(w) for w in (words[:1] if family else words))
        or (len(words) >= 2 and is_nationality(words[-1]) and is_place(*words[:-1]))
        or (
            len(words) == 1
            and (words[0] in lexicon.entries("non_names") or words[0] in lexicon.entries("nationalities"))
        )
    )


ARTICLES = frozenset({"the", "a", "an"})
_ADJECTIVE_ENDINGS = ("al", "ic", "ary", "ive", "ian", "ean", "ish", "ese", "ous", "ful", "ern", "ist")
HONORIFICS = frozenset(
    "Mr Mrs Ms Miss Mx Messrs Mme Mlle Madame Monsieur Herr Frau Senor Senora Signor Signora".split()
)


def calendar_word(word: str) -> bool:
    """A month or weekday, in any case ("December", "Tuesday")."""
    low = word.lower()
    cal = _calendar()
    return low in cal.weekdays or low in cal.months


def is_weekday(word: str) -> bool:
    """A weekday, in any case ("Tuesday")."""
    return word.lower() in _calendar().weekdays


def _calendar() -> Calendar:
    from newscli.extract.calendar_words import calendar  # read only when a weekday or month stands in a run

    return calendar()


@lru_cache(maxsize=WORDS_CACHED)
def opening_word(word: str) -> str | None:
    """What may make a word a sentence opener: 'article', another 'function' word, a 'non_name'
    (a weekday...), or None; never an initial ("A. Dale", "I. Healy")."""
    if is_initial(word):
        return None
    bare = word.rstrip(".")
    low = bare.lower()
    if low in lexicon.lower("function_words"):
        return "article" if low in ARTICLES else "function"
    return "non_name" if bare in lexicon.entries("non_names") else None


def plural_group(word: str) -> bool:
    """A kind of group in the plural, in any case ("Bookmakers", "Banks"): before one name at a
    sentence's start, the name is that group's ("Bookmakers Ladbrokes says"); a singular one may be a
    person's calling ("Broker Jo Roe said") or a word of the name ("Bookmaker William Hill")."""
    low = word.lower()
    return low.endswith("s") and low in lexicon.lower("groups")


@lru_cache(maxsize=WORDS_CACHED)
def common_word(word: str) -> bool:
    """An ordinary English word, in any case ("Following", "Victims"; given names may be ones too)."""
    return word.lower() in lexicon.lower("common_words")


def could_be_name(word: str) -> bool:
    """Whether a capitalised word may be part of a person's name: a known given name or surname, or no
    ordinary English word ("Wymes", "Brown"; not "Victims", "Conceding")."""
    return is_given(word) or is_surname(word) or not common_word(word)


def plain_given(word: str) -> bool:
    """A known given name that is no ordinary English word as well ("Paula", not "Ray" or "Mark")."""
    return is_given(word) and not common_word(word)


_GENDER_LISTS = ("given_names_male", "given_names_female")


@lru_cache(maxsize=WORDS_CACHED)
def is_given(word: str) -> bool:
    """A known given name, accents or not ("Andre" as well as "André", but not an English word that is
    a name only with its accent: "Age" for "Åge", "Come" for "Côme"); the gender lists' names too
    ("Huma", "Reince"), but not those that are English words ("Amber", "Herb": "The Amber Lantern")."""
    if word in lexicon.entries("given_names"):
        return True
    if word in lexicon.folded("given_names"):
        return not common_word(word)
    return any(word in lexicon.entries(n) for n in _GENDER_LISTS) and not common_word(word)


def given_first(words: tuple[str, ...]) -> bool:
    """A full name opening with a given name that is not itself a place or a nationality ("Anthony
    Washington"; not "Nazi Germany")."""
    first = words[0]
    return (
        len(words) >= 2
        and is_given(first)
        and first not in lexicon.entries("places")
        and not is_nationality(first)
    )


@lru_cache(maxsize=WORDS_CACHED)
def function_word(word: str) -> bool:
    """A capitalised function word inside a run ("The Lord Of the Rings"), not a given name or numeral."""
    return (
        word[0].isupper()
        and word.lower() in lexicon.lower("function_words")
        and word not in ROMAN
        and not is_given(word)
    )


@lru_cache(maxsize=WORDS_CACHED)
def acronym(word: str) -> bool:
    """An acronym, plural or not ("BBC", "U.N.", "MPs"), but not an initial ("J.")."""
    if word.endswith("s") and is_acronym(word[:-1]):
        return True
    return is_acronym(word) and (not is_initial(word) or known_abbreviation(word))


def known_abbreviation(word: str) -> bool:
    """An abbreviation of a country or organisation ("U.S.", "U.N."), not an initial."""
    return word in lexicon.entries("countries") or word in lexicon.entries("organisation_words")


@lru_cache(maxsize=WORDS_CACHED)
def place_or_org(words: tuple[str, ...]) -> str | None:
    """'organisation' or 'place' when the words say so by themselves, else None."""
    if not words:
        return None
    listed = listed_kind(words)
    if listed:
        return None if listed == "nationality" else "place"
    if any(organisation_word(w) for w in words):
        return "organisation"
    if (
        words[0] in lexicon.entries("place_words")
        and len(words) > 1
        and words[0] not in lexicon.entries("titles")
    ):
        return "place"
    if len(words) > 1 and words[-1] in lexicon.entries("place_words"):
        return "place"
    if (ends_in_list(words, "countries") or ends_in_list(words, "places")) and not given_first(words):
        return "place"  # "Imperial Japan", but "Anthony Washington" is a person
    return None


def organisation_word(word: str) -> bool:
    """A word that makes a name an organisation ("Television", "Foundation")."""
    return word in lexicon.entries("organisation_words")


def is_country(words: str) -> bool:
    return words in lexicon.entries("countries") or is_nationality(words)


@lru_cache(maxsize=WORDS_CACHED)
def is_nationality(word: str) -> bool:
    """A nationality or people, singular or plural ("Kenyan", "Kenyans")."""
    nationalities = lexicon.entries("nationalities")
    return word in nationalities or (word.endswith("s") and word[:-1] in nationalities)


def titles_word(word: str) -> bool:
    """A capitalised word that belongs to the title after it ("Microsoft Chairman", "Home Secretary")."""
    return describes(word) and word.rstrip(".") not in lexicon.entries("non_names")


@lru_cache(maxsize=WORDS_CACHED)
def may_describe(word: str) -> bool:
    """A word that may stand in a description before a name: nationality, place, organisation, title word."""
    return named_describer(word) or common_word(word)


def named_describer(word: str) -> bool:
    """A nationality, country, place, organisation or title word, or an acronym: what a description of a
    person names, as against an English word."""
    return (
        is_nationality(word)
        or word in lexicon.entries("countries")
        or word in lexicon.entries("places")
        or word in lexicon.entries("organisation_words")
        or word in lexicon.entries("title_modifiers")
        or is_acronym(word)
    )


@lru_cache(maxsize=WORDS_CACHED)
def describes(word: str) -> bool:
    """A word that may stand inside a description or title of a person ("former", "Labour's", "U.S.")."""
    bare = word.removesuffix("'s").removesuffix("\u2019s")
    if not bare:
        return False
    if bare.islower():
        if bare in lexicon.lower("function_words") or bare in lexicon.lower("speech_verbs"):
            return False
        return (
            bare in lexicon.lower("roles")
            or bare in lexicon.lower("kinship")
            or bare in lexicon.lower("descriptors")
            or (bare.endswith(_ADJECTIVE_ENDINGS) and not bare.endswith("ly") and len(bare) >= 5)
        )
    if not bare[0].isupper():
        return False
    known = (
        bare in lexicon.entries("nationalities")
        or bare in lexicon.entries("countries")
        or bare in lexicon.entries("places")
        or bare in lexicon.entries("organisation_words")
        or bare in lexicon.entries("titles")
        or bare in lexicon.entries("title_modifiers")
        or is_initial(bare)
        or bare.isupper()
    )
    return known or not (bare.lower() in lexicon.lower("common_words") or is_given(bare))


def nationality_led(words: tuple[str, ...]) -> bool:
    """Whether a name of two words opens with a nationality that is no given name ("Swiss Re", "British
    Gas"): a firm or body named after its country, not a person."""
    return len(words) == 2 and is_nationality(words[0]) and not is_given(words[0])


def english_words(words: tuple[str, ...]) -> bool:
    """Whether a name opens and ends in English words that are no given name or family name ("Retail
    Decisions", "Five Live", "Trade Policy"; not "Newt Gingrich", "Spike Lee")."""
    return english_word(words[0]) and plain_english_word(words[-1])


def english_word(word: str) -> bool:
    """An English word that is no given name ("Retail", "Ask"; not "Mark", "Will")."""
    return common_word(word) and not is_given(word)


def plain_english_word(word: str) -> bool:
    """An English word that is no given name nor family name ("Decisions", "Dairy"; not "Johnson")."""
    return english_word(word) and not is_surname(word)


def person_role(word: str) -> bool:
    """A role noun said of people only ("spokesman", "manager"; not "owner", "champions")."""
    return word in lexicon.lower("roles") and word not in lexicon.lower("shared_roles")


def person_shaped(words: tuple[str, ...], known_words: bool = False) -> bool:
    """Name-shaped words (name_shaped), or a given name and a family name that is a place word too
    ("Dennis Hills, who ...", "Graham Lane, leader of ...")."""
    return name_shaped(words, known_words) or surname_or_place(words)


@lru_cache(maxsize=WORDS_CACHED)
def surname_or_place(words: tuple[str, ...]) -> bool:
    """A given name and a place word that is also a family name ("Nathan Lane", "Simon Hall"; but
    "Drury Lane", "Victoria Park" too): the context must say which."""
    return (
        len(words) == 2
        and words[-1] in lexicon.entries("place_words")
        and is_surname(words[-1])
        and given_first(words)
    )


def plural_people(word: str) -> bool:
    """A nationality or people in the plural ("Czechs", "Kenyans", "New Yorkers", "Tories"); a singular
    one may be a surname ("David French")."""
    nationalities = lexicon.entries("nationalities")
    return word.endswith("s") and (
        word[:-1] in nationalities or (word.endswith("ies") and word[:-3] + "y" in nationalities)
    )


@lru_cache(maxsize=WORDS_CACHED)
def is_surname(word: str) -> bool:
    """A known family name, accents or not."""
    return word in lexicon.entries("surnames") or word in lexicon.folded("surnames")


def name_shaped(words: tuple[str, ...], known_words: bool = False) -> bool:
    """Two or three capitalised words none of which is an English word or on any list ("Wasim Akram");
    with `known_words`, English words pass ("Jearl Miles") but list words still do not."""
    if not 2 <= len(words) <= 3:
        return False
    if len(words) == 3 and (in_list(words[:2], "places") or in_list(words[:2], "countries")):
        return False  # "Los Angeles Dodgers": a team named after its city
    for w in words:
        if w.islower():
            continue  # a particle
        if not (w[0].isupper() and w[1:].replace("-", "").replace("'", "").isalpha() and not w.isupper()):
            return False
        if not known_words and (common_word(w) or any(common_word(part) for part in w.split("-"))):
            return False
        if is_nationality(w) or any(w in lexicon.entries(n) for n in NOT_NAME_LISTS):
            return False
    return True


NOT_NAME_LISTS = (
    "countries",
    "places",
    "nationalities",
    "organisation_words",
    "place_words",
    "titles",
    "title_modifiers",
    "non_names",
)
