"""Data round 9 (session 7): praise drawn, won or earned from another side (051), frameworks and
roadmaps signed (057), crossings shut or closed along a frontier (191), "brazen" as a word of
criticism (111), evidence gathered on another side's acts (090), consular access asked for
(020), high commissioners called in (114), curfews reimposed (1723) and the expulsion of
consuls and embassy staff (161).

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

DATE = "2026-02-10"

# (sentence, (source country or None, target country or None, CAMEO code)); None: not checked
CASES = [
    # 051: praise drawn, won or earned from another side praises the subject's side
    ("Kenya drew praise from the African Union.", ("IGO", "KEN", "051")),
    ("The Kenyan government's decision to reopen the border won praise from Somalia.", ("SOM", "KEN", "051")),
    # 057: frameworks and roadmaps signed are agreements, both ways
    ("Ghana and Togo signed a framework for security cooperation on Monday.", ("GHA", "TGO", "057")),
    ("Ghana and Togo signed a framework for security cooperation on Monday.", ("TGO", "GHA", "057")),
    ("Peru signed a trade framework with Chile.", ("PER", "CHL", "057")),
    # 191: crossings or checkpoints shut along or on a frontier restrict movement
    ("Thailand closed every crossing along the Cambodian frontier.", ("THA", "KHM", "191")),
    ("India shut all checkpoints on its border with Pakistan.", ("IND", "PAK", "191")),
    # 111: an act described as brazen is criticised
    ("Poland described Russia's incursion as brazen.", ("POL", "RUS", "111")),
    # 090: evidence gathered or collected on another side's acts
    ("ICC prosecutors gathered evidence against Sudan's army.", ("IGO", "SDN", "090")),
    ("U.N. investigators collected evidence on abuses by Russian troops.", ("IGO", "RUS", "090")),
    # 020: consular access asked for or sought
    ("India sought consular access to the Indian sailors held by Iran.", ("IND", None, "020")),
    ("India asked for consular access to its nationals detained in Iran.", ("IND", None, "020")),
    # 114: a high commissioner called in is summoned
    ("Bangladesh called in India's high commissioner in Dhaka on Sunday.", ("BGD", "IND", "114")),
    ("Kenya called in the British high commissioner over the remarks.", ("KEN", "GBR", "114")),
    # 1723: a curfew reimposed
    ("Thailand reimposed a curfew in its southern provinces.", ("THA", "THA", "1723")),
    # 161: the expulsion of a consul or embassy staff, like that of a diplomat
    ("Vilnius announced the expulsion of a Belarusian consul.", ("LTU", "BLR", "161")),
    ("Latvia ordered the expulsion of two Russian embassy staffers.", ("LVA", "RUS", "161")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round9_rows_code_their_sense(sentence, expected):
    wrong = mismatches(sentence, expected, DATE)
    assert not wrong, f"{sentence!r}: expected {expected}, produced {wrong}"


@pytest.mark.parametrize(("sentence", "code"), [
    # an album praised by critics involves no political actor
    ("The band's new album drew praise from critics.", "05"),
    # a painting's frame is no agreement
    ("She signed the framework of the painting.", "05"),
    # a shop closing its doors is no blockade
    ("The shop closed its doors on the frontier road.", "19"),
    # access to an archive or a trail asked for by private people is no appeal between actors
    ("Researchers asked for access to the archive.", "02"),
    ("The hikers sought access to the summit trail.", "02"),
    # a school secretary expelled is no diplomat
    ("The school's expulsion of its secretary caused a stir.", "16"),
    # a replacement called in by a coach is not summoned
    ("The coach called in a replacement commissioner.", "11"),
])
def test_round9_rows_keep_out_of_other_senses(sentence, code):
    assert not any(m.event_code.startswith(code) for m in code_text(sentence, date=DATE))
