"""The gazetteer: subdivisions, alternate spellings, ambiguous names read in context."""

from __future__ import annotations

import pytest

from detente.coding.places import REGION_WORDS, find_location, find_place, fold, gazetteer


def country(name: str, prefer: set[str] | None = None) -> str | None:
    found = gazetteer().lookup(name, prefer)
    return found.country if found else None


@pytest.mark.parametrize(("name", "code"), [
    ("Cabo Delgado province", "MOZ"), ("Paktika province", "AFG"), ("Paktika", "AFG"),
    ("Borno state", "NGA"), ("Khyber Pakhtunkhwa", "PAK"), ("Balochistan", "PAK"), ("Sindh", "PAK"),
    ("North Kivu", "COD"), ("Nord-Kivu", "COD"), ("Rakhine state", "MMR"), ("Sagaing region", "MMR"),
    ("Idlib province", "SYR"), ("Xinjiang", "CHN"), ("Alaska", "USA"), ("Northern Ireland", "GBR"),
    ("Gilgit-Baltistan", "PAK"),
])
def test_first_level_subdivisions_resolve(name, code):
    assert country(name) == code


def test_directional_subdivisions_give_their_common_region():
    # "North Darfur", "South Darfur" … make "Darfur"; a lone "North Bank" makes no "Bank"
    assert country("Darfur") == "SDN"
    assert country("the Darfur region") == "SDN"
    assert country("Kordofan") == "SDN"
    assert gazetteer().lookup("West Bank") is None or country("West Bank") != "GMB"


@pytest.mark.parametrize("word", sorted(REGION_WORDS - {"city", "town", "village", "area"}))
def test_region_words_after_a_name(word):
    assert country(f"Kherson {word}") == "UKR"
    assert country(f"the Donetsk {word}") == "UKR"


def test_region_word_prefers_the_region_over_its_city():
    assert gazetteer().place("Idlib province").kind == "subdivision"
    # the bare name is the city, with its coordinates
    bare = gazetteer().place("Idlib")
    assert bare.kind == "city" and bare.location.lat is not None


def test_accents_and_alternate_spellings():
    assert fold("Paktīkā") == "paktika" and fold("Nord-Kivu") == "nord kivu"
    assert country("Sao Paulo") == "BRA"
    assert gazetteer().lookup("Kiev").name == "Kyiv"
    assert country("Zaporizhzhia") == "UKR"


def test_countries_always_win():
    assert gazetteer().place("Georgia").kind == "country"
    assert country("Georgia", prefer={"USA"}) == "GEO"
    assert country("Niger") == "NER"
    assert country("Mexico", prefer={"MEX"}) == "MEX" and gazetteer().place("Mexico").kind == "country"
    assert not gazetteer().is_city("Georgia")
    assert gazetteer().is_city("Punjab") and gazetteer().is_city("Aleppo")


def test_big_cities_outrank_foreign_subdivisions():
    assert country("Gaza") == "PSE"   # not the Mozambican province
    assert country("Santiago") == "CHL"
    assert country("Bari") == "ITA"
    assert country("Ontario") == "CAN"  # the province, not the Californian city


def test_generic_and_nationality_names_are_no_subdivisions():
    for name in ("Red Sea", "Sahel", "Far North", "Cape", "Somali"):
        assert gazetteer().lookup(name) is None, name


def test_context_prefers_candidates_in_named_countries():
    assert country("Tripoli") == "LBY"
    assert country("Tripoli", prefer={"LBN"}) == "LBN"
    assert country("Punjab", prefer={"PAK"}) == "PAK"
    assert country("Punjab", prefer={"IND"}) == "IND"
    # a hamlet in the named country does not displace a capital
    assert country("Paris", prefer={"USA"}) == "FRA"
    assert country("London", prefer={"CAN"}) == "GBR"


def test_nationality_words():
    g = gazetteer()
    assert [g.nationality(w) for w in ("Sudanese", "Syrian", "Iraqi", "Afghans", "Lebanese", "Somali")] == [
        "SDN", "SYR", "IRQ", "AFG", "LBN", "SOM"]
    assert g.nationality("Korean") is None  # North or South


def _anchor(doc, lemma):
    return next(t for t in doc if t.lemma_ == lemma)


def test_find_place_reads_the_sentence_for_ambiguous_names(nlp):
    doc = nlp("Lebanese soldiers clashed with gunmen in Tripoli on Sunday.")
    sent = next(doc.sents)
    assert find_location(sent, _anchor(doc, "clash")).country == "LBN"
    doc = nlp("Libyan soldiers clashed with gunmen in Tripoli on Sunday.")
    assert find_location(next(doc.sents), _anchor(doc, "clash")).country == "LBY"


def test_find_place_reads_the_article_and_explicit_preferences(nlp):
    doc = nlp("Lebanon's army deployed in the north. Soldiers clashed with gunmen in Tripoli on Sunday.")
    sent = list(doc.sents)[-1]
    anchor = _anchor(doc, "clash")
    assert find_location(sent, anchor).country == "LBN"
    assert find_location(sent, anchor, prefer={"LBY"}).country == "LBY"


def test_find_place_names_subdivisions(nlp):
    doc = nlp("Insurgents attacked a village in Cabo Delgado province on Tuesday.")
    location, span, rank = find_place(next(doc.sents), _anchor(doc, "attack"))
    assert location.country == "MOZ" and "Cabo Delgado" in span.text and rank <= 1
