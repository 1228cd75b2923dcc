"""The persistent cache: one SQLite file per corpus in $XDG_CACHE_HOME/newscli (else ~/.cache/newscli).

A cache is used as it is when it was built by this newscli (version and code), with this config, from
files of the same sizes and modification times (a big corpus: see FULL_CHECK_MAX). Otherwise, under
a lock file so that concurrent runs take turns, it is refreshed in place in one transaction (only
new and changed files are read; a crash rolls back to the old cache), or, when it is missing,
damaged, foreign or made by another version, built anew in a temporary file that then replaces it
atomically. Nothing in it is code: facts are JSON data and tables of plain values.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newscli import __version__, serial
from newscli.build import BuildReport, Listing, Progress, build, folder_times, list_corpus
from newscli.config import Config
from newscli.model import Problem
from newscli.store import SCHEMA_VERSION, Store, StoreError

# Above this many files, a run checks only the folders (a file added, removed, renamed or saved by
# replacing it changes its folder) and stats every file once every RECHECK_SECONDS: stat-ing 100,000
# files takes ~0.4 s on the benchmark machine, most of a warm query's budget. `newscli index`
# always checks every file.
FULL_CHECK_MAX = 20_000
RECHECK_SECONDS = 600


@dataclass
class Opened:
    """A store ready for queries, what it took to bring it up to date, and what to say on stderr."""

    store: Store
    report: BuildReport | None  # None: the cache was up to date
    problems: list[Problem] = field(default_factory=list)  # met while walking the corpus folders
    notes: list[str] = field(default_factory=list)


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/newscli, else ~/.cache/newscli."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newscli"


def cache_file(root: str) -> Path:
    """The cache of the corpus at `root`: its name, then a hash of its full path."""
    real = os.path.realpath(root)
    digest = hashlib.sha256(os.fsencode(real)).hexdigest()[:16]
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", os.path.basename(real.rstrip(os.sep)))[:40] or "corpus"
    return cache_dir() / f"{name}-{digest}.sqlite"


def build_key(root: str, config: Config) -> str:
    """What a cache must have been built with to be refreshed rather than rebuilt: the newscli
    version and code, the schema, the config and the corpus path."""
    parts = [str(SCHEMA_VERSION), __version__, code_fingerprint(), os.path.realpath(root)]
    parts.append(json.dumps(config.raw, sort_keys=True, default=str))
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def code_fingerprint() -> str:
    """Sizes and times of the files of the installed package: extractors or word lists that change
    without a version change (a developer's checkout) still invalidate what they produced."""
    package = Path(__file__).parent
    h = hashlib.blake2b(digest_size=16)
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".py", ".yaml", ".yml", ".txt", ".json")):
                st = os.stat(os.path.join(folder, name))
                h.update(
                    f"{os.path.relpath(folder, package)}/{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode()
                )
    return h.hexdigest()


def open_cached(
    root: str,
    config: Config,
    progress: Progress | None = None,
    jobs: int | None = None,
    check_all: bool = False,
) -> Opened:
    """The corpus's cache, used as it is when up to date, else refreshed or rebuilt (see module doc).

    `check_all` stats every file even of a big corpus (see FULL_CHECK_MAX).
    """
    path = cache_file(root)
    key = build_key(root, config)
    store = _open_if_built_with(path, key)
    if store is not None and not check_all and _folders_unchanged(store, root):
        return Opened(store, None, serial.loads(list[Problem], store.meta("walk_problems") or "[]"))
    listing = list_corpus(root)
    if store is not None and store.meta("listing") == listing.digest:
        if len(listing.entries) > FULL_CHECK_MAX:
            with contextlib.suppress(sqlite3.Error):
                store.set_meta(checked=str(time.time()), folders=json.dumps(listing.folders))
        return Opened(store, None, listing.problems)
    if store is not None:
        store.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _lock(path):
            return _refresh_or_rebuild(path, key, listing, config, progress, jobs)
    except OSError as exc:
        opened = in_memory(listing, config, progress, jobs)
        opened.notes.append(f"cannot write the cache {path} ({exc.strerror or exc}); working in memory")
        return opened


def _open_if_built_with(path: Path, key: str) -> Store | None:
    """The cache at `path` if it opens cleanly and was built with `key`, else None."""
    try:
        store = Store.open(str(path))
    except StoreError:
        return None
    if store.meta("key") == key:
        return store
    store.close()
    return None


def _folders_unchanged(store: Store, root: str) -> bool:
    """For a big corpus checked in full lately: whether every folder is as it was (see FULL_CHECK_MAX)."""
    folders = json.loads(store.meta("folders") or "{}")
    if store.meta("files") is None or int(store.meta("files") or 0) <= FULL_CHECK_MAX:
        return False
    if time.time() - float(store.meta("checked") or 0) > RECHECK_SECONDS:
        return False
    return bool(folders) and folder_times(root, list(folders)) == folders


def in_memory(
    listing: Listing, config: Config, progress: Progress | None = None, jobs: int | None = None
) -> Opened:
    """A store built in memory, kept nowhere (--no-cache)."""
    store = Store.create(None)
    return Opened(store, build(store, listing, config, progress, jobs), listing.problems)


def _refresh_or_rebuild(
    path: Path, key: str, listing: Listing, config: Config, progress: Progress | None, jobs: int | None
) -> Opened:
    """Under the lock: refresh a sound cache in place, else build a new one and swap it in."""
    notes = []
    try:
        store = Store.open(str(path))
        if store.meta("key") == key:
            return Opened(store, build(store, listing, config, progress, jobs), listing.problems)
        store.close()
    except StoreError as exc:
        if exc.damaged and path.exists():
            notes.append(f"the cache {path} is unusable ({exc.reason}); rebuilding it")
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        stale.unlink(missing_ok=True)  # left by a build that crashed; we hold the lock
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        store = Store.create(str(tmp))
        store.set_meta(key=key, root=listing.root, version=__version__)
        report = build(store, listing, config, progress, jobs)
        store.set_meta(complete="1")
        store.close()
        _fsync(tmp)
        for suffix in ("-journal", "-wal", "-shm"):  # never let an old journal touch the new file
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
        _fsync(path.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return Opened(Store.open(str(path)), report, listing.problems, notes)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    """An exclusive lock beside the cache, held while it is written (none where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(str(path) + ".lock", "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def forget(root: str) -> None:
    """Delete the cache of a corpus, so that its next use builds it anew (`newscli index --rebuild`)."""
    path = cache_file(root)
    if path.parent.is_dir():
        with _lock(path):
            path.unlink(missing_ok=True)
