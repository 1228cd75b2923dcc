"""`newscli people`: the people the articles mention, with roles and counts."""

from __future__ import annotations

from typing import Annotated

import typer

from newscli.app import CorpusOpt, FormatOpt, LimitOpt, app, emit, session


@app.command(
    "people",
    epilog="""Examples:\n
  newscli people --limit 20\n
  newscli people putin --format json | jq -r '.[].roles[]'\n
  newscli people --sort first --min-mentions 3 | cut -f1,3""",
)
def people(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(help="Only people whose name is close to this (typos welcome).", show_default=False),
    ] = None,
    doc: Annotated[str | None, typer.Option("--doc", "-d", help="Only people this document names.")] = None,
    min_mentions: Annotated[
        int, typer.Option("--min-mentions", "-m", min=1, help="At least N mentions.")
    ] = 1,
    sort: Annotated[
        str,
        typer.Option("--sort", "-s", help="mentions (most first), name (by surname), or first (first seen)."),
    ] = "mentions",
    corpus: CorpusOpt = None,
    fmt: FormatOpt = None,
    limit: LimitOpt = None,
) -> None:
    """List the people: name, roles, mentions, documents, quotes, first seen."""
    sess = session(ctx)
    from newscli.queries import people as query

    records = query.people_records(sess.index(corpus), doc, min_mentions, sort, name, limit)
    emit(sess, records, query.PEOPLE_COLUMNS, fmt, title="People")
