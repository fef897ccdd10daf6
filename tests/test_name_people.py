"""Unknown people's names in the parse-based entity labels (detente.name_people)."""

from __future__ import annotations

from detente.nlp.name_people import name_nouns, person_label
from detente.pipeline import code_text


def codes(text: str) -> set[tuple[str, str]]:
    return {(m.source.country, m.event_code) for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_seizing_an_unknown_named_person_is_an_abduction(nlp):
    # neither name is in the actor lexicon and no title leads it: the name still marks a person seized
    assert ("COL", "181") in codes("Colombian rebels seized Ricardo Mendoza near Cali on Friday.")
    assert ("YEM", "181") in codes("Houthi militiamen seized Abdullah Saleh Qasim in Sanaa.")


def test_names_of_bodies_and_places_are_not_people(nlp):
    doc = nlp("Envoys from the Kivu Liberation Front met Pierre Lumbala near Belet Huen District.")
    front = doc[3:6]
    district = doc[10:13]
    person = doc[7:9]
    assert person_label(front, False) is None
    assert person_label(district, False) is None
    assert person_label(person, False) == "PERSON"
    assert person_label(doc[7:8], False) is None  # one unknown word alone may be a place
    assert person_label(doc[7:8], True) == "PERSON"  # unless a title leads it
    assert "front" in name_nouns() and "district" in name_nouns()
