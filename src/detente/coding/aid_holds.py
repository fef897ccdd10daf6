"""Doers of an agentless passive that suspends, freezes or holds up one party's aid for another.

"Most U.S. economic help for Cambodia has been put on hold", "EU budget support for Niger was
suspended": aid is stopped by whoever gives it, and the nationality or possessor on the aid noun names
that giver; the "for"/"to" object names the recipient (CAMEO 162x, reduce or stop aid).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.participants import ArticleActors, Resolved

# stopping or holding up a flow of aid
HOLDING_VERBS = frozenset({"suspend", "freeze", "halt", "stop", "pause", "cut", "withhold", "block", "end"})
# what one party gives another
AID_NOUNS = frozenset({"aid", "assistance", "help", "support", "funding", "cooperation", "loan", "grant",
                       "disbursement", "financing", "funds"})


def _held(anchor: Token) -> bool:
    """ "was suspended", "has been put on hold": an agentless passive stopping something."""
    if anchor.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in anchor.children) \
            or any(c.dep_ == "agent" for c in anchor.children):
        return False
    lemma = anchor.lemma_.lower()
    return lemma in HOLDING_VERBS or lemma in ("put", "place") and any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lemma_.lower() == "hold" for o in p.children)
        for p in anchor.children)


def held_aid(anchor: Token, actors: ArticleActors) -> tuple[Resolved, list[Token]] | None:
    """Giver and recipient of the aid an agentless passive ``anchor`` says was suspended or put on hold.

    Args:
        anchor: The act's verb.
        actors: The article's actor lookup.

    Returns:
        The giver named on the aid noun (possessor, nationality or body modifier) and the "for"/"to"
        objects naming the recipient; None when the act is of another kind, either is unnamed, or both are
        of one country ("Nigerian support for the bill").
    """
    if not _held(anchor):
        return None
    for aid in (c for c in anchor.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in AID_NOUNS):
        recipients = [o for p in aid.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
                      for o in p.children if o.dep_ == "pobj" and actors.get(o) is not None]
        if not recipients or (giver := actors.modifier_actor(aid)) is None:
            continue
        if giver.ref.country not in {r.ref.country for r in actors.expand(recipients)}:
            return giver, recipients
    return None
