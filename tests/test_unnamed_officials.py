"""Unnamed officials and offices of wire copy ("a police spokesman", "the prosecutor's office") speak for
the state their sentence's place or their story names. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str, date: str = "2026-02-10") -> set[tuple[str, str | None, str]]:
    return {(m.source.code, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=date) if m.is_factual}


def test_police_spokesman_takes_the_one_state_its_sentence_places(nlp):
    found = events("A police spokesman accused opposition lawyers of spreading lies to tarnish Malawi's image.")
    assert any(source == "MWICOP" and code.startswith("11") for source, _, code in found)


def test_indefinite_spokesman_speaks_in_the_capital_named_before_him(nlp):
    found = events("In Hanoi, a foreign ministry spokeswoman accused Beijing of ramming a Vietnamese fishing boat.")
    assert any(source == "VNMGOV" and target == "CHN" and code.startswith("11") for source, target, code in found)


def test_spokesman_of_a_datelined_story_is_the_home_state(nlp):
    found = events("LUSAKA - A police spokesman denied that officers had beaten the detainees.")
    assert ("ZMBCOP", "ZMB", "016") in found


def test_official_is_not_placed_by_an_armed_groups_home(nlp):
    # the ADF is coded as Ugandan; the official speaks for Congo, where Ituri lies
    found = events("More than 30 villagers were killed in an attack by ADF militants in Ituri province, "
                   "a local official said.")
    assert not any(target == "UGA" for _, target, _ in found)


def test_named_bodys_spokesman_is_not_guessed(nlp):
    found = events("In Brussels, a Commission spokesman urged Algiers to lift the import restrictions.")
    assert not any(source.startswith("BEL") for source, _, _ in found)


def test_prosecutors_office_is_the_prosecutors(nlp):
    found = events("NAIROBI - The prosecutor's office charged two opposition activists with treason.")
    assert ("KENJUD", "KEN", "173") in found


def test_attorney_generals_office_of_the_dateline_state(nlp):
    found = events("JAKARTA - A former governor was questioned by the attorney general's office for three hours "
                   "on Wednesday.")
    assert any(source == "IDNJUD" and code == "090" for source, _, code in found)


def test_a_states_agency_is_that_states(nlp):
    text = ("Kenya's prosecutors charged two county officials with fraud last week.\n\n"
            "A second inquiry was opened by the country's anti-corruption agency on Friday.")
    found = events(text)
    assert any(source.startswith("KEN") and code == "090" for source, _, code in found)


def test_unnamed_state_body_takes_its_sentence_state(nlp):
    found = events("Tanzania's largest opposition party was disqualified from the vote by the national electoral "
                   "commission.")
    assert ("TZAGOV", "TZA", "172") in found
    found = events("Guinea accused Sierra Leone of moving troops into Yenga. The border force said it had "
                   "arrested six Sierra Leonean soldiers.")
    assert any(source == "GINMIL" and target == "SLE" and code == "173" for source, target, code in found)


def test_unnamed_state_body_in_a_story_about_one_state(nlp):
    found = events("Kenya's opposition rejected the results. The electoral commission said the vote had been "
                   "fair, and accused the opposition of inciting violence.")
    assert any(source == "KENGOV" and code.startswith("11") for source, _, code in found)


def test_multinational_force_is_no_state_body(nlp):
    found = events("Chad and Niger signed a border deal. The multinational force arrested two smugglers.")
    assert not any(source.endswith("MIL") for source, _, _ in found)


def test_a_governor_told_by_title_holds_the_story_states_office(nlp):
    text = ("MAIDUGURI, Nigeria - Boko Haram fighters attacked a market in Borno state on Sunday, officials said.\n\n"
            "The state governor accused the militants of killing 20 traders.")
    found = events(text)
    assert ("NGAGOV", "NGA", "112") in found


def test_a_mayor_and_a_police_chief_told_by_title(nlp):
    found = events("Protesters clashed with Peruvian police in Cusco on Monday.\n\n"
                   "The mayor condemned the violence, and the police chief blamed the protesters for it.")
    assert any(source == "PERGOV" and code.startswith("11") for source, _, code in found)
    assert any(source == "PERCOP" and code.startswith("11") for source, _, code in found)


def test_a_commander_told_by_title_is_not_guessed_a_states(nlp):
    # a rebel group's commander is as often "the commander" as an army's
    found = events("Colombian troops clashed with ELN guerrillas near the border on Monday.\n\n"
                   "The commander accused the guerrillas of laying mines.")
    assert not any(source == "COLMIL" and code.startswith("11") for source, _, code in found)
