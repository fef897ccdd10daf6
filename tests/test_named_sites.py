"""Named sites of conflict news (bases, airfields, nuclear sites, corridors, camps) stand for the country
they lie in, whether named alone or with their site noun; crossings on a border are left out.
Sentences are our own."""

from __future__ import annotations

from coding_cases import factual

from detente.coding.gazetteer import gazetteer


def test_sites_named_by_no_town_are_places():
    places = gazetteer()
    for name, country in (("Fordow", "IRN"), ("Hmeimim air base", "SYR"), ("Netzarim corridor", "PSE"),
                          ("Kerch bridge", "UKR"), ("Tolemaida", "COL"), ("Yongbyon", "PRK")):
        found = places.candidates(name)
        assert found and found[0].location.country == country, (name, found)
    assert not places.candidates("Torkham crossing")


def test_a_site_struck_stands_for_its_country(nlp):
    found = factual("Israeli warplanes bombed the Fordow enrichment site overnight.")
    assert ("ISR", "IRN", "195") in found, found
    found = factual("Rebels shelled the Tolemaida base on Sunday.", codes=True)
    assert any(tgt == "COL" and code.startswith("19") for _, tgt, code in found), found


def test_a_site_named_after_a_person_with_its_noun_is_a_place(nlp):
    found = factual("Houthi rebels fired a missile at Ben Gurion airport.")
    assert any(tgt == "ISR" and code.startswith("19") for _, tgt, code in found), found
    found = factual("Iran fired missiles at Nevatim air base on Tuesday.")
    assert any(tgt == "ISR" and code.startswith("19") for _, tgt, code in found), found
