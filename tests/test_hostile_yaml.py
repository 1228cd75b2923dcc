"""YAML from untrusted files: safe loading only, alias bombs and deep nesting refused at once, wrong
types reported, in front matter, sidecars and the config alike."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from newscli import corpus
from newscli.yamlio import YamlError, load_yaml

# Billion laughs: nine levels of nine references, 9**9 (387 million) strings if anything expanded it.
BOMB = "\n".join(
    ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
)
DEEP = "x: " + "[" * 10_000 + "]" * 10_000
ALIAS_LINE = 2  # the first *a0 is on the bomb's second line


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def fatal(result: corpus.LoadResult) -> list[tuple[str, int | None, str]]:
    return [(Path(p.path).name, p.line, p.message) for p in result.problems if p.fatal]


def notes(result: corpus.LoadResult) -> list[tuple[str, int | None, str]]:
    return [(Path(p.path).name, p.line, p.message) for p in result.problems if not p.fatal]


def test_alias_bomb_fails_at_the_first_alias_in_bounded_memory():
    tracemalloc.start()
    try:
        with pytest.raises(YamlError) as err:
            load_yaml(BOMB, "bomb.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.value.line == ALIAS_LINE
    assert "aliases" in err.value.problem
    assert peak < 2_000_000  # a few hundred kB of parser state, nothing expanded


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        (DEEP, "nested more than"),
        ("a: !!python/object/apply:os.system [echo owned]", "could not determine a constructor"),
        ("a: !!python/name:os.system", "could not determine a constructor"),
        ("a: !!int nonsense", "cannot read 'nonsense'"),
        ("a: ok\nb: raw \x1b[31m escape", "unacceptable character"),
        ("a: [unclosed", "expected ','"),
        ("? [1, 2]\n: unhashable key", "unhashable"),
    ],
)
def test_hostile_yaml_is_one_yaml_error_with_its_problem(source, problem):
    with pytest.raises(YamlError) as err:
        load_yaml(source, "x.yaml")
    assert problem in err.value.problem
    assert err.value.line is not None


def test_values_no_constructor_can_build_stay_text():
    data = load_yaml("date: 2024-13-45\nwhen: 2024-01-01 99:99:99\nbig: 0x" + "f" * 5000, "x.yaml")
    assert data["date"] == "2024-13-45" and data["when"] == "2024-01-01 99:99:99"
    assert isinstance(data["big"], str)  # a number too long to print is kept as written


def test_alias_bomb_in_front_matter_skips_the_article_with_file_and_line(tmp_path):
    write(tmp_path, "bomb.md", f"---\n{BOMB}\n---\nBody text.\n")
    write(tmp_path, "good.txt", "Good\n\nText.\n")
    result = corpus.load(str(tmp_path))
    assert [d.id for d in result.documents] == ["good"]
    ((name, line, message),) = fatal(result)
    assert (name, line) == ("bomb.md", 1 + ALIAS_LINE) and "aliases" in message


def test_alias_bomb_in_a_sidecar_keeps_the_article_without_its_metadata(tmp_path):
    write(tmp_path, "a.txt", "Headline\n\nText.\n")
    write(tmp_path, "a.yaml", BOMB)
    result = corpus.load(str(tmp_path))
    (doc,) = result.documents
    assert doc.title == "Headline" and doc.date is None
    ((name, line, message),) = notes(result)
    assert (name, line) == ("a.yaml", ALIAS_LINE) and "aliases" in message


@pytest.mark.parametrize("where", ["front matter", "sidecar"])
def test_deep_nesting_and_python_tags_are_reported_not_raised(tmp_path, where):
    for i, source in enumerate((DEEP, "x: !!python/object/apply:os.system [echo owned]")):
        if where == "front matter":
            write(tmp_path, f"d{i}.md", f"---\n{source}\n---\nBody.\n")
        else:
            write(tmp_path, f"d{i}.txt", "Body.\n")
            write(tmp_path, f"d{i}.yaml", source)
    result = corpus.load(str(tmp_path))
    assert len(result.problems) == 2
    assert all(p.line == (2 if where == "front matter" else 1) for p in result.problems)


def test_alias_bomb_in_config_exits_2_naming_file_line_and_how_to_run_anyway(cli, tmp_path):
    write(tmp_path, "a.txt", "A\n\nText.\n")
    config = write(tmp_path, "newscli.yaml", BOMB)
    result = cli("--corpus", str(tmp_path), "docs")
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert f"{config}:{ALIAS_LINE}: invalid YAML: aliases" in line
    assert "NEWSCLI_NO_CONFIG=1" in line


def test_wrong_types_in_metadata_are_reported_once_each(tmp_path):
    write(tmp_path, "a.md", "---\ndate: [2020, 2021]\ntitle: {x: 1}\nauthor: 3.5\n---\nBody.\n")
    write(tmp_path, "b.txt", "B\n\nText.\n")
    write(tmp_path, "b.yaml", "date: 2024-13-45\nurl: [not, a, url]\n")
    write(tmp_path, "c.md", "---\n- just\n- a list\n---\nBody.\n")
    write(tmp_path, "d.json", '[{"id": {"nested": 1}, "text": "Body."}, {"id": "e", "text": ["a", "list"]}]')
    result = corpus.load(str(tmp_path))
    assert sorted(d.id for d in result.documents) == ["a", "b", "d:1"]
    a, b = (next(d for d in result.documents if d.id == i) for i in ("a", "b"))
    assert (a.date, a.title, a.author) == (None, "Body.", "3.5")
    assert (b.date, b.url) == (None, None)
    messages = [str(p) for p in result.problems]
    assert len(messages) == 7, messages
    assert sum("is not a date; left unknown" in m for m in messages) == 2  # a list, and 2024-13-45
    assert sum("expected text, got" in m for m in messages) == 3  # title dict, url list, id dict
    assert any("c.md:2: invalid YAML: front matter is not a mapping" in m for m in messages)
    assert any("record 2 has no article text" in m for m in messages)
