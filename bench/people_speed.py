#!/usr/bin/env python3
"""Time the people extractor per article (budget: about 1.5 ms for an average BBC article, one core).

Usage: python bench/people_speed.py [CORPUS] [--rounds N]   (default corpus: ../shared/corpus/bbc)
Loading and segmenting are not timed; the word lists are loaded first. CPU time, so other load on
the machine does not count.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BBC, cpu_rounds
from newscli.config import Config
from newscli.corpus import load
from newscli.extract import people


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(BBC))
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    docs = load(args.corpus).documents
    config = Config()
    people.extract(docs[0], config)  # load the word lists
    words = sum(d.words() for d in docs)
    rounds = cpu_rounds(lambda: [people.extract(doc, config) for doc in docs], args.rounds)
    best = min(rounds)
    median = statistics.median(rounds)
    print(
        f"people: {len(docs)} docs, {words / len(docs):.0f} words/doc, "
        f"best {best * 1000 / len(docs):.3f} ms/doc, median {median * 1000 / len(docs):.3f} ms/doc (CPU time)"
    )


if __name__ == "__main__":
    main()
