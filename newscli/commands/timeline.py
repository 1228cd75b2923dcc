"""`newscli timeline`: what the articles say happened, in date order, with how each date was worked out."""

from __future__ import annotations

from typing import Annotated

import typer

from newscli.app import CorpusOpt, FormatOpt, LimitOpt, app, chosen_format, emit, session


@app.command(
    "timeline",
    epilog="""Examples:\n
  newscli timeline --from 1940 --to 1950\n
  newscli timeline --about putin --format json | jq -r '.[] | "\\(.date) \\(.expression)"'\n
  newscli timeline --doc 000_34bbc5d1c4cfa990 | cut -f1,3,4""",
)
def timeline(
    ctx: typer.Context,
    date_from: Annotated[
        str | None,
        typer.Option("--from", help="Only events on or after this date: 1948, 2024-06 or 2024-06-18."),
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Only events on or before this date (partial dates too).")
    ] = None,
    about: Annotated[
        str | None,
        typer.Option("--about", "-a", help="Only events whose sentence names this person (typos welcome)."),
    ] = None,
    doc: Annotated[str | None, typer.Option("--doc", "-d", help="Only events of this document.")] = None,
    repeats: Annotated[
        bool, typer.Option("--repeats", help="Also events in repeated lead text (headline, dek).")
    ] = False,
    corpus: CorpusOpt = None,
    fmt: FormatOpt = None,
    limit: LimitOpt = None,
) -> None:
    """List dated events in date order, each with how its date was worked out.

    Columns: date, expression, anchor (how it was resolved), people, sentence.
    """
    sess = session(ctx)
    from newscli.queries import timeline as query

    records = query.timeline_records(sess.index(corpus), date_from, date_to, about, doc, repeats, limit)
    if records and chosen_format(sess, fmt) == "table":
        from newscli.render import timeline as render

        render.timeline(sess.env, records)
    else:
        emit(sess, records, query.EVENT_COLUMNS, fmt, title="Timeline")
