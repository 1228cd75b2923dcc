"""Person names, titles and roles, aliases; organisations and places as entities of their own kinds."""

from __future__ import annotations

from newscli.config import Config
from newscli.model import Document, Entity


def extract(doc: Document, config: Config) -> list[Entity]:
    """The entities one document mentions, each with its mentions and roles (offsets into doc.text)."""
    return []  # placeholder until the people extractor lands (issue 3)


def merge(per_doc: list[list[Entity]]) -> list[Entity]:
    """Entities of the whole corpus: the same name (and kind) in several documents is one entity."""
    merged: dict[tuple[str, str], Entity] = {}
    for entities in per_doc:
        for ent in entities:
            key = (ent.kind, " ".join(ent.name.lower().replace("-", " ").split()))
            into = merged.setdefault(key, Entity(ent.name, ent.kind))
            into.aliases.extend(a for a in ent.aliases if a not in into.aliases)
            into.roles.extend(ent.roles)
            into.mentions.extend(ent.mentions)
    return list(merged.values())
