"""Paragraphs, sentences and repeated lead text, all by offsets into the unchanged text."""

from __future__ import annotations

import pytest

from newscli import corpus, text


def test_paragraphs_and_sentences_keep_offsets():
    src = 'Headline\n\nMr. Smith said it. "Fine," he said. The U.S. Senate voted.\n\n  Last one!  \n'
    paras = text.paragraphs(src)
    assert [src[p.start : p.end] for p in paras] == [
        "Headline",
        'Mr. Smith said it. "Fine," he said. The U.S. Senate voted.',
        "Last one!",
    ]
    assert [src[s.start : s.end] for s in paras[1].sentences] == [
        "Mr. Smith said it.",
        '"Fine," he said.',
        "The U.S. Senate voted.",
    ]


def test_text_without_blank_lines_breaks_at_lines():
    src = "HEADLINE ONE\nLONDON 1996-08-30\nA sentence here ."
    assert [src[p.start : p.end] for p in text.paragraphs(src)] == src.split("\n")


def test_initials_do_not_end_sentences():
    src = "He met J. Smith in Washington. Then he left."
    assert [src[s.start : s.end] for s in text.sentences(src)] == [
        "He met J. Smith in Washington.",
        "Then he left.",
    ]


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("George H.W. Quorra spoke. Then he left.", ["George H.W. Quorra spoke.", "Then he left."]),
        ("She met A.E. Dick Vell. He agreed.", ["She met A.E. Dick Vell.", "He agreed."]),
        ("He moved to L.A. The city was big.", ["He moved to L.A.", "The city was big."]),  # no name next
    ],
)
def test_joined_initials_end_no_sentence_before_a_name(src, expected):
    assert [src[s.start : s.end] for s in text.sentences(src)] == expected


def test_seed_headline_and_lede_repeats_are_marked():
    doc = corpus.load(str(corpus.bundled_seeds())).documents[0]
    assert doc.paragraphs[2].repeat_of == 0  # the headline, scraped twice
    repeated = [doc.text[r.start : r.end] for r in doc.repeats]
    assert "Russian President Vladimir Putin touched down in Pyongyang, North Korea, on Tuesday" in repeated
    lede = doc.text.index("beginning a historic visit")
    assert not doc.is_repeat(lede, lede + 10)  # what the lede adds is not a repeat


def test_abbreviated_titles_do_not_end_sentences():
    src = '"It is wrong," said Del. Mary Okafor. Then she left.'
    assert [src[s.start : s.end] for s in text.sentences(src)] == [
        '"It is wrong," said Del. Mary Okafor.',
        "Then she left.",
    ]
