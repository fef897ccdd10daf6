"""Lexicon data round 5 (session 6): soldiers, farmers and other people held by another state
sent back or repatriated, cartel figures transferred or sent to face trial abroad, more words
of criticism a government applies to another's act, and acts that draw a protest or
condemnation from another state.

Our own development sentences (not taken from any gold or dev set), written from the CAMEO
1.1b3 code descriptions and usual news phrasing. Each is coded through the whole pipeline
(:func:`detente.pipeline.code_text`); the negative cases guard the senses the new rows must
not take.
"""

from __future__ import annotations

import pytest

from coding_cases import mismatches

from detente.pipeline import code_text

pytestmark = pytest.mark.slow

DATE = "2025-11-01"

# (sentence, (source country or None, target country or None, CAMEO code)); None: not checked
CASES = [
    # 0841: people held by another state sent back or repatriated
    ("Pyongyang sent back a South Korean farmer on Thursday.", ("PRK", "KOR", "0841")),
    ("North Korea sent back two South Korean fishermen after a week in custody.", ("PRK", "KOR", "0841")),
    ("Russia repatriated two captured Ukrainian soldiers on Monday.", ("RUS", "UKR", "0841")),
    ("China repatriated a Taiwanese pilot whose plane had strayed off course.", ("CHN", "TWN", "0841")),
    # 063: cartel figures and traffickers handed to another state's courts
    ("Mexico sent 26 cartel figures to the United States to face charges.", ("MEX", "USA", "063")),
    ("Mexico transferred 29 cartel bosses to the United States on Thursday.", ("MEX", "USA", "063")),
    ("Ecuador handed over a drug kingpin to the United States.", ("ECU", "USA", "063")),
    # 111: more judging words of criticism
    ("Belarus called Lithuania's border closure a blockade.", ("BLR", "LTU", "111")),
    ("Moscow called the EU's sanctions unfriendly.", ("RUS", "IGO", "111")),
    ("Serbia called Kosovo's move unconstitutional.", ("SRB", "KSV", "111")),
    ("Beijing called Taipei's decision undemocratic.", ("CHN", "TWN", "111")),
    ("Russia said Lithuania's decision was destructive.", ("RUS", "LTU", "111")),
    ("Iran said Britain's move was shameless.", ("IRN", "GBR", "111")),
    ("Pakistan said India's strike was heinous.", ("PAK", "IND", "111")),
    ("China said Japan's remarks were despicable.", ("CHN", "JPN", "111")),
    ("Iran said Washington's sanctions were sabotage.", ("IRN", "USA", "111")),
    ("Belarus described Warsaw's measures as hysteria.", ("BLR", "POL", "111")),
    ("Moscow described Riga's treatment of Russian speakers as persecution.", ("RUS", "LVA", "111")),
    ("Russia described the sanctions as extortion.", ("RUS", None, "111")),
    ("China described the tribunal's ruling as a travesty.", ("CHN", None, "111")),
    ("Moscow described the trial as a charade.", ("RUS", None, "111")),
    ("Moscow called the verdict a mockery.", ("RUS", None, "111")),
    # 114 / 111: an act that draws a protest or condemnation from another state
    ("Russia's expulsion of two Estonian diplomats drew a formal protest from Tallinn.", ("EST", "RUS", "114")),
    ("The Chinese drills drew sharp condemnation from Taipei.", ("TWN", "CHN", "111")),
    ("India's decision sparked criticism from Pakistan.", ("PAK", "IND", "111")),
    ("Hungary's veto provoked a rebuke from Poland.", ("POL", "HUN", "111")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round5_rows_code_their_sense(sentence, expected):
    wrong = mismatches(sentence, expected, DATE)
    assert not wrong, f"{sentence!r}: expected {expected}, produced {wrong}"


@pytest.mark.parametrize(("sentence", "code"), [
    # migrants sent back are deported, not released captives
    ("Pakistan sent back thousands of Afghan migrants.", "0841"),
    # soldiers sent to a front are a deployment, not a handover to justice
    ("Russia sent more soldiers to the Kursk region.", "063"),
    # a crowd drawn from the provinces is no protest by anyone against the rally
    ("The rally drew supporters from several provinces.", "111"),
    ("The protest drew thousands of people from across the country.", "114"),
])
def test_round5_rows_keep_out_of_other_senses(sentence, code):
    assert not any(m.event_code == code for m in code_text(sentence, date=DATE))
