"""The people extractor: mentions resolved to full names, roles with offsets, organisations and places."""

from __future__ import annotations

import pytest

from newscli.config import Config
from newscli.corpus import load
from newscli.errors import UsageError
from newscli.extract import people
from newscli.model import Document, Entity, Mention
from tests.conftest import ROOT, SEED_ID


def _doc(text: str) -> Document:
    return load("-", stdin_text=text).documents[0]


def _extract(text: str, config: Config | None = None) -> tuple[Document, list[Entity]]:
    doc = _doc(text)
    return doc, people.extract(doc, config or Config())


def _persons(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities if e.kind == "person"}


def _mentions(entities: list[Entity]) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity) for m in people.person_mentions(entities)]


@pytest.fixture(scope="module")
def seed() -> tuple[Document, list[Entity]]:
    doc = next(d for d in load(str(ROOT / "seeds")).documents if d.id == SEED_ID)
    return doc, people.extract(doc, Config())


def test_seed_people_and_nothing_else(seed):
    _, entities = seed
    assert set(_persons(entities)) == {
        "Vladimir Putin",
        "Kim Jong Un",
        "Kim Jong Il",
        "Kim Il Sung",
        "Josef Stalin",
        "Rebekah Koffler",
        "Anthony Ruggiero",
    }


def test_every_mention_is_its_words_in_the_text(seed):
    doc, entities = seed
    for ent in entities:
        for m in ent.mentions:
            assert doc.text[m.start : m.end] == m.text
            assert m.doc == doc.id
        for r in ent.roles:
            assert doc.text[r.start : r.end] == r.text


def test_surnames_possessives_and_headline_join_the_full_name(seed):
    doc, entities = seed
    putin = [m for m in people.person_mentions(entities) if m.entity == "Vladimir Putin"]
    assert {m.text for m in putin} == {"Vladimir Putin", "Putin"}
    assert putin[0].start == 0  # the headline's "Putin", before the full name appears
    possessive = doc.text.index("Putin's visit")
    assert any(m.start == possessive and m.end == possessive + 5 for m in putin)
    assert any(m.repeat for m in putin)  # the repeated headline is marked, not counted


def test_shared_surname_follows_the_context_and_the_family_is_no_person(seed):
    doc, entities = seed
    said = doc.text.index("Kim is comfortable")
    family = doc.text.index("Kim family")
    by_start = {m.start: m for m in people.person_mentions(entities)}
    assert by_start[said].entity == "Kim Jong Un"
    assert family not in by_start
    assert _persons(entities)["Kim Jong Un"].aliases == ["Kim"]


def test_seed_roles_carry_their_words(seed):
    _, entities = seed
    roles = {name: [(r.text, r.kind) for r in e.roles] for name, e in _persons(entities).items()}
    assert ("Russian President", "title") in roles["Vladimir Putin"]
    assert ("North Korean leader", "description") in roles["Kim Jong Un"]
    assert ("Kim Jong Un's father", "relation") in roles["Kim Jong Il"]
    assert ("communist revolutionary", "description") in roles["Kim Il Sung"]
    assert ("Soviet dictator", "description") in roles["Josef Stalin"]
    assert (
        "former U.S. Defense intel officer and strategic military analyst",
        "description",
    ) in roles["Rebekah Koffler"]
    assert ("Foundation for Defense of Democracies", "affiliation") in roles["Anthony Ruggiero"]


def test_seed_places_and_organisations_are_their_own_kinds(seed):
    _, entities = seed
    kinds = {(e.kind, e.name) for e in entities if e.kind != "person"}
    assert ("organisation", "Foundation for Defense of Democracies") in kinds
    assert ("organisation", "Fox News Digital") in kinds
    assert ("place", "North Korea") in kinds
    assert ("place", "Mount Paektu") in kinds


def test_hyphen_variants_are_one_person_and_a_bare_shared_surname_stays_unresolved():
    _, entities = _extract(
        "Kim Jong-un met officials. Kim Jong Un then praised Kim Jong Il, his late father. Kim spoke later."
    )
    found = _mentions(entities)
    assert found[:2] == [("Kim Jong-un", "Kim Jong Un"), ("Kim Jong Un", "Kim Jong Un")]
    assert ("Kim", None) in found  # both named in the same sentence: never guessed
    assert set(_persons(entities)) == {"Kim Jong Un", "Kim Jong Il"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane King won. King says it was hard.", [("Jane King", "Jane King"), ("King", "Jane King")]),
        ("Jane King won. The King said it was hard.", [("Jane King", "Jane King")]),  # a monarch
    ],
)
def test_a_lone_title_word_that_speaks_is_a_surname(text, expected):
    _, entities = _extract(f"Title\n\n{text}\n")
    assert _mentions(entities) == expected


def test_a_name_written_with_combining_accents_is_one_word():
    # "José García" decomposed (NFD): the accents are part of the words, not breaks between them
    doc, entities = _extract("Title\n\nJose\u0301 Garci\u0301a said it was sound. Garci\u0301a smiled.\n")
    name = "Jose\u0301 Garci\u0301a"
    assert _mentions(entities) == [(name, name), ("Garci\u0301a", name)]
    assert all(doc.text[m.start : m.end] == m.text for m in people.person_mentions(entities))


@pytest.mark.parametrize(
    ("sentence", "name", "roles"),
    [
        ("The death of Mark Anthony Quorra saw it postponed.", "Mark Anthony Quorra", []),
        ("Dutch Anna Quorra won.", "Anna Quorra", ["Dutch"]),  # a nationality before a given name
    ],
)
def test_a_given_name_that_is_an_english_word_too_opens_a_name(sentence, name, roles):
    # "mark" is an English word, yet before another given name it is one too ("Martin Luther King")
    _, entities = _extract(f"Title\n\n{sentence}\n")
    assert [(e.name, [r.text for r in e.roles]) for e in _persons(entities).values()] == [(name, roles)]


@pytest.mark.parametrize(
    "written",
    [
        "Jos\u00c3\u00a9 Garc\u00c3\u00ada",  # UTF-8 read as cp1252 ("JosÃ© GarcÃ\xada")
        "JosA\u0303\u00a9 GarcA\u0303\u00ada",  # the same, decomposed: "A" and a combining tilde
    ],
)
def test_a_name_in_mojibake_is_one_person_shown_repaired(written):
    surname = written.split()[1]
    doc, entities = _extract(f"Title\n\n{written} said it was sound. {surname} smiled.\n")
    assert list(_persons(entities)) == ["Jos\u00e9 Garc\u00eda"]
    assert [m.text for m in people.person_mentions(entities)] == [written, surname]
    assert all(doc.text[m.start : m.end] == m.text for m in people.person_mentions(entities))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ken Quorra spoke. Later Kenneth Quorra left.", 1),  # a short and a formal given name
        ("Ken Quorra spoke. Later Kenny Quorra left.", 2),  # two short forms: no link assumed
        ("Ken A. Quorra spoke. Later Kenneth A. Quorra left.", 1),
        ("John A. Quorra spoke. Later John B. Quorra left.", 2),  # other middle initials: another man
    ],
)
def test_short_and_formal_given_names_of_one_surname_are_one_person(text, expected):
    _, entities = _extract(f"Title\n\n{text}\n")
    assert len(_persons(entities)) == expected


def test_honorifics_titles_and_middle_initials_join():
    _, entities = _extract(
        "Prime Minister Tony Blair spoke. Mr Blair, the prime minister, later met George W. Bush.\n\n"
        "George Bush said Blair's plan was sound."
    )
    assert _mentions(entities) == [
        ("Tony Blair", "Tony Blair"),
        ("Blair", "Tony Blair"),
        ("George W. Bush", "George W. Bush"),
        ("George Bush", "George W. Bush"),
        ("Blair", "Tony Blair"),
    ]
    blair = _persons(entities)["Tony Blair"]
    assert [(r.text, r.kind) for r in blair.roles] == [
        ("Prime Minister", "title"),
        ("the prime minister", "appositive"),
    ]


def test_a_knight_or_dame_is_named_by_given_name_after_the_title():
    _, entities = _extract(
        "Sir Howard Quill spoke. Michael Howard left.\n\nSir Howard said it was over. Dame Ada Vell "
        "agreed and Dame Ada smiled. Sir Rupert waved."
    )
    assert _mentions(entities) == [
        ("Howard Quill", "Howard Quill"),
        ("Michael Howard", "Michael Howard"),
        ("Howard", "Howard Quill"),  # the knight's given name, not Michael Howard's surname
        ("Ada Vell", "Ada Vell"),
        ("Ada", "Ada Vell"),
        ("Rupert", "Sir Rupert"),  # no one of that given name: a person of their own, by the style
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Later on Wednesday Tony Quorra said no.", ("Tony Quorra", "Tony Quorra")),  # a time, then a name
        ("Later Tuesday Weld said no.", ("Tuesday Weld", "Tuesday Weld")),  # no given name follows
    ],
)
def test_a_weekday_inside_a_sentence_opens_no_name_before_a_given_name(text, expected):
    _, entities = _extract(f"Title\n\n{text}\n")
    assert _mentions(entities)[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Earlier Conservative Kit Quorra said it was a test.", "Kit Quorra", "Conservative"),
        ("Fellow Lib Dem Kit Quorra said so.", "Kit Quorra", "Lib Dem"),
        ("He said Scots Guardsman Kit Quorra will stand.", "Kit Quorra", "Scots Guardsman"),
        ("He said fellow Kentuckian Kit Quorra told him so.", "Kit Quorra", "Kentuckian"),
    ],
)
def test_a_party_or_rank_after_a_sentences_opening_word_is_a_role(text, name, role):
    _, entities = _extract(f"Title\n\n{text}\n")
    assert [(e.name, [r.text for r in e.roles]) for e in entities if e.kind == "person"] == [(name, [role])]


def test_a_peer_named_by_title_alone_keeps_the_title_in_the_name():
    _, entities = _extract(
        "Title\n\nLord Quillon said it was fair. Baroness Vell agreed. Mr Quorra left. "
        "Science Minister Lord Dravel nodded.\n"
    )
    assert [e.name for e in entities if e.kind == "person"] == [
        "Lord Quillon",
        "Baroness Vell",
        "Quorra",
        "Lord Dravel",  # the style the title ends in
    ]


@pytest.mark.parametrize(
    ("text", "org", "person", "title"),
    [
        ("He said Bank of England Governor Tam Vell would speak.", "Bank of England", "Tam Vell", "Governor"),
        (
            "The Council on Foreign Relations President Tam Vell spoke.",
            "Council on Foreign Relations",
            "Tam Vell",
            "President",
        ),
    ],
)
def test_a_titled_person_after_an_organisations_of_is_no_part_of_it(text, org, person, title):
    _, entities = _extract(f"Title\n\n{text}\n")
    assert [e.name for e in entities if e.kind == "organisation"] == [org]
    assert [(e.name, [r.text for r in e.roles]) for e in entities if e.kind == "person"] == [
        (person, [title])
    ]


def test_a_no_break_space_joins_a_name_and_the_name_keeps_a_plain_space():
    _, entities = _extract("FBI Director James\u00a0Comey said the review was over. Comey left.")
    assert _mentions(entities) == [("James\u00a0Comey", "James Comey"), ("Comey", "James Comey")]


def test_an_honorific_of_the_other_gender_does_not_join_a_given_name():
    _, entities = _extract(
        "Michelle Obama spoke on Monday. Mr. Obama said he agreed. Mrs. Obama smiled.\n\n"
        "Mr. Obama left.\n\nMichelle Obama stayed.\n\nObama waved."
    )
    assert _mentions(entities) == [
        ("Michelle Obama", "Michelle Obama"),
        ("Obama", "Obama"),  # another Obama, a man: not Michelle Obama
        ("Obama", "Michelle Obama"),
        ("Obama", "Obama"),
        ("Michelle Obama", "Michelle Obama"),
        ("Obama", None),  # either of them
    ]


def test_a_shared_surname_joins_the_only_one_named_earlier_in_its_paragraph():
    _, entities = _extract(
        "Melania Trump spoke first.\n\nDonald Trump spoke next. Later Trump said he would win."
    )
    assert _mentions(entities)[-1] == ("Trump", "Donald Trump")


def test_the_office_after_secretary_of_is_no_part_of_the_name():
    _, entities = _extract("Secretary of State John Kerry said no. Kerry left.")
    assert _mentions(entities) == [("John Kerry", "John Kerry"), ("Kerry", "John Kerry")]


def test_a_quoted_nickname_stays_out_of_the_name_and_names_the_person_too():
    _, entities = _extract('Bobby Scott spoke. Rep. Robert C. "Bobby" Scott said so. Scott left.')
    assert _mentions(entities) == [
        ("Bobby Scott", "Robert C. Scott"),
        ('Robert C. "Bobby" Scott', "Robert C. Scott"),
        ("Scott", "Robert C. Scott"),
    ]


def test_a_shared_surname_joins_the_one_named_recently_when_the_other_was_named_long_before():
    _, entities = _extract(
        "Tim Scott spoke first.\n\nA.\n\nB.\n\nC.\n\nD.\n\n"
        "Robert Scott spoke next.\n\nLater Scott said he would win."
    )
    assert _mentions(entities)[-1] == ("Scott", "Robert Scott")


def test_a_shared_surname_joins_the_only_one_named_so_far():
    _, entities = _extract(
        "Robert Scott spoke first.\n\nA.\n\nB.\n\nC.\n\nD.\n\nScott said he would win.\n\n"
        "Tim Scott disagreed."
    )
    assert _mentions(entities)[1] == ("Scott", "Robert Scott")


def test_a_place_name_right_after_a_person_of_that_surname_is_the_person():
    _, entities = _extract(
        '"We will win," Rep. Jim Jordan said.\n\nMills "got a deal," Jordan said.\n\nHe flew to Jordan.'
    )
    assert _mentions(entities) == [("Jim Jordan", "Jim Jordan"), ("Jordan", "Jim Jordan")]
    assert [e.name for e in entities if e.kind == "place"] == ["Jordan"]


def test_an_organisation_word_is_a_surname_where_the_document_shows_a_person_bears_it():
    _, entities = _extract(
        "Laura Masters chairs the panel.\n\n"
        '"We will win," Masters told reporters, adding that she expected a vote.\n\n'
        "Mayor Tom Guardian opened the fair. The Guardian reported it, and Guardian smiled."
    )
    assert _mentions(entities) == [
        ("Laura Masters", "Laura Masters"),
        ("Masters", "Laura Masters"),
        ("Tom Guardian", "Tom Guardian"),
        ("Guardian", "Tom Guardian"),
    ]
    assert [r.text for r in _persons(entities)["Tom Guardian"].roles] == ["Mayor"]
    assert "Guardian" in [e.name for e in entities if e.kind == "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        "Michael Foods reported a loss, and Michael Foods said its sales fell.",  # no he/she takes it up
        "Voters in Prince William County went to the polls. County said he would count.",  # a namesake title
        "British Davis Cup hopes rose. Cup said he would play.",  # a nationality is no title
    ],
)
def test_an_organisation_ending_in_a_given_name_and_an_organisation_word_stays_one(text):
    _, entities = _extract(text)
    assert not _persons(entities)


def test_a_given_name_and_a_place_word_that_is_a_family_name_are_a_person_where_the_context_says_so():
    _, entities = _extract(
        "Lewis Hall said the vote was close. Dora Hills, who runs the clinic, agreed. "
        "They met in Victoria Park and at Tanner Lane."
    )
    assert _mentions(entities) == [("Lewis Hall", "Lewis Hall"), ("Dora Hills", "Dora Hills")]
    assert {"Victoria Park", "Tanner Lane"} <= {e.name for e in entities if e.kind == "place"}


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("Alone with Mr. Tom Quill, the chief ''looked ashen,'' she said.", []),  # speech: no appositive
        ("Mr. Tom Quill, the author of ''Harlow Days,'' spoke.", ["the author of ''Harlow Days"]),
    ],
)
def test_an_appositive_holding_quoted_words_in_lower_case_is_none(sentence, roles):
    _, entities = _extract(sentence)
    assert [r.text for r in _persons(entities)["Tom Quill"].roles] == roles


def test_a_people_in_the_plural_before_a_name_is_no_role_of_it():
    _, entities = _extract("Title\n\nAmericans Tom Quill and Dan Reyes won. American Lara Quist lost.\n")
    roles = {name: [r.text for r in p.roles] for name, p in _persons(entities).items()}
    assert roles["Tom Quill"] == [] and roles["Lara Quist"] == ["American"]


def test_of_a_person_the_article_names_is_no_affiliation():
    _, entities = _extract(
        'Senator Tom Reyes quit. "It was never meant to be," said political scientist Lara Quist of Reyes.'
    )
    assert [(r.text, r.kind) for r in _persons(entities)["Lara Quist"].roles] == [
        ("political scientist", "description")
    ]


def test_an_appositive_role_may_hold_capitalised_words_and_two_roles():
    _, entities = _extract(
        "Lara Quist, a Reyes supporter and president of the Center for Progress, asked the panel. "
        "Tom Okafor, star of Bride and Groom, smiled. Zentrix, its chief and two managers, left."
    )
    assert sorted(_persons(entities)) == ["Lara Quist", "Tom Okafor"]


def test_delegate_is_a_title():
    _, entities = _extract('"It is wrong," said Del. Mary Okafor of the territory. Okafor left.')
    assert _mentions(entities) == [("Mary Okafor", "Mary Okafor"), ("Okafor", "Mary Okafor")]


def test_local_and_state_legislators_titles_are_not_part_of_the_name():
    _, entities = _extract("Assemblywoman Mary Okafor spoke, and Councilman Tom Reyes agreed.")
    assert _mentions(entities) == [("Mary Okafor", "Mary Okafor"), ("Tom Reyes", "Tom Reyes")]
    assert [r.text for r in _persons(entities)["Mary Okafor"].roles] == ["Assemblywoman"]


def test_a_title_in_the_plural_is_no_part_of_the_name():
    _, entities = _extract("Tom Reyes and Lara Quist ran. Together, Senators Reyes and Quist won the state.")
    assert _mentions(entities)[2] == ("Reyes", "Tom Reyes")
    assert sorted(_persons(entities)) == ["Lara Quist", "Tom Reyes"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("House Majority Whip Kevin Odell said so.", "Kevin Odell"),
        ("White House Counsel W. Neil Odell said so.", "W. Neil Odell"),
        ("But US Treasury Under-Secretary John Odell said so.", "John Odell"),  # not the Treasury's name
        ("US Undersecretary of State John Odell said so.", "John Odell"),
        ("Virgin Radio DJ Pete Odell said so.", "Pete Odell"),  # not the station's name
    ],
)
def test_a_whip_a_counsel_an_under_secretary_and_a_dj_are_titles(text, name):
    _, entities = _extract(text)
    assert _mentions(entities) == [(name, name)]


def test_appositives_ages_and_affiliations():
    _, entities = _extract(
        "Tim Cook, its chief executive, said sales rose. Analyst Jane Doe of Morgan Stanley agreed, "
        "and Dr. John A. Smith, 45, of the University of Leeds disagreed."
    )
    found = _persons(entities)
    assert [(r.text, r.kind) for r in found["Tim Cook"].roles] == [("its chief executive", "appositive")]
    assert ("Morgan Stanley", "affiliation") in [(r.text, r.kind) for r in found["Jane Doe"].roles]
    assert set(found) == {"Tim Cook", "Jane Doe", "John A. Smith"}  # not "Morgan Stanley": "Doe of ..."
    assert [e.name for e in entities if e.kind == "organisation"] == ["University of Leeds"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the Ministry of Defence said March would be busy.",
        "The Foundation for Peace and the Bank of England met in Geneva.",
        "Officials said North Korea and Russia would meet at Lake Geneva.",
        "Following the talks, Western leaders flew to Washington.",
        "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
        "South Carolina Republican primary voters say so.",  # a place and a party: no "Carolina"
        "Market leader Quorrix said its rival Vellcorp would lose.",  # roles firms hold too
        "Its US partner Quorrix Dairy and rival Vell Global lost ground.",  # ending in English words
        "But Age Concern said so, and Come Dancing won.",  # English words, given names only with accents
        "Visitors to Alton Quorra Towers and staff of Matrix Quill Advisors rose.",  # place, firm words
        "Sales at Vell Auto and Morgan Broadband fell.",
        '"They say, Mr. President, this is bad," he said.',  # a form of address, not a surname
        '"Losses will rise," said Swiss Quorr.',  # a nationality first: a firm named after its country
        '"It is over," said a South Carolina Democrat.',
        "Soldiers of the Royal Gurkha Rifles visited the Tate Gallery and the Stonewall Inn.",
        "Harris Interactive polled staff of Lawrence Livermore National Laboratory.",
        '"Sales rose," Retail Decisions said, and Five Live told listeners so.',  # English words, a cue
        "Quill Tobacco and Harlow Chemical said profits fell.",
        "Guests arrived at Rosa National Fairways on Friday.",
        "Fans of Roxy Music gave to Christian Aid after the Rose Bowl.",
        "Critics drew comparisons to Nazi Germany and to the German Embassy.",  # a nationality first
        "Title\n\nThe chief spoke. He said Ask Quorrix was keen. He believes Raw Quorra will win.",  # said
    ],
)
def test_places_organisations_weekdays_and_capitalised_openers_are_no_people(text):
    _, entities = _extract(text)
    assert _persons(entities) == {}
    assert _mentions(entities) == []


def test_a_role_firms_hold_too_shows_a_person_named_in_full():
    _, entities = _extract("Title\n\nJets owner Woody Vellan and rival Tom Quorra spoke.\n")
    assert set(_persons(entities)) == {"Woody Vellan", "Tom Quorra"}


def test_works_and_groups_are_no_people():
    _, entities = _extract(
        "She starred in the film Jenny Marsh last year. Jenny Marsh star Ann Lee won a prize.\n\n"
        "The band Lou Parker toured. Investment bank Morgan Quill has forecast a rise.\n\n"
        "Bookmakers Quillbrokes says she is the favourite."  # a plural kind of group opens the sentence
    )
    assert set(_persons(entities)) == {"Ann Lee"}


def test_a_role_set_off_after_a_name_with_a_possessive_shows_a_person():
    _, entities = _extract('Title\n\n"We will cut," Fathi Bin Quorra, Libya\'s oil minister, told Reuters.\n')
    assert set(_persons(entities)) == {"Fathi Bin Quorra"}


def test_letters_after_a_name_are_no_part_of_it():
    _, entities = _extract(
        "Title\n\nTory frontbencher Andrew Quorry MP demanded a statement. Guy Vellan QC said it was wrong.\n"
    )
    assert set(_persons(entities)) == {"Andrew Quorry", "Guy Vellan"}
    assert sorted(text for text, _ in _mentions(entities)) == ["Andrew Quorry", "Guy Vellan"]


def test_a_singular_calling_opening_the_sentence_leaves_the_person():
    _, entities = _extract("Title\n\nBroker Khalid Quorra said prices would rise.\n")
    assert set(_persons(entities)) == {"Khalid Quorra"}


def test_a_name_after_a_kind_of_place_and_of_or_an_mp_for_is_a_place():
    _, entities = _extract(
        "Protests grew in the city of Eddie Lopa, the poorest. Eddie Lopa is high up.\n\n"
        "Tom Vell grew up in New York, the state of Vell's younger years.\n\n"
        "Tony Vell, Labour MP for Harlow Quorry, spoke.\n"
    )
    assert set(_persons(entities)) == {"Tom Vell", "Tony Vell"}  # "the state of Vell's years": a possessive
    places = {e.name for e in entities if e.kind == "place"}
    assert {"Eddie Lopa", "Harlow Quorry"} <= places  # a constituency: "MP for Harlow Quorry"


@pytest.mark.parametrize(
    "sentence",
    [
        "Comedy duo Tom Quill and Dan Reyes presented the award.",  # a pair named: the members
        "Up front, open-side Tom Quill is fit and lock Dan Reyes returns.",  # a rugby position, no team
    ],
)
def test_a_group_noun_before_two_names_or_inside_a_word_names_no_group(sentence):
    _, entities = _extract(sentence)
    assert set(_persons(entities)) == {"Tom Quill", "Dan Reyes"}


def test_a_name_before_a_publication_noun_is_the_publication_unless_a_person_bears_it():
    _, entities = _extract(
        "The list began in 1982 in Quorbes magazine. Quorbes said he was rich, and Quorbes said he left.\n\n"
        "Tom Vell spoke. The Vell website was blocked, and Vell said he was sorry.\n"
    )
    assert set(_persons(entities)) == {"Tom Vell"}
    assert ("Vell", "Tom Vell") in _mentions(entities)


def test_a_counted_group_noun_names_no_group():
    # "one label Quorra resists": Quorra is the subject of a clause, not the name of a record label
    text = 'Title\n\nJane Quorra spoke. One label Quorra resists is "moderate." Quorra said so.\n'
    _, entities = _extract(text)
    assert ("Quorra", "Jane Quorra") in _mentions(entities)


def test_all_caps_headlines_only_name_people_known_from_the_text():
    _, entities = _extract(
        "CRICKET - LARA ENDURES ANOTHER MISERABLE DAY .\n\nBrian Lara scored 12 on Friday .\n"
    )
    assert _mentions(entities) == [("LARA", "Brian Lara"), ("Brian Lara", "Brian Lara")]


def test_user_aliases_join_and_split_names():
    config = Config(
        "newscli.yaml",
        {"aliases": {"Kim Jong Un": {"names": ["Kim Jong-eun"], "not": ["Kim"]}, "Tony Blair": ["T. Blair"]}},
    )
    _, entities = _extract(
        "North Korean leader Kim Jong-eun spoke. Kim praised the army. "
        "T. Blair, the prime minister, objected.",
        config,
    )
    assert _mentions(entities) == [("Kim Jong-eun", "Kim Jong Un"), ("T. Blair", "Tony Blair")]


def test_a_middle_name_joins_within_an_article_under_the_name_without_it():
    # the name other articles use is the key, so the corpus still finds one person
    _, entities = _extract("Dana Whitlock Quill spoke first.\n\nDana Quill said more. Quill left.\n")
    assert _mentions(entities) == [
        ("Dana Whitlock Quill", "Dana Quill"),
        ("Dana Quill", "Dana Quill"),
        ("Quill", "Dana Quill"),
    ]


def test_a_middle_name_does_not_join_across_articles():
    docs = ["Priya Owen Zandrow spoke.", "Priya Zandrow spoke."]
    merged = _persons(people.merge([people.extract(_doc(t), Config()) for t in docs]))
    assert set(merged) == {"Priya Owen Zandrow", "Priya Zandrow"}


def test_malformed_aliases_are_a_usage_error():
    with pytest.raises(UsageError, match="aliases"):
        people.extract(_doc("Tony Blair spoke."), Config("x.yaml", {"aliases": ["Tony Blair"]}))


def test_merge_joins_documents_and_folds_a_lone_surname():
    first = people.extract(_doc("Russian President Vladimir Putin spoke on Tuesday."), Config())
    second = people.extract(_doc("Mr Putin, the president, said little."), Config())
    merged = _persons(people.merge([first, second]))
    assert set(merged) == {"Vladimir Putin"}
    putin = merged["Vladimir Putin"]
    assert len(putin.mentions) == 2
    assert "Putin" in putin.aliases
    assert {r.text for r in putin.roles} == {"Russian President", "the president"}


def test_merge_keeps_an_ambiguous_surname_apart():
    docs = [
        "Kim Jong Un, the leader, spoke.",
        "Kim Il Sung, the founder, spoke.",
        "Mr Kim, the envoy, spoke.",
    ]
    merged = _persons(people.merge([people.extract(_doc(t), Config()) for t in docs]))
    assert set(merged) == {"Kim Jong Un", "Kim Il Sung", "Kim"}


def test_unresolved_mentions_are_kept_for_the_mentions_list_but_are_no_entity():
    _, entities = _extract("Kim Jong Un and Kim Jong Il met. Kim spoke.")
    holder = [e for e in entities if e.kind == people.UNRESOLVED]
    assert [m.text for m in holder[0].mentions] == ["Kim"]
    assert all(isinstance(m, Mention) and m.kind == "person" for m in holder[0].mentions)
    assert people.UNRESOLVED not in {e.kind for e in people.merge([entities])}


def test_a_title_word_after_a_personal_honorific_is_a_surname():
    from newscli.config import Config
    from newscli.extract import people
    from newscli.model import Document
    from newscli.text import mark_repeats, paragraphs

    text = "Title\n\nCharlie King, a pastor, spoke. Later Mr. King said more. The King of Spain came."
    doc = Document("d", text, "d")
    doc.paragraphs = paragraphs(text)
    doc.repeats = mark_repeats(text, doc.paragraphs)
    found = {(m.text, m.entity) for m in people.person_mentions(people.extract(doc, Config()))}
    assert ("King", "Charlie King") in found
    assert not any(e == "King" for _, e in found)


def test_a_full_name_whose_surname_speaks_alone_is_a_person():
    _, entities = _extract(
        "Title\n\nThe group is led by Zarvin Quillfeather, head of a trust.\n\n"
        '"We will win," Quillfeather said.'
    )
    assert _mentions(entities) == [
        ("Zarvin Quillfeather", "Zarvin Quillfeather"),
        ("Quillfeather", "Zarvin Quillfeather"),
    ]


def test_a_full_name_whose_surname_an_inverted_cue_names_is_a_person():
    # "Dravin" is on no list of given names; "said Quellet." shows that Quellet speaks
    _, entities = _extract('Title\n\nDravin Quellet won the final.\n\n"It was hard," said Quellet.')
    assert _mentions(entities) == [("Dravin Quellet", "Dravin Quellet"), ("Quellet", "Dravin Quellet")]


def test_what_is_left_of_a_longer_run_before_a_speech_verb_names_no_speaker():
    _, entities = _extract(
        "Title\n\nShares in Ask Zorblex fell, and Ask Zorblex paid a lot.\n\nAsk Zorblex said profits fell."
    )
    assert "Ask Zorblex" not in _persons(entities)


def test_mister_is_a_title():
    _, entities = _extract("Title\n\nFred Doe hosted the show Mister Doe's Place. Mister Doe said so.")
    assert set(_persons(entities)) == {"Fred Doe"}


@pytest.mark.parametrize("name", ["Okonkwo", "Carpenter"])  # a family name, also an ordinary word
def test_a_lone_surname_that_speaks_of_himself_is_a_person(name):
    _, entities = _extract(f"Title\n\nThe senator spoke at length.\n\n{name} said he would run again.")
    assert _mentions(entities) == [(name, name)]


def test_a_lone_word_the_text_only_capitalises_and_he_takes_up_after_two_cues_is_a_person():
    text = (
        "Title\n\nThe crowd cheered when Quorrax spoke.\n\n"
        '"We will win," Quorrax said, and he smiled.\n\n"It is ours," Quorrax added as he left.'
    )
    _, entities = _extract(text)
    assert _mentions(entities) == [("Quorrax", "Quorrax")] * 3


@pytest.mark.parametrize(
    "text",
    [
        'Title\n\nWhen Quorrax spoke, "we will win," Quorrax said, and he smiled.',  # one cue only
        "Title\n\nQuorrax said he would sell. Then Quorrax said its shares fell.",  # "it" takes it up
        "Title\n\nWhen Pebble spoke, Pebble said he would run. Pebble said he left. A pebble fell.",  # a word
    ],
)
def test_a_lone_word_the_text_may_not_name_a_person_by_stays_open(text):
    _, entities = _extract(text)
    assert _persons(entities) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nOkonkwo said its profits fell.",  # a firm: "it" takes it up
        "Title\n\nWill said he would run.",  # an ordinary word
    ],
)
def test_a_lone_cued_word_without_a_personal_pronoun_or_ordinary_is_no_person(text):
    _, entities = _extract(text)
    assert _persons(entities) == {}


def test_a_speaker_named_in_full_only_inside_a_show_is_a_person():
    _, entities = _extract(
        'Title\n\nDoe sat down with "The Rachel Quillfeather Show" on Monday.\n\n'
        '"Who else," Quillfeather said.'
    )
    assert _mentions(entities) == [("Quillfeather", "Rachel Quillfeather")]


def test_a_given_name_of_the_gender_lists_is_a_given_name_unless_it_is_an_english_word():
    # "Huma" is on the women's list only; "Amber" is a word as well, and a work's title may open with it
    _, entities = _extract("Huma Zandrow visited the plant on Monday. She read The Amber Lantern.\n")
    assert set(_persons(entities)) == {"Huma Zandrow"}


@pytest.mark.parametrize(
    "text",
    [
        "Zorvan Quillet, a spokeswoman for the Acme Group, disputed the figures.\n",
        "Zorvan Quillet, executive director of the Acme Group, disputed the figures.\n",
        "Zorvan Quillet, who runs the Acme Group, disputed the figures.\n",
        "Zorvan Quillet, the chairwoman of the Acme Group, disputed the figures.\n",
    ],
)
def test_an_appositive_naming_a_role_or_who_shows_a_person(text):
    _, entities = _extract(text)
    assert "Zorvan Quillet" in _persons(entities)


@pytest.mark.parametrize(
    "text",
    [
        "Zorvan Quillet, the owner of the site, disputed the figures.\n",  # also said of firms
        "Zorvan Quillet, set up by an army officer, disputed the figures.\n",  # no role's noun phrase
        "Zorvan Quillet, its chief and two managers disputed the figures.\n",  # a list
        "Scissor Quillet, who had the best-selling album, disputed the figures.\n",  # a word: a band
    ],
)
def test_an_appositive_that_names_no_persons_role_shows_no_person(text):
    _, entities = _extract(text)
    assert not _persons(entities)


def test_an_office_named_after_a_city_is_a_title_though_a_word_of_the_city_is_a_given_name():
    # "York" is also a given name: the name is what follows the office, not "York City ... Trish James"
    _, entities = _extract('"It is wrong," New York City Public Advocate Trish James said.\n')
    assert set(_persons(entities)) == {"Trish James"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Its deputy campaign manager, Rich Tamsin, agreed.", "Rich Tamsin"),
        ("Holdouts include the party's 2012 nominee, Mitt Fennimore.", "Mitt Fennimore"),  # at the end
    ],
)
def test_a_name_set_off_after_a_role_is_a_person(sentence, name):
    # "Rich" is an English word and "Mitt" no listed name, so the given name is no evidence; the role
    # before the comma is
    _, entities = _extract(f"Title\n\n{sentence}\n")
    assert set(_persons(entities)) == {name}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rich Andres, a spokesman for the firm, declined to comment.", {"Rich Andres"}),
        ("Following Andres, a spokesman for the firm, declined to comment.", set()),  # an opener
        ("Casino Royale, author Ann Lee's first book, is a hit.", {"Ann Lee"}),  # no family name
    ],
)
def test_an_english_word_opening_a_sentence_is_a_given_name_before_a_role_appositive(sentence, expected):
    _, entities = _extract(f"Title\n\n{sentence}\n")
    assert set(_persons(entities)) == expected


def test_an_office_named_after_its_county_is_a_title_before_the_name():
    _, entities = _extract("Harlow County Recorder Helen Quist said the count was late.\n")
    person = _persons(entities)["Helen Quist"]
    assert [r.text for r in person.roles] == ["Harlow County Recorder"]


def _family_article(relative_mentions: int, subject_alone: bool = True) -> str:
    again = "Quorra" if subject_alone else "Jane Quorra"
    subject = f"Jane Quorra opened the plant. {again} hired staff. {again} met unions. {again} cut costs.\n\n"
    subject += f"{again} won.\n\n"
    relative = "Her brother, Tom Quorra, came too." + " Tom Quorra stayed." * (relative_mentions - 1) + "\n\n"
    gap = "".join(f"The plant grew in year {n}.\n\n" for n in range(4))
    return "Plant news\n\n" + subject + relative + gap + "Quorra said it was worth it.\n"


def _last_mention(text: str) -> tuple[str, str | None]:
    _, entities = _extract(text)
    last = max(people.person_mentions(entities), key=lambda m: m.start)
    return last.text, last.entity


def test_a_shared_surname_is_the_one_the_article_already_calls_by_it():
    # news style names a namesake in full: the bare surname stays with the person it was used for
    assert _last_mention(_family_article(2)) == ("Quorra", "Jane Quorra")
    text = (
        "Rep. Alan Quist lost support. Quist denied it.\n\n"
        "His former wife, Lola Quist, filed reports against him. Later Quist refused to talk.\n"
    )
    assert _last_mention(text) == ("Quist", "Alan Quist")


def test_a_guess_among_namesakes_does_not_make_the_surname_theirs():
    # the guess "Quist" = Tom (named in the paragraph) is not a use of the bare surname for Tom, so
    # the last "Quist", far from both full names, stays unresolved
    gap = "".join(f"The plant grew in year {n}.\n\n" for n in range(4))
    text = f"Jane Quist spoke.\n\nTom Quist spoke. Later Quist left.\n\n{gap}Quist said no.\n"
    assert _last_mention(text) == ("Quist", None)


def test_a_shared_surname_is_the_articles_subject_when_it_dominates():
    # five mentions to one: the bare surname is the subject's, not the relative's named once in passing
    assert _last_mention(_family_article(1, subject_alone=False)) == ("Quorra", "Jane Quorra")


def test_a_shared_surname_stays_unresolved_when_no_one_dominates():
    assert _last_mention(_family_article(2, subject_alone=False)) == ("Quorra", None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Jane Quorra: why I stayed", "Jane Quorra"),  # the article's subject
        ("Jane Quorra and Tom Quorra stay", None),  # the title names both
        ("Mogul Quorra stays", None),  # a headline's capitals, named nowhere below: no one's full name
    ],
)
def test_a_shared_surname_is_the_person_the_title_names_in_full(title, expected):
    gap = "".join(f"The plant grew in year {n}.\n\n" for n in range(4))
    body = "Jane Quorra opened the plant. Her husband, Tom Quorra, came too. Tom Quorra stayed.\n\n"
    _, entities = _extract(f"{title}\n\n{body}{gap}Quorra said it was worth it.\n")
    last = max(people.person_mentions(entities), key=lambda m: m.start)
    assert (last.text, last.entity) == ("Quorra", expected)


def test_a_lone_speaking_word_that_is_a_family_and_a_given_name_is_a_person():
    # "Carter" is on both lists: taken up by "he" after a speech verb it is a speaker's surname,
    # unless it is the given name of someone the article names ("Carter Quorra")
    _, alone = _extract('"We will stay," Carter said. He smiled.\n')
    _, named = _extract('Carter Quorra arrived.\n\n"We will stay," Carter said. He smiled.\n')
    assert "Carter" in _persons(alone)
    assert "Carter" not in _persons(named)


def test_a_bare_given_name_is_the_only_person_of_the_article_so_named():
    text = 'Paula Quorra won the race.\n\nQuorra led from the start.\n\n"Paula ran well," her coach said.\n'
    _, entities = _extract(text)
    assert ("Paula", "Paula Quorra") in _mentions(entities)


def test_a_bare_given_name_stays_out_when_the_surname_never_stands_alone_or_two_share_it():
    # a surname never used alone may be a brand named like a person; two Paulas are ambiguous
    brand = 'Paula Quorra cars sold well.\n\n"Paula is fast," a dealer said.\n'
    two = 'Paula Quorra and Paula Zandrow ran.\n\nQuorra won, Zandrow lost.\n\n"Paula ran well," he said.\n'
    for text in (brand, two):
        _, entities = _extract(text)
        assert not [m for m in _mentions(entities) if m[0] == "Paula"]


def test_a_relative_named_by_first_name_does_not_claim_the_bare_surname():
    text = "Betsy Quorra spoke first.\n\nIn the hall Tom waved and Quorra smiled.\n\n"
    text += "Tom Quorra left.\n"
    _, entities = _extract(text)
    mentions = _mentions(entities)
    assert ("Tom", "Tom Quorra") in mentions
    assert ("Quorra", "Betsy Quorra") in mentions


def test_a_run_ending_in_a_people_in_the_plural_is_no_person():
    # a given name first ("Roman") or a cue before ("suggested") names no one when a people follows
    text = (
        "Roman Catholics met.\n\nThe report suggested Roma Czechs were turned away. David French wrote.\n\n"
        "Harlow Downs Tories said so, and Nando Torres agreed.\n"
    )
    _, entities = _extract(text)
    assert set(_persons(entities)) == {"David French", "Nando Torres"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mogul Quill backs band\n\nToby Quill, the music mogul, backs a band.\n\nQuill said so.\n",
            ["Toby Quill"],
        ),
        ("Plant news\n\nImpresario Dana Whitlock opened the show.\n", ["Dana Whitlock"]),
    ],
)
def test_a_role_word_opening_a_line_or_sentence_is_no_part_of_the_name(text, expected):
    _, entities = _extract(text)
    assert sorted(_persons(entities)) == expected


def test_a_common_word_after_a_title_in_the_headline_is_no_given_name():
    text = (
        "Right After Big-Name Senator Endorsed Quill, Rivals Struck\n\nSen. Jane Roe endorsed Donald Quill.\n"
    )
    _, entities = _extract(text)
    assert sorted(_persons(entities)) == ["Donald Quill", "Jane Roe"]
    assert ("Quill", "Donald Quill") in _mentions(entities)


def test_a_name_in_a_capitals_headline_is_displayed_as_the_text_writes_it():
    _, entities = _extract(
        "VOTERS TURN TO JANE OKAFOR\n\nJane Okafor won the vote in the city. Okafor was glad.\n"
    )
    assert _mentions(entities) == [
        ("JANE OKAFOR", "Jane Okafor"),
        ("Jane Okafor", "Jane Okafor"),
        ("Okafor", "Jane Okafor"),
    ]


def test_a_headline_run_splits_into_the_names_the_text_repeats():
    text = (
        "Jane Okafor Wins Ohio Primary Easily\n\n"
        "Jane Okafor won the primary election in Ohio by a wide margin on Tuesday.\n\n"
        "Former Ohio Gov. Tom Reyes is endorsing Jane Okafor.\n\n"  # a body line in Title Case too
        "Okafor said she was grateful.\n"
    )
    _, entities = _extract(text)
    assert sorted(_persons(entities)) == ["Jane Okafor", "Tom Reyes"]
    assert _mentions(entities)[0] == ("Jane Okafor", "Jane Okafor")
    assert "Ohio" in {e.name for e in entities if e.kind == "place"}


def test_a_headline_name_the_text_does_not_repeat_after_a_verb_is_a_run_of_its_own():
    text = (
        "Jane Okafor Praises Quorrix Labs\n\nJane Okafor spoke warmly of the firm on Tuesday in the city.\n"
    )
    _, entities = _extract(text)
    assert _mentions(entities) == [("Jane Okafor", "Jane Okafor"), ("Jane Okafor", "Jane Okafor")]


def test_a_headline_name_the_text_gives_after_a_description_is_found_in_the_headline():
    # the body's first line, heavy with names, is prose (lower-case words that a headline capitalises:
    # "praised", "press"), and its run "Billionaire Tom Quorra" names "Tom Quorra" of the headline
    text = (
        "Tom Quorra Praises Vellcorp's Editor Ann Lee: 'Very Good Reporter.'\n\n"
        "Billionaire Tom Quorra praised Vellcorp News' Political Editor Ann Lee at a press conference "
        "in Hanahan, South Carolina on Monday.\n\nQuorra said so.\n"
    )
    _, entities = _extract(text)
    assert {e.name: len(e.mentions) for e in _persons(entities).values()} == {"Tom Quorra": 3, "Ann Lee": 2}


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("Later, Cafod will host Mr Tom Quill's speech.", []),  # a modal: "host" is a verb
        ("In October Tory leader Tom Quill said so.", [("Tory leader", "description")]),  # no month
        ("Sheffield Wednesday manager Tom Quill left.", [("Sheffield Wednesday manager", "description")]),
        (
            "It was an attack on Labour's record and party leader Tom Quill.",
            [("party leader", "description")],
        ),
        (
            "Labour MP and former Cabinet minister Tom Quill spoke.",
            [("Labour MP and former Cabinet minister", "description")],
        ),
        ("Mr Zandrow accused shadow chancellor Tom Quill of cuts.", [("shadow chancellor", "description")]),
        (
            "The sale will give US tycoon Tom Quill control.",
            [("US tycoon", "description")],
        ),  # "give": no -ive word
        ("She beat Tom Quill at the Qatar Open.", []),  # an event, no employer
        ("Fans saw Tom Quill at the GOP convention.", []),  # a name modifying a noun
        ("Tom Quill at ZNN reports that it fell.", [("ZNN", "affiliation")]),
        (
            '"Sales fell," said Tom Quill at Zandrow Capital. The market fell.',
            [("Zandrow Capital", "affiliation")],
        ),
        (
            "Sen. Tom Quill of Ohio and Sen. Jane Roe of Texas voted.",
            [("Sen.", "title"), ("Ohio", "affiliation")],
        ),
        ("Tom Quill of Zandrow Bank on Tuesday said so.", [("Zandrow Bank", "affiliation")]),
        ("She beat Tom Quill at the Qatar Open on Tuesday.", []),  # a weekday ending the sentence
        ("It said so, he told the BBC. Club director Tom Quill agreed.", [("Club director", "description")]),
        ('"Sales fell," said Tom Quill at ZNN. In Europe it rose.', [("ZNN", "affiliation")]),
        ("Chancellor of the Exchequer Tom Quill said so.", [("Chancellor of the Exchequer", "title")]),
        ("Pres. Tom Quill said so.", [("Pres.", "title")]),  # abbreviated titles
        ("Brig. Tom Quill and Pte. Ann Quill said so.", [("Brig.", "title")]),
        ("Secretary of State Tom Quill said so.", [("Secretary of State", "title")]),
    ],
)
def test_a_description_or_affiliation_holds_only_the_role(sentence, roles):
    _, entities = _extract(f"Title\n\n{sentence}\n")
    person = _persons(entities)["Tom Quill"]
    assert [(r.text, r.kind) for r in person.roles] == roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at" a name after a person, like "of", makes it an organisation or place
        ("Analyst Tom Quill at Grace Lynch said so. Grace Lynch shares rose.", ["Tom Quill"]),
        # an article right before a whole name that ends a phrase: a product or firm
        ("Critics praised the Grace Lynch. The Grace Lynch has a fast chip.", []),
        # but not a name that modifies a noun, nor a figure of speech
        ("A Grace Lynch presidency would be odd, Grace Lynch said.", ["Grace Lynch"]),
        ("She is the Grace Lynch, or Tom Quill, of podcasting.", ["Grace Lynch", "Tom Quill"]),
    ],
)
def test_what_a_name_is_beside_a_person_or_an_article(text, expected):
    _, entities = _extract(f"Title\n\n{text}\n")
    assert sorted(_persons(entities)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before a role said of a person's staff is a person's ("Trump aide X")
        ("Donald Quill spoke first. Later, Donald Quill aide Tom Roe said so.", ["Donald Quill", "Tom Roe"]),
        # one before a role said of firms and works too is not ("William Hill spokesman X")
        ("Grace Lynch spokesman Tom Roe said so.", ["Tom Roe"]),
        # a role before a name: pundits, pollsters, contributors are people's roles too
        ("Fox News contributor George Will was there.", ["George Will"]),
        ("Blaze co-host Stu Quorra was there.", ["Stu Quorra"]),
        # a people in the plural is no person, even of two words
        ("Many immigrant New Yorkers protested.", []),
    ],
)
def test_roles_around_a_name_say_whether_it_is_a_person(text, expected):
    _, entities = _extract(f"Title\n\n{text}\n")
    assert sorted(_persons(entities)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Until December Zandrow will sell it.", []),  # a date, then a firm
        ("Then on 10 January Zandrow launched it.", []),
        ("In November Samuel Quill won the race.", ["Samuel Quill"]),
    ],
)
def test_a_month_or_weekday_after_a_time_preposition_is_a_date(sentence, expected):
    _, entities = _extract(f"Title\n\n{sentence}\n")
    assert sorted(_persons(entities)) == expected


def test_merge_joins_a_short_and_a_formal_given_name_of_a_surname_no_one_else_bears():
    docs = ["Vince Quorra, the spokesman, spoke.", "Vincent Quorra, the spokesman, left."]
    merged = _persons(people.merge([people.extract(_doc(t), Config()) for t in docs]))
    assert set(merged) == {"Vince Quorra"}  # named as often: the first one keeps the name
    assert "Vincent Quorra" in merged["Vince Quorra"].aliases
    # a third bearer of the surname: the two forms may be two people ("Jim" and "James Morrison")
    docs.append("Tom Quorra, the coach, spoke.")
    merged = _persons(people.merge([people.extract(_doc(t), Config()) for t in docs]))
    assert set(merged) == {"Vince Quorra", "Vincent Quorra", "Tom Quorra"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a field of players: the list says what an unknown name between two people is
        (
            "67 Mark Quill , Brian Zandrow , Tiger Woods , Steve Roe",
            ["Brian Zandrow", "Mark Quill", "Steve Roe", "Tiger Woods"],
        ),
        # not a band among musicians, whose last word is no family name
        ("with Mark Quill , Velvet Revolver , Steve Roe", ["Mark Quill", "Steve Roe"]),
    ],
)
def test_a_name_listed_between_two_people_is_a_person(line, expected):
    _, entities = _extract(f"Results\n\n{line}\n")
    assert sorted(_persons(entities)) == expected


@pytest.mark.parametrize("given", ["Warren", "Robin", "Miles", "Piers", "Woody", "Rod"])
def test_a_common_given_name_that_is_also_a_word_opens_a_full_name(given):
    # "warren", "robin", "miles" are English words too; as given names they open a full name
    _, entities = _extract(f"Title\n\nThe panel heard from {given} Quellet on Monday.\n")
    assert set(_persons(entities)) == {f"{given} Quellet"}


def test_a_nationality_after_an_honorific_is_a_family_name():
    # "Irish" alone names no one, but "Mr" puts no people before it: it is Oliver Irish's surname
    text = "Title\n\nOliver Irish, editor of Stuff, spoke. The Irish cheered. Mr Irish left.\n"
    _, entities = _extract(text)
    assert _mentions(entities) == [("Oliver Irish", "Oliver Irish"), ("Irish", "Oliver Irish")]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ('"It is bad," Acme spokesman Mike Lake told reporters.', {"Mike Lake"}),  # a role before it
        ("The talks were held at Victoria Lake on Monday.", set()),  # no role: the lake
    ],
)
def test_a_given_name_and_a_place_word_after_a_role_is_a_person(text, persons):
    _, entities = _extract(f"Title\n\n{text}\n")
    assert set(_persons(entities)) == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Title\n\nThe union met.\n\nJan Berry said the plan was wrong.\n", {"Jan Berry"}),
        ("Title\n\nThe union met.\n\nJan Doolittle said the plan was wrong.\n", set()),  # no family name
        ("Title\n\nPrices rose in Jan Berry growers said.\n", set()),  # a date after "in"
    ],
)
def test_a_month_that_is_a_given_name_opens_a_full_name_before_a_family_name(text, persons):
    _, entities = _extract(text)
    assert set(_persons(entities)) == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Title\n\nThe band played on, and Brian May took a bow.\n", {"Brian May"}),
        ("Voters May Decide\n\nThe vote is near.\n", set()),  # a headline's modal verb
    ],
)
def test_a_family_name_that_is_a_function_word_ends_a_full_name(text, persons):
    _, entities = _extract(text)
    assert set(_persons(entities)) == persons


def test_a_name_set_off_with_where_it_speaks_from_before_a_cue_is_a_person():
    # neither word is on a list; ", from <a body>, said" shows a person speaking
    _, entities = _extract('Title\n\nZorvan Quellet, from the Acme Safety Forum, said: "We will win."\n')
    assert set(_persons(entities)) == {"Zorvan Quellet"}
