"""Hostile article text through every command: inert on a terminal, exact in every machine format.

The corpus holds Rich markup, ANSI CSI and OSC sequences (colours, clear screen, cursor moves, OSC 8
links, a window title), C0 and C1 controls, bidi overrides and zero-width characters, in the text,
in the metadata and in a file name. Each command runs on a (pretended) terminal and in every
machine format; a command not registered on this branch is skipped, so after merging it runs too.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from pathlib import Path

import pytest
import typer
import yaml

from newscli.cli import app
from newscli.safe import UNSAFE, inert

TITLE = "Breaking [red]news[/red] \x1b]0;pwned\x07 from \u202eetis\u202c"
QUOTED = "\x1b[31mfailed\x1b[0m[bold]badly[/bold]\u200b"  # no space: a table may wrap at spaces
BODY = (
    f"{TITLE}\n\n"
    f'Maria Gonzalez said on June 18, 2024: "The plan {QUOTED} here," and Maria Gonzalez added that '
    "[link=https://evil.example/]this[/link] and \x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ "
    "were \u202edesrever\u202c with zero\u200bwidth\u2066 joiners, \x9b2J C1 and \x07 bells\x08.\n\n"
    'In 1948, Maria Gonzalez told reporters: "We will \x1b[2J\x1b[1;1Hstay\ufeff." The \U000e0041tag ends.\n'
)
SIDECAR = 'outlet: "Evil\\u200b News \\e[5m"\ndate: 2024-06-18\nauthor: "[bold]A. Writer[/bold] \\x9b"\n'
EVIL_NAME = "evil\x1b[31m\u202e"  # a file name is article data too: it becomes an id
# Rich's own styling on a terminal with NO_COLOR: attributes only (bold, dim, italic...), never colours.
RICH_SGR = re.compile(r"\x1b\[[0-9;]*m")
COMMANDS = {
    "docs": ("docs",),
    "show DOC": ("show", "hostile"),
    "show DOC named with escapes": ("show", EVIL_NAME),
    "show NAME": ("show", "Maria Gonzalez"),
    "people": ("people",),
    "quotes": ("quotes",),
    "timeline": ("timeline",),
    "search WORD": ("search", "gonzalez"),
}
# Where the hostile text itself must come back (the other commands may show only names): exactly in
# machine formats, and on a terminal as the visible escapes of `inert`, word for word.
EXACT = {"docs": TITLE, "show DOC": QUOTED, "quotes": QUOTED, "search WORD": QUOTED}
MACHINE = ("json", "jsonl", "yaml", "tsv", "csv")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(BODY, encoding="utf-8")
    (folder / "hostile.yaml").write_text(SIDECAR, encoding="utf-8")
    (folder / f"{EVIL_NAME}.txt").write_text("Other story\n\nMaria Gonzalez spoke.\n", encoding="utf-8")
    (folder / "empty\x1b]0;owned\x07.txt").write_text("", encoding="utf-8")  # reported on stderr
    return folder


def registered() -> set[str]:
    """The commands this branch has."""
    return set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def needs(case: str) -> tuple[str, ...]:
    """The arguments of a case, or skip when its command is not on this branch."""
    args = COMMANDS[case]
    if args[0] not in registered():
        pytest.skip(f"`{args[0]}` is not registered on this branch")
    return args


def expected_status(case: str) -> int:
    # `show NAME` finds a person only once the people index exists.
    return 0 if case != "show NAME" or "people" in registered() else 1


def assert_inert(raw: str, terminal_styles: bool = False) -> None:
    """No character from the unsafe set; on a terminal, Rich's own attribute codes are allowed."""
    shown = RICH_SGR.sub("", raw) if terminal_styles else raw
    found = UNSAFE.search(shown)
    near = shown[max(0, found.start() - 30) :][:60] if found else ""
    assert found is None, f"{found.group()!r} reached the output near {near!r}"


def assert_shown(view: str, text: str) -> None:
    """Each word of `text` appears on the terminal with markup as written and escapes as \\x1b."""
    for word in inert(text).split():
        assert word in view, f"{word!r} is not shown"


def strings(value) -> list[str]:
    """Every string inside parsed JSON or YAML."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*strings(k), *strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def unescape_tsv(cell: str) -> str:
    named = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
    pattern = r"\\(?:x([0-9a-f]{2})|u([0-9a-f]{4})|U([0-9a-f]{8})|(.))"

    def one(m: re.Match[str]) -> str:
        code = m.group(1) or m.group(2) or m.group(3)
        return chr(int(code, 16)) if code else named[m.group(4)]

    return re.sub(pattern, one, cell)


@pytest.mark.parametrize("case", list(COMMANDS))
def test_terminal_view_is_inert(cli, corpus, case):
    result = cli("--corpus", str(corpus), *needs(case), tty=True, width=200)
    assert result.exit_code == expected_status(case), result.stderr
    assert_inert(result.stdout, terminal_styles=True)
    assert_inert(result.stderr)
    assert "empty\\x1b]0;owned\\x07.txt" in result.stderr  # the bad file, named visibly
    if case in EXACT:
        assert_shown(RICH_SGR.sub("", result.stdout), EXACT[case])


@pytest.mark.parametrize("fmt", MACHINE)
@pytest.mark.parametrize("case", list(COMMANDS))
def test_machine_formats_are_exact_and_inert(cli, corpus, case, fmt):
    result = cli("--corpus", str(corpus), *needs(case), "--format", fmt)
    assert result.exit_code == expected_status(case), result.stderr
    assert_inert(result.stderr)
    if fmt == "csv":  # CSV has no escapes: exact in a pipe (checked below), inert on a terminal
        assert_inert(cli("--corpus", str(corpus), *COMMANDS[case], "--format", fmt, tty=True).stdout)
    else:
        assert_inert(result.stdout)
    if result.exit_code:
        return
    if fmt in ("json", "yaml"):
        found = strings(json.loads(result.stdout) if fmt == "json" else yaml.safe_load(result.stdout))
    elif fmt == "jsonl":
        found = [s for line in result.stdout.splitlines() for s in strings(json.loads(line))]
    else:
        rows = csv.reader(io.StringIO(result.stdout), delimiter="," if fmt == "csv" else "\t")
        found = [unescape_tsv(c) if fmt == "tsv" else c for row in rows for c in row]
    if case in EXACT:
        assert any(EXACT[case] in s for s in found), f"{EXACT[case]!r} not found exactly"
    if case == "docs":
        assert EVIL_NAME in found  # the id made from the file name, exact
        assert "Evil\u200b News \x1b[5m" in found  # the outlet from the sidecar, exact


def test_sidecar_metadata_is_exact_in_show_json(cli, corpus):
    record = json.loads(cli("--corpus", str(corpus), "show", "hostile", "--format", "json").stdout)
    assert record["text"] == BODY
    assert (record["outlet"], record["author"]) == ("Evil\u200b News \x1b[5m", "[bold]A. Writer[/bold] \x9b")


@pytest.mark.shell
@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("case", list(COMMANDS))
def test_real_terminal_receives_no_article_escape(corpus, case):
    """The installed program on a real pseudo-terminal (colour on): only Rich's own SGR codes appear."""
    pexpect = pytest.importorskip("pexpect")
    args = needs(case)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "NEWSCLI_CORPUS")}
    env.update(TERM="xterm-256color", COLUMNS="200", LINES="50")
    child = pexpect.spawn(
        sys.executable, ["-m", "newscli", "--corpus", str(corpus), *args], env=env, timeout=60, encoding=None
    )
    child.expect(pexpect.EOF)
    child.close()
    raw = child.before.decode("utf-8", "replace").replace("\r\n", "\n")
    assert child.exitstatus == expected_status(case)
    # Colour is on here, so Rich may emit any SGR, but only SGR: no OSC, no cursor move, no clear;
    # and the article's own SGR codes are among the words shown as visible escapes.
    assert_inert(raw, terminal_styles=True)
    if case in EXACT:
        assert_shown(RICH_SGR.sub("", raw), EXACT[case])


def test_the_unsafe_set_holds_every_control_and_format_character_of_this_python():
    import unicodedata

    categories = {"Cc", "Cf", "Zl", "Zp", "Cs"}
    missing = [
        f"U+{cp:04X}"
        for cp in range(sys.maxunicode + 1)
        if chr(cp) not in "\t\n" and unicodedata.category(chr(cp)) in categories and not UNSAFE.match(chr(cp))
    ]
    assert missing == [], f"add to safe.UNSAFE_CLASS (Unicode {unicodedata.unidata_version}): {missing}"
    assert UNSAFE.search("\t\n plain text, caf\u00e9, \u201cquoted\u201d, \u4e2d\u6587, \U0001f600") is None
