"""Words as the search index sees them: the same rules when indexing, querying and highlighting.

SQLite's `unicode61` tokenizer (with `remove_diacritics 2`) splits on anything that is not a letter
or digit and folds case and accents, so "Kim Jong-un" and "Kim Jong Un" are the same three words.
Before it runs, a possessive "'s" is blanked out (spaces of the same length, so offsets hold):
"Putin's plane" is indexed as "putin plane". `tokens` repeats those rules in Python to find the
offsets of matched words in a passage.
"""

from __future__ import annotations

import re
import unicodedata

TOKENIZER = "unicode61 remove_diacritics 2"
# The apostrophe comes first and the letter before it is checked by a look-behind, so that the regex
# engine can skip ahead to apostrophes instead of trying a match at every position (6x faster).
_POSSESSIVE = re.compile(r"['\u2019\u02bc](?<=[^\W_].)[sS](?![^\W_])")
_TOKEN = re.compile(r"[^\W_]+")


def index_text(text: str) -> str:
    """`text` as handed to the index: possessive 's blanked out, every offset unchanged."""
    return _POSSESSIVE.sub("  ", text)


def fold(word: str) -> str:
    """A word as the index stores it: lower case, without accents."""
    word = word.lower()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """The indexed words of text[start:end]: (folded word, start, end) with offsets into `text`."""
    end = len(text) if end is None else end
    blanked = index_text(text[start:end])
    return [(fold(m.group()), start + m.start(), start + m.end()) for m in _TOKEN.finditer(blanked)]


def words(text: str) -> list[str]:
    """The folded indexed words of a piece of text (a query word, a phrase, a name)."""
    return [w for w, _, _ in tokens(text)]


def key(text: str) -> str:
    """A name or phrase as a look-up key: its folded words joined by one space ("kim jong un")."""
    return " ".join(words(text))
