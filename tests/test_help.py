"""Every command teaches itself: a one-line summary, grouped options, real examples."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from newscli.cli import app

GROUP = typer.main.get_command(app)
COMMANDS = sorted(GROUP.commands)
RUNNER = CliRunner()


def help_of(*args: str) -> str:
    result = RUNNER.invoke(app, [*args, "--help"], prog_name="newscli", env={"COLUMNS": "100"})
    assert result.exit_code == 0
    return result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_has_summary_and_examples(name):
    text = help_of(name)
    lines = text.splitlines()
    summary = lines[2].strip()
    assert summary and summary.endswith(".") and len(summary) <= 100
    examples = text.split("Examples:", 1)[1].splitlines()
    runs = [line.strip() for line in examples if line.strip().startswith("newscli")]
    assert len(runs) >= 2
    assert any("| jq" in run or "| cut" in run for run in runs)


def test_every_command_is_in_the_overview(cli):
    result = cli()
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name} " in result.stdout


def test_top_level_help_lists_examples():
    text = help_of()
    assert "Examples:" in text and "newscli people" in text
