"""The in-memory index of a corpus: its documents and the facts extracted from them."""

from __future__ import annotations

from dataclasses import dataclass, field

from newscli import corpus
from newscli.config import Config, load_config
from newscli.model import DocFacts, Document, Entity, Event, Problem, Quote


@dataclass
class Index:
    """Documents by id in corpus order, their facts, and the corpus-wide entities."""

    path: str
    load: corpus.LoadResult
    config: Config = field(default_factory=Config)
    facts: dict[str, DocFacts] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)

    @classmethod
    def build(cls, path: str, stdin_text: str | None = None) -> Index:
        """Load the corpus at `path`, run the extractors on every document and merge the entities."""
        from newscli.extract import extract_all, people

        config = load_config(path)
        index = cls(path, corpus.load(path, stdin_text=stdin_text, max_bytes=config.max_file_bytes), config)
        index.facts = {doc.id: extract_all(doc, config) for doc in index.documents}
        index.entities = people.merge([f.entities for f in index.facts.values()])
        return index

    @property
    def documents(self) -> list[Document]:
        return self.load.documents

    @property
    def problems(self) -> list[Problem]:
        return self.load.problems

    def document(self, doc_id: str) -> Document | None:
        """The document with this id, or None."""
        if not hasattr(self, "_by_id"):
            self._by_id = {d.id: d for d in self.documents}
        return self._by_id.get(doc_id)

    def quotes(self) -> list[Quote]:
        """Every quotation of the corpus, in document order."""
        return [q for doc in self.documents for q in self.facts[doc.id].quotes]

    def events(self) -> list[Event]:
        """Every dated expression of the corpus, in document order."""
        return [e for doc in self.documents for e in self.facts[doc.id].events]
