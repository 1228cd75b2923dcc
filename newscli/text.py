"""Splitting a document into paragraphs and sentences, keeping offsets; finding repeated lead text.

Every function here works on offsets into the unchanged document text, so that `text[start:end]` of
any span is exactly the words it stands for. All of it runs in time linear in the text's length.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from newscli.model import Paragraph, Sentence, Span

_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")
_LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? or an ellipsis, perhaps followed by closing quotes or brackets, then space.
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]*[A-Z0-9\u00c0-\u024f])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# Abbreviations after which a period does not end a sentence (lower case, without the final dot).
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof sen rep del gov gen col lt sgt capt cpl maj adm cmdr st jr sr rev fr hon pres
    supt insp det messrs mme mlle no nos vs v etc approx dept univ assn bros inc ltd co corp plc
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.a e.g i.e a.m p.m d.c
    ft mt""".split()
)
_NORM_WORD = re.compile(r"\w+")
LEAD_PARAGRAPHS = 8  # headlines, deks and ledes repeat within the first few paragraphs
MIN_REPEAT_WORDS = 10  # a near-repeat must say again at least this many words of an earlier sentence


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
        if m.group().startswith(".") and _is_abbreviation(chunk, m.start()):
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
    m = _WORD_BEFORE.search(chunk, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    return word.lower() in ABBREVIATIONS


def sentence_at(paras: list[Paragraph], offset: int) -> Sentence | None:
    """The sentence that holds `offset`, if any."""
    for para in paras:
        if para.start <= offset < para.end:
            return next((s for s in para.sentences if s.start <= offset < s.end), None)
    return None


def mark_repeats(text: str, paras: list[Paragraph]) -> list[Span]:
    """Mark text that repeats earlier text, so that counts are not doubled; returns the repeated spans.

    A paragraph equal (in its words) to an earlier one gets `repeat_of`. In the lead (the first
    few paragraphs), a sentence that says again a run of at least MIN_REPEAT_WORDS words of an earlier
    sentence (a scraped dek repeated by the lede) has that stretch marked. The text is never changed.
    """
    repeats: list[Span] = []
    seen: dict[tuple[str, ...], int] = {}
    for para in paras:
        key = tuple(w.lower() for w in _NORM_WORD.findall(text, para.start, para.end))
        if key in seen:
            para.repeat_of = seen[key]
            repeats.append(Span(para.start, para.end))
        else:
            seen[key] = para.index
    lead = [p for p in paras[:LEAD_PARAGRAPHS] if p.repeat_of is None]
    earlier: list[list[tuple[str, int, int]]] = []
    for para in lead:
        for sent in para.sentences:
            words = [
                (m.group().lower(), m.start(), m.end())
                for m in _NORM_WORD.finditer(text, sent.start, sent.end)
            ]
            for prev in earlier:
                span = _repeated_stretch(prev, words)
                if span:
                    repeats.append(span)
                    break
            earlier.append(words)
    return repeats


def _repeated_stretch(prev: list[tuple[str, int, int]], words: list[tuple[str, int, int]]) -> Span | None:
    """The stretch of `words` that repeats `prev` (blocks of 3+ words, MIN_REPEAT_WORDS in all), or None."""
    matcher = SequenceMatcher(None, [w for w, _, _ in prev], [w for w, _, _ in words], autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 3]
    if sum(b.size for b in blocks) < MIN_REPEAT_WORDS:
        return None
    first, last = blocks[0], blocks[-1]
    return Span(words[first.b][1], words[last.b + last.size - 1][2])
