"""Plain "officers" are the police or troops the story last named."""

from __future__ import annotations

from coding_cases import factual


def test_plain_officers_are_the_police_named_before(nlp):
    found = factual("Tanzanian police arrested an opposition activist in Arusha on Friday, and his family said "
                    "officers beat the activist at the station.")
    assert ("TZA", "TZA", "182") in found


def test_officers_with_no_force_named_stay_unknown(nlp):
    # no police or troops were named: the officers could be anyone's
    found = factual("His family said officers beat him at the station on Friday.")
    assert not any(code.startswith("18") for _, _, code in found)
