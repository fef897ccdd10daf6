"""The toll of an attack: the people it killed or wounded, told after it.

"shelled the town, killing six", "an Israeli air strike on Gaza killed 12": the toll repeats the attack
between the same sides. Victims the toll names without a country of their own ("killing at least 12
people", "killed a senior commander") are the attack's: whatever state a fallback would give them (the
place, the reporter, the attackers' own) is no second event. Likewise an assault on a place is the way in
to the massacre, hostage-taking or seizure the same side then carries out there.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.parsecache import children
from detente.records import ActorRef, Mention

_HARMING_ROOTS = ("18", "19", "20")
# what attackers do by hand once in ("attacked three villages, beheading seven men and burning dozens of homes"):
# an act of its own, not the attack's toll told again
_BY_HAND_LEMMAS = frozenset({"behead", "decapitate", "mutilate", "rape", "abduct", "kidnap", "torch", "loot"})
# killings by hand that an attack on a village was the way in to (people carried off leave the attack a fight)
_HAND_KILLING_LEMMAS = frozenset({"behead", "decapitate", "mutilate"})
# entity kinds that place a victim: a nationality, a state or place, a named body
_PLACING_ENTITIES = frozenset({"NORP", "GPE", "ORG"})
# links inside a victim's noun phrase that may name its country ("Israeli soldiers", "soldiers of Mali")
_MODIFIER_LINKS = frozenset({"amod", "compound", "poss", "nmod", "prep", "pobj", "appos"})


def _placed(victim: Token) -> bool:
    """Whether the victim's own words name a country or body it belongs to."""
    if victim.ent_type_ in _PLACING_ENTITIES:
        return True
    stack = list(children(victim))
    while stack:
        token = stack.pop()
        if token.dep_ not in _MODIFIER_LINKS:
            continue
        if token.ent_type_ in _PLACING_ENTITIES:
            return True
        stack.extend(children(token))
    return False


def _pair(mention: Mention) -> tuple[str, str | None]:
    return mention.source.country, mention.target.country if mention.target else None


def toll_kept(found: list[Mention], act: Act, attack: list[Mention]) -> list[Mention]:
    """The mentions of a toll that are not the attack it follows told again.

    Args:
        found: The toll act's mentions.
        act: The toll act.
        attack: The mentions of the attack the toll follows.

    Returns:
        ``found`` without those between the attack's sides, without a target, or aimed at victims
        nothing in their own words places, by the attack's doers.
    """
    # ("opened fire on protesters, killing five": the toll of a violent repression (175) repeats it)
    if act.anchor.lemma_.lower() in _BY_HAND_LEMMAS:
        return found
    seen = {_pair(m) for m in attack if m.root_code in _HARMING_ROOTS or m.event_code == "175"}
    attackers = {pair[0] for pair in seen}
    # unplaced victims belong to an attack that had a target of its own ("attacked a convoy, killing six
    # officers" with no target for the convoy leaves the toll to name them)
    aimers = {pair[0] for pair in seen if pair[1] is not None}
    unplaced = bool(act.targets) and not any(_placed(conj) for t in act.targets for conj in (t, *t.conjuncts))
    return [m for m in found if _pair(m) not in seen
            and not (m.target is None and m.source.country in attackers)
            and not (unplaced and m.source.country in aimers)]


# acts an assault on a place may be the way in to: a massacre (20) after any assault; hostage-taking or a
# killing of a leader (18), or seizing people and property (17, not arson), after a storming
_ENTERED_FOR = {"storm": ("17", "18", "20"), "attack": ("20",), "raid": ("20",)}
# sectors of a side that bears arms, state or not
ARMED_SIDE_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY"})


def _armed(party: ActorRef | None) -> bool:
    return party is not None and party.code[3:6] in ARMED_SIDE_SECTORS


def assaults_entered_for(acts: list[Act], by_anchor: dict[int, list[Mention]],
                         coded: list[Mention]) -> list[Mention]:
    """ "stormed the UN compound and detained 11 staff", "executed hundreds of civilians after storming El
    Fasher", "attacked the school, burning 80 students to death": a storming or attack on a place that is
    no armed force's is the way in to what the same side then did to the same party there (a massacre,
    hostage-taking, seizure): that act is the event, the assault no fight (19) of its own (an assault on
    civilians, 18, with its toll stays the assault: "attacked a displacement camp, killing 51").

    Args:
        acts: The sentence's acts.
        by_anchor: Mentions coded from each act, by the index of its anchor token.
        coded: The sentence's mentions.

    Returns:
        ``coded`` without the assaults' fight mentions whose sides another factual act tells.
    """
    dropped = set()
    by_hand = {id(m) for a in acts if a.anchor.lemma_.lower() in _HAND_KILLING_LEMMAS
               for m in by_anchor.get(a.anchor.i, ())}
    for act in acts:
        roots = _ENTERED_FOR.get(act.anchor.lemma_.lower())
        if roots is None or act.nominal:
            continue
        for assault in by_anchor.get(act.anchor.i, ()):
            if assault.root_code != "19" or _armed(assault.target):
                continue  # (storming a police post, or a town to take fighters prisoner, is a fight)
            if any(m is not assault and m.is_factual and (m.root_code in roots or id(m) in by_hand)
                   and m.event_code != "1712" and _pair(m) == _pair(assault) and not _armed(m.target) for m in coded):
                dropped.add(id(assault))
    return [m for m in coded if id(m) not in dropped]
