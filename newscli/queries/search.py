"""`newscli search` records: ranked passages with the offsets of the words that matched."""

from __future__ import annotations

from typing import Any

from newscli.index import Index
from newscli.output import Column
from newscli.search import engine

SEARCH_COLUMNS = (
    Column("doc", "doc"),
    Column("score", "score", numeric=True),
    Column("start", "start", numeric=True),
    Column("end", "end", numeric=True),
    Column("title", "title"),
    Column("passage", "passage", wrap=True),
)


def search(index: Index, text: str, options: engine.Options) -> tuple[list[dict[str, Any]], list[str]]:
    """Hits for a query as records (best first), and notes for stderr."""
    result = engine.search(index, text, options)
    return [hit_record(h) for h in result.hits], result.notes


def hit_record(hit: engine.Hit) -> dict[str, Any]:
    """One hit: `highlights` are [start, end] pairs into the document text, like `start` and `end`."""
    return {
        "doc": hit.doc,
        "score": hit.score,
        "passage": hit.passage,
        "start": hit.start,
        "end": hit.end,
        "highlights": [[s, e] for s, e in hit.highlights],
        "paragraph": hit.paragraph,
        "title": hit.title,
        "date": hit.date,
        "outlet": hit.outlet,
    }
