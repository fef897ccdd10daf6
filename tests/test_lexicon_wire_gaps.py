"""Lexicon additions for common wire-copy wordings that coded nothing: armed forces
leaving a place (087) and warplanes flying over it (150), transport links halted with a state
(160), constitutions suspended (1721), bodies dissolved (1722), helicopters delivered (072),
commissions of inquiry named (090), crossings reopened into a territory (0863) and a halt to fire
declared (0871); people thrown out or driven off their land (174/201), throats slit (1823),
captives chained to targets (184), remains exchanged (0841) and fronts banned (1722).

Our own sentences (not taken from any gold or dev set), coded through the whole pipeline; each
case gives the expected factual (source country, target country, CAMEO code).
"""

from __future__ import annotations

import pytest
from coding_cases import factual

from detente.coding.lexicon import parse_noun_table, parse_verb_table
from detente.errors import DataFileError
from detente.pipeline import code_text

DATE = "2011-06-01"

CASES = [
    # forces leaving or quitting a named place withdraw from it
    ("The last Syrian soldiers left Lebanon on Tuesday.", ("SYR", "LBN", "087")),
    ("Ethiopian troops quit Somalia on Friday after two years.", ("ETH", "SOM", "087")),
    # military aircraft flying over a territory show force there
    ("Turkish warplanes flew over the Greek island of Lesbos on Monday.", ("TUR", "GRC", "150")),
    # transport links halted with a state, a constitution suspended, a party or parliament dissolved
    ("Armenia halted all rail and road links with Azerbaijan on Monday.", ("ARM", "AZE", "160")),
    ("Ecuador's president suspended the constitution on Friday.", ("ECU", "ECU", "1721")),
    ("A Thai court dissolved the opposition Future Forward movement on Friday.", ("THA", "THA", "1722")),
    # arms delivered
    ("Russia delivered six attack helicopters to the Malian army on Thursday.", ("RUS", "MLI", "072")),
    # inquiries set going
    ("Kenya's president appointed a commission of inquiry into the police killings on Monday.",
     ("KEN", None, "090")),
    # a crossing reopened into a territory lets aid through
    ("Turkey reopened the Bab al-Hawa crossing into Syria on Monday.", ("TUR", "SYR", "0863")),
    # people thrown out of a country or driven off their land: a mass of them is a mass expulsion
    ("Libyan police threw thousands of Sudanese workers out of the country on Friday.", ("LBY", "SDN", "201")),
    ("Ivorian militiamen drove thousands of Burkinabe farmers off their land on Sunday.", ("CIV", "BFA", "201")),
    # throats slit, captives chained to targets as human shields, remains exchanged
    ("Algerian Islamist guerrillas slit the throat of a village imam on Friday.", ("DZA", "DZA", "1823")),
    ("Bosnian Serb forces chained captured U.N. peacekeepers to a bridge on Saturday.", ("BIH", "IGO", "184")),
    ("Iran and Iraq exchanged the remains of 230 soldiers at the border on Monday.", ("IRN", "IRQ", "0841")),
    ("Chinese warplanes flew near Taiwan on Monday.", ("CHN", "TWN", "150")),
    ("A North Korean rocket flew over northern Japan on Tuesday.", ("PRK", "JPN", "150")),
    # a throat-cutting raid on a mass of villagers is a mass killing
    ("Algerian Islamist guerrillas cut the throats of more than 100 villagers in an overnight raid.",
     ("DZA", "DZA", "202")),
    # a front banned like a party
    ("A Tunisian court banned the Popular Salvation Front on Monday.", ("TUN", None, "1722")),
    # a halt to fire declared is a ceasefire
    ("Armenia and Azerbaijan declared a halt to cross-border fire on Sunday.", ("ARM", "AZE", "0871")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_wire_wording_is_coded(nlp, text, expected):
    source, target, code = expected
    got = factual(text, DATE)
    assert any((source is None or s == source) and (target is None or t == target) and c == code
               for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "The French foreign minister left Paris for Algiers on Monday.",
    "Indian soldiers left the bodies of two Pakistani intruders at the border.",
    "Hamas fighters left 20 Israeli soldiers dead in the ambush.",
    "The Chinese president's plane flew over Taiwan on Monday.",
    "The Kenyan president threw the proposal out of the window.",
    "Somali militants kidnapped four Kenyan aid workers on Tuesday and drove them into the forest.",
])
def test_leaving_flying_and_throwing_out_need_their_kind(nlp, text):
    # a minister leaving a city, soldiers leaving bodies or a leader's plane are no withdrawal or show of
    # force; a proposal thrown out, or hostages driven off, are no one expelled
    assert not [m for m in code_text(text, date=DATE) if m.event_code in ("087", "0874", "150", "174", "201")]


def test_ordered_to_leave_stays_an_expulsion(nlp):
    # peacekeepers ordered out are expelled by whoever gave the order (166x), not withdrawing (087)
    text = "Ethiopia ordered the U.N. peacekeepers to leave the country within ten days."
    codes = {m.event_code for m in code_text(text, date=DATE)}
    assert "1661" in codes and "087" not in codes


def test_forces_flag_is_read_in_verb_tables_only():
    header = "verb\tparticle\tobject\tprep\tcode\tflags\n"
    (entry,) = parse_verb_table(header + "leave\t-\t-\t-\t087\tforces\n", "mine.tsv")
    assert entry.forces and entry.code == "087"
    with pytest.raises(DataFileError, match="verb tables"):
        parse_noun_table("noun\tmodifier\tverbs\tprep\tcode\tflags\nexit\t-\t*\tfrom\t087\tforces\n", "mine.tsv")
