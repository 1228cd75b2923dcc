"""CPU milliseconds a build worker spends per article, reading and extracting the corpus in one
process with the worker's collector settings; `--profile KEY` prints a cProfile table sorted by KEY.

Usage: python bench/worker_cpu.py [CORPUS] [--profile tottime|cumulative]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BBC
from newscli import build
from newscli.config import Config


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(BBC))
    ap.add_argument("--profile", metavar="KEY", help="print a profile sorted by KEY (tottime, cumulative)")
    args = ap.parse_args()
    tasks = [(e.path, e.rel, None, 10**8) for e in build.list_corpus(args.corpus).entries]
    build._start_worker(Config())  # data loaded, collector set as in a worker
    profile = cProfile.Profile() if args.profile else None
    started = time.process_time()
    if profile:
        profile.enable()
    for task in tasks:
        build._read_and_extract(task)
    if profile:
        profile.disable()
        pstats.Stats(profile).sort_stats(args.profile).print_stats(45)
    took = time.process_time() - started
    print(f"{len(tasks)} files: {took / len(tasks) * 1000:.3f} ms per file{' (profiled)' if profile else ''}")


if __name__ == "__main__":
    main()
