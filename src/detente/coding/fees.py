"""A price asked, not an accusation: "the rebels charged truck drivers $200 for passage", "militiamen charge
traders a fee to cross the bridge", "customs officers charged a toll on each lorry". CAMEO's accusation (112)
is "charge" with an offence; "charge" with a sum, a fee or what is paid for is commerce or extortion the
codebook gives no verb code to."""

from __future__ import annotations

from detente.coding.acts import Act
from detente.coding.lexicon import WORD_SETS
from detente.coding.parsecache import children

FEE_NOUNS = WORD_SETS["fee_nouns"]
PAID_FOR = WORD_SETS["paid_for"]


def charges_a_price(act: Act) -> bool:
    """Whether an accusation read from "charge" is a price asked (see the module docstring).

    Args:
        act: A coded act.

    Returns:
        True for CAMEO 112 from the verb "charge" whose object is a sum or a fee ("charged trucks $200",
        "charge a toll") or that is "for" a service paid for ("charging trucks for passage"); False for
        "charged the minister with corruption" and "accused".
    """
    verb = act.anchor
    if act.code != "112" or verb.lemma_.lower() != "charge":
        return False
    objects = [o for o in children(verb) if o.dep_ in ("dobj", "dative", "npadvmod", "attr")]
    # "$200": a sum, however the parser tags its number
    if any(o.ent_type_ == "MONEY" or o.lemma_.lower() in FEE_NOUNS or any(c.tag_ == "$" for c in children(o))
           for o in objects):
        return True
    # "for passage" on the verb, or hung on its object ("trucks $200 for passage")
    paid = [g for h in (verb, *objects) for p in children(h) if p.dep_ == "prep" and p.lower_ == "for"
            for g in children(p) if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in PAID_FOR | FEE_NOUNS for g in paid)
