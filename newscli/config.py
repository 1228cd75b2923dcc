"""User configuration: `newscli.yaml` in the corpus folder, else ~/.config/newscli/config.yaml."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscli.errors import UsageError
from newscli.yamlio import YamlError, load_yaml

CONFIG_NAME = "newscli.yaml"


@dataclass
class Config:
    """Settings with their defaults; `raw` keeps each section for the extractor that reads it."""

    source: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    def section(self, name: str) -> Any:
        """One top-level section of the config (aliases, periods, ...), or None."""
        return self.raw.get(name)


def config_paths(corpus_path: str) -> list[Path]:
    """Where a config may live, first found wins: the corpus folder, then the user's config folder."""
    paths = []
    if corpus_path != "-":
        folder = Path(corpus_path) if os.path.isdir(corpus_path) else Path(corpus_path).parent
        paths.append(folder / CONFIG_NAME)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    paths.append(base / "newscli" / "config.yaml")
    return paths


def load_config(corpus_path: str) -> Config:
    """The first config file found, parsed safely; a malformed one is an error naming file and line."""
    for path in config_paths(corpus_path):
        if path.is_file():
            try:
                data = load_yaml(path.read_text(encoding="utf-8"), str(path))
            except YamlError as exc:
                raise UsageError(str(exc)) from exc
            except (OSError, UnicodeDecodeError) as exc:
                raise UsageError(f"{path}: unreadable config: {exc}") from exc
            if data is None:
                data = {}
            if not isinstance(data, dict):
                raise UsageError(f"{path}:1: config must be a mapping of sections")
            return Config(str(path), data)
    return Config()
