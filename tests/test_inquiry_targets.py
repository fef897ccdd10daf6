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


def test_an_inquiry_into_a_claim_is_aimed_at_the_accused_not_the_claimant(nlp):
    found = factual("OSCE monitors opened an inquiry on Friday into Azerbaijan's charge that Armenian troops shelled "
                    "a border village.")
    assert ("IGO", "ARM", "090") in found
    assert ("IGO", "AZE", "090") not in found


def test_investigating_complaints_that_an_army_fired(nlp):
    found = factual("Lebanese prosecutors are investigating Syrian complaints that Israeli drones struck a convoy "
                    "near the border.")
    assert ("LBN", "ISR", "090") in found
    assert ("LBN", "SYR", "090") not in found


def test_a_by_phrase_after_the_probed_act_names_its_doer(nlp):
    # the parser hangs "by ..." on the inquiry or its verb; the investigator is named apart
    found = factual("An investigation into alleged abuses by Ethiopian troops was opened on Monday by the U.N. "
                    "Human Rights Council.")
    assert ("IGO", "ETH", "090") in found
    found = factual("The African Union opened an inquiry into killings of farmers by Malian soldiers.")
    assert ("IGO", "MLI", "090") in found


def test_an_office_under_a_possessive_acts_for_its_holder(nlp):
    found = factual("The ICC prosecutor said on Monday that her office had opened an investigation into attacks by "
                    "Libyan militias on migrants.", codes=True)
    assert any(s == "IGOJUDICC" and (t or "").startswith("LBY") and c == "090" for s, t, c in found)


def test_observers_who_crossed_to_investigate_are_investigating(nlp):
    found = factual("U.N. military observers crossed into the buffer zone on Sunday to investigate Greek Cypriot "
                    "complaints that Turkish troops had shelled two villages.")
    assert ("IGO", "TUR", "090") in found


def test_an_inquiry_names_the_state_side_not_its_unplaced_allies(nlp):
    from detente.pipeline import code_text
    found = [m for m in code_text("The African Union began an inquiry into allegations that Malian soldiers and "
                                  "allied militiamen executed dozens of herders.", date="2026-03-10")
             if m.event_code == "090" and m.is_factual]
    assert [(m.source.country, m.target.code) for m in found] == [("IGO", "MLIMIL")]


def test_the_act_an_inquiry_is_opened_into_is_not_news_of_it(nlp):
    # the parser hangs "into" on "opened", not on "investigation"
    found = factual("Georgian prosecutors opened a criminal investigation into the Russian drone strike on the "
                    "port of Poti.")
    assert ("GEO", "RUS", "090") in found
    assert not any(c.startswith("19") for _, _, c in found)


def test_investigators_field_work_is_an_investigation_of_the_killers(nlp):
    # graves dug up, survivors interviewed: aimed at whoever killed those the graves or survivors tell of
    found = factual("U.N. investigators dug up the graves of farmers killed by Sudanese soldiers near Tawila.")
    assert ("IGO", "SDN", "090") in found
    found = factual("Amnesty International researchers interviewed survivors of executions carried out by Ethiopian "
                    "troops in Axum.")
    assert any(t == "ETH" and c == "090" for _, t, c in found)
    found = factual("IAEA inspectors took samples at a workshop near Isfahan on Monday.")
    assert ("IGO", "IRN", "090") in found


def test_bare_investigators_in_an_organs_report_are_its_own(nlp):
    # "investigators"/"officers" with no word of their own, in what a prosecutor or police force reports, are its staff
    found = factual("Chile's public prosecutor said investigators had begun examining the Peruvian raid on the "
                    "border post.")
    assert any(s == "CHL" and t == "PER" and c == "090" for s, t, c in found)
    found = factual("Ghanaian police said officers had arrested three Togolese smugglers near Aflao.")
    assert ("GHA", "TGO", "173") in found
    # staff named with their own country keep it
    found = factual("Ghanaian police said Togolese officers had arrested three smugglers near Aflao.")
    assert not any(s == "GHA" and c == "173" for s, _, c in found)
    # in a clause of someone else's admission the reporter's staff are not meant
    found = factual("The Togolese minister admitted that officers had detained three Ghanaian traders, Ghanaian "
                    "officials said.")
    assert not any(s == "GHA" and c == "173" for s, _, c in found)


def test_deaths_in_a_states_custody_are_probed_against_that_state(nlp):
    found = factual("Ankara opened an inquiry on Monday into the death of a Turkish student in Iranian custody.")
    assert ("TUR", "IRN", "090") in found
    found = factual("Polish prosecutors are investigating the deaths of three Polish truckers in a Belarusian jail.")
    assert ("POL", "BLR", "090") in found
    assert ("POL", "POL", "090") not in found


def test_killings_under_a_states_rule_are_probed_against_that_state(nlp):
    found = factual("An Argentine judge began investigating the disappearance of Argentine students under Uruguay's "
                    "military rule.")
    assert ("ARG", "URY", "090") in found


def test_a_death_in_custody_with_no_state_named_keeps_the_victim(nlp):
    found = factual("Kenyan police are investigating the death of a Ugandan trader in police custody.")
    assert ("KEN", "UGA", "090") in found


def test_an_inquiry_into_an_incident_in_which_a_force_acted_is_aimed_at_it(nlp):
    found = factual("U.N. peacekeepers began investigating an incident near Naqoura in which Israeli tanks fired on "
                    "one of their patrols.")
    assert ("IGO", "ISR", "090") in found


def test_an_inquiry_into_a_shooting_where_soldiers_killed_men_is_aimed_at_them(nlp):
    found = factual("The U.N. mission opened an investigation into a shooting in which two civilians were killed by "
                    "Congolese soldiers.")
    assert ("IGO", "COD", "090") in found
