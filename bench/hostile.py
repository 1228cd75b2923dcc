"""Hostile shapes of input take time linear in their size: prints seconds and time per unit.

Five shapes, each at four sizes doubling up to the issue's figure:
  single line       a 50 MB file with no newline
  paragraphs        an article of 10,000 paragraphs
  unclosed quote    a quote mark never closed, then 100,000 words (in paragraphs)
  quote marks       100,000 quote marks in one paragraph
  capitalised       one sentence of 10,000 capitalised words

Each (shape, size) runs in a fresh process, timing the stages a user meets: `build` (load, segment,
extract everything, merge: Index.build), `json` and `yaml` (show DOC in those formats), `terminal`
(show DOC as Rich renders it), and `search` when the command exists. Linear time shows as a constant
time per unit down each column; `growth` is the largest size's time per unit over the smallest's
(1.0 is linear, 8.0 would be quadratic over these sizes; fixed costs make small sizes dearer, so
linear often shows below 1). Peak memory of the whole process (max RSS) is printed too: it
includes the generated text.

    python bench/hostile.py                 # full sizes (a few minutes)
    python bench/hostile.py --scale 0.1     # a tenth of each size
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

NAMES = "Maria Gonzalez Peter Okafor Anna Lindqvist Tomas Herrera Li Wei Sarah Cohen".split()
WORDS = (
    "the minister said on Tuesday that officials had told reporters in June 2024 a new plan would "
    "start next month after talks with the foundation and the ministry of defence in 1948"
).split()
MARKS = ('"', "\u201c", "\u201d", "'", "\u2018", "\u2019")


def sentence(rng: random.Random, words: int = 14) -> str:
    """A news-like sentence: a name, some words, perhaps a quotation and a date."""
    body = " ".join(rng.choice(WORDS) for _ in range(words))
    name = f"{rng.choice(NAMES[::2])} {rng.choice(NAMES[1::2])}"
    if rng.random() < 0.3:
        return f'"{body.capitalize()}," {name} said.'
    return f"{name} said {body}."


def single_line(size: int, rng: random.Random) -> str:
    """`size` bytes of sentences with no newline at all."""
    parts, total = [], 0
    while total < size:
        parts.append(sentence(rng))
        total += len(parts[-1]) + 1
    return " ".join(parts)


def paragraphs(count: int, rng: random.Random) -> str:
    return "Headline of the story\n\n" + "\n\n".join(sentence(rng) for _ in range(count))


def unclosed_quote(words: int, rng: random.Random) -> str:
    """A quote mark that never closes, followed by `words` words in paragraphs of 50."""
    paras = [" ".join(rng.choice(WORDS) for _ in range(50)) + "." for _ in range(words // 50)]
    return 'Headline\n\nMaria Gonzalez said: "We will ' + "\n\n".join(paras)


def quote_marks(count: int, rng: random.Random) -> str:
    """`count` quote marks of every kind in one paragraph, between short words."""
    return "Headline\n\n" + " ".join(f"{rng.choice(MARKS)}{rng.choice(WORDS)}" for _ in range(count)) + "."


def capitalised(count: int, rng: random.Random) -> str:
    """One sentence of `count` capitalised words, the shape of a name run that never ends."""
    pool = [w.capitalize() for w in WORDS] + NAMES
    return "Headline\n\n" + " ".join(rng.choice(pool) for _ in range(count)) + "."


SHAPES: dict[str, tuple[Callable[[int, random.Random], str], int, str, int]] = {
    # name: (generator, full size, unit, units per generator step)
    "single line": (single_line, 50, "MB", 1_000_000),
    "paragraphs": (paragraphs, 10_000, "paragraphs", 1),
    "unclosed quote": (unclosed_quote, 100_000, "words", 1),
    "quote marks": (quote_marks, 100_000, "marks", 1),
    "capitalised": (capitalised, 10_000, "words", 1),
}
STAGES = ("build", "json", "yaml", "terminal", "search")


def measure(shape: str, size: float) -> dict[str, float | None]:
    """Time each stage on one generated article (run in its own process, after a warm-up)."""
    make, _, _, step = SHAPES[shape]
    os.environ["NEWSCLI_NO_CONFIG"] = "1"
    _stages('Warm up\n\nMaria Gonzalez said "hello" on Tuesday.')  # imports and caches, not timed
    times = _stages(make(int(size * step), random.Random(7)))
    times["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times


def _stages(text: str) -> dict[str, float | None]:
    from newscli import render
    from newscli.env import Environment
    from newscli.index import Index
    from newscli.output import write_object
    from newscli.queries import docs as query

    times: dict[str, float | None] = {}
    with tempfile.TemporaryDirectory(prefix="newscli-bench-") as folder:
        path = os.path.join(folder, "article.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        start = time.perf_counter()
        index = Index.build(path)
        times["build"] = time.perf_counter() - start
        record = query.document_record(index.documents[0])
        with open(os.devnull, "w", encoding="utf-8") as sink:  # output is written, not kept
            for fmt in ("json", "yaml"):
                start = time.perf_counter()
                write_object(record, query.ARTICLE_COLUMNS, fmt, sink, terminal=False)
                times[fmt] = time.perf_counter() - start
            env = Environment(stdout=sink, stdout_isatty=True, width=120)
            start = time.perf_counter()
            render.article(env, record)
            times["terminal"] = time.perf_counter() - start
        times["search"] = _search(path)
    return times


def _search(path: str) -> float | None:
    """`newscli search said --format json` in-process, when this build has the command."""
    import typer

    from newscli.cli import app
    from newscli.env import Environment
    from newscli.session import Session

    if "search" not in typer.main.get_command(app).commands:  # type: ignore[attr-defined]
        return None
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdout_isatty=False)
    start = time.perf_counter()
    app(["--corpus", path, "search", "said", "--format", "json"], obj=Session(env=env), standalone_mode=False)
    return time.perf_counter() - start


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes (default 1)")
    parser.add_argument("--shape", choices=list(SHAPES), action="append", help="only these shapes")
    parser.add_argument("--one", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], float(args.one[1]))))
        return
    print(f"newscli hostile-input benchmark (Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)\n")
    for shape in args.shape or SHAPES:
        _, full, unit, _ = SHAPES[shape]
        sizes = [full * args.scale / 2**k for k in (3, 2, 1, 0)]
        rows = []
        for size in sizes:
            one = [sys.executable, __file__, "--one", shape, repr(size)]
            out = subprocess.run(one, capture_output=True, text=True, check=True)
            rows.append((size, json.loads(out.stdout)))
        _print(shape, unit, rows)


def _print(shape: str, unit: str, rows: list[tuple[float, dict[str, float | None]]]) -> None:
    stages = [s for s in STAGES if rows[0][1].get(s) is not None]
    print(f"{shape} (per {unit}: microseconds)")
    print(f"  {'size':>10}  " + "  ".join(f"{s:>17}" for s in stages) + f"  {'max RSS':>8}")
    for size, t in rows:
        cells = [f"{t[s]:7.2f}s {t[s] / size * 1e6:8.1f}" for s in stages]
        print(f"  {size:>10g}  " + "  ".join(cells) + f"  {t['max_rss_mb']:6.0f}MB")
    growth = [(rows[-1][1][s] / rows[-1][0]) / max(rows[0][1][s] / rows[0][0], 1e-12) for s in stages]
    print(f"  {'growth':>10}  " + "  ".join(f"{g:17.2f}" for g in growth) + "\n")


if __name__ == "__main__":
    main()
