"""Violence whose doer is told indirectly: the sender of a bomber, the party an attack is blamed on, the agent
of "set upon", and mass killings by gunning down hundreds."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "expected"), [
    # the one who sent the attacker did it
    ("A suicide bomber killed nine people at a bus station in Maiduguri on Tuesday, and police said he had been "
     "sent by Boko Haram.", ("NGA", "NGA", "183")),
    ("Gunmen killed four villagers in Zamfara on Monday, and police said they had been sent by Boko Haram.",
     ("NGA", "NGA", "180")),
    # the party officials blame the attack on
    ("Suicide car bombers struck the army headquarters in Mogadishu on Monday, in an attack officials blamed "
     "on al-Shabaab.", ("SOM", "SOM", "183")),
])
def test_sender_or_blamed_party_is_the_doer(nlp, text, expected):
    assert expected in factual(text)


def test_unaffiliated_bomber_alone_is_no_actor(nlp):
    assert not factual("A woman suicide bomber killed 12 people at a market in Konduga on Saturday.")


def test_set_upon_is_physical_assault(nlp):
    assert ("TUR", "CYP", "182") in factual(
        "Greek Cypriot protesters were set upon by Turkish nationalists wielding clubs on Sunday.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Hutu militiamen gunned down hundreds of unarmed men near Kibuye on Sunday.", ("RWA", "RWA", "202")),
    # a few is not a massacre
    ("Hutu militiamen gunned down three men near Kibuye on Sunday.", ("RWA", "RWA", "180")),
])
def test_gunning_down_hundreds_is_mass_killing(nlp, text, expected):
    assert expected in factual(text)
