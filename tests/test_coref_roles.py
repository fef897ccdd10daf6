"""Who "he", "she" and an unnamed ministry refer to in whole articles: a titled envoy is a person,
and a ministry telling of a state's own act is that state's. Articles are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str, date: str = "2026-02-10") -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=date) if m.is_factual}


def test_pronoun_takes_the_titled_envoy_in_subject_position(nlp):
    text = ("The European Union's special representative for Central Asia, Terhi Hakala, met Kyrgyz President "
            "Sadyr Japarov in Bishkek on Thursday. She urged Kyrgyzstan to reopen its border with Tajikistan.")
    found = triples(text)
    assert ("IGO", "KGZ", "0255") in found
    assert not any(source == "KGZ" and code == "0255" for source, _, code in found)


def test_he_after_an_unnamed_envoy_is_the_envoy_not_the_president_he_met(nlp):
    text = ("The European Union's special representative met Kyrgyz President Sadyr Japarov in Bishkek on "
            "Thursday. He urged the government to release jailed journalists.")
    found = triples(text)
    assert ("IGO", "KGZ", "0253") in found
    assert ("KGZ", "KGZ", "0253") not in found


def test_ministry_after_a_summons_is_the_summoning_state(nlp):
    text = ("Peru summoned Bolivia's ambassador on Friday, the foreign ministry said.\n\n"
            "The ministry accused La Paz of sheltering smugglers.")
    found = triples(text)
    assert ("PER", "BOL", "112") in found
    assert not any(source == "BOL" and code == "112" for source, _, code in found)


def test_ministry_after_an_expulsion_is_the_expelling_state(nlp):
    text = ("Ghana expelled two Togolese diplomats on Monday, the foreign ministry said.\n\n"
            "The ministry accused them of spying for Lome.")
    found = triples(text)
    assert any(source == "GHA" and code.startswith("112") for source, _, code in found)
    assert not any(source == "TGO" and code.startswith("112") for source, _, code in found)


def test_ministry_telling_of_a_strike_on_its_own_country_stays_its_own(nlp):
    text = ("Azerbaijan shelled Armenia on Monday night, the health ministry said.\n\n"
            "The ministry condemned the attack.")
    found = triples(text)
    assert ("ARM", "AZE", "111") in found
    assert not any(source == "AZE" and code == "111" for source, _, code in found)


def test_ministry_after_recalling_its_envoy_is_the_recalling_state(nlp):
    text = ("Chile recalled its ambassador from Caracas on Thursday, the foreign ministry said.\n\n"
            "The ministry accused Venezuela of harassing Chilean diplomats.")
    found = triples(text)
    assert ("CHL", "VEN", "112") in found
    assert not any(source == "VEN" and code == "112" for source, _, code in found)


def test_he_after_a_bloc_negotiator_is_the_bloc(nlp):
    text = ("The African Union's chief negotiator met Chadian President Mahamat Deby in N'Djamena on Friday. "
            "He urged the government to reopen the border with Sudan to aid convoys.")
    found = triples(text)
    assert any(source == "IGO" and target == "TCD" and code.startswith("02") for source, target, code in found)
    assert not any(source == "TCD" and code.startswith("02") for source, _, code in found)


def test_ministry_after_a_protest_note_is_the_protesting_state(nlp):
    text = ("Laos handed a protest note to Thailand on Tuesday, the foreign ministry said.\n\n"
            "The ministry accused Bangkok of violating Lao airspace.")
    found = triples(text)
    assert any(source == "LAO" and target == "THA" and code.startswith("112") for source, target, code in found)
    assert not any(source == "THA" and code.startswith("112") for source, _, code in found)


def test_government_in_a_joined_clause_with_its_own_subject_is_the_state_named_before(nlp):
    # the first clause's country is the only state named: "and the government ..." is a clause of its own
    text = "Moldova's president dissolved parliament and the government imposed a curfew across the country."
    found = triples(text)
    assert ("MDA", "MDA", "1723") in found


def test_interior_ministry_in_a_joined_clause_takes_the_first_clause_state(nlp):
    text = ("Malawi's president resigned on Sunday, and the interior ministry banned all street protests "
            "in the capital.")
    found = triples(text)
    assert any(source == "MWI" and code.startswith("17") for source, _, code in found)


def test_he_is_the_speaker_not_the_envoy_his_report_is_about(nlp):
    # the main clause's subject before the subject of the clause he reports
    text = ("Poland expelled two Belarusian diplomats on Tuesday.\n\n"
            "Polish Foreign Minister Radoslaw Sikorski said the Belarusian ambassador had been summoned to the "
            "ministry and told that the diplomats must leave within three days. He accused Minsk of helping "
            "migrants cross the border illegally.")
    found = triples(text)
    assert ("POL", "BLR", "112") in found
    assert not any(source == "BLR" and code == "112" for source, _, code in found)
