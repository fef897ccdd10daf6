"""Officials named by a region ("Arab foreign ministers") and nationalities of several words before a
force's kind ("South African air force helicopters"). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_regional_officials_are_not_the_target_state(nlp):
    for text in ("Arab foreign ministers condemned Israel on Monday.",
                 "European leaders criticized Russia over the attack on the power plant.",
                 "West African heads of state threatened the junta in Niger with sanctions.",
                 "Gulf ministers condemned Iran's missile tests."):
        found = factual(text, codes=True)
        assert not any(source and source[3:6] == "GOV" for source, _, _ in found), text


def test_a_named_bloc_of_the_region_keeps_its_code(nlp):
    found = factual("Arab League foreign ministers condemned Israel on Monday.", codes=True, root=True)
    assert ("IGOARBARL", "ISR", "11") in found


def test_an_ethnic_armed_group_is_not_a_region(nlp):
    found = factual("Arab militias attacked villages in Darfur.", codes=True, root=True)
    assert any(source == "SDNREB" for source, _, _ in found)


def test_a_multiword_nationality_before_a_force_kind(nlp):
    found = factual("South African air force helicopters attacked rebels in Mozambique.", codes=True, root=True)
    assert ("ZAFMIL", "MOZREB", "19") in found
    found = factual("New Zealand navy helicopters fired on a Chinese fishing boat.", codes=True, root=True)
    assert any(source == "NZLMIL" for source, _, _ in found)
