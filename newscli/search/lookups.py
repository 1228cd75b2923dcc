"""What the search engine asks the index: ranked passages, their documents, the vocabulary, names.

SQL over the tables of store.py, kept here so that the store holds the cache's structure and the
search package holds what searching reads.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newscli import serial
from newscli.model import Paragraph
from newscli.store import Store


def entity_ids_for(store: Store, key: str) -> list[int]:
    """Entities one of whose names (or aliases) has this look-up key."""
    return [r[0] for r in store.conn.execute("SELECT DISTINCT entity FROM names WHERE key = ?", (key,))]


def people_with_word(store: Store, word: str) -> int:
    """How many people have `word` (folded) as one of the words of a name or alias."""
    return int(
        store.conn.execute(
            "SELECT count(DISTINCT entity) FROM names WHERE key = ?1 OR key LIKE ?1 || ' %' "
            "OR key LIKE '% ' || ?1 OR key LIKE '% ' || ?1 || ' %'",
            (word,),
        ).fetchone()[0]
    )


def names_of(store: Store, entity_ids: Sequence[int]) -> list[str]:
    """The name and aliases of these entities."""
    out: list[str] = []
    for name, aliases in store.conn.execute(
        f"SELECT name, aliases FROM entities WHERE rowid IN ({', '.join('?' * len(entity_ids))})",
        entity_ids,
    ):
        out.append(name)
        out.extend(json.loads(aliases) if aliases else [])
    return out


def search(
    store: Store,
    expression: str,
    limit: int,
    doc: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[tuple[int, str, int, int, int, float]]:
    """Best passages for an FTS5 expression: (row id, doc id, paragraph, start, end, BM25 score)."""
    where, params = ["passages_fts MATCH ?"], [expression]
    if doc is not None:
        where.append("d.id = ?")
        params.append(doc)
    if since:
        where.append("substr(d.date, 1, ?) >= ?")
        params += [len(since), since]
    if until:
        where.append("substr(d.date, 1, ?) <= ?")
        params += [len(until), until]
    sql = (
        'SELECT p.rowid, d.id, p.paragraph, p.start, p."end", bm25(passages_fts) AS score '
        "FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid "
        f"JOIN documents d ON d.rowid = p.doc WHERE {' AND '.join(where)} "
        "ORDER BY score, d.pos, p.paragraph LIMIT ?"
    )
    return store.conn.execute(sql, [*params, limit]).fetchall()


def passage_context(store: Store, doc_id: str) -> tuple[str, list[Paragraph], dict[str, Any]]:
    """A document's text, paragraphs and metadata, for showing passages from it."""
    row = store.conn.execute(
        "SELECT text, paragraphs, title, date, outlet FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    paragraphs = serial.loads(list[Paragraph], row[1])
    return row[0], paragraphs, {"title": row[2], "date": row[3], "outlet": row[4]}


def has_term(store: Store, term: str) -> bool:
    return store.conn.execute("SELECT 1 FROM terms WHERE term = ?", (term,)).fetchone() is not None


def vocabulary(store: Store, shortest: int, longest: int) -> list[tuple[str, int]]:
    """Indexed words of a length in [shortest, longest], with how many passages hold each."""
    return store.conn.execute(
        "SELECT term, docs FROM terms WHERE length(term) BETWEEN ? AND ?", (shortest, longest)
    ).fetchall()
