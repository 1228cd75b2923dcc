"""The calendar words the timeline reads (data/calendar.yaml): months, weekdays, seasons, holidays,
numbers, and the cue words for tense and for numbers that are counts rather than years."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "calendar.yaml"


@dataclass(frozen=True)
class Calendar:
    """The calendar words of calendar.yaml, keyed by their lower-case spelling."""

    months: dict[str, int]  # full names and abbreviations
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]  # 0 = Monday
    weekday_name_words: frozenset[str]
    weekday_names_after: frozenset[str]
    seasons: dict[str, str]
    holidays: dict[str, dict[str, object]]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    decade_words: dict[str, int]
    measure_words: frozenset[str]
    count_words_before: frozenset[str]
    year_plurals: frozenset[str]
    future_cues: frozenset[str]
    past_cues: frozenset[str]


@cache
def calendar() -> Calendar:
    """calendar.yaml, read once."""
    from newscli.yamlio import load_yaml

    raw = load_yaml(DATA.read_text(encoding="utf-8"), str(DATA))
    months: dict[str, int] = {}
    for name, (number, *abbreviations) in raw["months"].items():
        months.update(dict.fromkeys([name, *abbreviations], number))
    words = {k: frozenset(str(w).lower() for w in raw[k]) for k in raw if isinstance(raw[k], list)}
    return Calendar(
        months=months,
        ambiguous_months=words["ambiguous_months"],
        weekdays={w: i for i, w in enumerate(raw["weekdays"])},
        weekday_name_words=words["weekday_name_words"],
        weekday_names_after=words["weekday_names_after"],
        seasons=raw["seasons"],
        holidays=raw["holidays"],
        numbers=raw["numbers"],
        ordinals=raw["ordinals"],
        decade_words=raw["decade_words"],
        measure_words=words["measure_words"],
        count_words_before=words["count_words_before"],
        year_plurals=words["year_plurals"],
        future_cues=words["future_cues"],
        past_cues=words["past_cues"],
    )
