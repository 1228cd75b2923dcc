"""Running a search over the index: names and fuzzy words expanded, typos forgiven, BM25 ranking.

A query becomes an SQLite FTS5 expression over passages (paragraphs that do not repeat an earlier
one). Every term is handed to FTS5 as a quoted phrase of folded words, so no user input is ever
read as FTS5 syntax. Names: a run of query words that is the name or an alias of a person in the
people index also finds that person's other names ("Putin" finds "Vladimir Putin" and back).
Typos: when nothing matches, a word the index has never seen is replaced by the closest word it
has, and the caller is told so.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from newscli.index import Index
from newscli.model import Paragraph
from newscli.search import lookups, words
from newscli.search.query import Query, Term, parse
from newscli.store import Store

Phrase = tuple[str, ...]  # folded words to find one after the other
MAX_NAME_WORDS = 6  # longest run of query words looked up as a name
MAX_FUZZY_WORDS = 30  # most spellings a `word~` stands for


@dataclass
class Options:
    """How to search: how many hits, literal words only, which documents, how much text around."""

    limit: int = 20
    exact: bool = False
    doc: str | None = None
    since: str | None = None
    until: str | None = None
    context: int | None = None  # sentences around the matched ones; None: the whole paragraph


@dataclass
class Hit:
    """A passage that matched: offsets into its document, the words to highlight, and its rank."""

    doc: str
    score: float
    paragraph: int
    start: int
    end: int
    passage: str
    highlights: list[tuple[int, int]]
    title: str | None = None
    date: str | None = None
    outlet: str | None = None


@dataclass
class Result:
    """Hits, best first, and notes for stderr (a typo that was replaced)."""

    hits: list[Hit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def search(index: Index, text: str, options: Options) -> Result:
    """The passages that match the query `text`, best first (see the module doc and query.py)."""
    query = parse(text)
    store = index.store
    excluded = [p for term in query.excluded for p in _phrases(store, term)]
    clauses = _plan(store, query.clauses, options.exact)
    rows = _run(store, clauses, excluded, options)
    notes: list[str] = []
    if not rows and not options.exact:
        fixed, notes = _fix_typos(store, query)
        if notes:
            clauses = _plan(store, fixed, options.exact)
            rows = _run(store, clauses, excluded, options)
            notes = notes if rows else []
    return Result(_hits(store, rows, clauses, options), notes)


def _plan(store: Store, clauses: list[list[Term]], exact: bool) -> list[list[Phrase]]:
    """Each clause as the phrases any of which satisfies it; runs of words naming a person become
    one clause holding all that person's names (unless `exact`)."""
    out: list[list[Phrase]] = []
    i = 0
    while i < len(clauses):
        run = None if exact else _name_run(store, clauses, i)
        if run:
            out.append(run[1])
            i += run[0]
            continue
        out.append([p for term in clauses[i] for p in _phrases(store, term)])
        i += 1
    return out


def _name_run(store: Store, clauses: list[list[Term]], i: int) -> tuple[int, list[Phrase]] | None:
    """The longest run of plain words from clause i that is a person's name or alias: (its length,
    the phrases of the words typed and of every name and alias of the people it names).

    A one-word alias ("Putin") is used only when no other person has that word in a name: a bare
    "Kim" may be Kim Jong Un in one sentence and Kim Il Sung in the next.
    """
    plain = []
    for clause in clauses[i : i + MAX_NAME_WORDS]:
        if len(clause) != 1 or clause[0].phrase or clause[0].fuzzy is not None:
            break
        plain.append(clause[0].text)
    for n in range(len(plain), 0, -1):
        key = words.key(" ".join(plain[:n]))
        ids = lookups.entity_ids_for(store, key) if key else []
        if ids:
            phrases = {tuple(key.split()): None}
            for name in lookups.names_of(store, ids):
                phrase = tuple(words.words(name))
                if len(phrase) > 1 or (phrase and lookups.people_with_word(store, phrase[0]) == 1):
                    phrases[phrase] = None
            return n, list(phrases)
    return None


def _phrases(store: Store, term: Term) -> list[Phrase]:
    """The phrases one term stands for: its words, or for `word~` the indexed words spelled like it."""
    found = tuple(words.words(term.text))
    if not found:
        return []
    if term.fuzzy is None or len(found) != 1:
        return [found]
    close = _close_words(store, found[0], term.fuzzy, MAX_FUZZY_WORDS)
    return [(w,) for w in dict.fromkeys([*([found[0]] if lookups.has_term(store, found[0]) else []), *close])]


def _close_words(store: Store, word: str, distance: int, limit: int) -> list[str]:
    """Indexed words within `distance` edits of `word`, closest (then most common) first."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    vocabulary = lookups.vocabulary(store, max(1, len(word) - distance), len(word) + distance)
    terms = [t for t, _ in vocabulary]
    found = process.extract(word, terms, scorer=Levenshtein.distance, score_cutoff=distance, limit=None)
    ranked = sorted(found, key=lambda m: (m[1], -vocabulary[m[2]][1], m[0]))
    return [term for term, dist, _ in ranked if dist > 0][:limit]


def _fix_typos(store: Store, query: Query) -> tuple[list[list[Term]], list[str]]:
    """The query with each plain word the index has never seen replaced by the closest word it has,
    and a note for each replacement."""
    fixed, notes = [], []
    for clause in query.clauses:
        new_clause = []
        for term in clause:
            found = words.words(term.text)
            if term.phrase or term.fuzzy is not None or len(found) != 1 or len(found[0]) < 3:
                new_clause.append(term)
                continue
            if lookups.has_term(store, found[0]):
                new_clause.append(term)
                continue
            close = _close_words(store, found[0], 1 if len(found[0]) < 5 else 2, 1)
            if not close:
                new_clause.append(term)
                continue
            shown = _like(term.text, close[0])
            notes.append(f"no hits for {term.text!r}; showing {shown!r}")
            new_clause.append(Term(shown))
        fixed.append(new_clause)
    return fixed, notes


def _like(typed: str, word: str) -> str:
    """`word` in the case the user typed (Pyongang -> Pyongyang, PYONGANG -> PYONGYANG)."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _run(
    store: Store, clauses: list[list[Phrase]], excluded: list[Phrase], options: Options
) -> list[tuple[int, str, int, int, int, float]]:
    if not clauses or any(not c for c in clauses):
        return []  # a clause with no word in it (only punctuation) matches nothing
    expression = " AND ".join("(" + " OR ".join(map(_fts_phrase, c)) + ")" for c in clauses)
    if excluded:
        expression = f"({expression})" + "".join(f" NOT {_fts_phrase(p)}" for p in excluded)
    return lookups.search(store, expression, options.limit, options.doc, options.since, options.until)


def _fts_phrase(phrase: Phrase) -> str:
    return '"' + " ".join(phrase).replace('"', '""') + '"'


def _hits(
    store: Store,
    rows: list[tuple[int, str, int, int, int, float]],
    clauses: list[list[Phrase]],
    options: Options,
) -> list[Hit]:
    """Hits for the rows a search returned: highlights found again in the passage text."""
    wanted = {p for c in clauses for p in c}
    docs: dict[str, tuple[str, list[Paragraph], dict[str, str | None]]] = {}
    out = []
    for _, doc_id, paragraph, start, end, bm25 in rows:
        if doc_id not in docs:
            docs[doc_id] = lookups.passage_context(store, doc_id)
        text, paragraphs, meta = docs[doc_id]
        marks = highlights(text, start, end, wanted)
        if options.context is not None and marks:
            start, end = _around(paragraphs, marks, options.context, start, end)
        out.append(Hit(doc_id, round(-bm25, 4), paragraph, start, end, text[start:end], marks, **meta))
    return out


def highlights(text: str, start: int, end: int, phrases: set[Phrase]) -> list[tuple[int, int]]:
    """Spans of text[start:end] where one of `phrases` is said, as [start, end) document offsets."""
    found = words.tokens(text, start, end)
    seq = [w for w, _, _ in found]
    by_first: dict[str, list[Phrase]] = {}
    for p in phrases:
        by_first.setdefault(p[0], []).append(p)
    spans = []
    for i, w in enumerate(seq):
        for p in by_first.get(w, ()):
            if tuple(seq[i : i + len(p)]) == p:
                spans.append((found[i][1], found[i + len(p) - 1][2]))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _around(
    paragraphs: list[Paragraph], marks: list[tuple[int, int]], context: int, start: int, end: int
) -> tuple[int, int]:
    """From `context` sentences before the first highlighted sentence to as many after the last."""
    sentences = [s for p in paragraphs for s in p.sentences]
    if not sentences:
        return start, end
    starts = [s.start for s in sentences]
    first = max(0, bisect.bisect_right(starts, marks[0][0]) - 1 - context)
    last = min(len(sentences) - 1, bisect.bisect_right(starts, marks[-1][1] - 1) - 1 + context)
    return sentences[first].start, sentences[last].end
