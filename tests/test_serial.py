"""The cache's JSON format: dataclasses as arrays, trailing defaults left out, read back as they were."""

from __future__ import annotations

from newscli import serial
from newscli.model import Entity, Event, Mention, Paragraph, Role, Sentence


def test_a_dataclass_is_an_array_of_its_fields_without_trailing_defaults():
    mention = Mention("d1", 0, 5, "Smith", "John Smith")
    assert serial.dumps(mention) == '["d1",0,5,"Smith","John Smith"]'
    assert serial.dumps(Mention("d1", 0, 5, "Smith", None, "person", True)) == (
        '["d1",0,5,"Smith",null,"person",true]'
    )


def test_nested_dataclasses_and_lists_round_trip():
    role = Role("MP", "d1", 0, 2, "title")
    ent = Entity("John Smith", "person", ["Smith"], [role], [Mention("d1", 3, 8, "Smith", "John Smith")])
    para = Paragraph(0, 0, 10, [Sentence(0, 4), Sentence(5, 10)])
    assert serial.loads(list[Entity], serial.dumps([ent])) == [ent]
    assert serial.loads(list[Paragraph], serial.dumps([para])) == [para]


def test_an_empty_tuple_is_left_out_like_the_empty_list_it_defaults_to():
    event = Event("2004", "d1", 0, 4, "2004", "year", "absolute", 0, 10, people=())  # type: ignore[arg-type]
    assert serial.dumps(event) == '["2004","d1",0,4,"2004","year","absolute",0,10]'
    event.people = ("A", "B")  # type: ignore[assignment]
    assert serial.dumps(event) == '["2004","d1",0,4,"2004","year","absolute",0,10,["A","B"]]'


def test_non_ascii_text_is_written_as_is():
    assert serial.dumps(["Zo\u00eb \u2019s \u00a3"]) == '["Zo\u00eb \u2019s \u00a3"]'


def test_without_cpythons_c_encoder_the_same_text_is_written(monkeypatch):
    import importlib
    import json.encoder

    mention = Mention("d", 0, 8, "Ana Lind", "Ana Lind")
    sample = [Entity("Ana Lind", "person", ["Lind"], [], [mention]), "é", None]
    expected = serial.dumps(sample)
    monkeypatch.setattr(json.encoder, "c_make_encoder", None)
    try:
        plain = importlib.reload(serial)
        assert plain.dumps(sample) == expected
    finally:
        monkeypatch.undo()
        importlib.reload(serial)
