"""Recall of protests, demands and aid told in passing: a crowd described by its protest participle, a
demand for the return of held people, relief and arms named by their "of" phrase. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str, date: str = "2026-03-04") -> set[tuple[str, str | None, str, bool]]:
    return {(m.source.code, m.target.code if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date=date)}


def test_rioters_protesting_against_prices_protest_at_their_government(nlp):
    found = events("Rioters protesting against a rise in bread prices torched two police stations in Lusaka "
                   "on Friday.")
    assert any(s.startswith("ZMB") and t is not None and t.startswith("ZMB") and code.startswith("14") and factual
               for s, t, code, factual in found if code == "141")


def test_protesters_beaten_by_police_are_told_protesting(nlp):
    found = events("Opposition supporters protesting against the election result were beaten by police in Minsk "
                   "on Sunday.")
    assert any(s.startswith("BLR") and t is not None and t.startswith("BLR") and code == "141" and factual
               for s, t, code, factual in found)


def test_a_crowd_only_fired_at_is_the_target_of_repression_not_a_protest_of_its_own(nlp):
    found = events("Police fired tear gas at students protesting against corruption in Belgrade on Monday.")
    assert not any(code.startswith("14") for _, _, code, _ in found)
    assert any(s.startswith("SRB") and code.startswith("17") for s, _, code, _ in found)


def test_demanding_the_return_of_held_farmers_is_a_release_demand_on_their_captors(nlp):
    text = ("Sudanese soldiers detained twelve Ethiopian farmers near the border on Monday.\n\n"
            "Ethiopia's foreign minister demanded the immediate return of the farmers.")
    found = events(text)
    assert ("ETHGOV", "SDNMIL", "1053", True) in found


def test_airdrops_of_grain_to_a_country_are_humanitarian_aid(nlp):
    found = events("The World Food Programme began airdrops of sorghum to South Sudan on Monday.")
    assert any(s.startswith("IGO") and t is not None and t.startswith("SSD") and code == "073" and factual
               for s, t, code, factual in found)


def test_a_crowd_demanding_the_president_s_resignation_demonstrates(nlp):
    found = events("Tens of thousands of protesters filled the main avenue in Manila on Thursday, demanding that "
                   "President Marcos resign.")
    assert ("PHLOPP", "PHLGOV", "141", True) in found
    assert not any(code.startswith("10") for _, _, code, _ in found)


def test_a_government_s_participle_demand_stays_a_demand(nlp):
    found = events("Vietnam's foreign ministry protested to Beijing on Monday, demanding that China release the "
                   "fishermen.")
    assert any(s.startswith("VNM") and t is not None and t.startswith("CHN") and code.startswith("10")
               for s, t, code, _ in found)


def test_a_crowd_s_demand_beside_its_march_stays_a_demand(nlp):
    found = events("Hundreds of residents of Bunia marched to the governor's office on Wednesday, blowing whistles "
                   "and demanding that the militia release two teachers.")
    assert any(code.startswith("14") for _, _, code, _ in found)
    assert any(code.startswith("10") for _, _, code, _ in found)


def test_a_general_strike_by_miners_is_their_strike_against_the_government(nlp):
    found = events("A general strike by Chilean copper miners closed the port of Antofagasta on Tuesday.")
    assert any(s.startswith("CHL") and t is not None and t.startswith("CHL") and code == "143" and factual
               for s, t, code, factual in found)
