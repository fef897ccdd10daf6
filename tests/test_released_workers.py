"""People released are freed captives (0841) even when a modifier of their trade names aid ("aid
workers"); released money stays aid (070). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_released_aid_workers_are_freed_captives(nlp):
    found = factual("Houthi rebels released three U.N. aid workers on Monday.")
    assert ("YEM", "IGO", "0841") in found and not any(c.startswith("07") for *_, c in found), found


def test_released_funds_remain_aid(nlp):
    assert ("IGO", "UKR", "070") in factual("The EU released 500 million euros in aid to Ukraine on Friday.")
