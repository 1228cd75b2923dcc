"""What `newscli` alone prints: the commands and the corpus in use."""

from __future__ import annotations

import os

import typer

from newscli import corpus
from newscli.session import Session


def overview(ctx: typer.Context, sess: Session) -> None:
    """A short overview: usage, the commands with their one-line summaries, the corpus in use."""
    group = ctx.command
    out = sess.env.stdout
    print("newscli - browse the people, quotes, dates and passages of news articles\n", file=out)
    print("Usage: newscli [--corpus PATH] COMMAND [OPTIONS]\n\nCommands:", file=out)
    for name in group.list_commands(ctx):  # type: ignore[attr-defined]
        cmd = group.get_command(ctx, name)  # type: ignore[attr-defined]
        if cmd is not None and not cmd.hidden:
            print(f"  {name:<10} {cmd.get_short_help_str(limit=70)}", file=out)
    where = sess.corpus or os.environ.get(corpus.ENV_VAR)
    shown = (
        corpus.display(where) if where else f"the bundled seeds ({corpus.display(corpus.bundled_seeds())})"
    )
    print(f"\nCorpus: {shown}", file=out)
    print("Run `newscli COMMAND --help` for a command's options and examples.", file=out)
    raise typer.Exit(0)
