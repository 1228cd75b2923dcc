"""Making untrusted article text inert for a terminal: controls and invisible format characters shown."""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the format characters that reorder or hide
# text (bidi embeddings/overrides/isolates, zero-width spaces and joiners, word joiner, BOM).
_UNSAFE = re.compile(
    "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)


def inert(text: str) -> str:
    """`text` with every terminal-active or invisible character replaced by a visible escape (\\x1b, \\u202e).

    The result has the same length only where nothing was replaced; use it for display, never for offsets.
    """
    return _UNSAFE.sub(_escape, text)


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def has_unsafe(text: str) -> bool:
    """Whether `text` holds any character `inert` would replace."""
    return _UNSAFE.search(text) is not None
