"""`newscli export`: the corpus and its facts as plain SQLite tables or Elasticsearch bulk records."""

from __future__ import annotations

from typing import Annotated

import typer

from newscli.app import CorpusOpt, app, session
from newscli.errors import UsageError


@app.command(
    "export",
    epilog="""Tables: documents, people, mentions, roles, quotes, events.\n
Examples:\n
  newscli export --sqlite corpus.db && datasette corpus.db\n
  newscli export --jsonl - | curl -H 'Content-Type: application/x-ndjson' --data-binary @- $ES/_bulk\n
  newscli export --jsonl - | jq -c 'select(.speaker?)' | head""",
)
def export(
    ctx: typer.Context,
    corpus: CorpusOpt = None,
    sqlite: Annotated[
        str | None,
        typer.Option("--sqlite", help="Write plain tables to this SQLite file.", show_default=False),
    ] = None,
    jsonl: Annotated[
        str | None,
        typer.Option(
            "--jsonl",
            help="Write Elasticsearch bulk records to this file (- for stdout).",
            show_default=False,
        ),
    ] = None,
    prefix: Annotated[str, typer.Option("--prefix", help="Index name prefix of bulk records.")] = "newscli",
) -> None:
    """Export the corpus and its facts for Datasette or Elasticsearch.

    SQLite: documents, people, mentions, roles, quotes and events as plain tables. JSON Lines:
    Elasticsearch/OpenSearch bulk records.
    """
    from newscli import export as exporter

    if (sqlite is None) == (jsonl is None):
        raise UsageError("say where to: --sqlite FILE or --jsonl FILE (- for stdout)")
    sess = session(ctx)
    store = sess.index(corpus).store
    if sqlite is not None:
        counts = exporter.to_sqlite(store, sqlite)
        sess.env.note(f"wrote {sqlite}: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
    elif jsonl == "-":
        exporter.to_jsonl(store, sess.env.stdout, prefix)
    else:
        with open(str(jsonl), "w", encoding="utf-8") as out:
            count = exporter.to_jsonl(store, out, prefix)
        sess.env.note(f"wrote {jsonl}: {count} records")
