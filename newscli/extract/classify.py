"""What a run of capitalised words is: a person (and on what evidence), an organisation, a place, or nothing.

Precision first: a run becomes a person only on positive evidence — a title before it, a role noun
before it, a known given name, initials, a speech cue, an appositive, a kinship phrase. Runs with no
evidence may still name a person already known in the document; people.py settles those, with what
name_context.py reads around them. What words are by the lists alone is wordkinds.py's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from newscli.extract import lexicon
from newscli.extract.names import LOWER, UPPER, Run, Token, TokenSpan, is_initial, key
from newscli.extract.wordkinds import (
    ARTICLES,
    HONORIFICS,
    WORDS_CACHED,
    calendar_word,
    common_word,
    english_word,
    english_words,
    given_first,
    headline_verb,
    is_country,
    is_given,
    is_nationality,
    is_place,
    is_surname,
    is_weekday,
    known_abbreviation,
    may_describe,
    name_shaped,
    named_describer,
    nationality_led,
    never_a_name,
    opening_word,
    organisation_word,
    person_role,
    person_shaped,
    place_or_org,
    plain_english_word,
    plural_group,
    plural_people,
    run_kinds,
    surname_or_place,
    titles_word,
)
from newscli.model import Document

_OPENERS = re.compile("[\"'\u201c\u2018(\\[\\-\u2013\u2014 \t]*")  # quotes, dashes before a first word
CUE_AFTER = re.compile(r",?[ \t]+([a-z]+)\b")  # the word after a name: "said" of "Doe said", "Doe, said"
CUE_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")  # the word before a name: "said" of "said Doe"
_SUBJECT_VERB_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[A-Z][a-z]+)[ \t]+[a-z]+[ \t]+$")
_TITLE_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")  # "Secretary of State X"
ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+$")  # "the", "a", "an" right before a name
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old[ \t]+$")
_GIVEN_HYPHENATED = re.compile(rf"[{UPPER}][a-z]+-[a-z]+$")
_COUNTRY_AFTER = re.compile(r"[ \t]*\([ \t]*([^()\n]{2,30}?)[ \t]*\)")
_AGE = re.compile(r"[ \t]?,[ \t]+\d{1,3}[ \t]?,")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ \t]+$")
_KIN_BEFORE = re.compile(r"(?:['\u2019]s?|\b[Hh]is|\b[Hh]er|\b[Tt]heir)[ \t]+([a-z-]+),?[ \t]+$")
_NEXT_WORD = re.compile(r"(?:[ \t]?['\u2019]s?)?[ \t]+([a-z]+)")
_NEXT_WORD_STARTS = frozenset(" \t'\u2019")  # the characters _NEXT_WORD may start with
_LOWER_LETTER = re.compile(rf"[{LOWER}]")
_HEADLINE_CHARS = 200  # longer lines are prose, never a headline in title case
_LONG_WORDS = re.compile(r"[^\W\d_]{3,}")  # words of three letters or more
_ORG_LINK = re.compile(r"[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?")
_ROLE_COMMA_BEFORE = re.compile(r"\b([a-z]+),[ \t]+$")  # "the campaign manager, " before a name
# ", a spokesman for", ", executive director of": up to five lower-case words after a comma
_APPOSITIVE_WORDS = re.compile(  # first a lower-case word or a possessive name ("Libya's oil minister")
    r",[ \t]+((?:[a-z][\w'\u2019-]*|[A-Z][\w-]*['\u2019]s)(?:[ \t]+[A-Za-z][\w'\u2019-]*){0,4})\b"
)
_WHO_AFTER = re.compile(r",[ \t]+who[ \t]")
# ", from the Muslim Safety Forum, said": where a speaker comes from, set off before the reporting verb
_SPEAKER_FROM = re.compile(r",[ \t]+(?:from|of)[ \t]+[^,.;\"\n]{3,60},[ \t]+(?:said|says|told|added)\b")
_FROM_REACH = 90  # characters read for it
APPOSITIVE_MAX = 5  # words of an appositive read for its role noun


@dataclass(slots=True)
class Line:
    """A line of the text and how its capital letters read: all caps (a headline), or title case."""

    start: int
    end: int
    shouting: bool  # ALL CAPS: capitals say nothing about names
    title_case: bool  # Most Words Capitalised: every capital is ambiguous


@dataclass(slots=True)
class Candidate(TokenSpan):
    """A classified run: its name tokens, kind, and the evidence and title that made it a person."""

    run: Run
    tokens: list[Token]
    kind: str | None  # person | organisation | place | None (nothing, or a name to settle later)
    evidence: str | None = None  # title | role | given | initial | cue | appositive | relation | age
    title: tuple[int, int] | None = None  # span of a title inside the run ("Russian President")
    shouting: bool = False
    attributive: bool = False  # "the Kim family": the name modifies a noun

    @property
    def words(self) -> tuple[str, ...]:
        return tuple([t.text for t in self.tokens])


class Context:
    """Where sentences and lines start in one document, for the capitalisation rules."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.sentence_starts = {  # where the first word of each sentence starts, after any quote or dash
            _OPENERS.match(self.text, sent.start).end() for para in doc.paragraphs for sent in para.sentences
        }
        self.lines = lines(doc.text)
        self._line_starts = [ln.start for ln in self.lines]
        self.shouts = any(ln.shouting for ln in self.lines)  # has an ALL-CAPS line (few documents do)
        self.titled = any(ln.title_case for ln in self.lines)  # has a Title Case line (a headline)
        self._proper: dict[str, bool] = {}  # proper_word's answers

    def proper_word(self, word: str) -> bool:
        """Whether the document writes a word only with a capital, and at least once inside a sentence
        ("when Trump mentioned"), as it writes a name and not an English word ("Prosecutors said")."""
        if word not in self._proper:
            low = re.compile(rf"\b{re.escape(word.lower())}\b")
            inside = any(not self.opens(m.start()) for m in re.finditer(rf"\b{re.escape(word)}\b", self.text))
            self._proper[word] = inside and low.search(self.text) is None
        return self._proper[word]

    def line(self, pos: int) -> Line:
        """The line that holds `pos`, a word's position (blank lines are not kept)."""
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
    """Every line of `text` that holds a word, with its capitalisation pattern (a long line is prose: only
    ALL CAPS counts); the blank lines between paragraphs, half of an article's, hold no name to read."""
    out, pos = [], 0
    for raw in text.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        if not raw:
            continue
        if len(raw) > _HEADLINE_CHARS:
            out.append(Line(start, pos - 1, _LOWER_LETTER.search(raw) is None, False))
            continue
        long_words = _LONG_WORDS.findall(raw)
        caps = sum(1 for w in long_words if w[0].isupper())
        upper = sum(1 for w in long_words if w.isupper())
        shouting = bool(long_words) and upper >= max(2, 0.6 * len(long_words))
        title_case = len(long_words) >= 4 and caps >= 0.75 * len(long_words) and _headline_lower(long_words)
        out.append(Line(start, pos - 1, shouting, title_case))
    return out


def _headline_lower(long_words: list[str]) -> bool:
    """Whether at most one of a line's long words is a lower-case word that is no function word: a
    headline capitalises the rest ("Trump Praises Breitbart's Editor"), prose full of names does not
    ("Billionaire Donald Trump praised ... at a press conference")."""
    function_words = lexicon.lower("function_words")
    return sum(1 for w in long_words if w.islower() and w not in function_words) <= 1


def classify_all(found: list[Run], ctx: Context) -> list[Candidate]:
    """Candidates of every run; an organisation takes in what follows "of"/"for" ("Bank of England")."""
    out: list[Candidate] = []
    if ctx.titled:
        found = _headline_names(found, ctx)
    i = 0
    while i < len(found):
        cand = classify(found[i], ctx)
        if cand is not None:
            out.append(cand)
            if cand.kind == "organisation":
                while i + 1 < len(found) and _ORG_LINK.fullmatch(ctx.text, cand.end, found[i + 1].start):
                    i += 1
                    titled = _titled_person(found[i], ctx)
                    if titled is not None:  # "Bank of England Governor Mervyn King": the person stays one
                        cand.tokens.extend(_org_part(found[i], titled))
                        out.append(titled)
                        break
                    cand.tokens.extend(found[i].tokens)
        i += 1
    return out


HEADLINE_NAME_MAX = 8  # words of a name looked up in a headline run (a bound, for runs of any length)


def _headline_names(found: list[Run], ctx: Context) -> list[Run]:
    """Runs of Title Case lines split into the names the rest of the document gives on their own (or
    at the end of a run, after a title: "Billionaire Donald Trump"), the words between left out:
    "Hillary Clinton Wins Delaware Primary" is "Hillary Clinton" and "Delaware" where the text names
    both; a run holding no such name of two words or more stays whole."""
    titled = [ctx.line(r.start).title_case for r in found]
    if not any(t and len(r.tokens) >= 3 for r, t in zip(found, titled, strict=True)):
        return found  # most headlines: no run long enough to hold a name and more
    body = [r for r, t in zip(found, titled, strict=True) if not t]
    known = {  # each run, and its ends past a title or description ("Billionaire | Donald Trump")
        key(" ".join([t.text for t in r.tokens[i:]])) for r in body for i in range(max(1, len(r.tokens) - 1))
    }
    longest = min(HEADLINE_NAME_MAX, max((len(r.tokens) for r in body), default=0))
    out: list[Run] = []
    for run, t in zip(found, titled, strict=True):
        parts = _known_parts(run, known, longest) if t else None
        out.extend(parts or [run])
    return out


def _known_parts(run: Run, known: set[str], longest: int) -> list[Run] | None:
    """The known names inside a run, longest first from the left, when one has two words or more and
    the words left out, one or more, are a headline's ("Wins", "Primary"), and the words after such a
    word that the body does not give as runs of their own ("Donald Trump | Praises | Breitbart"); else
    None."""
    toks = run.tokens
    if len(toks) < 3:
        return None
    parts: list[Run] = []
    unknown: list[Token] = []  # words after a verb that follows a known name: a run of their own
    verb = False  # whether a headline word followed a known name of two words or more
    i = 0
    while i < len(toks):
        j = next(
            (
                j
                for j in range(min(len(toks), i + longest), i, -1)
                if key(" ".join([t.text for t in toks[i:j]])) in known
            ),
            None,
        )
        if j is None:
            if headline_verb(toks[i].bare):
                verb |= any(len(p.tokens) >= 2 for p in parts)
                parts.extend([Run(unknown)] if unknown else [])
                unknown = []
            elif verb:
                unknown.append(toks[i])  # "Donald Trump | Praises | Breitbart"
            else:
                return None  # "Former New York Gov. George Pataki": a name the body does not repeat
            i += 1
            continue
        parts.extend([Run(unknown)] if unknown else [])
        unknown = []
        parts.append(Run(toks[i:j], possessive=run.possessive and j == len(toks)))
        i = j
    if unknown:
        parts.append(Run(unknown, possessive=run.possessive))
    if not any(len(p.tokens) >= 2 for p in parts) or sum(len(p.tokens) for p in parts) == len(toks):
        return None  # known names only: "Ahmed | al Ashry" may be one name
    return parts


def _org_part(run: Run, person: Candidate) -> list[Token]:
    """The words of a run after an organisation's "of" that still name it: those before the person's
    title, and the places that open the title ("Bank of | England | Governor Mervyn King"), which
    leave the title."""
    assert person.title is not None
    toks = run.tokens
    k = next(n for n, t in enumerate(toks) if t.start >= person.title[0])
    while toks[k].end < person.title[1] and is_place(toks[k].text):
        k += 1
    if k < len(toks) and toks[k].start > person.title[0]:
        person.title = (toks[k].start, person.title[1])
    return toks[:k]


def _titled_person(run: Run, ctx: Context) -> Candidate | None:
    """The person a run names after a title inside it ("England Governor Mervyn King"), or None."""
    cand = classify(run, ctx)
    return cand if cand is not None and cand.kind == "person" and cand.title is not None else None


def classify(run: Run, ctx: Context) -> Candidate | None:
    """The candidate a run makes, or None when it names nothing worth keeping."""
    if (
        len(run.tokens) == 1
        and opening_word(run.tokens[0].text)
        and not (ctx.shouts and ctx.line(run.start).shouting)
    ):
        return None  # a lone opener ("The", "He"): a third of all runs, settled without the steps below
    toks = list(run.tokens)
    line = ctx.line(run.start)
    if line.shouting:
        return Candidate(run, toks, None, shouting=True)
    while toks and opening_word(toks[0].text) and _opener(toks, ctx):  # most words: no call
        toks.pop(0)
    while len(toks) > 2 and toks[-1].text in lexicon.entries("post_nominals"):
        toks.pop()  # "Andrew Tyrie MP", "Guy Mansfield QC": the name ends before its letters
    if not toks:
        return None
    texts = tuple([t.text for t in toks])
    listed, kind = run_kinds(texts)
    if listed == "nationality":
        return None
    if listed == "place":
        return Candidate(run, toks, "place")
    cand = Candidate(run, toks, None)
    ambiguous = None  # whether the name's first capital may only open a sentence or headline line
    if len(toks) > 1:  # a lone word has no title to move
        _strip_title(cand, texts, ctx.text)
    if cand.title is None:
        if kind and not (kind == "place" and _person_at_place_word(cand, texts, ctx)):
            return Candidate(run, toks, kind)  # but "starring Nathan Lane" is no "Drury Lane"
        ambiguous = line.title_case or ctx.opens(toks[0].start)
        if (
            ambiguous
            and len(toks) >= 2
            and (
                common_word(first := texts[0].rstrip("."))
                or first.lower() in lexicon.lower("roles")
                or plural_group(first)
            )
            and not is_given(first)
            and not is_place(first, texts[1])  # "South Carolina ...": a place opens the run
            and not _named_by_appositive(toks, first, line.title_case, ctx.text[run.end : run.end + 80])
        ):
            cand.tokens = toks[1:]  # "Following Smith", "Mogul Smith": a common or role word opens it
            if plural_group(first):
                return Candidate(run, cand.tokens, "organisation")  # "Bookmakers Ladbrokes says"
            if len(cand.tokens) > 1:  # "Earlier Conservative Graham Brady": what leads the rest
                _strip_title(cand, tuple([t.text for t in cand.tokens]), ctx.text)
            kind = place_or_org(cand.words)
            if kind and (cand.title is None or kind == "organisation"):
                return Candidate(run, cand.tokens if cand.title is None else toks[1:], kind)
    elif (kind := place_or_org(cand.words)) == "organisation" and _title_head(cand) not in HONORIFICS:
        return Candidate(run, toks, kind)  # but "Mr. Bloomberg", "Mrs Church" are people
    if cand.title is not None and line.start == 0 and line.title_case and _headline_word(cand.tokens):
        cand.tokens, cand.title = cand.tokens[1:], None  # headline "Senator Endorsed Doe": a verb
    words = texts if cand.tokens is toks else cand.words
    if never_a_name(words) and not _honoured_nationality(cand, words):
        return None
    if (
        len(words) == 1
        and words[0] in lexicon.entries("titles")
        and (_title_head(cand) not in HONORIFICS or not is_surname(words[0]))
        and not _surname_speaking(cand, ctx.text)
    ):
        return None  # "Lord Chancellor", "Mr. President"; but "Mr. King" is a surname after Mr/Mrs/Ms
    if (
        cand.title
        and len(words) == 1
        and common_word(words[0])
        and not (is_surname(words[0]) or is_given(words[0]))
        and _title_head(cand) not in _PEERAGE
    ):
        return None  # "General Workers' Union"; but "Mr Straw", "Lord Falconer" are names
    cand.attributive = _attributive(ctx.text, cand.end)
    if cand.evidence is None:
        if ambiguous is None or cand.tokens is not toks:  # else known already, of the same first word
            ambiguous = line.title_case or ctx.opens(cand.start)
        cand.evidence = _evidence(cand, words, ctx, ambiguous and len(cand.tokens) == 1)
    if cand.evidence:
        cand.kind = "person"
    return cand


_POSSESSIVE_DETERMINERS = frozenset({"its", "his", "her", "their"})


def _opener(toks: list[Token], ctx: Context) -> bool:
    """Whether the first word of a run opens the sentence rather than the name ("The", "In", a weekday),
    or is a weekday before a given name anywhere ("on Wednesday Tony Blair said"; "Tuesday Weld" and
    "the Sunday Times" keep theirs), or a date after a preposition of time ("until December Microsoft");
    not a month that is a given name before a family name ("Jan Berry said", "April Jones")."""
    tok, left = toks[0], len(toks)
    kind = opening_word(tok.text)
    if kind == "article":
        return True
    if kind == "function":
        return ctx.opens(tok.start) or left == 1
    if kind != "non_name":
        return False
    if left > 1 and is_place(tok.text, toks[1].text):
        return False  # "South Carolina Republican primary": the compass word opens the place
    if (
        left == 2
        and is_given(tok.text)
        and is_surname(toks[1].text)
        and not _after_time_preposition(tok, ctx.text)
    ):
        return False  # "Jan Berry said", "June Carter sang": a given name and a family name
    return (
        left == 1
        or ctx.opens(tok.start)
        or (is_weekday(tok.text) and is_given(toks[1].text))
        or _after_time_preposition(tok, ctx.text)
    )


# What stands before a date's month or weekday: a preposition of time ("until December") or a day's
# number ("on 10 January").
_TIME_PREPOSITION = re.compile(
    r"(?:\b(?:in|on|until|till|by|since|from|before|after|during|of|last|next|this)"
    r"|\b\d{1,2}(?:st|nd|rd|th)?)[ \t]+$",
    re.I,
)


def _after_time_preposition(tok: Token, text: str) -> bool:
    """Whether a month or weekday follows a preposition of time or a day's number: a date, never a
    name's first word ("Until December Microsoft will", "on 10 January Cellnet"; "Tuesday Weld" keeps
    hers)."""
    return (
        calendar_word(tok.text)
        and _TIME_PREPOSITION.search(text, max(0, tok.start - 12), tok.start) is not None
    )


def _headline_word(toks: list[Token]) -> bool:
    """Whether the first of a name's words, after a title in the headline, is a word the headline's
    capitals dress up, not a given name ("Senator Endorsed Doe", but "Senator Rand Doe"); body lines
    count not, where "Fellow Lib Dem Kit Doe said so." may look like a headline too."""
    return len(toks) >= 2 and english_word(toks[0].text)


def _surname_speaking(cand: Candidate, text: str) -> bool:
    """Whether a lone title word is a surname because a speech verb follows it and no article comes
    before it ("King says Ali ...", after Billie Jean King is named; not "the King said")."""
    if cand.title is not None or len(cand.run.tokens) != 1:
        return False
    if ARTICLE_BEFORE.search(text, max(0, cand.start - 8), cand.start):
        return False
    cue = CUE_AFTER.match(text, cand.end)
    return cue is not None and cue.group(1) in lexicon.lower("speech_verbs")


_PEERAGE = HONORIFICS | {"Dr", "Sir", "Lord", "Lady", "Dame", "Baroness", "Baron", "Prof", "Professor"}


def _person_at_place_word(cand: Candidate, texts: tuple[str, ...], ctx: Context) -> bool:
    """Whether a given name and a place word are a person by the context: a family name that is a place
    word too ("starring Nathan Lane", "Lewis Hall said"), or any place word after a role or title
    right before the name ("Yukos spokesman Mike Lake", where "Lake" is on no list of family names)."""
    if surname_or_place(texts):
        return _evidence(cand, texts, ctx, False, False) is not None
    if len(texts) != 2 or not given_first(texts) or texts[-1] not in lexicon.entries("place_words"):
        return False
    return _evidence(cand, texts, ctx, False, False) in ("role", "title")


def _honoured_nationality(cand: Candidate, words: tuple[str, ...]) -> bool:
    """Whether a lone nationality word follows an honorific: a family name ("Mr Irish", "Mr German"
    for Oliver Irish and Mike German), which "Mr" never puts before a people."""
    nationality = len(words) == 1 and words[0] in lexicon.entries("nationalities")
    return nationality and _title_head(cand) in HONORIFICS


def _title_head(cand: Candidate) -> str:
    """The last word of the candidate's title, without its dot ("Mr." -> "Mr")."""
    return cand.run.tokens[cand.run.tokens.index(cand.tokens[0]) - 1].bare if cand.title else ""


def _strip_title(cand: Candidate, words: tuple[str, ...], text: str) -> None:
    """Move leading titles and descriptions out of the name (whose words are `words`): "Russian President
    Vladimir Putin", "Federal Reserve Governor Ann Smith", "Mexican Luis Ortega", "(Secretary of) State
    Mary Jones"."""
    toks = cand.tokens
    if len(toks) >= 3:  # the office's words, then a given name and more
        lo = max(0, cand.start - 40)
        m = _TITLE_OF_BEFORE.search(text, lo + tail_start(text[lo : cand.start], 3), cand.start)
        if m and m.group(1) in lexicon.entries("titles"):
            given = next((k for k in range(1, len(toks) - 1) if is_given(toks[k].bare)), None)
            if given is not None:
                cand.title = (m.start(1), toks[given - 1].end)  # the whole office: "Secretary of State"
                cand.tokens, cand.evidence = toks[given:], "title"
                return
    split = title_split(words)
    if split is not None:
        title_from, name_at, evidence = split
        if title_from is not None:
            cand.title = (toks[title_from].start, toks[name_at - 1].end)
        cand.tokens = toks[name_at:]
        if evidence:
            cand.evidence = evidence


@lru_cache(maxsize=WORDS_CACHED)
def title_split(words: tuple[str, ...]) -> tuple[int | None, int, str | None] | None:
    """Where a run's words split into what leads the name and the name, by the words alone: (first
    word of the title, or None when the leading words are dropped but are no title; first word of the
    name; evidence), or None when the run is all name."""
    bare = [w.rstrip(".") for w in words]
    titles = lexicon.entries("titles")
    head = max((i for i, b in enumerate(bare[:-1]) if b in titles), default=-1)
    while 0 <= head < len(bare) - 2 and bare[head + 1] in lexicon.entries("title_modifiers"):
        head += 1  # "Chief Executive Martin Sorrell"
    if head >= 0:
        first = head
        while first > 0 and bare[head] not in HONORIFICS and titles_word(words[first - 1]):
            first -= 1
        return first, head + 1, "title"
    lead = 0
    while lead < len(bare) - 2 and is_nationality(bare[lead]):
        lead += 1  # "Australian Mamdouh Habib"
    if lead:
        return 0, lead, None
    if is_given(bare[0]) and not named_describer(bare[0]):
        return _office_split(bare)  # "Martin Luther King": a given name that is an English word too
    for k in range(1, len(bare) - 1):
        if not may_describe(bare[k - 1]):
            return _office_split(bare)
        if (
            is_given(bare[k])
            and not any(organisation_word(b) for b in bare[k + 1 :])
            and not is_place(bare[k - 1], bare[k])  # "South Carolina Republican": no Carolina
        ):
            described = all(is_nationality(b) or b in lexicon.entries("countries") for b in bare[:k])
            return (0 if described else None), k, None  # not "New York City Public Advocate Jo Roe"
    return _office_split(bare)


def _office_split(bare: list[str]) -> tuple[int, int, str] | None:
    """An office named after its organisation or place before a given name and a surname ("Harlow
    County Recorder Jane Roe", "United Widget Workers Treasurer John Doe"): the office is a title."""
    k = len(bare) - 2
    if k < 2 or not is_given(bare[k]) or common_word(bare[k]) or not name_shaped((bare[k], bare[-1]), True):
        return None
    if not any(organisation_word(b) or b in lexicon.entries("place_words") for b in bare[:k]):
        return None
    return 0, k, "title"


def tail_start(window: str, chunks: int) -> int:
    """Where the last `chunks` whitespace-separated chunks of `window` begin (trailing whitespace left
    aside). A pattern that ends in spaces at the window's end and spans at most that many chunks of
    non-space characters (like _WORD_BEFORE) cannot match earlier: searching from here finds what
    searching the whole window finds, without trying every position of it."""
    parts = window.rsplit(None, chunks)
    return len(parts[0]) if len(parts) > chunks else 0


# Role nouns that firms and teams hold at least as often as people: before a lone word ("rival
# Peoplesoft", "market leader Nintendo", "Sale host Bath") they show no person.
_FIRM_ROLES = frozenset("rival partner owner developer publisher investor producer leader host".split())


def _attributive(text: str, end: int) -> bool:
    if text[end : end + 1] not in _NEXT_WORD_STARTS:
        return False
    m = _NEXT_WORD.match(text, end, min(len(text), end + 30))
    return bool(m and m.group(1) in lexicon.entries("attributive"))


def _evidence(
    cand: Candidate, words: tuple[str, ...], ctx: Context, ambiguous_single: bool, spelled: bool = True
) -> str | None:
    """Why the candidate (whose words are `words`) is a person, or None; with `spelled` False, only
    the context counts, not what the words are (a given name first, initials)."""
    if len(words) >= 2 and (plural_people(words[-1]) or plural_people(" ".join(words))):
        return None  # "Roman Catholics", "suggested Roma Czechs were": a people, no person
    text = ctx.text
    start, end = cand.start, cand.end
    before = text[max(0, start - 40) : start]
    last_word = tail_start(before, 1)  # where the patterns of one word may match
    m = _WORD_BEFORE.search(before, last_word)
    if (
        m
        and m.group(1) in lexicon.lower("roles")
        and m.group(1).islower()
        and (m.group(1) not in _FIRM_ROLES or _firm_role_names_a_person(words))
    ):
        return "role"
    if m and m.group(1).rstrip(".") in lexicon.entries("titles"):
        return "title"
    by_words = _spelled_evidence(words) if spelled else None
    if by_words:
        return by_words
    multi = len(words) >= 2
    kin = before[last_word:].strip().removesuffix(",")  # the word _KIN_BEFORE would read: test it first
    km = kin in lexicon.lower("kinship") and _KIN_BEFORE.search(before, tail_start(before, 2))
    if km and km.group(1) in lexicon.lower("kinship"):
        return "relation"
    after = text[end : end + 40]
    aged = "-year-old" in before and _AGE_BEFORE.search(before, last_word)  # the test skips most regexes
    if ("," in after[:2] and _AGE.match(after)) or (aged and (multi or not _LOWER_NEXT.match(after))):
        return "age"  # not "the 24-year-old Reds skipper": a lone word before a noun modifies it
    if (
        ambiguous_single
        or not multi
        or words[-1] in lexicon.entries("titles")
        or ARTICLE_BEFORE.search(before, last_word)
    ):
        return None  # weaker evidence: not for "the English National Ballet told", "Economics Minister"
    family_first = words[0].lower() in lexicon.lower("family_first")
    if len(words) == 2 and family_first and _GIVEN_HYPHENATED.match(words[1]):
        return "given"  # "Kang Young-hoon", "Roh Moo-hyun"
    country = _COUNTRY_AFTER.match(after)
    if country and is_country(country.group(1)) and name_shaped(words, known_words=True):
        return "country"  # results and squads: "Jearl Miles ( U.S. )"
    if _cued(words, before, after, last_word) and not english_words(words) and not nationality_led(words):
        return "cue"  # not "Retail Decisions said", "Five Live said", "Swiss Re said": a firm's words
    role = _ROLE_COMMA_BEFORE.search(before, last_word)
    if role and person_role(role.group(1)) and person_shaped(words, True) and after[:1] in ",.":
        return "appositive"  # "Doe's deputy campaign manager, Rich Roe, who ..."
    if after[:1] == "," and not any(w.lower() in lexicon.lower("roles") for w in words):
        if _role_appositive(after) and person_shaped(words, True):
            return "appositive"  # "Jane Roe, a spokeswoman for ...", "Jane Roe, executive director of"
        if _WHO_AFTER.match(after) and person_shaped(words) and (len(words) == 2 or is_given(words[0])):
            return "appositive"  # "Jane Roe, who ...": not "Velvet Sisters, who" (English words)
        if len(words) == 2 and name_shaped(words) and _SPEAKER_FROM.match(text, end, end + _FROM_REACH):
            return "appositive"  # "Massoud Shadjareh, from the Muslim Safety Forum, said"
    if name_shaped(words) and is_surname(words[-1]) and not (ctx.line(start).title_case or ctx.opens(start)):
        return "shape"  # at a sentence opening the first word may describe ("Matchwinner Keane")
    return None


def _cued(words: tuple[str, ...], before: str, after: str, last_word: int) -> bool:
    """Whether a speech verb stands right after a name ("X said") or right before it ("said X"), but
    not a verb with a subject of its own before a name an English word opens ("He said Ask Jeeves
    was": what he says)."""
    verbs = lexicon.lower("speech_verbs")
    cue = CUE_AFTER.match(after)
    if cue is not None and cue.group(1) in verbs:
        return True
    cue = CUE_BEFORE.search(before, last_word)
    return (
        cue is not None
        and cue.group(1) in verbs
        and not (english_word(words[0]) and _SUBJECT_VERB_BEFORE.search(before, tail_start(before, 2)))
    )


def _firm_role_names_a_person(words: tuple[str, ...]) -> bool:
    """Whether a role firms hold too ("rival", "partner", "owner") shows the name after it is a person's:
    a full name that does not end in an English word that is no given or family name ("Jets owner
    Woody Johnson"; not "rival Peoplesoft", "US partner Best Buy", "market leader Mengniu Dairy")."""
    return len(words) >= 2 and not plain_english_word(words[-1])


def _named_by_appositive(toks: list[Token], first: str, title_case: bool, after: str) -> bool:
    """Whether two words opening a sentence are a name though the first is an English word, because a
    known family or given name follows it and then an appositive naming a role ("Rich Roe, a spokesman
    for ..."); not "Following Smith, ..."."""
    last = toks[-1].text
    return (
        len(toks) == 2
        and not title_case
        and (is_surname(last) or is_given(last))  # not "Casino Royale, author Ian Fleming's first book"
        and not first.lower().endswith(("ing", "ed", "ly"))
        and first.lower() not in lexicon.lower("function_words")
        and _role_appositive(after)
    )


def _role_appositive(after: str) -> bool:
    """Whether the words after a name are an appositive naming a person's role (", a spokeswoman for",
    ", executive director of", ", a Clinton supporter and president of"); role words that also describe
    teams and firms ("the champions", "the owner") do not count."""
    m = _APPOSITIVE_WORDS.match(after)
    if m is None:
        return False
    words = m.group(1).split()[:APPOSITIVE_MAX]
    for k in range(1, len(words) - 1):
        if words[k] == "and" and words[k - 1].islower() and not person_role(words[k + 1]):
            return False  # ", its chief and two managers": a list of people, after a firm's name
    if words[0] in ARTICLES or words[0] in _POSSESSIVE_DETERMINERS or _possessive_name(words[0]):
        words = words[1:]  # ", a spokeswoman", ", the chairwoman of", ", its acting chairman", ", Libya's"
    elif words[0] not in lexicon.lower("roles"):
        return False  # ", set up by an army officer": no noun phrase of a role
    return any(person_role(w) for w in words)


def _possessive_name(word: str) -> bool:
    """A capitalised word with a possessive: "Libya's" (oil minister), "Merrill's" (chief)."""
    return word[:1].isupper() and word.endswith(("'s", "\u2019s"))


@lru_cache(maxsize=WORDS_CACHED)
def _spelled_evidence(words: tuple[str, ...]) -> str | None:
    """The evidence a name's words give wherever they stand: initials beside full words ("J. Smith"),
    or a given name first ("Anthony Washington"); memoised, as names recur."""
    multi = len(words) >= 2
    if multi and "." in "".join(words):  # an initial ends in a dot: most names skip this test
        initials = [is_initial(w) and not known_abbreviation(w) for w in words]
        if any(initials) and not all(initials):
            return "initial"
    if multi and given_first(words) and not is_initial(words[-1]):
        last = words[-1]
        function = last.lower() in lexicon.lower("function_words")
        if function and len(words) == 2 and is_surname(last):
            return "given"  # "Brian May": a family name, not the verb (nor the month)
        if not function and last not in lexicon.entries("non_names"):
            return "given"
    return None
