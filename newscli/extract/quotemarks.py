"""Quotation spans from quote marks: pairing, nesting, multi-paragraph quotes, lost closing marks.

One pass over each paragraph's marks, so the cost is linear in the number of marks. A mark's role
(opening or closing) comes from its shape when it is curly and from its neighbours when it is
straight. Conventions handled:

- a quotation that runs over several paragraphs: each paragraph opens it, only the last closes it;
- a quotation re-opened after a sentence end while still open (`... cut rates. "Dismal ...`), which is
  how a scraped page shows a multi-paragraph quote whose paragraph breaks were lost;
- nested quotes in single marks stay inside the outer quotation (single marks are only paired on
  their own in a headline, where they stand for double ones);
- a mark that is never closed ends at its paragraph's end, never later, and before a sentence of the
  writer's inside it: a cue that opens the next quotation (`... a Muslim. He added: "...`) or a named
  subject reporting "that" before a re-opening (`... regrets. Robinson also revealed that ... "We`)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscli.model import Document, Paragraph

DOUBLE_MARKS = '"\u201c\u201d'
_DOUBLE = re.compile('["\u201c\u201d]')
# Single marks that open or close a headline fragment: 'heroic people', 'confront'.
_SINGLE = re.compile("(?<![\\w\u2019'])['\u2018](?=\\w)([^'\u2018\u2019\n]*?[\\w.,!?])['\u2019](?!\\w)")
_LEADS = " \t\n([{\u2014\u2013-/" + DOUBLE_MARKS
_SENTENCE_END = ".!?\u2026"
_GAP_PUNCT = ",;:.!?\u2026)]}\u2014\u2013-'\u2019"
CUE_SENTENCE_MAX = 200  # characters of a sentence of the writer's that announces more words, at most
# A sentence of the writer's that announces more words: "He added:", "Mr Doe said:", "Doe also told them:".
_CUE_SENTENCE = re.compile(
    r"[.!?]\s+((?:He|She|(?:(?:Mr|Mrs|Ms|Dr)\.? )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)*)"
    r"(?: also| later| then)? ([a-z]+)(?: \w+){0,3}):\s*$"
)
# A sentence of the writer's reporting what a named person or body said: "Robinson also revealed that"
# (not a pronoun: a speaker who quotes someone says "He said that ...").
_REPORT_SENTENCE = re.compile(
    r"[.!?]\s+(?!(?:He|She|They|We|It|You)\s)((?:(?:Mr|Mrs|Ms|Dr)\.?\s)?[A-Z][\w'\u2019-]+"
    r"(?:\s[A-Z][\w'\u2019-]+)?)\s(?:also\s|later\s|then\s|further\s)?([a-z]+)\sthat\b"
)


@dataclass(slots=True)
class QuoteSpan:
    """The words inside one pair of marks (`start`/`end`), the marks' offsets, and how it was closed."""

    start: int
    end: int
    paragraph: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the quotation goes on or was never closed
    continues: bool = False  # carries on the quotation of the span before it (same voice)
    unclosed: bool = False  # its closing mark is missing: it was cut at the paragraph's end
    single: bool = False  # in single marks (a headline fragment)


_NON_SPACE = re.compile(r"\S")


def _opens_paragraph(text: str, i: int, para_start: int) -> bool:
    return _NON_SPACE.search(text, para_start, i) is None  # no copy of the prefix: linear on huge lines


def opens(text: str, i: int, para_start: int) -> bool:
    """Whether the mark at i opens a quotation: curly marks say so unless their neighbours contradict
    it (`word\u201c `); a straight one opens after space or an opening bracket, before a non-space."""
    if _opens_paragraph(text, i, para_start):
        return True
    before = text[i - 1]
    after = text[i + 1] if i + 1 < len(text) else " "
    lead = before in _LEADS or before.isspace()
    if text[i] == "\u201c":
        return lead or not (after.isspace() or after in _GAP_PUNCT)
    return lead and not after.isspace()


def _after_sentence_end(text: str, i: int, para_start: int) -> bool:
    """Whether the mark at i follows a finished sentence (`... rates. "Dismal`): a re-opening."""
    j = i - 1
    while j > para_start and text[j].isspace():
        j -= 1
    return j < i - 1 and text[j] in _SENTENCE_END


def _writers_sentence(pattern: re.Pattern[str], text: str, open_at: int, i: int) -> int | None:
    """Where a sentence of the writer's that `pattern` finds (its subject, then its reporting verb)
    starts inside the quotation open at `open_at`, before the mark at `i`: a cue that opens the next
    quotation (`"I have lost three years. He added: "They ...`) or a named report before a re-opening
    (`"... a few regrets. Robinson also revealed that ... "We`). A speaker does not announce their own
    next words so: the first quotation's closing mark was lost. None when there is no such sentence."""
    from newscli.extract.cuewords import reporting_verbs  # read only for these rare shapes

    verbs = reporting_verbs()
    return next((m.start(1) for m in pattern.finditer(text, open_at, i) if m.group(2) in verbs), None)


def _cue_sentence_before(text: str, open_at: int, i: int) -> int | None:
    """Where a writer's cue sentence ending in a colon right before the mark at `i` starts (`... lost
    three years. He added: "They`), inside the quotation open at `open_at`; None when there is none.
    Only a colon before the mark lets one end there, and such a sentence is short: the search reads
    the last CUE_SENTENCE_MAX characters, so that a quotation holding many marks is read in linear
    time, not once per mark from its start."""
    j = i - 1
    while j > open_at and text[j].isspace():
        j -= 1
    if text[j] != ":":
        return None
    return _writers_sentence(_CUE_SENTENCE, text, max(open_at, i - CUE_SENTENCE_MAX), i)


def _sentence_end(para: Paragraph, offset: int) -> int:
    """The end of the sentence holding `offset`: where a quotation whose closing mark was lost stops."""
    return next((s.end for s in para.sentences if s.start <= offset < s.end), para.end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _starts_with_mark(text: str, para: Paragraph) -> bool:
    return text[para.start] in DOUBLE_MARKS and opens(text, para.start, para.start)


def find_spans(doc: Document) -> list[QuoteSpan]:
    """Every quotation span of the document, in text order (repeated paragraphs are skipped)."""
    text, paras = doc.text, doc.paragraphs
    spans: list[QuoteSpan] = []
    carried = False  # the previous paragraph left a quotation open that this one re-opens
    for k, para in enumerate(paras):
        if para.repeat_of is not None:
            carried = False
            continue
        carried = _paragraph_spans(text, para, paras[k + 1] if k + 1 < len(paras) else None, carried, spans)
    if paras and paras[0].repeat_of is None:
        spans[:0] = _headline_spans(text, paras[0], spans)
    return spans


def _paragraph_spans(
    text: str, para: Paragraph, following: Paragraph | None, carried: bool, out: list[QuoteSpan]
) -> bool:
    """Append the spans of one paragraph; return whether its open quotation goes on in the next one."""
    open_at: int | None = None
    nested = 0
    continues = False
    for m in _DOUBLE.finditer(text, para.start, para.end):
        i = m.start()
        if open_at is None:
            if opens(text, i, para.start):
                open_at, nested = i, 0
                continues = carried and i == para.start
            continue  # a closing mark with nothing open: a stray or a typo
        if not opens(text, i, para.start):
            if nested:
                nested -= 1
                continue
            _emit(text, para, open_at, i, i, continues, out)
            open_at = None
        elif _after_sentence_end(text, i, para.start):
            if (cut := _writers_sentence(_REPORT_SENTENCE, text, open_at, i)) is not None:
                _emit(text, para, open_at, cut, None, continues, out, unclosed=True)  # its closing mark lost
                open_at, nested, continues = i, 0, False
            else:
                _emit(text, para, open_at, i, None, continues, out)  # re-opened: the same voice goes on
                open_at, nested, continues = i, 0, True
        elif (cue := _cue_sentence_before(text, open_at, i)) is not None:
            _emit(text, para, open_at, cue, None, continues, out, unclosed=True)  # its closing mark lost
            open_at, nested, continues = i, 0, False
        else:
            nested += 1
    if open_at is None:
        return False
    goes_on = following is not None and following.repeat_of is None and _starts_with_mark(text, following)
    end = para.end if goes_on else _sentence_end(para, open_at)
    _emit(text, para, open_at, end, None, continues, out, unclosed=not goes_on)
    return goes_on


def _emit(
    text: str,
    para: Paragraph,
    open_mark: int,
    end: int,
    close_mark: int | None,
    continues: bool,
    out: list[QuoteSpan],
    unclosed: bool = False,
) -> None:
    start, end = _trimmed(text, open_mark + 1, end)
    if end > start:
        out.append(QuoteSpan(start, end, para.index, open_mark, close_mark, continues, unclosed))


def _headline_spans(text: str, para: Paragraph, found: list[QuoteSpan]) -> list[QuoteSpan]:
    """Fragments in single marks in a headline (no sentence end inside), outside any double-quoted span."""
    if any(s.paragraph == para.index for s in found) or len(para.sentences) > 1:
        return []
    return [
        QuoteSpan(m.start(1), m.end(1), para.index, m.start(), m.end(1), single=True)
        for m in _SINGLE.finditer(text, para.start, para.end)
    ]
