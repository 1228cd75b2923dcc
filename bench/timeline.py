"""Time the timeline extractor over the shared BBC corpus: CPU milliseconds per article (best of N runs).

Usage: python bench/timeline.py [CORPUS] [--runs N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BBC, cpu_rounds
from newscli.config import Config
from newscli.corpus import load
from newscli.extract import timeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(BBC))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    docs = load(args.corpus).documents
    config = Config()
    timeline.extract(docs[0], [], config)  # build the grammar outside the timing
    best = min(cpu_rounds(lambda: [timeline.extract(d, [], config) for d in docs], args.runs))
    events = sum(len(timeline.extract(d, [], config)) for d in docs)
    words = sum(d.words() for d in docs)
    print(
        f"timeline: {len(docs)} articles, {words / len(docs):.0f} words each, {events} events: "
        f"{best / len(docs) * 1000:.3f} CPU ms per article (best of {args.runs})"
    )


if __name__ == "__main__":
    main()
