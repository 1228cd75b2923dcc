"""`newscli search QUERY`: ranked passages where words, phrases and names are said."""

from __future__ import annotations

import re
from typing import Annotated

import typer

from newscli.app import CorpusOpt, FormatOpt, app, chosen_format, emit, session
from newscli.errors import UsageError

_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")


@app.command(
    "search",
    epilog="""Query: words (all must match), "exact phrase", OR, -exclude, word~ (fuzzy).\n
A name finds the person's other names; an unknown word, the closest known one (stderr says so).\n
Examples:\n
  newscli search Pyongyang\n
  newscli search '"hermit kingdom"' --format json | jq '.[].highlights'\n
  newscli search -- Putin -Stalin\n
  newscli search 'kim jong-un' --limit 5 | cut -f1,2""",
)
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY",
            help="What to find (put -- before a query that starts with -).",
            show_default=False,
        ),
    ],
    corpus: CorpusOpt = None,
    fmt: FormatOpt = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="Show at most N passages.", rich_help_panel="Output")
    ] = 20,
    context: Annotated[
        int | None,
        typer.Option(
            "--context",
            "-C",
            min=0,
            help="Show N sentences around the matched ones instead of the whole paragraph.",
            rich_help_panel="Output",
        ),
    ] = None,
    exact: Annotated[
        bool, typer.Option("--exact", help="Only the words as typed: no typo fixes, no name look-up.")
    ] = False,
    doc: Annotated[str | None, typer.Option("--doc", "-d", help="Search one document only.")] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Documents dated on or after YYYY[-MM[-DD]].", show_default=False),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", help="Documents dated on or before YYYY[-MM[-DD]].", show_default=False),
    ] = None,
) -> None:
    """Find passages, ranked, with the matched words highlighted.

    Ranked by BM25; names are understood through the people index and typos are forgiven.
    """
    from newscli.queries import search as q
    from newscli.search.engine import Options

    for name, value in (("--since", since), ("--until", until)):
        if value is not None and not _PARTIAL_DATE.match(value):
            raise UsageError(f"{name} {value!r} is not a date like 2024, 2024-06 or 2024-06-18")
    sess = session(ctx)
    options = Options(limit=limit, exact=exact, doc=doc, since=since, until=until, context=context)
    records, notes = q.search(sess.index(corpus), " ".join(query), options)
    for note in notes:
        sess.env.note(note)
    if records and chosen_format(sess, fmt) == "table":
        from newscli.render import search as render

        render.hits(sess.env, records)
        return
    emit(sess, records, q.SEARCH_COLUMNS, fmt, title="Search")
