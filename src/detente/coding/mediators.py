"""The parties a mediator or host works between when a mediating phrase names none: "exchanged prisoners in a swap
mediated by the UAE", "Israel and Hamas met in Doha, with Qatar and Egypt acting as mediators".
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.lexicon import WORD_SETS
from detente.coding.matching import talks_clause

HOSTED_OCCASIONS = WORD_SETS["hosted_occasions"]


def mediated_clause(verb: Token, targets: list[Token]) -> Token | None:
    """The verb of the meeting or deal a mediating participle ``verb`` hangs on, or None.

    Args:
        verb: the mediating verb ("mediated", "acting [as mediators]").
        targets: the target words the verb's own pattern found.

    Returns:
        The clause verb whose subjects are the mediated parties: that of a talks phrase the participle
        qualifies ("a swap mediated by the UAE"), or the verb an absolute "with X acting as mediator"
        phrase hangs on when the pattern found no target; else None.
    """
    if verb.dep_ == "acl" and all(t == verb.head for t in targets):
        return talks_clause(verb.head) or _hosting_clause(verb)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and not targets \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head
    return None


def _hosting_clause(verb: Token) -> Token | None:
    """ "At a White House ceremony hosted by Trump, A and B initialled ...": the verb of the clause an
    occasion hosted by someone sets the scene for, whose subjects the host received; else None."""
    occasion = verb.head
    if verb.lemma_.lower() != "host" or occasion.lemma_.lower() not in HOSTED_OCCASIONS \
            or occasion.dep_ != "pobj" or occasion.head.lower_ not in ("at", "during", "in", "after"):
        return None
    clause = occasion.head.head
    return clause if clause.pos_ in ("VERB", "AUX") else None
