"""What one run of the CLI holds: its environment, the corpus it names, and the index built from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newscli.env import Environment

if TYPE_CHECKING:
    from newscli.index import Index


@dataclass
class Session:
    """Options given before the command name, and the index, loaded once and on first use."""

    env: Environment = field(default_factory=Environment)
    corpus: str | None = None
    _index: Index | None = None

    def index(self, corpus_override: str | None = None) -> Index:
        """The corpus index; problems met while loading are reported on stderr, one line each."""
        if self._index is None:
            from newscli import corpus
            from newscli.index import Index

            path = corpus.resolve(corpus_override or self.corpus)
            stdin_text = self.env.stdin.read() if path == corpus.STDIN else None
            self._index = Index.build(path, stdin_text=stdin_text)
            for problem in self._index.problems:
                self.env.note(("note: " if not problem.fatal else "skipped ") + str(problem))
            corpus.require_documents(self._index.load, path)
        return self._index
