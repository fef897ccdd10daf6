"""Material cooperation and yielding as wire copy states them (CAMEO 06, 07, 08).

Our own sentences (not taken from any gold or dev set): relief goods donated or sent that arrive
somewhere are aid to where they arrive, and aid brought for refugees of a named nation is aid to that
nation; people named in an apposition or counted out of a group are handed over as what they are;
drills two states begin together and pipelines they open together are cooperation both ways;
captives "let go" are released.
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "2025-06-01"

CASES = [
    # relief goods donated or sent, then landing or docking: aid to where they arrive
    ("A shipment of flour and blankets donated by Norway docked at the port of Aden on Monday.", ("NOR", "YEM", "073")),
    ("Relief planes sent by Qatar landed in Kathmandu on Friday.", ("QAT", "NPL", "073")),
    ("Two aircraft carrying vaccines sent by Turkey landed in Benghazi on Sunday.", ("TUR", "LBY", "073")),
    ("Japan donated rice to Haiti on Tuesday.", ("JPN", "HTI", "073")),
    ("The World Food Programme began airlifting maize into Juba on Monday.", ("IGO", "SSD", "073")),
    # aid brought for refugees of another nation is aid to that nation, wherever it is unloaded
    ("Germany flew medicine to Jordan for Syrian refugees on Monday.", ("DEU", "SYR", "073")),
    ("Britain flew tents to Chad on Monday for refugees from Sudan.", ("GBR", "SDN", "073")),
    ("Japan sent aid to Turkey for earthquake survivors.", ("JPN", "TUR", "070")),
    # people handed over: a suspect named in an apposition (063), police officers or corpses (0841)
    ("Turkey handed over Ahmet Kaya, a suspect in the bank robbery, to German authorities on Monday.",
     ("TUR", "DEU", "063")),
    ("Two Croatian police officers were handed over to Croatia by Bosnian authorities on Friday.",
     ("BIH", "HRV", "0841")),
    ("Hezbollah returned the corpses of four Israeli soldiers to Israel on Monday.", ("LBN", "ISR", "0841")),
    ("The Malian government handed two of the fishermen to Senegalese diplomats in Bamako.", ("MLI", "SEN", "0841")),
    # joint drills begun and pipelines opened together
    ("Greek and Italian warships began the annual exercise in the Ionian Sea on Monday.", ("GRC", "ITA", "062")),
    ("Greek and Italian warships began the annual exercise in the Ionian Sea on Monday.", ("ITA", "GRC", "062")),
    ("Azerbaijan and Georgia opened a new gas pipeline on Thursday.", ("AZE", "GEO", "061")),
    ("Azerbaijan and Georgia opened a new gas pipeline on Thursday.", ("GEO", "AZE", "061")),
    # foreign recruits trained and training missions launched in another state
    ("Canada began training Latvian recruits at a base in Ontario on Monday.", ("CAN", "LVA", "062")),
    ("The European Union launched a military training mission in Benin on Friday.", ("IGO", "BEN", "062")),
]


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{c[0][:40]}-{c[1][0]}" for c in CASES])
def test_material_cooperation_is_coded(nlp, text, expected):
    assert expected in _triples(text)


def test_a_single_navy_beginning_drills_shows_force(nlp):
    got = _triples("The Iranian navy began a three-day exercise in the Gulf of Oman.")
    assert not any(code.startswith("06") for _, _, code in got)


def test_captives_let_go_are_released(nlp):
    got = _triples("The Taliban let the British couple go after months in detention.")
    assert ("AFG", "GBR", "0841") in got


def test_trucks_let_through_are_not_a_release(nlp):
    got = _triples("Egypt let the trucks go through Rafah.")
    assert not any(code == "0841" for _, _, code in got)



def test_joint_patrols_with_a_partner_are_coded_both_ways(nlp):
    # a patrol, drill or exercise done jointly binds both navies, whichever one is the subject
    got = _triples("Estonian warships began joint patrols with the Latvian navy off Saaremaa on Monday.")
    assert {("EST", "LVA", "062"), ("LVA", "EST", "062")} <= got
    # a promise is only the speaker's
    got = {(s, t, c) for s, t, c in _triples("Kenya will hold joint patrols with Tanzania next month.")
           if c.startswith("03")}
    assert ("KEN", "TZA", "0312") in got and not any(s == "TZA" for s, _, _ in got)


def test_paired_nationalities_on_a_compound_noun_are_both_parties(nlp):
    got = _triples("Greek and Italian fighter jets held joint drills over the Ionian Sea on Monday.")
    assert {("GRC", "ITA", "062"), ("ITA", "GRC", "062")} <= got


def test_two_navies_opening_their_drills_cooperate(nlp):
    got = _triples("The navies of Chile and Peru opened their annual drills off Arica on Monday.")
    assert {("CHL", "PER", "062"), ("PER", "CHL", "062")} <= got
    assert ("IRN", None, "150") in _triples("The Iranian navy opened a three-day exercise in the Gulf of Oman.")


def test_people_handed_over_as_wanted_are_judicial_cooperation(nlp):
    got = _triples("Turkey handed over 12 Iraqi nationals accused of smuggling migrants to Iraqi police on Monday.")
    assert ("TUR", "IRQ", "063") in got and not any(c == "0841" for _, _, c in got)
    assert ("KEN", "UGA", "063") in _triples("Kenya handed over two Ugandan soldiers to Uganda to face trial.")
    # captives handed back with no charge named are released
    assert ("TUR", "GRC", "0841") in _triples("Turkey handed over four Greek fishermen to Greece on Monday.")
