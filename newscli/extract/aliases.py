"""The user's own aliases: names that are one person, and bare names that must not join someone.

The `aliases` section of newscli.yaml (see docs/people.md):

    aliases:
      Vladimir Putin: [Putin, V. Putin]     # each listed name is this person
      Kim Jong Un:
        names: [Kim Jong-eun]               # the same as the list form
        not: [Kim]                          # a bare "Kim" never joins this person
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newscli.config import Config
from newscli.errors import UsageError
from newscli.extract.names import key


@dataclass
class Aliases:
    """Alias keys to canonical names, and per person the names that must stay apart."""

    names: dict[str, str] = field(default_factory=dict)
    apart: dict[str, set[str]] = field(default_factory=dict)

    def canonical(self, name: str) -> str | None:
        """The canonical name the user gave for `name`, or None (no key made when there are no aliases)."""
        return self.names.get(key(name)) if self.names else None

    def split(self, person: str, name: str) -> bool:
        """Whether the user said `name` alone never means `person`."""
        return bool(self.apart) and key(name) in self.apart.get(key(person), ())


def from_config(config: Config) -> Aliases:
    """The aliases of the config's `aliases` section (empty without one); a wrong shape is a usage error."""
    section = config.section("aliases")
    out = Aliases()
    if section is None:
        return out
    where = config.source or "config"
    if not isinstance(section, dict):
        raise UsageError(f"{where}: `aliases` must map a person's name to a list of names")
    for canonical, value in section.items():
        if not isinstance(canonical, str) or not canonical.strip():
            raise UsageError(f"{where}: aliases: {canonical!r} is not a name")
        names, apart = _entry(value, canonical, where)
        out.names[key(canonical)] = canonical
        for name in names:
            out.names[key(name)] = canonical
        out.apart[key(canonical)] = {key(n) for n in apart}
    return out


def _entry(value: Any, canonical: str, where: str) -> tuple[list[str], list[str]]:
    if value is None:
        return [], []
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list):
        return _names(value, canonical, where), []
    if isinstance(value, dict):
        unknown = set(value) - {"names", "not"}
        if unknown:
            raise UsageError(
                f"{where}: aliases: {canonical}: unknown key(s) {sorted(unknown)}; use names, not"
            )
        return _names(value.get("names") or [], canonical, where), _names(
            value.get("not") or [], canonical, where
        )
    raise UsageError(f"{where}: aliases: {canonical}: expected a list of names or names/not")


def _names(value: Any, canonical: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise UsageError(f"{where}: aliases: {canonical}: names must be a list of strings")
    return value
