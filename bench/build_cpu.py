#!/usr/bin/env python3
"""CPU seconds of the main process in a cold build: while the workers extract, and the tail after.

    python bench/build_cpu.py [--size 10000] [--jobs 2] [--work /tmp/newscli-bench] [--corpus DIR]

While the workers extract, the main process stores their rows and merges entities, taking CPU from
them on a machine with as many cores as workers; after the last file it finishes alone (positions,
entities, vocabulary), one core idle: the tail. CPU time (all threads of the main process) is
printed beside wall time, since other load on the machine stretches wall time but hardly CPU time.
The corpus is made by make_corpus.py when missing; the database goes to a temporary file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ensure_corpus
from newscli import build
from newscli.config import Config
from newscli.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newscli-bench"))
    parser.add_argument("--corpus", type=Path, help="an existing corpus instead (size ignored)")
    args = parser.parse_args()
    folder = args.corpus or ensure_corpus(args.size, args.work / f"bbc{args.size}")
    listing = build.list_corpus(str(folder))
    marks: dict[str, tuple[float, float]] = {}

    def progress(done: int, total: int) -> None:
        if done == total:
            marks["extracted"] = (time.process_time(), time.perf_counter())

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.create(str(Path(tmp) / "cache.sqlite"))
        start = (time.process_time(), time.perf_counter())
        report = build.build(store, listing, Config(), progress, args.jobs)
        end = (time.process_time(), time.perf_counter())
        store.close()
    loop = [b - a for a, b in zip(start, marks["extracted"], strict=True)]
    tail = [b - a for a, b in zip(marks["extracted"], end, strict=True)]
    n = report.documents
    print(f"{n:,} documents, {args.jobs} workers; main process CPU / wall seconds:")
    per_doc = loop[0] / n * 1000
    print(f"  while the workers extract {loop[0]:7.2f} CPU = {per_doc:.3f} ms a document, {loop[1]:.1f} wall")
    print(f"  tail after the last file  {tail[0]:7.2f} CPU, {tail[1]:.1f} wall")


if __name__ == "__main__":
    main()
