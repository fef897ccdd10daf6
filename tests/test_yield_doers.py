"""Doers of passives that lift, ease, freeze or let go: the owner of the sanctions lifted, the holders of the
people let go, the party money frozen was owed to. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_nationality_on_sanctions_lifted_is_their_imposer(nlp):
    found = factual("Most Canadian sanctions on Venezuela were lifted on Friday.")
    assert ("CAN", "VEN", "085") in found
    found = factual("British restrictions on Iranian shipping were eased last week.")
    assert any(s == "GBR" and t == "IRN" and c.startswith("08") for s, t, c in found)


def test_a_possessor_of_a_suspended_embargo_is_its_imposer(nlp):
    found = factual("Tokyo's embargo on North Korea was suspended for a year.", root=True)
    assert ("JPN", "PRK", "08") in found


def test_a_nationality_without_a_named_target_names_no_doer(nlp):
    # "Russia sanctions" are the sanctions on Russia: whoever eased them is not named
    assert not any(c.startswith("08") for _, _, c in factual("Russia sanctions were eased on Tuesday."))
    assert not any(c.startswith("08") for _, _, c in factual("Sanctions on Cuba were lifted on Monday."))


def test_people_let_go_are_let_go_by_their_holders(nlp):
    found = factual("Four Indian engineers abducted by Somali pirates were let go on Sunday.")
    assert any(s == "SOM" and t == "IND" and c == "0841" for s, t, c in found)


def test_money_frozen_is_withheld_from_the_party_it_was_owed_to(nlp):
    found = factual("Two billion dollars owed to Ukraine was frozen by the World Bank on Tuesday.", root=True)
    assert any((s or "").startswith("IGO") and t == "UKR" and c == "16" for s, t, c in found)
    found = factual("Washington suspended 200 million dollars in loans for Egypt.", root=True)
    assert ("USA", "EGY", "16") in found


def test_the_imposer_of_a_measure_lifts_it(nlp):
    found = factual("The oil embargo imposed by Canada on Nicaragua was lifted in March.")
    assert ("CAN", "NIC", "085") in found


def test_lifting_a_freeze_eases_sanctions(nlp):
    found = factual("Norway's freeze on Iraqi assets was lifted on Monday.", root=True)
    assert any(s == "NOR" and c == "08" for s, _, c in found)


def test_holdings_frozen_are_frozen_where_they_are_kept(nlp):
    found = factual("Libyan assets in Canada were frozen on Monday.")
    assert ("CAN", "LBY", "163") in found


def test_had_their_assets_frozen_is_a_passive_on_the_owners(nlp):
    found = factual("Two Burundian army officers had their bank accounts in the European Union frozen on Friday.",
                    root=True)
    assert any((s or "").startswith("IGO") and t == "BDI" and c == "16" for s, t, c in found)
    # no place and no agent: no freezer is named
    assert not factual("Two Sudanese generals had their assets frozen last week.")
