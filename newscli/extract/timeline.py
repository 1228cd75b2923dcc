"""Temporal expressions of a document as events: normalised dates, how each was resolved, its sentence
and the people named there. Relative dates lean on the published date; nothing is guessed without it."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from newscli.config import Config
from newscli.extract import anchors, dating, periods, temporal
from newscli.model import Document, Entity, Event

_TABLES: dict[str, temporal.Grammar] = {}


def grammar_for(config: Config) -> temporal.Grammar:
    """The grammar with the config's periods added to the shipped ones (built once per distinct section)."""
    section: Any = config.section("periods")
    key = f"{config.source}\0{section!r}"
    if key not in _TABLES:
        _TABLES[key] = temporal.grammar(periods.table(section, config.source or "config"))
    return _TABLES[key]


def _people_by_offset(entities: list[Entity]) -> tuple[list[int], list[str]]:
    """Starts and canonical names of person mentions, in text order."""
    pairs = sorted(
        (m.start, m.entity)
        for e in entities
        if e.kind == "person"
        for m in e.mentions
        if m.entity and m.kind == "person"
    )
    return [s for s, _ in pairs], [n for _, n in pairs]


def _people_in(starts: list[int], names: list[str], lo: int, hi: int) -> list[str]:
    """The distinct people mentioned in [lo, hi), in order of first mention."""
    return list(dict.fromkeys(names[bisect_right(starts, lo - 1) : bisect_right(starts, hi - 1)]))


def extract(doc: Document, entities: list[Entity], config: Config) -> list[Event]:
    """The dated expressions of one document, resolved against its published date where needed."""
    gram = grammar_for(config)
    sentences = [(s.start, s.end) for p in doc.paragraphs for s in p.sentences]
    sentence_starts = [s for s, _ in sentences]
    ctx = anchors.Context(doc.text, gram, anchors.published_parts(doc.date))
    person_starts, person_names = _people_by_offset(entities)
    events = []

    def resolve(m: re.Match[str]) -> anchors.Dated | None:
        i = bisect_right(sentence_starts, m.start()) - 1
        lo, hi = sentences[i] if i >= 0 and m.start() < sentences[i][1] else (m.start(), m.end())
        ctx.sentence_start, ctx.sentence_end = lo, max(hi, m.end())
        return dating.resolve(m, ctx)

    for m, dated in temporal.scan(doc.text, gram, resolve):
        lo = ctx.sentence_start
        hi = ctx.sentence_end
        ctx.note(dated, m.start())
        events.append(
            Event(
                expression=m.group(),
                doc=doc.id,
                start=m.start(),
                end=m.end(),
                date=dated.value,
                precision=dated.precision,
                anchor=dated.anchor,
                sentence_start=lo,
                sentence_end=ctx.sentence_end,
                people=_people_in(person_starts, person_names, lo, hi),
                repeat=doc.is_repeat(m.start(), m.end()),
            )
        )
    return events
