"""Constructions and actors of older wire copy: deadlines given "until" a date, consuls recalled,
crowds pouring through streets, territories sealed off, rebel fronts the Phoenix files mis-code.
Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_deadline_until_a_date_is_an_ultimatum(nlp):
    found = factual("The Security Council gave Iraq until March 1 to destroy its missiles or face military action.")
    assert ("IGO", "IRQ", "139") in found


def test_deadline_until_a_date_to_leave_is_an_expulsion(nlp):
    found = factual("Ghana gave the Nigerian diplomat until Friday to leave the country.")
    assert ("GHA", "NGA", "161") in found


def test_deadline_to_leave_on_pain_of_a_penalty_is_a_threat(nlp):
    found = factual("Kenyan commanders gave the Somali traders until Sunday to leave the town or be arrested.")
    assert any(src == "KEN" and code == "139" for src, _, code in found)
    assert not any(code == "174" for _, _, code in found)


def test_gift_lasting_until_a_date_is_no_ultimatum(nlp):
    found = factual("Japan gave the Vietnamese refugees shelter until spring to recover.")
    assert not any(code == "139" for _, _, code in found)


def test_recalled_consul_reduces_relations(nlp):
    found = factual("Ghana recalled its consul general in Lagos on Monday.")
    assert ("GHA", "NGA", "161") in found


def test_crowds_pouring_through_the_streets_protest(nlp):
    found = factual("Tens of thousands of opposition supporters poured through the streets of Nairobi on Saturday.")
    assert any(src == "KEN" and code.startswith("14") for src, _, code in found)


def test_territory_sealed_off_is_restricted_movement(nlp):
    found = factual("Israel sealed off the Gaza Strip on Friday after the bombing.")
    assert ("ISR", "PSE", "191") in found


def test_rebel_front_miscoded_by_the_files_is_placed_by_the_sentence(nlp):
    found = factual("FDLR fighters attacked a refugee camp in eastern Congo on Tuesday.", date="2009-03-10")
    assert not any(src == "KKL" for src, _, _ in found)
    assert any(src == "COD" and code == "180" for src, _, code in found)


def test_national_insurgency_listed_again_as_international_group_keeps_its_state(nlp):
    found = factual("The Moro Islamic Liberation Front attacked an army post in Mindanao.", date="2000-05-10")
    assert any(src == "PHL" and code == "190" for src, _, code in found)


def test_group_of_several_homes_is_the_one_the_sentence_names(nlp):
    found = factual("Islamic Jihad released a French engineer it had held for two years in Lebanon.", date="1988-06-01")
    assert any(src == "LBN" and tgt == "FRA" and code.startswith("08") for src, tgt, code in found)


def test_group_of_several_homes_in_a_compound_is_placed_too(nlp):
    found = factual("The Islamic Jihad group kidnapped two Italian teachers in Beirut.", date="1987-02-01")
    assert ("LBN", "ITA", "181") in found


def test_group_of_several_homes_keeps_its_usual_home_elsewhere(nlp):
    found = factual("Islamic Jihad fired rockets at Israeli towns from Gaza.", date="2023-05-10")
    assert any(src == "PSE" and tgt == "ISR" for src, tgt, _ in found)


def test_destination_of_a_later_act_does_not_place_the_first(nlp):
    found = factual("Bolivian Vice President Jaime Paz was seized by soldiers on Friday and flown to Peru.",
                    date="1989-06-01", codes=True)
    assert any(src.startswith("BOL") and tgt.startswith("BOL") and code.startswith("17")
               for src, tgt, code in found if src and tgt)
    assert not any(src.startswith("PER") and code.startswith("17") for src, _, code in found if src)


def test_leaders_of_the_nineties_missing_from_the_phoenix_files_are_known(nlp):
    found = factual("Boris Yeltsin telephoned Slobodan Milosevic on Tuesday to urge restraint in Kosovo.",
                    date="1998-03-10", codes=True)
    assert any(src == "RUSGOV" and tgt == "SRBGOV" for src, tgt, _ in found)


def test_chechen_commander_missing_from_the_phoenix_files_is_a_russian_rebel(nlp):
    found = factual("Shamil Basayev seized hundreds of hostages at a hospital in southern Russia.", date="1995-06-15")
    assert any(src == "RUS" and code.startswith("18") for src, _, code in found)
