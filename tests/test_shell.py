"""The installed `newscli` in real subprocesses: pipes, exit statuses, stderr, no tracebacks."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys

import pytest
import yaml

from tests.conftest import SEED_ID

pytestmark = pytest.mark.shell
EXE = shutil.which("newscli") or ""


def newscli(*args: str, cwd: str | None = None, **kw) -> subprocess.CompletedProcess:
    cmd = [EXE, *args] if EXE else [sys.executable, "-m", "newscli", *args]
    env = {k: v for k, v in os.environ.items() if k != "NEWSCLI_CORPUS"}
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env, timeout=120, **kw)


def test_every_format_parses_from_an_empty_folder(tmp_path):
    outputs = {
        f: newscli("docs", "--format", f, cwd=str(tmp_path)) for f in ("json", "jsonl", "csv", "tsv", "yaml")
    }
    assert all(r.returncode == 0 for r in outputs.values())
    assert json.loads(outputs["json"].stdout)[0]["id"] == SEED_ID
    assert json.loads(outputs["jsonl"].stdout.splitlines()[0])["id"] == SEED_ID
    assert next(csv.DictReader(io.StringIO(outputs["csv"].stdout)))["id"] == SEED_ID
    assert next(csv.DictReader(io.StringIO(outputs["tsv"].stdout), delimiter="\t"))["id"] == SEED_ID
    assert yaml.safe_load(outputs["yaml"].stdout)[0]["id"] == SEED_ID


def test_pipe_gets_plain_tsv():
    result = subprocess.run(f"{EXE or 'newscli'} docs | cat", shell=True, capture_output=True, text=True)
    assert result.stdout.startswith("id\tdate\t")
    assert "\x1b" not in result.stdout


def test_version_and_module_entry_point():
    assert newscli("--version").stdout.startswith("newscli ")
    module = subprocess.run([sys.executable, "-m", "newscli", "--version"], capture_output=True, text=True)
    assert module.returncode == 0 and module.stdout.startswith("newscli ")


def test_bad_folder_exit_0_with_each_bad_file_named(tmp_path):
    (tmp_path / "good.txt").write_text("Good\n\nA good article.", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "bad.md").write_text("---\ntitle: [oops\n---\nBody", encoding="utf-8")
    (tmp_path / "two.jsonl").write_text('{"id": "j1", "text": "ok"}\nnot json\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = newscli("--corpus", str(tmp_path), "docs", "--format", "json")
    assert result.returncode == 0
    assert sorted(r["id"] for r in json.loads(result.stdout)) == ["good", "j1"]
    for name in ("bin.txt", "bad.md", "two.jsonl:2", "empty.txt"):
        assert name in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_id_and_bad_format_statuses():
    assert newscli("show", "nosuchdoc").returncode == 1
    bad = newscli("docs", "--format", "nosuch")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_head_closing_the_pipe_is_quiet(shared):
    result = subprocess.run(
        f"{EXE or 'newscli'} --corpus {shared / 'corpus' / 'bbc'} docs | head -1",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert result.stdout.startswith("id\t")
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
