"""Where a cue's subject is: the person mentions of one document (from the people index) and the rules
that read the subject of a reporting verb leftwards (`X said`, `X, an aide, said`), rightwards (`said X`)
or from the clause around it. `attribution.Attributor` adds the cue rules on top."""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from newscli.extract import cuewords, lexicon
from newscli.extract.bare_names import missed_surnames
from newscli.extract.cuetokens import (
    NEXT_WORD,
    POSSESSIVE,
    Tok,
    adverb,
    in_name,
    in_noun_phrase,
    in_title,
    is_word,
    matching,
    modifies_name,
    quoted_as,
    tokens,
)
from newscli.extract.people import UNRESOLVED
from newscli.extract.quotemarks import DOUBLE_MARKS
from newscli.model import Document, Entity, Mention

_SUBORDINATORS = frozenset("when while as because after before since if that but who which".split())
_DIRECTION = frozenset("to at for against toward towards".split())
_ADVERBIAL_CLAUSE = frozenset("as when while because until whereas".split())
_BE = frozenset("is are was were be been being".split())
_OWN_CLAUSE = frozenset("as when while where because although though whereas since until".split())
_NOUN_PHRASE_OPENERS = frozenset("a an the about some many several dozens hundreds".split())
# A short phrase of time or place between a speaker and the verb: "X during a Sunday rally thanked".
_PHRASE_OPENERS = frozenset("during at".split())
_PHRASE_MAX = 5
_FINITE = frozenset("is are was were has have had will would can could may might did does do".split())


def _finite(tok: Tok) -> bool:
    """A lower-case word that may be a clause's finite verb after its noun: an auxiliary, or a form in
    -ed or -s (`walks`, `gathered`)."""
    return tok.text.islower() and (tok.low in _FINITE or tok.low.endswith(("ed", "s")))


_OPENING_CONJUNCTIONS = frozenset(("and", "but", "so", "yet"))  # before a sentence's main clause
MAX_APPOSITIVE = 16  # words inside ", a spokesman for the campaign," between a speaker and the verb
MAX_INVERTED_GAP = 10  # words between an inverted verb and its speaker: said former Secretary of State X
PAIR_MAX = 6  # words after "X and" before the name whose role the pair modifies: "X and Y chief executive Z"


@dataclass(slots=True)
class Subject:
    """Who a cue's subject is: a person mention, a pronoun, or another noun phrase (speaker unknown)."""

    kind: str  # person | pronoun | other
    start: int  # offset of the subject's first word
    mention: Mention | None = None
    pronoun: str | None = None


def _takes_object(tok: Tok, before: Tok | None) -> bool:
    """Whether a word right before a name makes it an object: a participle ("voters backing X said"),
    not a preposition that ends in -ing ("including", "according") nor a noun ("after the ruling X")."""
    if before is not None and (before.low in cuewords.DETERMINERS or before.low.endswith(POSSESSIVE)):
        return False
    return (
        tok.text.islower()
        and tok.low.endswith("ing")
        and len(tok.low) > 5
        and tok.low not in cuewords.PREPOSITIONS_ING
    )


class Speakers:
    """The person mentions of one document and where the subject of a reporting verb is among them."""

    def __init__(self, doc: Document, entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc.text
        self.verbs = cuewords.reporting_verbs()
        self.particles = cuewords.phrasal_particles()
        self._tokens: dict[tuple[int, int], list[Tok]] = {}
        # people, and the shared surnames no rule could settle (entity None: someone, but who is open)
        indexed = (m for e in entities if e.kind in ("person", UNRESOLVED) for m in e.mentions)
        missed = missed_surnames(doc, entities)
        persons = sorted((m for m in (*indexed, *missed) if self._fits(m)), key=lambda m: m.start)
        self.persons = persons
        # the names of organisations, places and works, by start: capitalised words that are no person
        others = (e for e in entities if e.kind not in ("person", UNRESOLVED))
        self.named_spans = {m.start: m.end for e in others for m in e.mentions}
        self.starts = [m.start for m in persons]
        self.by_end: dict[int, Mention] = {}
        self.by_start: dict[int, Mention] = {}
        for m in persons:
            self.by_start[m.start] = m
            self.by_end[m.end] = m
            if self.text.endswith(POSSESSIVE, m.start, m.end):
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
        """The person mention whose last word is toks[k], or ends before the letters after a name that
        toks[k] ends ("Tom McCabe MSP", "Guy Mansfield QC, OBE"), and the index of its first token."""
        while k > 0 and toks[k].text in lexicon.entries("post_nominals"):
            k -= 1 + (toks[k - 1].text == ",")  # past "QC" and "QC, OBE"
        m = self.by_end.get(toks[k].end)
        if m is None:
            return None
        first = k
        while first > 0 and toks[first - 1].start >= m.start:
            first -= 1
        return m, first

    def _ends_noun_phrase(self, toks: list[Tok], m: Mention) -> bool:
        """Whether the mention is the head of its phrase: what follows is punctuation, a clause, nothing, or
        a few filler words that end the clause ("said Nadal afterwards.", "said X earlier this month.")."""
        if self.text.startswith(POSSESSIVE, m.end):
            return False
        k = next((k for k, t in enumerate(toks) if t.start >= m.end), None)
        if k is None:
            return True
        nxt = toks[k]
        if (
            not is_word(nxt)
            or nxt.low in cuewords.CLAUSE_WORDS
            or nxt.low in cuewords.PREPOSITIONS
            or self.is_verb(nxt)
        ):
            return True
        end = next((n for n in range(k, min(len(toks), k + 4)) if not adverb(toks[n])), len(toks))
        return end > k and (end == len(toks) or not is_word(toks[end]))  # "said X earlier this month."

    def _role_holder_after_pair(self, toks: list[Tok], q: int) -> Mention | None:
        """The person named after a pair of names joined by the "and" at toks[q] that modifies their role:
        "said Richard and Judy executive producer Amanda Ross", "said Marks and Spencer boss X"; else None."""
        if not (0 < q < len(toks) - 3 and toks[q].low == "and" and is_word(toks[q - 1])):
            return None  # "said Richard and Judy ...", "said media and PR strategist X"
        end = min(len(toks), q + PAIR_MAX)
        r = q + 1
        while r < end and toks[r].text[:1].isupper():
            r += 1
        roles = r
        while r < end and toks[r].text.islower() and toks[r].low in cuewords.name_modifiers():
            r += 1
        if q + 1 < roles < r < end and toks[r].start in self.by_start:
            return self.by_start[toks[r].start]
        return None

    def _pair_modifies_role(self, toks: list[Tok], q: int, first: int) -> bool:
        """Whether the "and" at toks[q] joins words that modify a role in lower case before the name at
        toks[first], not a person before it: "Only Fools and Horses star David Jason said" (not "Smith
        and Labour leader Jo Roe said", two voices)."""
        return (
            toks[q - 1].end not in self.by_end
            and toks[q + 1].text[:1].isupper()
            and any(t.text.islower() and t.low in cuewords.name_modifiers() for t in toks[q + 1 : first])
        )

    def _modifies_noun(self, toks: list[Tok], p: int, m: Mention) -> bool:
        """Whether a name after a determiner modifies the lower-case noun after it ("according to the
        Smith report", "said the Smith campaign"): the report or campaign is the source, not Smith."""
        if p == 0 or toks[p - 1].low not in cuewords.DETERMINERS:
            return False
        nxt = next((t for t in toks[p:] if t.start >= m.end), None)
        return nxt is not None and nxt.text[:1].islower()

    def verb_subjects(self, toks: list[Tok]) -> Iterator[tuple[Tok, Subject | None]]:
        """Each reporting verb form of toks after the first token used as a verb (not "his other
        comments"), with what stands for its subject."""
        for j in range(1, len(toks)):
            if self.is_verb(toks[j]) and self._verb_here(toks, j):
                yield toks[j], self.subject_left(toks, j)

    def subject_left(self, toks: list[Tok], j: int) -> Subject | None:
        """The subject of the verb toks[j], read leftwards: `X said`, `X also said`, `X, an aide, said`."""
        k, skipped = j - 1, 0
        while k >= 0 and skipped < 5 and (adverb(toks[k]) or quoted_as(toks, k) or toks[k].low in _BE):
            k, skipped = k - 1, skipped + 1
        k = self._past_time_phrase(toks, k)
        between = toks[k + 1 : j]
        if any(t.low in _BE for t in between) and not toks[j].low.endswith("ing"):
            if j + 1 < len(toks) and toks[j + 1].low == "by":  # "Smith was asked by host Jane Doe"
                agent = self.subject_right(toks, j + 1)
                return agent if agent is not None and agent.kind == "person" else None
            return None  # "the experts were not asked": a passive, no one speaks
        auxiliary = any(t.low in cuewords.AUXILIARIES for t in between)
        if k >= 0 and toks[k].text == ")":
            k = matching(toks, k, "(", ")")
        apposition = None
        if k >= 0 and toks[k].text in ",\u2014":
            before_comma = matching(toks, k - 1, "(", ")") if k > 0 and toks[k - 1].text == ")" else k - 1
            apposition = self._mention_ending(toks, before_comma) if before_comma >= 0 else None
            if apposition is not None and self._after_preposition(toks, apposition[1]):
                apposition = None  # "Dan Poe, a spokesman for Speaker Jane Doe, said": Doe is spoken for
            k = self._appositive_start(toks, k)
        if k < 0:
            return None
        subject = self.subject_ending(toks, k)
        if subject and subject.kind == "other" and apposition:  # "Smith's campaign manager, Tom Brown, said"
            subject = Subject("person", apposition[0].start, mention=apposition[0])
        elif subject and subject.kind == "other" and (unclosed := self._unclosed_apposition(toks, k, j)):
            subject = Subject("person", unclosed.start, mention=unclosed)
        base = self.verbs.get(toks[j].low) == toks[j].low and toks[j].low not in self.particles
        if subject and subject.kind != "other" and not auxiliary and base:
            return None  # "a John Smith tweet": a base form after one person is a noun, not the verb
        return subject

    def _unclosed_apposition(self, toks: list[Tok], k: int, j: int) -> Mention | None:
        """The person opening the clause whom a description ending at toks[k] is set off after, when no
        comma closes it before the verb toks[j]: "Michael Lamberty, a Lufthansa spokesman told", `"...,"
        Anais Faraj, an analyst at Nomura told`, "Jeff Joseph, from the Consumer Electronics Association
        told", "Howard Archer, economist at Global Insight said", "Armando Falcon, OFHEO director said"
        (a determiner or possessive opens it and a role noun is in it, or "of"/"from" opens it, or a
        bare role before of/at/for, or a body's name and a role; nothing but words follow, an "and"
        only inside a name or between roles); not a cue set off itself (`Clinton, a top aide said, "is
        ...`), nor a name inside an opening phrase (`In an interview with X, the candidate stated`)."""
        if j + 1 < len(toks) and toks[j + 1].text == ",":
            return None
        roles = lexicon.lower("roles")
        for p in range(k, max(0, k - MAX_APPOSITIVE), -1):
            tok = toks[p]
            if tok.text == ",":
                phrase = toks[p + 1 : k + 1]
                first = phrase[0]
                opens = first.low in cuewords.DETERMINERS or first.text.endswith(POSSESSIVE)
                if first.low not in ("of", "from") and not (
                    (opens and any(t.low in roles for t in phrase))
                    or _bare_role_of(phrase, roles)
                    or _body_and_role(phrase, roles)
                ):
                    return None  # a role ("X, a spokesman told") or where X is from ("X, of Acme said")
                m = self.by_end.get(toks[p - 1].end)
                return m if m is not None and self._first_in_clause(toks, m) else None
            if not (is_word(tok) or tok.text in "'\u2019") or (
                tok.low in cuewords.CLAUSE_WORDS and not _joins_in_description(toks, p, roles)
            ):
                return None
        return None

    @staticmethod
    def _first_in_clause(toks: list[Tok], m: Mention) -> bool:
        """Whether the person `m` opens its clause: first in the tokens, after a quotation mark, or after
        an opening adverb and its comma ("However, Matt Williams, ...")."""
        i = next((i for i, t in enumerate(toks) if t.start == m.start), None)
        if i is None:
            return False
        while i > 0 and toks[i - 1].text.rstrip(".") in lexicon.entries("titles"):
            i -= 1  # "Mr Prettejohn, Lloyd's chief executive said": the title opens it
        if i == 0 or toks[i - 1].text in DOUBLE_MARKS:
            return True
        return i == 2 and toks[1].text == "," and toks[0].low in cuewords.opening_adverbs()

    def _past_time_phrase(self, toks: list[Tok], k: int) -> int:
        """The index before a short phrase of time or place that toks[k] ends, when a person's name
        stands right before it ("X during a Sunday rally thanked", "X at the hearing said"); else k."""
        for p in range(k, max(-1, k - _PHRASE_MAX), -1):
            tok = toks[p]
            if tok.low in _PHRASE_OPENERS:
                return p - 1 if p > 0 and self.by_end.get(toks[p - 1].end) is not None and p < k else k
            if not is_word(tok) or tok.low in cuewords.CLAUSE_WORDS or self.by_end.get(tok.end) is not None:
                return k  # a clause, or another person ("X at Y's home said")
        return k

    @staticmethod
    def _after_preposition(
        toks: list[Tok], first: int, prepositions: frozenset[str] = cuewords.OBJECT_PREPOSITIONS
    ) -> bool:
        """Whether the name starting at toks[first] is the object of one of `prepositions`, past its titles
        and modifiers ("for House Speaker Jane Doe", "to Attorney General Jane Doe")."""
        p = first - 1
        while p >= 0 and first - p <= 4 and modifies_name(toks[p]) and toks[p].low not in prepositions:
            p -= 1
        return p >= 0 and toks[p].low in prepositions

    def _appositive_start(self, toks: list[Tok], k: int) -> int:
        """The index just before the appositives ending at the comma toks[k]: the person they describe
        (`Harry Bond, 30, of Raleigh, N.C., who was polled, said`), else the first phrase (", a spokesman,");
        -1 when there is none."""
        mark, first = toks[k].text, -1
        for p in range(k - 1, max(0, k - MAX_APPOSITIVE - 8), -1):
            t = toks[p].text
            if t == mark:
                if self._mention_ending(toks, p - 1) is not None:
                    return p - 1
                first = p - 1 if first < 0 else first
            elif (
                (t in DOUBLE_MARKS and not in_title(toks, p))
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
            while p > 0 and first - p <= 4 and (modifies_name(toks[p]) or toks[p].text in "'\u2019"):
                p -= 1
            if (
                p > 0
                and toks[p].low in ("and", "&")
                and toks[p - 1].text[:1].isupper()
                and not self._pair_modifies_role(toks, p, first)
            ):
                return Subject("other", toks[p].start)  # "X and Y said": more than one voice
            if first > 0 and _takes_object(toks[first - 1], toks[first - 2] if first > 1 else None):
                return Subject("other", toks[first - 1].start)  # "voters backing X said": X is spoken of
            return Subject("person", m.start, mention=m)
        if tok.low in cuewords.SINGULAR_PRONOUNS:
            return Subject("pronoun", tok.start, pronoun=tok.low)
        if tok.low == "who" and k >= 2 and toks[k - 1].text == ",":
            found = self._mention_ending(toks, k - 2)
            if found:
                return Subject("person", found[0].start, mention=found[0])
        if not is_word(tok) or tok.low in cuewords.CLAUSE_WORDS:
            return None
        # "X of the Foundation for Defense of Democracies told": a short phrase attached to a person.
        for p in range(k - 1, max(-1, k - 9), -1):
            if not is_word(toks[p]) and toks[p].text != ".":
                break
            if toks[p].low in cuewords.POSTMODIFIERS and p > 0:
                found = self._mention_ending(toks, p - 1)
                if found and all(in_name(t) for t in toks[p + 1 : k + 1]):
                    return Subject("person", found[0].start, mention=found[0])
        first = k
        while first > 0 and k - first < 4 and in_noun_phrase(toks[first - 1]):
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
            if tok.low == "and" and (holder := self._role_holder_after_pair(toks, p)) is not None:
                return Subject("person", holder.start, mention=holder)  # "said X and Y chief executive Z"
            if (
                m is not None
                and self._ends_noun_phrase(toks, m)
                and not self._modifies_noun(toks, p, m)
                and self._role_holder_after_pair(toks, _index_at(toks, m.end, p)) is None
            ):
                return Subject("person", m.start, mention=m)
            if tok.text == "," and p > k and p + 1 < len(toks):
                m = self.by_start.get(toks[p + 1].start)  # "said Y's campaign manager, X, who ..."
                if m is not None and self._ends_noun_phrase(toks, m) and self._named_role(toks, k, p):
                    return Subject("person", m.start, mention=m)
            if not (is_word(tok) or tok.text == "." or _plural_possessive(toks, p)) or (
                tok.low in cuewords.CLAUSE_WORDS and not _joins_titles(toks, k, p)
            ):
                break
            if tok.low in cuewords.POSTMODIFIERS and (tok.low != "of" or toks[p - 1].text.islower()):
                break  # said one Democrat familiar with X, said a friend of X: X is not the speaker
        if k < len(toks) and is_word(toks[k]):
            return Subject("other", toks[k].start)
        return None

    @staticmethod
    def _named_role(toks: list[Tok], start: int, end: int) -> bool:
        """Whether toks[start:end] is a role, ending in a role word ("Y's campaign manager", "the mayor"):
        the name set off after it is the role holder's."""
        return toks[end - 1].low in cuewords.name_modifiers() and all(
            is_word(t) or t.text in "'\u2019." for t in toks[start:end]
        )

    def inverts(self, tok: Tok) -> bool:
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
        nxt = NEXT_WORD.match(self.text, tok.end)
        if nxt is None or nxt.group(1).lower() != particle:
            return False
        then = NEXT_WORD.match(self.text, nxt.end())
        return then is None or then.group(1).lower() != "to"  # "went on to promote": not speech

    def _opens_clause(self, tok: Tok) -> bool:
        before = self.text[max(0, tok.start - 3) : tok.start].rstrip()
        return not before or before[-1] in '.!?:;"\u201c\u201d\n'

    def _noun_form(self, tok: Tok) -> bool:
        """A form that is also a noun's: the base form or the -s form ("state", "reports", "remarks")."""
        return tok.low == self.verbs[tok.low] or tok.low.endswith("s")

    @staticmethod
    def subject_of_its_own(toks: list[Tok], start: int, end: int) -> bool:
        """Whether toks[start:end] holds a clause with a subject of its own, opened by a subordinator
        (`as a maintenance guy walks ...`, `where about 50 protesters had gathered ...`, `when Smith
        ended the debate ...`): a participle after
        it is that subject's, not the sentence's (`after the debate, saying` holds no verb: no clause)."""
        for p in range(start, end - 2):
            if toks[p].low not in _OWN_CLAUSE:
                continue
            if toks[p + 1].low in _NOUN_PHRASE_OPENERS:
                q = p + 3  # the opener and at least one word of the noun phrase, then its verb
            elif toks[p + 1].text[:1].isupper():
                q = p + 2  # `when Smith ended the debate`; `as he defended` is mostly the subject's own
            else:
                continue
            while q < min(end, p + 6) and toks[q].text[:1].isalnum() and not _finite(toks[q]):
                if toks[q].low in cuewords.PREPOSITIONS or toks[q].low == "to":
                    break  # "as a way to create jobs": a phrase, no clause
                q += 1
            if q < end and _finite(toks[q]):
                return True
        return False

    @staticmethod
    def joins_a_clause(toks: list[Tok], start: int, end: int) -> bool:
        """Whether toks[start:end] holds ", and" opening a clause with a subject and verb of its own,
        perhaps after a short phrase (`when X mentioned her, and at one point the crowd reprised the
        chant "`): what follows is that subject's, not the speaker's before it."""
        for p in range(start + 1, end - 2):
            if toks[p].low != "and" or toks[p - 1].text != ",":
                continue
            opener = next(
                (q for q in range(p + 1, min(end, p + 5)) if toks[q].low in _NOUN_PHRASE_OPENERS), None
            )
            if opener is None or (opener > p + 1 and toks[p + 1].low not in cuewords.PREPOSITIONS):
                continue  # "and at one point the crowd", not "and reaching the point"
            for q in range(opener + 2, min(end, opener + 6)):
                if not toks[q].text[:1].isalnum() or toks[q].low in cuewords.PREPOSITIONS:
                    break  # "the point of raised voices": a phrase, no clause
                if _finite(toks[q]):
                    return True
        return False

    def reports_speech(self, toks: list[Tok], j: int) -> bool:
        """Whether toks[j] is a reporting verb used as one whose following name is no object of it
        (`X said Y would`, not `X told Y`, `X asked Y`, `X accused Y`): what follows is what X reports."""
        if not (self.is_verb(toks[j]) and self._verb_here(toks, j)):
            return False
        lemma = self.verbs[toks[j].low]
        return lemma not in cuewords.object_verbs() and lemma not in cuewords.QUESTION_VERBS

    def _verb_here(self, toks: list[Tok], j: int) -> bool:
        """Whether a reporting verb form is used as one here: not a noun ("his remarks", "the report")
        and not a phrasal verb of another meaning ("called for", "called on")."""
        before = toks[j - 1].low if j > 0 else ""
        relative = before == "that" and toks[j].low != self.verbs[toks[j].low]  # "a headline that said"
        if (before in cuewords.DETERMINERS and not relative) or before.endswith(POSSESSIVE):
            return False
        if self.goes_on_doing(toks, j):
            return False  # "X will continue to be": not speech
        after = toks[j + 1].low if j + 1 < len(toks) else ""
        if after == "as" and toks[j].low == "quoted":
            return False  # "X is quoted as saying": the cue is "saying"
        return after not in cuewords.NOT_SPEECH_PARTICLES and not (
            after == "on" and toks[j].low.startswith("call")
        )

    def goes_on_doing(self, toks: list[Tok], j: int) -> bool:
        """Whether toks[j] is "continue" before "to" ("X will continue to be"): no speech of any sense."""
        return j + 1 < len(toks) and toks[j + 1].low == "to" and self.verbs[toks[j].low] == "continue"

    @staticmethod
    def _object_before(toks: list[Tok], subject: Subject, j: int) -> bool:
        """Whether the person right before the participle toks[j] is the object of a preposition of
        direction ("wrote a letter to Y asking", "tweeted back at Y pointing out"); after "with" or "of" the
        person is the one speaking ("with Y tweeting", "of Y saying")."""
        first = next((n for n in range(j) if toks[n].start >= subject.start), j)
        if first == 0 or toks[j - 1].end > toks[j].start or not is_word(toks[j - 1]):
            return False
        return Speakers._after_preposition(toks, first, _DIRECTION)  # "a letter to Attorney General Y asking"

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
                and not self.text.startswith(POSSESSIVE, found[0].end)
            ):
                return Subject("person", found[0].start, mention=found[0])
            return None
        if (
            start + 1 < j
            and toks[start].low in cuewords.SINGULAR_PRONOUNS
            and all(t.low in _OPENING_CONJUNCTIONS for t in toks[:start])
            and _verb_after(toks, start + 1)
        ):  # "He stood by it, saying", "But he is not envious, insisting"; not "X began when he ..., saying"
            return Subject("pronoun", toks[start].start, pronoun=toks[start].low)
        m = None
        for k in range(start, min(j, start + 4)):  # "The Blaze's Jane Doe provided ..."
            m = self.by_start.get(toks[k].start)
            if m is not None or not (modifies_name(toks[k]) or toks[k].text in "'\u2019"):
                break
        if (
            m is None
            or self.text.startswith(POSSESSIVE, m.end)
            or (k > 0 and toks[k - 1].low in cuewords.DETERMINERS)
        ):
            return None  # "The Sanders campaign ... , saying": a name used as a modifier
        nxt = next((n for n in range(start, j) if toks[n].start >= m.end), None)
        if nxt is not None and toks[nxt].low in cuewords.name_modifiers():
            return None  # "Sanders campaign officials said"
        if nxt is not None and _verb_after(toks, nxt):
            return Subject("person", m.start, mention=m)
        return None

    @staticmethod
    def _clause_back(toks: list[Tok], p: int) -> int:
        """The index of the comma, dash, bracket, quote mark or subordinator that opens the clause holding
        toks[p] (-1 at the start); the marks around a title ("called "Seeing Things" on") are skipped."""
        while p >= 0:
            t = toks[p]
            if t.text in DOUBLE_MARKS and in_title(toks, p):
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
            if not (is_word(toks[p]) or toks[p].text == ".") or toks[p].low in cuewords.CLAUSE_WORDS:
                return None
            if toks[p].low in cuewords.OBJECT_PREPOSITIONS or toks[p].low.endswith("ed"):
                return None  # `delivered a message to Smith: "`: Smith is no subject
        else:
            return None
        if self.text.startswith(POSSESSIVE, m.end):
            return None
        rest = [t for t in toks[p:colon] if t.start >= m.end]
        if any(t.low in _ADVERBIAL_CLAUSE for t in rest):
            return None  # `Smith said as the heckler yelled: "`: the colon ends another clause
        nxt = next(t for t in toks[p : colon + 1] if t.start >= m.end)
        if nxt.text in ":(" or (nxt.text.islower() and nxt.low not in cuewords.CLAUSE_WORDS):
            return Subject("person", m.start, mention=m)
        return None

    def _possessor(self, toks: list[Tok], k: int) -> Mention | None:
        """The person named in the possessive toks[k] ("Smith's", "Sanders'"), if any."""
        tok = toks[k]
        for m in self.persons_between(tok.start - 40 if k == 0 else toks[max(0, k - 3)].start, tok.end):
            if m.end in (tok.end, tok.end - 2) and self.text.startswith(POSSESSIVE, m.end):
                return m
            if m.end == tok.end and k + 1 < len(toks) and toks[k + 1].text in "'\u2019":
                return m
        return None


def _index_at(toks: list[Tok], offset: int, start: int = 0) -> int:
    """The index of the first token from toks[start] on starting at or after `offset` (len(toks) when
    none does)."""
    return next((i for i in range(start, len(toks)) if toks[i].start >= offset), len(toks))


def _joins_titles(toks: list[Tok], k: int, p: int) -> bool:
    """Whether toks[p] is an "and" between two titles of one person after a verb ending at toks[k - 1]:
    "said former Gov. and Committee Chairman X" (a capitalised title or its dot before it, a capitalised
    word after it), "said Acme president and chief executive X" (two role nouns in lower case); no
    article since the verb: "said the Governor and Sen. X" are two people."""
    if toks[p].low != "and" or p + 1 >= len(toks):
        return False
    if any(t.low in cuewords.DETERMINERS for t in toks[k:p]):
        return False
    if toks[p + 1].text[:1].isupper():
        before = toks[p - 1] if toks[p - 1].text != "." else toks[p - 2]
        return before.text.rstrip(".") in lexicon.entries("titles")
    return _joins_roles(toks, p, lexicon.lower("roles"))


def _plural_possessive(toks: list[Tok], p: int) -> bool:
    """Whether toks[p] is the apostrophe of a plural possessive ("said Ladbrokes' Jo Roe")."""
    return (
        toks[p].text in ("'", "\u2019")
        and p > 0
        and toks[p - 1].text.endswith("s")
        and toks[p].start == toks[p - 1].end
    )


def _bare_role_of(phrase: list[Tok], roles: frozenset[str]) -> bool:
    """Whether a description with no article opens in lower case and holds a singular role noun right
    before "of", "at" or "for": "head of Preventon", "economist at Global Insight", "president and CEO
    of the Washington Restaurant Association" (not "aides said", "officials at the firm")."""
    if not phrase[0].text[:1].islower():
        return False
    return any(
        t.low in roles and not _plural_role(t.low, roles) and nxt.low in ("of", "at", "for")
        for t, nxt in itertools.pairwise(phrase)
    )


def _body_and_role(phrase: list[Tok], roles: frozenset[str]) -> bool:
    """Whether a description is the name of a body and a singular role right before the verb: "Plaid
    Cymru health spokesman", "OFHEO director" (not "Acme officials")."""
    last = phrase[-1]
    return (
        len(phrase) >= 2
        and phrase[0].text[:1].isupper()
        and last.text.islower()
        and last.low in roles
        and not _plural_role(last.low, roles)
    )


def _plural_role(word: str, roles: frozenset[str]) -> bool:
    """Whether a role noun is a plural of one ("aides"): a group, who speak for themselves."""
    return word.endswith("s") and word[:-1] in roles


def _joins_in_description(toks: list[Tok], p: int, roles: frozenset[str]) -> bool:
    """Whether "and" at toks[p] joins two roles ("president and CEO") or two capitalised words of a name
    ("the Public and Commercial Services Union"), not two clauses."""
    if toks[p].low not in ("and", "&") or not 0 < p < len(toks) - 1:
        return False
    capitals = toks[p - 1].text[:1].isupper() and toks[p + 1].text[:1].isupper()
    return capitals or _joins_roles(toks, p, roles)


def _joins_roles(toks: list[Tok], p: int, roles: frozenset[str]) -> bool:
    """Whether the "and" at toks[p] stands between two role nouns of one person: "president and chief
    executive", "founder and director"."""
    before = toks[p - 1]
    return before.text.islower() and before.low in roles and p + 1 < len(toks) and toks[p + 1].low in roles


def _verb_after(toks: list[Tok], k: int) -> bool:
    """Whether toks[k], right after a clause's subject, may be its verb: a lower-case word that opens no
    other clause or phrase ("X went after Y on Monday, calling": Y, before "on", is an object)."""
    low = toks[k].low
    return toks[k].text.islower() and low not in cuewords.CLAUSE_WORDS and low not in cuewords.PREPOSITIONS
