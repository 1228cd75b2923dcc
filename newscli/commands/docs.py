"""`newscli docs`: one row per document of the corpus."""

from __future__ import annotations

import typer

from newscli.app import CorpusOpt, FormatOpt, LimitOpt, app, emit, session


@app.command(
    "docs",
    epilog="""Examples:\n
  newscli docs\n
  newscli --corpus ~/articles docs --format json | jq -r '.[].title'\n
  newscli docs | cut -f1,2""",
)
def docs(ctx: typer.Context, corpus: CorpusOpt = None, fmt: FormatOpt = None, limit: LimitOpt = None) -> None:
    """List the documents: id, date, outlet, title, words, paragraphs."""
    sess = session(ctx)
    from newscli.queries import docs as query

    records = query.list_docs(sess.index(corpus))
    emit(sess, records[:limit] if limit else records, query.DOC_COLUMNS, fmt, title="Documents")
