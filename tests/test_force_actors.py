"""Who used force: armed men the text ties to no group or state are no actor (not the country the act
happened in), unless the sentence names whom it blames. Sentences are our own."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize("text", [
    "Gunmen abducted three aid workers from a clinic in Nigeria's Katsina state on Friday.",
    "Two judges were shot dead by unidentified attackers in Quetta on Monday.",
    "Armed men kidnapped a Colombian engineer near the oil field at Arauca.",
])
def test_unaffiliated_armed_men_are_no_actor(nlp, text):
    assert not any(root in ("18", "19", "20") for _, _, root in factual(text, root=True))


@pytest.mark.parametrize(("text", "expected"), [
    # tied to a group by a name, a nationality or a phrase, they are that group
    ("Boko Haram gunmen abducted three aid workers in Borno state on Friday.", ("NGA", "NGA", "18")),
    ("Gunmen loyal to a local warlord attacked a police station in Baidoa on Sunday.", ("SOM", "SOM", "19")),
    # a possessor ties them to its side: a rebel commander's men act for the rebels
    ("A rebel commander's gunmen abducted two Somali officials in Baidoa on Sunday.", ("SOM", "SOM", "18")),
    # the party the sentence holds responsible
    ("Gunmen abducted two Chinese engineers in Balochistan on Friday, and police blamed Baloch separatists.",
     ("PAK", "CHN", "18")),
])
def test_armed_men_of_a_known_side_keep_it(nlp, text, expected):
    assert expected in factual(text, root=True)


def test_gunmen_named_before_are_the_group(nlp):
    found = factual("Fano militiamen raided the town of Lalibela on Monday. The gunmen abducted four officials "
                    "before withdrawing into the hills.", root=True)
    assert not any(src == "---" for src, _, _ in found)


@pytest.mark.parametrize("text", [
    "Sri Lanka's Criminal Investigation Department arrested a former minister over the misuse of state funds.",
    "Kenya's Directorate of Criminal Investigations detained two officials in Nairobi.",
])
def test_detective_bureaus_are_police_not_criminals(nlp, text):
    found = factual(text, date="2025-08-22", codes=True)
    assert found and all(src.endswith("COP") and code == "173" for src, _, code in found)
