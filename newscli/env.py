"""The streams a run writes to and what they are (terminal or pipe), injectable for tests."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TextIO

from newscli.safe import inert


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@dataclass
class Environment:
    """Where results and diagnostics go, and whether each is a terminal.

    Results go to `stdout`, diagnostics and progress to `stderr`, so a pipe only ever carries results.
    Tests build one with `stdout_isatty=True` to see the terminal view without a terminal.
    """

    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout_isatty: bool | None = None
    stderr_isatty: bool | None = None
    no_color: bool = False
    width: int | None = None
    debug: bool = False

    def __post_init__(self) -> None:
        if self.stdout_isatty is None:
            self.stdout_isatty = _isatty(self.stdout)
        if self.stderr_isatty is None:
            self.stderr_isatty = _isatty(self.stderr)
        if os.environ.get("NO_COLOR"):
            self.no_color = True

    def note(self, message: str) -> None:
        """One diagnostic line on stderr (never on stdout); file names and ids in it are made inert."""
        print(f"newscli: {inert(message, one_line=True)}", file=self.stderr, flush=True)
