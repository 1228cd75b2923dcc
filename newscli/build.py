"""Building a corpus into a Store: find its files, read and extract only the new and changed ones
(in worker processes when there are many), merge the entities across documents, say what was done.

Workers return rows in file order whatever order they finish in, and documents, entities and
search hits are ordered by corpus position, so a build is the same however many processes ran it.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from newscli import corpus, serial
from newscli.config import Config
from newscli.model import Problem
from newscli.search import words
from newscli.store import (
    DOCUMENTS,
    FACT_TABLES,
    JSON_FIELDS,
    DocRow,
    EntityRows,
    FileKey,
    Store,
    entity_tables,
)

if TYPE_CHECKING:
    from newscli.extract.people import Merge

PARALLEL_MIN = 200  # files to read before worker processes pay for their start-up
# Files handed to a worker at a time: each hand-over costs the main process ~0.05 ms a file at 16,
# a third of that at 64; smaller when there are few files, so that the workers finish together.
CHUNK_MAX = 64
RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson")  # files that may hold many articles

Progress = Callable[[int, int], None]


class Entry(NamedTuple):
    """A corpus file as found now: where to open it, its name relative to the corpus, its key."""

    path: str
    rel: str
    key: FileKey


@dataclass
class Listing:
    """The files of a corpus as they are now, its folders' modification times, what walking met."""

    root: str
    entries: list[Entry]
    folders: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def digest(self) -> str:
        """One value that changes when any file is added, removed or changed (size or time)."""
        text = "\n".join(f"{e.rel}\0{e.key.size}\0{e.key.mtime}\0{e.key[2:]}" for e in self.entries)
        return hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()


@dataclass
class BuildReport:
    """What bringing the index up to date did."""

    documents: int = 0
    files: int = 0
    new: int = 0
    changed: int = 0
    removed: int = 0
    seconds: float = 0.0


def list_corpus(root: str) -> Listing:
    """The article files of a folder (or the one file) with their keys; stat only, nothing read."""
    problems: list[Problem] = []
    if not os.path.isdir(root):
        stem = os.path.splitext(root)[0]
        side = next((stem + s for s in corpus.SIDECAR_SUFFIXES if os.path.isfile(stem + s)), None)
        return Listing(root, [Entry(root, os.path.basename(root), _key(root, side))])
    visited: list[str] = []
    pairs = corpus.walk(root, problems, visited)
    cut = len(os.path.join(root, ""))
    # Relative names are made printable: SQLite cannot store the surrogates of a non-UTF-8 file name.
    entries = [Entry(path, corpus.display(path[cut:]), _key(path, side)) for path, side in pairs]
    return Listing(root, entries, folder_times(root, [f[cut:] for f in visited]), problems)


def folder_times(root: str, folders: Sequence[str]) -> dict[str, int]:
    """Modification time of each folder (relative to `root`): a file added, removed or renamed in a
    folder changes it."""
    times = {}
    for rel in folders:
        try:
            times[rel] = os.stat(os.path.join(root, rel)).st_mtime_ns
        except OSError:
            times[rel] = -1
    return times


def _key(path: str, side: str | None) -> FileKey:
    """Size and modification time of a file and its sidecar; (-1, -1) when it cannot be stat'ed, so
    it is read again (and its problem reported) every time."""
    try:
        st = os.stat(path)
    except OSError:
        return FileKey(-1, -1)
    if side is None:
        return FileKey(st.st_size, st.st_mtime_ns)
    try:
        ss = os.stat(side)
    except OSError:
        return FileKey(st.st_size, st.st_mtime_ns, os.path.basename(side), -1, -1)
    return FileKey(st.st_size, st.st_mtime_ns, os.path.basename(side), ss.st_size, ss.st_mtime_ns)


def build(
    store: Store,
    listing: Listing,
    config: Config,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> BuildReport:
    """Bring `store` up to date with `listing` in one transaction: forget removed and changed files,
    read new and changed ones, then merge the entities again if anything changed."""
    started = time.perf_counter()
    old = store.file_keys()
    current = {e.rel for e in listing.entries}
    removed = [rowid for rel, (rowid, _) in old.items() if rel not in current]
    changed = [e for e in listing.entries if e.rel in old and old[e.rel][1] != e.key]
    new = [e for e in listing.entries if e.rel not in old]
    report = BuildReport(files=len(listing.entries), new=len(new), changed=len(changed), removed=len(removed))
    store.conn.execute("BEGIN IMMEDIATE")
    try:
        if removed or changed or new:
            with collector_paused():
                _update(
                    store, listing, old, removed, changed, new, config, progress, jobs, config.max_file_bytes
                )
        # A new database gets its look-up indexes once filled (see Store.create_indexes): made in a
        # second thread while this one works out the listing's digest (see finish).
        with _alongside(store.create_indexes):
            digest = listing.digest
        store.set_meta(
            listing=digest,
            folders=json.dumps(listing.folders),
            walk_problems=serial.dumps(listing.problems),
            checked=str(time.time()),
            files=str(len(listing.entries)),
        )
        store.conn.execute("COMMIT")
    except BaseException:
        store.conn.execute("ROLLBACK")
        raise
    report.documents = store.count_documents()
    report.seconds = time.perf_counter() - started
    return report


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a build runs: the build keeps millions of objects alive
    (rows, every document's entities), and each full collection would scan them all again, which
    made up a third of the main process's time on 10,000 articles. A build makes next to no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _update(
    store: Store,
    listing: Listing,
    old: dict[str, tuple[int, FileKey]],
    removed: list[int],
    changed: list[Entry],
    new: list[Entry],
    config: Config,
    progress: Progress | None,
    jobs: int | None,
    max_bytes: int,
) -> None:
    fresh = not old
    store.delete_files(removed + [old[e.rel][0] for e in changed])
    stale = {e.rel for e in changed}
    todo = [e for e in listing.entries if e.rel not in old or e.rel in stale]
    # Worker processes start first: they get ready (see _start_worker) while the ids are guessed.
    with _extractor(len(todo), config, jobs) as extracted:
        guesses = _guess_ids(store, listing, {e.rel for e in todo})
        tasks = [(e.path, e.rel, guesses.get(e.rel), max_bytes) for e in todo]
        added: list[int] = []
        positions = {e.rel: pos for pos, e in enumerate(listing.entries)}
        # A fresh build reads every file in corpus order: its entities are merged as they come, while
        # the workers extract the rest, instead of all read back from the store at the end.
        from newscli.extract import people

        merging = people.Merge(EntityRows) if fresh else None
        for done, (entry, (problems, docs)) in enumerate(zip(todo, extracted(tasks), strict=True), 1):
            file = store.add_file(entry.rel, entry.key, positions[entry.rel])
            store.add_problems(file, problems)
            for seq, doc in enumerate(docs):
                added.append(store.add_document(file, seq, doc))
                if merging is not None:
                    merging.add(EntityRows(*values) for values in doc.entities)
            if progress:
                progress(done, len(todo))
    store.flush()
    rowids = store.file_rowids()
    store.set_file_positions((pos, rowids[rel]) for rel, pos in positions.items())
    if _settle_ids(store, listing, config, max_bytes):
        merging = None  # some documents were read again under other ids
    finish(store, added, fresh, merging)


def finish(store: Store, added: Sequence[int], fresh: bool, merging: Merge[EntityRows] | None = None) -> None:
    """After documents were added or removed: number them in corpus order, merge the entities again
    (or finish `merging`, fed every document in corpus order), and bring the vocabulary of the search
    index up to date.

    SQLite lets go of the GIL while a statement runs, so the long statements (the vocabulary, the
    indexes) run in a second thread while this one works out the entity rows in pure Python; this
    thread runs no SQL meanwhile, so the statements run in the same order every time. The indexes
    of the entities' mentions and roles follow in `build`.
    """
    store.number_documents()
    whole = fresh or len(added) > store.count_documents() // 20
    terms = set() if whole else _new_terms(store, added)
    if merging is None:
        merging = _stored_entities(store)
    order, spoke = store.doc_order(), store.speaker_quotes()
    with _alongside(_index_facts, store, whole, terms):
        merged = _merge_entities(merging)
        tables = entity_tables(merged, order, spoke)
    store.replace_entities(tables)
    store.add_names(_name_keys(merged))


@contextlib.contextmanager
def _alongside(work: Callable[..., object], *args: object) -> Iterator[None]:
    """Run `work(*args)` in a second thread while the body runs; its error, if any, is raised after."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        running = pool.submit(work, *args)
        yield
        running.result()


def _index_facts(store: Store, whole: bool, terms: set[str]) -> None:
    """The vocabulary of the search index (rebuilt `whole`, or `terms` added) and the fact tables'
    look-up indexes."""
    if whole:
        store.rebuild_terms()
    else:
        store.add_terms(terms)
    store.create_indexes(FACT_TABLES)


def _guess_ids(store: Store, listing: Listing, todo: set[str]) -> dict[str, list[str]]:
    """Likely final ids of the one-article files about to be read, so that their facts name the
    right document in nearly every case (`_settle_ids` mends the rest)."""
    stored: dict[int, list[tuple[str, str]]] = {}
    for _, file, base, rel, _ in store.doc_names():
        stored.setdefault(file, []).append((base, rel))
    rowids = store.file_rowids()
    names: list[tuple[str, str]] = []
    owners: list[str] = []
    for e in listing.entries:
        if e.rel in todo:
            stem, suffix = os.path.splitext(os.path.basename(e.rel))
            if suffix.lower() in RECORD_SUFFIXES:
                continue  # its ids are inside it
            # The name without the suffix of its last part: os.path.splitext(e.rel)[0], for half the cost.
            names.append((stem, e.rel[: len(e.rel) - len(suffix)].replace(os.sep, "/")))
            owners.append(e.rel)
        else:
            stored_names = stored.get(rowids.get(e.rel, -1), [])
            names.extend(stored_names)
            owners.extend([""] * len(stored_names))
    guesses: dict[str, list[str]] = {}
    for owner, doc_id in zip(owners, corpus.unique_ids(names), strict=True):
        if owner:
            guesses[owner] = [doc_id]
    return guesses


def _settle_ids(store: Store, listing: Listing, config: Config, max_bytes: int) -> bool:
    """Give every document its corpus-unique id; a file whose documents were read under another id
    (a new clash of names) is read again under the right ones, so every fact names its document.
    Says whether any file was read again."""
    docs = store.doc_names()
    final = corpus.unique_ids([(base, rel) for _, _, base, rel, _ in docs])
    wrong: dict[int, None] = {}
    for (_, file, _, _, doc_id), want in zip(docs, final, strict=True):
        if doc_id != want:
            wrong[file] = None
    if not wrong:
        return False
    ids_of: dict[int, list[str]] = {}
    for (_, file, *_), want in zip(docs, final, strict=True):
        ids_of.setdefault(file, []).append(want)
    by_rowid = {rowid: rel for rel, (rowid, _) in store.file_keys().items()}
    entries = {e.rel: e for e in listing.entries}
    _init_worker(config)
    for file in wrong:
        entry = entries[by_rowid[file]]
        for (doc,) in store.conn.execute("SELECT rowid FROM documents WHERE file = ?", (file,)).fetchall():
            store.delete_document(doc)
        _, rows = _read_and_extract((entry.path, entry.rel, ids_of[file], max_bytes))
        for seq, row in enumerate(rows):
            store.add_document(file, seq, row)
    store.flush()
    return True


def _stored_entities(store: Store) -> Merge[EntityRows]:
    """Every stored document's own entities fed to a merge, in corpus order."""
    from newscli.extract import people

    merging = people.Merge(EntityRows)
    for entities in store.entity_inputs():
        merging.add(entities)
    return merging


def _merge_entities(merging: Merge[EntityRows]) -> list[EntityRows]:
    """The corpus-wide entities, once every document was fed to `merging`."""
    return merging.result()


def _name_keys(merged: Sequence[EntityRows]) -> list[tuple[str, int]]:
    """(folded name, entity position) pairs for looking people up by any of their names."""
    keys = []
    for i, ent in enumerate(merged):
        if ent.kind == "person":
            keys.extend((k, i) for k in dict.fromkeys(words.key(n) for n in (ent.name, *ent.aliases)) if k)
    return keys


def _new_terms(store: Store, docs: Sequence[int]) -> set[str]:
    """The indexed words of the passages of some documents (a small refresh)."""
    terms: set[str] = set()
    for doc in docs:
        (text,) = store.conn.execute("SELECT text FROM documents WHERE rowid = ?", (doc,)).fetchone()
        for start, end in store.conn.execute('SELECT start, "end" FROM passages WHERE doc = ?', (doc,)):
            terms.update(w for w, _, _ in words.tokens(text, start, end))
    return terms


# --- reading and extracting (in this process or in workers) ---------------------------------------

_config = Config()
Task = tuple[str, str, list[str] | None, int]  # path, relative path, ids to give, size limit


def _init_worker(config: Config) -> None:
    global _config
    _config = config


def _start_worker(config: Config) -> None:
    """Set up a worker process: the config, the collector that a forked worker finds paused, and the
    extractors' lazily loaded data and compiled patterns, made ready on a short sample article (0.2 s)
    while the main process is still working out the tasks."""
    _init_worker(config)
    doc_row(_SAMPLE, _SAMPLE.base_id, config)
    gc.enable()
    # Extraction makes many short-lived objects and few cycles: collecting the youngest generation
    # every 10,000 allocations instead of 700 saves ~4 % of a worker's CPU, and freezing what the
    # worker inherited (and loaded to get ready) keeps the older collections from scanning it.
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


_SAMPLE = corpus.Raw(
    "sample",
    "sample",
    'A sample\n\nMaren Tolvik, the minister, said on Monday 3 May 2004: "We will win." The agency agreed.',
    "sample.txt",
    {},
)


def _read_and_extract(task: Task) -> tuple[list[Problem], list[DocRow]]:
    """Read one file and extract the facts of each of its articles, as rows ready to store."""
    path, rel, ids, max_bytes = task
    problems: list[Problem] = []
    raws = corpus.read_file(path, rel, max_bytes, problems)
    rows = [
        doc_row(raw, ids[i] if ids and i < len(ids) else raw.base_id, _config) for i, raw in enumerate(raws)
    ]
    return problems, rows


def doc_row(raw: corpus.Raw, doc_id: str, config: Config) -> DocRow:
    """One article made into a Document, its facts extracted, as rows ready to store."""
    from newscli.extract import extract_all

    doc = corpus.make_document(raw, doc_id)
    facts = extract_all(doc, config)
    # Indexed whole, then cut: a paragraph has space (or nothing) on either side, as in its own text.
    indexed = words.index_text(doc.text)
    return DocRow(
        base_id=raw.base_id,
        rel=raw.rel,
        id=doc.id,
        values=DOCUMENTS.row(doc),
        words=doc.words(),
        passages=[
            (p.index, p.start, p.end, indexed[p.start : p.end]) for p in doc.paragraphs if p.repeat_of is None
        ],
        facts={f: serial.dumps(getattr(facts, f)) for f in JSON_FIELDS},
        fact_rows={name: [tbl.row(x) for x in getattr(facts, name)] for name, tbl in FACT_TABLES.items()},
        entities=[EntityRows.values(e) for e in facts.entities],
    )


Extract = Callable[[list[Task]], Iterator[tuple[list[Problem], list[DocRow]]]]


@contextlib.contextmanager
def _extractor(count: int, config: Config, jobs: int | None) -> Iterator[Extract]:
    """What maps tasks to the results of `_read_and_extract` in task order: worker processes, started
    at once, when `count` files make it worth it; else this process."""
    jobs = jobs or default_jobs()
    if jobs <= 1 or count < PARALLEL_MIN:
        _init_worker(config)
        yield lambda tasks: map(_read_and_extract, tasks)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    # Not multiprocessing.Pool: its thread that watches the workers wakes at every result waiting in
    # the pipe without reading it, which cost the main process ~0.03 ms of CPU a file.
    pool = ProcessPoolExecutor(jobs, ctx, _start_worker, (config,))
    pool.submit(int)  # an empty task starts the workers now, to get ready while the ids are guessed
    try:
        yield lambda tasks: pool.map(
            _read_and_extract, tasks, chunksize=max(1, min(CHUNK_MAX, len(tasks) // (8 * jobs)))
        )
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)  # a failed build stops now: queued files dropped
        raise
    pool.shutdown()


def default_jobs() -> int:
    """How many processes extraction may use: the CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1
