"""International bodies known by their members and by description.

CAMEO codes a peace or observer mission, its contingents and its posts as the organisation
that mandates it, whatever the nationality of the troops: "Israeli troops fired on Spanish
peacekeepers" in southern Lebanon is an act against the UN (UNIFIL), not against Spain. A
nationality on peacekeepers therefore gives way to the organisation when the article has
named a mission (or the sentence names the organisation). Without such a mention the
nationality stands: "Russian peacekeepers" in Nagorno-Karabakh were Russian forces deployed
under a bilateral deal, not a UN mission.

A body named by description ("the UN agency for Palestinian refugees", "the U.N. mission in
Libya") is one party: the people or place in its name only say what it is for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.actors import actor_name
from detente.records import ActorRef

if TYPE_CHECKING:
    from detente.coding.participants import ArticleActors, Resolved

# "blue helmets": peacekeepers by their headgear
BLUE_HELMET = ("blue", "helmet")
# verbs that provide a mission's members: "deploy monitors", "send peacekeepers" speak of the troops
# a state or body puts in, not of an organisation acting or acted upon
PROVIDING_VERBS = frozenset({"send", "deploy", "dispatch", "contribute", "pledge", "commit", "provide", "offer"})
# prepositions that complete a body's descriptive name ("agency for", "mission in", "envoy to")
NAME_PREPS = frozenset({"for", "in", "to", "on"})


def _words(actors: ArticleActors, name: str) -> frozenset[str]:
    return actors.resolver.lexicon.word_class(name)


def _member_kind(head: Token, actors: ArticleActors) -> str | None:
    """"peacekeeping" when ``head`` names peacekeepers or a peacekeeping unit ("a patrol of Spanish
    peacekeepers", "a peacekeeping patrol", "blue helmets"), "mission_observer" for observers and
    observation posts, else None."""
    peacekeeping, observers = _words(actors, "peacekeeping"), _words(actors, "mission_observer")
    words = [head] + [c for c in head.children if c.dep_ in ("compound", "amod")] + [
        o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if any(w.lower_ in peacekeeping for w in words) or head.lemma_.lower() == BLUE_HELMET[1] and any(
            c.lower_ == BLUE_HELMET[0] for c in head.children):
        return "peacekeeping"
    if any(w.lower_ in observers for w in words):
        return "mission_observer"
    return None


def is_mission_member(head: Token, actors: ArticleActors) -> bool:
    """Whether ``head``, or the noun it modifies ("British" in "British peacekeepers"), names
    peacekeepers, monitors or observers: a third party posted to watch a conflict, not one of its sides."""
    noun = head.head if head.dep_ in ("amod", "compound") else head
    return _member_kind(noun, actors) is not None


def _sentence_body(head: Token, actors: ArticleActors) -> ActorRef | None:
    """The international organisation its own sentence names (a mission first), or None."""
    missions = _words(actors, "peace_mission")
    found: list[ActorRef] = []
    for token in head.sent:
        if token.pos_ == "PROPN" and token.i != head.i:
            ref = actors.resolver.resolve(token, actors.date)
            if ref is not None and ref.country == "IGO":
                found.append(ref)
    return next((r for r in found if missions & set((r.text or "").lower().split())), found[0] if found else None)


def _article_mission(actors: ArticleActors) -> ActorRef | None:
    """The last peace mission the article has named ("UNIFIL", "the U.N. peacekeeping force")."""
    missions = _words(actors, "peace_mission")
    return next((s.ref for s in reversed(actors.coref.seen)
                 if s.ref.country == "IGO" and missions & set((s.ref.text or "").lower().split())), None)


def mission_member(head: Token, actors: ArticleActors) -> ActorRef | None:
    """The organisation whose mission the peacekeepers, observers or post headed by ``head`` serve.

    Peacekeepers belong to the mission their sentence or article names; observers and
    observation posts only to an organisation their own sentence names. None when ``head``
    names none of these, its phrase already names an organisation, or no mission is named.
    """
    kind = _member_kind(head, actors)
    if kind is None or head.dep_ == "dobj" and head.head.lemma_.lower() in PROVIDING_VERBS:
        return None
    own = actors.resolver.resolve(head, actors.date)
    if own is not None and own.country in ("IGO", "NGO"):
        return None  # "UN peacekeepers", "EU monitors": named already
    body = _sentence_body(head, actors)
    if body is None and kind == "peacekeeping":
        body = _article_mission(actors)
    if body is None:
        return None
    end = head.idx + len(head.text)
    start = min(head.left_edge.idx, head.idx)
    return ActorRef(body.code, actor_name(body.code), head.doc.text[start:end], start, end)


def names_a_body(token: Token, actors: ArticleActors) -> bool:
    """Whether ``token`` only completes a body's descriptive name ("the UN agency for [Palestinian
    refugees]", "the African Union's mission in [Somalia]"), wherever the parser attached it."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in NAME_PREPS or prep.i == 0:
        return False
    before = token.doc[prep.i - 1]
    if before.lemma_.lower() not in _words(actors, "body_office") or before.pos_ != "NOUN":
        return False
    body: Resolved | None = actors.get(before)
    return body is not None and body.ref.country == "IGO"


def host_places(anchor: Token, actors: ArticleActors) -> list[Token]:
    """Where a force serves, when ``anchor`` gives people to it ("pledged to send 300 police officers
    to the security mission in Haiti", "contribute troops to a regional force fighting insurgents in
    northern Mozambique"): the contribution helps that country, not the mandating body.

    Args:
        anchor: The giving verb (or the pledge or offer governing it).
        actors: The article's actors.

    Returns:
        The heads of the "in" phrases inside the force's phrase (empty when it names none).
    """
    forces = _words(actors, "field_force")
    verbs = [anchor]  # "pledged to send troops to ...": the giving verb under a pledge or offer
    while (xcomp := next((c for c in verbs[-1].children if c.dep_ == "xcomp"), None)) is not None:
        verbs.append(xcomp)
    return [t for verb in verbs for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("to", "for")
            for force in prep.children if force.dep_ == "pobj" and force.lower_ in forces
            for t in force.subtree if t.dep_ == "pobj" and t.head.lower_ == "in"]
