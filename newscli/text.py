"""Splitting a document into paragraphs and sentences, keeping offsets; finding repeated lead text.

Every function here works on offsets into the unchanged document text, so that `text[start:end]` of
any span is exactly the words it stands for. All of it runs in time linear in the text's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import islice

from newscli.model import Paragraph, Sentence, Span

_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")
_LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? or an ellipsis, perhaps followed by closing quotes or brackets, then space.
# The look-behind and possessive quantifiers keep it linear: a run of 100,000 dots or spaces is
# scanned once, not once per starting position (which made the plain form quadratic). The look-behind
# follows the first mark, so that the regex engine skips ahead to marks instead of trying every position.
_END = re.compile(
    r"[.!?\u2026](?<![.!?\u2026].)[.!?\u2026]*+[\"'\u201d\u2019)\]]*+(?=\s++[\"'\u201c\u2018(\[]*+[A-Z0-9\u00c0-\u024f])"
)
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."  # of an abbreviation: "U.S", "Mr"
# Abbreviations after which a period does not end a sentence (lower case, without the final dot).
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof sen rep del gov gen col lt sgt capt cpl maj adm cmdr st jr sr rev fr hon pres
    supt insp det messrs mme mlle no nos vs v etc approx dept univ assn bros inc ltd co corp plc
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.a e.g i.e a.m p.m d.c
    ft mt""".split()
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # joined initials before the final dot: "H.W", "J.R.R"
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018(\[]*(\w+)")
_NORM_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_GAP = re.compile(r"\W")
MAX_GAP_KINDS = 16  # kinds of non-ASCII non-word characters (£, curly quotes, dashes) replaced one by one
# A bytes.translate table: every ASCII character that is not a word character (\W) becomes a space;
# every other byte (ASCII word characters, the bytes of UTF-8 sequences) is kept.
_ASCII_GAP_BYTES = bytes(32 if i < 128 and not _WORD_CHAR.match(chr(i)) else i for i in range(256))
LEAD_PARAGRAPHS = 8  # headlines, deks and ledes repeat within the first few paragraphs
# ... and within the first characters, comparing the first words of each sentence. This bounds the
# work whatever the article's shape (a 50 MB single line is one paragraph). BBC's longest lead runs
# to 6,200 characters, its longest lead sentence to 335 words.
LEAD_CHARS = 10_000
LEAD_WORDS = 400
LONG_PARAGRAPH = 20_000  # characters; BBC's longest paragraph has 3,205
MIN_REPEAT_WORDS = 10  # a near-repeat must say again at least this many words of an earlier sentence
# ... so it shares at least this many 3-word runs with that sentence (each covers three of its words).
MIN_SHARED_TRIGRAMS = -(-MIN_REPEAT_WORDS // 3)


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs separated by blank lines; a text with no blank line breaks at every line instead."""
    if _BLANK_LINES.search(text):
        spans, pos = [], 0
        for m in _BLANK_LINES.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
    else:
        spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    out = []
    for start, end in spans:
        start, end = _trim(text, start, end)
        if end > start:
            para = Paragraph(len(out), start, end)
            para.sentences = sentences(text, start, end)
            out.append(para)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end]: split after . ! ? (and closing quotes) before a capital or digit,
    but not after an abbreviation (Mr., U.S., Jan.) or an initial (J.)."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    out, pos = [], 0
    for m in _END.finditer(chunk):
        if chunk[m.start()] == "." and _is_abbreviation(chunk, m.start()):
            continue
        s, e = _trim(chunk, pos, m.end())
        if e > s:
            out.append(Sentence(start + s, start + e))
        pos = m.end()
    s, e = _trim(chunk, pos, len(chunk))
    if e > s:
        out.append(Sentence(start + s, start + e))
    return out


def _is_abbreviation(chunk: str, dot: int) -> bool:
    """Whether the period at `dot` closes an abbreviation or an initial rather than a sentence."""
    before = chunk[max(0, dot - 12) : dot]
    word = before[len(before.rstrip(_WORD_CHARS)) :].lstrip(".")  # the letters and dots right before
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    if word.lower() in ABBREVIATIONS:
        return True
    return _INITIALS.fullmatch(word) is not None and _name_follows(chunk, dot + 1)


def _name_follows(chunk: str, at: int) -> bool:
    """Whether the word after `at` may go on a name ("George H.W. Bush"), not open a sentence ("... in
    L.A. The city"): a capitalised word that is no function word."""
    from newscli.extract import lexicon  # only for the rare run of initials

    m = _NEXT_WORD.match(chunk, at)
    word = m.group(1) if m is not None else ""
    return word[:1].isupper() and word.lower() not in lexicon.lower("function_words")


def sentence_at(paras: list[Paragraph], offset: int) -> Sentence | None:
    """The sentence that holds `offset`, if any (binary search: paragraphs and sentences are in order)."""
    i = bisect_right(paras, offset, key=lambda p: p.start) - 1
    if i < 0 or offset >= paras[i].end:
        return None
    sents = paras[i].sentences
    j = bisect_right(sents, offset, key=lambda s: s.start) - 1
    return sents[j] if j >= 0 and offset < sents[j].end else None


def mark_repeats(text: str, paras: list[Paragraph]) -> list[Span]:
    """Mark text that repeats earlier text, so that counts are not doubled; returns the repeated spans.

    A paragraph equal (in its words) to an earlier one gets `repeat_of`. In the lead (the first
    few paragraphs), a sentence that says again a run of at least MIN_REPEAT_WORDS words of an earlier
    sentence (a scraped dek repeated by the lede) has that stretch marked. The text is never changed.
    The spans returned are disjoint and sorted, so `Document.is_repeat` can search them.
    """
    repeats: list[Span] = []
    seen: dict[str, int] = {}
    openers = [_opening_word(text, p) for p in paras]
    shared = Counter(openers)
    for para, opener in zip(paras, openers, strict=True):
        if shared[opener] == 1 and None not in shared:
            continue  # no other paragraph opens with its word, so none says the same words
        key = _words_key(text[para.start : para.end])
        if key in seen:
            para.repeat_of = seen[key]
            repeats.append(Span(para.start, para.end))
        else:
            seen[key] = para.index
    lead = [p for p in paras[:LEAD_PARAGRAPHS] if p.repeat_of is None]
    repeats.extend(_lead_repeats(text, lead))
    return sorted(repeats, key=lambda r: r.start)


def _opening_word(text: str, para: Paragraph) -> str | None:
    """The first word of a paragraph in lower case (the first word of its key; "" when it has none),
    or None for a paragraph over LONG_PARAGRAPH characters, whose key is its whole text."""
    if para.end - para.start > LONG_PARAGRAPH:
        return None
    m = _NORM_WORD.search(text, para.start, para.end)
    return m.group().lower() if m else ""


def _words_key(chunk: str) -> str:
    """The words of `chunk`, lower case, joined by single spaces: equal keys, equal words.

    A paragraph over LONG_PARAGRAPH characters is keyed by its lower-cased text instead: the
    word-by-word key costs a Python object per word (a 50 MB paragraph: half a gigabyte).
    """
    if len(chunk) > LONG_PARAGRAPH:
        return chunk.lower()
    return " ".join(_lower_words(chunk))


def _lower_words(chunk: str) -> list[str]:
    """The words of `chunk` as `_NORM_WORD` finds them, lower case.

    The text is lowered whole once its gaps are spaces: a space is neither cased nor case-ignorable,
    so each word lowers as it would alone (a final sigma stays final).
    """
    return _spaced(chunk).lower().split()


def _spaced(chunk: str) -> str:
    """`chunk` with every character that is not a word character (\\W) replaced by a space.

    Translating the UTF-8 bytes is many times faster than the regex engine (and than str.translate,
    which looks each character up in a dict). In text with non-ASCII characters, each non-word one
    (£, curly quotes, dashes) is replaced as a whole byte sequence first, so the bytes left over
    belong to word characters (é, ß) and are kept.
    """
    data = chunk.encode("utf-8", "surrogatepass")
    if not chunk.isascii():
        odd = [c for c in set(_NON_ASCII.findall(chunk)) if not _WORD_CHAR.match(c)]
        if len(odd) > MAX_GAP_KINDS:  # one replace per kind would be quadratic: one regex pass instead
            return _GAP.sub(" ", chunk)
        for char in odd:
            data = data.replace(char.encode("utf-8", "surrogatepass"), b" ")
    return data.translate(_ASCII_GAP_BYTES).decode("utf-8", "surrogatepass")


Trigram = tuple[str, str, str]


def _lead_words(text: str, sent: Sentence) -> list[str]:
    """The first LEAD_WORDS words of a sentence, lower case (a long sentence is read only that far)."""
    if sent.end - sent.start > LONG_PARAGRAPH:
        found = islice(_NORM_WORD.finditer(text, sent.start, sent.end), LEAD_WORDS)
        return [m.group().lower() for m in found]
    return _lower_words(text[sent.start : sent.end])[:LEAD_WORDS]


def _lead_repeats(text: str, lead: list[Paragraph]) -> list[Span]:
    """Stretches of lead sentences that say again MIN_REPEAT_WORDS+ words of an earlier lead sentence.

    Only the first LEAD_CHARS characters and LEAD_WORDS words of a sentence are read, so a huge
    article costs no more here than a normal one.
    """
    sents: list[tuple[Sentence, list[str], set[Trigram]]] = []
    for para in lead:
        for sent in para.sentences:
            if sent.start >= LEAD_CHARS:
                break
            plain = _lead_words(text, sent)
            if len(plain) >= MIN_REPEAT_WORDS:
                sents.append((sent, plain, _trigrams(plain)))
    # Only a sentence sharing MIN_SHARED_TRIGRAMS 3-word runs with an earlier one can repeat it (a cheap,
    # exact pre-test); counted as distinct runs, that holds when none occurs twice in the sentence, and
    # otherwise one shared run is asked for.
    seen: set[Trigram] = set()
    repeats: list[Span] = []
    for j, (sent, plain, trigrams) in enumerate(sents):
        least = MIN_SHARED_TRIGRAMS if len(trigrams) == len(plain) - 2 else 1
        if len(seen & trigrams) >= least:
            for _, prev, prev_trigrams in (s for s in sents[:j] if len(s[2] & trigrams) >= least):
                stretch = _repeated_stretch(prev, prev_trigrams, plain)
                if stretch:
                    repeats.append(_word_span(text, sent, *stretch))
                    break
        seen |= trigrams
    return repeats


def _trigrams(words: list[str]) -> set[Trigram]:
    """Every run of three words in `words`."""
    return set(zip(words, words[1:], words[2:], strict=False))


def _repeated_stretch(
    prev: list[str], prev_trigrams: set[Trigram], words: list[str]
) -> tuple[int, int] | None:
    """The first and last word of `words` that repeat `prev` (blocks of 3+ words, MIN_REPEAT_WORDS in
    all), or None.

    Every word of a matching block of 3+ lies in a 3-word run both sentences share, so fewer than
    MIN_REPEAT_WORDS such words rules a repeat out before the (slow) sequence matching.
    """
    grams = zip(words, words[1:], words[2:], strict=False)
    covered = {j + k for j, gram in enumerate(grams) if gram in prev_trigrams for k in range(3)}
    if len(covered) < MIN_REPEAT_WORDS:
        return None
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, prev, words, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 3]
    if sum(b.size for b in blocks) < MIN_REPEAT_WORDS:
        return None
    return blocks[0].b, blocks[-1].b + blocks[-1].size - 1


def _word_span(text: str, sent: Sentence, first: int, last: int) -> Span:
    """The offsets from the `first` to the `last` word of a sentence (counted as `_lead_words` does)."""
    found = list(islice(_NORM_WORD.finditer(text, sent.start, sent.end), last + 1))
    return Span(found[first].start(), found[last].end())
