"""The SQLite database a corpus is built into: its files, documents, facts, entities and search index.

One file holds everything (or memory, with --no-cache and for stdin), so standard tools can open it.
Tables follow the dataclasses of newscli.model (rows.py); each document also keeps its own entities
(facts with no table of their own) as a JSON array (serial.py), which the corpus-wide merge reads
back. Aggregates that listings need (an entity's mention and document counts, where it is first
seen) are columns, so a listing over 100,000 articles reads a few rows instead of every fact.
Passages (paragraphs that do not repeat an earlier one) are indexed by FTS5 with BM25 ranking; the
index holds no copy of the text.
"""

from __future__ import annotations

import json
import os
import sqlite3
import typing
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple

from newscli import rows, serial
from newscli.model import DocFacts, Document, Entity, Problem
from newscli.rows import quote
from newscli.search.words import TOKENIZER, index_text
from newscli.search.words import key as words_key

SCHEMA_VERSION = 2  # 2: facts with tables of their own are no longer kept as JSON too
APPLICATION_ID = 0x6E657773  # "news": marks a newscli cache among SQLite files
DOCUMENTS = rows.table(Document, "documents")
ENTITIES = rows.table(Entity, "entities", children=True)
ROLES, MENTIONS = (dict(ENTITIES.children)[name] for name in ("roles", "mentions"))
FACT_HINTS = typing.get_type_hints(DocFacts)
_IN_CORPUS_ORDER = "FROM documents d JOIN files f ON f.rowid = d.file ORDER BY f.pos, d.seq"
FACT_FIELDS = tuple(f.name for f in fields(DocFacts))
# Facts kept per document in tables of their own (quotes, events, ...): every list of DocFacts but the
# entities, which are merged across documents first.
FACT_TABLES = {
    name: rows.table(rows.list_item(FACT_HINTS[name]), name) for name in FACT_FIELDS if name != "entities"
}
# Facts kept per document as JSON (`facts_<field>` columns of documents): only those with no table of
# their own, i.e. the entities as the document's extractor found them, which a merge reads back.
JSON_FIELDS = tuple(name for name in FACT_FIELDS if name not in FACT_TABLES)
BATCH_DOCUMENTS = 500  # documents whose rows are written in one go
# Columns worth an index where a fact has them: look-ups by speaker, ordering by date.
INDEXED = ("speaker", "date")
_HEADER = b"SQLite format 3\x00"
_DOC_COLUMNS = (
    "rowid INTEGER PRIMARY KEY",
    "file INTEGER",  # the files row it was read from
    "seq INTEGER",  # its place in that file (records of a jsonl file)
    "pos INTEGER",  # its place in the corpus
    "base_id TEXT",  # the id it asked for, and its relative name: what unique ids are made from
    "rel TEXT",
    "words INTEGER",
)
# Per entity: mentions outside repeated text, documents, and where it is first seen (corpus position,
# document id, offset).
_ENTITY_STATS = {
    "_mentions": "INTEGER",  # mentions outside repeated text (a headline printed twice counts once)
    "_documents": "INTEGER",  # documents with such a mention
    "_quotes": "INTEGER",  # quotations whose speaker is this name
    "_first_date": "TEXT",  # where first seen: by document date (undated last), corpus order, offset
    "_first_pos": "INTEGER",
    "_first_start": "INTEGER",
    "_first_doc": "TEXT",
}


class StoreError(Exception):
    """A cache file that cannot be used; `damaged` says whether it is broken (vs. merely out of date)."""

    def __init__(self, reason: str, damaged: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.damaged = damaged


class FileKey(NamedTuple):
    """What says that a corpus file (and its sidecar) is unchanged: size and modification time."""

    size: int
    mtime: int
    side: str | None = None
    side_size: int | None = None
    side_mtime: int | None = None


@dataclass
class DocRow:
    """One document ready to store: its columns, passages to index, and facts as JSON and as rows."""

    base_id: str
    rel: str
    id: str
    values: tuple[Any, ...]  # the DOCUMENTS columns
    words: int
    passages: list[tuple[int, int, int, str]]  # (paragraph, start, end, text as indexed)
    facts: dict[str, str]  # JSON_FIELDS field -> JSON
    fact_rows: dict[str, list[tuple[Any, ...]]]  # fact table -> rows
    entities: list[EntityValues]  # its entities (facts_entities) ready to merge: EntityRows(*values)


@dataclass(slots=True)
class EntityRows:
    """An entity with its roles and mentions as rows of their tables (without the parent column):
    what a build merges across documents and stores, with no Role or Mention objects made on the way
    (decoding them from JSON cost the main process more than the rest of a document's rows)."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)

    @classmethod
    def of(cls, ent: Entity) -> EntityRows:
        """The rows of one entity."""
        return cls(*cls.values(ent))

    @staticmethod
    def values(ent: Entity) -> EntityValues:
        """The fields of an entity's EntityRows as a plain tuple: what a worker sends (a tuple is
        pickled and unpickled without Python code, a slotted dataclass is not)."""
        roles = list(map(ROLES.row, ent.roles))
        return (ent.name, ent.kind, ent.aliases, roles, list(map(MENTIONS.row, ent.mentions)))


EntityValues = tuple[str, str, list[str], list[tuple[Any, ...]], list[tuple[Any, ...]]]


@dataclass
class EntityStats:
    """An entity without its mentions and roles: what a listing of many entities needs. Counts leave
    out mentions in repeated text; `first` is where it is first seen by date, then corpus order."""

    name: str
    kind: str
    aliases: list[str]
    mentions: int
    documents: int
    quotes: int
    first_date: str | None
    first: tuple[str, int, int] | None  # (date or "~", corpus position, offset): a sort key
    first_doc: str | None


class Store:
    """A connection to a corpus database, with the reads and writes the index and the build need."""

    def __init__(self, conn: sqlite3.Connection, path: str | None) -> None:
        self.conn = conn
        self.path = path  # None: in memory
        self._next: dict[str, int] = {}  # next row ids of tables written in batches, once known
        self._pending: dict[str, list[tuple[Any, ...]]] = {}  # rows to write, by table
        self._pending_docs = 0

    # --- opening -----------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | None) -> Store:
        """A new, empty database at `path` (None: in memory), set up for a fast bulk load."""
        conn = sqlite3.connect(path or ":memory:", isolation_level=None, check_same_thread=False)
        conn.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;"
            f"PRAGMA application_id={APPLICATION_ID}; PRAGMA user_version={SCHEMA_VERSION};"
        )
        store = cls(conn, path)
        store._create_schema()
        return store

    @classmethod
    def open(cls, path: str) -> Store:
        """An existing cache, checked to be a complete newscli database; StoreError says why not."""
        _check_file(path)
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=600)
            conn.execute("PRAGMA cache_size=-65536")
            conn.execute("PRAGMA mmap_size=1073741824")
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                conn.close()
                raise StoreError("not a newscli cache")
            if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                conn.close()
                raise StoreError("made by another version", damaged=False)
            store = cls(conn, path)
            if store.meta("complete") != "1":
                conn.close()
                raise StoreError("incomplete")
            return store
        except sqlite3.DatabaseError as exc:
            raise StoreError(str(exc)) from exc

    def close(self) -> None:
        self.conn.close()

    def _create_schema(self) -> None:
        """The tables, with the indexes a build reads through; `create_indexes` adds the rest."""
        fact_sql = [tbl.create(["_doc INTEGER NOT NULL"]) + ";" for tbl in FACT_TABLES.values()]
        child_sql = [t.create(["_parent INTEGER NOT NULL"]) + ";" for _, t in ENTITIES.children]
        self.conn.executescript(
            f"""
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE files (rowid INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER,
                mtime INTEGER, side TEXT, side_size INTEGER, side_mtime INTEGER, pos INTEGER);
            CREATE TABLE problems (file INTEGER, seq INTEGER, path TEXT, message TEXT, line INTEGER,
                fatal INTEGER);
            CREATE INDEX problems_file ON problems(file);
            {DOCUMENTS.create(_DOC_COLUMNS, [f"{quote('facts_' + f)} TEXT" for f in JSON_FIELDS])};
            CREATE UNIQUE INDEX documents_id ON documents(id);
            CREATE INDEX documents_file ON documents(file);
            CREATE INDEX documents_pos ON documents(pos);
            CREATE TABLE passages (rowid INTEGER PRIMARY KEY, doc INTEGER NOT NULL, paragraph INTEGER,
                start INTEGER, "end" INTEGER);
            CREATE INDEX passages_doc ON passages(doc);
            CREATE VIRTUAL TABLE passages_fts USING fts5(body, content='', tokenize='{TOKENIZER}');
            CREATE TABLE terms (term TEXT PRIMARY KEY, docs INTEGER) WITHOUT ROWID;
            {ENTITIES.create(["rowid INTEGER PRIMARY KEY", *(f"{c} {t}" for c, t in _ENTITY_STATS.items())])};
            CREATE INDEX entities_name ON entities(name);
            {" ".join(child_sql)}
            CREATE TABLE names (key TEXT NOT NULL, entity INTEGER NOT NULL);
            CREATE INDEX names_key ON names(key);
            {" ".join(fact_sql)}
            """
        )

    def create_indexes(self, tables: Collection[str] | None = None) -> None:
        """The look-up indexes of the fact tables and of the entities' children (mentions, roles), or
        of those of `tables`, where missing. A new database gets them after its first build has
        filled those tables: sorting the rows once is about a third cheaper than keeping each index
        ordered row by row."""
        # (index name, column as written in its SQL) by table: the same text whatever builds it
        keyed = {
            name: [("doc", "_doc"), *((c, quote(c)) for c in INDEXED if c in t.columns)]
            for name, t in FACT_TABLES.items()
        }
        keyed.update(
            (name, [("parent", "_parent")] + ([("doc", "doc")] if "doc" in t.columns else []))
            for name, t in ENTITIES.children
        )
        for table, indexes in keyed.items():
            if tables is None or table in tables:
                for suffix, column in indexes:
                    self.conn.execute(
                        f"CREATE INDEX IF NOT EXISTS {table}_{suffix} ON {quote(table)}({column})"
                    )

    # --- meta ------------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, **values: str) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())

    # --- files and problems ------------------------------------------------------------------------

    def file_keys(self) -> dict[str, tuple[int, FileKey]]:
        """Every stored file by its path: its row id and the key it was read with."""
        return {
            path: (rowid, FileKey(*key))
            for rowid, path, *key in self.conn.execute(
                "SELECT rowid, path, size, mtime, side, side_size, side_mtime FROM files"
            )
        }

    def add_file(self, path: str, key: FileKey, pos: int | None = None) -> int:
        """Store a corpus file's key and its place in corpus order (when known); returns its row id.
        Written with the next batch of rows (`flush`)."""
        rowid = self._new_rowids("files", 1)
        self._pending.setdefault("files", []).append((rowid, path, pos, *key))
        return rowid

    def file_rowids(self) -> dict[str, int]:
        """Every stored file's row id by its path."""
        return dict(self.conn.execute("SELECT path, rowid FROM files"))

    def set_file_positions(self, positions: Iterable[tuple[int, int]]) -> None:
        """Set each file's place in corpus order: (position, file row id) pairs; only the files whose
        place changed are written (none after a fresh build)."""
        self.flush()
        current = dict(self.conn.execute("SELECT rowid, pos FROM files").fetchall())
        changed = ((pos, rowid) for pos, rowid in positions if current.get(rowid) != pos)
        self.conn.executemany("UPDATE files SET pos = ? WHERE rowid = ?", changed)

    def add_problems(self, file: int, problems: Sequence[Problem]) -> None:
        if not problems:
            return
        self.conn.executemany(
            "INSERT INTO problems VALUES (?, ?, ?, ?, ?, ?)",
            [(file, i, p.path, p.message, p.line, int(p.fatal)) for i, p in enumerate(problems)],
        )

    def problems(self) -> list[Problem]:
        """What reading the stored files met, in corpus order."""
        return [
            Problem(path, message, line, bool(fatal))
            for path, message, line, fatal in self.conn.execute(
                "SELECT p.path, p.message, p.line, p.fatal FROM problems p JOIN files f ON f.rowid = p.file "
                "ORDER BY f.pos, p.seq"
            )
        ]

    def delete_files(self, file_ids: Sequence[int]) -> None:
        """Forget files and everything read from them (documents, passages, facts, problems)."""
        for file in file_ids:
            for (doc,) in self.conn.execute("SELECT rowid FROM documents WHERE file = ?", (file,)).fetchall():
                self.delete_document(doc)
            self.conn.execute("DELETE FROM problems WHERE file = ?", (file,))
            self.conn.execute("DELETE FROM files WHERE rowid = ?", (file,))
        self._next.pop("files", None)  # SQLite would give the next file max(rowid) + 1

    # --- documents ---------------------------------------------------------------------------------

    def add_document(self, file: int, seq: int, doc: DocRow) -> int:
        """Store one document, index its passages and file its facts; returns its row id.

        Rows are written in batches (`flush`), which saves most of SQLite's per-statement cost.
        """
        rowid = self._new_rowids("documents", 1)
        first = self._new_rowids("passages", len(doc.passages))
        pending = self._pending
        pending.setdefault("documents", []).append(
            # pos: first guess at its place in the corpus, right when documents arrive in corpus
            # order into an empty table (a fresh build); number_documents settles it.
            (rowid, file, seq, rowid - 1, doc.base_id, doc.rel, doc.words, *doc.values, *doc.facts.values())
        )
        pending.setdefault("passages", []).extend(
            (first + i, rowid, paragraph, start, end)
            for i, (paragraph, start, end, _) in enumerate(doc.passages)
        )
        pending.setdefault("passages_fts", []).extend((first + i, p[3]) for i, p in enumerate(doc.passages))
        for name, fact_rows in doc.fact_rows.items():
            pending.setdefault(name, []).extend((rowid, *r) for r in fact_rows)
        self._pending_docs += 1
        if self._pending_docs >= BATCH_DOCUMENTS:
            self.flush()
        return rowid

    def _new_rowids(self, table: str, count: int) -> int:
        """The first of `count` row ids for rows of `table` that `flush` will write."""
        first = self._next.get(table)
        if first is None:
            first = int(self.conn.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").fetchone()[0])
        self._next[table] = first + count
        return first

    def flush(self) -> None:
        """Write the rows `add_document` holds back."""
        doc_columns = ["rowid", "file", "seq", "pos", "base_id", "rel", "words", *DOCUMENTS.columns]
        doc_columns += ["facts_" + f for f in JSON_FIELDS]
        columns = {
            "files": ["rowid", "path", "pos", *FileKey._fields],
            "documents": doc_columns,
            "passages": ["rowid", "doc", "paragraph", "start", "end"],
            "passages_fts": ["rowid", "body"],
            **{name: ["_doc", *tbl.columns] for name, tbl in FACT_TABLES.items()},
        }
        for table, rows_ in self._pending.items():
            cols = columns[table]
            marks = ", ".join("?" * len(cols))
            self.conn.executemany(
                f"INSERT INTO {quote(table)} ({', '.join(map(quote, cols))}) VALUES ({marks})", rows_
            )
        self._pending = {}
        self._pending_docs = 0

    def delete_document(self, doc: int) -> None:
        """Forget one document: its row, its passages in the search index, its facts."""
        (text,) = self.conn.execute("SELECT text FROM documents WHERE rowid = ?", (doc,)).fetchone()
        for rowid, start, end in self.conn.execute(
            'SELECT rowid, start, "end" FROM passages WHERE doc = ?', (doc,)
        ).fetchall():
            self.conn.execute(
                "INSERT INTO passages_fts (passages_fts, rowid, body) VALUES ('delete', ?, ?)",
                (rowid, index_text(text[start:end])),
            )
        self.conn.execute("DELETE FROM passages WHERE doc = ?", (doc,))
        for name in FACT_TABLES:
            self.conn.execute(f"DELETE FROM {quote(name)} WHERE _doc = ?", (doc,))
        self.conn.execute("DELETE FROM documents WHERE rowid = ?", (doc,))

    def doc_names(self) -> list[tuple[int, int, str, str, str]]:
        """Every document in corpus order: (row id, file row id, base id, relative name, id)."""
        sql = f"SELECT d.rowid, d.file, d.base_id, d.rel, d.id {_IN_CORPUS_ORDER}"
        return self.conn.execute(sql).fetchall()

    def number_documents(self) -> None:
        """Give each document its place in corpus order (that of `doc_names`); only the documents
        whose place changed are written (none after a fresh build)."""
        found = self.conn.execute(f"SELECT d.rowid, d.pos {_IN_CORPUS_ORDER}").fetchall()
        changed = [(pos, rowid) for pos, (rowid, old) in enumerate(found) if old != pos]
        self.conn.executemany("UPDATE documents SET pos = ? WHERE rowid = ?", changed)

    def count_documents(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def documents(self, where: str = "", params: Sequence[Any] = ()) -> list[Document]:
        """Documents in corpus order (all, or those `where` selects)."""
        cols = ", ".join(map(quote, DOCUMENTS.columns))
        sql = f"SELECT {cols} FROM documents {where} ORDER BY pos"
        return [DOCUMENTS.build(r) for r in self.conn.execute(sql, params)]

    def doc_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY pos")]

    def doc_facts(self, doc_id: str) -> DocFacts | None:
        """One document's facts: its JSON fields, and its rows of each fact table in text order."""
        cols = ", ".join(["rowid", *(quote("facts_" + f) for f in JSON_FIELDS)])
        row = self.conn.execute(f"SELECT {cols} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        doc, *values = row
        found = {f: serial.loads(FACT_HINTS[f], v) for f, v in zip(JSON_FIELDS, values, strict=True)}
        found.update((name, self.facts(name, "WHERE d.rowid = ?", (doc,))) for name in FACT_TABLES)
        return DocFacts(**found)

    # --- entities ----------------------------------------------------------------------------------

    def entity_inputs(self) -> Iterator[list[EntityRows]]:
        """Each document's own entities (as its extractor found them), in corpus order."""
        for (text,) in self.conn.execute("SELECT facts_entities FROM documents ORDER BY pos"):
            yield [EntityRows.of(e) for e in read_entities(text)]

    def speaker_quotes(self) -> dict[str, int]:
        """How many quotations are attributed to each speaker, by folded name (search.words.key)."""
        spoke: dict[str, int] = {}
        if "speaker" in FACT_TABLES.get("quotes", ENTITIES).columns:
            for speaker, n in self.conn.execute("SELECT speaker, count(*) FROM quotes GROUP BY speaker"):
                if speaker:
                    spoke[words_key(speaker)] = spoke.get(words_key(speaker), 0) + n
        return spoke

    def replace_entities(self, tables: EntityTables) -> None:
        """Store the corpus-wide entities with their counts, mentions and roles (rows made by
        `entity_tables`); their look-up names follow (`add_names`)."""
        self.conn.execute("DELETE FROM entities")
        self.conn.execute("DELETE FROM names")
        for name, _ in ENTITIES.children:
            self.conn.execute(f"DELETE FROM {quote(name)}")
        cols = ["rowid", *_ENTITY_STATS, *ENTITIES.columns]
        self.conn.executemany(
            f"INSERT INTO entities ({', '.join(map(quote, cols))}) VALUES ({', '.join('?' * len(cols))})",
            tables.entities,
        )
        for child, found in ((ROLES, tables.roles), (MENTIONS, tables.mentions)):
            marks = ", ".join("?" * (len(child.columns) + 1))
            self.conn.executemany(f"INSERT INTO {quote(child.name)} VALUES ({marks})", found)

    def add_names(self, name_keys: Iterable[tuple[str, int]]) -> None:
        """Store (key, entity position) pairs: the look-up names of the entities just stored."""
        self.conn.executemany("INSERT INTO names VALUES (?, ?)", [(k, i + 1) for k, i in name_keys])

    def entity_stats(
        self, kind: str | None = None, min_mentions: int = 0, by: str = "mentions", limit: int | None = None
    ) -> list[EntityStats]:
        """Entities (of `kind`, with at least `min_mentions`) with their counts: most mentioned first,
        or by where first seen (`by="first"`); at most `limit`."""
        order = {
            "mentions": "_mentions DESC, _documents DESC, lower(name)",
            "first": "coalesce(_first_date, '~'), _first_pos, _first_start",
        }[by]
        sql = (
            "SELECT name, kind, aliases, _mentions, _documents, _quotes, _first_date, _first_pos, "
            f"_first_start, _first_doc FROM entities WHERE _mentions >= ? {'AND kind = ?' if kind else ''} "
            f"ORDER BY {order}, rowid" + (" LIMIT ?" if limit else "")
        )
        params = [min_mentions, *([kind] if kind else []), *([limit] if limit else [])]
        out = []
        for name, k, aliases, mentions, documents, quotes, date, pos, start, doc in self.conn.execute(
            sql, params
        ):
            first = (date or "~", pos, start) if doc is not None else None
            out.append(
                EntityStats(
                    name,
                    k,
                    json.loads(aliases) if aliases else [],
                    mentions,
                    documents,
                    quotes,
                    date,
                    first,
                    doc,
                )
            )
        return out

    def children_of(self, child: str, names: Sequence[str], kind: str | None = None) -> dict[str, list[Any]]:
        """One child list (roles, mentions) of the entities with these names, by name."""
        table = dict(ENTITIES.children)[child]
        cols = ", ".join("c." + quote(c) for c in table.columns)
        marks = ", ".join("?" * len(names))
        sql = (
            f"SELECT e.name, {cols} FROM {quote(child)} c JOIN entities e ON e.rowid = c._parent "
            f"WHERE e.name IN ({marks})"
        )
        params: list[Any] = list(names)
        if kind:
            sql += " AND e.kind = ?"
            params.append(kind)
        out: dict[str, list[Any]] = {n: [] for n in names}
        for name, *values in self.conn.execute(sql + " ORDER BY c.rowid", params):
            out[name].append(table.build(values))
        return out

    def speakers(self) -> set[str]:
        """Everyone a quotation is attributed to."""
        if "speaker" not in FACT_TABLES.get("quotes", ENTITIES).columns:
            return set()
        return {
            r[0] for r in self.conn.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")
        }

    def speaker_people(self) -> dict[str, str]:
        """The person of the corpus each speaker's name belongs to, by folded name (search.words.key):
        a quotation names its speaker as its article does ("Parry"), and the corpus may have folded
        that name into a fuller one ("Rick Parry", which holds it as an alias). A person named so wins,
        else the one person holding the name; a name that several hold, or none, is left out."""
        speakers = {words_key(s) for s in self.speakers()}
        holders: dict[str, set[str]] = {}
        sql = (
            "SELECT n.key, e.name FROM names n JOIN entities e ON e.rowid = n.entity WHERE e.kind = 'person'"
        )
        for k, name in self.conn.execute(sql):
            if k in speakers:
                holders.setdefault(k, set()).add(name)
        out = {}
        for k, names in holders.items():
            own = [n for n in names if words_key(n) == k]
            if own or len(names) == 1:
                out[k] = (own or list(names))[0]
        return out

    def doc_order(self) -> dict[str, tuple[str, int]]:
        """Each document's place in time: its date ('~' when undated, so it sorts last), then corpus order."""
        return {
            d: (date or "~", pos) for d, date, pos in self.conn.execute("SELECT id, date, pos FROM documents")
        }

    def entities(self, where: str = "", params: Sequence[Any] = ()) -> list[Entity]:
        """Entities with their mentions and roles (all, or those `where` selects), in first-seen order."""
        cols = ", ".join(map(quote, ENTITIES.columns))
        found = self.conn.execute(
            f"SELECT rowid, {cols} FROM entities {where} ORDER BY _first_pos, _first_start", params
        ).fetchall()
        wanted = {r[0] for r in found}
        children: dict[int, dict[str, list[Any]]] = {r[0]: {} for r in found}
        for name, child in ENTITIES.children:
            ccols = ", ".join(map(quote, child.columns))
            sql = f"SELECT _parent, {ccols} FROM {quote(name)}"
            if where:
                sql += f" WHERE _parent IN (SELECT rowid FROM entities {where})"
            for parent, *values in self.conn.execute(sql, params if where else ()):
                if parent in wanted:
                    children[parent].setdefault(name, []).append(child.build(values))
        return [ENTITIES.build(values, children[rowid]) for rowid, *values in found]

    # --- per-document facts in tables --------------------------------------------------------------

    def facts(self, table: str, where: str = "", params: Sequence[Any] = ()) -> list[Any]:
        """Rows of a fact table as dataclasses, in corpus order (`where` may use t. and d. columns)."""
        tbl = FACT_TABLES[table]
        cols = ", ".join("t." + quote(c) for c in tbl.columns)
        order = "d.pos, t.start, t.rowid" if "start" in tbl.columns else "d.pos, t.rowid"  # ties: as found
        sql = (
            f"SELECT {cols} FROM {quote(table)} t JOIN documents d ON d.rowid = t._doc {where} "
            f"ORDER BY {order}"
        )
        return [tbl.build(r) for r in self.conn.execute(sql, params)]

    def fact_columns(
        self, table: str, columns: Sequence[str], where: str = "", params: Sequence[Any] = ()
    ) -> list[tuple[Any, ...]]:
        """(row id, *columns) of a fact table's rows in corpus order: a light pass over many facts."""
        cols = ", ".join("t." + quote(c) for c in columns)
        sql = (
            f"SELECT t.rowid, {cols} FROM {quote(table)} t JOIN documents d ON d.rowid = t._doc {where} "
            "ORDER BY d.pos, t.start, t.rowid"
        )
        return self.conn.execute(sql, params).fetchall()

    def facts_by_id(self, table: str, rowids: Sequence[int]) -> list[Any]:
        """Rows of a fact table as dataclasses, in the order of `rowids`."""
        tbl = FACT_TABLES[table]
        cols = ", ".join(quote(c) for c in tbl.columns)
        found: dict[int, Any] = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            sql = f"SELECT rowid, {cols} FROM {quote(table)} WHERE rowid IN ({', '.join('?' * len(chunk))})"
            found.update((rowid, tbl.build(values)) for rowid, *values in self.conn.execute(sql, chunk))
        return [found[r] for r in rowids]

    # --- the search vocabulary ---------------------------------------------------------------------

    def rebuild_terms(self) -> None:
        """Refill the vocabulary from the search index (after a build)."""
        self.conn.execute("DELETE FROM terms")
        self.conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, passages_fts, 'row')")
        self.conn.execute("INSERT INTO terms SELECT term, doc FROM temp.vocab")
        self.conn.execute("DROP TABLE temp.vocab")

    def add_terms(self, terms: Iterable[str]) -> None:
        """Add words of newly indexed passages to the vocabulary (after a refresh)."""
        self.conn.executemany("INSERT OR IGNORE INTO terms VALUES (?, 1)", ((t,) for t in terms))


@dataclass
class EntityTables:
    """The rows of the entities table and of its children (mentions, roles), parent row id first."""

    entities: list[tuple[Any, ...]]
    roles: list[tuple[Any, ...]]
    mentions: list[tuple[Any, ...]]


def entity_tables(
    entities: Sequence[EntityRows], order: dict[str, tuple[str, int]], spoke: dict[str, int]
) -> EntityTables:
    """The rows that store the corpus-wide entities with their counts, in pure Python (no SQL, so a
    build works them out while another thread runs SQL): `order` is `Store.doc_order`, `spoke` is
    `Store.speaker_quotes`."""
    # Positions in a mention's row with its parent's row id first (rows are made first: walking
    # them, new and side by side in memory, is faster than walking the merged mentions again).
    repeat, doc_at, start_at, name_at = (
        1 + MENTIONS.columns.index(c) for c in ("repeat", "doc", "start", "entity")
    )
    entity_rows = []
    role_rows: list[tuple[Any, ...]] = []
    mention_rows: list[tuple[Any, ...]] = []
    for rowid, ent in enumerate(entities, 1):  # the table is emptied first: row ids count from 1
        parent = (rowid,)
        found = list(map(parent.__add__, ent.mentions))
        mention_rows += found
        role_rows += map(parent.__add__, ent.roles)
        counted = [m for m in found if not m[repeat]]
        docs = {m[doc_at] for m in counted}
        # its quotes: those of every name its documents gave it ("Steve Gerrard" folded into "Steven ...")
        names = {words_key(n) for n in {ent.name, *(m[name_at] for m in found)} if n}
        stats = (len(counted), len(docs), sum(spoke.get(n, 0) for n in names))
        if docs:  # first seen: the earliest document (by date, then corpus order), its first mention
            doc = min(docs, key=order.__getitem__)
            date, pos = order[doc]
            start = min(m[start_at] for m in counted if m[doc_at] == doc)
            stats += (None if date == "~" else date, pos, start, doc)
        else:
            stats += (None, None, None, None)
        entity_rows.append((rowid, *stats, *ENTITIES.row(ent)))
    return EntityTables(entity_rows, role_rows, mention_rows)


def read_entities(text: str) -> list[Entity]:
    """A document's own entities from their JSON (its `facts_entities`)."""
    return serial.reader(FACT_HINTS["entities"])(json.loads(text))


def _check_file(path: str) -> None:
    """Cheap checks that `path` is a whole SQLite file: its header, and a size that holds every page."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise StoreError(exc.strerror or str(exc)) from exc
    if len(header) < 100 or not header.startswith(_HEADER):
        raise StoreError("not a SQLite database" if size >= 100 else "truncated")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_ok = header[24:28] == header[92:96]
    if counter_ok and pages and size < pages * page_size:
        raise StoreError(f"truncated ({size} of {pages * page_size} bytes)")
