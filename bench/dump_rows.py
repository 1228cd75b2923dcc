"""Write every row a build would store for each article of a corpus (one JSON line per document),
so that a speed change can be shown to leave the output byte-identical:

    python bench/dump_rows.py CORPUS before.jsonl      # on the old code
    python bench/dump_rows.py CORPUS after.jsonl       # on the new code
    cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newscli import build
from newscli.config import Config


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    root, out = sys.argv[1:]
    build._init_worker(Config())
    with open(out, "w", encoding="utf-8") as fh:
        for e in build.list_corpus(root).entries:
            _, rows = build._read_and_extract((e.path, e.rel, None, 10**8))
            for r in rows:
                record = {
                    "rel": r.rel,
                    "id": r.id,
                    "values": list(r.values),
                    "words": r.words,
                    "passages": r.passages,
                    "facts": r.facts,
                    "fact_rows": r.fact_rows,
                }
                fh.write(json.dumps(record, default=str, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
