"""A quoted first person speaks for the quote's speaker, and force promised in a quote against
whatever comes is a threat. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual

from detente.pipeline import code_text

DATE = "2026-03-10"


def test_our_airspace_is_the_quoted_speakers_country(nlp):
    coded = code_text('"Russian warplanes violated our airspace twice on Sunday," the Estonian defence minister '
                      "said.", date=DATE)
    assert any(m.source.country == "RUS" and m.target and m.target.country == "EST" for m in coded)


def test_our_forces_as_subject_are_the_speakers_military(nlp):
    coded = code_text('"Our forces will respond to any attack on Cypriot soil," the Greek defence minister said.',
                      date=DATE)
    assert any(m.source.country == "GRC" for m in coded)


def test_any_intruder_that_will_be_shot_down_is_threatened(nlp):
    found = factual('"Any Turkish drone that enters our airspace will be shot down," the Greek defence minister '
                    "told parliament.")
    assert ("GRC", "TUR", "138") in found


def test_shot_without_down_is_no_threat(nlp):
    found = factual('"Any Turkish smuggler caught at the border will be shot," the Greek defence minister said.')
    assert not any(code == "138" for _, _, code in found)


def test_any_attack_that_will_be_answered_is_a_threat(nlp):
    found = factual('"Any new attack by Armenian forces will be answered," the Azerbaijani defence ministry said.')
    assert ("AZE", "ARM", "130") in found


def test_quoted_we_is_the_speaker_named_in_an_earlier_sentence(nlp):
    found = factual("Nigerien Defence Minister Salifou Mody visited the damaged pumping station on Monday.\n\n"
                    '"We will impose sanctions on Benin," he said.')
    assert ("NER", "BEN", "1312") in found


def test_quoted_we_under_he_said_reviews_cooperation_with_the_named_party(nlp):
    found = factual("Omani Foreign Minister Badr Albusaidi spoke to reporters in Muscat on Friday.\n\n"
                    '"If the fishermen are not freed by Monday, we will review our cooperation with Yemen," he said.',
                    root=True)
    assert ("OMN", "YEM", "13") in found


def test_quoted_our_on_an_object_in_a_relative_clause_is_no_party(nlp):
    found = factual('"We will not reopen the crossing while Uganda shelters the gunmen who kill our farmers," the '
                    "Congolese interior minister told reporters.")
    assert not any(source == target for source, target, _ in found)


def test_an_unknown_longer_name_is_not_the_known_bearer_of_its_first_words(nlp):
    coded = code_text("Foreign Minister Abdullah al-Yahya condemned the shelling of the border post.", date=DATE)
    assert not any(m.source.country == "AFG" for m in coded)


def test_conditional_it_will_pay_threatens_the_condition_subject(nlp):
    found = factual('"If Eritrea continues to arm the rebels, it will be made to pay a heavy price," the Ethiopian '
                    "defence minister told parliament.")
    assert ("ETH", "ERI", "130") in found


def test_a_coming_act_called_a_cause_for_war_is_a_threat_against_its_doer(nlp):
    found = factual("The Serbian defence minister said that any deployment of Kosovar police to the northern "
                    'municipalities would be "a cause for war".')
    assert ("SRB", "KSV", "130") in found


def test_a_coming_act_called_a_red_line_is_a_threat(nlp):
    found = factual("Any transfer of American missiles to Taiwan will be a red line, the Chinese foreign ministry said.")
    assert ("CHN", "USA", "130") in found


def test_a_past_act_called_a_mistake_is_no_threat(nlp):
    found = factual("The Chinese foreign ministry said the transfer of American missiles to Taiwan was a mistake.")
    assert not any(code.startswith("13") for _, _, code in found)


def test_first_sentence_of_a_long_quote_is_the_speaker_named_after_its_last(nlp):
    coded = code_text('"Kabul has ignored every warning. We will close the border with Afghanistan. Our patience '
                      'is over," the Tajik president told reporters.', date=DATE)
    assert any(m.source.country == "TJK" and m.target and m.target.country == "AFG" and m.event_code.startswith("1")
               for m in coded)


def test_a_new_quote_after_the_attribution_keeps_its_own_speaker(nlp):
    coded = code_text('"We invite Nigerien officials to come to Cotonou," the Beninese foreign minister said. '
                      '"We have nothing to hide."', date=DATE)
    assert any(m.source.country == "BEN" and m.target and m.target.country == "NER" for m in coded)


def test_quotation_runs_over_sentences_to_the_paragraph_end(nlp):
    from detente.coding.parsecache import cached_parse
    from detente.coding.phrases import quoted

    doc = nlp('"We will not retreat. Our army stands firm," the Latvian minister said.\n\nThe army held the bridge.')
    words = {t.text + str(t.i > 17): t for t in doc}  # True: after the paragraph break
    expected = {"armyFalse": True, "ministerFalse": False, "armyTrue": False, "bridgeTrue": False}
    assert {w: quoted(words[w]) for w in expected} == expected
    with cached_parse(doc):  # the marks read once for the doc give the same answers
        assert {w: quoted(words[w]) for w in expected} == expected
