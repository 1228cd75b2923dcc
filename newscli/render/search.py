"""Search hits on a terminal: where each passage is from, then the passage with matches highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newscli.env import Environment
from newscli.render import console, highlighted, text

MATCH_STYLE = "bold reverse"


def hits(env: Environment, records: Sequence[dict[str, Any]]) -> None:
    """Each hit: doc id, date, title and score on one line, the passage below with matches marked."""
    from rich.text import Text

    out = console(env)
    for record in records:
        head = Text()
        head.append_text(text(record["doc"], "bold"))
        for key in ("date", "title"):
            if record.get(key):
                head.append(" \u00b7 ", style="dim")
                head.append_text(text(record[key], "dim"))
        head.append(f"  ({record['score']:.2f})", style="dim")
        out.print(head)
        offset = record["start"]
        marks = [(s - offset, e - offset, MATCH_STYLE) for s, e in record["highlights"]]
        passage = record["passage"]
        out.print(highlighted(passage, 0, len(passage), marks))
        out.print()
