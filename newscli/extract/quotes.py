"""Quotation spans and who said them: marks -> spans, cues -> speakers, then the voice a passage continues.

The rules, in order (the first that applies decides; `Quote.rule` names it, docs/quotes.md has examples):
  after / before / colon / according / dash / possessive / statement   a cue in the quotation's sentence
                 (attribution.py): after the closing mark first for a quotation opening its sentence,
                 before the opening mark first for words embedded in a sentence; a cue naming no one
                 yields to one that does
  lead-in        the paragraph before ends with a cue and a colon: `He told the crowd:`
  same sentence  later words of a sentence whose cue came before an earlier quotation of it
  same voice     a quotation with no cue continues the voice of the quotation before it when nobody else
                 is named or acts between (across paragraphs only in the cases `_same_voice` names)
  cue sentence   the sentence before ends in its cue: `Iowa State's Dianne Bystrom agreed. "..."`
  subject before the sentence before has a person for its subject
  continues (.)  a quotation re-opened in the next paragraph (or after a sentence end) keeps its voice
A he/she subject resolves through pronouns.py (suffix `+pronoun`); a participle or second verb takes the
subject of the verb or clause before it (`+clause`). Titles in quotation marks are no one's words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from newscli.config import Config
from newscli.extract import cuewords, lexicon
from newscli.extract.attribution import Attribution, Attributor
from newscli.extract.cuetokens import DASHES, Tok, modifies_name
from newscli.extract.cuewords import PRONOUN_GENDER
from newscli.extract.pronouns import Antecedents
from newscli.extract.quotemarks import QuoteSpan, find_spans
from newscli.extract.sentence_subjects import BLOCKER, SentenceSubjects
from newscli.extract.subjects import Subject
from newscli.model import Document, Entity, Mention, Paragraph, Quote, Sentence

_TITLE_AT_END = re.compile(r"\b([A-Z][a-z]{1,5})\.$")
_WORD = re.compile(r"[\w'\u2019-]+")
_AFTER_THE = re.compile(r"\b(?:the|The)\s*$")  # a title in marks after "the"
# Nouns for what others say of someone: a fragment before one is their label ("X rebuts 'charade' claims")
_CHARGE_AFTER = re.compile(
    r"\s+(?:claims?|allegations?|accusations?|charges?|jibes?|slurs?|smears?|taunts?)\b", re.IGNORECASE
)
_TITLE_SMALL_WORDS = frozenset("of the a an and in on for to with at by from or".split())
TITLE_MAX_WORDS = 6
_OBJECT_OF = frozenset("for to against with about of at".split())  # prepositions before a name as object
SCARE_MAX_WORDS = 4  # a short quotation with no cue is a scare quote or a title, not a statement
PRONOUN_REACH = 1  # paragraphs back a pronoun may refer to
CUE_REACH = 300  # characters before an opening mark or after a closing mark that may hold its cue
OWN_CLAUSE_MIN = 5  # words before a comma and the subject that make a clause the next sentence's cue reports


@dataclass(slots=True)
class _Group:
    """Spans of one quotation (a quotation re-opened in the next paragraph is one group)."""

    spans: list[QuoteSpan]
    attribution: Attribution | None = None
    title: bool = False  # a title or name in quotation marks ("Meet the Press"): no one's words


def extract(doc: Document, entities: list[Entity], config: Config) -> list[Quote]:
    """The direct quotations of one document, with speakers resolved to the people in `entities`."""
    spans = find_spans(doc)
    if not spans:
        return []
    return _Extraction(doc, entities, spans).run()


class _Extraction:
    """One document's quotations, attributed in text order (pronouns refer back to earlier speakers)."""

    def __init__(self, doc: Document, entities: list[Entity], spans: list[QuoteSpan]) -> None:
        self.doc, self.text, self.spans = doc, doc.text, spans
        self.position = {id(s): i for i, s in enumerate(spans)}
        self.sentence_starts = [[s.start for s in p.sentences] for p in doc.paragraphs]
        self._embedded_spans: dict[int, bool] = {}  # by id(span): rules ask again and again
        self._title_spans: dict[int, bool] = {}
        self.att = Attributor(doc, entities)
        quoted = [(s.open_mark, s.end if s.close_mark is None else s.close_mark + 1) for s in spans]
        self.subjects = SentenceSubjects(doc, self.att, quoted)
        self.antecedents = Antecedents(self.subjects)
        self.history: list[tuple[int, str, int]] = []  # (offset, speaker, paragraph) of attributed quotes
        self.groups: list[_Group] = []
        for span in spans:
            if span.continues and self.groups:
                self.groups[-1].spans.append(span)
            else:
                self.groups.append(_Group([span], title=self._title(span)))

    def run(self) -> list[Quote]:
        for n, group in enumerate(self.groups):
            if group.title:
                continue
            group.attribution = (
                self._by_cue(n, group)
                or self._same_sentence(n, group)
                or self._same_voice(n, group)
                or self._cue_sentence(group)
                or self._subject_before(group)
                or self._reported_before(group)
            )
            att = group.attribution
            if att and (att.speaker or att.cue):  # an unnamed speaker ("the official said") is a voice too
                self.history.append((att.at, att.speaker or BLOCKER, group.spans[0].paragraph))
        for n, group in enumerate(self.groups):
            if not group.title and (group.attribution is None or group.attribution.speaker is None):
                group.attribution = self._cue_later_in_sentence(n, group) or group.attribution
        return [self._quote(g, s) for g in self.groups for s in g.spans]

    # --- windows ---------------------------------------------------------------------------------

    def _para(self, span: QuoteSpan) -> Paragraph:
        return self.doc.paragraphs[span.paragraph]

    def _sentence(self, para: Paragraph, offset: int) -> Sentence:
        """The sentence of `para` that holds `offset`, or the whole paragraph when none does."""
        if para.start <= offset < para.end:
            j = bisect_right(self.sentence_starts[para.index], offset) - 1
            if j >= 0 and offset < para.sentences[j].end:
                return para.sentences[j]
        return Sentence(para.start, para.end)

    def _neighbour(self, span: QuoteSpan, step: int) -> QuoteSpan | None:
        """The quotation before (step -1) or after (step 1) in the same paragraph, titles skipped."""
        i = self.position[id(span)] + step
        while 0 <= i < len(self.spans) and self.spans[i].paragraph == span.paragraph:
            if not self._title(self.spans[i]):
                return self.spans[i]
            i += step
        return None

    def _before_start(self, span: QuoteSpan) -> int:
        """Where the text that may hold a quotation's cue starts: its sentence, or the quotation before."""
        start = max(self._sentence(self._para(span), span.open_mark).start, span.open_mark - CUE_REACH)
        prev = self._neighbour(span, -1)
        if prev is not None and prev.close_mark is not None and prev.close_mark >= start:
            start = prev.close_mark + 1
        return start

    def _after_end(self, span: QuoteSpan) -> int:
        """Where the text after a closing mark that may hold its cue ends: the end of its sentence, or of
        the next one when the quotation ends its sentence (`"...!" Smith said.`), or the next quotation."""
        para = self._para(span)
        assert span.close_mark is not None
        sent = self._sentence(para, span.close_mark)
        end = sent.end
        if not self.text[span.close_mark + 1 : end].strip() and not self._embedded(span):
            end = self._sentence(para, end + 1).end if end < para.end else end
        while end < para.end and self._ends_in_title(max(span.close_mark, end - 12), end):
            end = self._sentence(para, end + 1).end  # "said Del." is no sentence end: a title goes on
        nxt = self._neighbour(span, 1)
        if nxt is not None and nxt.open_mark < end:
            end = nxt.open_mark
        return min(end, span.close_mark + CUE_REACH)

    def _ends_in_title(self, start: int, end: int) -> bool:
        """Whether text[start:end] ends in an abbreviated title ("Del.") that the sentence splitter took
        for a sentence end."""
        m = _TITLE_AT_END.search(self.text, start, end)
        return m is not None and m.group(1) in lexicon.entries("titles")

    # --- rules -----------------------------------------------------------------------------------

    def _by_cue(self, n: int, group: _Group) -> Attribution | None:
        """The first span of the group with a cue in its sentence decides the group's speaker."""
        for span in group.spans:
            att = self._cue_of(span)
            if att is not None:
                return att
        return self._lead_in(group.spans[0]) or self._byline_below(group.spans[-1])

    def _cue_of(self, span: QuoteSpan) -> Attribution | None:
        """The cue of one span: after it first for a quotation that opens its sentence, before it first
        for words embedded in a sentence (`Smith says he's "losing the war," part of ...`)."""
        if span.single:
            return self._headline_cue(span)
        first, second = (
            (self._cue_before, self._cue_after)
            if self._embedded(span)
            else (self._cue_after, self._cue_before)
        )
        found = first(span)
        if found is not None and found.speaker and first == self._cue_before and self._cut_off(span, found):
            after = self._cue_after(span)  # 'When X said ..., he "grabbed ...," said Y': Y's words
            if after is not None and after.speaker and after.rule == "after":
                return after
        if found is not None and found.speaker and first == self._cue_after and self._leads_on(span):
            before = self._cue_before(span)  # 'Y replies to X with, "...?" X writes back, "...'
            return before if before is not None and before.cue else found  # "someone shouted" too
        if found is not None and found.speaker:
            return found
        other = second(span)  # '... is less likely to be "overrun," Hoover said'
        if (
            other is not None
            and other.speaker
            and other.rule == "after+clause"
            and self._others_before(span, other)
        ):
            other = None  # 'X blamed the media for Y's claim that Z "founded ISIS," saying': not X's words
        return other if other is not None and other.speaker else found or other

    def _cut_off(self, span: QuoteSpan, before: Attribution) -> bool:
        """Whether a comma parts the cue before embedded words from them, and the words end in a comma
        for a cue of their own: `When X said ..., he "grabbed ...," said Y`."""
        close = span.close_mark
        return (
            close is not None
            and "," in self.text[before.at : span.open_mark]
            and "," in self.text[close - 1 : close + 2]
        )

    def _others_before(self, span: QuoteSpan, att: Attribution) -> bool:
        """Whether someone other than the speaker is named before the quotation in its sentence."""
        start = self._sentence(self._para(span), span.open_mark).start
        return any(m.entity != att.speaker for m in self.att.persons_between(start, span.open_mark))

    def _cue_after(self, span: QuoteSpan) -> Attribution | None:
        if span.close_mark is None:
            return None
        after_end = self._after_end(span)
        sent_end = self._sentence(self._para(span), span.close_mark).end
        last = self.text[span.close_mark - 3 : span.close_mark].rstrip("'\u2019 ")[-1:]  # "...?'" asks too
        if after_end > sent_end and last not in "?!":
            # the quotation ends its sentence with a full stop: only a short next one is its cue, and
            # not one that goes on into the next quotation (`X added, "...`): that cue is the next one's
            nxt = self._neighbour(span, 1)
            if nxt is not None and nxt.open_mark == after_end:
                return None
            found = self.att.cue_ending(sent_end, after_end)
            if found and _reports_its_own_clause(found):
                return None  # `"...." / Costs will rise, Smith told Reuters.`: the cue of its own words
            return self._attribution(found, "after") if found else None
        found = self.att.cue_after(span, after_end) or self.att.cue_closing(span.close_mark + 1, after_end)
        if found and after_end > sent_end and _reports_a_clause(found):
            return None  # `"...?" / Smith acknowledged that a rift exists`: a new sentence, not the cue
        if found:
            return self._attribution(found, "dash" if found[1].text in DASHES else "after")
        found = self.att.according_to(span.close_mark + 1, after_end)
        return self._attribution(found, "according") if found else None

    def _leads_on(self, span: QuoteSpan) -> bool:
        """Whether the words after a closing mark run into the next quotation with a comma or colon
        (`X writes back, "`): their cue may be the next quotation's."""
        nxt = self._neighbour(span, 1)
        if nxt is None or span.close_mark is None:
            return False
        between = self.text[span.close_mark + 1 : nxt.open_mark].rstrip()
        return bool(between) and between[-1] in ",:" and nxt.open_mark <= self._after_end(span)

    def _cue_before(self, span: QuoteSpan) -> Attribution | None:
        start = self._before_start(span)
        found = self.att.cue_before(start, span.open_mark)
        if found:
            return self._attribution(found, "colon" if found[1].text == ":" else "before")
        found = self.att.according_to(start, span.open_mark)
        if found:
            return self._attribution(found, "according")
        found = self.att.possessive_cue(start, span.open_mark, span.close_mark)
        if found:
            return self._attribution(found, "possessive")
        found = self.att.statement_cue(start, span.open_mark)
        return self._attribution(found, "statement") if found else None

    def _embedded(self, span: QuoteSpan) -> bool:
        """Whether the quotation's words run on from words of its sentence (not after a colon or comma)."""
        found = self._embedded_spans.get(id(span))
        if found is None:
            sentence = self._sentence(self._para(span), span.open_mark)
            before = self.text[sentence.start : span.open_mark].rstrip()
            found = bool(before) and before[-1] not in ":,\u2014" and not span.continues
            self._embedded_spans[id(span)] = found
        return found

    def _headline_cue(self, span: QuoteSpan) -> Attribution | None:
        """A headline fragment: the cue before it in the headline (`X says 'heroic people' ...`); none
        for a label of what others say (`X rebuts 'charade' claims`: the critics' word)."""
        if span.close_mark is not None and _CHARGE_AFTER.match(self.text, span.close_mark + 1):
            return None
        para = self._para(span)
        found = self.att.cue_before(para.start, span.open_mark)
        return self._attribution(found, "before") if found else None

    def _lead_in(self, span: QuoteSpan) -> Attribution | None:
        """A paragraph that opens with a quotation after a paragraph ending in a cue and a colon."""
        if span.open_mark != self._para(span).start or span.paragraph == 0:
            return None
        prev = self.doc.paragraphs[span.paragraph - 1]
        if prev.repeat_of is not None or not self.text[: prev.end].endswith(":"):
            return None
        last = prev.sentences[-1] if prev.sentences else Sentence(prev.start, prev.end)
        found = self.att.cue_before(last.start, prev.end)
        return self._attribution(found, "lead-in") if found else None

    def _byline_below(self, span: QuoteSpan) -> Attribution | None:
        """A paragraph that is a quotation, signed in the next paragraph: `"..."` / `- Sanders.`,
        `- Dean Baker, Center for Economic and Policy Research.`"""
        para = self._para(span)
        if (
            span.close_mark is None
            or self.text[span.close_mark + 1 : para.end].strip(" .")
            or span.paragraph + 1 >= len(self.doc.paragraphs)
        ):
            return None
        below = self.doc.paragraphs[span.paragraph + 1]
        toks = self.att.tokens(below.start, below.end)
        if len(toks) < 2 or toks[0].text not in DASHES:
            return None
        k = 1  # past titles: "- President Obama, tweeting after the speech."
        while k < min(len(toks) - 1, 4) and toks[k].start not in self.att.by_start and modifies_name(toks[k]):
            k += 1
        m = self.att.by_start.get(toks[k].start)
        rest = [t for t in toks if t.start >= m.end] if m is not None else None
        if m is None or (rest and rest[0].text not in ".,"):
            return None
        return Attribution(m.entity, None, None, "dash", m.start)

    def _previous(self, n: int) -> _Group | None:
        """The quotation before group n, titles skipped."""
        return next((g for g in reversed(self.groups[:n]) if not g.title), None)

    def _same_sentence(self, n: int, group: _Group) -> Attribution | None:
        """Words later in a sentence whose cue came before an earlier quotation of it:
        `X said Y was "A" and "B"` - both are X's."""
        first = group.spans[0]
        before = self._previous(n)
        if before is None:
            return None
        prev = before.spans[-1]
        att = before.attribution
        if att is None or att.speaker is None or att.at > prev.open_mark or prev.close_mark is None:
            return None
        sent = self._sentence(self._para(first), first.open_mark)
        if prev.paragraph != first.paragraph or prev.open_mark < sent.start:
            return None
        if self._another_reports(prev.close_mark + 1, first.open_mark, att.speaker):
            return None  # `X said it was "A" but Y branded it "B"`: Y's word
        return Attribution(att.speaker, att.cue, att.to, "same sentence", att.at)

    def _another_reports(self, start: int, end: int, speaker: str) -> bool:
        """Whether a person other than `speaker` is the subject of a reporting verb in [start, end)."""
        return any(
            subject is not None
            and subject.kind == "person"
            and subject.mention is not None
            and subject.mention.entity != speaker
            for _, subject in self.att.verb_subjects(self.att.tokens(start, end))
        )

    def _cue_later_in_sentence(self, n: int, group: _Group) -> Attribution | None:
        """Words earlier in a sentence whose cue comes after a later quotation of it, with no person
        and no cue between: `"A" and "B," X said` - both are X's."""
        last = group.spans[-1]
        after = next((g for g in self.groups[n + 1 :] if not g.title), None)
        if after is None or last.close_mark is None:
            return None
        nxt, att = after.spans[0], after.attribution
        if att is None or att.speaker is None or not att.rule.startswith("after") or att.at < nxt.open_mark:
            return None
        sent = self._sentence(self._para(nxt), nxt.open_mark)
        if nxt.paragraph != last.paragraph or last.open_mark < sent.start:
            return None
        between = (last.close_mark + 1, nxt.open_mark)
        if self.att.persons_between(*between) or any(self.att.is_verb(t) for t in self.att.tokens(*between)):
            return None
        return Attribution(att.speaker, att.cue, att.to, "same sentence", att.at)

    def _same_voice(self, n: int, group: _Group) -> Attribution | None:
        """A quotation with no cue inherits the speaker of the quotation before it when the context
        clearly continues one voice (see the module docstring)."""
        prev = self._previous(n)
        while prev is not None and prev.attribution is None and self._scare(prev):
            prev = self._previous(self.groups.index(prev))  # `a "No-B.S." barbecue`: no one's words
        att = prev.attribution if prev is not None else None
        if prev is None or att is None or att.speaker is None:
            return None
        first, last = group.spans[0], prev.spans[-1]
        if not all(self._standalone(s) for s in group.spans):
            return None
        gap = first.paragraph - last.paragraph
        if gap > 2:
            return None
        start = last.end if last.close_mark is None else last.close_mark
        if self._another_joins(start, first.open_mark):
            return None  # `"...," Doe said, and her husband cut in. "...`
        if att.at > start:  # the cue's own sentence may describe the speaker by others' names
            start = max(start, self._sentence(self._paragraph_at(att.at), att.at).end)
        between = self.att.persons_between(start, first.open_mark)
        if any(
            m.entity != att.speaker and not self.subjects.in_quote(m.start) and self._acts(m) for m in between
        ):
            return None
        subjects = {c.entity for c in self.subjects.between(start, first.open_mark)}
        if subjects - {att.speaker}:
            return None  # someone else (perhaps a name the index does not know) speaks or acts between
        if gap >= 1 and first.open_mark != self._para(first).start:
            return None
        if gap == 2 and att.speaker not in subjects:
            return None  # across a paragraph only when that paragraph is about the speaker
        return Attribution(att.speaker, None, None, "same voice", first.open_mark)

    def _another_joins(self, start: int, end: int) -> bool:
        """Whether a clause between two quotations brings in someone described, not named: `"...," Doe
        said, and her husband cut in. "...`."""
        toks = self.att.tokens(start, end)
        roles = lexicon.lower("roles")
        return any(
            tok.low in ("and", "but", "while", "then")
            and toks[k + 1].low in cuewords.DETERMINERS  # "the", "a", "her", "his", ...
            and any(t.low in roles for t in toks[k + 2 : k + 4])
            for k, tok in enumerate(toks[:-2])
        )

    def _scare(self, group: _Group) -> bool:
        """Whether a quotation is a few words embedded in a sentence (a scare quote when no cue names it)."""
        span = group.spans[0]
        return (
            len(group.spans) == 1
            and self._embedded(span)
            and len(self.text[span.start : span.end].split()) <= SCARE_MAX_WORDS
        )

    def _acts(self, m: Mention) -> bool:
        """Whether a person mention may be someone acting or speaking: not the object of a preposition
        ("cast her ballot for X")."""
        before = self.text[max(0, m.start - 12) : m.start].split()
        return not before or before[-1].lower() not in _OBJECT_OF

    def _sentence_before(self, group: _Group) -> Sentence | None:
        """For a quotation opening its sentence: the sentence before it in its paragraph, when that
        one holds no quotation."""
        first = group.spans[0]
        if not self._standalone(first):
            return None
        para = self._para(first)
        sent = self._sentence(para, first.open_mark)
        prev = next((s for s in reversed(para.sentences) if s.end <= sent.start), None)
        if prev is None or self._quotes_in(prev) or self.text[prev.start : prev.end].rstrip().endswith("?"):
            return None  # a question the writer asks is answered by the quotation, not spoken by its subject
        return prev

    def _cue_sentence(self, group: _Group) -> Attribution | None:
        """A quotation opening its sentence after a sentence of its paragraph that ends in a cue."""
        prev = self._sentence_before(group)
        if prev is None:
            return None
        found = self.att.cue_ending(prev.start, prev.end)
        return self._attribution(found, "cue sentence") if found else None

    def _subject_before(self, group: _Group) -> Attribution | None:
        """A quotation opening its sentence right after a sentence of its paragraph whose subject is a
        person: `Smith ... named the cost as one reason. "The younger people ..."`."""
        prev = self._sentence_before(group)
        if prev is None:
            return None
        subjects = self.subjects.between(prev.start, prev.start + 1)
        if not subjects or not subjects[0].entity:
            return None
        return Attribution(subjects[0].entity, None, None, "subject before", subjects[0].offset)

    def _reported_before(self, group: _Group) -> Attribution | None:
        """A paragraph that opens with a quotation with no cue, after a paragraph that quotes no one and
        ends in a person's reported speech: `Carter said that critics were wrong.` `"That's because ..."`."""
        first = group.spans[0]
        if first.paragraph == 0 or first.open_mark != self._para(first).start:
            return None
        if not all(self._standalone(s) for s in group.spans):
            return None
        prev = self.doc.paragraphs[first.paragraph - 1]
        if prev.repeat_of is not None or not prev.sentences:
            return None
        if any(prev.start <= g.spans[0].open_mark < prev.end for g in self.groups):
            return None
        last = prev.sentences[-1]
        found = self.att.cue_opening(last.start, last.end)
        if found is None or found[0].kind not in ("person", "pronoun"):
            return None
        return self._attribution(found, "reported before")

    def _quotes_in(self, sent: Sentence) -> bool:
        """Whether a sentence holds a quotation other than a title."""
        return any(sent.start <= g.spans[0].open_mark < sent.end and not g.title for g in self.groups)

    def _standalone(self, span: QuoteSpan) -> bool:
        """Whether a quotation opens its sentence and what follows it there names no one and holds no
        reporting verb (`"..." and other pocketbook issues.`), so no other cue could be hiding there."""
        para = self._para(span)
        if self.text[self._sentence(para, span.open_mark).start : span.open_mark].strip():
            return False
        if span.close_mark is None:
            return True
        end = self._sentence(para, span.close_mark).end
        if self.att.persons_between(span.close_mark, end):
            return False
        return not any(self.att.is_verb(t) for t in self.att.tokens(span.close_mark + 1, end))

    # --- speakers --------------------------------------------------------------------------------

    def _attribution(self, found: tuple[Subject, Tok, list[Tok]], rule: str) -> Attribution:
        subject, cue, toks = found
        to = self.att.recipient(toks, cue) if cue.text[0].isalpha() else None
        word = cue.text if cue.text[0].isalpha() else None  # a colon or a dash is no cue word
        if word and (particle := cuewords.phrasal_particles().get(word.lower())):
            word = f"{word} {particle}"  # "shot back", "put it"
        if subject.kind == "person":
            assert subject.mention is not None
            speaker = subject.mention.entity or self._quoted_bearer(subject.mention)
            return Attribution(speaker, word, to, rule, subject.start)
        if subject.kind == "pronoun":
            speaker = self._antecedent(subject)
            return Attribution(speaker, word, to, rule + "+pronoun" if speaker else rule, subject.start)
        if subject.kind == "clause":
            speaker = self._clause_speaker(subject.start)
            return Attribution(speaker, word, to, rule + "+clause" if speaker else rule, subject.start)
        return Attribution(None, word, to, rule, subject.start)

    def _quoted_bearer(self, mention: Mention) -> str | None:
        """The one person already quoted in the article whose surname a shared surname left unresolved
        is ("Smith said" where Patricia Smith spoke before and Sean Smith, also named, did not)."""
        surname = mention.text.split()[-1].lower()
        quoted = {name for _, name, _ in self.history if name and name.split()[-1].lower() == surname}
        return quoted.pop() if len(quoted) == 1 else None

    def _paragraph_at(self, offset: int) -> Paragraph:
        return next(p for p in self.doc.paragraphs if p.start <= offset <= p.end)

    def _antecedent(self, subject: Subject) -> str | None:
        """The most recent compatible speaker or subject before a pronoun (this paragraph or the last);
        right after a reporting verb, that verb's subject (`Smith said he ...`)."""
        reported = self._reporter(subject)
        if reported is not None:
            return reported
        para = self._paragraph_at(subject.start)
        floor = self.doc.paragraphs[max(0, para.index - PRONOUN_REACH)].start
        speakers = [(at, name) for at, name, _ in self.history]
        return self.antecedents.resolve(subject.pronoun or "", subject.start, floor, speakers)

    def _reporter(self, subject: Subject) -> str | None:
        """The person whose reporting verb a he/she opens the clause of: `Smith said (that) he would ...`
        (not `told Jones he`, where "he" may be either), when the pronoun's gender allows that person."""
        sent = self._sentence(self._paragraph_at(subject.start), subject.start)
        toks = self.att.tokens(sent.start, subject.start)
        j = len(toks) - 1 - (len(toks) > 1 and toks[-1].low == "that")
        if j < 1 or not self.att.is_verb(toks[j]) or toks[j].low.endswith("ing"):
            return None
        if cuewords.reporting_verbs()[toks[j].low] in cuewords.object_verbs():
            return None
        found = self.att.subject_left(toks, j)
        if found is None or found.kind != "person" or found.mention is None or not found.mention.entity:
            return None
        entity = found.mention.entity
        want = PRONOUN_GENDER.get(subject.pronoun or "")
        if want is None or self.antecedents.gender.get(entity, want) != want:
            return None
        return entity if cuewords.given_name_gender(entity) in (None, want) else None

    def _clause_speaker(self, at: int) -> str | None:
        """Who a participle cue (`..., saying "`) belongs to: the subject of its sentence, or the speaker of
        the quotation before it in the sentence; for one opening its sentence, the speaker of the sentence
        before."""
        para = self._paragraph_at(at)
        sent = self._sentence(para, at)
        speakers = [(off, name) for off, name, _ in self.history if sent.start <= off < at]
        subjects = [(c.offset, c.entity) for c in self.subjects.between(sent.start, sent.start + 1)]
        pool = sorted(speakers + subjects[:1])
        if not pool and not self.text[sent.start : at].strip() and sent.start > para.start:
            # "Adding, "...": a participle opening its sentence goes on from the speaker just before
            before = self._sentence(para, sent.start - 1)
            pool = [(off, name) for off, name, _ in self.history if before.start <= off < sent.start]
        if pool and pool[-1][0] < at:
            toks = self.att.tokens(pool[-1][0], at)
            if self.att.subject_of_its_own(toks, 0, len(toks)):
                return None  # "X spoke near the hotel, where about 50 protesters had gathered, chanting"
        return pool[-1][1] or None if pool else None

    # --- records ---------------------------------------------------------------------------------

    def _quote(self, group: _Group, span: QuoteSpan) -> Quote:
        att = group.attribution
        quote = Quote(self.text[span.start : span.end], self.doc.id, span.paragraph, span.start, span.end)
        if att is not None:
            quote.speaker, quote.cue, quote.to = att.speaker, att.cue, att.to
            quote.rule = att.rule if span is group.spans[0] else f"continues ({att.rule})"
        quote.kind = self._kind(span, att)
        return quote

    def _title(self, span: QuoteSpan) -> bool:
        """A title or name in marks: 2-6 capitalised words inside a sentence, without sentence punctuation
        (`on ABC's "This Week"`, `the book "Stealing America"`)."""
        found = self._title_spans.get(id(span))
        if found is None:
            found = self._title_spans[id(span)] = self._embedded(span) and self._title_words(span)
        return found

    def _title_words(self, span: QuoteSpan) -> bool:
        """Whether a quotation's words could be a title's: 2-6 capitalised words, no sentence punctuation."""
        words = _WORD.findall(self.text, span.start, span.end)
        if not 2 <= len(words) <= TITLE_MAX_WORDS:
            return False
        inside = self.text[span.start : span.end]
        if inside.endswith(",") and _AFTER_THE.search(self.text, max(0, span.open_mark - 6), span.open_mark):
            inside = inside[:-1]  # `the cast of the "Land of Giants," the host said`: the sentence's comma
        if any(ch in ".,!?:;" for ch in inside):
            return False
        return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)

    def _kind(self, span: QuoteSpan, att: Attribution | None) -> str:
        """full: a sentence or more; partial: words embedded in a sentence; scare: short, with no cue, or
        a title."""
        if span.single:
            return "partial" if att or len(self.text[span.start : span.end].split()) > 1 else "scare"
        if not self._embedded(span):
            return "full"
        if self._title(span):
            return "scare"
        if att is None and len(self.text[span.start : span.end].split()) <= SCARE_MAX_WORDS:
            return "scare"
        return "partial"


def _reports_a_clause(found: tuple[Subject, Tok, list[Tok]]) -> bool:
    """Whether the cue word is followed by "that": it reports a clause of its own sentence."""
    _, cue, toks = found
    k = next((n for n, t in enumerate(toks) if t.start == cue.start), len(toks))
    return k + 1 < len(toks) and toks[k + 1].low == "that"


def _reports_its_own_clause(found: tuple[Subject, Tok, list[Tok]]) -> bool:
    """Whether a sentence that ends in its cue opens with a clause of its own before a comma and the
    subject (`The union will sit it out, Smith told Reuters.`): the cue reports that clause, not the
    quotation before the sentence; a short opening phrase (`Asked about it, Smith said.`) is none."""
    subject, _, toks = found
    before = [t for t in toks if t.start < subject.start]
    comma = next((k for k in range(len(before) - 1, -1, -1) if before[k].text == ","), None)
    return comma is not None and comma > OWN_CLAUSE_MIN
