"""Yield (CAMEO 08) and reduced relations (16) phrased without the usual verbs: fighters burning or handing in
their own guns (0873), a truce or ceasefire accepted (0871), the presidency or power surrendered to a successor
(080), an agreement's implementation halted or frozen (160), and a state put on a
list of terror sponsors (163).

Our own sentences (not taken from any gold or dev set), written from the CAMEO 1.1b3 code descriptions.
"""

from __future__ import annotations

from coding_cases import factual


def test_fighters_burning_their_rifles_disarm(nlp):
    found = factual("About 40 Maoist fighters in Nepal burned their rifles at a ceremony on Friday.")
    assert any(code == "0873" and source == "NPL" for source, _, code in found)


def test_fighters_handing_in_their_guns_disarm(nlp):
    found = factual("Hundreds of Maoist fighters handed in their guns at a stadium in Nepal.")
    assert ("NPL", "NPL", "0873") in found


def test_accepted_truce_is_a_ceasefire_both_ways(nlp):
    found = factual("Eritrean and Ethiopian negotiators accepted an immediate truce on Sunday.")
    assert {("ERI", "ETH", "0871"), ("ETH", "ERI", "0871")} <= found


def test_accepted_ceasefire_with_a_party(nlp):
    assert ("SDN", "SDN", "0871") in {
        (s[:3], t[:3], c) for s, t, c in factual("The rebels accepted a ceasefire with the government of Sudan.")
    }


def test_power_handed_over_to_a_successor_yields(nlp):
    found = factual("The Liberian president handed over power to his deputy Moses Blah.")
    assert any(code == "080" and source.startswith("LBR") and target.startswith("LBR")
               for source, target, code in found)


def test_halted_implementation_of_an_accord_reduces_relations(nlp):
    assert ("KEN", "SOM", "160") in factual("Kenya halted its implementation of the peace agreement with Somalia.")


def test_state_put_on_list_of_terror_sponsors_is_sanctioned(nlp):
    found = factual("Washington put Iran on its list of state sponsors of terrorism on Monday.")
    assert ("USA", "IRN", "163") in {(s[:3], t, c) for s, t, c in found}
