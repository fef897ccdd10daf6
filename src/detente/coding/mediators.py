"""The parties a mediator works between when a mediating phrase names none: "exchanged prisoners in a swap
mediated by the UAE", "Israel and Hamas met in Doha, with Qatar and Egypt acting as mediators".
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.matching import talks_clause


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
        return talks_clause(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and not targets \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head
    return None
