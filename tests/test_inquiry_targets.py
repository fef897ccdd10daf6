"""Whom an investigation (09) is aimed at in older wire copy: the doer of the act it looks into
("an inquiry into the shooting of students by soldiers"), or the owner of the thing it looks into
("accounts linked to the former dictator", "prisons run by the rebels"), not the victims nor the
country the thing happens to be in. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_an_inquiry_into_an_act_is_aimed_at_its_doer(nlp):
    found = factual("A U.N. commission of experts opened an inquiry on Monday into the shooting of Croatian farmers by "
                    "Serbian militiamen near Vukovar.")
    assert any(s == "IGO" and t == "SRB" and c.startswith("09") for s, t, c in found)
    assert not any(t == "HRV" and c.startswith("09") for _, t, c in found)


def test_an_inquiry_into_accounts_is_aimed_at_their_owner(nlp):
    found = factual("A Zurich prosecutor opened a fraud investigation into Swiss bank accounts linked to former "
                    "Nigerian ruler Sani Abacha.")
    assert ("CHE", "NGA", "090") in found
    assert ("CHE", "CHE", "090") not in found


def test_a_probe_into_abuses_in_camps_run_by_an_army(nlp):
    found = factual("A Spanish judge began a probe into torture in detention centres run by the Chilean army.")
    assert ("ESP", "CHL", "090") in found


def test_an_inquiry_with_no_doer_keeps_its_object(nlp):
    found = factual("The Kenyan parliament launched an investigation into the massacre of Somali refugees.")
    assert any(s == "KEN" and t == "SOM" and c == "090" for s, t, c in found)
