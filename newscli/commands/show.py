"""`newscli show TARGET`: one article by id, else one person (or organisation, or place) by name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from newscli.app import CorpusOpt, FormatOpt, app, chosen_format, emit, session
from newscli.completion import complete_targets
from newscli.errors import ExitStatus

if TYPE_CHECKING:
    from newscli.index import Index
    from newscli.session import Session

_PERSON_STYLE = "bold cyan"


@app.command(
    "show",
    epilog="""Examples:\n
  newscli show 000_34bbc5d1c4cfa990\n
  newscli show 'vladmir putin'\n
  newscli show Rugiero --format json | jq -r '.roles[].text'\n
  newscli show 000_34bbc5d1c4cfa990 --format json | jq -r '.mentions[].person' | sort | uniq -c""",
)
def show(
    ctx: typer.Context,
    target: Annotated[
        str,
        typer.Argument(
            help="A document id, or a name (typos, case, hyphens and word order forgiven).",
            show_default=False,
            autocompletion=complete_targets,
        ),
    ],
    corpus: CorpusOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """Show one article (people highlighted) or one person's profile.

    In machine formats, one record: an article with its metadata, full text and person mentions,
    or a person's profile with `name` first.
    """
    sess = session(ctx)
    index = sess.index(corpus)
    if index.document(target) is not None or _looks_like_id(target):
        _article(sess, index, target, fmt)  # an unknown id fails there, suggesting close ids
    else:
        _profile(sess, index, target, fmt)


def _looks_like_id(target: str) -> bool:
    """Names hold no digits, underscores or slashes; document ids usually do."""
    return any(c.isdigit() or c in "_/:~" for c in target)


def _article(sess: Session, index: Index, doc_id: str, fmt) -> None:
    from newscli.queries import docs as query
    from newscli.queries import people as people_query

    doc = query.find_document(index, doc_id)
    record = query.document_record(doc)
    record["mentions"] = people_query.doc_mentions(index, doc.id)
    kind = chosen_format(sess, fmt)
    if kind == "table":
        from newscli import render

        marks = [(m["start"], m["end"], _PERSON_STYLE) for m in record["mentions"]]
        render.article(sess.env, record, marks)
    else:
        from newscli.output import write_object

        write_object(record, query.ARTICLE_COLUMNS, kind, sess.env.stdout, terminal=sess.env.stdout_isatty)


def _profile(sess: Session, index: Index, name: str, fmt) -> None:
    from newscli.queries import people as people_query

    found = people_query.lookup(index, name)
    if found.entity is None:
        sess.env.note(f"{name!r} is close to several names; say which:")
        emit(sess, people_query.candidate_rows(found.candidates), people_query.CANDIDATE_COLUMNS, fmt)
        raise typer.Exit(int(ExitStatus.NOT_FOUND))
    record = people_query.profile(index, found.entity)
    kind = chosen_format(sess, fmt)
    if kind == "table":
        from newscli.render import people as render_people

        sources = {d["doc"]: index.document(d["doc"]).text for d in record["documents"]}  # type: ignore[union-attr]
        sources.update({r["doc"]: index.document(r["doc"]).text for r in record["roles"]})  # type: ignore[union-attr]
        render_people.profile(sess.env, record, sources)
    else:
        from newscli.output import write_object

        if kind in ("csv", "tsv"):
            record = people_query.profile_row(record)
        write_object(
            record, people_query.PROFILE_COLUMNS, kind, sess.env.stdout, terminal=sess.env.stdout_isatty
        )
