"""The people of the shared BBC corpus: a hand-checked sample, and no place, organisation or date as a person.

How the sample was checked (docs/people.md has the figures): the top 100 of `newscli people` and a
random 100 of all people were read against their sentences; the persons below were confirmed, and the
non-persons below were errors of earlier versions (or obvious traps) that must stay out.
"""

from __future__ import annotations

import json

import pytest

from newscli.extract import lexicon
from newscli.extract.names import key

pytestmark = pytest.mark.slow

CONFIRMED_PEOPLE = [
    "Tony Blair",
    "Gordon Brown",
    "Michael Howard",
    "Charles Kennedy",
    "David Blunkett",
    "Steven Gerrard",
    "Jose Mourinho",
    "Kelly Holmes",
    "Alex Ferguson",
    "Roger Federer",
    "Martin Scorsese",
    "Imelda Staunton",
    "Mikhail Khodorkovsky",
    "Bernie Ebbers",
    "Vladimir Putin",
    "Robert Kilroy-Silk",
]
NOT_PEOPLE = [
    "Vera Drake",  # a film
    "Franz Ferdinand",  # a band
    "Deutsche Boerse",
    "Lib Dems",
    "Total Film",
    "Downing Street",
    "Wall Street",
    "Manchester United",
    "Berlin Philharmonic",
    "Leonard Cohen Story",
    "Of",  # "The Lord Of the Rings"
    "Executive Martin Sorrell",  # the title is no part of the name
    "Kilroy-Silk",  # joins Robert Kilroy-Silk
    "Roman Catholic Archbishop",
    "Roosevelt Hotel",
    "Chancellor",  # "Lord Chancellor"
    "Workers",  # "General Workers' Union"
    "MPs",
    "London Marathon",
    "English National Ballet",
]

# One-word people whose name is also an English word, each checked by hand: a real surname, named with
# a title ("President Bush") where several people share it.
COMMON_WORD_SURNAMES = {"Bush"}

_BUILT: dict[str, list[dict]] = {}


@pytest.fixture
def bbc_people(shared, cli):
    """`newscli people` over the BBC corpus, built once for the module."""
    if "people" not in _BUILT:
        result = cli("--corpus", str(shared / "corpus" / "bbc"), "people", "--format", "json")
        assert result.exit_code == 0, result.stderr
        _BUILT["people"] = json.loads(result.stdout)
    return _BUILT["people"]


def test_hand_checked_people_are_listed(bbc_people):
    names = {p["name"] for p in bbc_people}
    assert [n for n in CONFIRMED_PEOPLE if n not in names] == []


def test_hand_checked_non_people_are_not(bbc_people):
    names = {p["name"] for p in bbc_people}
    assert [n for n in NOT_PEOPLE if n in names] == []


def test_top_100_holds_no_place_organisation_date_or_common_word(bbc_people):
    lists = ("countries", "places", "nationalities", "non_names", "organisation_words")
    known = {key(e) for name in lists for e in lexicon.entries(name)}
    for person in bbc_people[:100]:
        name = person["name"]
        words = name.split()
        assert key(name) not in known, name
        assert not any(w in lexicon.entries("organisation_words") for w in words), name
        if len(words) == 1 and name.lower() in lexicon.lower("common_words"):
            assert name in COMMON_WORD_SURNAMES, name
        assert person["mentions"] >= 1 and person["documents"] >= 1
