"""Targets a place gives an act: "shelled targets in Jericho" (the place's country), each conjoined
object with a place of its own ("struck a factory in Khartoum and camps in Afghanistan"), and the owner
of a territory named by its nationality ("bombed camps inside Central African territory")."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span

from detente.actors import ActorResolver, actor_name
from detente.coding.acts import Act
from detente.coding.inference import is_state
from detente.coding.participants import ArticleActors, Resolved
from detente.coding.places import (
    BORDER_NOUNS,
    find_place,
    object_places,
    own_phrase,
    within_clause,
)
from detente.coding.target_rules import (
    ABROAD_HELP_CODES,
    HELP_ABROAD_VERBS,
    PLACE_TARGET_ROOTS,
    RESPONSIBILITY_WORDS,
    STATE_ORGANS,
    TERRITORY_NOUNS,
    TERRITORY_PREPS,
)
from detente.records import ActorRef, Location

# violence whose victim is named only by a nationality deep in the phrase of what it hit
STRUCK_ROOTS = frozenset({"18", "19", "20"})
STRUCK_PREPS = frozenset({"under", "on", "against", "at"})
# prepositions saying where, not what, inside that phrase
NEAR_PREPS = frozenset({"near", "outside", "beside", "along", "by"})


def targets_by_place(act: Act, sent: Span, targets: list[Resolved], *, indirect: bool, reflexive: bool,
                     countries: Collection[str], sources: list[Resolved], actors: ArticleActors,
                     resolver: ActorResolver, date: str | None
                     ) -> tuple[tuple[Location, Span, int] | None, Location | None, list[Resolved], bool, bool]:
    """The act's place and the targets places give it.

    Args:
        act: The act.
        sent: Its sentence.
        targets: The targets found so far.
        indirect: Whether the targets are not the act's own objects.
        reflexive: Whether the act is aimed at its own doers.
        countries: The doers' countries.
        sources: The resolved doers.
        actors: The article's actors.
        resolver: The actor resolver.
        date: The article date.

    Returns:
        The place phrase (:func:`find_place`), the act's location, the targets, whether a place gave them
        and whether the place is in the act's own clause.
    """
    place = find_place(sent, act.anchor)
    location = place[0] if place else None
    place_target = indirect
    in_clause = place is not None and (place[2] == 0 or within_clause(act.anchor, place[1].root))
    # "claimed responsibility for an attack on a mall in Nairobi": the victim's place
    owned = act.code in ("015", "016") and any(t.lemma_.lower() in RESPONSIBILITY_WORDS for t in act.anchor.subtree)
    abroad = place is not None and act.code.startswith(ABROAD_HELP_CODES) and is_state(place[0].country) \
        and place[0].country not in countries and (act.code != "030" or any(
            t.pos_ == "VERB" and t.lemma_.lower() in HELP_ABROAD_VERBS for t in act.anchor.subtree))
    if not targets and not reflexive and (act.root in PLACE_TARGET_ROOTS or owned or abroad) and place is not None \
            and place[0].country and in_clause:
        # "shelled targets in Jericho": the place stands for its country
        span = place[1]
        ref = resolver.resolve_text(span.text, date)
        code = ref.code if ref is not None else place[0].country
        if act.root in STRUCK_ROOTS and code[:3] in countries and all(s.ref.code[3:6] in STATE_ORGANS | {""} for s in sources) \
                and (holder := actors.reporter(act.anchor)) is not None and is_state(holder.ref.country) \
                and holder.ref.country not in countries:
            # "Russia's defence ministry said Ukrainian drones hit a substation in Enerhodar": a state striking
            # a place of its own country that another state reports strikes the state that holds it (an insurgent
            # striking at home is no such case)
            code = holder.ref.country
        targets = [Resolved(ActorRef(code, actor_name(code), span.text, span.start_char, span.end_char),
                             False, act.anchor)]
        place_target = True
    if not reflexive and act.root in PLACE_TARGET_ROOTS and not act.nominal \
            and any(not t.ref.code.startswith("---") for t in targets):
        # "struck a factory in Khartoum and training camps in eastern Afghanistan", "an arms depot in Syria
        # and militia camps in northern Iraq": each conjoined object is a target of its own, the actor it
        # names or else its place's country (targets of no country are left to the rules that place them)
        for noun, found, other in object_places(act.targets):
            phrase = own_phrase(noun)
            if not found.country or found.country in {t.ref.country for t in targets} | countries \
                    or any(t.head.i in phrase for t in targets):
                continue
            ref = resolver.resolve_text(other.text, date)
            code = ref.code if ref is not None else found.country
            targets.append(Resolved(ActorRef(code, actor_name(code), other.text, other.start_char,
                                             other.end_char), False, act.anchor))
    if all(t.ref.code.startswith("---") for t in targets) and not reflexive and not place_target \
            and (act.root in PLACE_TARGET_ROOTS or act.code == "016"):
        # "bombed camps inside Central African territory", "into Polish airspace": the owner of the
        # territory named by its nationality (over a party of no country: "the group's camps inside");
        # "denied that the drone was downed inside Malian airspace"
        owners = [found for t in act.anchor.subtree if t.lemma_.lower() in TERRITORY_NOUNS and t.dep_ == "pobj"
                  and t.head.lower_ in TERRITORY_PREPS and (found := actors.modifier_actor(t)) is not None
                  and is_state(found.ref.country) and found.ref.country not in {s.ref.country for s in sources}]
        if not owners and act.root in STRUCK_ROOTS:
            owners = struck_owners(act, actors, {s.ref.country for s in sources})
        if owners:
            targets, place_target = owners[:1], True
    return place, location, targets, place_target, in_clause


def struck_owners(act: Act, actors: ArticleActors, own: set[str]) -> list[Resolved]:
    """The state whose people or vehicles the violence hit, named by a nationality inside the phrase
    of what was hit: "detonated a bomb under the lead truck of a Ugandan supply convoy"."""
    found: list[Resolved] = []
    for prep in (c for c in act.anchor.children if c.dep_ == "prep" and c.lower_ in STRUCK_PREPS):
        for t in prep.subtree:
            # a border or a place near it says where, not whom ("at a base near the Nicaraguan border")
            if t.pos_ != "NOUN" or t.lemma_.lower() in BORDER_NOUNS | TERRITORY_NOUNS \
                    or any(a.lower_ in NEAR_PREPS for a in t.ancestors if a.i > prep.i):
                continue
            if (r := actors.modifier_actor(t)) is not None and is_state(r.ref.country) and r.ref.country not in own:
                found.append(r)
    return found
