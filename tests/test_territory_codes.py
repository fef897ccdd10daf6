"""A territory with its own ISO 3166 code (Greenland, New Caledonia, Puerto Rico) is a party of its own,
coded as that code the way Hong Kong and Taiwan are, not as the state it belongs to. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_territorys_people_are_coded_as_the_territory(nlp):
    found = factual("Hundreds of Greenlanders demonstrated in Nuuk against Washington's plan to buy the island.")
    assert ("GRL", "USA", "141") in found


def test_a_territorys_government_is_its_own_party(nlp):
    found = factual("New Caledonia's government accused Paris of ignoring the island's voters.")
    assert ("NCL", "FRA", "112") in found
    assert ("GRL", "DNK", "112") in factual("Greenland's premier accused Copenhagen of neglecting the island's fishermen.")
    found = factual("Puerto Rico's governor criticised Washington over the slow delivery of hurricane aid.")
    assert ("PRI", "USA", "111") in found
