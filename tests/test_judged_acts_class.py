"""Coding: criticism told by characterising another party's act rather than by a verb of condemning: a
judging word of the disapproval class ("an act of harassment", "incompatible with international law"), an
act said to amount to or constitute a judging noun ("amounted to a war crime", "constituted a violation"),
an act whose doer its own "by" phrase names. The judged party is the target; self-judgements, judgements
of non-political things and the diplomatic-status formula of an expulsion stay uncoded. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def criticisms(text: str) -> set[tuple[str, str | None]]:
    return {(s, t) for s, t, c in coded(text) if c.startswith("11") and t is not None}


def test_act_described_as_harassment_criticises_its_owner(nlp):
    assert ("JPN", "CHN") in criticisms("Japan described China's coast guard patrols as an act of harassment.")


def test_actions_incompatible_with_law_in_reported_speech(nlp):
    assert ("GRC", "TUR") in criticisms(
        "The Greek prime minister told parliament that Turkey's actions were \"incompatible with international law\".")
    assert ("SRB", "HRV") in criticisms("Serbia said Croatia's new border rules were incompatible with the treaty.")


def test_act_amounting_to_a_war_crime_accuses_its_doer(nlp):
    assert ("PSE", "ISR", "112") in coded(
        "The Palestinian foreign ministry said the Israeli strikes amounted to a war crime.")


def test_act_constituting_a_violation_accuses_its_doer(nlp):
    assert ("DEU", "RUS", "112") in coded("Berlin said the Russian action constituted a violation of international law.")
    assert ("EST", "RUS") in criticisms("Estonia said Moscow's decision represented an unfriendly act.")


def test_act_judged_is_held_against_the_doer_of_its_by_phrase(nlp):
    found = criticisms("Human rights groups in Cairo said the arrests of the journalists by Egyptian police "
                       "were politically motivated.")
    assert any(t == "EGY" for _, t in found)


def test_self_judgement_and_non_political_things_stay_uncoded(nlp):
    assert not criticisms("Britain said its own decision was regrettable.")
    assert not criticisms("The Kenyan government said the weather was dangerous for fishermen.")
    assert not criticisms("Officials said the situation was unacceptable.")


def test_expulsion_formula_is_no_criticism(nlp):
    found = coded("Asmara ordered two Ethiopian diplomats to leave over what the ministry called "
                  "\"activities incompatible with their status\".")
    assert not {f for f in found if f[2].startswith("11")}
    assert ("ERI", "ETH", "161") in found or any(c.startswith("16") for _, _, c in found)
