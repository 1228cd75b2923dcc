"""Quotation spans and who said them."""

from __future__ import annotations

from newscli.config import Config
from newscli.model import Document, Entity, Quote


def extract(doc: Document, entities: list[Entity], config: Config) -> list[Quote]:
    """The direct quotations of one document, with speakers resolved to the people in `entities`."""
    return []  # placeholder until the quotes extractor lands (issue 4)
