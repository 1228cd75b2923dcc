"""`newscli quotes`: the direct quotations of the corpus and who said them."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from newscli.app import CorpusOpt, FormatOpt, LimitOpt, app, emit, session


class Kind(StrEnum):
    """Which quotations to list: statements (full and partial quotes) unless asked otherwise."""

    statement = "statement"
    full = "full"
    partial = "partial"
    scare = "scare"
    all = "all"


@app.command(
    "quotes",
    epilog="""Examples:\n
  newscli quotes --by putin\n
  newscli quotes --stats\n
  newscli quotes --contains sanctions --explain\n
  newscli quotes --format json | jq -r '.[] | select(.speaker == null) | .text'\n
  newscli quotes | cut -f1,3 | sort | uniq -c""",
)
def quotes(
    ctx: typer.Context,
    by: Annotated[
        str | None, typer.Option("--by", "-b", help="Only quotations by this person (fuzzy: 'rugiero').")
    ] = None,
    doc: Annotated[str | None, typer.Option("--doc", "-d", help="Only quotations in this document.")] = None,
    contains: Annotated[
        str | None, typer.Option("--contains", "-s", help="Only quotations whose words hold TEXT.")
    ] = None,
    kind: Annotated[
        Kind,
        typer.Option(
            "--kind",
            "-k",
            case_sensitive=False,
            help="statement (full and partial quotes), full, partial, scare (scare quotes, titles) or all.",
        ),
    ] = Kind.statement,
    stats: Annotated[
        bool,
        typer.Option(
            "--stats", help="Per speaker: quotations, documents, share; and the unattributed share."
        ),
    ] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Add the rule that named each speaker.")] = False,
    corpus: CorpusOpt = None,
    fmt: FormatOpt = None,
    limit: LimitOpt = None,
) -> None:
    """List direct quotations with their speakers, cue words and documents."""
    sess = session(ctx)
    from newscli.queries import quotes as query

    index = sess.index(corpus)
    selected = query.select(index, by=by, doc=doc, contains=contains, kind=kind.value)
    if stats:
        rows = query.stats(selected, index.speaker_people())
        emit(sess, rows[:limit] if limit else rows, query.STATS_COLUMNS, fmt, title="Speakers")
        return
    records = query.list_quotes(selected[:limit] if limit else selected, explain)
    emit(sess, records, query.quote_columns(explain), fmt, title="Quotes")
