"""The timeline extractor on sentences: dates normalised, resolved against the published date, not guessed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli import text as segment
from newscli.config import Config
from newscli.errors import UsageError
from newscli.extract import timeline
from newscli.model import Document, Entity, Event, Mention

PUBLISHED = "2024-06-18"  # a Tuesday


def extract(
    body: str, date: str | None = PUBLISHED, config: Config | None = None, entities=()
) -> list[Event]:
    doc = Document("d", body, "test", date=date)
    doc.paragraphs = segment.paragraphs(body)
    doc.repeats = segment.mark_repeats(body, doc.paragraphs)
    events = timeline.extract(doc, list(entities), config or Config())
    for e in events:
        assert body[e.start : e.end] == e.expression  # provenance: the offsets are the words
    return events


def dates(body: str, date: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(e.expression, e.date) for e in extract(body, date)]


@pytest.mark.parametrize(
    ("sentence", "expression", "date", "precision"),
    [
        ("North Korea was founded in 1948 with Soviet help.", "1948", "1948", "year"),
        ("The deal was signed on June 18, 2024 in Seoul.", "June 18, 2024", "2024-06-18", "day"),
        ("The deal was signed on 18 June 2024 in Seoul.", "18 June 2024", "2024-06-18", "day"),
        ("The filing is dated 2024-06-18.", "2024-06-18", "2024-06-18", "day"),
        ("Prices peaked in March 1998, dealers said.", "March 1998", "1998-03", "month"),
        ("It was a hit in the 1990s.", "the 1990s", "199", "decade"),
        ("Sales slumped in the late 1970s.", "the late 1970s", "197", "decade"),
        ("The bloc formed in the 20th century.", "the 20th century", "19", "century"),
        ("The town was built in the 1800s.", "the 1800s", "18", "century"),
        ("He won in nineteen ninety-six.", "nineteen ninety-six", "1996", "year"),
        ("They met in the year two thousand.", "the year two thousand", "2000", "year"),
        ("Profits rose in the 1998-99 season.", "1998-99", "1998/1999", "year"),
        ("Rates fell in the first half of 2004.", "the first half of 2004", "2004-H1", "half"),
        ("Sales jumped at Christmas 2004.", "Christmas 2004", "2004-12-25", "day"),
        ("Profits doubled in Q3 2023.", "Q3 2023", "2023-Q3", "quarter"),
    ],
)
def test_absolute_dates(sentence, expression, date, precision):
    (event,) = extract(sentence, date=None)  # no published date needed
    assert (event.expression, event.date, event.precision, event.anchor) == (
        expression,
        date,
        precision,
        "absolute",
    )


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("Putin touched down in Pyongyang on Tuesday.", "Tuesday", "2024-06-18"),
        ("The talks ended on Friday without a deal.", "Friday", "2024-06-14"),
        ("The ministers will meet on Friday.", "Friday", "2024-06-21"),
        ("The minister resigned yesterday.", "yesterday", "2024-06-17"),
        ("Ministers will vote tomorrow.", "tomorrow", "2024-06-19"),
        ("The plant closed last week.", "last week", "2024-W24"),
        ("The law takes effect next month.", "next month", "2024-07"),
        ("Profits fell last year.", "last year", "2023"),
        ("He last visited two decades ago.", "two decades ago", "2004"),
        ("The rebels struck three days ago.", "three days ago", "2024-06-15"),
        ("The talks began in March.", "March", "2024-03"),
        ("The shop was raided in December.", "December", "2023-12"),
        ("The results are due in August.", "August", "2024-08"),
        ("The strike began last April.", "last April", "2024-04"),
        ("He was arrested on May 30.", "May 30", "2024-05-30"),
        ("The offer expires on Aug. 2.", "Aug. 2", "2024-08-02"),
        ("Sales rose in the third quarter.", "the third quarter", "2024-Q3"),
        ("The fair opens this summer.", "this summer", "2024-SU"),
        ("Unemployment rose earlier this year.", "earlier this year", "2024"),
        ("The shops were busy at Christmas.", "Christmas", "2023-12-25"),
        ("Sales fell in H1, the firm said.", "H1", "2024-H1"),
        ("Phones got smart in the noughties.", "the noughties", "200"),
    ],
)
def test_relative_dates_lean_on_the_published_date(sentence, expression, date):
    (event,) = extract(sentence)
    assert (event.expression, event.date, event.anchor) == (expression, date, "published date")


def test_a_span_counts_from_the_date_the_text_gave():
    events = extract("The firm was founded in 1990. Two years later it went bankrupt.")
    assert [(e.expression, e.date, e.anchor) for e in events] == [
        ("1990", "1990", "absolute"),
        ("Two years later", "1992", "earlier date"),
    ]


def test_a_year_earlier_does_not_drift_from_one_mention_to_the_next():
    events = extract(
        "Net income rose to $5m in the third quarter from $4m a year earlier. "
        "Sales rose to $9m from $8m a year earlier."
    )
    assert [e.date for e in events] == ["2024-Q3", "2023", "2023"]


def test_without_a_published_date_relative_dates_stay_unresolved_and_flagged():
    events = extract("Putin touched down on Tuesday, a year after the summit last month.", date=None)
    assert [(e.expression, e.date, e.anchor) for e in events] == [
        ("Tuesday", None, "unresolved"),
        ("last month", None, "unresolved"),
    ]


def test_a_published_year_alone_resolves_years_but_not_weekdays():
    assert dates("Profits fell last year but rose on Tuesday.", date="2024") == [
        ("last year", "2023"),
        ("Tuesday", None),
    ]


def test_vague_expressions_are_kept_without_a_date():
    events = extract("The army has recently moved troops, and is now at the border.")
    assert [(e.expression, e.date, e.anchor) for e in events] == [
        ("recently", None, "vague"),
        ("now", None, "vague"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expression", "date"),
    [
        ("Korea was divided at the end of World War II.", "the end of World War II", "1945"),
        ("Tensions date from the Cold War.", "the Cold War", "1947/1991"),
        (
            "The outbreak of the Second World War changed that.",
            "The outbreak of the Second World War",
            "1939",
        ),
        ("Statues from the Soviet era still stand.", "the Soviet era", "1922/1991"),
        ("After the fall of the Berlin Wall, trade grew.", "the fall of the Berlin Wall", "1989"),
    ],
)
def test_named_periods_come_from_the_table(sentence, expression, date):
    (event,) = extract(sentence)
    assert (event.expression, event.date, event.anchor) == (expression, date, "period table")


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "Great news: the US grew faster than after the Great Depression; New Year's Day was calm.",
            [("the Great Depression", "1929/1939"), ("New Year's Day", "2024-01-01")],
        ),
        (
            "The new year began after the First World War; world markets fell.",
            [("the First World War", "1914/1918")],
        ),
    ],
)
def test_words_that_open_names_are_dates_only_where_a_name_opens(body, found):
    # "great", "new" and "US" open period or holiday names only; "world" is a later word of one.
    assert dates(body) == found


def test_users_add_periods_in_their_config():
    config = Config(
        "newscli.yaml",
        {"periods": [{"name": "the Troubles", "aliases": ["Troubles"], "start": 1968, "end": 1998}]},
    )
    (event,) = extract("Many were killed during the Troubles in Belfast.", config=config)
    assert (event.expression, event.date, event.anchor) == ("the Troubles", "1968/1998", "period table")


@pytest.mark.parametrize(
    "entries",
    [
        "not a list",
        [{"name": "No start"}],
        [{"name": "Bad date", "start": "someday"}],
        [{"name": "Backwards", "start": 2000, "end": 1990}],
        [{"name": "Bad aliases", "start": 2000, "aliases": "one"}],
    ],
)
def test_a_malformed_periods_section_is_a_usage_error(entries):
    with pytest.raises(UsageError, match="periods"):
        extract("In 2000 it rained.", config=Config("newscli.yaml", {"periods": entries}))


# Numbers and words that look like dates but are not: none of them may become an event.
TRAPS = [
    "The area above the 38th parallel was governed by the Soviet Union.",
    "Some 2,000 troops crossed the border.",
    "The regime sent 2000 troops to the border.",
    "The painting sold for $2000 at auction.",
    "It costs £1999 and weighs 1500 kg.",
    "The motion was carried by 1948 votes to 1203.",
    "A 45-year-old man, aged 47, was held for 1500 hours.",
    "The man, aged 47, lives in room 1948.",
    "The match kicks off at 1930 GMT on the pitch.",
    "Shares were up 3% by 1030 GMT.",
    "It will be shown from 1130 to 1215 GMT.",  # the range's end says what both numbers are
    "The meeting starts at 10:30 am.",
    "Chelsea beat Arsenal 2-1 and led 1-0 at half time.",
    "The laptop runs Windows 2000 and is sold at Euro 2004 prices.",
    "He read it in the Sunday Times.",
    "May I ask a question?",
    "Theresa May spoke to reporters.",
    "Shares are expected to fall further.",
    "A quarter of the voters stayed at home.",
    "Flight No. 1948 landed safely.",
    "The figure was 1999.5 tonnes.",
    "He scored 2004 points in the season.",
    "In their twenties they travelled widely.",
    "Nearly 2000 people attended.",
    "Twelve hundred students protested.",
]


@pytest.mark.parametrize("sentence", TRAPS)
def test_traps_are_not_dates(sentence):
    assert [(e.expression, e.date) for e in extract(sentence) if e.anchor != "vague"] == []


def test_a_year_as_a_modifier_is_still_a_year():
    assert dates("Its 1990 earnings and the 2004 elections were discussed.", date=None) == [
        ("1990", "1990"),
        ("2004", "2004"),
    ]


def test_years_joined_before_a_count_stay_years():
    # only a measure after a range of four-digit numbers makes them clock times, not a count
    assert dates("In 1998 and 1999 profits fell; by 2010 and 40 million users.", date=None) == [
        ("1998", "1998"),
        ("1999", "1999"),
        ("2010", "2010"),
    ]


def test_people_named_in_the_sentence():
    body = "Putin last visited North Korea in 2000. Kim was young then."
    mention = Mention("d", 0, 5, "Putin", "Vladimir Putin")
    other = Mention("d", 40, 43, "Kim", "Kim Jong Un")
    entities = [
        Entity("Vladimir Putin", "person", mentions=[mention]),
        Entity("Kim Jong Un", "person", mentions=[other]),
    ]
    (event,) = extract(body, entities=entities)
    assert event.people == ["Vladimir Putin"]
    assert body[event.sentence_start : event.sentence_end] == "Putin last visited North Korea in 2000."


def test_events_in_repeated_lead_text_are_flagged():
    body = (
        "Putin lands in Pyongyang on Tuesday for talks with Kim about arms and trade deals\n\n"
        "Putin lands in Pyongyang on Tuesday for talks with Kim about arms and trade deals\n\n"
        "The visit is the first since 2000."
    )
    assert [(e.expression, e.repeat) for e in extract(body)] == [
        ("Tuesday", False),
        ("Tuesday", True),
        ("2000", False),
    ]


PIECES = [
    "May",
    "March 3",
    "1998-99",
    "'80s",
    "Tuesday,",
    "Oct.",
    "2024-13-45",
    "Feb. 30",
    "31st",
    "2099",
    "9/11",
    "third-quarter",
    "year-end",
    "nineteen",
    "two thousand",
    "mid-",
    "the end of",
    "a",
    "ago",
    "later",
    "Christmas",
    "1900s",
    "the nineties",
    "fall of",
    "the Berlin Wall",
    "\u2019",
    "\n\n",
    ",",
]


@given(
    st.lists(st.sampled_from(PIECES), max_size=12),
    st.sampled_from([None, "2024", "2024-02", "2024-02-29"]),
)
@settings(max_examples=300, deadline=None)
def test_any_mix_of_date_words_extracts_without_error(pieces, date):
    extract(" ".join(pieces), date=date)  # offsets are checked inside
