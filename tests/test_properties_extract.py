"""Properties of the extractors (whatever `extract_all` runs on this branch), for any article text:
no exception, and every fact's `text[start:end]` is exactly the words it reports."""

from __future__ import annotations

from hypothesis import given

from newscli import corpus
from newscli.config import Config
from newscli.extract import extract_all, people
from newscli.model import DocFacts, Document
from tests.properties import MARKS, budget, news_text


def assert_span(doc: Document, start: int, end: int, surface: str, what: str) -> None:
    assert 0 <= start <= end <= len(doc.text), (what, start, end)
    assert doc.text[start:end] == surface, (what, doc.text[start:end], surface)


def assert_facts(doc: Document, facts: DocFacts) -> None:
    for entity in facts.entities:
        assert entity.name.strip(), "an entity with no name"
        for m in entity.mentions:
            assert m.doc == doc.id
            assert_span(doc, m.start, m.end, m.text, "mention")
        for r in entity.roles:
            assert r.doc == doc.id
            assert_span(doc, r.start, r.end, r.text, "role")
    for q in facts.quotes:
        assert q.doc == doc.id and 0 <= q.paragraph < len(doc.paragraphs)
        span = doc.text[q.start : q.end]
        # The offsets may include the quotation marks around the words, nothing else.
        inner = span[1:-1] if len(span) >= 2 and span[0] in MARKS and span[-1] in MARKS else span
        assert q.text in (span, inner), ("quote", span, q.text)
        assert 0 <= q.start <= q.end <= len(doc.text)
    for e in facts.events:
        assert e.doc == doc.id
        assert_span(doc, e.start, e.end, e.expression, "event")
        assert e.sentence_start <= e.start and e.end <= e.sentence_end <= len(doc.text)


@budget(1500)
@given(news_text)
def test_every_fact_points_at_exactly_its_words(source):
    documents = corpus.load("-", stdin_text=source).documents  # as `--corpus -` reads it
    per_doc = []
    for doc in documents:
        facts = extract_all(doc, Config())
        assert_facts(doc, facts)
        per_doc.append(facts.entities)
    by_id = {d.id: d for d in documents}
    for entity in people.merge(per_doc):  # merging across documents keeps every offset true
        for m in entity.mentions:
            assert_span(by_id[m.doc], m.start, m.end, m.text, "merged mention")
