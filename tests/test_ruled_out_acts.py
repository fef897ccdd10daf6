"""An act "ruled out" is refused (12), not done: "ruled out releasing the prisoners" is no release.
Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_ruling_out_a_release_refuses_it(nlp):
    found = factual("Peru's president ruled out freeing jailed rebels and warned the gunmen against harming "
                    "the hostages.", root=True)
    assert ("PER", "PER", "12") in found and not any(c == "08" for *_, c in found), found


def test_ruling_out_talks_refuses_to_negotiate(nlp):
    found = factual("Colombia's president ruled out resuming peace talks with the ELN.", root=True)
    assert ("COL", "COL", "12") in found and not any(c == "04" for *_, c in found), found
