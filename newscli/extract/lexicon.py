"""The editable word lists of newscli/data/, loaded once on first use.

Each list is a plain text file, one entry a line, `#` starting a comment. Entries may hold several
words ("North Korea", "Prime Minister"). The lists name general categories (titles, countries,
nationalities, organisation words, ...), never the people or places of any particular article.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def entries(name: str) -> frozenset[str]:
    """The entries of newscli/data/NAME.txt, as written."""
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(s for line in lines if (s := line.split("#", 1)[0].strip()))


@cache
def lower(name: str) -> frozenset[str]:
    """The entries of newscli/data/NAME.txt in lower case, for case-blind look-ups."""
    return frozenset(e.lower() for e in entries(name))


@cache
def folded(name: str) -> frozenset[str]:
    """The entries of newscli/data/NAME.txt without accents ("André" -> "Andre")."""
    return frozenset(fold(e) for e in entries(name))


def fold(word: str) -> str:
    """`word` without combining accents."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def longest(name: str) -> int:
    """How many words the longest entry of the list has (bounds phrase look-ups)."""
    return max((len(e.split()) for e in entries(name)), default=1)


@cache
def given_name_forms() -> dict[str, frozenset[str]]:
    """Each given name of newscli/data/nicknames.txt (lower case) with the names it may stand for or be
    stood for by: "ken" -> {"kenneth"}, "kenneth" -> {"ken", "kenny"}; two short forms are not linked."""
    forms: dict[str, set[str]] = {}
    for entry in entries("nicknames"):
        formal, *short = entry.lower().split()
        forms.setdefault(formal, set()).update(short)
        for word in short:
            forms.setdefault(word, set()).add(formal)
    return {word: frozenset(found) for word, found in forms.items()}
