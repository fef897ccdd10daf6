"""Investigations, court orders, protests and coercion at home: passive agents the parser hangs on the
state a verb puts someone in ("placed under investigation by prosecutors"), and the acts a state's own
judiciary, police and crowds direct at home. Sentences are our own."""

from __future__ import annotations

import pytest
from coding_cases import factual


def test_a_passive_agent_hung_on_under_investigation_is_the_source(nlp):
    found = factual("The former transport minister was placed under investigation by Egyptian prosecutors on "
                    "Monday over missing rail funds.")
    assert ("EGY", "EGY", "090") in found


def test_a_passive_agent_hung_on_under_house_arrest_is_the_source(nlp):
    found = factual("The opposition leader was put under house arrest by Tunisian police on Friday.")
    assert any(s == "TUN" and t == "TUN" and c.startswith("17") for s, t, c in found)


def test_a_post_holders_office_acts_as_the_holder(nlp):
    # the state's own prosecutor probing its own army: not the state acting through an organ
    found = factual("Peru's attorney general's office opened an investigation on Monday into army officers "
                    "accused of covering up the killing of farmers.", codes=True)
    assert any(s == "PERJUD" and t.startswith("PER") and c == "090" for s, t, c in found if t)


def test_a_court_ordering_a_party_dissolved_bans_it(nlp):
    found = factual("A Tunis court on Thursday ordered the dissolution of the Ennahda party, which had won the "
                    "largest share of seats in the assembly.")
    assert ("TUN", "TUN", "1722") in found


def test_a_crowd_marching_through_its_capital_protests_at_home(nlp):
    found = factual("Tens of thousands of Serbs marched through Belgrade on Sunday against the annulment of "
                    "the local election results.", root=True)
    assert ("SRB", "SRB", "14") in found


def test_protesters_marching_through_a_capital_protest_against_their_own_government(nlp):
    # La Paz is the place marched through, never the president Paz
    found = factual("Protesters marched through La Paz on Monday.", root=True)
    assert found == {("BOL", "BOL", "14")}


def test_a_junta_suspending_opposition_parties_bans_them(nlp):
    found = factual("Mali's military rulers suspended two opposition parties for six months on Tuesday.")
    assert ("MLI", "MLI", "1722") in found


def test_a_city_put_under_curfew_has_a_curfew_imposed(nlp):
    found = factual("Kyrgyzstan's interim government placed the southern city of Osh under a curfew on Sunday.")
    assert any(s == "KGZ" and t == "KGZ" and c == "1723" for s, t, c in found)


@pytest.mark.parametrize("text", [
    "Myanmar's junta set free about 2,000 political prisoners on Tuesday.",
    "Myanmar's junta set about 2,000 political prisoners free on Tuesday.",
])
def test_prisoners_set_free_are_released(nlp, text):
    found = factual(text, codes=True)
    assert any(s.startswith("MMR") and t and t.startswith("MMR") and c == "0841" for s, t, c in found)


def test_martial_law_folded_into_a_time_noun_is_still_imposed(nlp):
    # the parser reads "martial law hours" as one time phrase; the phrase is still where the region is put
    found = factual("Indonesia's president placed Aceh under martial law hours after talks with the rebels "
                    "collapsed.")
    assert ("IDN", "IDN", "1724") in found
