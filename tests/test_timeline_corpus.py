"""The timeline extractor over the shared BBC corpus: every event points at its words, every date parses."""

from __future__ import annotations

import re

import pytest

from newscli.config import Config
from newscli.corpus import load
from newscli.extract import timeline
from newscli.extract.isodates import PRECISIONS, bounds

pytestmark = pytest.mark.slow


def test_every_bbc_event_has_exact_offsets_and_a_well_formed_date(shared):
    docs = load(str(shared / "corpus" / "bbc")).documents
    assert len(docs) > 2000
    seen = 0
    for doc in docs:
        for e in timeline.extract(doc, [], Config()):
            seen += 1
            assert doc.text[e.start : e.end] == e.expression
            assert e.sentence_start <= e.start < e.end <= e.sentence_end
            assert e.date is None or (bounds(e.date) is not None and e.precision in PRECISIONS)
            assert (e.date is None) == (e.anchor in ("unresolved", "vague"))
            assert not re.search(r"\d,\d{3}|[$\u00a3]\d", e.expression)  # counts and prices are no dates
    assert seen > 5000
