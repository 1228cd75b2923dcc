"""Hostile file systems: every bad entry is one line of report and skipped, nothing hangs, nothing is lost.

Tests may run as root, for whom `chmod 000` hides nothing. An unreadable file is then made honestly
another way: a link to /proc/self/mem, which the kernel refuses to read at offset 0 (EIO), for any user.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscli import corpus
from newscli.files import MB, Unreadable, read_regular
from tests.test_hostile_yaml import BOMB

NON_UTF8 = b"caf\xe9.txt"
HANG_GUARD = 60  # seconds: a run that hangs fails instead of blocking the suite (not a speed test)


def newscli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real program in a subprocess, so a FIFO or device could really block it."""
    base = {k: v for k, v in os.environ.items() if k not in ("NEWSCLI_CORPUS", "NEWSCLI_NO_CONFIG")}
    return subprocess.run(
        [sys.executable, "-m", "newscli", *args],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        env={**base, **(env or {})},
    )


def unreadable(path: Path) -> None:
    """A file this process cannot read: mode 000 for a normal user; for root, a link to /proc/self/mem."""
    if os.geteuid() != 0:
        path.write_text("secret", encoding="utf-8")
        path.chmod(0)
    elif os.path.exists("/proc/self/mem"):
        path.symlink_to("/proc/self/mem")
    else:
        pytest.skip("running as root without /proc: no honest way to make an unreadable file")


def build_every_case(root: Path) -> tuple[set[str], set[str]]:
    """A corpus holding every hostile case; returns (ids that must load, names that must be reported once)."""
    (root / "good.txt").write_text("Good headline\n\nA good article.\n", encoding="utf-8")
    (root / "story.md").write_text("---\ntitle: A story\ndate: 2024-06-18\n---\nBody.\n", encoding="utf-8")
    (root / "x.txt").mkdir()  # a folder with an article's name is searched like any folder
    (root / "x.txt" / "inside.txt").write_text("Inside\n\nText.\n", encoding="utf-8")
    (root / os.fsdecode(NON_UTF8)).write_text("Caf\n\nText.\n", encoding="utf-8")
    (root / "hostile.txt").write_text("T \x1b]0;title\x07\n\n[red]x[/red] \u202e\n", encoding="utf-8")
    (root / "records.jsonl").write_text('{"id": "r1", "text": "Fine."}\n{"id": broken\n', encoding="utf-8")
    (root / "sur.json").write_text('{"id": "sur", "text": "Lone \\ud800 surrogate."}', encoding="utf-8")
    (root / "withbomb.txt").write_text("With bomb\n\nText.\n", encoding="utf-8")
    (root / "withbomb.yaml").write_text(BOMB, encoding="utf-8")
    good = {"good", "story", "inside", "caf\ufffd", "hostile", "r1", "sur", "withbomb"}

    unreadable(root / "unreadable.txt")
    (root / "broken.txt").symlink_to(root / "nowhere.txt")
    (root / "loop1.txt").symlink_to(root / "loop2.txt")
    (root / "loop2.txt").symlink_to(root / "loop1.txt")
    os.mkfifo(root / "fifo.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "up").symlink_to("..")
    (root / "big.txt").write_text("Big\n\n" + "word " * 5000, encoding="utf-8")
    (root / "newscli.yaml").write_text("max_file_mb: 0.01\n", encoding="utf-8")
    (root / "bomb.md").write_text(f"---\n{BOMB}\n---\nBody.\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (root / "empty.txt").write_text("", encoding="utf-8")
    (root / "deep.json").write_text("[" * 4000 + "]" * 4000, encoding="utf-8")  # over the parser's depth
    bad = {"unreadable.txt", "broken.txt", "loop1.txt", "loop2.txt", "fifo.txt", "zero.txt", "up", "big.txt"}
    bad |= {"bomb.md", "binary.txt", "empty.txt", "records.jsonl:2", "deep.json"}
    notes = {"caf\ufffd.txt", "sur.json", "withbomb.yaml"}
    return good, bad | notes


def test_every_hostile_case_is_reported_once_and_every_good_article_loads(tmp_path):
    good, reported = build_every_case(tmp_path)
    result = newscli("--corpus", str(tmp_path), "docs", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert {r["id"] for r in json.loads(result.stdout)} == good
    lines = result.stderr.splitlines()
    for name in reported:
        hits = [line for line in lines if f"/{name}:" in line]
        assert len(hits) == 1, (name, hits)
    assert len(lines) == len(reported), lines  # nothing else, and nothing twice
    assert "Traceback" not in result.stderr and "x.txt" not in result.stderr


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("unreadable.txt", "error"),  # permission denied, or input/output error
        ("broken.txt", "broken symbolic link"),
        ("loop1.txt", "symbolic link loop"),
        ("fifo.txt", "not a regular file (a FIFO)"),
        ("zero.txt", "not a regular file (a character device)"),
        ("up", "symbolic link to a folder: not followed"),
        ("big.txt", "too large: 0.025 MB, over the 0.01 MB limit (raise max_file_mb in newscli.yaml"),
        ("deep.json", "broken JSON: nested too deeply"),
        ("caf\ufffd.txt", "file name is not valid UTF-8"),
        ("sur.json", "lone surrogate code points replaced"),
    ],
)
def test_each_case_says_what_is_wrong(tmp_path, name, message):
    build_every_case(tmp_path)
    result = corpus.load(str(tmp_path), max_bytes=10_000)
    (problem,) = [p for p in result.problems if Path(p.path).name == name]
    assert message in problem.message or (message == "error" and "denied" in problem.message)


@pytest.mark.parametrize("path", ["fifo", "/dev/zero", "/dev/null"])
def test_a_fifo_or_device_as_corpus_path_is_one_line_and_exit_2(tmp_path, path):
    if path == "fifo":
        path = str(tmp_path / "fifo")
        os.mkfifo(path)  # nobody writes to it: opening it for reading would block forever
    result = newscli("--corpus", path, "docs")
    assert result.returncode == 2
    skipped, error = result.stderr.splitlines()
    assert "not a regular file" in skipped and "no article could be loaded" in error


def test_the_size_limit_is_the_config_key_max_file_mb(cli, tmp_path):
    (tmp_path / "big.txt").write_text("Big\n\n" + "word " * 400_000, encoding="utf-8")  # 2 MB
    (tmp_path / "small.txt").write_text("Small\n\nText.\n", encoding="utf-8")
    (tmp_path / "newscli.yaml").write_text("max_file_mb: 1\n", encoding="utf-8")
    result = cli("--corpus", str(tmp_path), "docs", "--format", "json")
    assert [r["id"] for r in json.loads(result.stdout)] == ["small"]
    assert "big.txt: too large: 2.0 MB, over the 1 MB limit (raise max_file_mb" in result.stderr
    (tmp_path / "newscli.yaml").write_text("max_file_mb: 2.5\n", encoding="utf-8")
    result = cli("--corpus", str(tmp_path), "docs", "--format", "json")
    assert sorted(r["id"] for r in json.loads(result.stdout)) == ["big", "small"]


def test_metadata_files_are_limited_to_1_mb(tmp_path):
    (tmp_path / "a.txt").write_text("A\n\nText.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("title: " + "x" * (MB + 1), encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: " + "x" * (MB + 1) + "\n---\nBody.\n", encoding="utf-8")
    result = corpus.load(str(tmp_path))
    assert [d.id for d in result.documents] == ["a"]
    assert [("too large" in p.message or "over 1 MB" in p.message) for p in result.problems] == [True, True]


def test_a_file_swapped_for_a_fifo_after_stat_cannot_block(tmp_path, monkeypatch):
    """The descriptor is checked again after opening (non-blocking), so a race cannot hang a run."""
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    regular = os.stat(__file__)
    monkeypatch.setattr(os, "stat", lambda path, *a, **k: regular)  # stat says "regular file"
    with pytest.raises(Unreadable, match="not a regular file"):
        read_regular(str(fifo), MB, "")


def test_deeply_nested_folders_are_walked_without_recursion(tmp_path):
    chain = [str(tmp_path / "d")]
    for _ in range(1199):  # deeper than Python's recursion limit (which os.makedirs would hit)
        chain.append(os.path.join(chain[-1], "d"))
    for folder in chain:
        os.mkdir(folder)
    deep = os.path.join(chain[-1], "deep.txt")
    Path(deep).write_text("Deep\n\nText.\n", encoding="utf-8")
    try:
        assert [d.id for d in corpus.load(str(tmp_path)).documents] == ["deep"]
    finally:  # shutil.rmtree (pytest's clean-up) recurses too: empty the chain from the bottom
        os.remove(deep)
        for folder in reversed(chain):
            os.rmdir(folder)
