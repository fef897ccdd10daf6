"""The spaCy pipeline wrapper: loaded once, sentences never cross a paragraph break."""

from __future__ import annotations

from detente.nlp import load_pipeline


def test_pipeline_is_loaded_once(nlp):
    assert load_pipeline() is nlp


def test_a_blank_line_always_starts_a_sentence(nlp):
    text = "Russia Warns NATO Over Baltic Drills\n\nRussia warned NATO on Monday. It said so.\n\nChina met Japan."
    starts = [sent.start_char for sent in nlp(text).sents]
    assert text.index("Russia warned") in starts
    assert text.index("China met") in starts
    assert 0 in starts and len(starts) == 4
