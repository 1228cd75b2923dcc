"""Who said it: cues, their subjects, pronouns and a voice carried on; unknown when no rule is sure."""

from __future__ import annotations

import pytest

from newscli.config import Config
from newscli.corpus import load
from newscli.extract import people, quotes
from tests.conftest import ROOT, SEED_ID
from tests.test_quotes import extract

NAMES = {
    "Jane Doe": "Jane Doe",
    "Doe": "Jane Doe",
    "Mr. Roe": "Richard Roe",
    "Richard Roe": "Richard Roe",
    "Roe": "Richard Roe",
    "Ann Poe": "Ann Poe",
    "Poe": "Ann Poe",
}


def said(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, cue) of each quotation of a one-paragraph article."""
    return [(q.speaker, q.cue) for q in extract("Title\n\n" + text, NAMES)]


ROE_AND_QUILL = {"Mr. Roe": "Richard Roe", "Mr. Quill": "Tom Quill", "Tom Quill": "Tom Quill"}


def he_after(sentences: str) -> str | None:
    """Who "he" is in the quotation that follows `sentences` (Richard Roe and Tom Quill named)."""
    text = f'Title\n\n{sentences} "We will not wait," he said.'
    return extract(text, ROE_AND_QUILL)[-1].speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," Doe said.', ("Jane Doe", "said")),
        ('"We will win," said Doe.', ("Jane Doe", "said")),
        ('"We will win," said former state senator Jane Doe.', ("Jane Doe", "said")),
        ('Doe expects Mr. Roe to announce an "intensification" soon.', ("Jane Doe", "announce")),
        ('"We will win," said former Ohio Gov. and Party Committee Chairman Jane Doe.', ("Jane Doe", "said")),
        # a pair of names modifying the role of the person named after it
        ('"We will win," said Roe and Poe executive producer Jane Doe.', ("Jane Doe", "said")),
        ('"We will win," said Marks and Spencer chief executive Jane Doe.', ("Jane Doe", "said")),
        ('"We will win," said former Olympian and TV pundit Jane Doe.', ("Jane Doe", "said")),
        ('"We will win," said media and PR strategist Jane Doe.', ("Jane Doe", "said")),
        # a description set off after the speaker with no comma to close it
        ('"We will win." Mr. Roe, a party spokesman told reporters.', ("Richard Roe", "told")),
        ('However, Mr. Roe, an analyst at Acme said it was "over".', ("Richard Roe", "said")),
        ('"We will win," Mr. Roe, from the Acme Association told reporters.', ("Richard Roe", "told")),
        ('Mr. Roe, economist at Acme said it was "over".', ("Richard Roe", "said")),  # no article
        ('Mr. Roe, president and CEO of Acme said it was "over".', ("Richard Roe", "said")),
        ('Mr. Roe, the leader of the Roads and Rails Union said it was "over".', ("Richard Roe", "said")),
        ('Mr. Roe, aides at Acme said, "is very sure".', (None, "said")),  # a plural: the aides' cue
        ('"We will win." Mr. Roe, Acme Union health spokesman said.', ("Richard Roe", "said")),
        ('In a talk with Mr. Roe, the candidate stated it was "over".', (None, "stated")),  # not Roe's
        ('Mr. Roe, a top aide said, "is very sure".', (None, "said")),  # the aide's cue, set off itself
        ('Fools and Horses star Jane Doe criticised it as "too safe".', ("Jane Doe", "criticised")),
        ('Mr. Roe and Labour leader Jane Doe criticised it as "too safe".', (None, "criticised")),  # two
        ('Doe said: "We will win."', ("Jane Doe", "said")),
        ('Doe: "We will win."', ("Jane Doe", None)),
        ('"We will win," Jane Doe, a lawyer from Ohio, said.', ("Jane Doe", "said")),
        ('"We will win," Doe also told reporters.', ("Jane Doe", "told")),
        ('"We will win," said Doe afterwards.', ("Jane Doe", "said")),  # an adverb closing the cue
        ('"We will win," said Doe earlier this month.', ("Jane Doe", "said")),
        # letters after the name: "Jane Doe MP, ...," is Jane Doe, set off or not
        ('Its finance minister, Jane Doe MSP, said: "We will win."', ("Jane Doe", "said")),
        ('"We will win," Jane Doe QC, OBE said.', ("Jane Doe", "said")),
        ('"We will win," said Acme founder and chief executive Jane Doe.', ("Jane Doe", "said")),
        ('"We will win," said the founder and Jane Doe.', (None, "said")),  # no two roles: two voices
        ('Doe afterwards described it as "beautiful to watch".', ("Jane Doe", "described")),
        ('"We will win," Mr. Roe said on Tuesday.', ("Richard Roe", "said")),
        ('"We will win," according to Doe.', ("Jane Doe", "according to")),
        ('"We nearly lost," remembered Richard Roe, a former aide.', ("Richard Roe", "remembered")),
        ('Doe issued a statement, "We will win."', ("Jane Doe", "statement")),
        ('Voters backing Doe announced "a new era for the party."', (None, "announced")),
        ('After the ruling Jane Doe said: "We will win."', ("Jane Doe", "said")),
        ('"We will win," Doe went on.', ("Jane Doe", "went on")),
        ('"We will win," Doe boomed.', ("Jane Doe", "boomed")),
        ('"We will win," Doe chimed in.', ("Jane Doe", "chimed in")),
        ('Doe went on to promote "Our New Era," a book.', (None, None)),
        ('Jane Doe, a lawyer, sent a stern message to Roe: "We will win."', ("Jane Doe", "message")),
        ('Doe accused the mayor of "seeking to win at any cost."', ("Jane Doe", "accused")),
        ('"We will win." \u2015 Jane Doe', ("Jane Doe", None)),
        ("Doe went on the attack, saying, \u201cWe will win.\u201d", ("Jane Doe", "saying")),
        (
            "\u201cHer answer was, \u2018What can we do?\u2019\u201d Doe told reporters. It rained.",
            ("Jane Doe", "told"),
        ),
        ('Doe thanked the mayor for "keeping us all safe."', ("Jane Doe", "thanked")),
        ('"We will win," Doe, who ran twice, said.', ("Jane Doe", "said")),
        ('"We will win," Doe, after a long pause, said of the race.', ("Jane Doe", "said")),
        ('"We will win," Doe, the guru who founded the site tweeted on Monday.', ("Jane Doe", "tweeted")),
        ('"We thank the volunteers" for the victory, Doe said.', ("Jane Doe", "said")),
        ('"It is a dead heat," as Doe said on Monday.', ("Jane Doe", "said")),
        (
            '"Ads set the table" in contrast to years when campaigns did, says Doe, a scholar.',
            ("Jane Doe", "says"),
        ),
        (
            '"Boots on the ground" would be right, Republican candidate Doe said after the attacks.',
            ("Jane Doe", "said"),
        ),
        ('"It seems unlikely" that Roe can win, said Doe.', ("Jane Doe", "said")),
        ('Roe was asked by host Jane Doe whether it would risk "adding a program."', ("Jane Doe", "asked")),
        ('"Go back home," Doe barked.', ("Jane Doe", "barked")),
        ('"Is it true?" Doe pressed.', ("Jane Doe", "pressed")),
        # the words in marks are what Roe reports of Doe, in Roe's clause
        ('Roe said Doe reassured them that all would be "like a family."', ("Richard Roe", "said")),
        ('Roe said Doe told them: "Stay calm."', ("Jane Doe", "told")),  # Doe's words, reported
        ('"We will win," White House press secretary Jane Doe said.', ("Jane Doe", "said")),  # a noun
        # "continue to" is no speech of Roe's: the words are those of Doe's report
        ('Doe said she is sure Roe will continue to be "a champion."', ("Jane Doe", "said")),
        ('Doe criticised Roe after the debate, saying "he is weak."', ("Jane Doe", "saying")),  # no clause
        # a second verb after "but", past an adverb, shares the sentence's subject
        ('Doe backed the plan but said ministers had been "playing catch-up".', ("Jane Doe", "said")),
        ('Doe used to back Roe, but now said he had "the obligation to unite us".', ("Jane Doe", "said")),
        # a short phrase of time or place between the speaker and the verb
        ('Doe during a Sunday rally thanked them "for their support."', ("Jane Doe", "thanked")),
        ('Doe at the time said he would "look into" it.', ("Jane Doe", "said")),
        # words whose own cue follows them are not those of a cue cut off from them by a comma
        (
            'When Roe said at a rally that he would not want it, he "grabbed the mood," said Jane Doe.',
            ("Jane Doe", "said"),
        ),
        # a cue set in the sentence names its speaker, not the subject of what follows
        (
            'The trouble with Ann Poe, says Jane Doe, a historian, is that she was "the most powerful."',
            ("Jane Doe", "says"),
        ),
    ],
)
def test_a_cue_next_to_the_quotation_names_its_speaker(text, expected):
    assert said(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," the official said.',  # a noun phrase: the speaker is unknown
        'Doe, 52, is accused of "directing" the fraud.',  # a passive: the accusers' word, not hers
        '"We will win," Doe and Roe said.',  # two voices
        '"We will win," Senate leader Jane Doe and House Speaker Richard Roe said.',  # two voices
        'Poe, Lindqvist and Reuters\' Richard Roe argued that "it is fine."',  # three voices
        '"We will win," a Doe campaign aide said.',  # Doe's aide, not Doe
        '"We will win," said a friend of Doe.',
        'According to the Doe report the plan was "a waste".',  # the report is the source, not Doe
        '"We will win," Smith said.',  # a name the people index does not know
        'Doe posted it under a headline that said, "We won."',  # the headline's words
        # the campaign's message, not the words of Doe, the subject of the verb before it
        'Before Doe took the stage to acknowledge it, her campaign sent a message to fans saying: "Won!"',
        # a clause with its own subject stands between the speaker and the participle
        'Doe spoke near the hotel, where about 50 protesters had gathered, chanting "no peace."',
        'Doe asks a question as a maintenance guy walks in, saying he is "here to fix the wall."',
        'Doe wrote when Roe ended the debate with a film reference, remarking, "May the Force be with you."',
        'The crowd cheered. "We will win."',  # no cue and no voice to continue
        # the writer's question is answered by the quotation, not spoken by the one it cites
        'So is the plan dead, as Doe once declared? "No. It lives."',
        '"We will win," said the Governor and Sen. Poe.',  # two people: "and" joins no titles of one
        'Boos rose when Mr. Roe mentioned her, and at one point the crowd reprised the chant "Go home!"',
        'Doe presented the prize to Mr. Roe, leading him to quip he was "the talented one".',  # the one led
    ],
)
def test_no_rule_sure_means_no_speaker(text):
    assert [speaker for speaker, _ in said(text)] == [None]


def test_the_recipient_or_venue_is_kept():
    found = extract(
        'Title\n\n"A," Doe told Fox News Digital. Roe wrote in an op-ed: "B." "C," Doe said in a statement. '
        '"D," Doe told BBC Radio 4\'s Today programme.',
        NAMES,
    )
    assert [(q.speaker, q.cue, q.to) for q in found] == [
        ("Jane Doe", "told", "Fox News Digital"),
        ("Richard Roe", "wrote", "an op-ed"),
        ("Jane Doe", "said", "a statement"),
        ("Jane Doe", "told", "BBC Radio 4's Today"),  # a name with its number
    ]


@pytest.mark.parametrize(
    ("text", "to"),
    [
        ('Doe told the Daily Quill he had won: "We will win."', "the Daily Quill"),  # what is said: "he"
        ('"We will win," Doe told the council not long ago.', "the council"),
        ('Doe said in a letter to the council: "We will win."', "a letter"),
        ('Doe said to reporters: "We will win."', "reporters"),
        ('Doe was urged to leave and said: "We will win."', None),  # an infinitive, not a venue
    ],
)
def test_a_recipient_ends_where_what_was_said_begins(text, to):
    (quote,) = extract(f"Title\n\n{text}", NAMES)
    assert (quote.speaker, quote.to) == ("Jane Doe", to)


def test_he_added_refers_to_the_last_speaker():
    text = 'Title\n\n"First point," Richard Roe told reporters.\n\nHe added, "Second point."'
    assert [q.speaker for q in extract(text, NAMES)] == ["Richard Roe", "Richard Roe"]


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("Victims of the flood want answers.", "Richard Roe"),  # English words open the sentence
        ("He's known for his temper.", "Richard Roe"),  # a pronoun with its contraction goes on
        ("Sunday he finally gave in.", "Richard Roe"),  # a weekday
        ("Quimby wants answers.", None),  # perhaps a man the index does not know: no guess
        ("Mr. Roe's comments may have helped.", "Richard Roe"),  # a known name as a possessive
    ],
)
def test_a_sentence_opening_with_a_capitalised_word_blocks_a_pronoun_only_if_it_may_be_a_name(
    between, expected
):
    text = f'Title\n\nMr. Roe spoke first. {between}\n\n"We will not wait," he said.'
    assert [q.speaker for q in extract(text, NAMES)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Like Mr. Roe, Doe wants answers.", "Jane Doe"),
        ("Unlike Doe, Mr. Roe wants answers.", None),  # Doe only opens the sentence: no subject for "she"
    ],
)
def test_a_person_in_an_opening_phrase_is_not_the_sentence_subject(sentence, expected):
    text = f'Title\n\n{sentence}\n\n"We will not wait," she said.'
    assert [q.speaker for q in extract(text, NAMES)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mr. Roe said that Tom Poe would lose.", "Richard Roe"),  # Poe is inside Roe's report
        ("Mr. Roe told Tom Poe he would lose.", None),  # Poe is spoken to: either may speak next
        ("Mr. Roe said Tom Poe would lose, but the coach said he was wrong.", None),  # another voice
        ("When Mr. Roe said Tom Poe would lose, Poe laughed.", "Tom Poe"),  # the main clause's subject
        ("Mr. Roe insisted the words, made to Tom Poe, were a joke.", "Richard Roe"),  # an aside in it
        ('Mr. Roe said he had a "gutful" of it but Tom Poe rejected his comments.', None),  # Poe's clause
        ("Mr. Roe accused Tom Poe of lying.", None),  # the object of an object verb stays a rival
        # a relative clause after a comma is reported too
        ("Mr. Roe said it helped Ann Doe, who need not prove it as Tom Poe did years ago.", "Richard Roe"),
        ("Mr. Roe says Ann Doe, who ran with Tom Poe, will have the final say.", "Richard Roe"),
        ("Mr. Roe said he saw it in his family, most of whom thought Tom Poe had no shot.", "Richard Roe"),
    ],
)
def test_a_person_inside_what_the_candidate_reports_is_no_rival_for_he(sentence, expected):
    names = {"Mr. Roe": "Richard Roe", "Roe": "Richard Roe", "Tom Poe": "Tom Poe", "Poe": "Tom Poe"}
    names |= {"Ann Doe": "Ann Doe"}
    text = f'Title\n\n{sentence}\n\n"We will win," he said.'
    assert extract(text, names)[-1].speaker == expected  # the last quotation: the one of "he said"


@pytest.mark.parametrize(
    ("reporter", "expected"),
    [
        ("Mr Quorra denied", None),  # Okafor's words inside what Quorra denies: "he" may be either man
        ("Ms Quorra denied", "Tim Okafor"),  # she is no "he"
        ("It is said that", "Tim Okafor"),  # no one else reports Okafor
    ],
)
def test_a_speaker_inside_another_mans_report_is_no_sure_referent_for_he(reporter, expected):
    text = (
        "Title\n\nCritics include Tim Okafor and Sam Quorra.\n\n"
        f'{reporter} Mr Okafor, his transport spokesman, said the plans "stink". '
        'He also said the vote would be "close".\n'
    )
    doc = load("-", stdin_text=text).documents[0]
    found = quotes.extract(doc, people.extract(doc, Config()), Config())
    assert [q.speaker for q in found] == ["Tim Okafor", expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # he speaks of Quill, so he is not Quill; Quill named since leaves Roe unsure: no guess
        ("Mr. Quill is no rebel, he said.", None),
        ("Mr. Quill said he agreed.", "Tom Quill"),  # a he that reports a clause of its own
    ],
)
def test_the_person_a_closing_he_said_speaks_of_is_not_he(sentence, expected):
    assert he_after(f"Mr. Roe spoke first. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # someone unnamed cites the sentence: "he" may be that voice, and it is not Quill he speaks of
        ("Mr. Quill is no rebel, the party leader said.", None),
        ("Mr. Quill is no rebel, said a spokesman for the party.", None),
        ("Mr. Quill is no rebel, the party said.", "Tom Quill"),  # a party is no "he"
        ("Mr. Quill is fit again, but the Scot admitted he was unsure of him.", None),
        ("Mr. Quill, the party's chief whip said the vote was lost.", "Tom Quill"),  # Quill described
    ],
)
def test_a_sentence_an_unnamed_person_cites_gives_he_no_referent(sentence, expected):
    assert he_after(f"Mr. Roe spoke first. {sentence}") == expected


def test_a_description_speaking_where_no_person_is_the_subject_may_be_the_last_speaker():
    text = (
        'Title\n\n"I am happy here," said Mr. Quill. There was talk of a move, but the striker said he '
        'would stay. "We will not wait," he said.'
    )
    assert [q.speaker for q in extract(text, {"Mr. Quill": "Tom Quill"})] == ["Tom Quill", "Tom Quill"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # he is not Quill, whom he speaks of, and Quill, named only in what he cites, is no rival to Roe
        ('Mr. Quill has failed, he claimed, saying he has the "wrong answer" to it.', "Richard Roe"),
        # not set off after a clause of its own: "he" may well be Quill
        ('Mr. Quill has no doubt that the plan, he claims, is "ramming" it through.', "Tom Quill"),
        ('Mr. Quill is sure of it, in fact, he said it was "over".', "Tom Quill"),
    ],
)
def test_a_he_set_off_after_a_main_clause_is_not_its_subject(sentence, expected):
    names = {"Mr. Roe": "Richard Roe", "Mr. Quill": "Tom Quill"}
    assert [q.speaker for q in extract(f"Title\n\nMr. Roe spoke first. {sentence}", names)] == [expected]


def test_a_person_set_off_after_a_description_is_the_subject_for_he():
    # "Acme's leader, Richard Roe, ..." opens with a description: Roe is the subject, and Tom Poe, named
    # inside what Roe says, is no rival
    text = (
        "Title\n\nAcme's leader, Richard Roe, has said he is glad to see the back of Tom Poe.\n\n"
        '"He has ability," he said.'
    )
    names = {"Richard Roe": "Richard Roe", "Tom Poe": "Tom Poe"}
    assert [q.speaker for q in extract(text, names)] == ["Richard Roe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Costs are rising, which few expected, Mr. Roe said.",
        # an inverted cue with a long description after the name
        "Costs are rising fast for most firms, said Mr. Roe, head of third party services at Acme.",
        "Then, says Mr. Roe, the whole world found out.",  # a cue set off inside the sentence
        "The problem they face, said Mr. Roe, head of a firm, is teaching people to send them.",
    ],
)
def test_the_reporter_of_a_sentence_ending_in_its_cue_is_a_candidate_for_he(sentence):
    text = f'Title\n\n{sentence}\n\n"We will act," he said.'
    assert [q.speaker for q in extract(text, NAMES)] == ["Richard Roe"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Games can teach, said Mr. Roe.", "Richard Roe"),  # an inverted closing cue
        ("Doe said Tom Poe was not targeting just Mr. Roe.", None),  # not inverted: Poe and Roe rival
    ],
)
def test_the_person_an_inverted_closing_cue_names_is_a_candidate_for_he(sentence, expected):
    names = {"Mr. Roe": "Richard Roe", "Doe": "Jane Doe", "Tom Poe": "Tom Poe"}
    text = f'Title\n\n{sentence}\n\n"It is not just violence," he said.'
    assert [q.speaker for q in extract(text, names)] == [expected]


def test_a_pronoun_skips_a_person_of_the_other_gender():
    text = (
        "Title\n\n"
        "Mr. Roe spoke first and his aides clapped. Ann Poe answered her critics.\n\n"
        '"We will not wait," he said.'
    )
    assert [q.speaker for q in extract(text, NAMES)] == ["Richard Roe"]


@pytest.mark.parametrize(("clause", "expected"), [("that she replied", "Jane Doe"), ("he replied", None)])
def test_a_pronoun_opening_a_reported_clause_is_the_reporter_when_the_gender_allows(clause, expected):
    # Doe is not the sentence's subject, so "she" has no antecedent but the reporter of her clause
    text = f'Title\n\nThe board met on Monday, and Doe said {clause}: "We will win."'
    assert [q.speaker for q in extract(text, NAMES)] == [expected]


def test_a_given_name_of_the_generated_gender_lists_is_no_rival_of_the_other_gender():
    # "Betsy" is only on the generated list of women's names: she does not stand between Roe and "he"
    text = 'Title\n\nMr. Roe spoke first. Betsy Quorra answered. "We will not wait," he said.'
    names = {**NAMES, "Betsy Quorra": "Betsy Quorra"}
    assert [q.speaker for q in extract(text, names)] == ["Richard Roe"]


def test_a_name_given_in_quotation_marks_is_no_voice_between_a_speaker_and_her_words():
    text = (
        'Title\n\nDoe shared a syllabus for a course called "Seeing Things" online, '
        'writing "Allow me to help."'
    )
    assert [(q.speaker, q.cue) for q in extract(text, NAMES)] == [(None, None), ("Jane Doe", "writing")]


def test_a_participle_opening_its_sentence_goes_on_from_the_speaker_before():
    text = 'Title\n\nDoe said the plan was "too slow." Adding, "We can do better than that."'
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe", "Jane Doe"]


def test_someone_described_who_joins_in_breaks_the_voice():
    joins = 'Title\n\n"Come in," Doe said, and her husband cut in. "Sit down."'
    again = 'Title\n\n"Come in," Doe said. But her spokesman insisted she was late. "Sit down."'
    alone = 'Title\n\n"Come in," Doe said. "Sit down."'
    assert [q.speaker for q in extract(joins, NAMES)] == ["Jane Doe", None]
    assert [q.speaker for q in extract(again, NAMES)] == ["Jane Doe", None]
    assert [q.speaker for q in extract(alone, NAMES)] == ["Jane Doe", "Jane Doe"]


@pytest.mark.parametrize(
    "sentence",
    ["Marta Lindqvist disagreed with that view.", "Marta Lindqvist, for the other party, disagreed."],
)
def test_a_pronoun_after_an_unknown_name_stays_unknown(sentence):
    text = f'Title\n\n"First," Doe said.\n\n{sentence} "Second," she said.'
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe", None]


def test_a_quotation_with_no_cue_continues_the_voice_before_it():
    text = (
        "Title\n\n"
        '"First," Doe wrote in an op-ed.\n\n'
        "In the op-ed, Doe argued the point at length.\n\n"
        '"Second, with no cue of its own."'
    )
    found = extract(text, NAMES)
    assert [(q.speaker, q.rule) for q in found] == [("Jane Doe", "after"), ("Jane Doe", "same voice")]


def test_no_voice_is_carried_over_another_person():
    text = 'Title\n\n"First," Doe said.\n\nRoe rejected that.\n\n"Second, with no cue of its own."'
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe", None]


def test_later_words_of_a_sentence_share_its_cue():
    text = 'Title\n\nDoe said the plan was "reckless" and "a waste of money."'
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe", "Jane Doe"]


def test_later_words_another_person_reports_are_not_the_first_speakers():
    text = 'Title\n\nDoe said she left "with a clean record" but Mr. Roe branded her office "a mess".'
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe", "Richard Roe"]


def test_the_speaker_is_the_canonical_name_never_a_pronoun_or_surface_form():
    found = extract('Title\n\n"A," Doe said. "B," she added.', NAMES)
    assert {q.speaker for q in found} == {"Jane Doe"}


def test_the_seed_article_with_the_people_extractor():
    doc = next(d for d in load(str(ROOT / "seeds")).documents if d.id == SEED_ID)
    found = quotes.extract(doc, people.extract(doc, Config()), Config())
    got = {" ".join(q.text.split()[:2]): (q.speaker, q.cue) for q in found}
    assert got == {
        "heroic people": ("Vladimir Putin", "says"),
        "confront": ("Vladimir Putin", "says"),
        "Pyongyang has": ("Vladimir Putin", "wrote"),
        "Russia has": ("Vladimir Putin", None),
        "In his": ("Rebekah Koffler", "told"),
        "seeking to": ("Vladimir Putin", "accused"),
        "Putin will": ("Rebekah Koffler", "told"),
        "Kim Jong": ("Anthony Ruggiero", "told"),
        "The Biden": ("Anthony Ruggiero", "told"),
        "Kim is": ("Anthony Ruggiero", "added"),
    }


def test_a_cue_that_opens_the_next_quotation_is_not_the_one_before():
    text = 'Title\n\n"First," Doe said. "More of it."\nCampaign spokesman Richard Roe added, "Second point."'
    found = extract(text, NAMES)
    assert [(q.text, q.speaker) for q in found] == [
        ("First,", "Jane Doe"),
        ("More of it.", "Jane Doe"),
        ("Second point.", "Richard Roe"),
    ]


def test_a_cue_after_the_last_quotation_of_a_sentence_names_the_earlier_ones_too():
    text = 'Title\n\nGuns are "a crisis" and "a plague," Jane Doe, a lawyer, said on Monday.'
    assert [(q.speaker, q.rule) for q in extract(text, NAMES)] == [
        ("Jane Doe", "same sentence"),
        ("Jane Doe", "after"),
    ]


def test_a_title_in_marks_inside_the_description_does_not_stop_the_cue():
    text = "\u201cWe will win,\u201d Jane Doe, wearing \u201cVote Smith\u201d pins, said."
    assert said(text)[0] == ("Jane Doe", "said")


def test_an_unnamed_speaker_blocks_a_later_pronoun():
    text = 'Title\n\n"First," Roe said.\n\n"Second," the party leader said. "Third," he said.'
    assert [q.speaker for q in extract(text, NAMES)] == ["Richard Roe", None, None]


def test_an_honorific_that_contradicts_the_canonical_name_names_no_one():
    # The people index may fold "Mr. Poe" into a woman's full name; the honorific says otherwise.
    text = 'Title\n\n"We will win," Mr. Poe said.'
    assert [q.speaker for q in extract(text, {"Poe": "Ann Poe"})] == [None]


def test_a_speaker_named_after_a_description_set_off_by_commas():
    text = 'Title\n\n"We will win," Richard Roe\'s campaign manager, Jane Doe, told reporters.'
    names = {"Jane Doe": "Jane Doe", "Richard Roe": "Richard Roe"}
    assert [(q.speaker, q.cue) for q in extract(text, names)] == [("Jane Doe", "told")]


def test_a_cue_that_runs_into_the_next_quotation_yields_to_the_cue_before():
    text = 'Title\n\nDoe replies to Roe with, "Why now?" Roe then writes back, "You look fine."'
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe", "Richard Roe"]


def test_a_person_acting_between_a_cue_and_the_words_blocks_the_cue():
    text = 'Title\n\n"Not again," Roe tweeted after Doe argued for the third time that "we must act."'
    assert [q.speaker for q in extract(text, NAMES)] == ["Richard Roe", None]


def test_a_participle_after_a_that_clause_belongs_to_the_main_subject():
    text = 'Title\n\nDoe complained that Roe is too rigid, suggesting he sees it as "black and white."'
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe"]


def test_a_name_after_an_object_verb_or_a_preposition_is_not_the_speaker():
    thanked = 'Title\n\nMarta Lindqvist, a star of "Hits and Misses, Vol. 2," thanked Doe for the help.'
    assert [q.speaker for q in extract(thanked, NAMES)] == [None]
    told = 'Title\n\nRoe sent a stern message to Doe: "Stop attacking people."'
    assert [q.speaker for q in extract(told, NAMES)] == ["Richard Roe"]


def test_a_paragraph_quoting_no_one_and_ending_in_reported_speech_leads_into_the_quotation():
    text = (
        "Title\n\nRoe said that for decades critics had predicted a retreat, but it would not happen.\n\n"
        '"That is because this region matters most."'
    )
    assert [(q.speaker, q.rule) for q in extract(text, NAMES)] == [("Richard Roe", "reported before")]


def test_a_quotation_after_a_paragraph_that_quotes_someone_is_not_led_in_by_it():
    text = 'Title\n\nRoe said that "it would not happen," Doe recalled.\n\n"That is because it matters."'
    assert [q.rule for q in extract(text, NAMES)][1] != "reported before"


def test_a_colon_after_an_object_or_another_clause_names_no_speaker():
    to = 'Title\n\nOn Monday, Poe sent a stern message to Doe: "Stop attacking people."'
    assert [q.speaker for q in extract(to, {**NAMES, "Poe": "Ann Poe"})] == ["Ann Poe"]
    heckled = 'Title\n\n"There is a man with problems," Doe said as the heckler yelled: "You lose!"'
    assert [q.speaker for q in extract(heckled, NAMES)] == ["Jane Doe", None]
    described = (
        'Title\n\nLater, conservative commentator Jane Doe imagined Roe was thinking: "What have I done?"'
    )
    assert [q.speaker for q in extract(described, NAMES)] == ["Jane Doe"]


def test_a_sentence_subject_ends_before_its_verb():
    text = (
        "Title\n\n"
        '"We think it is overreach," Doe said. '
        'The union won\'t be representing Roe but will watch the case. "It is risky."'
    )
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe", None]  # not Roe


def test_a_bare_surname_the_index_missed_is_its_only_bearer():
    # The hand-made index below names "Marta Lindqvist" but not the later bare "Lindqvist".
    text = 'Title\n\nMarta Lindqvist spoke. "It is too early," Lindqvist said. The Lindqvist family agreed.'
    assert [q.speaker for q in extract(text, {"Marta Lindqvist": "Marta Lindqvist"})] == ["Marta Lindqvist"]


def test_a_surname_two_people_share_is_not_guessed():
    text = 'Title\n\nJane Doe and John Doe spoke. "It is too early to tell," Doe said.'
    assert [q.speaker for q in extract(text, {"Jane Doe": "Jane Doe", "John Doe": "John Doe"})] == [None]


def test_phrasal_cues_need_their_particle():
    assert said('"Let me talk," Doe shot back.') == [("Jane Doe", "shot back")]
    assert said('As Doe put it, "Hello, it is me."') == [("Jane Doe", "put it")]
    assert said('Doe put the money away. "It is safe."')[0][1] is None


def test_a_participle_belongs_to_the_person_its_clause_opens_with():
    walsh = (
        'Title\n\nLater, Reuters\' Jane Doe provided a justification, saying it is needed to "name names."'
    )
    assert [q.speaker for q in extract(walsh, NAMES)] == ["Jane Doe"]
    aide = 'Title\n\nIn May, Roe\'s aide, Jane Doe, reached out to them, writing in an email: "Use it."'
    assert [q.speaker for q in extract(aide, {"Jane Doe": "Jane Doe", "Roe": "Richard Roe"})] == ["Jane Doe"]
    object_ = (
        'Title\n\nPoe also attacked Richard Roe, with whom she clashed on Monday, calling him a "loser."'
    )
    assert [q.speaker for q in extract(object_, {**NAMES, "Poe": "Ann Poe"})] == ["Ann Poe"]


def test_a_participle_after_a_speech_noun_speaks_for_the_clause_subject():
    assert said('On Monday, Doe issued a statement saying Roe was "a remarkable person."')[0][0] == "Jane Doe"
    assert said('Roe\'s statement saying "it is over" surprised Doe.')[0][0] is None


def test_a_scare_quote_does_not_break_a_voice():
    text = (
        'Title\n\n"I do not know where he stands," Doe said. The event was a "No-Frills" barbecue. '
        '"Some sort of deal, I think."'
    )
    assert [(q.speaker, q.kind) for q in extract(text, NAMES)][1:] == [(None, "scare"), ("Jane Doe", "full")]


def test_a_dateline_is_not_a_sentence_subject():
    text = (
        "Title\n\nWASHINGTON \u2014 Sen. Jane Doe on Wednesday downplayed the attack \u2014 something that "
        'shook the party \u2014 and said it is like "a wise choice."'
    )
    assert [q.speaker for q in extract(text, {"Jane Doe": "Jane Doe"})] == ["Jane Doe"]


def test_a_participle_after_words_quoted_from_someone_else_names_no_one():
    text = 'Title\n\nPoe blamed the press for Roe\'s claim that Doe "set it up," saying they were unfair.'
    assert [q.speaker for q in extract(text, {**NAMES, "Poe": "Ann Poe"})] == [None]
    own = 'Title\n\nPoe described the vote as "a fantastic result," saying it was overdue.'
    assert [q.speaker for q in extract(own, {**NAMES, "Poe": "Ann Poe"})] == ["Ann Poe"]


def test_a_participle_after_the_object_of_to_or_at_belongs_to_the_subject():
    text = 'Title\n\nJane Doe tweeted back at Roe pointing out how odd it was: "Your plan is unrealistic."'
    assert [q.speaker for q in extract(text, {"Jane Doe": "Jane Doe", "Roe": "Richard Roe"})] == ["Jane Doe"]
    with_ = 'Title\n\nAides were quick to react, with Roe tweeting that it was "a disaster" for Poe.'
    assert [q.speaker for q in extract(with_, NAMES)] == ["Richard Roe"]


def test_an_object_verb_opening_the_words_after_a_title_names_no_speaker():
    text = 'Title\n\nMarta Lindqvist, a star of "Hits," thanked Doe for "keeping us safe."'
    assert [q.speaker for q in extract(text, NAMES) if q.text.startswith("keeping")] == [None]


def test_a_pronoun_never_names_a_person_whose_given_name_says_otherwise():
    # The index joined "Poe" to "Ann Poe"; "he" shows the text means someone else.
    text = 'Title\n\nPoe said he was angry, he was tired and he would go.\n\n"I am the catcher," he said.'
    assert [q.speaker for q in extract(text, {"Poe": "Ann Poe"})] == [None]


def test_a_possessive_names_the_speaker_of_the_words_it_owns():
    assert said('It is the pull of Doe\'s "if you like it, keep it" promise.') == [("Jane Doe", "promise")]
    assert said('Doe\'s response was: "Is it off?"') == [("Jane Doe", "response")]
    assert said('From Doe\'s Facebook post: "We must move on."') == [("Jane Doe", "post")]
    assert said('Doe\'s comments were "absurd and wrong."') == [(None, None)]  # words about them


def test_a_dash_before_the_words_introduces_them_like_a_colon():
    assert said('Doe also embraced the harsh methods -- "I think it is fine."') == [("Jane Doe", None)]


def test_is_quoted_as_saying_names_the_speaker():
    assert said('"Our method works," Doe is quoted as saying.') == [("Jane Doe", "saying")]


def test_a_voice_goes_on_past_a_person_named_only_as_an_object():
    text = (
        'Title\n\n"We will win," said Jane Doe, a nurse. In her home town, she will vote for Richard Roe '
        'next month. "It is not fair."'
    )
    names = {"Jane Doe": "Jane Doe", "Richard Roe": "Richard Roe"}
    assert [q.speaker for q in extract(text, names)] == ["Jane Doe", "Jane Doe"]


def test_a_name_used_as_a_modifier_is_no_participle_subject():
    assert said('The Doe campaign on Monday doubled down, saying she is fine "on paper" only.') == [
        (None, "saying")
    ]


def test_a_quotation_signed_in_the_next_paragraph_is_the_signer_s():
    text = 'Title\n\n"Big firms pay zero taxes."\n\n- Doe.\n\nThat claim is wrong.'
    assert [(q.speaker, q.rule) for q in extract(text, NAMES)] == [("Jane Doe", "dash")]


def test_a_capitalised_function_word_opening_a_sentence_is_no_unknown_name():
    text = (
        'Title\n\n"We tried," Doe said. It does not sound like Doe knows what comes next.\n\n'
        '"I have not thought about it," she said.'
    )
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe", "Jane Doe"]


def test_a_participle_after_upon_or_after_belongs_to_the_sentence_subject():
    assert said('Doe, a supporter, drew boos upon saying, "Roe heard the people."') == [
        ("Jane Doe", "saying")
    ]


def test_expressing_proposing_and_questioning_report_speech():
    assert (
        said('Doe expressed confidence that it would not be an issue "that will hurt us."')[0][0]
        == "Jane Doe"
    )
    assert (
        said('Doe is questioning whether Roe would have come "if it were held elsewhere."')[0][0]
        == "Jane Doe"
    )


def test_a_cue_running_into_the_next_quotation_yields_to_an_unnamed_cue_before():
    text = 'Title\n\nWhen someone in the crowd shouted, "Poe," Doe joked, "Come on up!"'
    assert [q.speaker for q in extract(text, NAMES)] == [None, "Jane Doe"]


def test_a_person_named_in_a_description_after_a_preposition_is_not_the_speaker():
    text = 'Title\n\nDan Wu, a spokesman for Speaker Jane Doe, said, "We will win."'
    assert [q.speaker for q in extract(text, NAMES)] == [None]


def test_a_participle_after_a_titled_object_of_to_belongs_to_the_writer():
    text = 'Title\n\nDoe wrote a letter to Attorney General Richard Roe asking him to end the "fiasco."'
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe"]


def test_a_participle_after_a_speech_noun_and_a_time_is_the_issuers():
    text = 'Title\n\nDoe released a statement Thursday night condemning "what appears to be an attack."'
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," said Roe\'s deputy campaign manager, Jane Doe, who ran the race.',
        '"We will win," said the mayor, Jane Doe.',
    ],
)
def test_an_inverted_cue_names_the_person_set_off_after_a_role(text):
    assert [q.speaker for q in extract(text, NAMES)] == ["Jane Doe"]


def test_a_person_after_a_preposition_that_reads_as_a_subordinator_is_not_the_participles_subject():
    text = 'Title\n\nSmith went after Doe on Wednesday over the taxes, calling it "disqualifying."'
    assert [q.speaker for q in extract(text, NAMES)] == [None]


def test_reacted_is_a_reporting_verb():
    text = 'Title\n\nJane Doe, the head of the agency, reacted coolly to the deal, "We are concerned."'
    assert said(text) == [("Jane Doe", "reacted")]


def test_a_title_after_the_may_end_in_the_sentences_comma():
    text = 'Title\n\nThe host joked about the cast of the "Land of the Lost Giants," and Jane Doe reacted.'
    assert [(q.kind, q.speaker) for q in extract(text, NAMES)] == [("scare", None)]


def test_a_question_is_not_cued_by_a_next_sentence_that_reports_a_clause():
    text = '"How do you bridge the divide?" the host asked. "And when?"\nDoe acknowledged that a rift exists.'
    assert said(text) == [(None, "asked"), (None, None)]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("Doe said.", "Jane Doe"),  # the next sentence is only its cue
        ("Asked about it, Doe said.", "Jane Doe"),  # a short opening phrase
        ("The union will likely sit out the election, analyst Jane Doe told Reuters.", None),  # its own
    ],
)
def test_a_next_sentence_ending_in_a_cue_cues_the_quotation_unless_it_reports_its_own_clause(after, expected):
    assert said(f'The mine was closed after her comment, "We will shut it down." {after}') == [
        (expected, "said" if expected else None)
    ]


def test_a_quotation_signed_below_past_a_title_is_the_signers():
    text = 'Title\n\n"Great speech. She is ready."\n\n-President Obama, tweeting after the speech.\n'
    assert [q.speaker for q in extract(text, {"Obama": "Barack Obama"})] == ["Barack Obama"]


def test_a_shared_surname_that_speaks_is_the_one_bearer_quoted_before():
    # the people index leaves a bare "Quorra" open (two of them); only Richard Quorra has spoken so far
    text = (
        'Title\n\n"We will win," Richard Quorra said. His sister, Ann Quorra, stayed home.\n\n'
        '"We will win again," Quorra said.\n'
    )
    doc = load("-", stdin_text=text).documents[0]
    entities = people.extract(doc, Config())
    assert any(m.text == "Quorra" and m.entity is None for e in entities for m in e.mentions)
    assert [q.speaker for q in quotes.extract(doc, entities, Config())] == ["Richard Quorra"] * 2


@pytest.mark.parametrize(
    ("modifier", "expected"), [("a Bill Reyes supporter", "Tom Okafor"), ("Bill Reyes", None)]
)
def test_a_name_modifying_a_noun_after_an_article_is_no_rival_for_he(modifier, expected):
    text = (
        f"Title\n\nBill Reyes spoke first.\n\nTom Okafor, {modifier}, said the vote was close.\n\n"
        '"We won," he said.\n'
    )
    doc = load("-", stdin_text=text).documents[0]
    found = quotes.extract(doc, people.extract(doc, Config()), Config())
    assert [q.speaker for q in found] == [expected]


def test_an_inverted_speaker_after_a_plural_possessive_is_the_speaker():
    text = 'Title\n\n"It will be close," said Quillbrokes\' Tom Quorra.\n'
    assert [q.speaker for q in extract(text, {"Tom Quorra": "Tom Quorra"})] == ["Tom Quorra"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("His party leader, Tom Quill, argued for cuts.", "Tom Quill"),  # a possessive opens the subject
        ("His spokesman argued for cuts.", None),  # someone unnamed: not Roe, named before
    ],
)
def test_a_sentence_opening_with_his_or_her_has_the_subject_after_it(sentence, expected):
    assert he_after(f"Mr. Roe spoke first. {sentence}") == expected


def test_a_few_words_quoted_inside_a_report_do_not_end_it():
    # Quill is named inside what Roe reports, past the quoted word: no rival for "he"
    assert he_after('Mr. Roe said it was not as "dramatic" as Mr. Quill believed.') == "Richard Roe"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mr. Roe beat Mr. Quill in the final.", "Richard Roe"),  # Quill: the object of Roe's verb
        ("Mr. Roe beat Mr. Quill, but Mr. Quill is unfazed.", None),  # Quill: a subject of his own
        ("Mr. Roe met Mr. Quill, who was there.", None),  # Quill: the subject of a clause of his own
        ("Mr. Roe asked Mr. Quill how high it would be.", None),  # the one asked answers
        ("Mr. Roe spoke. Mr. Quill was there.", "Tom Quill"),  # the latest subject
        ("Mr. Roe spoke. The rise of Mr. Quill made him wary.", None),  # the rise is the subject
        ("Mr. Roe, who has worked with stars including Mr. Quill, has backed it.", "Richard Roe"),
        ("Mr. Roe spoke. Chief Secretary to the Treasury Tom Quill attacked the plans.", "Tom Quill"),
        ("Mr. Roe spoke. He said that Mr. Quill may be interviewed.", "Richard Roe"),  # in what he reports
        ("Mr. Roe spoke. He met Mr. Quill.", None),  # Quill is not in what he reports
        ("Mr. Roe spoke. At a talk hosted by Mr. Quill, he said it was done.", "Richard Roe"),  # not Quill
        ("Mr. Roe spoke. The chief inspector of schools, Tom Quill QC, said so.", "Tom Quill"),
        ("Mr. Roe said that despite their rows, he and Mr. Quill became friends.", "Richard Roe"),
        # "comments" after "his other" is a noun, no other voice speaking up after Quill
        ("Mr. Roe, whose hero was Mr. Quill, stayed calm despite his other comments.", "Richard Roe"),
    ],
)
def test_a_person_the_subject_acts_on_or_speaks_of_is_no_rival_for_he(sentence, expected):
    assert he_after(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('He stood by the plan, saying it was "the right one".', "Richard Roe"),
        ('But he is not worried, insisting: "We will win."', "Richard Roe"),
        ('He went on to say: "We will win."', "Richard Roe"),
        # he opens no main clause here: the sentence's subject speaks
        ('Mr. Quill began the row when he brought up the vote and later said, "We will win."', "Tom Quill"),
    ],
)
def test_a_he_opening_the_sentence_is_the_subject_of_its_participle_or_to_say(sentence, expected):
    text = f"Title\n\nMr. Roe spoke on Monday. {sentence}"
    assert extract(text, ROE_AND_QUILL)[-1].speaker == expected


def test_an_unknown_name_a_relative_clause_describes_may_be_he():
    # "Quillsby, who ..." is someone the index does not know, so "he" may be him and not Roe
    assert he_after("Mr. Roe spoke first. Quillsby, who lost out to Mr. Roe, will face him again.") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Quill named only as a possessor, or inside an aside where Roe is the one asked: no rival
        ("Mr. Roe, asked about Mr. Quill's remark by reporters, said it was important.", "Richard Roe"),
        ("Mr. Roe was keen to distance himself from Mr. Quill's comments.", "Richard Roe"),
        ("Mr. Roe asked Mr. Quill about the remark.", None),  # Quill, asked, may answer
    ],
)
def test_a_person_named_as_a_possessor_or_in_an_aside_about_the_subject_is_no_rival(sentence, expected):
    assert he_after(sentence) == expected
