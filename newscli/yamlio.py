"""Safe YAML reading for metadata, front matter and config: no tags, no aliases, errors with a line."""

from __future__ import annotations

from typing import Any

from newscli.errors import NewscliError


class YamlError(NewscliError):
    """YAML that cannot be used: `line` (1-based, in the file) and `problem` say where and what."""

    def __init__(self, source: str, line: int | None, problem: str) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: invalid YAML: {problem}")
        self.line = line
        self.problem = problem


def load_yaml(text: str, source: str, first_line: int = 1) -> Any:
    """Parse `text` with PyYAML's safe loader, refusing aliases (an alias bomb fails at once, in
    bounded memory). `first_line` is the file line where `text` starts, for the error message."""
    import yaml

    class _Loader(yaml.SafeLoader):
        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(None, None, "aliases are not allowed", mark)
            return super().compose_node(parent, index)

    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlError(source, first_line + mark.line if mark is not None else None, problem) from exc
