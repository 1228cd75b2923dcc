"""Quotations over real articles (../shared): exact offsets, and no quotation outrunning its paragraph."""

from __future__ import annotations

import pytest

from newscli.index import Index

pytestmark = pytest.mark.slow


def test_bbc_quotations_stay_in_their_paragraphs(shared):
    index = Index.build(str(shared / "corpus" / "bbc" / "politics"))
    quotes = index.quotes()
    assert len(quotes) > 1000
    for q in quotes:
        doc = index.document(q.doc)
        para = doc.paragraphs[q.paragraph]
        assert doc.text[q.start : q.end] == q.text
        assert para.start <= q.start < q.end <= para.end
    named = [q for q in quotes if q.kind != "scare"]
    assert sum(q.speaker is not None for q in named) / len(named) > 0.5
