"""Hostage-taking by armed groups (CAMEO 181) across its wordings, and state forces' detentions (173)."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str, date: str = "2025-06-01") -> set[tuple[str, str | None, str]]:
    return {(m.source.code, m.target.code if m.target else None, m.event_code)
            for m in code_text(text, date=date) if m.is_factual}


def test_part_of_a_group_captured_by_militants():
    # "one of the pilots": the people the part is of were taken
    assert ("MLIREB", "FRA", "181") in events("Malian militants captured one of the French pilots on Monday.")


def test_geologists_seized_by_militants():
    got = events("Uzbek militants seized four Japanese geologists in the mountains on Tuesday.")
    assert any(code == "181" and target and target.startswith("JPN") for _, target, code in got)


def test_rebel_fighters_seizing_a_governor():
    got = events("Syrian rebel fighters seized Governor Ahmed Khalil at his office on Friday.")
    assert ("SYRREB", "SYRGOV", "181") in got


def test_snatching_soldiers_is_hostage_taking():
    got = events("Israel said Hezbollah fighters had snatched two Israeli reservists near the border.")
    assert ("LBNREB", "ISRMIL", "181") in got


def test_rebels_holding_peacekeepers():
    assert ("CODREB", "IND", "181") in events("Congolese rebels are holding 40 Indian blue helmets.")


def test_rebels_holding_part_of_a_crew():
    got = events("Yemeni rebels said on Monday they were holding several of the ship's Greek crew members.")
    assert ("YEMREB", "GRC", "181") in got


def test_peacekeepers_held_by_militiamen():
    got = events("Twenty Nepali peacekeepers were held by Congolese militiamen for three days.")
    assert ("CODREB", "NPL", "181") in got


def test_state_army_holding_soldiers_is_a_detention():
    got = events("The Ugandan army said on Monday it was holding two Congolese soldiers.")
    assert ("UGAMIL", "CODMIL", "173") in got


def test_holding_people_in_the_simple_present_is_a_standing_state():
    assert events("The M23 says it holds several hundred Congolese soldiers.") == set()


def test_holding_someone_responsible_is_no_detention():
    got = events("Kenya held Somali soldiers responsible for the attack.")
    assert not any(code in ("173", "181") for _, _, code in got)


def test_snatching_a_win_is_no_event():
    assert events("The striker snatched a late winner for Arsenal on Saturday.") == set()


def test_relative_clause_with_whom_names_the_captives():
    got = events("The Israeli army hunted for two Israeli reservists whom Hezbollah fighters had snatched.")
    assert ("LBNREB", "ISRMIL", "181") in got


def test_militants_seizing_schoolgirls():
    assert ("NGAREB", "NGA", "181") in events("Boko Haram fighters seized 40 Nigerian schoolgirls in Borno.")


def test_state_soldiers_capturing_rebels_is_no_abduction():
    got = events("Nigerian soldiers captured three Boko Haram fighters in Borno on Monday.")
    assert ("NGAMIL", "NGAREB", "1711") in got
