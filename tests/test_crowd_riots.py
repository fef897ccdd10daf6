"""A crowd's rioting told by verbs no lexicon row codes (145): looting, ransacking, smashing, rampaging,
setting fire; said of rioters, protesters, mobs or crowds in thousands, aimed at what they hit, else at
their own state. Sentences are our own (current and older wire copy)."""

from __future__ import annotations

from coding_cases import code_text, factual


def test_rioters_looting_shops_riot_against_their_own_state(nlp):
    found = factual("Rioters angry at a rise in bread prices looted shops across Maputo on Wednesday.")
    assert ("MOZ", "MOZ", "145") in found


def test_a_crowd_in_thousands_rampaging_riots(nlp):
    found = factual("Thousands of opposition supporters rampaged through Nairobi on Tuesday after the vote count.")
    assert ("KEN", "KEN", "145") in found


def test_looting_a_foreign_peoples_homes_is_aimed_at_them(nlp):
    found = factual("Rioters looted French homes in Abidjan on Monday.")
    assert ("CIV", "FRA", "145") in found


def test_protesters_ransacking_offices_riot(nlp):
    found = factual("Angry protesters ransacked the offices of the ruling party in Dhaka on Thursday.")
    assert ("BGD", "BGD", "145") in found


def test_a_negated_riot_is_not_factual(nlp):
    mentions = [m for m in code_text("Police said protesters did not loot any shops in Lima on Friday.")
                if m.event_code == "145"]
    assert mentions and all(not m.is_factual for m in mentions)


def test_fans_rampaging_are_no_political_riot(nlp):
    found = factual("Thousands of fans rampaged through Marseille on Saturday after the match.")
    assert not any(c.startswith("14") for _, _, c in found)


def test_a_governments_supporters_rioting_is_no_official_protest(nlp):
    found = factual("Thousands of ruling party supporters rampaged through Harare on Monday, looting British-owned "
                    "shops.", root=True)
    assert not any(c == "11" for _, _, c in found)
