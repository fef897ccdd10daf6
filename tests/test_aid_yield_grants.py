"""Aid and yielding told with other words: refugee status granted (075), relief goods brought (073),
forces arriving at a base or sent to shield civilians (074), bases handed to another's army (0874),
two sides beginning a truce (0871 both ways).

Our own sentences (not taken from any gold or dev set), written from the CAMEO 1.1b3 code
descriptions; the negative cases guard the senses the rows must not take.
"""

from __future__ import annotations

import pytest
from coding_cases import factual

DATE = "2024-03-10"

# (sentence, (source country, target country, CAMEO code)); all factual
CASES = [
    ("Kenya granted refugee status to some 5,000 Somalis who had fled the drought.", ("KEN", "SOM", "075")),
    ("The Jordanian army brought food and blankets to Syrian refugees stranded at the border.",
     ("JOR", "SYR", "073")),
    ("Dutch marines arrived at Kandahar airfield on Tuesday to help secure the city.", ("NLD", "AFG", "074")),
    ("Kenya deployed troops to Somalia on Tuesday to shield civilians from the militants.",
     ("KEN", "SOM", "074")),
    ("Britain handed its last military bases in Belize to the Belizean army on Tuesday.", ("GBR", "BLZ", "0874")),
    ("Israel and Hamas started a ceasefire on Sunday.", ("ISR", "PSE", "0871")),
    ("Israel and Hamas started a ceasefire on Sunday.", ("PSE", "ISR", "0871")),
]

# (sentence, code that must not be coded)
NOT_CODED = [
    ("The storm brought heavy rain to Bangladesh.", "073"),
    ("The delegation arrived at a compromise on Tuesday.", "042"),
    ("The rebels began an offensive on Sunday.", "0871"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_aid_and_yield_rows(nlp, text, expected):
    assert expected in factual(text, DATE)


@pytest.mark.parametrize(("text", "code"), NOT_CODED, ids=[c[0][:48] for c in NOT_CODED])
def test_rows_keep_to_their_sense(nlp, text, code):
    assert code not in {c for _, _, c in factual(text, DATE)}


def test_paying_for_a_war_is_no_aid(nlp):
    from detente.pipeline import code_text
    found = code_text("The sanctions target the oil revenue that Moscow uses to finance the war against Ukraine.",
                      date="2025-10-01")
    assert not any(m.event_code.startswith("07") for m in found)
    aid = code_text("Japan pledged to fund the reconstruction of Ukrainian power plants.", date="2025-10-01")
    assert any(m.event_code.startswith("03") or m.event_code.startswith("07") for m in aid)
