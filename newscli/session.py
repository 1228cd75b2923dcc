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
    use_cache: bool = True
    jobs: int | None = None
    _index: Index | None = None

    def index(
        self, corpus_override: str | None = None, rebuild: bool = False, check_all: bool = False
    ) -> Index:
        """The corpus index, from the cache when it is up to date (`rebuild`: made anew; `check_all`:
        every file of a big corpus looked at); notes about the cache and problems met while loading
        go to stderr, one line each. A progress bar shows on a terminal."""
        if self._index is None:
            from newscli import corpus
            from newscli.index import Index

            path = corpus.resolve(corpus_override or self.corpus)
            stdin_text = self._read_stdin() if path == corpus.STDIN else None
            progress = None
            if self.env.stderr_isatty:
                from newscli.render.progress import BuildProgress

                progress = BuildProgress(self.env)

            try:
                if rebuild:
                    from newscli.cache import forget

                    forget(path)
                self._index = Index.build(
                    path,
                    stdin_text=stdin_text,
                    cache=self.use_cache,
                    progress=progress,
                    jobs=self.jobs,
                    check_all=check_all,
                )
            finally:
                if progress:
                    progress.close()
            for note in self._index.notes:
                self.env.note("note: " + note)
            for problem in self._index.problems:
                self.env.note(("note: " if not problem.fatal else "skipped ") + str(problem))
            corpus.require_documents(self._index.count, path)
        return self._index

    def _read_stdin(self) -> str:
        """Standard input as one corpus, within the file-size limit of the config (max_file_mb)."""
        from newscli import corpus
        from newscli.config import load_config
        from newscli.errors import CorpusError

        limit = load_config(corpus.STDIN).max_file_bytes
        text = self.env.stdin.read(limit + 1)
        if len(text) > limit:
            raise CorpusError(
                f"standard input: over the {limit / 1e6:g} MB limit "
                "(raise max_file_mb in the config to read it)"
            )
        return text
