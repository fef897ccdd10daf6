"""Word classes in verb tables: "&relief" in an object column stands for the class's words."""

from __future__ import annotations

import pytest
from coding_cases import mismatches

from detente.coding.lexicon import parse_class_table, parse_verb_table, word_classes
from detente.errors import DataFileError

HEADER = "verb\tparticle\tobject\tprep\tcode\tflags\n"


def test_packaged_classes_load_and_expand_in_verb_rows():
    classes = word_classes()
    assert {"maize", "tent", "ration"} <= classes["relief"]
    (entry,) = parse_verb_table(HEADER + "airdrop\t-\t&relief|leaflet\tto\t073\n", "mine.tsv")
    assert {"maize", "leaflet"} <= entry.objects
    assert "&relief" in entry.rule  # the rule names the class, not its words


def test_unknown_class_names_file_line_and_the_known_classes():
    with pytest.raises(DataFileError) as caught:
        parse_verb_table(HEADER + "fly\t-\t&reliefs\tto\t073\n", "mine.tsv")
    assert "mine.tsv:2" in str(caught.value) and "&relief" in str(caught.value)


def test_class_table_is_validated():
    with pytest.raises(DataFileError, match="defined twice"):
        parse_class_table("class\twords\nfood\trice\nfood\tmaize\n", "classes.tsv")
    with pytest.raises(DataFileError, match="lists no words"):
        parse_class_table("class\twords\nfood\t-\n", "classes.tsv")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan flew tents and blankets to quake-hit Afghanistan on Friday.", ("JPN", "AFG", "073")),
    ("India handed 20,000 tonnes of wheat to Sri Lanka on Monday.", ("IND", "LKA", "073")),
    ("Turkey handed two armed drones to the Somali army on Sunday.", ("TUR", "SOM", "072")),
])
def test_carrying_verbs_deliver_relief_and_arms(nlp, sentence, expected):
    assert not mismatches(sentence, expected, "2026-03-10"), mismatches(sentence, expected, "2026-03-10")


def test_the_coding_rules_word_sets_are_packaged_data():
    from detente.coding import extract, participants
    from detente.coding.lexicon import WORD_SETS

    assert participants.HELD_PEOPLE is WORD_SETS["held_people"] and "fisherman" in participants.HELD_PEOPLE
    assert "demonstrator" in extract.PROTESTER_NOUNS
    assert all(words and all(w == w.lower() for w in words) for words in WORD_SETS.values())
