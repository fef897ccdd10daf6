"""Which clauses below an act are other acts, whose parties the act's last-resort target search skips.

"Ignoring appeals from the UN, Myanmar's army bombed villages in Sagaing": the parties a defying or
rebuffing participle names are those whose calls the act ignores, not whom it is aimed at; the same
holds for conjoined, relative and time clauses ("seized the firm, and China responded").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.backstories import DEFYING_LEMMAS
from detente.coding.slots import REBUFFING_VERBS

# marks of a clause that only says when the act happened
TIME_MARKS = frozenset({"as", "while", "when"})
# participles telling the act was done against the wishes of a third party
DEFYING_PARTICIPLES = DEFYING_LEMMAS | REBUFFING_VERBS


def other_clause(node: Token) -> bool:
    """Whether ``node`` heads a clause that is another act or the act's circumstances, not its party slot.

    Args:
        node: A token below the act's anchor.

    Returns:
        True for a conjoined verb, a relative clause, a time clause, or a defying participle.
    """
    if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") or node.dep_ == "relcl":
        return True
    return node.dep_ == "advcl" and (any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in node.children)
                                     or node.tag_ == "VBG" and node.lemma_.lower() in DEFYING_PARTICIPLES)
