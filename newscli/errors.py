"""Exit statuses and the domain errors the CLI maps to a one-line message at its boundary."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """What a run tells the shell, as grep does: found, nothing matched, or unusable."""

    OK = 0
    NOT_FOUND = 1
    ERROR = 2


class NewscliError(Exception):
    """An error the user can act on; printed as one line on stderr, never as a traceback."""

    status = ExitStatus.ERROR

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(NewscliError):
    """Bad options or arguments (exit 2)."""


class CorpusError(NewscliError):
    """The corpus cannot be used at all: missing path, or no document could be loaded (exit 2)."""


class NotFound(NewscliError):
    """A look-up matched nothing: an unknown id or name (exit 1)."""

    status = ExitStatus.NOT_FOUND
