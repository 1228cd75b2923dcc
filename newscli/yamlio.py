"""Safe YAML reading for metadata, front matter and config: no tags, no aliases, errors with a line.

PyYAML's safe loader builds only plain types. On top of it: aliases are refused where they are
met, so an alias bomb (billion laughs) fails at its first `*` in bounded memory; nesting is capped,
so `[[[[...` cannot exhaust the stack. A date that is no date (`2024-13-45`) or a number too large
to print stays the text it was written as, for the caller to report as a wrong value; any other
value the constructor cannot build is a YamlError with its line. Every failure is a YamlError.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newscli.errors import NewscliError

MAX_DEPTH = 64  # metadata and config are a few levels deep; this bounds the composer's recursion
MAX_INT_BITS = 10_000  # about 3,000 digits; str() refuses to print numbers over 4,300 digits


class YamlError(NewscliError):
    """YAML that cannot be used: `line` (1-based, in the file) and `problem` say where and what."""

    def __init__(self, source: str, line: int | None, problem: str) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: invalid YAML: {problem}")
        self.line = line
        self.problem = problem


def load_yaml(text: str, source: str, first_line: int = 1) -> Any:
    """Parse `text` safely; `first_line` is the file line where `text` starts, for error messages."""
    return load_yaml_with_lines(text, source, first_line)[0]


def load_yaml_with_lines(text: str, source: str, first_line: int = 1) -> tuple[Any, dict[str, int]]:
    """Parse `text` safely, and give the file line of each top-level key (to report a wrong value)."""
    import yaml

    try:
        loader = _loader_class()(text)  # the reader refuses control characters here
        node = loader.get_single_node()
        if node is None:
            return None, {}
        lines = {}
        if isinstance(node, yaml.MappingNode):
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode):
                    lines.setdefault(key.value, first_line + key.start_mark.line)
        return loader.construct_document(node), lines
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            line: int | None = first_line + mark.line
        elif isinstance(exc, yaml.reader.ReaderError):
            line = first_line + text.count("\n", 0, exc.position)
        else:
            line = None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlError(source, line, problem) from exc


@cache
def _loader_class() -> type:
    """SafeLoader refusing aliases and deep nesting, and turning constructor failures into YAML errors."""
    import yaml

    class Loader(yaml.SafeLoader):
        depth = 0

        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", mark)
            if self.depth >= MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_DEPTH} levels", mark)
            self.depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

        def construct_object(self, node, deep=False):  # type: ignore[no-untyped-def]
            try:
                return super().construct_object(node, deep)
            except yaml.YAMLError:
                raise
            except Exception as exc:  # any value PyYAML cannot build (`!!int x`) is a problem of the file
                value = node.value if isinstance(node.value, str) else ""
                shown = repr(value if len(value) <= 40 else value[:39] + "\u2026")
                problem = f"cannot read {shown}: {exc}" if value else str(exc)
                raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from exc

        def construct_yaml_int(self, node):  # type: ignore[no-untyped-def]
            value = super().construct_yaml_int(node)
            return value if value.bit_length() <= MAX_INT_BITS else self.construct_scalar(node)

        def construct_yaml_timestamp(self, node):  # type: ignore[no-untyped-def]
            try:
                return super().construct_yaml_timestamp(node)
            except (ValueError, AttributeError):  # AttributeError: an explicit !!timestamp that is none
                return self.construct_scalar(node)

    Loader.add_constructor("tag:yaml.org,2002:int", Loader.construct_yaml_int)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", Loader.construct_yaml_timestamp)
    return Loader
