"""Parse repair: "that" opening an object relative clause ("the accord that X and Y signed").
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str) -> set[tuple[str, str | None, str, bool]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date="2025-06-01")}


def test_accord_that_both_parties_signed_is_a_signing(nlp):
    text = "Under an accord that the Sudanese government and the SPLA signed in Nairobi, the south will vote."
    doc = nlp(text)
    that, signed = doc[3], doc[10]
    assert that.tag_ == "WDT" and signed.dep_ == "relcl" and signed.head.lower_ == "accord"
    got = events(text)
    assert ("SDN", "SSD", "057", True) in got and ("SSD", "SDN", "057", True) in got


def test_deal_that_two_states_initialled_names_both_parties():
    got = events("The peace deal that Armenia and Azerbaijan initialled in Washington opens a transit corridor.")
    assert ("ARM", "AZE", "057", True) in got and ("AZE", "ARM", "057", True) in got


def test_duties_that_a_state_imposed_are_its_act():
    got = events("Uruguay appealed against the tariffs that Brazil imposed last week on Uruguayan rice.")
    assert ("BRA", "URY", "163", True) in got


def test_that_clause_of_a_claim_is_left_alone(nlp):
    doc = nlp("The report that rebels had seized the town was denied by the army.")
    assert doc[2].tag_ != "WDT"
