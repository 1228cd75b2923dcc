"""The Typer application, the options every command shares, and the one place results are printed."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

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


def write_examples(epilog: str | None, formatter: Any) -> None:
    """An epilog of examples, line for line (Click would re-wrap them into one paragraph)."""
    if not epilog:
        return
    formatter.write_paragraph()
    for line in filter(None, (raw.strip() for raw in epilog.splitlines())):
        formatter.write_text(line if line.endswith(":") else f"  {line}")


class NewscliGroup(TyperGroup):
    """Maps domain errors to one line on stderr and an exit status; tracebacks only with --debug."""

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        write_examples(self.epilog, formatter)

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


class NewscliCommand(TyperCommand):
    """Plain help (Rich help costs ~80 ms a call) with options grouped by their help panel and the
    examples of the epilog printed line for line."""

    def format_options(self, ctx: Any, formatter: Any) -> None:
        groups: dict[str, list[tuple[str, str]]] = {}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record:
                groups.setdefault(getattr(param, "rich_help_panel", None) or "Options", []).append(record)
        for name, records in groups.items():
            with formatter.section(name):
                formatter.write_dl(records)

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        write_examples(self.epilog, formatter)


class NewscliTyper(typer.Typer):
    """A Typer app whose commands use NewscliCommand unless they ask for another class."""

    def command(self, *args: Any, cls: type[TyperCommand] | None = None, **kwargs: Any) -> Any:
        return super().command(*args, cls=cls or NewscliCommand, **kwargs)


app = NewscliTyper(
    cls=NewscliGroup,
    rich_markup_mode=None,
    name="newscli",
    help="Browse the people, quotes, dates and passages of a pile of news articles.",
    epilog="""Examples:
  newscli docs
  newscli people --limit 10
  newscli quotes --by putin --format json | jq -r '.[].text'
  newscli --corpus ~/articles search '"hermit kingdom"'
  newscli timeline | cut -f1,3""",
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
        metavar="PATH",
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
    int | None,
    typer.Option(
        "--limit", "-n", min=1, metavar="N", help="Show at most N results.", rich_help_panel="Output"
    ),
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

        write_records(records, columns, kind, sess.env.stdout, terminal=sess.env.stdout_isatty)


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
