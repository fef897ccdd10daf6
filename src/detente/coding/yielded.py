"""Agreements made in yielding: "agreed to allow opposition parties, giving in to the students", "bowed to
donor pressure and agreed to scrap the clause". CAMEO codes a concession granted under pressure as the yield
itself (08x), not as an intent to cooperate (03x); the bare "bowed to pressure" then restates it.

"China resumed imports from Japan, easing a ban", "the group freed 11 fishermen and sent them back across
the river": an easing or release (08) or a gift (07) that finds no party of its own falls back on the
doer's own country; when the same doer's act of that root reaches a foreign party in the sentence, that
party is whom it yielded to or helped, and the fallback is no second event.
"""

from __future__ import annotations

from dataclasses import replace

from detente import codes
from detente.actors import actor_name
from detente.coding.participants import Resolved
from detente.records import ActorRef, Mention, Trait

# intent to yield (035x) -> the yield itself (08x); any other agreement -> 080
YIELD_OF = {"0351": "081", "0352": "082", "0353": "084", "0354": "085", "0355": "086", "0356": "087"}


def _recoded(mention: Mention, code: str) -> Mention:
    entry = codes.lookup(code)
    return replace(mention, event_code=code, root_code=code[:2], quad_class=entry.quad_class,
                   goldstein=entry.goldstein, plover_type=entry.plover_type, plover_mode=entry.plover_mode,
                   rule=mention.rule + " [made in yielding]")


def yielded_agreements(coded: list[Mention]) -> list[Mention]:
    """Recode a factual agreement (03x) whose actor yields (080) in the same sentence as that yield.

    Args:
        coded: The sentence's mentions.

    Returns:
        The mentions, each such agreement recoded, and a targetless yield of the same actor it restates
        dropped.
    """
    # a general yield ("bowed to pressure", "giving in to"), not the agreed concession told as done
    yielders = {m.source.country for m in coded if m.is_factual and m.event_code == "080"}
    agreements = [m for m in coded if m.is_factual and m.root_code == "03" and m.source.country in yielders
                  and m.target is not None and Trait.AGREEMENT in m.traits]
    if not agreements:
        return coded
    agreed = {m.source.country for m in agreements}
    out = []
    for m in coded:
        if m in agreements:
            out.append(_recoded(m, YIELD_OF.get(m.event_code, "080")))
        elif not (m.is_factual and m.event_code == "080" and m.target is None and m.source.country in agreed):
            out.append(m)
    return out


def to_intermediary(code: str, targets: list[Resolved]) -> bool:
    """Whether an act hands its yield to a go-between rather than to the side it yields to.

    Arms handed to U.N. monitors (0873) and captives handed to the Red Cross or a church commission (084x)
    are given up to the foe or returned to their own side; the monitors and the Red Cross only receive them.

    Args:
        code: The act's CAMEO code.
        targets: The act's resolved targets.

    Returns:
        True when every target is such a go-between.
    """
    if code == "0873":
        return bool(targets) and all(t.ref.country == "IGO" for t in targets)
    return code.startswith("084") and bool(targets) and all(t.ref.country == "NGO" for t in targets)


# roots whose untargeted acts fall back on the doer's own country
GIVING_ROOTS = frozenset({"07", "08"})


def _received_abroad(mention: Mention) -> Mention:
    """ "flew the first loads of American food aid into Belet Huen in central Somalia": a gift (07) whose
    only party is the giver's own country (the aid's nationality word) goes to the foreign country it was
    delivered in."""
    place = mention.location.country if mention.location is not None else None
    if mention.root_code != "07" or mention.target is None or len(mention.target.code) != 3 \
            or mention.target.country != mention.source.country or not place or not place.isalpha() \
            or place == mention.source.country or place in ("IGO", "NGO", "IMG", "MNC"):
        return mention
    return replace(mention, target=ActorRef(place, actor_name(place), mention.location.name),
                   rule=mention.rule + " [target: where it was delivered]")


def without_self_yields(mentions: list[Mention]) -> list[Mention]:
    """Drop a fallback self-targeted 07/08 mention beside one of its doer towards a foreign party, after
    sending a gift whose only party is its giver's own country to the foreign place it was delivered in.

    Args:
        mentions: Mentions in text order.

    Returns:
        ``mentions`` without a factual 07/08 mention whose target is its source's own country, named
        nowhere in the text (an inferred party), when the same sentence holds a factual mention of that
        root by the same source towards another country.
    """
    mentions = [_received_abroad(m) for m in mentions]
    foreign = {(m.sentence_index, m.source.code, m.root_code) for m in mentions
               if m.root_code in GIVING_ROOTS and m.is_factual and m.target is not None
               and m.target.country and m.target.country != m.source.country}
    return [m for m in mentions if not (
        m.root_code in GIVING_ROOTS and m.is_factual and m.target is not None and not m.target.text
        and m.target.country == m.source.country
        and (m.sentence_index, m.source.code, m.root_code) in foreign)]
