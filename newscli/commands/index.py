"""`newscli index`: build or refresh the corpus's cache now, and say what was done."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from newscli.app import CorpusOpt, FormatOpt, app, emit, session
from newscli.output import Column

INDEX_COLUMNS = tuple(
    Column(k, k, numeric=k not in ("corpus", "cache"))
    for k in ("corpus", "cache", "documents", "files", "new", "changed", "removed", "seconds")
)


@app.command(
    "index",
    epilog="""Other commands use the cache too and refresh it when files changed; this one looks at
every file even of a very big corpus, and can start afresh.\n
Examples:\n
  newscli --corpus ~/articles index\n
  newscli --corpus ~/articles index --format json | jq .seconds\n
  newscli index --rebuild | cut -f3-""",
)
def index(
    ctx: typer.Context,
    corpus: CorpusOpt = None,
    fmt: FormatOpt = None,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Throw the cache away and build it anew.")
    ] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Processes for extraction (default: the CPUs).")
    ] = None,
) -> None:
    """Build or refresh the cache of the corpus and say what it did.

    Prints documents, new, changed and removed files, and the time taken.
    """
    from newscli.cache import cache_file

    sess = session(ctx)
    sess.jobs = jobs or sess.jobs
    started = time.perf_counter()
    built = sess.index(corpus, rebuild=rebuild, check_all=True)
    report = built.report
    record = {
        "corpus": built.path,
        "cache": str(cache_file(built.path)) if sess.use_cache and built.path != "-" else "(memory)",
        "documents": built.count,
        "files": report.files if report else None,
        "new": report.new if report else 0,
        "changed": report.changed if report else 0,
        "removed": report.removed if report else 0,
        "seconds": round(time.perf_counter() - started, 3),
    }
    emit(sess, [record], INDEX_COLUMNS, fmt, title="Index")
