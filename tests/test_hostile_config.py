"""A config that cannot be used stops the run (exit 2) with file, line and problem on one line;
NEWSCLI_NO_CONFIG=1 runs with the defaults instead."""

from __future__ import annotations

import json
import os

import pytest

CASES = {
    "bad YAML": ("aliases:\n  Someone: [unclosed\nperiods: {}\n", ":3: invalid YAML: expected ',' or ']'"),
    "deep nesting": ("x: " + "[" * 1000 + "]" * 1000, ":1: invalid YAML: nested more than"),
    "python tag": ("x: !!python/object/apply:os.system [id]", ":1: invalid YAML: could not determine"),
    "not a mapping": ("- a\n- b\n", ":1: config must be a mapping of sections"),
    "wrong type": ("max_file_mb: lots\n", ":1: max_file_mb must be a positive number (MB), got 'lots'"),
    "negative": ("max_file_mb: -1\n", ":1: max_file_mb must be a positive number"),
    "infinite": ("max_file_mb: .inf\n", ":1: max_file_mb must be a positive number"),
    "a list for a number": ("\n\nmax_file_mb: [1, 2]\n", ":3: max_file_mb must be a positive number"),
    "not UTF-8": (b"x: caf\xe9\n", ": config is not UTF-8 (byte 6)"),
    "control character": ("x: \x1b[31m\n", ":1: invalid YAML: unacceptable character #x001b"),
}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSCLI_NO_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-user-config"))
    (tmp_path / "a.txt").write_text("A\n\nText.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("case", list(CASES))
def test_unusable_config_exits_2_with_file_line_and_problem(cli, folder, monkeypatch, case):
    content, expected = CASES[case]
    config = folder / "newscli.yaml"
    if isinstance(content, bytes):
        config.write_bytes(content)
    else:
        config.write_text(content, encoding="utf-8")
    result = cli("--corpus", str(folder), "docs")
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert f"{config}{expected}" in line
    assert "set NEWSCLI_NO_CONFIG=1 to run with the defaults" in line
    monkeypatch.setenv("NEWSCLI_NO_CONFIG", "1")
    result = cli("--corpus", str(folder), "docs", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    assert [r["id"] for r in json.loads(result.stdout)] == ["a"]


@pytest.mark.parametrize("kind", ["fifo", "broken link", "folder", "too large"])
def test_a_config_that_is_no_regular_file_is_reported_not_ignored_and_never_blocks(cli, folder, kind):
    config = folder / "newscli.yaml"
    if kind == "fifo":
        os.mkfifo(config)
    elif kind == "broken link":
        config.symlink_to(folder / "gone.yaml")
    elif kind == "folder":
        config.mkdir()
    else:
        config.write_text("# " + "x" * 1_000_001, encoding="utf-8")
    result = cli("--corpus", str(folder), "docs")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    expected = {
        "fifo": "not a regular file (a FIFO)",
        "broken link": "broken symbolic link",
        "folder": "not a regular file (a folder)",
        "too large": "too large: 1.0 MB, over the 1 MB limit",
    }[kind]
    assert f"{config}: config not read: {expected}" in line


def test_user_config_is_checked_the_same_way(cli, folder, monkeypatch):
    user = folder / "xdg"
    (user / "newscli").mkdir(parents=True)
    (user / "newscli" / "config.yaml").write_text("max_file_mb: nope\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user))
    result = cli("--corpus", str(folder), "docs")
    assert result.exit_code == 2
    assert "config.yaml:1: max_file_mb must be a positive number" in result.stderr
