"""Doers of an agentless passive that lifts, eases or freezes a measure: the measure's owner or its place.

"Most U.S. sanctions on Syria were lifted", "Washington's embargo was eased", "sanctions imposed by the
Council were lifted": sanctions are lifted by whoever imposed them, and the imposer, a possessor or a
nationality on the sanctions names that party (a nationality only when the sanctions' target is named
apart: "Russia sanctions were eased" names whom they hit). "had their assets in the European Union
frozen": assets are frozen by the authority of the place they are held in.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.coref import is_state_ref
from detente.coding.participants import ArticleActors, Resolved

# lifting, easing, suspending or freezing a measure or holding
YIELDING_VERBS = frozenset({"lift", "ease", "suspend", "relax", "waive", "freeze", "unfreeze", "remove", "scrap"})
# "sanctions imposed by the Council": the participle naming who laid a measure down
IMPOSING_VERBS = frozenset({"impose", "place", "slap", "introduce", "order", "put", "declare"})
# holdings frozen where they are kept
HOLDING_NOUNS = frozenset({"asset", "account", "fund", "property", "holding", "reserve"})


def _passive(anchor: Token) -> bool:
    """ "were lifted", "had their assets frozen": a participle with no "by" agent."""
    if anchor.tag_ != "VBN" or any(c.dep_ == "agent" for c in anchor.children):
        return False
    return any(c.dep_ == "auxpass" for c in anchor.children) or anchor.dep_ in ("acl", "ccomp") \
        and anchor.head.lemma_.lower() == "have"


def _measures(anchor: Token) -> list[Token]:
    """The passive subject, or the object "had ... frozen" is said of."""
    own = [c for c in anchor.children if c.dep_ in ("nsubjpass", "nsubj")]
    return own or ([anchor.head] if anchor.dep_ == "acl" and anchor.head.pos_ == "NOUN" else [])


def _owner(measure: Token, targets: list[Token], actors: ArticleActors) -> Resolved | None:
    """ "Washington's sanctions": the possessor; "sanctions imposed by the Council": the imposer; "U.S.
    sanctions on Syria": a nationality, when the target is named apart from it and differs from it."""
    poss = [c for c in measure.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if poss and (found := actors.get(poss[0])) is not None:
        return found
    imposers = [g for a in measure.children
                if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in IMPOSING_VERBS
                for by in a.children if by.dep_ == "agent" for g in by.children if g.dep_ == "pobj"]
    if imposers and (found := actors.get(imposers[0])) is not None:
        return found
    apart = [t for t in targets if t.i > measure.i and t not in measure.children]
    if not apart or (found := actors.modifier_actor(measure)) is None:
        return None
    hit = {r.ref.country for r in actors.expand(apart)}
    return found if hit and found.ref.country not in hit else None


def _keeper(measure: Token, actors: ArticleActors) -> Resolved | None:
    """ "assets in the European Union": the state or body where frozen holdings are kept."""
    if measure.lemma_.lower() not in HOLDING_NOUNS:
        return None
    return next((found for p in measure.children if p.dep_ == "prep" and p.lower_ == "in"
                 for o in p.children if o.dep_ == "pobj" and (found := actors.get(o)) is not None
                 and (is_state_ref(found.ref) or found.ref.country == "IGO")), None)


def yielding_doer(anchor: Token, targets: list[Token], actors: ArticleActors) -> Resolved | None:
    """Who lifted, eased or froze what an agentless passive ``anchor`` says was lifted, eased or frozen.

    Args:
        anchor: The act's verb.
        targets: The act's target tokens.
        actors: The article's actor lookup.

    Returns:
        The owner of the measure (possessor, or nationality when the target is named apart), else the
        place frozen holdings are kept in; None when the act is of another kind or names neither.
    """
    if anchor.lemma_.lower() not in YIELDING_VERBS or not _passive(anchor):
        return None
    return next((found for m in _measures(anchor)
                 if (found := _owner(m, targets, actors) or _keeper(m, actors)) is not None), None)
