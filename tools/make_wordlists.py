#!/usr/bin/env python3
"""Regenerate the two large word lists under newscli/data/ from public sources (run by hand, rarely).

- common_words.txt: the lower-case entries of SCOWL's small American list (Debian `wamerican-small`,
  /usr/share/dict/american-english-small), without possessives. SCOWL: Copyright 2000-2020 Kevin
  Atkinson; permission to use, copy, modify, distribute and sell is granted
  (see /usr/share/doc/wamerican-small).
- surnames.txt: the family names of the same providers (English words such as "Brown" included).
- gendered_names_male.txt, gendered_names_female.txt: the given names those providers give to one
  gender only, for the he/she rules (the hand lists given_names_male/female.txt come first).
- given_names.txt: the given names of every locale of Faker's person provider (MIT licence), in Latin
  script, less those that are ordinary English words (a word such as "Grant" or "Bill" stays out
  unless it is in EXTRA_GIVEN below, a short hand list of very common given names that are also words).

Usage: apt-get install wamerican-small && pip install faker && python tools/make_wordlists.py
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "newscli" / "data"
DICT = Path("/usr/share/dict/american-english-small")
# Very common given names that are also English words; kept so "Mark Hughes" or "Bill Gates" is a name.
EXTRA_GIVEN = """Bill Bob Frank Mark Harry Jack Grace Rose Ken Don Ray Guy Carol Dean Drew Earl Gene Glen
Hope Joy
Lance Pat Rob Sue Ted Tim Tom Will Victor Walt Wade Chuck Dick Doug Dawn Holly Heather Iris Ivy Jay Jean
Joe June Lee Max Nick Pete Roger Rick Rusty Sandy Stan Sterling Tony Van Wayne Chase Bud Art Cliff Clay
Colin Curt Dale Daisy Ginger Hazel Jewel Jordan Kitty Lily Mike Myrtle Penny Ruby Sally Sid Hank Hugh
Faith Grant Derrick Homer Basil Stuart Luke Mat Matt Sam Ben Dan Len Ron Rudy Terry Tess Will Wendy
Ally Amir Angel Aria Desire Dung Flora Genesis Hung Maria Marina Martin Peter Roman Said Viola
Warren Robin Miles Piers Pierce Woody Jade Rod Heath Dusty""".split()


def common_words() -> set[str]:
    words = DICT.read_text(encoding="utf-8").split()
    return {w for w in words if w.islower() and "'" not in w}


def given_names(common: set[str]) -> set[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = next((b.__dict__[attr] for b in provider.__mro__ if attr in b.__dict__), None)
            if isinstance(value, (list, tuple, dict, set)):
                names.update(value)
    latin = {
        n
        for n in names
        if (len(n) > 1 and n[0].isupper() and n[1:].islower()) or "-" in n
        if all((c.isalpha() and ord(c) < 0x250) or c in "-'" for c in n)
    }
    return {n for n in latin if n.lower() not in common} | set(EXTRA_GIVEN)


def surnames() -> set[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in ("last_names", "last_names_male", "last_names_female"):
            value = next((b.__dict__[attr] for b in provider.__mro__ if attr in b.__dict__), None)
            if isinstance(value, (list, tuple, dict, set)):
                names.update(value)
    return {
        n
        for n in names
        if len(n) > 1
        and n[0].isupper()
        and " " not in n
        and all((c.isalpha() and ord(c) < 0x250) or c in "-'" for c in n)
    }


def gendered_names(common: set[str]) -> tuple[set[str], set[str]]:
    """Given names Faker's providers give to men only and to women only, less ordinary English words,
    family names and place, country, nationality and title words ("Kim" opens Korean names), and less
    the hand lists' names of the other gender."""
    import faker.providers.person as person

    male: set[str] = set()
    female: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, into in (("first_names_male", male), ("first_names_female", female)):
            value = next((b.__dict__[attr] for b in provider.__mro__ if attr in b.__dict__), None)
            if isinstance(value, (list, tuple, dict, set)):
                into.update(value)
    lists = "family_first surnames countries places nationalities titles".split()
    skip = set().union(*(_entries(n) for n in lists))
    hand_m, hand_f = _entries("given_names_male"), _entries("given_names_female")

    def keep(names: set[str], other: set[str], hand_other: set[str], hand_same: set[str]) -> set[str]:
        return {
            n
            for n in names - other - hand_other - hand_same - skip
            if len(n) > 2 and n[0].isupper() and n[1:].islower() and n.lower() not in common
            if all(c.isalpha() and ord(c) < 0x250 for c in n)
        }

    return keep(male, female, hand_f, hand_m), keep(female, male, hand_m, hand_f)


def _entries(name: str) -> set[str]:
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return {s for line in lines if (s := line.split("#", 1)[0].strip())}


def write(name: str, header: str, words: set[str]) -> None:
    body = "\n".join(sorted(words))
    (DATA / f"{name.removesuffix('.txt')}.txt").write_text(f"{header}\n{body}\n", encoding="utf-8")
    print(f"{name}: {len(words)}")


def write_gendered(common: set[str]) -> None:
    """Write gendered_names_male.txt and gendered_names_female.txt."""
    male, female = gendered_names(common)
    for gender, names in (("male", male), ("female", female)):
        write(
            f"gendered_names_{gender}.txt",
            f"# Given names Faker's person providers (MIT) give to {gender}s only, less English words,\n"
            "# family names and place words (by tools/make_wordlists.py); the hand list "
            f"given_names_{gender}.txt comes first.",
            names,
        )


def main() -> None:
    common = common_words()
    write(
        "common_words.txt",
        "# Ordinary English words, lower case (SCOWL small American list, by tools/make_wordlists.py).",
        common,
    )
    write(
        "given_names.txt",
        "# Given names of many countries (Faker's person providers, MIT; by tools/make_wordlists.py).",
        given_names(common),
    )
    write(
        "surnames",
        "# Family names of many countries (Faker's person providers, MIT; by tools/make_wordlists.py),\n"
        "# English words among them (Brown, Young) included.",
        surnames(),
    )
    write_gendered(common)


if __name__ == "__main__":
    main()
