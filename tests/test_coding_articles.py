"""Coding whole articles: who a dateline, an unnamed ministry or a vessel named again refers to.
Articles are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str, date: str = "2026-02-10") -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=date) if m.is_factual}


def test_title_case_dateline_with_agency_gives_the_story_its_home(nlp):
    text = ("Santiago (AFP) - Bolivian soldiers detained four Chilean truck drivers near the border on Monday.\n\n"
            "Foreign Minister Ana Gutierrez condemned the detentions. She demanded their release.")
    found = triples(text)
    assert ("CHL", "BOL", "111") in found
    assert not any(source == "BOL" and code == "111" for source, _, code in found)


def test_dateline_capital_wins_over_a_larger_namesake():
    from detente.coding.places import gazetteer

    assert gazetteer().dateline_country("San Jose") == "CRI"
    assert gazetteer().dateline_country("Lima") == "PER"
    assert gazetteer().dateline_country("Nowhereville") is None


def test_unnamed_ministry_telling_a_datelined_story_is_the_home_state(nlp):
    text = ("DOHA, March 3 (Reuters) - Qatar summoned Iran's envoy on Tuesday over the seizure of a Qatari "
            "cargo ship by the Iranian navy, the foreign ministry said.\n\n"
            "Iranian gunboats stopped the ship near Abu Musa, according to the ministry. It accused the Iranian "
            "navy of piracy.")
    found = triples(text, "2025-03-03")
    assert ("QAT", "IRN", "112") in found
    assert ("IRN", "IRN", "112") not in found


def test_vessel_named_again_without_its_flag_keeps_it(nlp):
    text = ("Oman protested on Monday over the seizure of an Omani fishing boat by the Yemeni coast guard.\n\n"
            "Yemeni patrol boats intercepted the dhow on Saturday and towed it to the port of Nishtun, where Yemeni "
            "forces detained its crew.")
    found = triples(text)
    assert ("YEM", "OMN", "173") in found
    assert ("YEM", "YEM", "173") not in found


def test_recalled_charge_d_affaires_is_a_recalled_envoy(nlp):
    assert ("PAN", "NIC", "161") in triples("Panama recalled its charge d'affaires from Managua on Thursday.")
