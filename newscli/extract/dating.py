"""What a found expression means: one resolver per family of the grammar in `temporal`, each giving a
`Dated` (a date, how it was resolved) or None when the words are not a date after all (2,000 troops)."""

from __future__ import annotations

import re
from collections.abc import Callable

from newscli.extract import days, spans, years
from newscli.extract.anchors import Context, Dated

RESOLVERS: dict[str, Callable[[re.Match[str], Context], Dated | None]] = {
    "period": years.period,
    "iso": days.iso,
    "date_md": days.day_of_month,
    "date_dm": days.day_of_month,
    "month_year": days.month_year,
    "month": days.month,
    "year_range": years.year_range,
    "year": years.year,
    "year_words": years.year_words,
    "decade": years.decade,
    "century": years.century,
    "fiscal": spans.fiscal,
    "quarter_code": spans.quarter_code,
    "year_ago": spans.year_ago,
    "season": days.season,
    "relday": days.relative_day,
    "weekday": days.weekday,
    "holiday": days.holiday,
    "relunit": spans.unit,
    "ago": spans.ago,
    "vague": spans.vague,
}


def resolve(m: re.Match[str], ctx: Context) -> Dated | None:
    """The meaning of one match of the grammar, or None when it is not a date after all."""
    return RESOLVERS[m.lastgroup or ""](m, ctx)
