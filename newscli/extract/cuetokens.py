"""The tokens the attribution rules read around a quotation, and tests on single tokens or short runs
of them (a word, a name's modifier, a title in marks, a bracket's partner)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscli.extract import cuewords
from newscli.extract.quotemarks import DOUBLE_MARKS
from newscli.text import ABBREVIATIONS

# The space before a token, then the token: a word or punctuation mark, a word's dot kept when it ends an
# abbreviation or initial ("Mr.", "J."). Read with findall, whose plain strings cost less than match
# objects; the offsets follow from the lengths, as only spaces lie between tokens.
_TOKEN = re.compile(r"(\s*)((?:[A-Za-z]\.){2,}|(\w+(?:['\u2019\-]\w+)*)(\.)?|[^\w\s])")
NEXT_WORD = re.compile(r"\s+(\w+)")
POSSESSIVE = ("'s", "\u2019s")
DASHES = "\u2015\u2014\u2013-"


@dataclass(slots=True)
class Tok:
    """A word or punctuation mark of the text around a quotation."""

    start: int
    end: int
    text: str
    low: str


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The words and punctuation of text[start:end], with offsets."""
    while end > start and text[end - 1].isspace():
        end -= 1  # trailing space holds no token, and the regex would retry at each of its positions
    out: list[Tok] = []
    append = out.append
    pos = start
    for space, found, word, dot in _TOKEN.findall(text, start, end):
        pos += len(space)
        stop = pos + len(found)
        if dot and not (word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            append(Tok(pos, stop - 1, word, word.lower()))
            append(Tok(stop - 1, stop, ".", "."))
        else:
            append(Tok(pos, stop, found, found.lower()))
        pos = stop
    return out


def is_word(tok: Tok) -> bool:
    """Whether the token is a word (or number), not punctuation."""
    return tok.text[0].isalnum()


def modifies_name(tok: Tok) -> bool:
    """A capitalised word or a title or role word before a name: "Reuters' Jane Doe", "state Sen. Doe"."""
    return tok.text[:1].isupper() or tok.low in cuewords.name_modifiers()


def adverb(tok: Tok) -> bool:
    """A filler or -ly adverb that may sit between a speaker and the verb ("X also said")."""
    return tok.low in cuewords.cue_fillers() or (tok.low.endswith("ly") and tok.text.islower())


def quoted_as(toks: list[Tok], k: int) -> bool:
    """The passive frame of `X is quoted as saying`."""
    return (toks[k].low == "as" and k > 0 and toks[k - 1].low == "quoted") or (
        toks[k].low == "quoted" and k > 0 and toks[k - 1].low in ("is", "was", "been")
    )


def matching(toks: list[Tok], k: int, opening: str, closing: str) -> int:
    """The index before the `opening` token that matches toks[k] (a closing bracket), or -1."""
    for p in range(k - 1, max(-1, k - 10), -1):
        if toks[p].text == opening:
            return p - 1
        if toks[p].text == closing:
            break
    return -1


def in_title(toks: list[Tok], j: int) -> bool:
    """Whether the quote mark toks[j] opens or closes a short run of capitalised words ("Mary Jones")."""
    for step in (1, -1):
        k = j + step
        while 0 <= k < len(toks) and abs(k - j) <= 4 and toks[k].text[:1].isupper():
            k += step
        if abs(k - j) > 1 and 0 <= k < len(toks) and toks[k].text in DOUBLE_MARKS:
            return True
    return False


def inverted_before(toks: list[Tok], j: int) -> bool:
    """Whether toks[j] opens an inverted cue that ends right before the quotation: ', said Solovey, "'."""
    return j + 2 < len(toks) and toks[-1].text in ",:" and (j == 0 or not is_word(toks[j - 1]))


def ends_phrase(tok: Tok) -> bool:
    """Words that end a recipient phrase: `in an op-ed published Tuesday`, `told reporters that`, `told
    the Daily Telegraph he`, `told the BBC this will`, `told the government not to`."""
    low = tok.low
    participle = low.endswith(("ed", "ing")) and "-" not in low  # "published", not "op-ed"
    return (
        low in cuewords.CLAUSE_WORDS
        or low in cuewords.POSTMODIFIERS
        or participle
        or low in _CLAUSE_OPENING
        or low in cuewords.DETERMINERS
    )


# A pronoun subject or a negation: what follows is what was said ("told the paper he", "told the
# government not to")
_CLAUSE_OPENING = frozenset("i you he she it we they this these those there not".split())


def in_noun_phrase(tok: Tok) -> bool:
    """A word that may open or continue a short noun phrase read leftwards ("the campaign's spokesman")."""
    return is_word(tok) and tok.low not in cuewords.CLAUSE_WORDS and tok.low not in cuewords.POSTMODIFIERS


def in_name(tok: Tok) -> bool:
    """A word of an organisation's name: `the Foundation for Defense of Democracies`."""
    return tok.text[:1].isupper() or tok.low in ("the", "of", "and", "for")
