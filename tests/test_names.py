"""Name tokens: the abbreviations a name may carry ("Mr.", "Gen.") are read whole."""

from __future__ import annotations

from newscli.extract import names


def test_every_abbreviation_with_its_dot_is_one_token():
    # TOKEN tests an abbreviation's shape (a capital, lower-case letters) before the list: one of
    # another shape added to the list would silently stop matching.
    for abbr in set(names._ABBREVIATED):
        assert [m.group() for m in names.TOKEN.finditer(f"{abbr}. Lind")] == [f"{abbr}.", "Lind"], abbr


def test_a_mojibake_letter_is_part_of_its_word_and_repaired_for_display():
    text = "Enrique Pe\u00c3\u00b1a Nieto met Fran\u00c3\u00a7ois Hollande. \u00c3\u2030mile Zola."
    assert [m.group() for m in names.TOKEN.finditer(text)] == [
        "Enrique",
        "Pe\u00c3\u00b1a",
        "Nieto",
        "Fran\u00c3\u00a7ois",
        "Hollande",
        "\u00c3\u2030mile",
        "Zola",
    ]
    assert names.repaired("Enrique Pe\u00c3\u00b1a Nieto") == "Enrique Pe\u00f1a Nieto"
    assert names.repaired("\u00c3\u2030mile") == "\u00c9mile"  # a capital: its tail is a cp1252 sign
    assert names.repaired("Pe\u00f1a") == "Pe\u00f1a"  # nothing to repair
    assert names.key("Pe\u00c3\u00b1a Nieto") == names.key("Pe\u00f1a Nieto")
    # a guillemet after a name is no letter of it: only a lead letter takes a tail
    assert [m.group() for m in names.TOKEN.finditer("\u00abJean\u00bb Smith")] == ["Jean", "Smith"]


def test_a_given_name_read_without_its_accent_is_none_when_it_is_an_english_word():
    from newscli.extract.wordkinds import is_given

    assert is_given("Andre") and is_given("Peter") and is_given("Martin")  # "André"; names that are words
    assert not is_given("Age") and not is_given("Come")  # "Åge", "Côme": English words without accents
