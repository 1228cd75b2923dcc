"""Properties of search, for any article text and any word of it (or none): no internal error, and every hit's
passage and highlights are exact offsets into the document. Skipped where `search` is not on the branch.

Search runs through the CLI with its JSON contract (doc, score, passage, start, end, highlights), so
the test holds whatever the search module's inner API is.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tests.conftest import run
from tests.properties import budget, news_text, short_text
from tests.test_hostile_terminal import registered

pytestmark = pytest.mark.skipif("search" not in registered(), reason="`search` is not on this branch")
WORD = re.compile(r"\w+")


@budget(300)
@given(news_text, st.data())
def test_every_hit_points_at_exactly_its_passage_and_words(source, data):
    assume(source.strip())  # an empty corpus is a usage error (exit 2), not a search
    words = WORD.findall(source)
    query = data.draw(st.sampled_from(words) if words else short_text.filter(str.strip))
    stdin = json.dumps({"id": "h", "text": source})
    result = run("--corpus", "-", "search", "--format", "json", "--", query, stdin=stdin)
    assert "internal error" not in result.stderr, result.stderr
    if result.exit_code:  # 1: nothing matched; 2: a query with nothing to find (`"`, `-x` alone)
        assert result.exit_code in (1, 2) and result.stdout == ""
        return
    text = source.replace("\r\n", "\n").replace("\r", "\n")  # as loading normalises newlines
    for hit in json.loads(result.stdout):
        assert hit["doc"] == "h"
        assert 0 <= hit["start"] <= hit["end"] <= len(text)
        assert text[hit["start"] : hit["end"]] == hit["passage"]
        for start, end in hit["highlights"]:
            assert 0 <= start < end <= len(text)
