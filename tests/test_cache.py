"""The persistent cache: reused when files are unchanged, refreshed file by file, rebuilt when
damaged, safe with two builders at once, and never required (--no-cache)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscli import build, cache, corpus
from newscli.index import Index
from newscli.store import Store


def make_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f"Story {i}\n\nPyongyang said word{i} on Tuesday.", encoding="utf-8"
        )
    return folder


def index_report(cli, folder: Path, *args: str) -> dict:
    result = cli("--corpus", str(folder), "index", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    (record,) = json.loads(result.stdout)
    return record


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def test_the_cache_lives_in_xdg_cache_home_and_is_reused(cli, tmp_path, cache_home):
    folder = make_corpus(tmp_path / "c", 5)
    first = index_report(cli, folder)
    assert (first["documents"], first["new"]) == (5, 5)
    assert Path(first["cache"]).parent == cache_home / "newscli"
    again = index_report(cli, folder)
    assert (again["new"], again["changed"], again["removed"]) == (0, 0, 0)


def test_editing_one_file_reads_that_file_only(cli, tmp_path, cache_home, monkeypatch):
    folder = make_corpus(tmp_path / "c", 30)
    index_report(cli, folder)
    read = []
    real = corpus.read_file
    monkeypatch.setattr(corpus, "read_file", lambda path, *a: read.append(path) or real(path, *a))
    (folder / "a007.txt").write_text("Story 7\n\nNow it says Seoul, and more of it.", encoding="utf-8")
    report = index_report(cli, folder)
    assert (report["new"], report["changed"], report["removed"]) == (0, 1, 0)
    assert read == [str(folder / "a007.txt")]
    found = json.loads(cli("--corpus", str(folder), "search", "Seoul", "--format", "json").stdout)
    assert [h["doc"] for h in found] == ["a007"]
    assert cli("--corpus", str(folder), "search", "word7", "--exact").exit_code == 1


def test_new_removed_and_sidecar_changes_are_seen(cli, tmp_path, cache_home):
    folder = make_corpus(tmp_path / "c", 3)
    index_report(cli, folder)
    (folder / "a000.txt").unlink()
    (folder / "b.txt").write_text("New\n\nA new story.", encoding="utf-8")
    (folder / "a001.yaml").write_text("date: 2024-06-18\n", encoding="utf-8")
    report = index_report(cli, folder)
    assert (report["new"], report["changed"], report["removed"], report["documents"]) == (1, 1, 1, 3)
    docs = {d["id"]: d for d in json.loads(cli("--corpus", str(folder), "docs", "--format", "json").stdout)}
    assert sorted(docs) == ["a001", "a002", "b"] and docs["a001"]["date"] == "2024-06-18"


def test_a_new_name_clash_renames_documents_and_their_facts(cli, tmp_path, cache_home):
    folder = make_corpus(tmp_path / "c", 2)
    index_report(cli, folder)
    (folder / "sub").mkdir()
    (folder / "sub" / "a000.txt").write_text("Other\n\nAnother Pyongyang story.", encoding="utf-8")
    index_report(cli, folder)
    ids = [d["id"] for d in json.loads(cli("--corpus", str(folder), "docs", "--format", "json").stdout)]
    assert ids == ["a000", "a001", "sub/a000"]
    fresh = [
        d["id"]
        for d in json.loads(cli("--no-cache", "--corpus", str(folder), "docs", "--format", "json").stdout)
    ]
    assert ids == fresh


@pytest.mark.parametrize("damage", ["truncate", "garbage", "foreign"])
def test_a_damaged_cache_is_rebuilt_with_a_one_line_note(cli, tmp_path, cache_home, damage):
    folder = make_corpus(tmp_path / "c", 40)
    path = Path(index_report(cli, folder)["cache"])
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(len(data)))
    else:
        path.unlink()
        Store.create(str(path)).conn.execute("PRAGMA application_id = 1")
    result = cli("--corpus", str(folder), "docs", "--format", "json")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 40
    (note,) = result.stderr.splitlines()
    assert note.startswith("newscli: note: the cache ") and "rebuilding it" in note
    assert cli("--corpus", str(folder), "docs").stderr == ""  # sound again


def test_another_version_rebuilds_quietly(cli, tmp_path, cache_home):
    folder = make_corpus(tmp_path / "c", 3)
    path = index_report(cli, folder)["cache"]
    store = Store.open(path)
    store.set_meta(key="made by an older newscli")
    store.close()
    result = cli("--corpus", str(folder), "index", "--format", "json")
    assert result.stderr == "" and json.loads(result.stdout)[0]["new"] == 3


def test_a_failed_refresh_leaves_the_old_cache_usable(cli, tmp_path, cache_home, monkeypatch):
    folder = make_corpus(tmp_path / "c", 4)
    index_report(cli, folder)
    (folder / "a002.txt").write_text("Changed\n\nSeoul now.", encoding="utf-8")

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    merge = build._merge_entities
    monkeypatch.setattr(build, "_merge_entities", crash)
    assert cli("--corpus", str(folder), "index").exit_code == 2
    path = cache.cache_file(str(folder))
    store = Store.open(str(path))
    assert store.count_documents() == 4 and store.meta("complete") == "1"
    assert store.documents("WHERE id = ?", ("a002",))[0].text.startswith("Story 2")
    store.close()
    monkeypatch.setattr(build, "_merge_entities", merge)
    assert index_report(cli, folder)["changed"] == 1


def test_no_cache_writes_nothing(cli, tmp_path, cache_home):
    folder = make_corpus(tmp_path / "c", 2)
    result = cli("--no-cache", "--corpus", str(folder), "docs")
    assert result.exit_code == 0 and not cache_home.exists()


def test_two_builders_at_once_both_succeed_and_leave_it_intact(tmp_path):
    folder = make_corpus(tmp_path / "c", 300)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "home")}
    cmd = [sys.executable, "-m", "newscli", "--corpus", str(folder), "index", "--format", "json"]
    runs = [
        subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outs
    assert all(json.loads(out)[0]["documents"] == 300 and err == "" for out, err in outs)
    after = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    record = json.loads(after.stdout)[0]
    assert (record["documents"], record["new"], record["changed"], record["removed"]) == (300, 0, 0, 0)
    assert Store.open(record["cache"]).conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_parallel_and_serial_builds_are_the_same(tmp_path, monkeypatch):
    folder = make_corpus(tmp_path / "c", 12)
    monkeypatch.setattr(build, "PARALLEL_MIN", 1)

    def dump(index: Index) -> list:
        conn = index.store.conn
        docs = conn.execute("SELECT pos, id, text, facts_entities FROM documents ORDER BY pos").fetchall()
        passages = conn.execute('SELECT doc, paragraph, start, "end" FROM passages ORDER BY rowid').fetchall()
        quotes = conn.execute("SELECT * FROM quotes ORDER BY rowid").fetchall()
        return [docs, passages, quotes]

    assert dump(Index.build(str(folder), jobs=1)) == dump(Index.build(str(folder), jobs=2))


def test_an_error_in_a_worker_process_reaches_the_builder(tmp_path, monkeypatch):
    folder = make_corpus(tmp_path / "c", 12)
    monkeypatch.setattr(build, "PARALLEL_MIN", 1)
    real = build.doc_row

    def failing(raw, doc_id, config):  # the workers are forked: they run this too
        if raw.rel == "a007":
            raise RuntimeError("extractor bug")
        return real(raw, doc_id, config)

    monkeypatch.setattr(build, "doc_row", failing)
    with pytest.raises(RuntimeError, match="extractor bug"):
        Index.build(str(folder), jobs=2)


def test_a_big_corpus_checks_only_folders_until_asked(cli, tmp_path, cache_home, monkeypatch):
    folder = make_corpus(tmp_path / "c", 6)
    monkeypatch.setattr(cache, "FULL_CHECK_MAX", 3)
    index_report(cli, folder)
    (folder / "a001.txt").write_text("Story 1\n\nNow it says Seoul.", encoding="utf-8")  # same folder times
    os.utime(folder, ns=(os.stat(folder).st_atime_ns, os.stat(folder).st_mtime_ns))
    assert cli("--corpus", str(folder), "search", "Seoul").exit_code == 1  # not looked at yet
    assert index_report(cli, folder)["changed"] == 1  # `newscli index` looks at every file
    assert cli("--corpus", str(folder), "search", "Seoul").exit_code == 0
    (folder / "new.txt").write_text("New\n\nSeoul again.", encoding="utf-8")  # a new file changes its folder
    found = json.loads(cli("--corpus", str(folder), "search", "Seoul", "--format", "json").stdout)
    assert {h["doc"] for h in found} == {"a001", "new"}


def test_progress_bar_only_on_a_terminal(tmp_path, cache_home):
    import io

    from newscli.env import Environment
    from newscli.render.progress import SHOW_FROM
    from newscli.session import Session

    folder = make_corpus(tmp_path / "c", SHOW_FROM)
    for tty in (False, True):
        err = io.StringIO()
        env = Environment(stdout=io.StringIO(), stderr=err, stdout_isatty=False, stderr_isatty=tty)
        Session(env=env, corpus=str(folder), use_cache=False).index()
        assert bool(err.getvalue()) is tty


def test_fresh_and_refreshed_caches_have_every_index(cli, tmp_path, cache_home):
    """A new database gets its fact and mention indexes after the first build; a refresh keeps them."""
    folder = make_corpus(tmp_path / "c", 3)

    def indexes() -> set[str]:
        store = Store.open(index_report(cli, folder)["cache"])
        found = {n for (n,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        store.close()
        return found

    fresh = indexes()
    assert {"mentions_doc", "mentions_parent", "roles_parent", "quotes_speaker", "events_date"} <= fresh
    (folder / "b.txt").write_text("New\n\nA new story.", encoding="utf-8")
    assert indexes() == fresh
