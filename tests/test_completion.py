"""Tab completion in the real shells (bash with bash-completion, zsh, fish) and the generated files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED_ID

pytestmark = pytest.mark.shell
SCRIPTS = ROOT / "completions"
BASH_COMPLETION = Path("/usr/share/bash-completion/bash_completion")


def _env() -> dict[str, str]:
    """The test's environment with the venv's newscli first on PATH and the default corpus."""
    env = {k: v for k, v in os.environ.items() if k != "NEWSCLI_CORPUS"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def _need(shell: str) -> None:
    if not shutil.which(shell):
        pytest.skip(f"{shell} is not installed (.ci/run installs it)")
    if not shutil.which("newscli", path=_env()["PATH"]):
        pytest.skip("newscli is not installed in this environment")


def bash_tab(line: str, tabs: int = 1) -> str:
    """The screen of an interactive bash (bash-completion + completions/newscli.bash) after `line` Tab."""
    _need("bash")
    if not BASH_COMPLETION.is_file():
        pytest.skip("bash-completion is not installed (.ci/run installs it)")
    # show-all-if-ambiguous: the first Tab lists the candidates, as the second would by default.
    setup = (
        f"bind 'set show-all-if-ambiguous on'; source {BASH_COMPLETION}; source {SCRIPTS / 'newscli.bash'}"
    )
    return _interactive("bash", ["--norc", "--noprofile", "-i"], setup, line, tabs)


def _sh_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def fish_complete(line: str) -> list[str]:
    """What fish offers for `line` (`complete -C`), values only."""
    _need("fish")
    cmd = f"source {SCRIPTS / 'newscli.fish'}; complete -C {_sh_quote(line)}"
    result = subprocess.run(["fish", "-c", cmd], capture_output=True, text=True, env=_env(), timeout=60)
    return [row.split("\t")[0] for row in result.stdout.splitlines() if row]


def zsh_tab(line: str, tabs: int = 1) -> str:
    """The screen of an interactive zsh (compinit + completions/newscli.zsh) after `line` Tab."""
    _need("zsh")
    setup = f"autoload -Uz compinit && compinit -u -D && source {SCRIPTS / 'newscli.zsh'}"
    return _interactive("zsh", ["-f", "-i"], setup, line, tabs)


def _interactive(shell: str, argv: list[str], setup: str, line: str, tabs: int) -> str:
    """Type `line` and Tab into an interactive shell after `setup`; return what it printed."""
    pexpect = pytest.importorskip("pexpect")
    env = dict(_env(), TERM="dumb")
    proc = pexpect.spawn(shell, argv, env=env, encoding="utf-8", timeout=30, dimensions=(40, 200))
    try:
        proc.sendline(f"PS1='READY> '; {setup}")
        proc.expect("READY> ")
        proc.expect("READY> ")
        proc.send(line + "\t" * tabs)
        seen, deadline = "", time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                seen += proc.read_nonblocking(100_000, timeout=1.5)
            except pexpect.TIMEOUT:
                if seen:
                    break
        return seen.replace("\a", "")  # the bell rung for an ambiguous prefix
    finally:
        proc.terminate(force=True)


def test_bash_completes_commands_formats_and_ids():
    assert "newscli show " in bash_tab("newscli sh")
    screen = bash_tab("newscli people --format j")
    assert "json" in screen and "jsonl" in screen
    assert f"newscli show {SEED_ID} " in bash_tab(f"newscli show {SEED_ID[:5]}")


def test_bash_completes_names_with_spaces_escaped_or_quoted():
    assert "newscli show Vladimir\\ Putin " in bash_tab("newscli show Vlad")
    assert 'newscli show "Vladimir Putin" ' in bash_tab('newscli show "Vlad')


def test_fish_completes_the_three_cases():
    assert fish_complete("newscli sh") == ["show"]
    assert fish_complete("newscli people --format j") == ["json", "jsonl"]
    assert fish_complete("newscli show Vlad") == ["Vladimir Putin"]


def test_zsh_completes_the_three_cases():
    assert "newscli show " in zsh_tab("newscli sh")
    assert "Vladimir\\ Putin" in zsh_tab("newscli show Vlad")
    screen = zsh_tab("newscli people --format j", tabs=2)
    assert "json" in screen and "jsonl" in screen


def test_generated_files_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_shell_files.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout


def test_show_completion_prints_the_committed_bash_script():
    result = subprocess.run(
        [sys.executable, "-m", "newscli", "--show-completion", "bash"],
        capture_output=True,
        text=True,
        env=dict(_env(), _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1"),
    )
    committed = (SCRIPTS / "newscli.bash").read_text(encoding="utf-8")
    assert result.stdout.strip() in committed
