"""Shared fixtures: running the CLI in-process, corpora written to temporary folders, ../shared data."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from newscli.cli import app
from newscli.env import Environment
from newscli.session import Session

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_ID = "000_34bbc5d1c4cfa990"


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


def run(*args: str, tty: bool = False, width: int = 100, stdin: str = "") -> Result:
    """Run newscli in-process with an injected Environment (tty=True gives the terminal view)."""
    out, err = io.StringIO(), io.StringIO()
    env = Environment(
        stdout=out, stderr=err, stdin=io.StringIO(stdin), stdout_isatty=tty, stderr_isatty=False, width=width
    )
    env.no_color = True
    try:
        # With standalone_mode=False, Click returns the status of typer.Exit instead of exiting.
        code = int(app(list(args), obj=Session(env=env), standalone_mode=False, prog_name="newscli") or 0)
    except Exception as exc:
        code = _exit_code(exc, err)
    return Result(code, out.getvalue(), err.getvalue())


def _exit_code(exc: Exception, err: io.StringIO) -> int:
    """Exit status of an exception Click raises with standalone_mode=False (as the real run would exit)."""
    code = getattr(exc, "exit_code", None)
    if code is None:
        raise exc
    if hasattr(exc, "format_message"):
        err.write(exc.format_message() + "\n")
    return int(code)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests never touch the user's cache: $XDG_CACHE_HOME points into a temporary folder."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture
def cli():
    """The in-process runner: cli("docs", "--format", "json")."""
    return run


@pytest.fixture
def shared() -> Path:
    """../shared, or skip when this checkout has none beside it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED
