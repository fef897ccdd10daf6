"""Refusing to let someone do something is a rejection (12) of that someone; "will not allow its soil to
be used against anyone" names no one and states a policy. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_not_allowing_a_generic_thing_is_no_refusal(nlp):
    found = factual("Tanzania's defence minister said the country would not allow its territory to be used "
                    "by any armed group against Mozambique.", root=True)
    assert not [event for event in found if event[2] == "12"]
    found = factual("Kenya will not allow any militia to operate from its soil, the interior minister said.",
                    root=True)
    assert not [event for event in found if event[2] == "12"]


def test_not_allowing_a_named_party_is_a_refusal(nlp):
    assert ("PRK", "IGO", "12") in factual("Pyongyang said on Monday that it would not allow IAEA inspectors "
                                           "back into the Yongbyon complex.", root=True)
