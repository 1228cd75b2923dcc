"""What the property suite (tests/test_properties_*.py) shares: its example budget and text strategies.

Each test runs `budget(n)` generated cases; the budgets add up to 12,500 per run. Set
NEWSCLI_PROPERTY_SCALE (a factor, e.g. 10) to run more; `--hypothesis-show-statistics` counts them.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SCALE = float(os.environ.get("NEWSCLI_PROPERTY_SCALE", "1"))


def budget(examples: int) -> settings:
    """Hypothesis settings for `examples` cases (times the scale), with no per-case deadline."""
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


# Pieces of news text, and of text crafted against the tools that read it.
WORDS = (
    "the a of said told added according to he she they it was in on at by Mr. Mrs. Dr. Gen. Sen. "
    "President Minister leader former U.S. U.K. Maria Gonzalez Anna Lee Jean-Luc Park O'Brien McDonald "
    "Tuesday June January 18, 2024 1948 1990s 20th century last week yesterday ago two decades next "
    "month of Ministry Foundation Corp. Inc. North Korea Washington BBC Reuters I We You The A In As"
).split()
MARKS = ('"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''", "\u00ab", "\u00bb")
PUNCT = (".", ",", "!", "?", "...", "\u2026", ":", ";", "(", ")", "[", "]", "-", "\u2014", "'s", "\u2019s")
SPACES = (" ", " ", " ", " ", "\n", "\n\n", "\n \n", "\t", "\u00a0", "\r\n", "\u2028")
HOSTILE = (
    "\x1b[31m",
    "\x1b]8;;https://x.example/\x07",
    "\x1b]0;title\x07",
    "\x9b2J",
    "\x00",
    "\x07",
    "\u202e",
    "\u200b",
    "\u2066",
    "\ufeff",
    "\U000e0041",
    "\u0301\u0301",
    "[bold]",
    "[/]",
    "[link=https://x.example/]",
    "\ufffd",
)
piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(PUNCT),
    st.sampled_from(SPACES),
    st.sampled_from(HOSTILE),
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9).map(str.capitalize),
    st.text(max_size=4),
)


def text_of(pieces: int) -> st.SearchStrategy[str]:
    """Mostly news-like text of up to `pieces` pieces; sometimes any Unicode at all."""
    return st.one_of(
        st.lists(piece, max_size=pieces).map("".join),
        st.lists(piece, max_size=pieces).map(" ".join),
        st.text(max_size=pieces * 2),
    )


news_text = text_of(150)  # an article's worth of trouble
short_text = text_of(12)  # a field: an id, a title, a name
