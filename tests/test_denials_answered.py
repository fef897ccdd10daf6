"""A denial that names no state of its own answers whoever last accused or protested against the denier
in the article. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_denial_answers_the_earlier_protest_against_the_denier(nlp):
    found = factual("Guinea summoned Liberia's ambassador on Monday over the shelling of a border village. "
                    "Liberia's defence ministry denied that its soldiers had fired on civilians.")
    assert ("GIN", "LBR", "114") in found
    assert ("LBR", "GIN", "016") in found


def test_a_denial_answers_the_accuser_not_the_people_it_concerns(nlp):
    found = factual("Chad accused Sudanese troops of killing herders near the frontier. "
                    "Khartoum denied that its forces had killed any herders.")
    assert ("SDN", "TCD", "016") in found

