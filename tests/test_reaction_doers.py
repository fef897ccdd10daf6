"""Reactions to an act named by an event noun aim at the act's doer, not at those it befell; a capital's
possessive names the doer of a nominal event; "met with a protest from X" is X's reaction. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_reaction_drawn_by_an_act_aims_at_its_by_phrase(nlp):
    found = factual("The expulsion of two Iranian diplomats by Baku drew a protest from Tehran.")
    assert ("IRN", "AZE", "114") in found
    assert not any(s == "IRN" and t == "IRN" for s, t, _ in found)


def test_a_condemned_act_aims_at_its_doer_not_its_victims(nlp):
    found = factual("France condemned the arrest of a French aid worker by Malian soldiers.")
    assert ("FRA", "MLI", "111") in found
    found = factual("Canada welcomed the release of two Canadian citizens by the Chinese authorities.")
    assert ("CAN", "CHN", "051") in found


def test_a_by_phrase_hung_deeper_in_the_acts_phrase_is_still_its_doer(nlp):
    found = factual("Last week's jailing of four Australian tourists for trespassing by a Vietnamese court "
                    "drew condemnation from Canberra.")
    assert ("AUS", "VNM", "111") in found


def test_a_protest_made_to_a_summoned_envoy_is_not_aimed_at_the_recipient(nlp):
    found = factual("Vilnius summoned the Belarusian envoy to protest against the delivery of fuel to Russia.")
    assert ("LTU", "BLR", "114") in found
    assert not any(t == "RUS" for _, t, _ in found)


def test_a_capitals_possessive_is_the_doer_of_a_nominal_event(nlp):
    assert ("DEU", "RUS", "173") in factual("Berlin's arrest of a Russian spy angered Moscow.")
    assert ("USA", "VEN", "163") in factual("Washington's sanctions on Caracas have deepened the crisis, "
                                            "Venezuela said.")


def test_an_act_met_with_a_reaction_is_answered_by_whoever_reacted(nlp):
    assert ("BLR", "POL", "114") in factual("Warsaw's closure of the border crossings was met with a formal "
                                            "protest from Minsk.")
    assert ("NGA", "AUT", "051") in factual("Vienna's decision to return the artefacts to Nigeria was met with "
                                            "praise from Abuja.")


def test_welcoming_an_agreement_answers_both_its_parties(nlp):
    found = factual("Sudan and Chad agreed to a ceasefire on Monday after two days of border clashes. "
                    "The African Union welcomed the truce on Tuesday.")
    assert ("IGO", "SDN", "051") in found and ("IGO", "TCD", "051") in found
    found = factual("Peru and Bolivia signed a water-sharing agreement in La Paz. Chile praised the deal.")
    assert ("CHL", "PER", "051") in found and ("CHL", "BOL", "051") in found


def test_a_party_reacting_to_its_own_agreement_answers_only_the_other(nlp):
    found = factual("Sudan and Chad signed a border agreement on Monday. Chadian rebels rejected the deal.")
    assert not any(s == "TCD" and t == "TCD" for s, t, _ in found)


def test_a_reaction_to_joint_manoeuvres_aims_at_every_force_that_held_them(nlp):
    found = factual("Japanese and Australian warships began a joint naval exercise off Darwin on Monday. "
                    "Beijing condemned the drills as provocative.")
    assert ("CHN", "JPN", "111") in found and ("CHN", "AUS", "111") in found
    # the exercise itself answers no earlier act
    assert ("JPN", "AUS", "062") in found and not any(c.startswith("15") for _, _, c in found)
