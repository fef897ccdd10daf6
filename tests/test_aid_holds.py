"""Aid held up in an agentless passive: stopped by its giver, named on the aid noun, against its recipient,
the "for"/"to" object (CAMEO 16, reduce or stop aid). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_nationality_on_aid_put_on_hold_is_its_giver():
    found = factual("Most Canadian humanitarian help for Haiti has been put on hold.", root=True)
    assert ("CAN", "HTI", "16") in found


def test_a_body_on_suspended_support_is_its_giver():
    found = factual("World Bank budget support for Chad was suspended last month.", root=True)
    assert any(source == "IGO" and target == "TCD" and code == "16" for source, target, code in found)


def test_a_nationality_on_suspended_support_is_its_giver():
    found = factual("German development support for Burundi was suspended after the vote.", root=True)
    assert ("DEU", "BDI", "16") in found


def test_support_for_a_bill_held_up_names_no_giver():
    # "Kenyan support for the bill": no recipient actor, so no aid cut is coded
    found = factual("Kenyan support for the bill was suspended.", root=True)
    assert not any(code == "16" for _, _, code in found)
