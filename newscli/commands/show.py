"""`newscli show TARGET`: one article by id (and, with the people index, one person by name)."""

from __future__ import annotations

from typing import Annotated

import typer

from newscli.app import CorpusOpt, FormatOpt, app, chosen_format, session
from newscli.completion import complete_targets
from newscli.queries import docs as query


@app.command(
    "show",
    epilog="""Examples:\n
  newscli show 000_34bbc5d1c4cfa990\n
  newscli show 000_34bbc5d1c4cfa990 --format json | jq -r .text""",
)
def show(
    ctx: typer.Context,
    target: Annotated[
        str,
        typer.Argument(help="A document id.", show_default=False, autocompletion=complete_targets),
    ],
    corpus: CorpusOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """Show one article by id: metadata and numbered paragraphs.

    In machine formats, one record with the metadata and the full text.
    """
    sess = session(ctx)
    doc = query.find_document(sess.index(corpus), target)
    record = query.document_record(doc)
    kind = chosen_format(sess, fmt)
    if kind == "table":
        from newscli import render

        render.article(sess.env, record)
    else:
        from newscli.output import write_object

        write_object(record, query.ARTICLE_COLUMNS, kind, sess.env.stdout)
