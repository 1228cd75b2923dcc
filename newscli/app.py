"""The Typer application, the options every command shares, and the one place results are printed."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from newscli import __version__
from newscli.env import Environment
from newscli.errors import ExitStatus, NewscliError
from newscli.output import Column
from newscli.session import Session

try:  # Typer 0.28 vendors Click; earlier releases use Click itself
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover
    from click.exceptions import ClickException


class Format(StrEnum):
    """Output formats: a Rich table for people, the rest for programs."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    yaml = "yaml"


class NewscliGroup(TyperGroup):
    """Maps domain errors to one line on stderr and an exit status; tracebacks only with --debug."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewscliError as exc:
            _fail(ctx, exc, str(exc.message), exc.status, exc.hint)
        except (ClickException, typer.Exit, typer.Abort, KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as exc:
            if _debug(ctx):
                raise
            _fail(ctx, exc, f"internal error: {type(exc).__name__}: {exc} (--debug shows the traceback)")


def _debug(ctx: typer.Context) -> bool:
    return isinstance(ctx.obj, Session) and ctx.obj.env.debug


def _fail(
    ctx: typer.Context, exc: Exception, message: str, status: int = ExitStatus.ERROR, hint: str | None = None
) -> NoReturn:
    if _debug(ctx):
        raise exc
    env = ctx.obj.env if isinstance(ctx.obj, Session) else Environment()
    env.note(f"error: {message}" + (f" ({hint})" if hint else ""))
    raise typer.Exit(int(status))


app = typer.Typer(
    cls=NewscliGroup,
    name="newscli",
    help="Browse the people, quotes, dates and passages of a pile of news articles.",
    context_settings={"help_option_names": ["-h", "--help"]},
    invoke_without_command=True,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    add_completion=True,
)

CorpusOpt = Annotated[
    str | None,
    typer.Option(
        "--corpus",
        "-c",
        help="Folder, file, or - for stdin. Default: $NEWSCLI_CORPUS, else the bundled seeds.",
        show_default=False,
        rich_help_panel="Corpus",
    ),
]
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format. Default: table on a terminal, tsv in a pipe.",
        show_default=False,
        case_sensitive=False,
        rich_help_panel="Output",
    ),
]
LimitOpt = Annotated[
    int | None, typer.Option("--limit", "-n", min=1, help="Show at most N results.", rich_help_panel="Output")
]


def session(ctx: typer.Context) -> Session:
    """The run's Session (made by the top-level callback; tests may pass their own as `obj`)."""
    if not isinstance(ctx.obj, Session):
        ctx.obj = Session()
    return ctx.obj


def chosen_format(sess: Session, fmt: Format | None) -> str:
    """The format asked for, else a table on a terminal and TSV in a pipe."""
    if fmt is not None:
        return fmt.value
    return "table" if sess.env.stdout_isatty else "tsv"


def emit(
    sess: Session,
    records: Sequence[dict[str, Any]],
    columns: Sequence[Column],
    fmt: Format | None,
    title: str = "",
) -> None:
    """Print a listing in the chosen format; exit 1 (stdout empty) when there is nothing to show."""
    if not records:
        if sess.env.stdout_isatty:
            sess.env.note("nothing matched")
        raise typer.Exit(int(ExitStatus.NOT_FOUND))
    kind = chosen_format(sess, fmt)
    if kind == "table":
        from newscli import render

        render.table(sess.env, records, columns, title)
    else:
        from newscli.output import write_records

        write_records(records, columns, kind, sess.env.stdout)


def _version(value: bool) -> None:
    if value:
        print(f"newscli {__version__} (Python {sys.version.split()[0]})")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    corpus: CorpusOpt = None,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colour on a terminal (NO_COLOR is honoured too).")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Build the index in memory; neither read nor write the cache.")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Browse the people, quotes, dates and passages of a pile of news articles.

    With no corpus named, newscli reads the bundled seed articles.
    """
    sess = session(ctx)
    sess.corpus = corpus or sess.corpus
    sess.env.no_color = sess.env.no_color or no_color
    sess.env.debug = sess.env.debug or debug
    sess.use_cache = sess.use_cache and not no_cache
    if ctx.invoked_subcommand is None:
        from newscli.commands.overview import overview

        overview(ctx, sess)
