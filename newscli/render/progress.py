"""A progress bar on stderr while a corpus is being read (only on a terminal; never in a pipe)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscli.env import Environment

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

SHOW_FROM = 50  # files to read before a bar is worth showing


class BuildProgress:
    """Called with (files done, files to read); starts a Rich bar on the first call with enough work."""

    def __init__(self, env: Environment) -> None:
        self.env = env
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            if total < SHOW_FROM:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            console = Console(file=self.env.stderr, force_terminal=True, no_color=self.env.no_color)
            self._bar = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=console,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("reading articles", total=total)
        assert self._task is not None
        self._bar.update(self._task, completed=done)

    def close(self) -> None:
        """Take the bar off the screen."""
        if self._bar is not None:
            self._bar.stop()
