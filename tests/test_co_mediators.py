"""Co-mediators ("Qatar and Egypt offered to mediate") stand between others: they are not each other's
targets. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_co_mediators_are_not_each_others_targets(nlp):
    found = factual("Norway and Switzerland offered on Tuesday to mediate.")
    assert ("NOR", "CHE", "039") not in found
    assert ("CHE", "NOR", "039") not in found


def test_co_hosts_of_talks_are_not_each_others_targets(nlp):
    found = factual("Kenya and Ethiopia offered to host talks between the two sides.")
    assert not any(s in ("KEN", "ETH") and t in ("KEN", "ETH") for s, t, _ in found)


def test_co_mediators_still_face_the_parties_named(nlp):
    found = factual("Norway and Switzerland offered to mediate between Colombia and the ELN.")
    assert ("NOR", "COL", "039") in found and ("CHE", "COL", "039") in found


def test_partners_agreeing_on_a_joint_body_still_face_each_other(nlp):
    found = factual("Kenya and Uganda agreed to set up a joint border commission.", root=True)
    assert ("KEN", "UGA", "03") in found and ("UGA", "KEN", "03") in found
