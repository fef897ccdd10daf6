"""Saying one will not (or cannot) accept something the lexicon has no row for is a rejection (120) made
now, of the party the refused thing names; an object naming nobody, a possible or a conditional
acceptance, and a past one stay uncoded. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_refused_terms_answer_the_party_they_name(nlp):
    assert ("TUR", "USA", "120") in factual("Turkey would not accept American troops on its soil, the foreign "
                                            "minister said.")
    assert ("SRB", "KSV", "120") in factual("Serbia will never accept Kosovo's independence, President Vucic "
                                            "told parliament in Belgrade.")
    assert ("MEX", "USA", "120") in factual("Sheinbaum said Mexico would not accept American troops operating "
                                            "on its territory.")


def test_refused_terms_naming_nobody_or_not_stated_are_not_coded(nlp):
    for text in ("Beijing would not accept double standards, the embassy said.",
                 "Iraq could not accept the French terms, an analyst said.",
                 "If the talks fail, Egypt will not accept Israeli troops on the border.",
                 "Turkey accepted American troops on its soil in 1991."):
        assert not [event for event in factual(text) if event[2] == "120"], text
