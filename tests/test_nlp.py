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


def test_a_wire_dateline_is_its_own_sentence(nlp):
    text = ("DOHA, October 19 (Reuters) - Pakistan and Afghanistan agreed to a ceasefire.\n\n"
            "KYIV, Ukraine (AP) \u2014 Russia attacked the city overnight.\n\n"
            "GAZA CITY: Two men were killed.\n\n"
            "NATO said on Monday - in a statement - that it would meet.")
    starts = [sent.start_char for sent in nlp(text).sents]
    for opening in ("Pakistan and", "Russia attacked", "Two men"):
        assert text.index(opening) in starts
    # a sentence that merely opens with an acronym keeps its dashes
    assert text.index("in a statement") not in starts


def test_the_lead_after_a_dateline_keeps_its_first_word(nlp):
    # the parser used to end the lead after one word ("ABIDJAN - Burkina | Faso freed ..."), losing its subject
    for text, lead in (("HARARE - Zambia on Friday deported nine Zimbabwean traders.", "Zambia on Friday"),
                       ("LILONGWE, May 2 (Reuters) - Three Malawian boats were seized.", "Three Malawian boats"),
                       ("Stray Headline Words\n\nMASERU - South Africa closed the border.", "South Africa closed")):
        sentences = [sent.text.strip() for sent in nlp(text).sents]
        assert any(sentence.startswith(lead) for sentence in sentences), sentences


def test_dateline_end_needs_a_separator(nlp):
    from detente.nlp import dateline_end

    assert dateline_end(nlp.make_doc("BEIRUT: Israel struck."), 0) == 2
    assert dateline_end(nlp.make_doc("BEIRUT was quiet - for once."), 0) is None
    assert dateline_end(nlp.make_doc("Beirut: Israel struck."), 0) is None


def test_a_capitalised_name_the_tagger_calls_a_pronoun_becomes_a_name(nlp):
    doc = nlp("Lusaka lodged a written protest with Congo's ambassador on Monday. It was the second this year.")
    assert doc[0].pos_ == "PROPN" and doc[0].tag_ == "NNP"
    assert next(t for t in doc if t.text == "It").pos_ == "PRON"


def test_a_hyphenated_dateline_place_is_one_dateline(nlp):
    # "PORT-AU-PRINCE - ...": the hyphens inside the place's name are no separator ("AU" is no African Union)
    from detente.nlp import dateline_end

    doc = nlp.make_doc("AL-MUKALLA, Yemen - Fighters shelled the port.")
    assert doc[dateline_end(doc, 0)].text == "Fighters"
    text = "PORT-AU-PRINCE - Haitian police arrested 12 gang members on Friday."
    starts = [sent.start_char for sent in nlp(text).sents]
    assert text.index("Haitian police") in starts and text.index("AU") not in starts
