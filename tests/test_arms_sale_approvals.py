"""A government approving or clearing a sale to another party provides military aid (072). Sentences are
our own."""

from __future__ import annotations

from coding_cases import factual


def test_approved_arms_sale_is_military_aid(nlp):
    assert ("USA", "TWN", "072") in factual("The United States approved a $2 billion arms sale to Taiwan.")


def test_cleared_sale_of_tanks_is_military_aid(nlp):
    assert ("DEU", "QAT", "072") in factual("Germany has cleared the sale of Leopard tanks to Qatar.")
