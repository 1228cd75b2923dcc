"""Rich view of the timeline: events grouped under their year, each expression highlighted in its sentence."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from newscli.env import Environment
from newscli.render import console, highlighted, text

_EXPRESSION_STYLE = "bold yellow"
_PEOPLE_STYLE = "cyan"
_INDENT = 4


def heading(date: str | None) -> str:
    """The group an ISO value is shown under: its year, its decade ("1970s"), a span ("1939-1945")."""
    if not date:
        return "undated"
    if "/" in date:
        first, _, last = date.partition("/")
        return f"{heading(first)}\u2013{heading(last)}"
    if len(date) == 2:
        return f"{date}00s"
    if len(date) == 3:
        return f"{date}0s"
    return date[:4]


def timeline(env: Environment, records: list[dict[str, Any]]) -> None:
    """Events for reading, in the order given: a heading per year, then date, expression, how it was
    resolved and the document, and the sentence with the expression highlighted."""
    from rich.text import Text

    out = console(env)
    docs = len({r["doc"] for r in records})
    out.print(
        Text(f"Timeline: {len(records)} events in {docs} document{'s' if docs != 1 else ''}", style="dim")
    )
    for group, events in groupby(records, key=lambda r: heading(r["date"])):
        out.print()
        out.print(text(group, "bold underline"))
        for r in events:
            line = Text("  ") + text(r["date"] or "?", "bold") + Text("  ")
            line += text(r["expression"], _EXPRESSION_STYLE)
            line += text(f"  {r['anchor']} \u00b7 {r['doc']}", "dim")
            if r["people"]:
                line += Text("  ") + text(", ".join(r["people"]), _PEOPLE_STYLE)
            out.print(line)
            start = r["sentence_start"]
            sentence = highlighted(
                r["sentence"],
                0,
                len(r["sentence"]),
                [(r["start"] - start, r["end"] - start, _EXPRESSION_STYLE)],
            )
            for wrapped in sentence.wrap(out, max(20, out.width - _INDENT)):
                wrapped.rstrip()
                out.print(Text(" " * _INDENT) + wrapped)
