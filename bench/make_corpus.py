"""Make a bigger corpus from the BBC articles: N articles, each a copy of a BBC text under a new id.

    python bench/make_corpus.py 10000 /tmp/bbc10k [--source ../shared/corpus/bbc]

Copies keep the five topic folders (business/, sport/, ...) and are named COPY-STEM.txt (000-001.txt,
001-001.txt, ...), so every file is a distinct document id and the text is byte for byte the same.
Modification times are copied too, so a second run of the generator leaves caches valid.
"""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

DEFAULT_SOURCE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc"


def articles(source: Path) -> list[Path]:
    """The article files of the source corpus, sorted (README and other non-articles left out)."""
    return sorted(p for p in source.rglob("*.txt") if p.parent != source)


def make(size: int, out: Path, source: Path) -> int:
    """Write `size` articles under `out`; returns how many were written."""
    originals = articles(source)
    if not originals:
        raise SystemExit(f"no articles under {source}")
    written = 0
    for copy in range((size + len(originals) - 1) // len(originals)):
        for original in originals:
            if written == size:
                return written
            target = out / original.parent.name / f"{copy:03d}-{original.name}"
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(original, target)
            written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("size", type=int, help="how many articles (e.g. 1000, 10000, 100000)")
    parser.add_argument("out", type=Path, help="folder to write into")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="the BBC corpus folder")
    args = parser.parse_args()
    count = make(args.size, args.out, args.source)
    total = sum(f.stat().st_size for f in args.out.rglob("*.txt"))
    print(f"{count} articles, {total / 1e6:.1f} MB in {os.fspath(args.out)}")


if __name__ == "__main__":
    main()
