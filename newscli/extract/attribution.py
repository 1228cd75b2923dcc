"""Who said a quotation: the cue in its sentence and the cue's subject.

The speaker is always a person of the people index (the canonical name of a person mention found at
the cue's subject position); a pronoun subject resolves to the most recent compatible speaker or
person (pronouns.py). Any other subject ("the official said", "the White House said") leaves the
speaker unknown, and so does every case no rule is sure of: a wrong speaker is worse than none.
Where a subject is and what it refers to is subjects.py; the tokens read are cuetokens.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscli.extract import cuewords, lexicon
from newscli.extract.cuetokens import (
    DASHES,
    NEXT_WORD,
    POSSESSIVE,
    Tok,
    adverb,
    ends_phrase,
    in_title,
    inverted_before,
    is_word,
    modifies_name,
    quoted_as,
)
from newscli.extract.quotemarks import DOUBLE_MARKS, QuoteSpan
from newscli.extract.subjects import MAX_APPOSITIVE, Speakers, Subject
from newscli.model import Mention

_BE_FORMS = frozenset("is are was were be been being".split())
_JOINING = frozenset(", and but".split())  # what joins a second verb to its sentence's subject
_ADJUNCT = frozenset("upon after before while by when".split())  # "... upon saying", "after adding"
_RELATIVE = frozenset("who whom whose which that".split())
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_NAMING = frozenset("called dubbed named titled entitled".split())  # "a class called": naming, not speech
MAX_DESCRIPTION = 12  # words of description allowed between a closing mark and its speaker
MAX_CLOSING = 40  # tokens after a closing mark that may end in a cue set off by a comma


@dataclass(slots=True)
class Attribution:
    """A speaker (or None), the cue word(s), the recipient or venue, and the rule that decided."""

    speaker: str | None
    cue: str | None
    to: str | None
    rule: str
    at: int  # where the cue or the speaker's mention is, for pronouns that refer back to it


class Attributor(Speakers):
    """The cue rules for one document: a reporting verb (or colon, dash, `according to`, possessive) near
    a quotation and its subject, found by the rules of `Speakers`."""

    def cue_after(self, span: QuoteSpan, end: int) -> tuple[Subject, Tok, list[Tok]] | None:
        """A cue right after the closing mark: `"...," X said`, `"...," said X`, `"...," X, an aide, said`."""
        if span.close_mark is None:
            return None
        toks = self.tokens(span.close_mark + 1, end)
        if len(toks) > 1 and toks[0].text in DASHES:  # a byline under a quotation: "..." - Jane Doe
            m = self.by_start.get(toks[1].start)
            if m is not None and self._ends_noun_phrase(toks, m):
                return Subject("person", m.start, mention=m), toks[0], toks
        i = 0
        while i < len(toks) and toks[i].text in ",;\u2014-":
            i += 1
        if i < len(toks) and self.is_verb(toks[i]):
            if toks[i].low.endswith("ing"):
                return Subject("clause", toks[i].start), toks[i], toks  # "...," adding: the main subject
            if self.inverts(toks[i]):
                subject = self.subject_right(toks, i)
                return (subject, toks[i], toks) if subject else None
            i += 1  # '"...," thanked Smith', '"...," State spokesman X said': no inverted speaker
        if i + 1 < len(toks) and toks[i].low == "as":
            i += 1  # '"...," as Smith said on Monday'
        described = self._described_speaker(toks, i)
        if described is not None:
            return described[0], described[1], toks
        depth = 0  # inside brackets: "Rep. John Mica (R-Fla.) said"
        for j in range(i, min(len(toks), i + MAX_DESCRIPTION + MAX_APPOSITIVE)):
            tok = toks[j]
            depth += (tok.text == "(") - (tok.text == ")")
            if tok.text in DOUBLE_MARKS and j > i and in_title(toks, j):
                continue  # a title in the description: X, wearing "Vote Smith" pins, said
            if depth > 0:
                continue
            if self.is_verb(tok) and self._verb_here(toks, j):
                if j > i and toks[j - 1].text == "," and self.inverts(tok):
                    inverted = self.subject_right(toks, j)  # '"...!" about the decision, said X'
                    if inverted is not None and inverted.kind == "person" and j - i <= MAX_DESCRIPTION:
                        return inverted, tok, toks
                subject = self.subject_left(toks, j)
                if subject is None:
                    return None
                lead = [t for t in toks[i:] if t.end <= subject.start]
                if lead and lead[-1].text == "," and subject.kind == "person":
                    lead = lead[:-1]  # '"..." for the victory, Smith said': the cue is set off by a comma
                if len(lead) > MAX_DESCRIPTION or any(not is_word(t) and t.text != "." for t in lead):
                    return None
                if lead and subject.kind != "person":
                    return None  # "...," part of a verbal lashing: the sentence goes on, no cue here
                grouped = any(t.low in ("and", "&") for t in lead)
                if grouped and self.persons_between(lead[0].start, subject.start):
                    return None  # "...," Senate leader X and House Speaker Y said: two voices
                return subject, tok, toks
            if tok.text in "!?:;" + DOUBLE_MARKS or (
                tok.low in cuewords.CLAUSE_WORDS and tok.low not in ("and", "or") and not quoted_as(toks, j)
            ):
                return None
        return None

    def _described_speaker(self, toks: list[Tok], i: int) -> tuple[Subject, Tok] | None:
        """A person right after a closing mark, a description set off by commas (which may be a clause),
        then the verb: `"...," Smith, who has proposed it, said`, `"...," Smith, after a pause, said`."""
        m = self.by_start.get(toks[i].start) if i < len(toks) else None
        if m is None or self.text.startswith(POSSESSIVE, m.end):
            return None
        k = next((n for n in range(i, len(toks)) if toks[n].start >= m.end), len(toks))
        if k >= len(toks) or toks[k].text != ",":
            return None
        loose = None  # a verb the description runs into without a comma: "X, the guru who founded it tweeted"
        for j in range(k + 1, min(len(toks), k + 1 + MAX_APPOSITIVE)):
            tok = toks[j]
            if tok.text in "!?:;" or (tok.text in DOUBLE_MARKS and not in_title(toks, j)):
                break
            if not self.is_verb(tok) or not self._verb_here(toks, j) or tok.low.endswith("ing"):
                continue
            if toks[j - 1].text == ",":
                return Subject("person", m.start, mention=m), tok
            if (
                loose is None
                and toks[j - 1].low not in _RELATIVE
                and toks[j - 1].low not in cuewords.AUXILIARIES
            ):
                loose = tok
        if loose is not None and any(t.low in _RELATIVE for t in toks[k + 1 : toks.index(loose)]):
            return Subject("person", m.start, mention=m), loose
        return None

    def cue_closing(self, start: int, end: int) -> tuple[Subject, Tok, list[Tok]] | None:
        """A cue set off by a comma at the end of the words after a closing mark: `"..." in sharp contrast
        to ..., says X, a political scientist.`, `"..." would be appropriate, candidate X said on Monday.`"""
        toks = self.tokens(start, end)
        if len(toks) > MAX_CLOSING or any(t.text in DOUBLE_MARKS for t in toks):
            return None
        for j in range(len(toks) - 1, 0, -1):
            tok = toks[j]
            if not self.is_verb(tok) or not self._verb_here(toks, j) or tok.low.endswith("ing"):
                continue
            if toks[j - 1].text == ",":
                subject = self.subject_right(toks, j) if self.inverts(tok) else None
            else:
                subject = self.subject_left(toks, j)
                if subject is not None and subject.kind == "person":
                    p = next(n for n, t in enumerate(toks) if t.start >= subject.start)
                    while p > 0 and (modifies_name(toks[p - 1]) or toks[p - 1].text == "."):
                        p -= 1
                    subject = subject if p > 0 and toks[p - 1].text == "," else None
            return (subject, tok, toks) if subject is not None and subject.kind == "person" else None
        return None

    def cue_before(self, start: int, open_mark: int) -> tuple[Subject, Tok, list[Tok]] | None:
        """The nearest cue before the opening mark in its sentence: `X said: "`, `X accused Y of "`."""
        toks = self.tokens(start, open_mark)
        if toks and toks[-1].text == ":":
            clause = self._clause_start(toks, len(toks) - 1)
            found = self._verb_before(toks, len(toks), clause)
            if found and found[0].kind in ("person", "pronoun"):
                return found[0], found[1], toks  # "Roe wrote in an op-ed: "
            named = self._mention_ending(toks, len(toks) - 2) if len(toks) > 1 else None
            if named is not None and named[1] > 0 and toks[named[1] - 1].low in cuewords.OBJECT_PREPOSITIONS:
                named = None  # `delivered a message to Smith: "`: Smith is spoken to
            if named is not None and not self.text.startswith(POSSESSIVE, named[0].end):
                return Subject("person", named[0].start, mention=named[0]), toks[-1], toks  # "pollster X: "
            subject = self._clause_subject(toks, clause, len(toks) - 1)
            if subject is not None:
                return subject, toks[-1], toks  # "..., Jones fired back forcefully: "
        dash = len(toks) - (2 if toks[-2:] and all(t.text == "-" for t in toks[-2:]) and len(toks) > 1 else 1)
        if toks and toks[dash].text in ("\u2014", "-") and not self._verb_before(toks, dash):
            subject = self._clause_subject(toks, self._clause_start(toks, dash), dash)
            if subject is not None:
                return subject, toks[dash], toks  # "X also embraced the idea -- "
        found = self._verb_before(toks, len(toks))
        if found and found[0].kind == "clause":
            # "..., Spicer said, adding": a participle or second verb shares the subject of the verb before
            at = toks.index(found[1])
            main = self._verb_before(toks, at)
            if main and main[0].kind in ("person", "pronoun"):
                if self.subject_of_its_own(toks, toks.index(main[1]), at):
                    return None  # "X asks as a maintenance guy walks in, saying": the guy's words
                return main[0], found[1], toks
            subject = self._previous_clause_subject(toks, at)  # "Smith stepped up ..., saying"
            if subject is not None:
                return subject, found[1], toks
        if found and self.joins_a_clause(toks, toks.index(found[1]) + 1, len(toks)):
            return None  # "when X mentioned her, and at one point the crowd reprised the chant "
        return (found[0], found[1], toks) if found else None

    def cue_ending(self, start: int, end: int) -> tuple[Subject, Tok, list[Tok]] | None:
        """A sentence that ends in its cue (`Iowa State's Dianne Bystrom agreed.`, `..., X says.`): the
        quotation after it is the speaker's."""
        toks = self.tokens(start, end)
        for j in range(len(toks) - 1, max(-1, len(toks) - 7), -1):
            if self.is_verb(toks[j]) and self._verb_here(toks, j):
                tail = toks[j + 1 :]
                if any(t.low in cuewords.CLAUSE_WORDS or t.text in DOUBLE_MARKS for t in tail):
                    return None
                subject = self.subject_left(toks, j)
                if subject is not None and subject.kind in ("person", "pronoun"):
                    return subject, toks[j], toks
                return None
        return None

    def cue_opening(self, start: int, end: int) -> tuple[Subject, Tok, list[Tok]] | None:
        """The first reporting verb of a sentence with its subject, the sentence's main cue when it reports
        speech (`Carter said that critics had predicted ...`)."""
        toks = self.tokens(start, end)
        for j in range(1, len(toks)):
            if self.is_verb(toks[j]) and self._verb_here(toks, j):
                subject = self.subject_left(toks, j)
                return (subject, toks[j], toks) if subject is not None else None
        return None

    def _verb_before(self, toks: list[Tok], end: int, start: int = 0) -> tuple[Subject, Tok] | None:
        """The nearest reporting verb in toks[start:end] with what stands for its subject."""
        other: str | None = None  # the person of a reporting verb used in another sense ("argued for")
        for j in range(end - 1, start - 1, -1):
            tok = toks[j]
            if not self.is_verb(tok):
                continue
            if not self._verb_here(toks, j):
                if other is None and j > 0 and not self.goes_on_doing(toks, j):
                    found = self.subject_left(toks, j)
                    other = found.mention.entity if found is not None and found.mention is not None else None
                continue
            if tok.low.endswith("ing") and (
                j == 0 or toks[j - 1].text in ",\u2014" or toks[j - 1].low in _ADJUNCT
            ):
                return Subject("clause", tok.start), tok  # "..., saying": the main clause's subject
            if j > 0 and toks[j - 1].low == "to":
                if _led_to(toks, j, self.by_end):
                    return None  # "leading him to quip": the one led speaks, not the subject
                return Subject("clause", tok.start), tok  # "X said, going on to say that"
            if j > 0:
                subject = self.subject_left(toks, j)
            else:  # '"Scandal," thanked Obama for "': an object, not an inverted speaker
                subject = self.subject_right(toks, j) if self.inverts(tok) else None
            if (subject is None or subject.kind == "other") and inverted_before(toks, j):
                subject = self.subject_right(toks, j)  # 'But, said Solovey, "...'
            if subject is None and toks[j - 1].text == "," and self.inverts(tok):
                named = self.subject_right(toks, j)
                if named is not None and named.kind == "person" and _set_off(toks, named):
                    return named, tok  # 'The trouble, says X, a historian, is that "': a cue set in
            if subject is None and toks[_before_fillers(toks, j)].low in _JOINING:
                return Subject("clause", tok.start), tok  # "X touches down, says", "X ... but now said"
            if subject is None and toks[j - 1].low in ("that", "which") and toks[j - 2].text.islower():
                return None  # "X posted it under a headline that said": the headline's words
            if subject is None:
                continue
            if subject.kind == "other" and j == end - 1 and tok.low in _NAMING and toks[j - 1].text.islower():
                return None  # 'a course called "Seeing Things"': a name given, no one's words
            if subject.kind == "other" and self._noun_form(tok) and not _has_determiner(toks, subject):
                continue  # "international reports that", "Kim's mental state": a noun, not the verb
            if subject.kind == "person" and tok.low.endswith("ing") and self._object_before(toks, subject, j):
                return Subject("clause", tok.start), tok  # "X tweeted back at Y pointing out": X's words
            if subject.kind == "other" and tok.low.endswith("ing"):
                k = j - 1  # past times: "a statement Thursday night condemning"
                while k > 1 and j - k <= 3 and toks[k].low in cuewords.cue_fillers():
                    k -= 1
                to = next((n for n in (k - 1, k - 2) if n > 1 and toks[n].low in ("to", "for")), None)
                if to is not None and toks[to - 1].low in cuewords.speech_nouns():
                    k = to - 1  # "a text message to supporters saying": the message's recipients
                if toks[k].low in cuewords.speech_nouns() and not toks[k - 1].low.endswith(POSSESSIVE):
                    return Subject("clause", tok.start), tok  # "Smith issued a statement saying"
                continue  # "Smith's tweet saying ...": a participle describing a noun
            if other is not None and (subject.mention is None or subject.mention.entity != other):
                return None  # "X tweeted after Y argued for ... that": Y acts between the cue and the words
            if subject.kind == "person" and toks[end - 1].text not in ",:":  # not `Y told him: "`: Y's words
                outer = self._reporter_of_clause(toks, subject, start)
                if outer is not None:
                    return outer
            return subject, tok
        return None

    def _reporter_of_clause(
        self, toks: list[Tok], subject: Subject, start: int
    ) -> tuple[Subject, Tok] | None:
        """The reporter whose clause the speaker of a cue opens (`X said Y reassured them that "...`): the
        words in marks are what X reports, so X is their source; None when no reporting verb with a
        person before it takes the speaker's clause."""
        p = next(n for n, t in enumerate(toks) if t.start >= subject.start)
        q = p - 2 if p >= 2 and toks[p - 1].low == "that" else p - 1
        if q < max(start, 1) or not self.is_verb(toks[q]) or not self._verb_here(toks, q):
            return None
        outer = self.subject_left(toks, q)
        return (outer, toks[q]) if outer is not None and outer.kind in ("person", "pronoun") else None

    def possessive_cue(
        self, start: int, open_mark: int, close_mark: int | None
    ) -> tuple[Subject, Tok, list[Tok]] | None:
        """A person's piece of speech named by a possessive: `X's "if you like it" promise`, `X's response
        was: "` (not `X's comments were "...`: those are someone's words about them)."""
        toks = self.tokens(start, open_mark)
        nouns = cuewords.speech_nouns()
        if close_mark is not None and toks:  # X's "..." promise
            after = NEXT_WORD.match(self.text, close_mark + 1)
            owner = self._possessor(toks, len(toks) - 1)
            if after is not None and after.group(1).lower() in nouns and owner is not None:
                noun = Tok(after.start(1), after.end(1), after.group(1), after.group(1).lower())
                return Subject("person", owner.start, mention=owner), noun, toks
        if len(toks) > 3 and toks[-1].text in ":," and toks[-2].low in ("was", "is"):  # X's response was: "
            owner = self._possessor(toks, len(toks) - 4) if toks[-3].low in nouns else None
            if owner is not None:
                return Subject("person", owner.start, mention=owner), toks[-3], toks
        if len(toks) > 2 and toks[-1].text == ":" and toks[-2].low in nouns:  # From X's Facebook post: "
            owner = next(
                (
                    m
                    for p in range(len(toks) - 3, max(-1, len(toks) - 6), -1)
                    if (m := self._possessor(toks, p))
                ),
                None,
            )
            if owner is not None:
                return Subject("person", owner.start, mention=owner), toks[-2], toks
        return None

    def statement_cue(self, start: int, open_mark: int) -> tuple[Subject, Tok, list[Tok]] | None:
        """A verb putting out a piece of speech, then a comma or colon: `X issued a statement, "`, `X
        sent a stern message to Y: "` (the speech noun is the cue)."""
        toks = self.tokens(start, open_mark)
        if len(toks) < 4 or toks[-1].text not in ",:":
            return None
        nouns, issuing = cuewords.speech_nouns(), cuewords.issuing_verbs()
        n = next((k for k in range(len(toks) - 2, max(0, len(toks) - 7), -1) if toks[k].low in nouns), None)
        if n is None or any(not is_word(t) or t.low in cuewords.CLAUSE_WORDS for t in toks[n + 1 : -1]):
            return None  # `... a statement that "`: a clause of its own
        j = next((k for k in range(n - 1, max(0, n - 4) - 1, -1) if toks[k].low in issuing), None)
        if j is None or j == 0 or any(not is_word(t) for t in toks[j + 1 : n]):
            return None
        subject = self.subject_left(toks, j)
        return (subject, toks[n], toks) if subject is not None and subject.kind == "person" else None

    def according_to(self, start: int, end: int) -> tuple[Subject, Tok, list[Tok]] | None:
        """`according to X` anywhere in [start, end)."""
        if not _ACCORDING.search(self.text, start, end):
            return None
        toks = self.tokens(start, end)
        for j in range(len(toks) - 1):
            if toks[j].low == "according" and toks[j + 1].low == "to":
                subject = self.subject_right(toks, j + 1)
                if subject:
                    cue = Tok(toks[j].start, toks[j + 1].end, "according to", "according to")
                    return subject, cue, toks
        return None

    def recipient(self, toks: list[Tok], verb: Tok) -> str | None:
        """Whom or where it was said: `told Fox News Digital`, `wrote in an op-ed`, `said in a statement`."""
        i = next((n for n, t in enumerate(toks) if t.start == verb.start), None)
        if i is None or i + 1 >= len(toks):
            return None
        k = i + 1
        if verb.low not in ("told", "tell", "tells", "telling"):
            if toks[k].low not in ("in", "on", "to") or k + 1 >= len(toks):
                return None
            k += 1
        first = k
        if toks[k].low in cuewords.cue_fillers() or toks[k].text in lexicon.entries("non_names"):
            return None  # said on Monday, in March: a time, not a venue
        if toks[k].low in cuewords.DETERMINERS:
            k += 1
            while k < len(toks) and is_word(toks[k]) and k - first < 4 and not ends_phrase(toks[k]):
                k += 1
        elif toks[k].text.islower() and not ends_phrase(toks[k]) and not _infinitive(toks, k):
            k += 1  # told reporters, said to reporters, said on television; not "urged to leave"
        else:  # a name, with its number: "BBC Radio 4's Today"
            while k < len(toks) and k - first < RECIPIENT_NAME_MAX and _in_name(toks, k, first):
                k += 1
        while k - 1 > first and toks[k - 1].low in cuewords.PREPOSITIONS:
            k -= 1  # "in a speech to (the ...)"
        if k == first or (k == first + 1 and toks[first].low in cuewords.DETERMINERS):
            return None
        return self.text[toks[first].start : toks[k - 1].end]


_OBJECT_PRONOUNS = frozenset("him her them me us".split())
RECIPIENT_NAME_MAX = 6  # words of a recipient's name: "BBC Radio 4's World At One"


def _in_name(toks: list[Tok], k: int, first: int) -> bool:
    """Whether toks[k] goes on a name that starts at toks[first]: a capitalised word, or a number in it."""
    return toks[k].text[:1].isupper() or (k > first and toks[k].text[:1].isdigit())


def _led_to(toks: list[Tok], j: int, by_end: dict[int, Mention]) -> bool:
    """Whether the verb toks[j] follows a participle, its object and "to" ("leading him to quip",
    "prompting Tom Smith to say"): the object speaks (not "she expects Obama to announce an '...'")."""
    if j < 3:
        return False
    obj = toks[j - 2]
    if obj.low in _OBJECT_PRONOUNS:
        k = j - 3
    elif (m := by_end.get(obj.end)) is not None:
        k = j - 2
        while k > 0 and toks[k].start > m.start:
            k -= 1  # to the name's first word
        k -= 1
    else:
        return False
    return k >= 0 and toks[k].low.endswith("ing")


def _infinitive(toks: list[Tok], k: int) -> bool:
    """Whether toks[k] is a verb after "to" ("urged to leave"), not a plural noun ("said to
    reporters")."""
    return toks[k - 1].low == "to" and not toks[k].low.endswith("s")


def _has_determiner(toks: list[Tok], subject: Subject) -> bool:
    return any(t.start == subject.start and t.low in cuewords.DETERMINERS for t in toks)


def _set_off(toks: list[Tok], subject: Subject) -> bool:
    """Whether a comma follows a named speaker right away (`, says X, a historian, is`)."""
    end = subject.mention.end if subject.mention is not None else subject.start
    after = next((t for t in toks if t.start >= end), None)
    return after is not None and after.text == ","


def _before_fillers(toks: list[Tok], j: int) -> int:
    """The index of the token before toks[j] past up to two adverbs or auxiliaries ("but now said",
    "and has also warned"), not a form of "be" (`X, 52, is accused of "`: a passive, no one's words)."""
    k = j - 1
    while k > 0 and j - k <= 2 and adverb(toks[k]) and toks[k].low not in _BE_FORMS:
        k -= 1
    return k
