"""Temporal expressions and their normalised dates."""

from __future__ import annotations

from newscli.config import Config
from newscli.model import Document, Entity, Event


def extract(doc: Document, entities: list[Entity], config: Config) -> list[Event]:
    """The dated expressions of one document, resolved against its published date where needed."""
    return []  # placeholder until the timeline extractor lands (issue 5)
