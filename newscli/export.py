"""Exports of a built corpus for other tools: plain SQLite tables (Datasette, sqlite-utils) and
Elasticsearch/OpenSearch bulk records (the path for a newsroom that outgrows one machine).

Both read the store table by table, so an export of 100,000 articles streams rather than loading
every fact at once. Columns follow the model's dataclasses, like the cache itself.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from newscli.output import Column, write_records
from newscli.rows import quote
from newscli.store import DOCUMENTS, ENTITIES, FACT_TABLES, Store

# Document columns worth a plain table (paragraph offsets are JSON; `show DOC` gives them).
DOC_COLUMNS = tuple(c for c in DOCUMENTS.columns if c not in DOCUMENTS.json)
ENTITY_STATS = {
    "mentions": "_mentions",
    "documents": "_documents",
    "quotes": "_quotes",
    "first_doc": "_first_doc",
    "first_date": "_first_date",
}
BATCH = 2000


def _tables(store: Store) -> dict[str, tuple[list[str], str]]:
    """Each exported table: its column definitions and the SELECT (over the cache) that fills it."""
    doc_cols = [f"{quote(c)} {_sql_type(DOCUMENTS, c)}" for c in DOC_COLUMNS] + ["words INTEGER"]
    people_cols = [f"{quote(c)} {_sql_type(ENTITIES, c)}" for c in ENTITIES.columns if c != "kind"]
    people_cols += [f"{c} {'TEXT' if c.startswith('first') else 'INTEGER'}" for c in ENTITY_STATS]
    tables = {
        "documents": (
            doc_cols,
            f"SELECT {', '.join(map(quote, DOC_COLUMNS))}, words FROM documents ORDER BY pos",
        ),
        "people": (
            people_cols,
            f"SELECT {', '.join(quote(c) for c in ENTITIES.columns if c != 'kind')}, "
            f"{', '.join(ENTITY_STATS.values())} FROM entities WHERE kind = 'person' "
            "ORDER BY _mentions DESC, name",
        ),
    }
    for name, child in ENTITIES.children:
        cols = ["person TEXT", *(f"{quote(c)} {_sql_type(child, c)}" for c in child.columns)]
        select = (
            f"SELECT e.name, {', '.join('c.' + quote(col) for col in child.columns)} FROM {quote(name)} c "
            "JOIN entities e ON e.rowid = c._parent WHERE e.kind = 'person' ORDER BY e.rowid, c.rowid"
        )
        tables[name] = (cols, select)
    for name, tbl in FACT_TABLES.items():
        cols = [f"{quote(c)} {_sql_type(tbl, c)}" for c in tbl.columns]
        select = (
            f"SELECT {', '.join('t.' + quote(c) for c in tbl.columns)} FROM {quote(name)} t "
            "JOIN documents d ON d.rowid = t._doc ORDER BY d.pos, t.rowid"
        )
        tables[name] = (cols, select)
    return tables


def _sql_type(tbl: Any, column: str) -> str:
    return tbl.types[tbl.columns.index(column)]


def to_sqlite(store: Store, target: str) -> dict[str, int]:
    """Write the corpus as plain tables into a new SQLite file (replaced atomically); rows per table."""
    tmp = f"{target}.{os.getpid()}.tmp"
    Path(tmp).unlink(missing_ok=True)
    out = sqlite3.connect(tmp, isolation_level=None)
    counts = {}
    try:
        out.execute("PRAGMA journal_mode=OFF")
        out.execute("BEGIN")
        for name, (cols, select) in _tables(store).items():
            out.execute(f"CREATE TABLE {quote(name)} ({', '.join(cols)})")
            marks = ", ".join("?" * len(cols))
            counts[name] = 0
            cur = store.conn.execute(select)
            while rows := cur.fetchmany(BATCH):
                out.executemany(f"INSERT INTO {quote(name)} VALUES ({marks})", rows)
                counts[name] += len(rows)
        for name, column in (
            ("mentions", "person"),
            ("mentions", "doc"),
            ("quotes", "speaker"),
            ("quotes", "doc"),
        ):
            if name in counts:
                out.execute(f"CREATE INDEX {name}_{column} ON {quote(name)}({quote(column)})")
        out.execute("COMMIT")
        out.close()
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return counts


def bulk_records(store: Store, prefix: str) -> Iterator[dict[str, Any]]:
    """Elasticsearch/OpenSearch `_bulk` lines: an `index` action, then the record, for every
    document, person, mention, role, quote and event (index PREFIX-TABLE, ids stable across runs)."""
    for name, (cols, select) in _tables(store).items():
        names = [c.split(" ")[0].strip('"') for c in cols]
        decode = {c for c in names if c in ("aliases", "people")}
        for i, row in enumerate(store.conn.execute(select)):
            record = dict(zip(names, row, strict=True))
            for c in decode & record.keys():
                record[c] = json.loads(record[c]) if record[c] else []
            yield {"index": {"_index": f"{prefix}-{name}", "_id": _record_id(name, record, i)}}
            yield record


def _record_id(table: str, record: dict[str, Any], i: int) -> str:
    if table == "documents":
        return str(record["id"])
    if table == "people":
        return str(record["name"])
    if "doc" in record and "start" in record:
        return f"{record['doc']}:{record['start']}:{record.get('end')}"
    return str(i)


def to_jsonl(store: Store, out: TextIO, prefix: str) -> int:
    """Write bulk records as JSON Lines to `out`; returns how many records (not counting actions)."""
    column = (Column("record", "record"),)
    count, batch = 0, []
    for line in bulk_records(store, prefix):
        batch.append(line)
        if len(batch) >= BATCH:
            write_records(batch, column, "jsonl", out)
            count += len(batch) // 2
            batch = []
    write_records(batch, column, "jsonl", out)
    return count + len(batch) // 2
