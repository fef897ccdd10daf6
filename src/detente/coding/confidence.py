"""Per-event confidence: how far an event's evidence is from a plain, named subject-verb-object."""

from __future__ import annotations

from spacy.tokens import Span

from detente.coding.acts import Act
from detente.coding.participants import Resolved


def event_confidence(act: Act, source: Resolved, target: Resolved | None, place_target: bool, sent: Span) -> float:
    """A 0-1 score of how likely a coded event is right: direct, name-resolved subject-verb-object is best.

    Each step away from that costs: a source found by coreference or without a country, a missing,
    countryless or inferred target, a subject far from its verb, a very long sentence.

    Args:
        act: The act, whose own penalty (e.g. a weak lexicon row) starts the score.
        source: The source actor.
        target: The target actor, if any.
        place_target: Whether the target was inferred (a place, a fallback) rather than named in the clause.
        sent: The sentence.
    """
    score = 0.92 - act.penalty
    if source.coref:
        score -= 0.2
    if source.ref.code.startswith("---"):
        score -= 0.15  # a role without a country ("militants") is a weak source
    if target is not None and target.ref.code.startswith("---"):
        score -= 0.1
    if target is None:
        score -= 0.25
    elif target.coref:
        score -= 0.1
    if place_target:
        score -= 0.2
    distance = abs(source.head.i - act.anchor.i)
    if distance > 8:
        score -= min(0.15, 0.02 * (distance - 8))
    if len(sent) > 45:
        score -= 0.05
    return score

