"""Who said a quotation: the cue in its sentence, the cue's subject, and what a pronoun stands for.

The speaker is always a person of the people index (the canonical name of a person mention found at
the cue's subject position); a pronoun subject resolves to the most recent compatible speaker or
person. Any other subject ("the official said", "the White House said") leaves the speaker unknown,
and so does every case no rule is sure of: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from newscli.extract import cuewords, lexicon
from newscli.extract.bare_names import missed_surnames
from newscli.extract.quotemarks import DOUBLE_MARKS, QuoteSpan
from newscli.model import Document, Entity, Mention
from newscli.text import ABBREVIATIONS

# Words and punctuation; a word's dot is kept when it ends an abbreviation or initial ("Mr.", "J.").
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|(\w+(?:['\u2019\-]\w+)*)(\.)?|[^\w\s]")
_SUBORDINATORS = frozenset("when while as because after before since if that but who which".split())
_ADJUNCT = frozenset("upon after before while by when".split())  # "... upon saying", "after adding"
_RELATIVE = frozenset("who whom whose which that".split())
_DIRECTION = frozenset("to at for against toward towards".split())
_ADVERBIAL_CLAUSE = frozenset("as when while because until whereas".split())
_BE = frozenset("is are was were be been being".split())
_NEXT_WORD = re.compile(r"\s+(\w+)")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_POSSESSIVE = ("'s", "\u2019s")
DASHES = "\u2015\u2014\u2013-"
MAX_DESCRIPTION = 12  # words of description allowed between a closing mark and its speaker
MAX_APPOSITIVE = 16  # words inside ", a spokesman for the campaign," between a speaker and the verb
MAX_INVERTED_GAP = 6  # words between an inverted verb and its speaker: said former Secretary of State X
MAX_CLOSING = 40  # tokens after a closing mark that may end in a cue set off by a comma


@dataclass(slots=True)
class Tok:
    """A word or punctuation mark of the text around a quotation."""

    start: int
    end: int
    text: str
    low: str


@dataclass(slots=True)
class Subject:
    """Who a cue's subject is: a person mention, a pronoun, or another noun phrase (speaker unknown)."""

    kind: str  # person | pronoun | other
    start: int  # offset of the subject's first word
    mention: Mention | None = None
    pronoun: str | None = None


@dataclass(slots=True)
class Attribution:
    """A speaker (or None), the cue word(s), the recipient or venue, and the rule that decided."""

    speaker: str | None
    cue: str | None
    to: str | None
    rule: str
    at: int  # where the cue or the speaker's mention is, for pronouns that refer back to it


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The words and punctuation of text[start:end], with offsets."""
    out: list[Tok] = []
    append = out.append
    for m in _TOKEN.finditer(text, start, end):
        word, dot = m.group(1, 2)
        if dot and not (word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            append(Tok(m.start(), m.end(1), word, word.lower()))
            append(Tok(m.end(1), m.end(), ".", "."))
        else:
            found = m.group()
            append(Tok(m.start(), m.end(), found, found.lower()))
    return out


def _is_word(tok: Tok) -> bool:
    return tok.text[0].isalnum()


class Attributor:
    """Attribution rules for one document, over its person mentions (from the people index)."""

    def __init__(self, doc: Document, entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc.text
        self.verbs = cuewords.reporting_verbs()
        self.particles = cuewords.phrasal_particles()
        self._tokens: dict[tuple[int, int], list[Tok]] = {}
        indexed = (m for e in entities if e.kind == "person" for m in e.mentions if m.entity)
        missed = missed_surnames(doc, entities)
        persons = sorted((m for m in (*indexed, *missed) if self._fits(m)), key=lambda m: m.start)
        self.persons = persons
        self.starts = [m.start for m in persons]
        self.by_end: dict[int, Mention] = {}
        self.by_start: dict[int, Mention] = {}
        for m in persons:
            self.by_start[m.start] = m
            self.by_end[m.end] = m
            if self.text.endswith(_POSSESSIVE, m.start, m.end):
                self.by_end.setdefault(m.end - 2, m)

    def tokens(self, start: int, end: int) -> list[Tok]:
        """The tokens of text[start:end], kept for the document: several rules read the same stretch."""
        key = (start, end)
        found = self._tokens.get(key)
        if found is None:
            found = self._tokens[key] = tokens(self.text, start, end)
        return found

    def _fits(self, m: Mention) -> bool:
        """Whether an honorific before the mention agrees with its canonical name ("Mr. Obama" is not
        "Michelle Obama"): a disagreeing mention names no speaker."""
        said = cuewords.honorific_gender(self.text, m.start)
        return said is None or cuewords.given_name_gender(m.entity or "") in (None, said)

    # --- persons ---------------------------------------------------------------------------------

    def persons_between(self, start: int, end: int) -> list[Mention]:
        """Person mentions that lie in [start, end)."""
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.persons) and self.persons[i].start < end:
            if self.persons[i].end <= end:
                out.append(self.persons[i])
            i += 1
        return out

    def _mention_ending(self, toks: list[Tok], k: int) -> tuple[Mention, int] | None:
        """The person mention whose last word is toks[k], and the index of its first token."""
        m = self.by_end.get(toks[k].end)
        if m is None:
            return None
        first = k
        while first > 0 and toks[first - 1].start >= m.start:
            first -= 1
        return m, first

    def _ends_noun_phrase(self, toks: list[Tok], m: Mention) -> bool:
        """Whether the mention is the head of its phrase: what follows is punctuation, a clause or nothing."""
        if self.text.startswith(_POSSESSIVE, m.end):
            return False
        nxt = next((t for t in toks if t.start >= m.end), None)
        return (
            nxt is None
            or not _is_word(nxt)
            or nxt.low in cuewords.CLAUSE_WORDS
            or nxt.low in cuewords.PREPOSITIONS
            or self.is_verb(nxt)
        )

    # --- subjects --------------------------------------------------------------------------------

    def subject_left(self, toks: list[Tok], j: int) -> Subject | None:
        """The subject of the verb toks[j], read leftwards: `X said`, `X also said`, `X, an aide, said`."""
        k, skipped = j - 1, 0
        while k >= 0 and skipped < 5 and (_adverb(toks[k]) or _quoted_as(toks, k) or toks[k].low in _BE):
            k, skipped = k - 1, skipped + 1
        between = toks[k + 1 : j]
        if any(t.low in _BE for t in between) and not toks[j].low.endswith("ing"):
            if j + 1 < len(toks) and toks[j + 1].low == "by":  # "Smith was asked by host Jane Doe"
                agent = self.subject_right(toks, j + 1)
                return agent if agent is not None and agent.kind == "person" else None
            return None  # "the experts were not asked": a passive, no one speaks
        auxiliary = any(t.low in cuewords.AUXILIARIES for t in between)
        if k >= 0 and toks[k].text == ")":
            k = _matching(toks, k, "(", ")")
        apposition = None
        if k >= 0 and toks[k].text in ",\u2014":
            before_comma = _matching(toks, k - 1, "(", ")") if k > 0 and toks[k - 1].text == ")" else k - 1
            apposition = self._mention_ending(toks, before_comma) if before_comma >= 0 else None
            k = self._appositive_start(toks, k)
        if k < 0:
            return None
        subject = self.subject_ending(toks, k)
        if subject and subject.kind == "other" and apposition:  # "Smith's campaign manager, Tom Brown, said"
            subject = Subject("person", apposition[0].start, mention=apposition[0])
        base = self.verbs[toks[j].low] == toks[j].low and toks[j].low not in self.particles
        if subject and subject.kind != "other" and not auxiliary and base:
            return None  # "a John Smith tweet": a base form after one person is a noun, not the verb
        return subject

    def _appositive_start(self, toks: list[Tok], k: int) -> int:
        """The index just before the appositives ending at the comma toks[k]: the person they describe
        (`Harry Bond, 30, of Raleigh, N.C., who was polled, said`), else the first phrase (", a spokesman,");
        -1 when there is none."""
        mark, first = toks[k].text, -1
        for p in range(k - 1, max(0, k - MAX_APPOSITIVE - 8), -1):
            t = toks[p].text
            if t == mark:
                if self.by_end.get(toks[p - 1].end) is not None:
                    return p - 1
                first = p - 1 if first < 0 else first
            elif (
                (t in DOUBLE_MARKS and not _in_title(toks, p))
                or t in "!?;:"
                or toks[p].low in ("said", "says")
            ):
                break
        return first

    def subject_ending(self, toks: list[Tok], k: int) -> Subject | None:
        """What the phrase whose last token is toks[k] refers to."""
        tok = toks[k]
        found = self._mention_ending(toks, k)
        if found:
            m, first = found
            p = first - 1  # over modifiers of the name: "X and Reuters' Y said", "X and Sen. Y said"
            while p > 0 and first - p <= 4 and (_modifies_name(toks[p]) or toks[p].text in "'\u2019"):
                p -= 1
            if p > 0 and toks[p].low in ("and", "&") and toks[p - 1].text[:1].isupper():
                return Subject("other", toks[p].start)  # "X and Y said": more than one voice
            return Subject("person", m.start, mention=m)
        if tok.low in cuewords.SINGULAR_PRONOUNS:
            return Subject("pronoun", tok.start, pronoun=tok.low)
        if tok.low == "who" and k >= 2 and toks[k - 1].text == ",":
            found = self._mention_ending(toks, k - 2)
            if found:
                return Subject("person", found[0].start, mention=found[0])
        if not _is_word(tok) or tok.low in cuewords.CLAUSE_WORDS:
            return None
        # "X of the Foundation for Defense of Democracies told": a short phrase attached to a person.
        for p in range(k - 1, max(-1, k - 9), -1):
            if not _is_word(toks[p]) and toks[p].text != ".":
                break
            if toks[p].low in cuewords.POSTMODIFIERS and p > 0:
                found = self._mention_ending(toks, p - 1)
                if found and all(_in_name(t) for t in toks[p + 1 : k + 1]):
                    return Subject("person", found[0].start, mention=found[0])
        first = k
        while first > 0 and k - first < 4 and _in_noun_phrase(toks[first - 1]):
            first -= 1
        return Subject("other", toks[first].start)

    def subject_right(self, toks: list[Tok], j: int) -> Subject | None:
        """The subject after an inverted verb: `said X`, `said former Secretary of State X`, `said he`."""
        k = j + 1
        if k < len(toks) and toks[k].low in cuewords.SINGULAR_PRONOUNS:
            return Subject("pronoun", toks[k].start, pronoun=toks[k].low)
        for p in range(k, min(len(toks), k + MAX_INVERTED_GAP + 1)):
            tok = toks[p]
            m = self.by_start.get(tok.start)
            if m is not None and self._ends_noun_phrase(toks, m):
                return Subject("person", m.start, mention=m)
            if not (_is_word(tok) or tok.text == ".") or tok.low in cuewords.CLAUSE_WORDS:
                break
            if tok.low in cuewords.POSTMODIFIERS and (tok.low != "of" or toks[p - 1].text.islower()):
                break  # said one Democrat familiar with X, said a friend of X: X is not the speaker
        if k < len(toks) and _is_word(toks[k]):
            return Subject("other", toks[k].start)
        return None

    # --- cues ------------------------------------------------------------------------------------

    def _inverts(self, tok: Tok) -> bool:
        """Whether a reporting verb form may come before its speaker (`said X`, `says X`): not a participle,
        not a base form ("state Senate leader X"), not a verb whose following name is its object."""
        lemma = self.verbs[tok.low]
        return not tok.low.endswith("ing") and tok.low != lemma and lemma not in cuewords.object_verbs()

    def is_verb(self, tok: Tok) -> bool:
        """Whether the token is a reporting verb form (a capitalised one only where a sentence may start:
        "United States" holds no verb)."""
        if tok.low not in self.verbs or not (
            tok.text[0].islower() or tok.start == 0 or self._opens_clause(tok)
        ):
            return False
        particle = self.particles.get(tok.low)
        if particle is None:
            return True
        nxt = _NEXT_WORD.match(self.text, tok.end)
        return nxt is not None and nxt.group(1).lower() == particle

    def _opens_clause(self, tok: Tok) -> bool:
        before = self.text[max(0, tok.start - 3) : tok.start].rstrip()
        return not before or before[-1] in '.!?:;"\u201c\u201d\n'

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
            if self._inverts(toks[i]):
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
            if tok.text in DOUBLE_MARKS and j > i and _in_title(toks, j):
                continue  # a title in the description: X, wearing "Vote Smith" pins, said
            if depth > 0:
                continue
            if self.is_verb(tok) and self._verb_here(toks, j):
                if j > i and toks[j - 1].text == "," and self._inverts(tok):
                    inverted = self.subject_right(toks, j)  # '"...!" about the decision, said X'
                    if inverted is not None and inverted.kind == "person" and j - i <= MAX_DESCRIPTION:
                        return inverted, tok, toks
                subject = self.subject_left(toks, j)
                if subject is None:
                    return None
                lead = [t for t in toks[i:] if t.end <= subject.start]
                if lead and lead[-1].text == "," and subject.kind == "person":
                    lead = lead[:-1]  # '"..." for the victory, Smith said': the cue is set off by a comma
                if len(lead) > MAX_DESCRIPTION or any(not _is_word(t) and t.text != "." for t in lead):
                    return None
                if lead and subject.kind != "person":
                    return None  # "...," part of a verbal lashing: the sentence goes on, no cue here
                grouped = any(t.low in ("and", "&") for t in lead)
                if grouped and self.persons_between(lead[0].start, subject.start):
                    return None  # "...," Senate leader X and House Speaker Y said: two voices
                return subject, tok, toks
            if tok.text in "!?:;" + DOUBLE_MARKS or (
                tok.low in cuewords.CLAUSE_WORDS and tok.low not in ("and", "or") and not _quoted_as(toks, j)
            ):
                return None
        return None

    def _described_speaker(self, toks: list[Tok], i: int) -> tuple[Subject, Tok] | None:
        """A person right after a closing mark, a description set off by commas (which may be a clause),
        then the verb: `"...," Smith, who has proposed it, said`, `"...," Smith, after a pause, said`."""
        m = self.by_start.get(toks[i].start) if i < len(toks) else None
        if m is None or self.text.startswith(_POSSESSIVE, m.end):
            return None
        k = next((n for n in range(i, len(toks)) if toks[n].start >= m.end), len(toks))
        if k >= len(toks) or toks[k].text != ",":
            return None
        loose = None  # a verb the description runs into without a comma: "X, the guru who founded it tweeted"
        for j in range(k + 1, min(len(toks), k + 1 + MAX_APPOSITIVE)):
            tok = toks[j]
            if tok.text in "!?:;" or (tok.text in DOUBLE_MARKS and not _in_title(toks, j)):
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
                subject = self.subject_right(toks, j) if self._inverts(tok) else None
            else:
                subject = self.subject_left(toks, j)
                if subject is not None and subject.kind == "person":
                    p = next(n for n, t in enumerate(toks) if t.start >= subject.start)
                    while p > 0 and (_modifies_name(toks[p - 1]) or toks[p - 1].text == "."):
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
            if named is not None and not self.text.startswith(_POSSESSIVE, named[0].end):
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
                return main[0], found[1], toks
            subject = self._previous_clause_subject(toks, at)  # "Smith stepped up ..., saying"
            if subject is not None:
                return subject, found[1], toks
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
                if other is None and j > 0:
                    found = self.subject_left(toks, j)
                    other = found.mention.entity if found is not None and found.mention is not None else None
                continue
            if tok.low.endswith("ing") and (
                j == 0 or toks[j - 1].text in ",\u2014" or toks[j - 1].low in _ADJUNCT
            ):
                return Subject("clause", tok.start), tok  # "..., saying": the main clause's subject
            if j > 0 and toks[j - 1].low == "to":
                return Subject("clause", tok.start), tok  # "X said, going on to say that"
            if j > 0:
                subject = self.subject_left(toks, j)
            else:  # '"Scandal," thanked Obama for "': an object, not an inverted speaker
                subject = self.subject_right(toks, j) if self._inverts(tok) else None
            if (subject is None or subject.kind == "other") and _inverted_before(toks, j):
                subject = self.subject_right(toks, j)  # 'But, said Solovey, "...'
            if subject is None and toks[j - 1].low in (",", "and"):
                return Subject("clause", tok.start), tok  # "X touches down, says", "X ... and joked"
            if subject is None:
                continue
            if subject.kind == "other" and self._noun_form(tok) and not _has_determiner(toks, subject):
                continue  # "international reports that", "Kim's mental state": a noun, not the verb
            if subject.kind == "person" and tok.low.endswith("ing") and self._object_before(toks, subject, j):
                return Subject("clause", tok.start), tok  # "X tweeted back at Y pointing out": X's words
            if subject.kind == "other" and tok.low.endswith("ing"):
                if toks[j - 1].low in cuewords.speech_nouns() and not toks[j - 2].low.endswith(_POSSESSIVE):
                    return Subject("clause", tok.start), tok  # "Smith issued a statement saying"
                continue  # "Smith's tweet saying ...": a participle describing a noun
            if other is not None and (subject.mention is None or subject.mention.entity != other):
                return None  # "X tweeted after Y argued for ... that": Y acts between the cue and the words
            return subject, tok
        return None

    @staticmethod
    def _object_before(toks: list[Tok], subject: Subject, j: int) -> bool:
        """Whether the person right before the participle toks[j] is the object of a preposition of
        direction ("wrote a letter to Y asking", "tweeted back at Y pointing out"); after "with" or "of" the
        person is the one speaking ("with Y tweeting", "of Y saying")."""
        first = next((n for n in range(j) if toks[n].start >= subject.start), j)
        if first == 0 or toks[j - 1].end > toks[j].start or not _is_word(toks[j - 1]):
            return False
        return toks[first - 1].low in _DIRECTION

    def _noun_form(self, tok: Tok) -> bool:
        """A form that is also a noun's: the base form or the -s form ("state", "reports", "remarks")."""
        return tok.low == self.verbs[tok.low] or tok.low.endswith("s")

    def _verb_here(self, toks: list[Tok], j: int) -> bool:
        """Whether a reporting verb form is used as one here: not a noun ("his remarks", "the report")
        and not a phrasal verb of another meaning ("called for", "called on")."""
        before = toks[j - 1].low if j > 0 else ""
        if before in cuewords.DETERMINERS or before.endswith(_POSSESSIVE):
            return False
        after = toks[j + 1].low if j + 1 < len(toks) else ""
        if after == "to" and self.verbs[toks[j].low] == "continue":
            return False  # "X will continue to be": not speech
        if after == "as" and toks[j].low == "quoted":
            return False  # "X is quoted as saying": the cue is "saying"
        return after not in cuewords.NOT_SPEECH_PARTICLES and not (
            after == "on" and toks[j].low.startswith("call")
        )

    def _previous_clause_subject(self, toks: list[Tok], j: int) -> Subject | None:
        """The person opening the clause before toks[j] ("when Smith criticised Jones and called him"), when a
        lower-case word (its verb) follows the name; the person a clause of verbs is set off from (`X, an
        aide, reached out to Y, writing`). A title in marks inside the clause does not end it."""
        p = self._clause_back(toks, j - 1)
        if p == j - 1 and p >= 0 and toks[p].text == ",":  # the comma before "saying" itself
            p = self._clause_back(toks, p - 1)
        if p >= 0 and toks[p].low == "that":
            return None  # "X complained that Y is ..., suggesting": the clause after "that" is X's report
        start = p + 1
        if start < j and toks[start].text.islower() and p > 0 and toks[p].text == ",":
            found = self._mention_ending(toks, p - 1)  # "X, an aide, reached out to Y, writing"
            if (
                found is not None
                and toks[start].low.endswith("ed")
                and (found[1] == 0 or toks[found[1] - 1].text == ",")
                and not self.text.startswith(_POSSESSIVE, found[0].end)
            ):
                return Subject("person", found[0].start, mention=found[0])
            return None
        m = None
        for k in range(start, min(j, start + 4)):  # "The Blaze's Jane Doe provided ..."
            m = self.by_start.get(toks[k].start)
            if m is not None or not (_modifies_name(toks[k]) or toks[k].text in "'\u2019"):
                break
        if (
            m is None
            or self.text.startswith(_POSSESSIVE, m.end)
            or (k > 0 and toks[k - 1].low in cuewords.DETERMINERS)
        ):
            return None  # "The Sanders campaign ... , saying": a name used as a modifier
        nxt = next((t for t in toks[start:j] if t.start >= m.end), None)
        if nxt is not None and nxt.low in cuewords.name_modifiers():
            return None  # "Sanders campaign officials said"
        if nxt is not None and nxt.text.islower() and nxt.low not in cuewords.CLAUSE_WORDS:
            return Subject("person", m.start, mention=m)
        return None

    @staticmethod
    def _clause_back(toks: list[Tok], p: int) -> int:
        """The index of the comma, dash, bracket, quote mark or subordinator that opens the clause holding
        toks[p] (-1 at the start); the marks around a title ("called "Perception" on") are skipped."""
        while p >= 0:
            t = toks[p]
            if t.text in DOUBLE_MARKS and _in_title(toks, p):
                p -= 1
                continue
            if t.text in ",;\u2014(" + DOUBLE_MARKS or t.low in _SUBORDINATORS:
                return p
            p -= 1
        return p

    @staticmethod
    def _clause_start(toks: list[Tok], end: int) -> int:
        """Where the clause that ends at toks[end] starts (after a comma, semicolon, dash or bracket)."""
        start = end
        while start > 0 and toks[start - 1].text not in ",;\u2014(":
            start -= 1
        return start

    def _clause_subject(self, toks: list[Tok], start: int, colon: int) -> Subject | None:
        """A person who opens the clause that ends in a colon: `..., Jones fired back forcefully: "`."""
        for p in range(start, min(colon, start + MAX_INVERTED_GAP + 1)):
            m = self.by_start.get(toks[p].start)
            if m is not None:
                break
            if not (_is_word(toks[p]) or toks[p].text == ".") or toks[p].low in cuewords.CLAUSE_WORDS:
                return None
            if toks[p].low in cuewords.OBJECT_PREPOSITIONS or toks[p].low.endswith("ed"):
                return None  # `delivered a message to Smith: "`: Smith is no subject
        else:
            return None
        if self.text.startswith(_POSSESSIVE, m.end):
            return None
        rest = [t for t in toks[p:colon] if t.start >= m.end]
        if any(t.low in _ADVERBIAL_CLAUSE for t in rest):
            return None  # `Smith said as the heckler yelled: "`: the colon ends another clause
        nxt = next(t for t in toks[p : colon + 1] if t.start >= m.end)
        if nxt.text in ":(" or (nxt.text.islower() and nxt.low not in cuewords.CLAUSE_WORDS):
            return Subject("person", m.start, mention=m)
        return None

    def possessive_cue(
        self, start: int, open_mark: int, close_mark: int | None
    ) -> tuple[Subject, Tok, list[Tok]] | None:
        """A person's piece of speech named by a possessive: `X's "if you like it" promise`, `X's response
        was: "` (not `X's comments were "...`: those are someone's words about them)."""
        toks = self.tokens(start, open_mark)
        nouns = cuewords.speech_nouns()
        if close_mark is not None and toks:  # X's "..." promise
            after = _NEXT_WORD.match(self.text, close_mark + 1)
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

    def _possessor(self, toks: list[Tok], k: int) -> Mention | None:
        """The person named in the possessive toks[k] ("Smith's", "Sanders'"), if any."""
        tok = toks[k]
        for m in self.persons_between(tok.start - 40 if k == 0 else toks[max(0, k - 3)].start, tok.end):
            if m.end in (tok.end, tok.end - 2) and self.text.startswith(_POSSESSIVE, m.end):
                return m
            if m.end == tok.end and k + 1 < len(toks) and toks[k + 1].text in "'\u2019":
                return m
        return None

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
            while k < len(toks) and _is_word(toks[k]) and k - first < 4 and not _ends_phrase(toks[k]):
                k += 1
        elif toks[k].text.islower() and not _ends_phrase(toks[k]):
            k += 1  # told reporters
        else:
            while k < len(toks) and toks[k].text[:1].isupper() and k - first < 5:
                k += 1
        if k == first or (k == first + 1 and toks[first].low in cuewords.DETERMINERS):
            return None
        return self.text[toks[first].start : toks[k - 1].end]


def _modifies_name(tok: Tok) -> bool:
    """A capitalised word or a title or role word before a name: "Reuters' Jane Doe", "state Sen. Doe"."""
    return tok.text[:1].isupper() or tok.low in cuewords.name_modifiers()


def _adverb(tok: Tok) -> bool:
    return tok.low in cuewords.cue_fillers() or (tok.low.endswith("ly") and tok.text.islower())


def _quoted_as(toks: list[Tok], k: int) -> bool:
    """The passive frame of `X is quoted as saying`."""
    return (toks[k].low == "as" and k > 0 and toks[k - 1].low == "quoted") or (
        toks[k].low == "quoted" and k > 0 and toks[k - 1].low in ("is", "was", "been")
    )


def _matching(toks: list[Tok], k: int, opening: str, closing: str) -> int:
    """The index before the `opening` token that matches toks[k] (a closing bracket), or -1."""
    for p in range(k - 1, max(-1, k - 10), -1):
        if toks[p].text == opening:
            return p - 1
        if toks[p].text == closing:
            break
    return -1


def _in_title(toks: list[Tok], j: int) -> bool:
    """Whether the quote mark toks[j] opens or closes a short run of capitalised words ("Mary Jones")."""
    for step in (1, -1):
        k = j + step
        while 0 <= k < len(toks) and abs(k - j) <= 4 and toks[k].text[:1].isupper():
            k += step
        if abs(k - j) > 1 and 0 <= k < len(toks) and toks[k].text in DOUBLE_MARKS:
            return True
    return False


def _inverted_before(toks: list[Tok], j: int) -> bool:
    """Whether toks[j] opens an inverted cue that ends right before the quotation: ', said Solovey, "'."""
    return j + 2 < len(toks) and toks[-1].text in ",:" and (j == 0 or not _is_word(toks[j - 1]))


def _has_determiner(toks: list[Tok], subject: Subject) -> bool:
    return any(t.start == subject.start and t.low in cuewords.DETERMINERS for t in toks)


def _ends_phrase(tok: Tok) -> bool:
    """Words that end a recipient phrase: `in an op-ed published Tuesday`, `told reporters that`."""
    low = tok.low
    participle = low.endswith(("ed", "ing")) and "-" not in low  # "published", not "op-ed"
    return low in cuewords.CLAUSE_WORDS or low in cuewords.POSTMODIFIERS or participle


def _in_noun_phrase(tok: Tok) -> bool:
    """A word that may open or continue a short noun phrase read leftwards ("the campaign's spokesman")."""
    return _is_word(tok) and tok.low not in cuewords.CLAUSE_WORDS and tok.low not in cuewords.POSTMODIFIERS


def _in_name(tok: Tok) -> bool:
    """A word of an organisation's name: `the Foundation for Defense of Democracies`."""
    return tok.text[:1].isupper() or tok.low in ("the", "of", "and", "for")
