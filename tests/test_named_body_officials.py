"""An unnamed official whose title names a body ("a ministry spokesman", "a police spokesman") speaks for the body
of that name the story named before, not for the state mentioned last. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_ministry_spokesman_is_the_ministry_named_before(nlp):
    found = factual("Ethiopia's foreign ministry said on Monday it had summoned Egypt's ambassador over the dam "
                    "dispute. Egyptian officials held talks in Cairo with Sudanese envoys. A ministry spokesman "
                    "accused Cairo of trying to destabilise the region.", root=True)
    assert ("ETH", "EGY", "11") in found


def test_the_pronoun_after_such_an_official_is_his_state(nlp):
    found = factual("The Azerbaijani foreign ministry sent Armenia a protest note on Tuesday. Villagers had blocked "
                    "the road, and the team had been invited by the Armenian side, a ministry spokesman said. "
                    "He accused Yerevan of failing to protect the engineers.", root=True)
    assert ("AZE", "ARM", "11") in found


def test_a_foreign_ministry_official_needs_every_title_word(nlp):
    found = factual("The Kenyan foreign ministry protested to Uganda over the arrest of two activists. Ugandan "
                    "police said the pair were held in Kampala. A foreign ministry official urged Kampala to "
                    "release them.", root=True)
    assert ("KEN", "UGA", "02") in found
