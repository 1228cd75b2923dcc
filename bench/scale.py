"""Scale: cold build and warm queries over 1k, 10k and 100k articles, and start-up time.

    python bench/scale.py [--sizes 1000 10000 100000] [--runs 5] [--work /tmp/newscli-bench]

For each size (a corpus made from ../shared/corpus/bbc by make_corpus.py, new ids, same text): the
cold build (`newscli index --rebuild`) in seconds, articles/s and MB/s, the peak RSS of the largest
process, the median warm latency of `people --limit 20`, `quotes --by NAME`, `timeline --limit 20`
and `search WORD`, and what `newscli index` does after one file is edited. Last, `newscli --help`
and `newscli people --format tsv` (bundled seeds, warm) against `python -c "import typer"`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWSCLI, ensure_corpus, environment, medians, run

PEAK = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)\n"
    "print(done.stdout.decode())\n"
)


def index_run(
    folder: Path, env: dict[str, str], jobs: int | None = None, rebuild: bool = False
) -> tuple[float, int, dict]:
    """Seconds, peak RSS (KB) of the largest process, and the report of `newscli index [--rebuild]`."""
    cmd = [*NEWSCLI, "--corpus", str(folder), "index", "--format", "json"]
    cmd += ["--jobs", str(jobs)] if jobs else []
    cmd += ["--rebuild"] if rebuild else []
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PEAK, *cmd], env=env, capture_output=True, text=True, check=True
    )
    took = time.perf_counter() - started
    first, report = done.stdout.split("\n", 1)
    peak, status = first.split()
    if status != "0":
        raise SystemExit(f"build failed: {' '.join(cmd)}")
    return took, int(peak), json.loads(report)[0]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newscli-bench"))
    parser.add_argument("--jobs", type=int, default=None, help="extraction processes (default: the CPUs)")
    parser.add_argument("--name", default="blair", help="speaker for quotes --by")
    parser.add_argument("--word", default="Blair", help="word for search")
    args = parser.parse_args()
    env = environment(args.work / "cache")
    print(f"newscli: {' '.join(NEWSCLI)}; cache in {args.work / 'cache'}")
    for size in args.sizes:
        folder = ensure_corpus(size, args.work / f"bbc{size}")
        megabytes = sum(f.stat().st_size for f in folder.rglob("*.txt")) / 1e6
        took, peak, report = index_run(folder, env, args.jobs, rebuild=True)
        print(
            f"\n{size:,} articles ({megabytes:.1f} MB): cold build {took:.1f} s = "
            f"{size / took:,.0f} articles/s, {megabytes / took:.2f} MB/s; peak RSS {peak / 1024:.0f} MB; "
            f"{report['documents']:,} documents"
        )
        corpus = [*NEWSCLI, "--corpus", str(folder)]
        warm = medians(
            {
                "people --limit 20": [*corpus, "people", "--limit", "20", "--format", "tsv"],
                f"quotes --by {args.name}": [*corpus, "quotes", "--by", args.name, "--format", "tsv"],
                "timeline --limit 20": [*corpus, "timeline", "--limit", "20", "--format", "tsv"],
                f"search {args.word}": [*corpus, "search", args.word, "--format", "tsv"],
            },
            args.runs,
            env,
        )
        for name, seconds in warm.items():
            print(f"  warm {name:<24} {seconds:.3f} s")
        edited = next(folder.rglob("*.txt"))
        original = edited.read_bytes()
        edited.write_bytes(original + b"\nOne more paragraph.\n")
        try:
            took, _, report = index_run(folder, env)
        finally:
            edited.write_bytes(original)
        print(
            f"  one file edited: newscli index took {took:.2f} s; new {report['new']}, changed "
            f"{report['changed']}, removed {report['removed']} of {report['documents']:,} documents"
        )
    run([*NEWSCLI, "people", "--format", "tsv"], env)  # the seeds' cache, so the next runs are warm
    startup = medians(
        {
            'python -c "import typer"': [sys.executable, "-c", "import typer"],
            "newscli --help": [*NEWSCLI, "--help"],
            "newscli people --format tsv (seeds)": [*NEWSCLI, "people", "--format", "tsv"],
        },
        max(args.runs, 10),
        env,
    )
    base = startup['python -c "import typer"']
    print("\nstart-up (medians):")
    for name, seconds in startup.items():
        print(f"  {name:<38} {seconds:.3f} s  {seconds / base:.2f}x")
    if shutil.which("nproc"):
        cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
        load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else "?"
        print(f"\n{cores} CPUs; load average {load} (other jobs on the machine slow every figure)")


if __name__ == "__main__":
    main()
