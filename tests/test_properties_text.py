"""Properties of segmentation and of `inert`, for any text: no exception, offsets exact, nothing lost."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from newscli import render, text
from newscli.safe import UNSAFE, inert
from tests.properties import budget, news_text


@budget(3000)
@given(news_text)
def test_every_visible_character_is_in_exactly_one_paragraph_and_one_sentence(source):
    paras = text.paragraphs(source)
    owner = [0] * len(source)
    last_end = 0
    for i, para in enumerate(paras):
        assert para.index == i
        assert last_end <= para.start < para.end <= len(source)
        chunk = source[para.start : para.end]
        assert chunk == chunk.strip()  # trimmed
        pos = para.start
        for sent in para.sentences:
            assert pos <= sent.start < sent.end <= para.end
            piece = source[sent.start : sent.end]
            assert piece == piece.strip()
            for k in range(sent.start, sent.end):
                owner[k] += 1
            pos = sent.end
        last_end = para.end
    for k, ch in enumerate(source):
        assert owner[k] == 1 or (owner[k] == 0 and ch.isspace()), (k, ch)


@budget(1000)
@given(news_text)
def test_repeats_are_sorted_disjoint_and_name_earlier_equal_paragraphs(source):
    paras = text.paragraphs(source)
    repeats = text.mark_repeats(source, paras)
    for a, b in pairwise(repeats):
        assert a.end <= b.start
    for r in repeats:
        assert 0 <= r.start < r.end <= len(source)
    for para in paras:
        if para.repeat_of is not None:
            first = paras[para.repeat_of]
            assert first.index < para.index
            words = [text._NORM_WORD.findall(source, p.start, p.end) for p in (first, para)]
            assert [w.lower() for w in words[0]] == [w.lower() for w in words[1]]


@budget(1000)
@given(st.lists(st.sampled_from(["The end.", "the END!", "Then more.", "(the) end", "", "***"]), max_size=8))
def test_every_paragraph_saying_the_words_of_an_earlier_one_is_marked(parts):
    source = "\n\n".join(parts)
    paras = text.paragraphs(source)
    text.mark_repeats(source, paras)
    keys = [[w.lower() for w in text._NORM_WORD.findall(source, p.start, p.end)] for p in paras]
    for i, para in enumerate(paras):
        first = next(j for j in range(i + 1) if keys[j] == keys[i])
        assert para.repeat_of == (None if first == i else first)


@budget(1000)
@given(st.one_of(news_text, st.text()))
def test_lower_words_are_the_regex_words_lowered_one_by_one(source):
    # The translate-based split must agree with \w+ on any text: non-ASCII gaps, final sigma, İ.
    assert text._lower_words(source) == [w.lower() for w in text._NORM_WORD.findall(source)]


@budget(500)
@given(news_text, st.data())
def test_sentence_at_agrees_with_a_scan(source, data):
    paras = text.paragraphs(source)
    offset = data.draw(st.integers(-1, len(source) + 1))
    expected = next((s for p in paras for s in p.sentences if s.start <= offset < s.end), None)
    assert text.sentence_at(paras, offset) == expected


@budget(1000)
@given(news_text, st.booleans())
def test_inert_leaves_nothing_active_and_changes_nothing_else(source, one_line):
    shown = inert(source, one_line=one_line)
    assert UNSAFE.search(shown) is None
    if one_line:
        assert "\n" not in shown and "\t" not in shown
    if UNSAFE.search(source) is None and not (one_line and ("\n" in source or "\t" in source)):
        assert shown == source


spans = st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), max_size=12)


@budget(500)
@given(news_text, spans, st.integers(1, 40))
def test_article_view_pieces_cover_the_paragraph_and_get_every_overlapping_mark(source, raw_marks, window):
    marks = [(start, start + length, "bold") for start, length in raw_marks]
    pieces = render.windows(source, 0, len(source), window)
    assert pieces[0]["start"] == 0 and pieces[-1]["end"] == len(source)
    for a, b in pairwise(pieces):
        assert a["end"] == b["start"]
    for piece, got in zip(pieces, render.marks_by_span(pieces, marks), strict=True):
        expected = sorted(m for m in marks if m[0] < piece["end"] and m[1] > piece["start"])
        assert sorted(got) == expected


def test_lower_words_of_text_with_many_kinds_of_symbols_agree_with_the_regex():
    symbols = "".join(chr(c) for c in range(0x2190, 0x2190 + 4 * text.MAX_GAP_KINDS))
    source = " ".join(f"Word{s}ÉTÉ" for s in symbols)
    assert text._lower_words(source) == [w.lower() for w in text._NORM_WORD.findall(source)]
