"""Time quote extraction (people first, as the index does) over a corpus; prints ms per article.

python bench/quotes_bench.py [CORPUS]   (default: ../shared/corpus/bbc)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BBC, cpu_rounds
from newscli.config import Config
from newscli.corpus import load
from newscli.extract import people, quotes


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else BBC
    docs = load(str(root)).documents
    config = Config()
    entities = [people.extract(d, config) for d in docs]
    pairs = list(zip(docs, entities, strict=True))
    best = min(cpu_rounds(lambda: [quotes.extract(d, e, config) for d, e in pairs], 3))
    found = sum(len(quotes.extract(d, e, config)) for d, e in pairs)
    words = sum(d.words() for d in docs)
    print(
        f"{len(docs)} articles, {words / len(docs):.0f} words on average, {found} quotations: "
        f"quote extraction {1000 * best / len(docs):.3f} ms per article (CPU time, best of 3, one core)"
    )


if __name__ == "__main__":
    main()
