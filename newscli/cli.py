"""The command-line entry point: registers the commands on the Typer app and runs it."""

from __future__ import annotations

import os
import sys

from newscli.app import app
from newscli.commands import docs, export, index, people, quotes, search, show, timeline  # noqa: F401 - importing registers the commands
from newscli.completion import use_newscli_bash_script

use_newscli_bash_script()

__all__ = ["app", "main"]


def main() -> None:
    """Run newscli; a closed pipe (`newscli docs | head`) ends the run quietly."""
    try:
        app(prog_name="newscli")
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
