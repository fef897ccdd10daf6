"""A denial that dismisses a body's findings answers that body: "denied that Tehran had shipped drones to the
army, describing the findings of a U.N. panel as politically motivated" (the report "of" a panel, commission
or group of experts names its author, as "by" does). Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_denial_dismissing_a_panels_findings_answers_the_panel():
    found = factual("Eritrea denied on Monday that Asmara had sent weapons to Somali militias, describing the "
                    "findings of a U.N. panel as fabricated.")
    assert ("ERI", "IGO", "016") in found
    assert ("ERI", "SOM", "016") not in found


def test_claims_of_a_people_name_no_author():
    found = factual("Belgrade denied that its police had beaten the detainees, dismissing the claims of abuse as "
                    "lies.")
    assert not any(t == "IGO" for _, t, _ in found)
