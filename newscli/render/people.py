"""Rich view of one person's (or organisation's, or place's) profile."""

from __future__ import annotations

from typing import Any

from newscli.env import Environment
from newscli.render import console, highlighted, text

_NAME_STYLE = "bold cyan"


def profile(env: Environment, record: dict[str, Any], sources: dict[str, str]) -> None:
    """A profile for reading: names, roles with sentences, documents, passages, people alongside.

    `sources` maps each document id to its text, so passages are cut and highlighted by offsets.
    """
    from rich.text import Text

    out = console(env)
    out.print(text(record["name"], "bold") + Text(f"  {record['kind']}", style="dim"))
    if record["aliases"]:
        out.print(Text("also: ", style="dim") + text(", ".join(record["aliases"])))
    docs = len(record["documents"])
    out.print(Text(f"{_count(record['mentions'], 'mention')} in {_count(docs, 'document')}", style="dim"))
    if record["roles"]:
        out.print(Text("\nRoles", style="bold"))
        for role in record["roles"]:
            line = (
                Text("  ")
                + text(role["text"], "green")
                + Text(f"  ({role['kind']}, {role['doc']})", style="dim")
            )
            out.print(line)
            sent = role.get("sentence")
            if sent:
                out.print(
                    Text("    ")
                    + highlighted(
                        sources[role["doc"]],
                        sent["start"],
                        sent["end"],
                        [(role["start"], role["end"], "green")],
                    )
                )
    out.print(Text("\nDocuments", style="bold"))
    for d in record["documents"]:
        out.print(
            Text(f"  {d['mentions']:>3}  ", style="dim")
            + text(d["doc"])
            + Text("  ")
            + text(d["title"], "dim")
        )
    if record["passages"]:
        out.print(Text("\nPassages", style="bold"))
        for p in record["passages"]:
            marks = [(s, e, _NAME_STYLE) for s, e in p["highlights"]]
            out.print(
                Text(f"  {p['doc']}: ", style="dim")
                + highlighted(sources[p["doc"]], p["start"], p["end"], marks)
            )
    for title, items, fmt in (
        ("Quotes", record.get("quotes"), lambda q: f"\u201c{q['text']}\u201d ({q['doc']})"),
        ("Events", record.get("events"), lambda e: f"{e['date'] or '?'}  {e['expression']} ({e['doc']})"),
        (
            "Alongside",
            record.get("alongside"),
            lambda a: f"{a['name']} ({_count(a['documents'], 'document')})",
        ),
    ):
        if items:
            out.print(Text(f"\n{title}", style="bold"))
            for item in items:
                out.print(Text("  ") + text(fmt(item)))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
