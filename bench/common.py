"""What the benchmark scripts share: the corpora, running a command many times, timing CPU work."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpus" / "bbc"
NEWSCLI = (
    [
        shutil.which("newscli") or "",
    ]
    if shutil.which("newscli")
    else [sys.executable, "-m", "newscli"]
)


def environment(cache: Path) -> dict[str, str]:
    """The environment for timed runs: a cache folder of the benchmark's own, no corpus preset."""
    env = {k: v for k, v in os.environ.items() if k != "NEWSCLI_CORPUS"}
    env["XDG_CACHE_HOME"] = str(cache)
    return env


def run(cmd: Sequence[str], env: dict[str, str] | None = None, check: bool = True) -> float:
    """Seconds one run of `cmd` took (output thrown away)."""
    started = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    took = time.perf_counter() - started
    if check and done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {done.returncode}")
    return took


def medians(
    commands: dict[str, Sequence[str]], runs: int, env: dict[str, str] | None = None
) -> dict[str, float]:
    """Median seconds of each command, run in turns (a b c a b c ...) so that load hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(run(cmd, env))
    return {name: statistics.median(t) for name, t in times.items()}


def ensure_corpus(size: int, folder: Path) -> Path:
    """A corpus of `size` BBC-derived articles at `folder` (made by make_corpus.py when missing)."""
    from bench.make_corpus import DEFAULT_SOURCE, make

    if not folder.is_dir() or sum(1 for _ in folder.rglob("*.txt")) < size:
        make(size, folder, DEFAULT_SOURCE)
    return folder


def cpu_rounds(work: Callable[[], object], rounds: int) -> list[float]:
    """CPU seconds of `work()` in each of `rounds` runs: other load on the machine does not count."""
    out = []
    for _ in range(rounds):
        start = time.process_time()
        work()
        out.append(time.process_time() - start)
    return out
