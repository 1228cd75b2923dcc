"""Capitalised words and runs of them, with offsets; the normal form that makes name variants one.

A *run* is a stretch of capitalised words on one line joined only by spaces or by a name particle
("Ludwig van Beethoven"). Runs are what the people extractor classifies: person, organisation,
place, or nothing. Everything here is linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from newscli.extract import lexicon

UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
_ABBREVIATED = (
    "Mr Mrs Ms Mx Dr Prof Sen Rep Del Gov Gen Col Lt Capt Cpt Sgt Cpl Maj Adm Cmdr Cdr Rev Fr Hon Supt Insp "
    "Det St Mt Ft Jr Sr Messrs Mme Mlle Pres Gen Brig Pte Rt"
).split()
MARKS = "\u0300-\u036f"  # combining accents: "José" written decomposed ("Jose" + U+0301) is one word
# Mojibake: a UTF-8 letter read as cp1252 or Latin-1 is a lead ("Ã", "Ä", "Å", perhaps decomposed: "A" and
# a combining mark) and one of these ("PeÃ±a" is "Peña", "FranÃ§ois" "François"): the pair is one letter
# of the word, read back as UTF-8 for display (`repaired`).
_MOJIBAKE_LEADS = "\u00c3\u00c4\u00c5"
_DECOMPOSED_LEAD = "A[\u0303\u0308\u030a]"
_MOJIBAKE_TAILS = "\u0080-\u00bf" + "".join(c for c in bytes(range(0x80, 0xA0)).decode("cp1252", "ignore"))
_MOJIBAKE = re.compile(f"[{_MOJIBAKE_LEADS}][{_MOJIBAKE_TAILS}]")
_MOJIBAKE_HINT = re.compile(f"[{_MOJIBAKE_LEADS}]|{_DECOMPOSED_LEAD}")
_AFTER_LEAD = rf"(?:(?<=[{_MOJIBAKE_LEADS}])|(?<={_DECOMPOSED_LEAD}))"
_LETTERS = rf"[{LOWER}{UPPER}{MARKS}]*(?:{_AFTER_LEAD}[{_MOJIBAKE_TAILS}][{LOWER}{UPPER}{MARKS}]*)*"
_WORD = (
    rf"(?:(?:al|el|ad|bin|abu|ibn)-)?[{UPPER}][{MARKS}]*{_LETTERS}"
    rf"(?:['\u2019][{UPPER}][{LOWER}{UPPER}{MARKS}]*)?"
    rf"(?:-[{UPPER}{LOWER}][{LOWER}{UPPER}{MARKS}]*)*"
)
_ABBREVIATION = (  # each is a capital and lower-case letters: that shape, tested first, turns most words away
    rf"(?=[A-Z][a-z]{{1,{max(map(len, _ABBREVIATED)) - 1}}}\.\s)"
    rf"(?:{'|'.join(sorted(set(_ABBREVIATED)))})\.(?=\s)"
)
TOKEN = re.compile(  # the lookahead names every letter a token may start with: other places fail fast
    rf"(?=[{UPPER}abei])(?<![\w'\u2019.-])(?:{_ABBREVIATION}|[{UPPER}]\.(?:-?[{UPPER}]\.)*|{_WORD})"
    r"(?![\w])"
)
_NICKNAME_GAP = re.compile(rf'[ \t]+["\u201c][{UPPER}][{LOWER}]+["\u201d][ \t]+')
_JOINING_GAP = re.compile(  # what may stand between two words of one name; group 1: a particle to check
    rf"[ \t\u00a0]+(?:([a-z]{{1,4}})[ \t\u00a0]+)?|{_NICKNAME_GAP.pattern}"
)  # a no-break space joins names too; so does a quoted nickname: Robert "Bobby" Scott
POSSESSIVE = re.compile(r"[ \t]?['\u2019]s?(?![\w])")
_BEFORE_POSSESSIVE = frozenset(" \t'\u2019")  # the characters POSSESSIVE may start with
_NICKNAME_OPENERS = frozenset('"\u201c')  # a quoted nickname's word follows one of these
_SPACES = frozenset(" \t\u00a0")  # one of these alone is a gap that joins two words of a name
ROMAN = frozenset("I II III IV V VI VII VIII IX X".split())


@dataclass(slots=True)
class Token:
    """One capitalised word (or initial, or abbreviated title with its dot) and its offsets."""

    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without a trailing dot ("Sen." -> "Sen")."""
        return self.text.rstrip(".")


class TokenSpan:
    """Offsets of something made of `tokens`: from its first token's start to its last token's end."""

    __slots__ = ()
    tokens: list[Token]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


@dataclass(slots=True)
class Run(TokenSpan):
    """Capitalised tokens next to each other on one line; `possessive` when "'s" follows the last."""

    tokens: list[Token] = field(default_factory=list)
    possessive: bool = False
    nickname: str | None = None  # the quoted word left out of the run: "Bobby" of Robert "Bobby" Scott


def repaired(name: str) -> str:
    """The name with its mojibake letters read back as UTF-8 ("PeÃ±a Nieto" -> "Peña Nieto"); a pair
    that is no UTF-8 letter stays as written."""
    if _MOJIBAKE_HINT.search(name) is None:
        return name
    return _MOJIBAKE.sub(_repair_letter, unicodedata.normalize("NFC", name))


def _repair_letter(pair: re.Match[str]) -> str:
    lead, tail = pair.group()
    tail_byte = ord(tail) if tail < "\u0100" else tail.encode("cp1252")[0]
    try:
        return bytes((ord(lead), tail_byte)).decode("utf-8")
    except UnicodeDecodeError:
        return pair.group()


@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """The normal form of a name: case, hyphens, dots, spacing and mojibake ignored ("Kim Jong-un" =
    "kim jong un"); memoised, since one document keys the same few names hundreds of times."""
    return " ".join(
        repaired(name).lower().replace("\u2019", "'").replace("-", " ").replace(".", ". ").split()
    )


def is_initial(word: str) -> bool:
    """An initial or a run of them: "J.", "J.R."."""
    return len(word) >= 2 and word[-1] == "." and all(c == "." or c.isupper() for c in word)


def is_acronym(word: str) -> bool:
    """All capitals (BBC, NATO, U.S.) and not a Roman numeral: an organisation or place, not a name."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha() and word not in ROMAN


def is_adjective_compound(word: str) -> bool:
    """A capitalised compound that describes rather than names: "Soviet-era", "Kremlin-backed"."""
    if "-" not in word:
        return False
    tail = word.rsplit("-", 1)[1]
    return tail.islower() and (
        (len(tail) >= 4 and tail in lexicon.lower("common_words")) or tail.endswith("ed")
    )


def runs(text: str) -> list[Run]:
    """The runs of capitalised tokens of `text`, in order."""
    particles = lexicon.entries("name_particles")
    out: list[Run] = []
    current: Run | None = None
    prev_end = -1
    for m in TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        if current is not None and text[start - 1] in _NICKNAME_OPENERS:
            nickname = _NICKNAME_GAP.match(text, prev_end)
            if nickname and end < nickname.end():
                current.nickname = word  # Marcia "Cia" Price: the quoted nickname stays out of the name
                continue
        if "-" in word and is_adjective_compound(word):
            current = None
            continue
        if current is not None and start == prev_end + 1 and text[prev_end] in _SPACES:
            current.tokens.append(Token(word, start, end))  # one space: the commonest gap, no regex
            prev_end = end
            continue
        joinable = current is not None and text[prev_end] in _SPACES  # every joining gap starts so
        gap = _JOINING_GAP.fullmatch(text, prev_end, start) if joinable else None
        if gap and (gap.group(1) is None or gap.group(1) in particles):
            if gap.group(1):
                current.tokens.append(Token(gap.group(1), gap.start(1), gap.end(1)))  # "Robert de Niro"
            current.tokens.append(Token(word, start, end))
        else:
            current = Run([Token(word, start, end)])
            out.append(current)
        prev_end = end
    for run in out:
        end = run.tokens[-1].end
        run.possessive = text[end : end + 1] in _BEFORE_POSSESSIVE and POSSESSIVE.match(text, end) is not None
    return out
