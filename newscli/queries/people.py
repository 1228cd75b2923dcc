"""Queries about people: the listing of `newscli people`, fuzzy name look-up, a person's profile."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from newscli.errors import NotFound, UsageError
from newscli.extract.names import key
from newscli.index import Index
from newscli.model import Document, Entity, Mention, Role
from newscli.output import Column
from newscli.text import sentence_at

SORTS = ("mentions", "name", "first")
PEOPLE_COLUMNS = (
    Column("name", "name"),
    Column("roles", "roles", wrap=True),
    Column("mentions", "mentions", numeric=True),
    Column("documents", "documents", numeric=True),
    Column("quotes", "quotes", numeric=True),
    Column("first_seen", "first seen"),
)
CANDIDATE_COLUMNS = (
    Column("name", "name"),
    Column("kind", "kind"),
    Column("score", "score", numeric=True),
    Column("mentions", "mentions", numeric=True),
)
PROFILE_COLUMNS = (
    Column("name", "name"),
    Column("kind", "kind"),
    Column("aliases", "aliases"),
    Column("roles", "roles"),
    Column("mentions", "mentions", numeric=True),
    Column("documents", "documents"),
    Column("quotes", "quotes", numeric=True),
    Column("events", "events", numeric=True),
)
MIN_SCORE = 75.0  # a look-up below this matches nothing
CLEAR_MARGIN = 6.0  # the best match must lead the next person by this much to open directly
# When none leads, the candidates shown: those within this of the best, so that a typo of a well-known
# name ("gerard" for Gerrard) still appears beside rarer names that match a word exactly.
SHOWN_MARGIN = 12.0
PASSAGES_PER_DOC = 3


def counted(entity: Entity) -> list[Mention]:
    """The mentions that count: not inside text that repeats earlier text (headline, dek)."""
    return [m for m in entity.mentions if not m.repeat]


def role_texts(roles: list[Role]) -> list[str]:
    """Distinct role texts, in the order first found."""
    seen: dict[str, str] = {}
    for role in roles:
        seen.setdefault(" ".join(role.text.lower().split()), " ".join(role.text.split()))
    return list(seen.values())


def people_records(
    index: Index,
    doc: str | None = None,
    min_mentions: int = 1,
    sort: str = "mentions",
    match: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """The people of the corpus (or of one document) as rows of `newscli people`, at most `limit`.

    Over the whole corpus the counts come from the index's per-entity aggregates and roles are read
    for the rows shown only, so a page of people costs the same for 100 or 100,000 articles.
    """
    if sort not in SORTS:
        raise UsageError(f"--sort must be one of {', '.join(SORTS)}, not {sort!r}")
    if doc is None:
        # The index sorts and cuts the page itself unless a name filter or a sort by name comes first.
        page = limit if not match and sort != "name" else None
        stats = index.entity_stats(
            "person", max(min_mentions, 1), "first" if sort == "first" else "mentions", page
        )
        rows = [
            _row(s.name, s.aliases, s.mentions, s.documents, s.quotes, s.first_doc, s.first_date, s.first)
            for s in stats
        ]
    else:
        if index.document(doc) is None:
            from newscli.queries.docs import find_document

            find_document(index, doc)
        quotes = {s.name: s.quotes for s in index.entity_stats("person")}
        rows = _doc_rows(index, doc, min_mentions, quotes)
    if match:
        scores = {id(r): s for r, s in _match_rows(rows, match)}
        rows = [r for r in rows if id(r) in scores]
    if sort == "name":
        rows.sort(key=lambda r: (r["name"].split()[-1].lower(), r["name"].lower()))
    elif sort == "first":
        rows.sort(key=lambda r: r["_first"])
    else:
        rows.sort(key=lambda r: (-r["mentions"], -r["documents"], r["name"].lower()))
    rows = rows[:limit] if limit else rows
    roles = index.roles_of([r["name"] for r in rows], "person")
    for row in rows:
        del row["_first"]
        found = [r for r in roles[row["name"]] if doc is None or r.doc == doc]
        row["roles"] = role_texts(found)
        row["role_sources"] = [
            {"text": r.text, "kind": r.kind, "doc": r.doc, "start": r.start, "end": r.end} for r in found
        ]
    return rows


def _row(
    name: str,
    aliases: list[str],
    mentions: int,
    documents: int,
    quotes: int,
    first_doc: str | None,
    first_date: str | None,
    first: tuple[str, int, int] | None,
) -> dict[str, Any]:
    """One row of `newscli people` (roles are added once the rows to show are known)."""
    return {
        "name": name,
        "aliases": list(aliases),
        "roles": [],
        "mentions": mentions,
        "documents": documents,
        "quotes": quotes,
        "first_seen": first_doc,
        "first_date": first_date,
        "role_sources": [],
        "_first": first,
    }


def _doc_rows(index: Index, doc: str, min_mentions: int, quotes: dict[str, int]) -> list[dict[str, Any]]:
    """Rows for the people one document names, counting that document's mentions only."""
    order = index.doc_order()
    rows = []
    for ent in index.entities_in(doc):
        mentions = [m for m in counted(ent) if m.doc == doc] if ent.kind == "person" else []
        if not mentions or len(mentions) < min_mentions:
            continue
        first = min(mentions, key=lambda m: (*order[m.doc], m.start))
        date = index.document(first.doc).date  # type: ignore[union-attr]
        rows.append(
            _row(
                ent.name,
                ent.aliases,
                len(mentions),
                1,
                quotes.get(ent.name, 0),
                doc,
                date,
                (*order[doc], first.start),
            )
        )
    return rows


def _match_rows(rows: list[dict[str, Any]], query: str) -> list[tuple[dict[str, Any], float]]:
    """Rows whose name or an alias is close to `query` (a filter: every good match is kept)."""
    out = []
    for row in rows:
        score = name_score(query, [row["name"], *row["aliases"]])
        if score >= MIN_SCORE:
            out.append((row, score))
    return out


def _norm(name: str) -> str:
    return key(name).replace(".", "").replace("'s", "")


def name_score(query: str, names: list[str]) -> float:
    """How close `query` is to the best of `names` (0-100), tolerant of typos, case, hyphens, word order."""
    from rapidfuzz import fuzz

    q = _norm(query)
    best = 0.0
    for name in names:
        n = _norm(name)
        if not n:
            continue
        if q == n:
            return 100.0
        score = max(fuzz.ratio(q, n), fuzz.token_sort_ratio(q, n), fuzz.token_set_ratio(q, n) - 8)
        if len(q.split()) == 1 and len(n.split()) > 1:  # a single word against a full name: its best word
            score = max(score, max(fuzz.ratio(q, w) for w in n.split()) - 3)
        best = max(best, score)
    return best


@dataclass
class Lookup:
    """The outcome of a name look-up: the entity that clearly matched, or the close candidates."""

    entity: Entity | None
    candidates: list[tuple[Entity, float]]


def lookup(index: Index, query: str) -> Lookup:
    """The entity `query` names: a clear best fuzzy match over names and aliases of all entities."""
    scored = []
    for ent in index.entities:
        score = name_score(query, [ent.name, *ent.aliases])
        if score >= MIN_SCORE:
            scored.append((ent, score + (0.5 if ent.kind == "person" else 0.0)))
    scored.sort(key=lambda p: (-p[1], -len(counted(p[0]))))
    if not scored:
        raise NotFound(
            f"no person, organisation or place like {query!r}", hint="`newscli people` lists the people"
        )
    if len(scored) == 1 or scored[0][1] - scored[1][1] >= CLEAR_MARGIN or _exact_person(scored):
        return Lookup(scored[0][0], scored)
    return Lookup(None, [p for p in scored if scored[0][1] - p[1] < SHOWN_MARGIN])


def _exact_person(scored: list[tuple[Entity, float]]) -> bool:
    """Whether the best match is a person named exactly so, clear of every other person: an organisation
    of the same name ("Michael Bloomberg" in an article that shows no more) is no rival to show."""
    best, score = scored[0]
    if best.kind != "person" or score <= 100.0:  # 100 and the person bonus: an exact name
        return False
    others = [s for ent, s in scored[1:] if ent.kind == "person"]
    return not others or score - others[0] >= CLEAR_MARGIN


def candidate_rows(found: list[tuple[Entity, float]]) -> list[dict[str, Any]]:
    """Close candidates of an unclear look-up, as rows."""
    return [
        {"name": e.name, "kind": e.kind, "score": round(min(s, 100.0), 1), "mentions": len(counted(e))}
        for e, s in found
    ]


def profile(index: Index, entity: Entity) -> dict[str, Any]:
    """One entity's profile: names, roles with their sentences, mentions per document, passages,
    the people named alongside, and (for a person) the quotes and dated events that name them."""
    mentions = counted(entity) or entity.mentions
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    docs = {d: index.document(d) for d in by_doc}
    # the names its documents gave it: a quotation or event names the person as its document does
    names = {key(n) for n in {entity.name, *(m.entity for m in entity.mentions)} if n}
    return {
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "roles": [
            {
                "text": r.text,
                "kind": r.kind,
                "doc": r.doc,
                "start": r.start,
                "end": r.end,
                "sentence": _sentence(docs.get(r.doc) or index.document(r.doc), r.start),
            }
            for r in entity.roles
        ],
        "mentions": len(mentions),
        "documents": [
            {"doc": d, "title": docs[d].title if docs[d] else None, "mentions": len(ms)}
            for d, ms in by_doc.items()
        ],
        "passages": _passages(docs, by_doc),
        "alongside": _alongside(index, entity, set(by_doc)),
        "quotes": [
            {"text": q.text, "doc": q.doc, "start": q.start, "end": q.end, "cue": q.cue}
            for q in index.quotes()
            if q.speaker and key(q.speaker) in names
        ],
        "events": [
            {"date": e.date, "expression": e.expression, "doc": e.doc, "start": e.start, "end": e.end}
            for e in index.events()
            if any(key(p) in names for p in e.people)
        ],
    }


def profile_row(record: dict[str, Any]) -> dict[str, Any]:
    """A profile flattened to one csv/tsv row: role texts, document ids, counts of quotes and events."""
    return {
        "name": record["name"],
        "kind": record["kind"],
        "aliases": record["aliases"],
        "roles": list(dict.fromkeys(r["text"] for r in record["roles"])),
        "mentions": record["mentions"],
        "documents": [d["doc"] for d in record["documents"]],
        "quotes": len(record["quotes"]),
        "events": len(record["events"]),
    }


def _sentence(doc: Document | None, offset: int) -> dict[str, Any] | None:
    if doc is None:
        return None
    sent = sentence_at(doc.paragraphs, offset)
    if sent is None:
        return None
    return {"start": sent.start, "end": sent.end, "text": doc.text[sent.start : sent.end]}


def _passages(docs: dict[str, Document | None], by_doc: dict[str, list[Mention]]) -> list[dict[str, Any]]:
    """Up to PASSAGES_PER_DOC sentences a document names the entity in, with the name's spans."""
    out = []
    for doc_id, ms in by_doc.items():
        doc = docs[doc_id]
        if doc is None:
            continue
        seen: dict[tuple[int, int], dict[str, Any]] = {}
        for m in ms:
            sent = sentence_at(doc.paragraphs, m.start)
            if sent is None:
                continue
            span = (sent.start, sent.end)
            if span not in seen:
                if len(seen) == PASSAGES_PER_DOC:
                    continue
                seen[span] = {
                    "doc": doc_id,
                    "start": sent.start,
                    "end": sent.end,
                    "text": doc.text[sent.start : sent.end],
                    "highlights": [],
                }
            seen[span]["highlights"].append([m.start, m.end])
        out.extend(seen.values())
    return out


def _alongside(index: Index, entity: Entity, doc_ids: set[str]) -> list[dict[str, Any]]:
    """Other people named in the same documents, most shared documents first."""
    shared: Counter[str] = Counter()
    for ent in index.entities:
        if ent.kind != "person" or ent is entity:
            continue
        n = len({m.doc for m in counted(ent)} & doc_ids)
        if n:
            shared[ent.name] = n
    return [{"name": name, "documents": n} for name, n in sorted(shared.items(), key=lambda p: (-p[1], p[0]))]


def doc_mentions(index: Index, doc_id: str) -> list[dict[str, Any]]:
    """Every person mention of one document as {start, end, text, person} (person None: unresolved)."""
    from newscli.extract.people import person_mentions  # the extractor, only when a document is shown

    facts = index.facts.get(doc_id)
    if facts is None:
        return []
    return [
        {"start": m.start, "end": m.end, "text": m.text, "person": m.entity}
        for m in person_mentions(facts.entities)
    ]
