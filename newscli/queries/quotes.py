"""Quote queries: pure functions from the index to quote records and to the sourcing picture of a corpus."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict
from typing import Any

from newscli.errors import NotFound
from newscli.index import Index
from newscli.model import Quote
from newscli.output import Column
from newscli.search.words import key as words_key

STATEMENT_KINDS = ("full", "partial")  # what is listed unless --kind says otherwise; scare quotes are not
KINDS = ("statement", "full", "partial", "scare", "all")
UNATTRIBUTED = "(unattributed)"
HINT_SCORE = 55  # a name scoring this close is offered as "did you mean"

QUOTE_COLUMNS = (
    Column("speaker", "speaker"),
    Column("text", "quote", wrap=True),
    Column("cue", "cue"),
    Column("doc", "doc"),
)
RULE_COLUMN = Column("rule", "rule")
STATS_COLUMNS = (
    Column("speaker", "speaker"),
    Column("quotes", "quotes", numeric=True),
    Column("documents", "documents", numeric=True),
    Column("share", "share", numeric=True),
)


def quote_columns(explain: bool) -> tuple[Column, ...]:
    """The columns of `newscli quotes`; --explain adds the rule that named the speaker."""
    return (*QUOTE_COLUMNS, RULE_COLUMN) if explain else QUOTE_COLUMNS


def quote_record(quote: Quote, explain: bool = False) -> dict[str, Any]:
    """One quotation as a record: text, speaker, cue, to, kind, doc, paragraph, start, end (the contract)."""
    record = asdict(quote)
    rule = record.pop("rule")
    if explain:
        record["rule"] = rule
    return record


def select(
    index: Index,
    by: str | None = None,
    doc: str | None = None,
    contains: str | None = None,
    kind: str = "statement",
) -> list[Quote]:
    """The quotations that pass every filter, in corpus order (speaker and document are looked up in
    the index, so `--by` reads that person's quotations only)."""
    if doc is not None and index.document(doc) is None:
        from newscli.queries.docs import find_document

        find_document(index, doc)  # raises NotFound with the closest ids
    speakers = set(speakers_named(index, by)) if by is not None else None
    quotes: Iterable[Quote] = index.quotes(doc=doc, speakers=speakers)
    if kind != "all":
        kinds = STATEMENT_KINDS if kind == "statement" else (kind,)
        quotes = (q for q in quotes if q.kind in kinds)
    if contains:
        needle = contains.casefold()
        quotes = (q for q in quotes if needle in q.text.casefold())
    return list(quotes)


def speakers_named(index: Index, query: str) -> list[str]:
    """The speakers a half-remembered name stands for (scored as `newscli show NAME` scores names, with
    the name and aliases of the corpus person each speaker is: "rick parry" finds the quotations of
    an article that calls him only "Parry"): the best match, and any as good."""
    from newscli.queries.people import MIN_SCORE, name_score

    aliases = {e.name: e.aliases for e in index.entity_stats("person")}
    people = index.speaker_people()

    def names(speaker: str) -> list[str]:
        person = people.get(words_key(speaker), speaker)
        return list(dict.fromkeys([speaker, person, *aliases.get(person, [])]))

    scored = sorted(((name_score(query, names(s)), s) for s in index.speakers()), reverse=True)
    if not scored or scored[0][0] < MIN_SCORE:
        hint = f"did you mean: {scored[0][1]}" if scored and scored[0][0] >= HINT_SCORE else None
        raise NotFound(
            f"no speaker like {query!r}", hint=hint or "`newscli quotes --stats` lists the speakers"
        )
    return [name for score, name in scored if score == scored[0][0]]


def list_quotes(quotes: list[Quote], explain: bool = False) -> list[dict[str, Any]]:
    """Records for `newscli quotes`."""
    return [quote_record(q, explain) for q in quotes]


def stats(quotes: list[Quote], people: Mapping[str, str]) -> list[dict[str, Any]]:
    """Per speaker: quotations, documents and share of all; the unattributed share last. A speaker is
    counted as the corpus person its name belongs to (`people`, by folded name: Index.speaker_people),
    as the people table counts them: "Parry" of one article is Rick Parry of the corpus."""
    counts: dict[str, list[Any]] = {}
    for q in quotes:
        speaker = people.get(words_key(q.speaker), q.speaker) if q.speaker else UNATTRIBUTED
        entry = counts.setdefault(speaker, [0, set()])
        entry[0] += 1
        entry[1].add(q.doc)
    total = len(quotes) or 1
    rows = [
        {"speaker": name, "quotes": n, "documents": len(docs), "share": round(n / total, 3)}
        for name, (n, docs) in counts.items()
    ]
    rows.sort(key=lambda r: (r["speaker"] == UNATTRIBUTED, -r["quotes"], r["speaker"]))
    return rows
