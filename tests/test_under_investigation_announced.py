"""Someone "under investigation" with no "by" phrase is under the investigation of the investigating body that
announces it ("... are under investigation, the prosecutor's office said"); anyone else who says so (a lawyer,
a relative) names no investigator. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_prosecutors_announcing_an_investigation_open_it(nlp):
    found = factual("The mayor of Istanbul is under investigation for corruption, Turkish prosecutors said on Monday.")
    assert ("TUR", "TUR", "090") in found


def test_a_prosecutors_office_announcing_a_criminal_investigation(nlp):
    found = factual("Six opposition deputies are under criminal investigation for treason, Armenia's prosecutor's "
                    "office announced on Thursday.")
    assert ("ARM", "ARM", "090") in found


def test_a_court_announcing_that_abuses_are_under_investigation(nlp):
    found = factual("Killings by Sudanese army soldiers in Khartoum are under investigation as possible war crimes, "
                    "the International Criminal Court's prosecutor told the Security Council.")
    assert ("IGO", "SDN", "090") in found


def test_police_saying_ministers_are_under_investigation(nlp):
    found = factual("Three former ministers are under investigation over the arms deal, Brazil's federal police said.")
    assert ("BRA", "BRA", "090") in found


def test_a_lawyer_saying_so_names_no_investigator(nlp):
    found = factual("The former premier of Peru is under investigation, his lawyer said.")
    assert not any(c.startswith("09") for _, _, c in found)
