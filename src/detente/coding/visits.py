"""Visits announced by the visitor's arrival: "the foreign minister is due in Hanoi on Monday",
"is expected in the Indian capital next week".

The copula and the passive "expected" take no object, so no lexicon row reaches the place. A
visitor announced as due somewhere states an intent to meet (CAMEO 036) the host state, as "will
travel to Hanoi" does.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.dates import MONTHS
from detente.coding.modality import clause_modality
from detente.coding.roles import kids, preps_of

# nouns that name a state by its seat ("the Indian capital")
SEAT_NOUNS = frozenset({"capital"})


def _arrival_word(verb: Token) -> Token | None:
    """The word that announces the arrival: "due" after a copula, or a passive "expected" without
    a complement ("is expected to sign" announces an act, not an arrival)."""
    if verb.lemma_.lower() == "be":
        return next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "due"), None)
    if verb.lemma_.lower() == "expect" and verb.tag_ == "VBN" and kids(verb, ("auxpass",)) \
            and not kids(verb, ("xcomp", "ccomp", "dobj")):
        return verb
    return None


def announced_visit(verb: Token, subjects: list[Token], obj: Token | None, penalty: float) -> Act | None:
    """ "X is due in Y", "X is expected in Y": X's intent to meet (036) the state of Y.

    Args:
        verb: The clause's verb (the copula, or the passive participle "expected").
        subjects: The clause's subject heads.
        obj: The clause's object head (a passive subject lands here).
        penalty: The confidence penalty of the clause roles.

    Returns:
        The intent act, or None when the clause announces no arrival at a named place.
    """
    word = _arrival_word(verb)
    if word is None:
        return None
    visitors = subjects or ([obj] if obj is not None and obj.dep_ == "nsubjpass" else [])
    # a proper name that is no month ("due in March" dates the arrival); the fast engine asks before
    # entities are tagged, so the place is told by its tag
    places = [p for p in preps_of(word).get("in", ())
              if p.tag_ == "NNP" and p.lower_ not in MONTHS or p.lemma_.lower() in SEAT_NOUNS]
    modality = clause_modality(verb)
    if not visitors or not places or modality.negated:
        return None  # "is not expected in Algiers this year" tells what others foresee, no refusal
    return Act(verb, "036", f"announced visit ({word.lower_} in)", [verb.i, word.i], visitors, places, False,
               modality, penalty + 0.1)
