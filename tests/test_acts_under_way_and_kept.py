"""Acts the coder did not see at all: event nouns getting under way as subjects, hearings into events,
landings, relief parachuted, people or things kept until a condition, judged acts, returns to talks.

Our own sentences (not taken from any gold or dev set), dated in the 1990s where roles are date-ranged.
"""

from __future__ import annotations

import pytest

from detente.pipeline import code_text

DATE = "1996-04-01"

CASES = [
    # an event noun that begins, opens or resumes as its clause's subject is an event under way
    ("A French inquiry into the shooting down of the Rwandan president's plane opened in Paris on Monday.",
     ("FRA", "RWA", "090")),
    ("Japanese aid to Myanmar resumed on Tuesday after a three-year freeze.", ("JPN", "MMR", "070")),
    # hearings into events are an inquiry's
    ("A Nigerian judicial panel began hearings on Monday into the killing of Ogoni villagers by soldiers.",
     ("NGA", "NGA", "090")),
    # forces landing where a host asked for them, or peacekeepers landing, take up a mission (074)
    ("Nigerian troops landed in Freetown on Tuesday at the request of President Kabbah's government.",
     ("NGA", "SLE", "074")),
    ("Italian peacekeepers began landing at Durres on Saturday.", ("ITA", "ALB", "074")),
    # police flown to another state guard it (074)
    ("New Zealand flew 40 police officers to Bougainville at the request of the Papua New Guinea government.",
     ("NZL", "PNG", "074")),
    # a leader touching down somewhere arrives there (042)
    ("The Chinese president landed in Hanoi on Monday for a three-day visit.", ("CHN", "VNM", "042")),
    # relief parachuted from the air, counted in pallets; meals handed out
    ("French planes parachuted pallets of rice and tents to Rwandan refugees on Friday.", ("FRA", "RWA", "073")),
    # people or things kept until a condition is met, or not to be returned: a refusal to release (1243)
    ("Eritrea said the Yemeni fishermen would be held until Sanaa paid a fine.", ("ERI", "YEM", "1243")),
    ("Yemen said the Eritrean trawler would stay impounded in Hodeidah until Asmara paid the fine.",
     ("YEM", "ERI", "1243")),
    # an act judged in reported speech is its doer's, named by nationality or by the judging noun's "by"
    ("Latvia said the Russian overflight was reckless.", ("LVA", "RUS", "111")),
    ("Finland said the cable cut was a deliberate provocation by Moscow.", ("FIN", "RUS", "111")),
    # names one leader calls another
    ("Zimbabwe's president called the British prime minister a liar on Monday.", ("ZWE", "GBR", "111")),
    # going back to talks resumes them (046); refusing to, until the other side acts, rejects talks (125)
    ("Israel returned to the negotiating table with Syria on Monday.", ("ISR", "SYR", "046")),
    ("Ethiopia said it would not return to the talks with Eritrea until Asmara withdrew its troops.",
     ("ETH", "ERI", "125")),
    # money offered to a state named as the indirect object (033)
    ("Japan offered Indonesia 500 million dollars on Tuesday.", ("JPN", "IDN", "033")),
    # elections ruled out: a demand for political change refused (123)
    ("The Burmese junta ruled out early elections on Monday.", ("MMR", "MMR", "123")),
    # coordinated patrols are joint ones (062); soldiers swapped are prisoners exchanged (0841);
    # a visiting dignitary greeted on arrival is hosted (043)
    ("Thai and Malaysian navies began coordinated patrols of the Andaman Sea on Monday.", ("THA", "MYS", "062")),
    ("Armenian and Azerbaijani officials swapped 12 soldiers at the border on Friday.", ("ARM", "AZE", "0841")),
    ("King Hassan greeted the French president at Rabat airport on Sunday.", ("MAR", "FRA", "043")),
]


def _triples(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code)
            for m in code_text(text, date=DATE) if m.is_factual}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_acts_are_coded(nlp, text, expected):
    assert expected in _triples(text)


def test_relief_flights_landing_pay_no_visit(nlp):
    assert not any(code.startswith("04") for _, _, code in
                   _triples("U.N. relief flights landed in Juba on Monday for the first time in a month."))


def test_talks_held_until_a_date_are_no_custody(nlp):
    assert not any(code.startswith("12") for _, _, code in
                   _triples("Egypt said the talks would be held in Cairo until Friday."))


def test_a_judged_act_of_no_named_doer_is_no_criticism(nlp):
    assert not any(code.startswith("11") for _, _, code in
                   _triples("Latvia said the overflight was reckless."))


def test_returning_home_is_no_talks(nlp):
    assert not any(code.startswith("04") for _, _, code in
                   _triples("The Serbian president returned to Belgrade on Monday."))


def test_a_plan_that_resumes_is_no_aid(nlp):
    assert not any(code.startswith("07") for _, _, code in _triples("The debate over aid resumed in parliament on Monday."))
