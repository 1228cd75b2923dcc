"""Who each sentence is about, for the pronoun resolver: its subject, the reporter its closing cue names,
or a blocker; and what a person reports in a sentence.

Each sentence contributes its grammatical subject when it can be read: a person mention at the start of
the sentence (after an opening phrase such as "In the op-ed,", and titles or descriptions such as
"Smith campaign spokesman"). A sentence whose subject is a capitalised name the people index does not
know ("Wymes said", a misspelt name) contributes a blocker: a pronoun after it stays unresolved, since
its referent may be that unknown person; an English word that is no one's name ("Victims of ..."), a
weekday or a contracted pronoun ("He's") opening a sentence is no such name. A sentence opening with
"he"/"she" has no subject of its own (the referent before goes on). Someone described but not named who
speaks up in a clause of its own ("..., but the Scot admitted") is a blocker too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from newscli.extract import cuewords, lexicon
from newscli.extract.attribution import Attributor
from newscli.extract.cuetokens import Tok, modifies_name, tokens
from newscli.extract.cuewords import PRONOUN_GENDER
from newscli.extract.quotemarks import DOUBLE_MARKS
from newscli.extract.subjects import Subject
from newscli.extract.wordkinds import HONORIFICS, could_be_name
from newscli.model import Document, Mention, Sentence
from newscli.text import sentence_at

COMMON_VERBS = frozenset(  # frequent verb forms: a subject ends before one, a clause of its own after
    "is are was were has have had will would can could may might must should shall do does did "
    "got gets went goes came comes made makes took takes gave gives ran runs met meets won wins lost "
    "became becomes began begins left leaves held holds kept keeps put puts set sets sent sends spent "
    "spends stood stands brought brings thought thinks knew knows saw sees found finds felt feels "
    "be been won't can't don't doesn't didn't isn't wasn't aren't weren't hasn't haven't wouldn't".split()
)
_SUBJECT_PRONOUNS = frozenset(("he", "she"))
POSSESSIVE = ("'s", "\u2019s")  # what ends a name used as a possessive
_NEXT_WORD_AFTER = re.compile(r"(?:['\u2019]s?)?\s+([A-Za-z]+)")  # the word after a name, past "'s"
_WHO_AFTER = re.compile(r",\s+(who)\b")  # "X, who ...": a relative clause about X
_COMMA_WORD = re.compile(r",\s+([a-z]+)\b")  # "..., said X, ...": a word right after a comma
_DETERMINED_CAPITAL = re.compile(r"\b(?:the|a|an) [A-Z][a-z]")  # "the Scot": a people's noun, perhaps
LOWER_WORD = re.compile(r"\b[a-z]+\b")  # a lower-case word: a cheap look for verbs before tokenising
_CONTRASTING = frozenset("but while whereas although though yet".split())
ASIDE_MAX = 12  # tokens of an aside set off by commas inside a reported clause
TAIL_CHARS, TAIL_WORDS = 80, 7  # where cue_ending looks for a sentence's closing cue
DESCRIPTION_MAX = 12  # tokens set off after a closing cue's name ("..., said X, head of ...")
_PHRASE_OPENERS = frozenset(  # words that open a phrase before a reported clause's subject
    "despite although though while when whenever after before if unless because since once as given "
    "in on at with without for by during under".split()
)
_CLAUSE_BREAKS = frozenset(',;:()\u2014\u2013"\u201c\u201d')  # where a reported clause may end
_RELATIVES = frozenset("who whom whose which".split())  # a relative clause after a comma goes on reporting
_QUANTIFIERS = frozenset("most many some all none few several both each one two three half".split())
_CONTRACTION = re.compile(r"(?:['\u2019](?:s|re|ll|ve|d|m)|n['\u2019]t)$")  # "he's", "don't"
OPENING_PHRASE_MAX = 30  # words of an opening phrase ("In an interview with X on Sunday,") skipped
SUBJECT_REACH = (80, 250)  # characters read for a sentence's subject: first try, then the longest
SUBJECT_SEARCH = 8  # words a subject may lie from the start of its clause (titles, descriptions)
DATELINE_MAX = 10  # tokens of a dateline before its dash: "PHILADELPHIA, July 25 (UPI) —"
DATELINE_DASHES = ("\u2014", "\u2013", "-", "--")
ROLE_PHRASE_MAX = 8  # tokens of a description read for its role noun ("a spokeswoman for the club")
POST_NOMINALS_REACH = 24  # characters read after a name for its letters and the comma ("QC, OBE,")
BLOCKER = ""  # the entity of a sentence subject that is a name the people index does not know
_BY_PRONOUN = "\0pronoun"  # the entity _closing_reporter gives a he/she citing the sentence


@dataclass(slots=True)
class Candidate:
    """A possible referent: a sentence subject or a speaker (entity BLOCKER: an unknown name)."""

    offset: int
    entity: str


class SentenceSubjects:
    """The subjects of one document's sentences, each read on first use, and what a person reports."""

    def __init__(self, doc: Document, att: Attributor, quoted: list[tuple[int, int]]) -> None:
        self.doc, self.text, self.att = doc, doc.text, att
        self.quoted_starts = [q[0] for q in quoted]
        self.quoted = quoted
        self.para_starts = [p.start for p in doc.paragraphs]
        self._subjects: dict[int, Candidate | None] = {}  # by sentence start, read on first use

    def between(self, start: int, end: int) -> list[Candidate]:
        """The subjects of the sentences that start in [start, end), in text order."""
        found = (self.of(sent) for sent in self.sentences(start, end))
        return [c for c in found if c is not None]

    def sentences(self, start: int, end: int) -> list[Sentence]:
        """The sentences that start in [start, end), in text order (repeated paragraphs left out)."""
        out = []
        paras = self.doc.paragraphs
        for para in paras[max(0, bisect_right(self.para_starts, start) - 1) :]:
            if para.start >= end:
                break
            if para.end <= start or para.repeat_of is not None:
                continue
            out.extend(sent for sent in para.sentences if start <= sent.start < end)
        return out

    def of(self, sent: Sentence) -> Candidate | None:
        """The subject of a sentence, read on first use."""
        if sent.start not in self._subjects:
            self._subjects[sent.start] = self._subject(sent.start, sent.end)
        return self._subjects[sent.start]

    def in_quote(self, offset: int) -> bool:
        """Whether the offset lies inside quotation marks."""
        k = bisect_right(self.quoted_starts, offset) - 1
        return k >= 0 and offset < self.quoted[k][1]

    def _subject(self, start: int, end: int) -> Candidate | None:
        """The subject of the sentence [start, end): a person, a blocker, or None (unknown, or a pronoun);
        the reporter of a sentence that ends in its cue (`Costs are rising, Smith said.`) comes first."""
        if self.in_quote(start) or self.text[start] in '"\u201c\u201d':
            return None  # a quotation opens the sentence: its speaker comes from the cue
        if self._may_end_in_cue(start, end):
            reporter = self._closing_reporter(start, end)
            if reporter is not None:
                return reporter if reporter.entity != _BY_PRONOUN else None
        for reach in SUBJECT_REACH:  # most subjects open their sentence: read a little first
            toks = tokens(self.text, start, min(end, start + reach))
            i = after_opening_phrase(toks, self.att.by_start)
            if i + SUBJECT_SEARCH < len(toks) or start + reach >= end:
                break
        found = self.subject_at(toks, i)
        if found is None:
            return self._set_off_reporter(start, end)
        if found.entity == BLOCKER:
            return found
        voice = self._unnamed_voice(start, end, found)
        return Candidate(voice, BLOCKER) if voice is not None else found

    def _unnamed_voice(self, start: int, end: int, subject: Candidate) -> int | None:
        """Where someone the text describes but does not name speaks up in a clause of its own in the
        sentence [start, end) whose subject is a person, past that person and outside what they report:
        `X is fit again, but the Scot admitted ...`, `X liked to boast, the Tory leader said.`, `X is no
        rebel, said a spokeswoman.`; a he/she after it may be that voice, and is not X, whom it speaks
        of. Not a description set off right after the person (`X, the firm's chief executive said`):
        that is X. (Where no person is the subject, the voice may well be the last one named: `..., X
        has said. How was it right ..., the party leader asked.`) None when no such voice speaks."""
        named = self.att.by_start.get(subject.offset)
        after = named.end if named is not None else subject.offset
        if not self._may_voice(after, end):
            return None  # most sentences (cheaper than tokens)
        toks = self.att.tokens(start, end)
        reported: tuple[int, int] | None = None
        for j in range(1, len(toks)):
            verb = toks[j]
            if verb.start <= after or not self.att.is_verb(verb) or self.in_quote(verb.start):
                continue
            if verb.low.endswith("ing") or toks[j - 1].low == "to" or toks[j - 1].text.endswith(POSSESSIVE):
                continue  # "by saying", "to call out", "the campaign's alleged ties": no voice of its own
            phrase = self._unnamed_subject(toks, j)
            if phrase is None or phrase[0].start <= after or not _describes_a_person(phrase):
                continue
            if any(t.start in self.att.by_start for t in phrase):
                continue  # "said media and PR strategist Glen Yearwood": a person named, not unnamed
            if self.text[after : phrase[0].start].strip() in ("", ","):
                continue  # an apposition: the person described
            if reported is None:
                reported = self.reported_by(subject.entity, subject.offset)
            if not reported[0] <= verb.start < reported[1]:
                return phrase[0].start
        return None

    def _may_voice(self, start: int, end: int) -> bool:
        """Whether [start, end) may hold a described voice: a role noun with a reporting verb among the
        three words after it or before it (`the party leader said`, `said a spokeswoman`), or "the/a"
        and a capital (`the Scot admitted`); a cheap test of words before the sentence is tokenised."""
        words = LOWER_WORD.findall(self.text, start, end)
        verbs, roles = self.att.verbs, lexicon.lower("roles")
        for k, word in enumerate(words):
            if word in roles and any(w in verbs for w in words[max(0, k - 3) : k + 4]):
                return True
        return _DETERMINED_CAPITAL.search(self.text, start, end) is not None

    def _unnamed_subject(self, toks: list[Tok], j: int) -> list[Tok] | None:
        """The tokens of the subject of the verb toks[j] when it is a phrase naming no one that opens a
        clause of its own, after a comma, "but" or "and" (`, but the Scot admitted`, `, the minister said`;
        not `when a voter asked`, where the sentence's subject stays the one it speaks of), or after the
        verb inverted (`, said a spokeswoman for the club`); None for any other subject."""
        if toks[j - 1].low in cuewords.PREPOSITIONS or toks[j - 1].low in cuewords.DETERMINERS:
            return None  # "secretary of state", "the report": a noun
        found = self.att.subject_left(toks, j)
        if found is None and toks[j - 1].text == "," and self.att.inverts(toks[j]):
            found = self.att.subject_right(toks, j)
            k = next((k for k in range(j + 1, len(toks)) if not _is_word(toks[k])), len(toks))
            closes = k - j - 1 <= ROLE_PHRASE_MAX and (k == len(toks) or toks[k].text in ",.!?")
            return toks[j + 1 : k] if closes and found is not None and found.kind == "other" else None
        if found is None or found.kind != "other":
            return None
        k = next(
            (k for k in range(j - 1, max(0, j - ROLE_PHRASE_MAX) - 1, -1) if toks[k].start == found.start),
            None,
        )
        if k is None or k == 0 or not (toks[k - 1].text in ",;" or toks[k - 1].low in ("but", "and")):
            return None
        return toks[k:j]

    def _closing_reporter(self, start: int, end: int) -> Candidate | None:
        """The person a sentence ends by citing: `Costs are rising, Smith said.`, or inverted, `... have
        educational elements, said Mr Owen.` (not a participle: "..., saying Gallas overreacted."); a
        candidate of entity _BY_PRONOUN when a he/she cites it (`Doe is no rebel, he said.`: the
        person the words are about is not the one who says them)."""
        reported = self.att.cue_ending(start, end)
        if reported is not None and not reported[1].low.endswith("ing"):
            at = reported[0].start
            if reported[0].kind == "pronoun" and after_comma(self.text, at, start):
                return Candidate(at, _BY_PRONOUN)  # "Doe is no rebel, he said.": not Doe
            mention = reported[0].mention
            if mention is None or not mention.entity:
                return None
            return Candidate(mention.start, mention.entity)
        toks = self.att.tokens(start, end)
        for j in range(max(1, len(toks) - TAIL_WORDS - DESCRIPTION_MAX), len(toks) - 1):
            if self.att.is_verb(toks[j]) and self.att.inverts(toks[j]):
                found = self.att.subject_right(toks, j)
                mention = found.mention if found is not None and found.kind == "person" else None
                if (
                    mention is not None
                    and mention.entity
                    and all(modifies_name(t) for t in toks[j + 1 :] if t.end <= mention.start)
                    and _ends_at(toks, mention.end)
                    and (toks[j - 1].text == "," or not self._clause_after(toks, mention.end))
                ):  # "said (former minister) X.", "said X, head of ...", ", says X, the world ..."
                    return Candidate(mention.start, mention.entity)
        return None

    def _set_off_reporter(self, start: int, end: int) -> Candidate | None:
        """The person a cue set off by commas inside a sentence names, when no person is its subject:
        `The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people`."""
        if not any(m.group(1) in self.att.verbs for m in _COMMA_WORD.finditer(self.text, start, end)):
            return None  # no reporting verb right after a comma (cheaper than tokens)
        toks = self.att.tokens(start, end)
        for j in range(2, len(toks) - 2):
            if toks[j - 1].text != "," or not self.att.is_verb(toks[j]) or not self.att.inverts(toks[j]):
                continue
            m = self.att.by_start.get(toks[j + 1].start)
            if m is not None and m.entity and self.text.startswith(",", m.end):
                return Candidate(m.start, m.entity)
        return None

    def _clause_after(self, toks: list[Tok], offset: int) -> bool:
        """Whether the tokens from `offset` hold a reporting verb or a quotation mark: a clause of its
        own, not a description (`denied Mr Doe, his spokesman, said the plans "stink"`)."""
        return any(self.att.is_verb(t) or t.text in DOUBLE_MARKS for t in toks if t.start >= offset)

    def _may_end_in_cue(self, start: int, end: int) -> bool:
        """Whether a reporting verb form is among the last words of the sentence: most sentences end
        in none, and reading their tokens for one is the cost of this step."""
        tail = LOWER_WORD.findall(self.text, max(start, end - TAIL_CHARS), end)
        return any(word in self.att.verbs for word in tail[-TAIL_WORDS:])

    def subject_at(self, toks: list[Tok], i: int) -> Candidate | None:
        """The subject of the clause starting at toks[i]."""
        for p in range(i, min(len(toks), i + SUBJECT_SEARCH)):
            tok = toks[p]
            m = self.att.by_start.get(tok.start)
            if m is not None:
                if p > i and toks[p - 1].low in cuewords.DETERMINERS:
                    return None  # "the Brown campaign": a name used as a modifier
                if p > i and toks[p - 1].low == "of":
                    return None  # "The rise of Bannon gave ...": the subject is the rise
                if not self.text.startswith(POSSESSIVE, m.end) and not self._another_name_follows(toks, m):
                    return Candidate(m.start, m.entity or BLOCKER)
                continue  # "Smith campaign spokesman Tom Lee": look on for the head
            if tok.text == "," and p > i and (named := self._set_off_name(toks, i, p)) is not None:
                return named  # "UKIP's leader, Roger Knapman, has said": the person the description names
            if not _is_word(tok) or tok.low in cuewords.CLAUSE_WORDS or self.att.is_verb(tok):
                break
            if p == i and tok.low in _SUBJECT_PRONOUNS:
                return None  # "He said": the referent before goes on (not "His leader, X, said")
            if (
                tok.text[:1].islower()
                and _verb_like(tok)
                and tok.low not in cuewords.name_modifiers()
                and not _to_in_title(toks, p)
            ):
                break  # "Green compared himself to Brown": the subject ends before its verb
        first = toks[i] if i < len(toks) else None
        if first is not None and self._known_name_at(toks, i):
            return None  # "Mr Snow's comments ...", "Microsoft had ...": a name the index knows, no subject
        if first is not None and (_is_name_like(toks, i) or _is_role_phrase(toks, i)):
            return Candidate(first.start, BLOCKER)  # a person the index does not name
        return None

    def _known_name_at(self, toks: list[Tok], i: int) -> bool:
        """Whether a name the index holds (a person, past an honorific, or an organisation or place)
        starts at toks[i] and a lower-case word follows it, past a possessive, or ", who": "Mr Snow's
        comments", "Microsoft had", "Leicester, who signed" are no unknown person (but "Tennis Australia's
        Geoff Pollard" may be one)."""
        k = i + 1 if toks[i].text.rstrip(".") in HONORIFICS and i + 1 < len(toks) else i
        m = self.att.by_start.get(toks[k].start)
        end = m.end if m is not None else self.att.named_spans.get(toks[k].start)
        if end is None:
            return False
        nxt = word_after(self.text, end)
        return nxt is not None and nxt.islower()

    def _set_off_name(self, toks: list[Tok], i: int, comma: int) -> Candidate | None:
        """The person named between commas right after a description that opens the clause at toks[i]
        and holds a role noun ("Its leader, Jane Roe, said", "Smith's rival, Jo Bloggs,", "Director of
        Public Prosecutions, Ken Macdonald QC, who ..."), or None."""
        roles = lexicon.lower("roles")
        if comma + 1 >= len(toks) or not any(t.low in roles for t in toks[i:comma]):
            return None
        m = self.att.by_start.get(toks[comma + 1].start)
        if m is None or not m.entity or not _letters_then_comma(self.text, m.end):
            return None
        return Candidate(m.start, m.entity)

    def _another_name_follows(self, toks: list[Tok], m: Mention) -> bool:
        """Whether a person mention follows `m` within a few words with no punctuation between."""
        after = [t for t in toks if t.start >= m.end][:4]
        for t in after:
            if t.start in self.att.by_start:
                return True
            if not _is_word(t) or not (t.text[:1].isupper() or t.low in cuewords.name_modifiers()):
                return False
        return False

    def reported_by(self, entity: str, offset: int) -> tuple[int, int]:
        """What the person at `offset` reports in their sentence: from their reporting verb to where
        `_report_end` ends the clause (`X said (that) ...`, not `X told Y`, not the main clause after
        `When X pointed out that ..., Y`); an empty span when they report nothing."""
        sent = sentence_at(self.doc.paragraphs, offset)
        if sent is None:
            return offset, offset
        return self.report(sent, offset, lambda s: s.mention is not None and s.mention.entity == entity)

    def report(self, sent: Sentence, after: int, fits: Callable[[Subject], bool]) -> tuple[int, int]:
        """What the first reporting verb after `after` in the sentence reports, when its subject `fits`
        and it reports speech (not `X told Y`); an empty span otherwise. The sentence is read from its
        start: "Its leader, X, has said" reads X."""
        toks = self.att.tokens(sent.start, sent.end)
        for j in range(1, len(toks)):
            if toks[j].start <= after or not self.att.is_verb(toks[j]):
                continue
            subject = self.att.subject_left(toks, j)
            if subject is None or not fits(subject) or not self.att.reports_speech(toks, j):
                break  # the first reporting verb after them is not theirs, or takes an object
            return toks[j].end, _report_end(toks, j + 1, sent.end)
        return after, after


def after_comma(text: str, at: int, floor: int = 0) -> bool:
    """Whether a comma (and perhaps a space) comes right before `at`, not before `floor`."""
    return text[max(floor, at - 3) : at].rstrip().endswith(",")


def _ends_at(toks: list[Tok], offset: int) -> bool:
    """Whether nothing but closing punctuation or a set-off description (a few words) follows `offset`
    in toks."""
    rest = [t for t in toks if t.start >= offset]
    return not rest or rest[0].text in ".!?" or (rest[0].text == "," and len(rest) <= DESCRIPTION_MAX)


def _relative_after(toks: list[Tok], k: int) -> bool:
    """Whether a relative clause opens at toks[k]: "who ...", "which ...", or after a quantifier, "most
    of whom ...", "some of which ..."."""
    if k < len(toks) and toks[k].low in _RELATIVES:
        return True
    return (
        k + 2 < len(toks)
        and toks[k].low in _QUANTIFIERS
        and toks[k + 1].low == "of"
        and toks[k + 2].low in _RELATIVES
    )


def _report_end(toks: list[Tok], k: int, end: int) -> int:
    """Where a reported clause starting at toks[k] ends: at the first comma, dash, bracket, quotation
    mark or "but", past an aside set off by two commas within which the clause goes on (`X insisted
    the comments, made to Y, were meant to motivate`) and past a relative clause after a comma (`X said
    it helped Y, who ...`, `X saw it in his family, most of whom thought Y ...`); at `end` when none
    comes. A clause that opens with a phrase of its own (`X said that despite their differences, he and
    Y became friends`) goes on past the comma that closes the phrase."""
    k = _past_opening_phrase(toks, k)
    while k < len(toks):
        if toks[k].low in _CONTRASTING:
            return toks[k].start  # "X said ... but Y rejected his comments": Y's clause is no report of X's
        if toks[k].text == "," and _relative_after(toks, k + 1):
            # "X said it helped Y, who does not need to ... as Z did": the relative clause is reported too
            close = next((n for n in range(k + 2, len(toks)) if toks[n].text in _CLAUSE_BREAKS), None)
            if close is None:
                return end
            if toks[close].text != ",":
                return toks[close].start
            k = close + 1
            continue
        if (after := _past_embedded_quotation(toks, k)) is not None:
            k = after  # `X said it was as "dramatic" as Y believed`: the words quoted are part of the clause
            continue
        if toks[k].text in _CLAUSE_BREAKS:
            reach = range(k + 1, min(len(toks), k + ASIDE_MAX))
            close = next((n for n in reach if toks[n].text == ","), None)
            if (
                toks[k].text != ","
                or close is None
                or close + 1 >= len(toks)
                or not toks[close + 1].text.islower()
                or toks[close + 1].low in cuewords.CLAUSE_WORDS
                or toks[close + 1].low in PRONOUN_GENDER
                or any(t.text in _CLAUSE_BREAKS and t.text != "," for t in toks[k + 1 : close])
            ):
                return toks[k].start
            k = close
        k += 1
    return end


def _past_opening_phrase(toks: list[Tok], k: int) -> int:
    """The index after the comma of a phrase opening a reported clause at toks[k] ("that despite their
    differences," "if elected,"), when a subject follows it; else k."""
    i = k + 1 if k < len(toks) and toks[k].low == "that" else k
    if i >= len(toks) or toks[i].low not in _PHRASE_OPENERS:
        return k
    comma = next(
        (n for n in range(i + 1, min(len(toks), i + ASIDE_MAX)) if toks[n].text in _CLAUSE_BREAKS), None
    )
    if comma is None or toks[comma].text != "," or comma + 1 >= len(toks) or not _is_word(toks[comma + 1]):
        return k
    return comma + 1


def _past_embedded_quotation(toks: list[Tok], k: int) -> int | None:
    """The index after a few words in quotation marks opening at toks[k] inside a clause that goes on in
    lower case after them (`as "dramatic" as`), or None."""
    if toks[k].text not in DOUBLE_MARKS or k == 0 or not _is_word(toks[k - 1]):
        return None
    close = next(
        (n for n in range(k + 1, min(len(toks), k + ASIDE_MAX)) if toks[n].text in DOUBLE_MARKS), None
    )
    if close is None or close + 1 >= len(toks) or not toks[close + 1].text[:1].islower():
        return None
    return close + 1


def after_opening_phrase(toks: list[Tok], persons: dict[int, Mention]) -> int:
    """Index of the first token after opening words and phrases: "And then ", "In the op-ed, ",
    "On Thursday, after remaining neutral, "."""
    i = _after_dateline(toks)
    while i < len(toks):
        low = toks[i].low
        if low in cuewords.opening_adverbs():
            i += 2 if i + 1 < len(toks) and toks[i + 1].text == "," else 1
        elif low in cuewords.opening_prepositions() or (low.endswith("ing") and toks[i].text[:1].isupper()):
            comma = next(
                (p for p in range(i + 1, min(len(toks), i + OPENING_PHRASE_MAX)) if toks[p].text == ","), None
            )
            if comma is None:
                return i + 1
            i = _after_place(toks, comma + 1, persons)
        else:
            return i
    return i


def _after_dateline(toks: list[Tok]) -> int:
    """Index of the first token after a dateline opening the sentence: "WASHINGTON — ",
    "LA CROSSE, Wisc. — " (a word in capitals, then a dash within a few words); 0 when there is none."""
    if not toks or len(toks[0].text) < 2 or not toks[0].text.isupper():
        return 0
    for p in range(1, min(len(toks), DATELINE_MAX)):
        if toks[p].text in DATELINE_DASHES:
            return p + 1
    return 0


def _after_place(toks: list[Tok], i: int, persons: dict[int, Mention]) -> int:
    """Skip the rest of a place named in an opening phrase: "In Dover, Ohio, Smith ..."."""
    if i >= len(toks) or toks[i].start in persons or not toks[i - 2].text[:1].isupper():
        return i
    k = i
    while k < len(toks) and k - i < 3 and toks[k].text[:1].isupper():
        k += 1
    return k + 1 if k > i and k < len(toks) and toks[k].text == "," else i


def _verb_like(tok: Tok) -> bool:
    """A lower-case word that may be a subject's verb, or a preposition after it; description words
    ("presidential nominee", "former secretary of state") are neither."""
    low = tok.low.replace("\u2019", "'")
    return low.endswith(("ed", "es")) or (low in cuewords.PREPOSITIONS and low != "of") or low in COMMON_VERBS


def _to_in_title(toks: list[Tok], p: int) -> bool:
    """Whether the preposition toks[p] joins the capitalised words of a title: "Chief Secretary to the
    Treasury Paul Boateng", "Adviser to the President Jo Roe"."""
    return (
        toks[p].low == "to"
        and 0 < p < len(toks) - 2
        and toks[p - 1].text[:1].isupper()
        and toks[p + 1].low == "the"
        and toks[p + 2].text[:1].isupper()
    )


def _letters_then_comma(text: str, end: int) -> bool:
    """Whether a comma follows `end`, past nothing but letters after a name ("Ken Macdonald QC,")."""
    before, comma, _ = text[end : end + POST_NOMINALS_REACH].partition(",")
    return bool(comma) and all(w in lexicon.entries("post_nominals") for w in before.split())


def _is_word(tok: Tok) -> bool:
    return tok.text[0].isalnum()


def _is_name_like(toks: list[Tok], i: int) -> bool:
    """Capitalised words opening a clause, then a lowercase word (or, after two of them, a comma: "Neera
    Tanden, a ..."; or a comma and "who": "DiCaprio, who lost out to ..."): perhaps a person the index
    missed; not an English word that is no one's name
    ("Victims of ...", "Conceding that ..."), a time word ("Sunday", "Yesterday"), or a pronoun or
    function word with its contraction ("He's", "Don't")."""
    if i >= len(toks) or not toks[i].text[:1].isupper() or toks[i].low in cuewords.DETERMINERS:
        return False
    low = _CONTRACTION.sub("", toks[i].low)
    if low in PRONOUN_GENDER or low in cuewords.opening_words() or low in cuewords.cue_fillers():
        return False
    if low in lexicon.lower("function_words") or not could_be_name(toks[i].text):
        return False  # "It doesn't sound like ...": a capitalised function word opens the sentence
    k = i + 1
    while k < len(toks) and k - i < 3 and toks[k].text[:1].isupper():
        k += 1
    if k < len(toks) and toks[k].text == ",":
        return k - i >= 2 or (k + 1 < len(toks) and toks[k + 1].low == "who")
    return k < len(toks) and toks[k].text[:1].islower()


def _describes_a_person(phrase: list[Tok]) -> bool:
    """Whether a noun phrase describes a person: a role noun in lower case ("the Tory leader", "a
    spokeswoman for the club") or a people's noun at its end ("the Scot"); not "the party", "officials"."""
    roles, peoples = lexicon.lower("roles"), lexicon.lower("nationalities")
    if phrase and phrase[-1].low in peoples and len(phrase) > 1 and phrase[-2].low in cuewords.DETERMINERS:
        return True
    return any(t.text.islower() and t.low in roles for t in phrase[:ROLE_PHRASE_MAX])


def _is_role_phrase(toks: list[Tok], i: int) -> bool:
    """A determiner and a role noun opening a clause: "The Tory leader said", "A Labour spokesman"."""
    if i >= len(toks) or toks[i].low not in cuewords.DETERMINERS:
        return False
    return any(t.low in lexicon.lower("roles") for t in toks[i + 1 : i + 4])


def word_after(text: str, end: int) -> str | None:
    """The word after a name ending at `end`, past a possessive ("Snow's comments": "comments"), or "who"
    after a comma ("Y, who"): what tells a name's clause from a name used as a modifier or an object."""
    nxt = _NEXT_WORD_AFTER.match(text, end) or _WHO_AFTER.match(text, end)
    return nxt.group(1) if nxt is not None else None
