"""Extractors: pure functions from a Document to facts with offsets. They never print."""

from __future__ import annotations

from newscli.config import Config
from newscli.model import DocFacts, Document


def extract_all(doc: Document, config: Config) -> DocFacts:
    """Run every extractor on one document: people first, since quotes and events refer to them."""
    from newscli.extract import people, quotes, timeline

    entities = people.extract(doc, config)
    return DocFacts(
        entities=entities,
        quotes=quotes.extract(doc, entities, config),
        events=timeline.extract(doc, entities, config),
    )
