"""Quotation spans: marks paired, nested, carried over paragraphs, never running past a lost closing mark."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.config import Config
from newscli.corpus import load
from newscli.extract import quotes
from newscli.model import Document, Entity, Mention, Quote


def doc_of(text: str) -> Document:
    """A document read as the corpus reads stdin."""
    return load("-", stdin_text=text).documents[0]


def people_in(doc: Document, names: dict[str, str]) -> list[Entity]:
    """Person entities by hand: every occurrence of each surface form, resolved to its canonical name."""
    entities: dict[str, Entity] = {}
    for surface, canonical in names.items():
        for m in re.finditer(rf"\b{re.escape(surface)}\b", doc.text):
            ent = entities.setdefault(canonical, Entity(canonical, "person"))
            ent.mentions.append(Mention(doc.id, m.start(), m.end(), surface, canonical))
    return list(entities.values())


def extract(text: str, names: dict[str, str] | None = None) -> list[Quote]:
    doc = doc_of(text)
    found = quotes.extract(doc, people_in(doc, names or {}), Config())
    for q in found:
        assert doc.text[q.start : q.end] == q.text, "offsets are exactly the quoted words"
    return found


def texts(found: list[Quote]) -> list[str]:
    return [q.text for q in found]


def test_straight_and_curly_marks_give_the_words_inside():
    found = extract('Title\n\n"Straight words," she said. \u201cCurly words,\u201d he said.')
    assert texts(found) == ["Straight words,", "Curly words,"]
    assert all(q.kind == "full" for q in found)


def test_nested_single_quotes_stay_inside_the_outer_quote():
    found = extract("Title\n\n\u201cThey called it \u2018the deal\u2019 and 'a win,'\u201d he said.")
    assert texts(found) == ["They called it \u2018the deal\u2019 and 'a win,'"]


def test_ellipses_and_bracketed_cuts_stay_in_the_quote():
    found = extract('Title\n\n"We will not [\u2026] give up . . . ever," Smith said.', {"Smith": "Jo Smith"})
    assert texts(found) == ["We will not [\u2026] give up . . . ever,"]


def test_a_quotation_over_several_paragraphs_is_one_voice():
    text = (
        "Title\n\n"
        '"The first paragraph of the speech goes on," Jo Smith said.\n\n'
        '"A second paragraph opens with a mark and does not close.\n\n'
        '"The third one closes it."\n\n'
        "Then the article goes on."
    )
    found = extract(text, {"Jo Smith": "Jo Smith"})
    assert texts(found)[1:] == [
        "A second paragraph opens with a mark and does not close.",
        "The third one closes it.",
    ]
    assert [q.speaker for q in found] == ["Jo Smith"] * 3
    assert found[2].rule.startswith("continues")


def test_a_quotation_reopened_after_a_sentence_end_keeps_its_voice():
    # Scraped pages lose paragraph breaks inside quotations: `... rates. "Dismal ...`
    text = 'Title\n\nMr Frost added: "The outlook is uncertain. "It is widely accepted that risks grow."'
    found = extract(text, {"Frost": "David Frost"})
    assert texts(found) == ["The outlook is uncertain.", "It is widely accepted that risks grow."]
    assert {q.speaker for q in found} == {"David Frost"}


def test_a_cue_sentence_inside_an_open_quotation_ends_it():
    # `"... a Muslim. He added: "...`: the writer's words, so the first closing mark was lost
    text = 'Title\n\nMr Quill said: "I lost three years. He added: "They wanted to break me."'
    found = extract(text, {"Mr Quill": "Tom Quill"})
    assert texts(found) == ["I lost three years.", "They wanted to break me."]
    assert [q.speaker for q in found] == ["Tom Quill", "Tom Quill"]


def test_the_cue_sentence_search_reads_a_bounded_window_before_each_mark(monkeypatch):
    # an open quotation holding many marks: each one is checked for a cue sentence before it, and
    # that check must not read back to the quotation's start (quadratic over 100,000 marks)
    from newscli.extract import quotemarks

    read: list[int] = []
    real = quotemarks._writers_sentence
    monkeypatch.setattr(
        quotemarks, "_writers_sentence", lambda p, t, a, b: read.append(b - a) or real(p, t, a, b)
    )
    words = " ".join(f'part{k}: "word{k}' for k in range(2000))  # a colon, then a mark, 2,000 times
    doc = load("-", stdin_text=f'Title\n\nHe said: "{words}."\n').documents[0]
    quotemarks.find_spans(doc)
    assert read and max(read) <= quotemarks.CUE_SENTENCE_MAX
    # and a cue sentence right before a mark is still found (the test above, in a long quotation)
    text = 'Title\n\nMr Quill said: "' + "I lost years, " * 100 + 'truly. He added: "They broke me."'
    assert texts(extract(text, {"Mr Quill": "Tom Quill"}))[-1] == "They broke me."


def test_a_named_report_inside_a_reopened_quotation_ends_it():
    # `"... regrets. Quill also revealed that ... "We`: the writer's sentence, not the speaker's words
    text = (
        'Title\n\nMr Quill said: "We may lose. Quill also revealed that the team sent a card. '
        '"We signed it," he said.'
    )
    found = extract(text, {"Mr Quill": "Tom Quill", "Quill": "Tom Quill"})
    assert texts(found) == ["We may lose.", "We signed it,"]


def test_an_unclosed_mark_stops_at_its_sentence_end():
    text = (
        "Title\n\n"
        'A spokesman said: "We are pleased with the result. The company then announced more.\n\n'
        "Another paragraph about something else entirely. It has no quotes."
    )
    (found,) = extract(text)
    assert found.text == "We are pleased with the result."
    assert "Another paragraph" not in found.text


def test_headline_fragments_in_single_marks_are_partial_quotes():
    text = "Putin says 'heroic people' will 'confront' the West\n\nPutin spoke on Tuesday."
    found = extract(text, {"Putin": "Vladimir Putin"})
    assert texts(found) == ["heroic people", "confront"]
    assert [(q.kind, q.speaker, q.cue) for q in found] == [("partial", "Vladimir Putin", "says")] * 2


def test_a_headline_fragment_labelling_what_others_claim_is_not_the_cue_subjects():
    text = "Putin rebuts 'charade' claims\n\nPutin spoke on Tuesday."
    found = extract(text, {"Putin": "Vladimir Putin"})
    assert [(q.text, q.speaker) for q in found] == [("charade", None)]


def test_apostrophes_are_not_quote_marks():
    found = extract("Title\n\nThe students' union and Russia's 'allies' met in the '90s.")
    assert texts(found) == []


def test_partial_quotes_scare_quotes_and_titles():
    text = (
        "Title\n\n"
        'Putin accused the U.S. of "seeking to impose on the world a dictatorship." '
        'The so-called "experts" disagreed. Smith told "Meet the Press" on Sunday.'
    )
    found = extract(text, {"Putin": "Vladimir Putin", "Smith": "Jo Smith"})
    kinds = {q.text: (q.kind, q.speaker) for q in found}
    assert kinds["seeking to impose on the world a dictatorship."] == ("partial", "Vladimir Putin")
    assert kinds["experts"] == ("scare", None)
    assert kinds["Meet the Press"] == ("scare", None)


@pytest.mark.parametrize(
    "text",
    [
        'Title\n\n"',
        'Title\n\n" "',
        "Title\n\n\u201d\u201c\u201d\u201c",
        'Title\n\nHe said "\n\n"',
        "Title\n\n'a' 'b 'c'",
    ],
)
def test_odd_mark_sequences_never_fail(text):
    extract(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(['"', "\u201c", "\u201d", "'", " ", "a", "Said", ".", ",", "\n\n", "he"]), max_size=40
    )
)
def test_any_text_gives_exact_offsets_inside_one_paragraph(pieces):
    doc = doc_of("Title\n\n" + "".join(pieces))
    for q in quotes.extract(doc, [], Config()):
        para = doc.paragraphs[q.paragraph]
        assert doc.text[q.start : q.end] == q.text
        assert para.start <= q.start < q.end <= para.end
