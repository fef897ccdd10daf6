"""Peoples named by an ethnic word are coded where the sentence places them, states that came into
being later are their predecessor in older copy, and places the wire copy names as scenes of wars are
known. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.actors.data import code_on
from detente.coding import Coder
from detente.coding.gazetteer import gazetteer
from detente.records import Article


def coded(nlp, text: str, date: str | None) -> set[tuple[str, str | None, str]]:
    article = Article(id="t", paragraphs=[text], published=date)
    return {(m.source.code, m.target.code if m.target else None, m.event_code)
            for m in Coder.default().code_doc(nlp(article.text), article) if m.is_factual}


@pytest.mark.parametrize(("code", "date", "expected"), [
    ("SSDCVL", "1997-03-02", "SDNCVL"), ("SSD", "2011-07-08", "SDN"), ("SSDMIL", "2011-07-09", "SSDMIL"),
    ("ERIGOV", "1990-06-01", "ETHGOV"), ("ERI", "1998-06-01", "ERI"), ("SSDCVL", None, "SSDCVL"),
    ("KSVCVL", "1998-06-01", "KSVCVL"), ("TLSCVL", "1991-11-12", "TLSCVL"),
])
def test_a_state_not_yet_independent_is_its_predecessor(code, date, expected):
    assert code_on(code, date) == expected


def test_south_sudanese_places_before_independence_are_sudan(nlp):
    text = "Government troops shelled villages near Malakal in Upper Nile on Sunday, relief workers said."
    assert {t[:3] for _, t, _ in coded(nlp, text, "1996-02-11") if t} == {"SDN"}
    assert {t[:3] for _, t, _ in coded(nlp, text, "2016-02-11") if t} == {"SSD"}


def test_ethnic_nationality_modifier_names_a_people_placed_where_they_are(nlp):
    found = coded(nlp, "Macedonian police beat a dozen ethnic Albanian men in Tetovo on Friday.", "1997-07-04")
    assert ("MKDCOP", "MKDCVL", "182") in found
    assert not any(t and t.startswith("ALB") for _, t, _ in found)


def test_an_ethnic_group_of_a_kind_is_placed_too(nlp):
    found = coded(nlp, "Macedonian police beat a dozen ethnic Albanian students in Tetovo on Friday.", "1997-07-04")
    assert {t[:3] for _, t, _ in found if t} == {"MKD"}


def test_a_people_driven_from_a_region_is_of_that_region(nlp):
    found = coded(nlp, "Bosnian Serb troops drove thousands of Croats out of Prijedor last month.", "1993-08-02")
    assert {t[:3] for _, t, _ in found if t} == {"BIH"}


@pytest.mark.parametrize(("name", "country"), [
    ("the Drenica region", "KSV"), ("Krajina", "HRV"), ("Pankisi Gorge", "GEO"), ("Tawila", "SDN"),
    ("Ben Gurion International Airport", "ISR"), ("Jomo Kenyatta International Airport", "KEN"),
])
def test_scenes_and_airports_the_news_names_are_places(name, country):
    found = gazetteer().lookup(name)
    assert found is not None and found.country == country


def test_a_contested_border_oilfield_names_no_country():
    found = gazetteer().lookup("Heglig")
    assert found is not None and found.country is None


@pytest.mark.parametrize(("text", "expected"), [
    # a people noun is the one people news uses it for, wherever they live or act
    ("Settlers in the West Bank beat two Palestinian shepherds near Hebron on Saturday.", ("ISRCVL", "PSE", "182")),
    ("Masked settlers beat two Palestinian farmers near Hebron on Saturday.", ("ISRCVL", "PSE", "182")),
    # unless the phrase names its own nationality
    ("Moroccan settlers beat two Sahrawi shepherds near Laayoune on Saturday.", ("MARCVL", "ESH", "182")),
])
def test_settlers_are_israeli_civilians_unless_named_otherwise(nlp, text, expected):
    found = coded(nlp, text, "2025-10-11")
    assert any((s, t[:3], c) == expected for s, t, c in found if t), found
