"""Lexicon additions from the review of the older-register and current dev sentence sets: regions
put under emergency rule (1724), envoys recalled from their post (161), water cannon turned on
people or boats (175), audits begun (091) and investigations authorised (090).

Our own sentences (not taken from any gold or dev set), coded through the whole pipeline with
the expected source country, target country (``None``: not checked) and CAMEO code.
"""

from __future__ import annotations

import pytest
from coding_cases import factual

from detente.pipeline import code_text

DATE = "2004-06-01"

CASES = [
    # 1724: a region placed under emergency rule or martial law
    ("Peru's president put three Andean provinces under a state of emergency on Friday.", ("PER", "PER", "1724")),
    ("Sri Lanka placed the eastern province under emergency rule.", ("LKA", "LKA", "1724")),
    # 161: the envoy's post names the state relations are reduced with
    ("Kenya recalled its ambassador in Mogadishu for consultations on Tuesday.", ("KEN", "SOM", "161")),
    # 175: water cannon, not a verbal blast
    ("Chinese coast guard ships blasted a Philippine supply boat with water cannon.", ("CHN", "PHL", "175")),
    ("Turkish police hit the marchers with water cannon in Istanbul.", ("TUR", "TUR", "175")),
    # 091 / 090: audits begun, investigations authorised
    ("The IMF began an audit of Kenya's central bank on Monday.", ("IGO", "KEN", "091")),
    ("Brazil's Supreme Court authorized a probe into President Lula's chief of staff.", ("BRA", "BRA", "090")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_state_measures_wording_is_coded(nlp, text, expected):
    source, target, code = expected
    got = factual(text, DATE)
    assert any((source is None or s == source) and (target is None or t == target) and c == code
               for s, t, c in got), got


def test_verbal_blast_stays_disapproval(nlp):
    # without water cannon, "blasted" is still a verbal attack (111)
    codes = {m.event_code for m in code_text("Greece blasted Turkey over the drilling plan.", date=DATE)}
    assert "111" in codes and "175" not in codes


def test_fans_on_the_pitch_are_sport_not_invasion(nlp):
    # "fans" and "pitch" together place the sentence in sport: no armed invasion of the rival state
    text = "Angry fans invaded the pitch in Lima after the Peruvian club lost to a Bolivian side."
    assert not [m for m in code_text(text, date=DATE) if m.root_code in {"17", "18", "19", "20"}]
    assert "19" in {m.root_code for m in code_text("Russia invaded Ukraine in February.", date=DATE)}
