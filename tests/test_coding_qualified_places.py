"""Where a place lies, told by the words around its name: a town with its state or country after it ("in Maga,
Kebbi State"), a compass-named region of a country the story names ("the Northern Region" in a story on
Uganda), and compass names the actor lexicon no longer gives one country ("the North-West region").
Sentences are our own."""

from __future__ import annotations

from coding_cases import factual

from detente.coding.gazetteer import gazetteer
from detente.coding.places import find_place
from detente.coding.qualified_places import qualified_location


def test_a_town_followed_by_its_state_lies_in_that_state_not_in_a_larger_namesake_abroad(nlp):
    found = factual("Nigerian troops attacked a bandit camp in Maga, Kebbi State, on Tuesday.")
    assert ("NGA", "NGA", "190") in found, found
    assert not any(tgt == "CMR" for _, tgt, _ in found), found


def test_a_town_unknown_to_the_gazetteer_takes_the_country_of_its_qualifier(nlp):
    doc = nlp("Sudanese drones struck a market in Tine, a town in eastern Chad, killing 11 people.")
    place = find_place(next(doc.sents), doc[3])
    assert place is not None and place[0].country == "TCD", place


def test_a_qualifier_shared_by_a_namesake_picks_that_namesake(nlp):
    doc = nlp("Police arrested six men in Tripoli, Lebanon, on Friday.")
    place = find_place(next(doc.sents), doc[1])
    assert place is not None and place[0].country == "LBN", place


def test_a_country_qualifier_leaves_a_known_city_as_the_gazetteer_codes_it(nlp):
    doc = nlp("Rebels fired rockets at the outskirts of Smara in Western Sahara on Monday.")
    smara = doc[7:8]
    assert smara.text == "Smara"
    assert qualified_location(gazetteer(), smara, "Smara") is None
    doc = nlp("Rebels fired rockets at the outskirts of Bir Lahlou in Western Sahara on Monday.")
    found = qualified_location(gazetteer(), doc[7:9], "Bir Lahlou")
    assert found is not None and found.country == "ESH", found


def test_a_possessive_or_a_list_after_a_city_is_no_qualifier(nlp):
    doc = nlp("Two drivers are held by Belarusian officers in Grodno, Lithuania's foreign ministry said.")
    place = find_place(next(doc.sents), doc[4])
    assert place is not None and place[0].country == "BLR", place


def test_a_compass_named_region_is_the_one_of_the_country_the_story_names():
    places = gazetteer()
    assert places.generic_region("the Eastern Province", {"LKA"}).location.country == "LKA"
    assert places.generic_region("Eastern Province", {"ZMB", "USA"}).location.country == "ZMB"
    assert places.generic_region("the North-West region", {"CMR"}).location.country == "CMR"
    # no administrative word, or no country of the context has such a region: no place
    assert places.generic_region("the Far North", {"CMR"}) is None
    assert places.generic_region("the Eastern Province", {"FRA"}) is None


def test_a_compass_named_region_places_the_act_in_the_country_the_story_names(nlp):
    found = factual("Ugandan troops shelled rebel hideouts in the Northern Region, the army said.")
    assert ("UGA", "UGA", "194") in found, found


def test_a_compass_named_region_is_no_name_of_another_country(nlp):
    found = factual("Separatists kidnapped nine teachers near Kumbo, the governor of the North-West region said.",
                    codes=True)
    assert ("CMRREB", "CMREDU", "181") in found, found
    found = factual("Cameroon put the opposition leader under house arrest in the North-West Province.",
                    date="1992-10-28")
    assert not any(tgt == "ZAF" for _, tgt, _ in found), found


def test_a_bearing_from_a_place_lies_in_its_country(nlp):
    found = factual("Russian aircraft struck villages north of Gori overnight.", date="2008-08-12")
    assert ("RUS", "GEO", "190") in found, found
    found = factual("Israeli jets bombed hills east of Sidon on Wednesday.")
    assert ("ISR", "LBN", "195") in found, found
    found = factual("Houthi forces shelled army positions south of Marib city, killing three soldiers.")
    assert ("YEM", "YEM", "194") in found, found


def test_waters_off_a_place_are_not_in_it(nlp):
    found = factual("Taiwan's coast guard sent four patrol vessels to the waters east of Kinmen on Tuesday.")
    assert not any(tgt == "TWN" for _, tgt, _ in found), found


def test_a_nationality_the_tagger_reads_as_an_organisation_still_names_the_regions_country(nlp):
    doc = nlp("Sri Lankan troops shelled rebel hideouts in the Northern Province on Tuesday.")
    place = find_place(next(doc.sents), doc[3])
    assert place is not None and place[0].country == "LKA", place
