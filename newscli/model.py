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


# --- extracted facts ------------------------------------------------------------------------------
# Each fact names its document and the [start, end) offsets of the words it came from.


@dataclass(slots=True)
class Mention:
    """A name in the text that refers to an entity (`entity` is its canonical name; None: unresolved)."""

    doc: str
    start: int
    end: int
    text: str
    entity: str | None
    kind: str = "person"  # person | organisation | place
    repeat: bool = False  # inside text that repeats earlier text (not counted)


@dataclass(slots=True)
class Role:
    """A title or description of a person, with the words it came from ("Russian President")."""

    text: str
    doc: str
    start: int
    end: int
    kind: str  # title | description | appositive | affiliation | relation


@dataclass(slots=True)
class Entity:
    """A person, organisation or place: its canonical name, other names, roles and mentions."""

    name: str
    kind: str  # person | organisation | place | work
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """Words inside quotation marks and who said them (`speaker` None when no rule is sure)."""

    text: str
    doc: str
    paragraph: int
    start: int
    end: int
    speaker: str | None = None
    cue: str | None = None
    to: str | None = None
    kind: str = "full"  # full | partial | scare
    rule: str | None = None  # the attribution rule that named the speaker (for --explain)


@dataclass(slots=True)
class Event:
    """A dated expression in its sentence: `date` is ISO 8601 as precise as the text allows, or None."""

    expression: str
    doc: str
    start: int
    end: int
    date: str | None
    precision: str | None  # day | month | year | decade | century
    anchor: str  # absolute | published date | period table | unresolved
    sentence_start: int
    sentence_end: int
    people: list[str] = field(default_factory=list)
    repeat: bool = False


@dataclass(slots=True)
class DocFacts:
    """What the extractors found in one document."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
