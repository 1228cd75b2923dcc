"""Making untrusted article text inert for a terminal: controls and invisible format characters shown.

`UNSAFE` matches every character a terminal may act on or that hides or reorders text: the C0
controls but tab and newline (ESC starts every CSI/OSC sequence: colours, cursor moves, OSC 8 links,
window titles), DEL, the C1 controls (U+009B is a one-byte CSI), and the Unicode format, line and
paragraph separator characters (categories Cf, Zl, Zp: bidi embeddings, overrides and isolates such
as U+202E, zero-width spaces and joiners, soft hyphen, BOM, invisible tag characters), plus lone
surrogates, which no stream can encode. The ranges are Unicode's (categories Cc, Cf, Zl, Zp, Cs as
of Unicode 15); a test checks them against the running Python's `unicodedata`.
"""

from __future__ import annotations

import re

UNSAFE_CLASS = (
    "\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891"
    "\u08e2\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
UNSAFE = re.compile(f"[{UNSAFE_CLASS}]")
_UNSAFE_OR_LINE = re.compile(f"[{UNSAFE_CLASS}\t\n]")


def escape_char(char: str) -> str:
    """The visible escape of one character: \\x1b below U+0100, \\u202e in the BMP, \\U000e0041 above."""
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def inert(text: str, one_line: bool = False) -> str:
    """`text` with every terminal-active or invisible character replaced by a visible escape (\\x1b, \\u202e).

    `one_line` escapes tab and newline too (for diagnostics that must stay one line). The result has
    the same length only where nothing was replaced: use it for display, never for offsets.
    """
    pattern = _UNSAFE_OR_LINE if one_line else UNSAFE
    return pattern.sub(lambda m: escape_char(m.group()), text)
