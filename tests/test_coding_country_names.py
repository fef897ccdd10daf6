"""A state's usual short name the gazetteer lists under another ("Burma", "Macedonia", "Bosnia") places an act
as the state's own name does (data/places_extra.tsv rows of kind country). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual

from detente.coding.gazetteer import COUNTRY, gazetteer


def test_short_names_are_countries():
    places = gazetteer()
    for name, code in (("Burma", "MMR"), ("Macedonia", "MKD"), ("Bosnia", "BIH"), ("Yugoslavia", "SRB"),
                       ("Palestine", "PSE"), ("Congo-Brazzaville", "COG")):
        found = places.candidates(name)
        assert found and found[0].kind == COUNTRY and found[0].location.country == code, (name, found)


def test_a_short_name_places_an_armed_group(nlp):
    found = factual("Government troops attacked rebels in eastern Burma on Monday.", codes=True, root=True)
    assert any(tgt == "MMRREB" for _, tgt, _ in found), found


def test_a_short_name_as_subject_stays_an_actor(nlp):
    found = factual("Bosnia expelled two Serbian diplomats.", root=True)
    assert ("BIH", "SRB", "16") in found or ("BIH", "SRB", "17") in found, found
