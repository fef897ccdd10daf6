"""Coding: "X called the <act> <judgement>" is X's criticism (11x) of whoever did the act, also when the parser
misplaces the judged noun or the judging word: a quoted adjective that takes the noun as its modifier ("called
the incursion "reckless and dangerous""), a judging noun the parser read as the act noun's object ("called the
Turkish import ban a violation"). Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_quoted_adjective_judging_an_earlier_act_criticises_its_doer(nlp):
    found = coded("Two Belarusian helicopters crossed into Lithuanian airspace on Monday, the army said.\n\n"
                  "Lithuanian Foreign Minister Kestutis Budrys called the flight \"brazen and reckless\" "
                  "and said it was the third this year.")
    assert ("LTU", "BLR", "11") in found


def test_an_attack_called_an_assault_is_criticised(nlp):
    found = coded("Russian hackers disabled the water system of a Finnish town on Sunday, officials said.\n\n"
                  "Finnish Foreign Minister Elina Valtonen called the attack \"an assault on civilians\".")
    assert ("FIN", "RUS", "11") in found


def test_judging_noun_parsed_as_the_act_nouns_object(nlp):
    found = coded("Georgia called the Turkish import ban a violation of their trade agreement.")
    assert ("GEO", "TUR", "11") in found


def test_judging_noun_with_the_act_as_its_own_phrase(nlp):
    found = coded("Serbia has seized 300 Kosovar cattle at the border, and Pristina called the seizure outright "
                  "robbery on Friday.")
    assert ("XKX", "SRB", "11") in found or ("KSV", "SRB", "11") in found


def test_judging_noun_with_its_own_participle(nlp):
    found = coded("Estonia shut its eastern checkpoints on Monday.\n\n"
                  "In Moscow, the Kremlin spokesman called the shutdown a provocation ordered by Washington.")
    assert ("RUS", "EST", "11") in found


def test_a_storm_called_a_disaster_accuses_no_one(nlp):
    found = coded("Hail hit farms in Poland and Lithuania on Monday.\n\n"
                  "Lithuanian farmers called the storm a disaster and the hailstorm outright theft of their harvest.")
    assert not {f for f in found if f[2] == "11" and f[1] is not None}
