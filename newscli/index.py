"""The in-memory index of a corpus: its documents and the facts extracted from them."""

from __future__ import annotations

from dataclasses import dataclass

from newscli import corpus
from newscli.model import Document, Problem


@dataclass
class Index:
    """Documents by id, in corpus order, and the problems met while loading them."""

    path: str
    load: corpus.LoadResult

    @classmethod
    def build(cls, path: str, stdin_text: str | None = None) -> Index:
        """Load the corpus at `path` and index it."""
        return cls(path, corpus.load(path, stdin_text=stdin_text))

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
