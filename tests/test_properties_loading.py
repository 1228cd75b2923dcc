"""Properties of reading untrusted files, for any content: YAML gives data or a YamlError, never another
exception; a folder of arbitrary files loads, reporting what it cannot use."""

from __future__ import annotations

import os
import tempfile

from hypothesis import given
from hypothesis import strategies as st

from newscli import corpus
from newscli.yamlio import YamlError, load_yaml
from tests.properties import budget, short_text

YAML_PIECES = (
    "key: ",
    "- ",
    "? ",
    ": ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "!!str ",
    "!!int ",
    "!!float ",
    "!!timestamp ",
    "!!binary ",
    "!!set ",
    "!!python/object:os.system ",
    "!custom ",
    "<<: ",
    "|",
    ">",
    "|-",
    "'",
    '"',
    "\\x1b",
    "\\ud800",
    "\\U0010ffff",
    "#",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n",
    "\n",
    "  ",
    "\t",
    "2024-06-18",
    "2024-13-45",
    "12:30:00",
    "0x",
    "0o",
    "0b",
    "ff",
    "1_000",
    "1e3",
    ".inf",
    ".nan",
    "null",
    "~",
    "yes",
    "no",
    "on",
    "9" * 30,
    "\x1b",
    "\x85",
    "\u2028",
    "\ufeff",
    "\U000e0041",
)
yaml_text = st.one_of(
    st.lists(st.one_of(st.sampled_from(YAML_PIECES), short_text), max_size=40).map("".join),
    st.text(max_size=80),
)
NAMES = ("a.txt", "b.md", "c.json", "d.jsonl", "a.yaml", "e.txt", "e.yml", "newscli.yaml.txt", "README.txt")


@budget(1500)
@given(yaml_text)
def test_yaml_gives_data_or_a_yaml_error_with_a_line_never_another_exception(source):
    try:
        load_yaml(source, "x.yaml")
    except YamlError as exc:
        assert exc.problem and (exc.line is None or exc.line >= 1)


file_content = st.one_of(
    yaml_text.map(lambda s: f"---\n{s}\n---\n{s}"),
    short_text.map(lambda s: '{"id": ' + s + ', "text": "x"}'),
    short_text.map(lambda s: '[{"text": "' + s + '"}, ' + s + "]"),
    yaml_text,
    st.binary(max_size=200),
)


@budget(600)
@given(st.dictionaries(st.sampled_from(NAMES), file_content, min_size=1, max_size=5))
def test_any_folder_loads_with_problems_reported_never_raised(files):
    with tempfile.TemporaryDirectory() as folder:
        for name, content in files.items():
            data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
            with open(os.path.join(folder, name), "wb") as fh:
                fh.write(data)
        result = corpus.load(folder)
    ids = [d.id for d in result.documents]
    assert len(ids) == len(set(ids))
    for doc in result.documents:
        assert doc.text.strip()
        assert not corpus._SURROGATE.search(doc.text + doc.id + "".join(filter(None, (doc.title, doc.date))))
        assert all(0 <= p.start < p.end <= len(doc.text) for p in doc.paragraphs)
    for problem in result.problems:
        assert problem.message and "\n" not in problem.message
