"""User configuration: `newscli.yaml` in the corpus folder, else ~/.config/newscli/config.yaml.

A config that cannot be used (bad YAML, a wrong type, unreadable) stops the run with exit 2 and one
line naming file, line and problem, since running with settings other than the ones written would
mislead. NEWSCLI_NO_CONFIG=1 runs with the defaults instead, without reading any config file.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscli.corpus import DEFAULT_MAX_FILE_MB, META_LIMIT_HINT, META_MAX_BYTES
from newscli.errors import UsageError
from newscli.files import MB, Unreadable, read_regular
from newscli.yamlio import YamlError, load_yaml_with_lines

CONFIG_NAME = "newscli.yaml"
NO_CONFIG_VAR = "NEWSCLI_NO_CONFIG"
_HINT = f"fix it, or set {NO_CONFIG_VAR}=1 to run with the defaults"


@dataclass
class Config:
    """Settings with their defaults; `raw` keeps each section for the extractor that reads it."""

    source: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    max_file_mb: float = DEFAULT_MAX_FILE_MB  # a larger article file is reported and skipped

    def section(self, name: str) -> Any:
        """One top-level section of the config (aliases, periods, ...), or None."""
        return self.raw.get(name)

    @property
    def max_file_bytes(self) -> int:
        """The size limit of one article file, in bytes."""
        return int(self.max_file_mb * MB)


def config_paths(corpus_path: str) -> list[Path]:
    """Where a config may live, first found wins: the corpus folder, then the user's config folder."""
    paths = []
    if corpus_path != "-":
        folder = Path(corpus_path) if os.path.isdir(corpus_path) else Path(corpus_path).parent
        paths.append(folder / CONFIG_NAME)
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    paths.append(Path(base) / "newscli" / "config.yaml")
    return paths


def load_config(corpus_path: str) -> Config:
    """The first config file found, parsed safely; a malformed one is an error naming file and line."""
    if os.environ.get(NO_CONFIG_VAR, "") not in ("", "0"):
        return Config()
    for path in config_paths(corpus_path):
        if os.path.lexists(path):  # a broken link or a FIFO named newscli.yaml is reported, not ignored
            return _read(str(path))
    return Config()


def _read(path: str) -> Config:
    try:
        source = read_regular(path, META_MAX_BYTES, META_LIMIT_HINT).decode("utf-8")
        data, lines = load_yaml_with_lines(source, path)
    except YamlError as exc:
        raise UsageError(str(exc), hint=_HINT) from exc
    except Unreadable as exc:
        raise UsageError(f"{path}: config not read: {exc}", hint=_HINT) from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: config is not UTF-8 (byte {exc.start})", hint=_HINT) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise UsageError(f"{path}:1: config must be a mapping of sections", hint=_HINT)
    config = Config(path, data)
    if "max_file_mb" in data:
        config.max_file_mb = _positive_number(data["max_file_mb"], f"{path}:{lines.get('max_file_mb', 1)}")
    return config


def _positive_number(value: Any, where: str) -> float:
    """`value` as a positive finite number, else an error naming where it was written."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not number or not math.isfinite(value) or value <= 0:
        shown = repr(value)
        shown = shown if len(shown) <= 40 else type(value).__name__
        message = f"{where}: max_file_mb must be a positive number (MB), got {shown}"
        raise UsageError(message, hint=_HINT)
    return float(value)
