"""Query functions: pure, from an Index to records (plain dicts) ready for any renderer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newscli.errors import NotFound
from newscli.output import Column

if TYPE_CHECKING:
    from newscli.index import Index
    from newscli.model import Document

DOC_COLUMNS = (
    Column("id", "id"),
    Column("date", "date"),
    Column("outlet", "outlet"),
    Column("title", "title", wrap=True),
    Column("words", "words", numeric=True),
    Column("paragraphs", "paragraphs", numeric=True),
)

ARTICLE_COLUMNS = (
    *(Column(k, k) for k in ("id", "title", "date", "outlet", "url", "author", "source")),
    Column("words", "words", numeric=True),
    Column("text", "text", wrap=True),
)


def doc_row(doc: Document) -> dict[str, Any]:
    """One line of `newscli docs`."""
    return {
        "id": doc.id,
        "date": doc.date,
        "outlet": doc.outlet,
        "title": doc.title,
        "words": doc.words(),
        "paragraphs": len(doc.paragraphs),
        "source": doc.source,
    }


def list_docs(index: Index) -> list[dict[str, Any]]:
    """Every document of the corpus, in corpus order."""
    return [doc_row(d) for d in index.documents]


def find_document(index: Index, doc_id: str) -> Document:
    """The document with this id; NotFound suggests the closest ids when there is none."""
    doc = index.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}", hint=_suggest(doc_id, [d.id for d in index.documents]))
    return doc


def _suggest(wanted: str, ids: list[str]) -> str | None:
    from rapidfuzz import fuzz, process, utils

    close = process.extract(wanted, ids, scorer=fuzz.WRatio, processor=utils.default_process, limit=3)
    good = [c for c, score, _ in close if score >= 60]
    return f"did you mean: {', '.join(good)}" if good else "`newscli docs` lists the ids"


def document_record(doc: Document) -> dict[str, Any]:
    """A whole article as one record: metadata, full text, and paragraph/sentence offsets."""
    return {
        "id": doc.id,
        "title": doc.title,
        "date": doc.date,
        "outlet": doc.outlet,
        "url": doc.url,
        "author": doc.author,
        "source": doc.source,
        "words": doc.words(),
        "text": doc.text,
        "paragraphs": [
            {
                "index": p.index,
                "start": p.start,
                "end": p.end,
                "repeat_of": p.repeat_of,
                "sentences": [[s.start, s.end] for s in p.sentences],
            }
            for p in doc.paragraphs
        ],
        "repeats": [[r.start, r.end] for r in doc.repeats],
    }
