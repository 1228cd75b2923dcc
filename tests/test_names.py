"""Name tokens: the abbreviations a name may carry ("Mr.", "Gen.") are read whole."""

from __future__ import annotations

from newscli.extract import names


def test_every_abbreviation_with_its_dot_is_one_token():
    # TOKEN tests an abbreviation's shape (a capital, lower-case letters) before the list: one of
    # another shape added to the list would silently stop matching.
    for abbr in set(names._ABBREVIATED):
        assert [m.group() for m in names.TOKEN.finditer(f"{abbr}. Lind")] == [f"{abbr}.", "Lind"], abbr
