"""What a run of capitalised words is: a person (and on what evidence), an organisation, a place, or nothing.

Precision first: a run becomes a person only on positive evidence — a title before it, a role noun
before it, a known given name, initials, a speech cue, an appositive, a kinship phrase. Runs with no
evidence may still name a person already known in the document; people.py settles those.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from newscli.extract import lexicon
from newscli.extract.names import Run, Token, is_acronym, is_initial, key
from newscli.model import Document

_OPENERS = "\"'\u201c\u2018([-\u2013\u2014 \t"
_CUE_AFTER = re.compile(r",?[ \t]+([a-z]+)\b")
_CUE_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")
_AGE = re.compile(r",[ \t]+\d{1,3},")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ \t]+$")
_KIN_BEFORE = re.compile(r"(?:['\u2019]s?|\b[Hh]is|\b[Hh]er|\b[Tt]heir)[ \t]+([a-z-]+),?[ \t]+$")
_NEXT_WORD = re.compile(r"(?:[ \t]?['\u2019]s?)?[ \t]+([a-z]+)")
_DIGITS = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
_ORG_LINK = re.compile(r"[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?")


@dataclass(slots=True)
class Line:
    """A line of the text and how its capital letters read: all caps (a headline), title case, table."""

    start: int
    end: int
    shouting: bool  # ALL CAPS: capitals say nothing about names
    title_case: bool  # Most Words Capitalised: every capital is ambiguous
    table: bool  # mostly figures: results, scores, squads


@dataclass(slots=True)
class Candidate:
    """A classified run: its name tokens, kind, and the evidence and title that made it a person."""

    run: Run
    tokens: list[Token]
    kind: str | None  # person | organisation | place | None (nothing, or a name to settle later)
    evidence: str | None = None  # title | role | given | initial | cue | appositive | relation | age
    title: tuple[int, int] | None = None  # span of a title inside the run ("Russian President")
    shouting: bool = False
    attributive: bool = False  # "the Kim family": the name modifies a noun
    roles: list[tuple[int, int, str]] = field(default_factory=list)  # filled by roles.py

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]


class Context:
    """Where sentences and lines start in one document, for the capitalisation rules."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.sentence_starts: set[int] = set()
        for para in doc.paragraphs:
            for sent in para.sentences:
                self.sentence_starts.add(self._skip_openers(sent.start))
        self.lines = lines(doc.text)
        self._line_starts = [ln.start for ln in self.lines]

    def _skip_openers(self, pos: int) -> int:
        text = self.text
        while pos < len(text) and text[pos] in _OPENERS:
            pos += 1
        return pos

    def line(self, pos: int) -> Line:
        """The line that holds `pos`."""
        return self.lines[max(0, bisect_right(self._line_starts, pos) - 1)]

    def opens(self, pos: int) -> bool:
        """Whether a capital at `pos` may be capitalised only because it opens a sentence, quote or line."""
        if pos in self.sentence_starts:
            return True
        i = pos - 1
        text = self.text
        while i >= 0 and text[i] in " \t":
            i -= 1
        return (
            i < 0
            or text[i] in '\n"\u201c\u2018:(-\u2013\u2014'
            or (text[i] == "'" and (i == 0 or not text[i - 1].isalnum()))
        )


def lines(text: str) -> list[Line]:
    """Every line of `text` with its capitalisation pattern."""
    out, pos = [], 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        words = _LETTERS.findall(raw)
        long_words = [w for w in words if len(w) >= 3]
        caps = sum(1 for w in long_words if w[0].isupper())
        upper = sum(1 for w in long_words if w.isupper())
        tokens = raw.split()
        digits = sum(1 for t in tokens if _DIGITS.search(t))
        out.append(
            Line(
                pos,
                end,
                shouting=bool(long_words) and upper >= max(2, 0.6 * len(long_words)),
                title_case=len(long_words) >= 4 and caps >= 0.75 * len(long_words),
                table=len(tokens) >= 3 and digits >= 0.3 * len(tokens),
            )
        )
        pos = end + 1
    return out


def _in(words: list[str], name: str) -> bool:
    return " ".join(words) in lexicon.entries(name)


def _suffix_in(words: list[str], name: str) -> bool:
    """Whether the run ends in an entry of the list ("Imperial Japan" ends in a country)."""
    n = min(len(words), lexicon.longest(name))
    return any(" ".join(words[-k:]) in lexicon.entries(name) for k in range(1, n + 1))


def _prefix_len(words: list[str], *names: str) -> int:
    """How many leading words form an entry of one of the lists ("South African" -> 2)."""
    for k in range(min(len(words), 3), 0, -1):
        phrase = " ".join(words[:k])
        if any(phrase in lexicon.entries(n) for n in names):
            return k
    return 0


def classify_all(found: list[Run], ctx: Context) -> list[Candidate]:
    """Candidates of every run; an organisation takes in what follows "of"/"for" ("Bank of England")."""
    out: list[Candidate] = []
    i = 0
    while i < len(found):
        cand = classify(found[i], ctx)
        if cand is not None:
            out.append(cand)
            if cand.kind == "organisation":
                while i + 1 < len(found) and _ORG_LINK.fullmatch(ctx.text, cand.end, found[i + 1].start):
                    i += 1
                    cand.tokens.extend(found[i].tokens)
        i += 1
    return out


def classify(run: Run, ctx: Context) -> Candidate | None:
    """The candidate a run makes, or None when it names nothing worth keeping."""
    toks = list(run.tokens)
    line = ctx.line(run.start)
    if line.shouting:
        return Candidate(run, toks, None, shouting=True)
    function = lexicon.lower("function_words")
    while toks and (toks[0].bare.lower() in function or toks[0].bare in lexicon.entries("non_names")):
        if len(toks) == 1 or toks[0].bare.lower() in function or ctx.opens(toks[0].start):
            toks.pop(0)
        else:
            break
    if not toks:
        return None
    words = [t.bare for t in toks]
    kind = _place_or_org(words)
    if kind:
        return Candidate(run, toks, kind)
    ambiguous = line.title_case or ctx.opens(toks[0].start)
    common, given = lexicon.lower("common_words"), lexicon.entries("given_names")
    if ambiguous and len(toks) >= 2 and words[0].lower() in common and words[0] not in given:
        toks, words = toks[1:], words[1:]  # "Following Smith": the sentence opens with a common word
        if _place_or_org(words):
            return Candidate(run, toks, _place_or_org(words))
    cand = Candidate(run, toks, None)
    _strip_title(cand)
    words = cand.words
    if not words:
        return None
    if any(is_acronym(w) and (not is_initial(w) or _known_abbreviation(w)) for w in words):
        return None
    if len(words) == 1 and (
        words[0] in lexicon.entries("non_names") or words[0] in lexicon.entries("nationalities")
    ):
        return None
    cand.attributive = _attributive(ctx.text, cand.end)
    if cand.evidence is None:
        cand.evidence = _evidence(cand, ctx, ambiguous and len(cand.tokens) == 1)
    if cand.evidence:
        cand.kind = "person"
    return cand


def _known_abbreviation(word: str) -> bool:
    """An abbreviation of a country or organisation ("U.S.", "U.N."), not an initial."""
    return word in lexicon.entries("countries") or word in lexicon.entries("organisation_words")


def _place_or_org(words: list[str]) -> str | None:
    """'organisation' or 'place' when the words say so by themselves, else None."""
    if not words:
        return None
    if _in(words, "nationalities"):
        return None
    if _in(words, "countries") or _in(words, "places"):
        return "place"
    if any(w in lexicon.entries("organisation_words") for w in words):
        return "organisation"
    if _suffix_in(words, "countries") or _suffix_in(words, "places"):
        return "place"
    if (
        words[0] in lexicon.entries("place_words")
        and len(words) > 1
        and words[0] not in lexicon.entries("titles")
    ):
        return "place"
    if len(words) > 1 and words[-1] in lexicon.entries("place_words"):
        return "place"
    return None


def _strip_title(cand: Candidate) -> None:
    """Move leading titles, nationalities and places out of the name ("Russian President Vladimir Putin")."""
    toks = cand.tokens
    titles = lexicon.entries("titles")
    head = -1
    for i, tok in enumerate(toks[:-1]):
        if tok.bare in titles and not (
            i + 1 < len(toks) and toks[i + 1].bare in titles and i + 2 >= len(toks)
        ):
            head = i
    if head >= 0:
        cand.title = (toks[0].start, toks[head].end)
        cand.tokens = toks[head + 1 :]
        cand.evidence = "title"
        return
    skip = _prefix_len([t.bare for t in toks], "nationalities", "countries")
    if skip and len(toks) - skip >= 2:
        cand.title = (toks[0].start, toks[skip - 1].end)
        cand.tokens = toks[skip:]


def _attributive(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end, min(len(text), end + 30))
    return bool(m and m.group(1) in lexicon.entries("attributive"))


def _evidence(cand: Candidate, ctx: Context, ambiguous_single: bool) -> str | None:
    """Why the candidate is a person, or None."""
    text = ctx.text
    words = cand.words
    start, end = cand.start, cand.end
    before = text[max(0, start - 40) : start]
    m = _WORD_BEFORE.search(before)
    if m and m.group(1) in lexicon.lower("roles") and m.group(1).islower():
        return "role"
    if m and m.group(1).rstrip(".") in lexicon.entries("titles"):
        return "title"
    multi = len(words) >= 2
    initials = [is_initial(w) and not _known_abbreviation(w) for w in words]
    if multi and any(initials) and not all(initials):
        return "initial"
    if multi and words[0] in lexicon.entries("given_names") and not is_initial(words[-1]):
        last = words[-1].lower()
        if last not in lexicon.lower("function_words") and words[-1] not in lexicon.entries("non_names"):
            return "given"
    km = _KIN_BEFORE.search(before)
    if km and km.group(1) in lexicon.lower("kinship"):
        return "relation"
    after = text[end : end + 40]
    if _AGE.match(after):
        return "age"
    if ambiguous_single or not multi:
        return None
    cue = _CUE_AFTER.match(after)
    if cue and cue.group(1) in lexicon.lower("speech_verbs"):
        return "cue"
    cue = _CUE_BEFORE.search(before)
    if cue and cue.group(1) in lexicon.lower("speech_verbs") and key(" ".join(words)):
        return "cue"
    return None
