"""Time what a build worker does per article besides people and quotes: CPU milliseconds per article.

Reading the file, making the Document (paragraphs, sentences, repeats), the timeline, and the rows
`build.doc_row` stores (JSON, index text, fact rows), each timed alone over the corpus (best of N).

Usage: python bench/worker_parts.py [CORPUS] [--runs N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BBC, cpu_rounds
from newscli import build, corpus, extract
from newscli.config import Config
from newscli.extract import people, timeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(BBC))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    config = Config()
    files = [(e.path, e.rel) for e in build.list_corpus(args.corpus).entries]
    raws = [raw for path, rel in files for raw in corpus.read_file(path, rel, 10**9, [])]
    docs = [corpus.make_document(raw, raw.base_id) for raw in raws]
    entities = [people.extract(doc, config) for doc in docs]
    facts = [extract.extract_all(doc, config) for doc in docs]

    def rows() -> None:
        """build.doc_row with the Document and facts handed in ready-made."""
        made, found = iter(docs), iter(facts)
        with (
            mock.patch.object(corpus, "make_document", lambda raw, doc_id: next(made)),
            mock.patch.object(extract, "extract_all", lambda doc, cfg: next(found)),
        ):
            for raw in raws:
                build.doc_row(raw, raw.base_id, config)

    parts: dict[str, Callable[[], object]] = {
        "read_file": lambda: [corpus.read_file(path, rel, 10**9, []) for path, rel in files],
        "make_document": lambda: [corpus.make_document(raw, raw.base_id) for raw in raws],
        "timeline": lambda: [timeline.extract(d, e, config) for d, e in zip(docs, entities, strict=True)],
        "rows": rows,
    }
    total = 0.0
    for name, work in parts.items():
        ms = min(cpu_rounds(work, args.runs)) / len(raws) * 1000
        total += ms
        print(f"{name:14s} {ms:.3f} CPU ms per article")
    print(f"{'total':14s} {total:.3f} CPU ms per article ({len(raws)} articles, best of {args.runs})")


if __name__ == "__main__":
    main()
