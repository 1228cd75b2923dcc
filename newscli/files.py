"""Reading one file from an untrusted folder: regular files only, within a size limit, never hanging.

FIFOs, devices and sockets are refused before they are opened for reading (and checked again on
the open descriptor, which is opened non-blocking), so a FIFO named `x.txt` or `--corpus /dev/zero`
is one line of report, never a hang. Every refusal is an `Unreadable` whose message says why.
"""

from __future__ import annotations

import errno
import os
import stat

MB = 1_000_000
_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


class Unreadable(Exception):
    """A file that cannot be used as text; the message says why in a few words."""


def read_regular(path: str, max_bytes: int, limit_hint: str) -> bytes:
    """The bytes of the regular file at `path` (symlinks followed), at most `max_bytes` of them.

    `limit_hint` tells how to raise the limit; it ends the message when the file is too large.
    """
    try:
        _check(os.stat(path), max_bytes, limit_hint)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise Unreadable(_os_message(path, exc)) from exc
    with os.fdopen(fd, "rb") as fh:
        try:
            st = os.fstat(fd)
            _check(st, max_bytes, limit_hint)  # the file may have been swapped since stat
            # Asking for its size (not the limit) spares a buffer of the limit's size per file.
            data = fh.read(st.st_size + 1)
            if len(data) > st.st_size:  # it grew since fstat: read on, as far as the limit allows
                data += fh.read(max_bytes + 1 - len(data))
        except OSError as exc:
            raise Unreadable(_os_message(path, exc)) from exc
    if len(data) > max_bytes:  # it grew while being read
        raise Unreadable(_too_large(len(data), max_bytes, limit_hint))
    return data


def _check(st: os.stat_result, max_bytes: int, limit_hint: str) -> None:
    kind = stat.S_IFMT(st.st_mode)
    if kind != stat.S_IFREG:
        raise Unreadable(f"not a regular file ({_KINDS.get(kind, 'special file')})")
    if st.st_size > max_bytes:
        raise Unreadable(_too_large(st.st_size, max_bytes, limit_hint))


def _too_large(size: int, max_bytes: int, limit_hint: str) -> str:
    shown = f"{size / MB:.1f}" if size >= MB / 10 else f"{size / MB:.2g}"
    return f"too large: {shown} MB, over the {max_bytes / MB:g} MB limit ({limit_hint})"


def _os_message(path: str, exc: OSError) -> str:
    """What went wrong, in words: broken links and link loops are named as such."""
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return f"broken symbolic link (to {os.readlink(path)!r})"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return (exc.strerror or str(exc)).lower()
