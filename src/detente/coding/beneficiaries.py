"""People of a named nation that aid is meant for: "airlifted tents to Macedonia for Albanian refugees from
Kosovo", "allocated 40 million euros for food and shelter for Sudanese refugees in Chad". Refugees are coded
by the nation they fled, wherever the goods were unloaded or the money is spent; "for earthquake survivors"
names no nation and leaves the target where the goods went.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.parsecache import children
from detente.coding.roles import preps_of

# people aid is brought for, whose country it helps wherever it is unloaded
BENEFICIARY_NOUNS = frozenset({"refugee", "evacuee", "civilian", "survivor", "family", "displaced"})


def beneficiaries(verb: Token) -> list[Token]:
    """The people of a named nation an act of aid is "for" (see the module docstring).

    Args:
        verb: The verb of giving or sending.

    Returns:
        The heads of the "for" phrases naming such people, on the verb or on the goods of its own "for"
        phrase ("for food, water and shelter for Sudanese refugees"); empty when there is none.
    """
    meant = preps_of(verb).get("for", [])
    meant = meant + [p for m in meant for g in (m, *m.conjuncts) for p in preps_of(g).get("for", ())]
    # "for Sudanese refugees crowded into camps", "for Somali refugees sheltering in Kenya": the parser may read
    # "for" as marking a clause, or as governing one
    clauses = [c for c in children(verb) if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                                                      for m in children(c))]
    clauses += [c for f in children(verb) if f.lower_ == "for" for c in children(f) if c.dep_ == "pcomp"]
    meant += [s for c in clauses for s in children(c) if s.dep_ == "nsubj"]
    return [p for p in meant if p.lemma_.lower() in BENEFICIARY_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "from" or c.dep_ in ("amod", "compound", "nmod")
        and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN") for c in children(p))]
