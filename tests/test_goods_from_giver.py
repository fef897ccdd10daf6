"""Goods handed over in an agentless passive are the gift of whoever they are "from" ("armoured vehicles from
Turkey were delivered to the Somali army"): arms 072, relief 073; a letter or people so handed are no aid.
Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_arms_from_a_state_delivered_to_an_army(nlp):
    found = factual("Two coastal patrol frigates from South Korea were handed over to the Philippine navy on Monday.")
    assert ("KOR", "PHL", "072") in found


def test_missiles_from_a_state_delivered_to_another(nlp):
    found = factual("Air defence missiles from Germany were delivered to Ukraine last week, officials in Kyiv said.")
    assert ("DEU", "UKR", "072") in found


def test_relief_from_a_bloc_delivered_to_a_territory(nlp):
    found = factual("Humanitarian aid from the European Union was delivered to Gaza on Tuesday.")
    assert any(s == "IGO" and t == "PSE" and c.startswith("07") for s, t, c in found)


def test_a_letter_from_a_leader_is_no_gift(nlp):
    found = factual("A letter from President Zelensky was delivered to the Kremlin on Monday.")
    assert not any(c.startswith("07") for _, _, c in found)
