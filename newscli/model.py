"""Plain records that flow from loading to rendering; every fact carries its document id and offsets."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) into a document's text."""

    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    """A sentence of a paragraph, by offsets into the document text."""

    start: int
    end: int


@dataclass(slots=True)
class Paragraph:
    """A paragraph and its sentences; `repeat_of` names an earlier paragraph it repeats (headline, lede)."""

    index: int
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)
    repeat_of: int | None = None


@dataclass(slots=True)
class Problem:
    """A file (or one line of it) that could not be used, or a note about how it was read."""

    path: str
    message: str
    line: int | None = None
    fatal: bool = True  # False: a note (e.g. a legacy encoding); the document still loaded

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass(slots=True)
class Document:
    """One article: `text` is what every offset of every fact indexes."""

    id: str
    text: str
    source: str  # the file it came from ("-" for stdin), with ":LINE" for a jsonl record
    title: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD, or less precise) from metadata; never guessed
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    repeats: list[Span] = field(default_factory=list)  # text that repeats earlier text (headline, dek)

    def is_repeat(self, start: int, end: int) -> bool:
        """Whether [start, end) lies in text that repeats earlier text of the document."""
        return any(r.start <= start and end <= r.end for r in self.repeats)

    def words(self) -> int:
        """How many whitespace-separated words the text holds."""
        return len(self.text.split())
