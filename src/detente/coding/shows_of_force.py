"""Shows of force (CAMEO 15) and border crossings closed or reopened: whom they face.

A force moved, put on alert or massed answers whoever provoked it, and on a border it faces the
state across it; the actor's own forces and ground are its instrument and its stage, not its target.
Closing a crossing (191) or reopening it (a concession, root 08) is done to the neighbour too.
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.coding.acts import Act
from detente.coding.counters import attack_answered
from detente.coding.fallbacks import unnamed_party
from detente.coding.inference import across_border, message_recipient, responded
from detente.coding.participants import ArticleActors, Resolved
from detente.coding.places import BORDER_NOUNS
from detente.coding.slots import provokers, provoking_acts
from detente.coding.target_rules import ARMED_SECTORS
from detente.records import Mention


def faced_party(act: Act, targets: list[Resolved], indirect: bool, countries: set[str], reflexive: bool,
                actors: ArticleActors, earlier: list[Mention], sent: Span) -> tuple[list[Resolved], bool]:
    """The targets of a show of force or a border closure, given those its own clause supplied.

    Args:
        act: The act (root 15, code 191 or root 08; others pass through unchanged).
        targets: Targets resolved so far.
        indirect: Whether those targets were inferred rather than named in the act's clause.
        countries: The source actors' countries.
        reflexive: Whether the act was found to bear on the actor itself.
        actors: The article's participants.
        earlier: Mentions already coded in the article.
        sent: The sentence.

    Returns:
        The targets and whether they are inferred.
    """
    if act.root == "15" and all(t.ref.code.startswith("---") or t.ref.country in countries
                                and t.ref.code[3:6] in ARMED_SECTORS for t in targets):
        # "scrambled jets after Chinese aircraft flew close", "raised its alert level after ...",
        # "put its air force on alert after drones from Pakistan were spotted": a show of force answers
        # the provoker; the forces it moves ("mobilised militia members", "its air force") are its
        # instrument, not its target
        provoking = ([] if reflexive else actors.expand(provokers(act.anchor, act.sources), deep=True)) or [
            found for noun in provoking_acts(act.anchor) if (found := actors.modifier_actor(noun)) is not None]
        # "after clashes between rival militias": a provoker of no country leaves the border to decide
        provoking = [p for p in provoking if not p.ref.code.startswith("---")]
        if not provoking and not reflexive and (answered := responded(act, countries, earlier, actors)) is not None:
            # "South Korean marines responded with warning shots": a show of force answering an act
            provoking = [answered]
        if not provoking and not reflexive and (attacker := attack_answered(act, countries, earlier)) is not None:
            provoking = [attacker]
        if provoking:
            targets, indirect = provoking, True
        else:
            targets = [t for t in targets if not t.ref.code.startswith("---") and t.ref.country not in countries]
    if act.root == "15" and any(t.ref.country not in countries for t in targets):
        # "reinforced its posts along the Tajik frontier in the Batken region": beside the foreign state it
        # faces, the actor's own country is only where the force stands
        targets = [t for t in targets if t.ref.country not in countries]
    # closing a border crossing, or reopening it (a concession, root 08), is done to the state across it
    closure = (act.code == "191" or act.root == "08") and any(
        t.lemma_.lower() in BORDER_NOUNS | {"crossing", "checkpoint"} for t in act.anchor.subtree)
    if (act.root == "15" or closure) and all(t.ref.country in countries for t in targets):
        # "placed its units along the Somali border on alert", "near the boundary with Kosovo": a show
        # of force on a border faces the neighbour; "closed two border checkpoints in Sa Kaeo" shuts
        # out, and "reopened the crossing to cargo" lets back in, the neighbour the article is about
        # "moved missile boats to Gwadar in what officials called a warning to New Delhi": whom it is meant for
        neighbour = (message_recipient(act.anchor, countries, actors) if act.root == "15" else None) \
            or across_border(act.anchor, countries, actors)
        # "sent two battalions to the frontier": a move to the border faces the neighbour the story is about
        frontier = act.root == "15" and any(t.lemma_.lower() in BORDER_NOUNS for t in act.anchor.subtree)
        if neighbour is None and (closure or frontier) \
                and (other := actors.coref.counterpart(countries, sent.start_char)):
            neighbour = unnamed_party(other, act.anchor)
        if neighbour is not None:
            targets, indirect = [neighbour], True
    return targets, indirect
