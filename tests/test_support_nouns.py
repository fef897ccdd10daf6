"""Events stated as nouns carried by support verbs ("ordered the expulsion of", "launched a mediation
effort between"). Sentences are our own, in the register of older wire copy."""

from __future__ import annotations

import pytest
from coding_cases import factual


def test_an_act_noun_under_a_support_verb_is_its_verb_with_the_of_object(nlp):
    # "expulsion" is "expel", "occupation" is "occupy", "demolition" is "demolish": the "of" object is the patient
    assert ("GEO", "GBR", "174") in factual("Tbilisi ordered the expulsion of three British nationals on Friday.")
    assert ("RUS", "GEO", "192") in factual("Russian forces began the occupation of Georgia on Monday.")
    assert ("ISR", "PSE", "1712") in factual(
        "Israeli soldiers carried out the demolition of 12 Palestinian houses in Hebron on Sunday.")


def test_an_act_noun_keeps_the_object_restrictions_of_its_verb(nlp):
    # "expelled the ambassador" is a cut in relations (161), not a deportation (174)
    assert ("IRN", "GBR", "161") in factual("Tehran ordered the expulsion of the British ambassador.")


def test_a_frame_noun_carries_the_act_of_its_modifier(nlp):
    # "a mediation effort between A and B" is mediation between them (045), toward both parties
    found = factual("Egypt launched a mediation effort between Israel and the Palestinians.")
    assert {("EGY", "ISR", "045"), ("EGY", "PSE", "045")} <= found
    assert ("IDN", "IDN", "173") in factual("Indonesia launched an arrest campaign against Acehnese separatists.")


def test_compensation_paid_crackdowns_carried_out_and_invitations_extended(nlp):
    assert ("DEU", "POL", "080") in factual("Germany paid compensation to Poland for wartime forced labour.")
    assert ("EGY", "EGY", "175") in factual("Egypt carried out a crackdown on Islamic militants in Assiut.")
    assert ("JOR", "IRQ", "036") in factual("Jordan extended an invitation to the Iraqi foreign minister.")


def test_pledges_denials_rebukes_and_recognition_stated_as_nouns(nlp):
    assert ("IRQ", "KWT", "030") in factual("Baghdad gave a pledge to Kuwait that it would respect the border.")
    assert ("SYR", "ISR", "016") in factual("Damascus issued a denial of the Israeli charges on Tuesday.")
    assert ("RUS", "GEO", "111") in factual("Moscow issued a stern rebuke to Georgia over the arrests.")
    assert ("USA", "VNM", "054") in factual("Washington gave diplomatic recognition to Vietnam in 1995.")


def test_a_support_verb_over_a_stretch_of_time_carries_the_event_after_of(nlp):
    # "entered the second week of a hunger strike": the event is the strike, not the entering
    assert ("BOL", "BOL", "142") in factual(
        "Jailed Bolivian dissident Juan Mamani entered the second week of a hunger strike against the government.")
    assert {("ETH", "ERI", "046"), ("ERI", "ETH", "046")} <= factual(
        "Ethiopia and Eritrea entered a new round of talks in Algiers on Monday.")


def test_acting_as_facilitator_between_two_parties_is_mediation_toward_both(nlp):
    found = factual("Switzerland agreed on Tuesday to act as a facilitator between the Colombian government "
                    "and the ELN rebels.")
    assert {("CHE", "COL", "039")} <= found


@pytest.mark.parametrize(("text", "expected"), [
    # the subject that faces, undergoes or is the subject of an event suffers it from the "by" phrase
    ("The Kenyan opposition leader faces an investigation by police over the riots in Kisumu.", ("KEN", "KEN", "090")),
    ("The Nigerian oil minister is under investigation by the EU anti-fraud office.", ("IGO", "NGA", "090")),
    ("Sudan became the subject of an inquiry by the International Criminal Court on Monday.", ("IGO", "SDN", "090")),
])
def test_event_undergone_by_the_subject(nlp, text, expected):
    assert expected in factual(text)
