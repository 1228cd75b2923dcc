"""Time the timeline extractor over the shared BBC corpus: CPU milliseconds per article (best of N runs).

Usage: python bench/timeline.py [CORPUS] [--runs N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newscli.config import Config
from newscli.corpus import load
from newscli.extract import timeline

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    docs = load(args.corpus).documents
    config = Config()
    timeline.extract(docs[0], [], config)  # build the grammar outside the timing
    best, events = float("inf"), 0
    for _ in range(args.runs):
        t0 = time.process_time()
        events = sum(len(timeline.extract(d, [], config)) for d in docs)
        best = min(best, time.process_time() - t0)
    words = sum(d.words() for d in docs)
    print(
        f"timeline: {len(docs)} articles, {words / len(docs):.0f} words each, {events} events: "
        f"{best / len(docs) * 1000:.3f} CPU ms per article (best of {args.runs})"
    )


if __name__ == "__main__":
    main()
