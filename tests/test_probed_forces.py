"""An investigation (09) into acts by a state force of no named country ("killings by the army") is aimed at
the country the acts happened in, else at the state investigating at home; the probed act's "by" phrase
the parser hangs on the probing verb still names the doer. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_the_army_of_the_country_the_killings_happened_in(nlp):
    found = factual("The U.N. human rights office examined killings by the army in Burkina Faso on Tuesday.")
    assert ("IGO", "BFA", "090") in found


def test_a_panel_set_up_to_look_into_abuses_by_soldiers(nlp):
    found = factual("The African Union set up a panel to look into killings by soldiers in Mali.")
    assert ("IGO", "MLI", "090") in found


def test_a_domestic_inquiry_into_its_own_army(nlp):
    found = factual("Peru's truth commission investigated killings by the army during the 1980s.")
    assert ("PER", "PER", "090") in found


def test_an_inquiry_created_into_deaths_at_the_hands_of_police(nlp):
    found = factual("Zambian lawmakers created an inquiry on Monday into the deaths of protesters gunned down by "
                    "police in Lusaka.")
    assert ("ZMB", "ZMB", "090") in found
    assert not any(s == "ZMB" and c == "090" and t != "ZMB" for s, t, c in found)
