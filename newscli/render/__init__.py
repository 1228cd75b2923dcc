"""Rich renderers for a terminal: the shared pieces (console, inert text, tables, the article view).

One module per area sits beside this one. Renderers lay out records; they never compute facts.

Every piece of article text goes through `Text` (never markup) after `safe.inert`, so neither Rich
markup nor escape codes in an article can act on the terminal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newscli.env import Environment
from newscli.output import Column, flat
from newscli.safe import inert

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text


def console(env: Environment) -> Console:
    """A Console on the environment's stdout that never interprets markup, emoji codes or highlights."""
    from rich.console import Console

    return Console(
        file=env.stdout,
        force_terminal=env.stdout_isatty,
        no_color=env.no_color,
        width=env.width,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )


def text(value: Any, style: str = "") -> Text:
    """Untrusted text as an inert Rich `Text`."""
    from rich.text import Text

    return Text(inert(flat(value)), style=style)


def highlighted(source: str, start: int, end: int, marks: Sequence[tuple[int, int, str]]) -> Text:
    """source[start:end] as inert Text with `marks` (document offsets and a style) applied.

    Escapes made by `inert` change lengths, so the text is built piece by piece between marks.
    """
    from rich.text import Text

    out = Text()
    pos = start
    for m_start, m_end, style in sorted(m for m in marks if m[0] < end and m[1] > start):
        m_start, m_end = max(m_start, pos), min(m_end, end)
        if m_start >= m_end:
            continue
        out.append(inert(source[pos:m_start]))
        out.append(inert(source[m_start:m_end]), style=style)
        pos = m_end
    out.append(inert(source[pos:end]))
    return out


def table(
    env: Environment, records: Sequence[dict[str, Any]], columns: Sequence[Column], title: str = ""
) -> None:
    """Records as a Rich table on the terminal."""
    from rich.table import Table

    grid = Table(title=title or None, header_style="bold", show_lines=False, expand=False)
    for col in columns:
        grid.add_column(
            col.header,
            justify="right" if col.numeric else "left",
            overflow="fold",
            no_wrap=not col.wrap,
            ratio=1 if col.wrap else None,
        )
    for record in records:
        grid.add_row(*(text(record.get(c.key)) for c in columns))
    console(env).print(grid)


def article(env: Environment, record: dict[str, Any], marks: Sequence[tuple[int, int, str]] = ()) -> None:
    """An article for reading: title, metadata, then numbered paragraphs with found facts highlighted."""
    from rich.text import Text

    out = console(env)
    out.print(text(record.get("title") or record["id"], "bold"))
    fields = [(k, record.get(k)) for k in ("id", "date", "outlet", "author", "url", "source")]
    out.print(Text(" \u00b7 ").join(text(f"{k}: {v}", "dim") for k, v in fields if v))
    out.print()
    source = record["text"]
    for para in record["paragraphs"]:
        line = Text()
        line.append(f"{para['index'] + 1:>3}  ", style="dim")
        line.append(highlighted(source, para["start"], para["end"], marks))
        if para.get("repeat_of") is not None:
            line.append(f"  (repeats \u00b6{para['repeat_of'] + 1})", style="dim italic")
        out.print(line)
        out.print()
