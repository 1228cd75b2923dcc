"""Rich renderers for a terminal: the shared pieces (console, inert text, tables, the article view).

One module per area sits beside this one. Renderers lay out records; they never compute facts.

Every piece of article text goes through `Text` (never markup) after `safe.inert`, so neither Rich
markup nor escape codes in an article can act on the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newscli.env import Environment
from newscli.output import Column, flat
from newscli.safe import inert

WINDOW = 65_536  # characters of one paragraph laid out at a time
_SPACE = re.compile(r"\s")

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


def marks_by_span(
    spans: Sequence[dict[str, Any]], marks: Sequence[tuple[int, int, str]]
) -> list[list[tuple[int, int, str]]]:
    """For each of `spans` (in text order, with start/end), the marks that overlap it.

    One sweep over marks sorted by start, keeping those still open, so an article of 10,000
    paragraphs and as many marks costs their sum, not their product.
    """
    ordered = sorted(marks)
    out: list[list[tuple[int, int, str]]] = []
    open_marks: list[tuple[int, int, str]] = []
    i = 0
    for span in spans:
        while i < len(ordered) and ordered[i][0] < span["end"]:
            open_marks.append(ordered[i])
            i += 1
        open_marks = [m for m in open_marks if m[1] > span["start"]]
        out.append(list(open_marks))  # a copy: the next span appends to open_marks
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
    paras = record["paragraphs"]
    for para, para_marks in zip(paras, marks_by_span(paras, marks), strict=True):
        pieces = windows(source, para["start"], para["end"])
        for n, (piece, piece_marks) in enumerate(zip(pieces, marks_by_span(pieces, para_marks), strict=True)):
            line = Text()
            line.append(f"{para['index'] + 1:>3}  " if n == 0 else "", style="dim")  # (Text(style=) dims all)
            line.append(highlighted(source, piece["start"], piece["end"], piece_marks))
            if n == len(pieces) - 1 and para.get("repeat_of") is not None:
                line.append(f"  (repeats \u00b6{para['repeat_of'] + 1})", style="dim italic")
            out.print(line)
        out.print()


def windows(source: str, start: int, end: int, size: int = WINDOW) -> list[dict[str, int]]:
    """source[start:end] cut at whitespace (or, in a word that long, anywhere) into pieces of about
    `size` characters, laid out one by one.

    Rich lays out a whole text in memory (some 17 bytes per character); one 50 MB paragraph would
    take most of a gigabyte. A cut starts a new line, once every `size` characters at most.
    """
    out = []
    while end - start > size:
        cut = _SPACE.search(source, start + size, min(end, start + 2 * size))
        stop = cut.start() if cut else start + size  # a 50 MB word is folded by Rich anyway
        out.append({"start": start, "end": stop})
        start = stop
    out.append({"start": start, "end": end})
    return out
