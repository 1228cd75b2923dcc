"""The index of a corpus: its documents and the facts extracted from them, read from a Store.

Everything is read on demand: a command that lists twenty people over 100,000 articles reads twenty
rows of aggregates, never every fact. The store is the persistent cache (cache.py) or, with
--no-cache and for stdin, a database in memory built the same way.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newscli.config import Config

if TYPE_CHECKING:  # the store and the build load when an index is built, not when a command is imported
    from newscli.build import BuildReport, Progress
    from newscli.model import DocFacts, Document, Entity, Event, Problem, Quote, Role
    from newscli.store import EntityStats, Store


@dataclass
class Index:
    """Documents by id in corpus order, their facts, and the corpus-wide entities."""

    path: str
    store: Store
    config: Config = field(default_factory=Config)
    problems: list[Problem] = field(default_factory=list)
    report: BuildReport | None = None  # what bringing it up to date did (None: it was)
    notes: list[str] = field(default_factory=list)  # about the cache, for stderr
    _documents: list[Document] | None = None
    _entities: list[Entity] | None = None
    _by_id: dict[str, Document | None] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        path: str,
        stdin_text: str | None = None,
        *,
        cache: bool = False,
        progress: Progress | None = None,
        jobs: int | None = None,
        check_all: bool = False,
    ) -> Index:
        """Index the corpus at `path` ("-": `stdin_text`): in memory, or through the persistent cache
        (`check_all`: look at every file of a big corpus, not only its folders)."""
        from newscli import build, corpus
        from newscli.cache import in_memory, open_cached
        from newscli.config import load_config

        config = load_config(path)
        if path == corpus.STDIN:
            return cls._from_stdin(stdin_text or "", config)
        if cache:
            opened = open_cached(path, config, progress, jobs, check_all)
        else:
            opened = in_memory(build.list_corpus(path), config, progress, jobs)
        problems = [*opened.problems, *opened.store.problems()]
        return cls(path, opened.store, config, problems, opened.report, opened.notes)

    @classmethod
    def _from_stdin(cls, text: str, config: Config) -> Index:
        """Articles read from standard input, built in memory (there is nothing to cache them by)."""
        from newscli import build, corpus
        from newscli.store import FileKey, Store

        store = Store.create(None)
        problems: list[Problem] = []
        raws = corpus.read_stdin(text, problems)
        ids = corpus.unique_ids([(r.base_id, r.rel) for r in raws])
        store.conn.execute("BEGIN")
        file = store.add_file("-", FileKey(len(text), 0))
        store.set_file_positions([(0, file)])
        with build.collector_paused():  # as a build of files does: no cycles to collect, millions of objects
            added = [
                store.add_document(file, seq, build.doc_row(raw, doc_id, config))
                for seq, (raw, doc_id) in enumerate(zip(raws, ids, strict=True))
            ]
        store.add_problems(file, problems)
        store.flush()
        build.finish(store, added, fresh=True)
        store.conn.execute("COMMIT")
        return cls(corpus.STDIN, store, config, store.problems())

    @property
    def count(self) -> int:
        """How many documents the corpus holds."""
        return self.store.count_documents()

    @property
    def documents(self) -> list[Document]:
        """Every document, in corpus order (read once, on first use)."""
        if self._documents is None:
            self._documents = self.store.documents()
        return self._documents

    def document(self, doc_id: str) -> Document | None:
        """The document with this id, or None."""
        if doc_id not in self._by_id:
            found = self.store.documents("WHERE id = ?", (doc_id,))
            self._by_id[doc_id] = found[0] if found else None
        return self._by_id[doc_id]

    @property
    def facts(self) -> Mapping[str, DocFacts]:
        """Each document's own facts by document id, read when asked for."""
        return _Facts(self.store)

    @property
    def entities(self) -> list[Entity]:
        """Every corpus-wide entity with all its mentions and roles (for many, prefer `entity_stats`)."""
        if self._entities is None:
            self._entities = self.store.entities()
        return self._entities

    def entity_stats(
        self, kind: str | None = None, min_mentions: int = 0, by: str = "mentions", limit: int | None = None
    ) -> list[EntityStats]:
        """Entities with their counts (mentions and documents outside repeated text, quotes, where
        first seen) but without their mentions: most mentioned first, or first seen first (`by`)."""
        return self.store.entity_stats(kind, min_mentions, by, limit)

    def entity(self, name: str, kind: str | None = None) -> Entity | None:
        """One entity by its canonical name, with its mentions and roles."""
        where = "WHERE name = ?" + (" AND kind = ?" if kind else "")
        found = self.store.entities(where, (name, kind) if kind else (name,))
        return found[0] if found else None

    def entities_in(self, doc: str) -> list[Entity]:
        """The corpus-wide entities one document mentions, with all their mentions and roles."""
        return self.store.entities("WHERE rowid IN (SELECT _parent FROM mentions WHERE doc = ?)", (doc,))

    def roles_of(self, names: list[str], kind: str | None = None) -> dict[str, list[Role]]:
        """The roles of the entities with these names, by name (for a page of a listing)."""
        return self.store.children_of("roles", names, kind)

    def doc_order(self) -> dict[str, tuple[str, int]]:
        """Each document's place in time: (date, or '~' when undated, then corpus position), by id."""
        return self.store.doc_order()

    def speakers(self) -> set[str]:
        """Everyone a quotation is attributed to."""
        return self.store.speakers()

    def speaker_people(self) -> dict[str, str]:
        """The corpus person each speaker's name belongs to, by folded name ("parry" -> "Rick Parry")."""
        return self.store.speaker_people()

    def quotes(self, doc: str | None = None, speakers: Collection[str] | None = None) -> list[Quote]:
        """Quotations in document order: all, or those of one document and/or by some speakers."""
        where, params = _filters(("t.doc", doc))
        if speakers is not None:
            names = list(speakers)
            where += (" AND " if where else "WHERE ") + f"t.speaker IN ({', '.join('?' * len(names))})"
            params += names
        return self.store.facts("quotes", where, params)

    def events(self, doc: str | None = None) -> list[Event]:
        """Dated expressions in document order: all, or those of one document."""
        where, params = _filters(("t.doc", doc))
        return self.store.facts("events", where, params)

    def event_keys(self, doc: str | None = None, with_people: bool = False) -> list[tuple[Any, ...]]:
        """(id, date, repeat, people or None) of each event in document order, without building the
        events: enough to filter and sort 100,000 articles' events, then `events_by_id` for a page."""
        where, params = _filters(("t.doc", doc))
        rows = self.store.fact_columns("events", ["date", "repeat", "people"], where, params)
        return [(i, d, bool(r), json.loads(p) if with_people and p else None) for i, d, r, p in rows]

    def events_by_id(self, ids: list[int]) -> list[Event]:
        """The events with these ids (from `event_keys`), in that order."""
        return self.store.facts_by_id("events", ids)


def _filters(*pairs: tuple[str, str | None]) -> tuple[str, list[str]]:
    used = [(column, value) for column, value in pairs if value is not None]
    if not used:
        return "", []
    return "WHERE " + " AND ".join(f"{c} = ?" for c, _ in used), [v for _, v in used]


class _Facts(Mapping[str, "DocFacts"]):
    """Document id -> DocFacts, each read from the store when looked up."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __getitem__(self, doc_id: str) -> DocFacts:
        found = self._store.doc_facts(doc_id)
        if found is None:
            raise KeyError(doc_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.doc_ids())

    def __len__(self) -> int:
        return self._store.count_documents()
