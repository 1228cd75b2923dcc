"""Search latency: `newscli search WORD` (warm cache) against `rg -il WORD` and `grep -ril WORD`.

    python bench/search.py [--runs 7] [--words Blair broadband ...] [--work /tmp/newscli-bench]

Runs over ../shared/corpus/bbc (2,225 articles) and a corpus 20x larger made from it (44,500
articles, new ids, same text; made by make_corpus.py under --work). Each command runs --runs times
in turns; the medians are printed with the ratio newscli / ripgrep (below 1: newscli is faster).
ripgrep (Debian package `ripgrep`) is needed for this benchmark only.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWSCLI, SHARED, ensure_corpus, environment, medians, run

WORDS = ["Blair", "broadband", "Yukos", "referendum"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--words", nargs="+", default=WORDS)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newscli-bench"))
    args = parser.parse_args()
    if not shutil.which("rg"):
        raise SystemExit("ripgrep is needed: apt-get install ripgrep")
    env = environment(args.work / "cache")
    corpora = {
        "bbc (2,225)": SHARED / "corpus" / "bbc",
        "bbc x20 (44,500)": ensure_corpus(44_500, args.work / "bbc20x"),
    }
    print(f"{'corpus':<18} {'word':<12} {'newscli':>9} {'rg -il':>9} {'grep -ril':>10} {'newscli/rg':>11}")
    for label, folder in corpora.items():
        built = run([*NEWSCLI, "--corpus", str(folder), "index"], env)
        print(f"{label:<18} (cache built or refreshed in {built:.1f} s)")
        for word in args.words:
            times = medians(
                {
                    "newscli": [*NEWSCLI, "--corpus", str(folder), "search", word, "--format", "tsv"],
                    "rg": ["rg", "-il", word, str(folder)],
                    "grep": ["grep", "-ril", word, str(folder)],
                },
                args.runs,
                env,
            )
            ratio = times["newscli"] / times["rg"]
            print(
                f"{label:<18} {word:<12} {times['newscli']:>8.3f}s {times['rg']:>8.3f}s "
                f"{times['grep']:>9.3f}s {ratio:>10.2f}x"
            )


if __name__ == "__main__":
    main()
