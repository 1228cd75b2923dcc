"""Finding and loading articles: folders, single files and stdin, in txt, md, json and jsonl.

One bad file never stops the rest: each is reported as a `Problem` (file and line) and skipped.
Loading never prints; the caller decides what to show.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscli import meta, text
from newscli.errors import CorpusError
from newscli.files import MB, Unreadable, read_regular
from newscli.model import Document, Problem
from newscli.yamlio import YamlError, load_yaml

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".json", ".jsonl", ".ndjson")
SIDECAR_SUFFIXES = (".yaml", ".yml")
# Files that describe a data set rather than being one of its articles (README.TXT of the BBC set).
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "copying", "authors", "notice")
DEFAULT_MAX_FILE_MB = 100
META_MAX_BYTES = 1 * MB  # sidecars, front matter and config hold a few fields, never megabytes
META_LIMIT_HINT = "metadata files are limited to 1 MB"
TITLE_MAX = 300  # characters of a title taken from the first line of the text
_SURROGATE = re.compile("[\ud800-\udfff]")
ENV_VAR = "NEWSCLI_CORPUS"
STDIN = "-"


@dataclass(slots=True)
class Raw:
    """An article read from a file, before it has its final (corpus-unique) id."""

    base_id: str
    rel: str  # path relative to the corpus root, without suffix: the id when stems clash
    text: str
    source: str
    metadata: dict[str, str | None]


@dataclass
class LoadResult:
    """The documents of a corpus, and what could not be read (or was read with a note)."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def bundled_seeds() -> Path:
    """The seed corpus shipped inside the package (wheel), or the repo's top-level `seeds/` (editable)."""
    inside = Path(__file__).with_name("seeds")
    return inside if inside.is_dir() else Path(__file__).resolve().parent.parent / "seeds"


def resolve(path: str | None) -> str:
    """The corpus to use: the --corpus value, else $NEWSCLI_CORPUS, else the bundled seeds."""
    chosen = path or os.environ.get(ENV_VAR) or str(bundled_seeds())
    if chosen != STDIN and not os.path.exists(chosen):
        raise CorpusError(f"corpus {display(chosen)}: no such file or folder")
    return chosen


def display(path: str | os.PathLike[str]) -> str:
    """A path as printable text, even when its name is not valid UTF-8."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "replace")


def load(path: str, stdin_text: str | None = None, max_bytes: int = DEFAULT_MAX_FILE_MB * MB) -> LoadResult:
    """Load every article under `path` (a folder, searched recursively; a file; or "-" with `stdin_text`).

    `max_bytes` limits each file (the config's `max_file_mb`); a larger one is reported and skipped.
    """
    result = LoadResult()
    raws: list[Raw] = []
    if path == STDIN:
        raws.extend(read_stdin(stdin_text or "", result.problems))
    elif os.path.isdir(path):
        for file, _ in walk(path, result.problems):
            raws.extend(read_file(file, os.path.relpath(file, path), max_bytes, result.problems))
    else:
        raws.extend(read_file(path, os.path.basename(path), max_bytes, result.problems))
    ids = unique_ids([(r.base_id, r.rel) for r in raws])
    result.documents = [make_document(raw, doc_id) for raw, doc_id in zip(raws, ids, strict=True)]
    return result


def walk(
    root: str, problems: list[Problem], folders: list[str] | None = None
) -> list[tuple[str, str | None]]:
    """Article files under `root`, depth first in name order, without recursion (any depth is fine),
    each with its sidecar metadata file (or None); every folder looked into is added to `folders`.

    The sidecar comes from the same folder listing, so a cache can tell that one changed without a
    look-up per article. Hidden entries are skipped. Symlinked files are read (`read_regular`
    follows them and refuses FIFOs and devices); symlinked folders are reported and not followed,
    so a link to `..` or `/` can neither loop nor wander off. A folder is a folder whatever its name
    (`x.txt/` is searched).
    """
    found: list[tuple[str, str | None]] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            reason = (exc.strerror or str(exc)).lower()
            problems.append(Problem(display(folder), f"folder not read: {reason}"))
            continue
        if folders is not None:
            folders.append(folder)
        sidecars: dict[str, str] = {}
        for entry in entries:
            if entry.name.endswith(SIDECAR_SUFFIXES):
                stem = os.path.splitext(entry.name)[0]
                if stem not in sidecars or entry.name.endswith(SIDECAR_SUFFIXES[0]):
                    sidecars[stem] = entry.path
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_folder(entry):
                if entry.is_symlink():
                    problems.append(Problem(display(entry.path), "symbolic link to a folder: not followed"))
                else:
                    subfolders.append(entry.path)
            elif _is_article_name(entry.name):
                found.append((entry.path, sidecars.get(os.path.splitext(entry.name)[0])))
        stack.extend(reversed(subfolders))
    return found


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link loop or a vanished entry: read as a file, whose reading reports it
        return False


def _is_article_name(name: str) -> bool:
    stem, suffix = os.path.splitext(name)
    return suffix.lower() in ARTICLE_SUFFIXES and stem.lower() not in NOT_ARTICLES


def _decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes: UTF-8, else cp1252 (then latin-1), with a note saying so. Newlines become LF."""
    if b"\0" in data[:8192]:
        raise ValueError("binary content (NUL bytes), not text")
    note = None
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            decoded, note = data.decode("cp1252"), f"not UTF-8 (byte {exc.start}); decoded as cp1252"
        except UnicodeDecodeError:
            decoded, note = data.decode("latin-1"), f"not UTF-8 (byte {exc.start}); decoded as latin-1"
    if "\r" in decoded:
        decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    return decoded, note


def read_file(path: str, rel: str, max_bytes: int, problems: list[Problem]) -> list[Raw]:
    """The articles of one file (several for json/jsonl); what went wrong is added to `problems`."""
    shown = display(path)
    try:
        body, note = _decode(read_regular(path, max_bytes, "raise max_file_mb in newscli.yaml to read it"))
    except (Unreadable, ValueError) as exc:
        problems.append(Problem(shown, str(exc)))
        return []
    if note:
        problems.append(Problem(shown, note, fatal=False))
    stem, suffix = os.path.splitext(os.path.basename(path))
    rel_id = os.path.splitext(rel)[0].replace(os.sep, "/")
    if display(stem) != stem or display(rel_id) != rel_id:
        problems.append(Problem(shown, "file name is not valid UTF-8; its id shows \ufffd", fatal=False))
        stem, rel_id = display(stem), display(rel_id)
    suffix = suffix.lower()
    try:
        if suffix in (".json", ".jsonl", ".ndjson"):
            return _read_records(body, shown, stem, rel_id, suffix != ".json", problems)
        if suffix in (".md", ".markdown"):
            meta_raw, body = _front_matter(body, shown)
            title = _first_line(body).lstrip("#").strip() or None
        else:
            meta_raw, title = _sidecar(path, problems), _first_line(body) or None
    except YamlError as exc:
        problems.append(Problem(shown, f"invalid YAML: {exc.problem}", exc.line))
        return []
    if not body.strip():
        problems.append(Problem(shown, "empty: no article text"))
        return []
    metadata, notes = meta.normalise(meta_raw)
    problems.extend(Problem(shown, n, fatal=False) for n in notes)
    metadata["title"] = metadata["title"] or title
    return [_without_surrogates(Raw(stem, rel_id, body, shown, metadata), problems)]


_FIRST_LINE = re.compile(rf"[^\S\n]*(\S[^\n]{{0,{2 * TITLE_MAX}}})")


def _first_line(body: str) -> str:
    """The first line that is not blank, stripped, as a title: at most TITLE_MAX characters, cut at a
    space with an ellipsis (a single-line 50 MB article is not a 50 MB title)."""
    m = _FIRST_LINE.search(body)
    if not m:
        return ""
    line = m.group(1).strip()
    if len(line) <= TITLE_MAX:
        return line
    cut = line.rfind(" ", TITLE_MAX // 2, TITLE_MAX)
    return line[: cut if cut > 0 else TITLE_MAX].rstrip() + "\u2026"


def _sidecar(path: str, problems: list[Problem]) -> dict[str, Any]:
    """Metadata from NAME.yaml (or .yml) beside NAME.txt; a bad sidecar is reported, the text kept."""
    base = os.path.splitext(path)[0]
    for suffix in SIDECAR_SUFFIXES:
        side = base + suffix
        if not os.path.lexists(side):
            continue
        shown = display(side)
        try:
            data = load_yaml(read_regular(side, META_MAX_BYTES, META_LIMIT_HINT).decode("utf-8"), shown)
        except YamlError as exc:
            problems.append(Problem(shown, f"invalid YAML: {exc.problem}", exc.line, fatal=False))
            return {}
        except Unreadable as exc:
            problems.append(Problem(shown, f"sidecar not read: {exc}", fatal=False))
            return {}
        except UnicodeDecodeError as exc:
            problems.append(Problem(shown, f"sidecar is not UTF-8 (byte {exc.start})", fatal=False))
            return {}
        if data is None:
            return {}
        if not isinstance(data, dict):
            problems.append(Problem(shown, "sidecar is not a mapping of fields", fatal=False))
            return {}
        return data
    return {}


def _front_matter(body: str, shown: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter (between --- lines) from a Markdown body; returns (metadata, body)."""
    if not body.startswith("---"):
        return {}, body
    first_nl = body.find("\n")
    if first_nl < 0 or body[:first_nl].strip() != "---":
        return {}, body
    close = body.find("\n---", first_nl)
    while close >= 0 and body[close + 4 : close + 5] not in ("", "\n", " ", "\t"):
        close = body.find("\n---", close + 1)
    if close < 0:
        raise YamlError(shown, 1, "front matter opened with --- is never closed")
    if close - first_nl > META_MAX_BYTES:
        raise YamlError(shown, 2, f"front matter is over 1 MB ({META_LIMIT_HINT})")
    data = load_yaml(body[first_nl + 1 : close], shown, first_line=2)
    if data is not None and not isinstance(data, dict):
        raise YamlError(shown, 2, "front matter is not a mapping of fields")
    end = body.find("\n", close + 1)
    return data or {}, "" if end < 0 else body[end + 1 :]


def _read_records(
    body: str, shown: str, stem: str, rel_id: str, per_line: bool, problems: list[Problem]
) -> list[Raw]:
    """Articles from a JSON file (one object or a list) or a JSON Lines file (one object a line)."""
    items: list[tuple[int | None, Any]] = []
    if per_line:
        for number, line in enumerate(body.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append((number, _json(line)))
            except json.JSONDecodeError as exc:
                problems.append(Problem(shown, f"broken JSON: {exc.msg} (column {exc.colno})", number))
            except ValueError as exc:
                problems.append(Problem(shown, f"broken JSON: {exc}", number))
    else:
        try:
            data = _json(body)
        except json.JSONDecodeError as exc:
            problems.append(Problem(shown, f"broken JSON: {exc.msg}", exc.lineno))
            return []
        except ValueError as exc:
            problems.append(Problem(shown, f"broken JSON: {exc}"))
            return []
        items = [(None, d) for d in data] if isinstance(data, list) else [(None, data)]
    out = []
    for position, (line, record) in enumerate(items, 1):
        where = line if per_line else None
        if not isinstance(record, dict):
            problems.append(Problem(shown, f"record {position} is not a JSON object", where))
            continue
        body_text = meta.pick(record, "text")
        if not isinstance(body_text, str) or not body_text.strip():
            problems.append(Problem(shown, f"record {position} has no article text", where))
            continue
        if "\r" in body_text:
            body_text = body_text.replace("\r\n", "\n").replace("\r", "\n")
        metadata, notes = meta.normalise(record)
        problems.extend(Problem(shown, n, where, fatal=False) for n in notes)
        metadata["title"] = metadata["title"] or _first_line(body_text) or None
        given = meta.pick(record, "id")
        number = f"{line}" if per_line else f"{position}"
        usable = isinstance(given, (str, int)) and not isinstance(given, bool) and str(given).strip()
        base = str(given) if usable else f"{stem}:{number}"
        if given is not None and not usable:
            note = f"id: expected text, got {type(given).__name__}; using {base}"
            problems.append(Problem(shown, note, where, fatal=False))
        source = f"{shown}:{line}" if per_line else shown
        raw = Raw(base, f"{rel_id}:{number}", body_text, source, metadata)
        out.append(_without_surrogates(raw, problems))
    return out


def _json(source: str) -> Any:
    """Parsed JSON; a nesting too deep for the parser is a ValueError, like every other failure."""
    try:
        return json.loads(source)
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc


def read_stdin(body: str, problems: list[Problem]) -> list[Raw]:
    """Articles from standard input: JSON or JSON Lines when it looks like it, else one plain article."""
    stripped = body.lstrip()
    if stripped.startswith(("{", "[")):
        per_line = stripped.startswith("{") and "\n{" in stripped.rstrip()
        return _read_records(body, "<stdin>", "stdin", "stdin", per_line, problems)
    try:
        meta_raw, body = _front_matter(body, "<stdin>")
    except YamlError as exc:
        problems.append(Problem("<stdin>", f"invalid YAML: {exc.problem}", exc.line))
        return []
    if not body.strip():
        problems.append(Problem("<stdin>", "empty: no article text"))
        return []
    metadata, notes = meta.normalise(meta_raw)
    problems.extend(Problem("<stdin>", n, fatal=False) for n in notes)
    metadata["title"] = metadata["title"] or _first_line(body) or None
    return [_without_surrogates(Raw("stdin", "stdin", body, "<stdin>", metadata), problems)]


def unique_ids(names: list[tuple[str, str]]) -> list[str]:
    """Corpus-unique ids from (base id, relative path) pairs: the stem or record id; where those clash,
    the relative path; then a ~N suffix."""
    clash = Counter(base for base, _ in names)
    ids = [base if clash[base] == 1 else rel for base, rel in names]
    seen: Counter[str] = Counter()
    total = Counter(ids)
    out = []
    for doc_id in ids:
        seen[doc_id] += 1
        out.append(doc_id if total[doc_id] == 1 else f"{doc_id}~{seen[doc_id]}")
    return out


def _without_surrogates(raw: Raw, problems: list[Problem]) -> Raw:
    """`raw` with lone surrogates (from JSON or YAML escapes such as \\ud800) replaced by U+FFFD.

    No stream can encode them, so they would break every output; the replacement has the same
    length, so offsets stay true.
    """
    values = [raw.text, raw.base_id, raw.rel, *(v for v in raw.metadata.values() if v)]
    if not any(not v.isascii() and _SURROGATE.search(v) for v in values):
        return raw
    problems.append(Problem(raw.source, "lone surrogate code points replaced with \ufffd", fatal=False))

    def fix(value: str) -> str:
        return _SURROGATE.sub("\ufffd", value)

    metadata = {k: v and fix(v) for k, v in raw.metadata.items()}
    return Raw(fix(raw.base_id), fix(raw.rel), fix(raw.text), raw.source, metadata)


def make_document(raw: Raw, doc_id: str) -> Document:
    """The Document for an article read from a file, with its paragraphs, sentences and repeats."""
    doc = Document(id=doc_id, text=raw.text, source=raw.source, **raw.metadata)
    doc.paragraphs = text.paragraphs(raw.text)
    doc.repeats = text.mark_repeats(raw.text, doc.paragraphs)
    return doc


def require_documents(count: int, path: str) -> None:
    """Raise when nothing could be loaded: a corpus with no usable article is unusable input."""
    if not count:
        raise CorpusError(f"corpus {display(path)}: no article could be loaded")
