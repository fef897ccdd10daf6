"""Help pledged or given at a place abroad, with no one named to receive it, helps the place's country;
a pledge to help at home, or to talk in a foreign capital, does not. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_pledge_to_build_abroad_helps_the_place_country(nlp):
    found = factual("China promised to help rebuild roads in northern Laos.")
    assert ("CHN", "LAO", "030") in found, found
    found = factual("France agreed to build a power plant in Senegal's capital Dakar.")
    assert ("FRA", "SEN", "030") in found, found


def test_a_pledge_to_build_at_home_has_no_place_target(nlp):
    found = factual("Brazil promised to rebuild roads in northern Amazonas.")
    assert not any(tgt == "BRA" and code.startswith("03") for _, tgt, code in found), found


def test_a_generic_plan_abroad_that_helps_no_one_has_no_place_target(nlp):
    found = factual("Egypt plans to hold talks with donors at a conference in Paris.")
    assert not any(tgt == "FRA" for _, tgt, _ in found), found
    found = factual("Kenya Airways plans to fly twice a week to Lagos with a stop in Accra.")
    assert not any(tgt == "GHA" for _, tgt, _ in found), found
