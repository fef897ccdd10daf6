"""Counter-attacks: whom an armed answer is aimed at when it names only the attack it answers.

"The army said its troops had repelled the assault", "drove the attackers back", "fought off the
raid", "its troops returned fire": the attack and its doers were told before, so the answer is aimed
at the party whose armed act came last (another state's forces, or rebels fighting the state's own army;
peacekeepers answer an attack on the police they back).
"""

from __future__ import annotations

from collections.abc import Iterator

from detente.coding.acts import Act
from detente.coding.resolved import Resolved
from detente.coding.target_rules import STATE_ORGANS, STATE_SECTORS
from detente.coding.violence import VIOLENT_ROOTS
from detente.records import ActorRef, Mention

# verbs whose object is always an attack beaten off
REPELLING_VERBS = frozenset({"repel", "repulse"})
# verbs that beat off an attack with "back"/"off" ("drove the attackers back", "fought off the raid")
PUSHING_VERBS = frozenset({"drive", "beat", "push", "fight", "fend", "throw", "force"})
# nouns that name an attack or its doers and so point back at whoever attacked
ATTACK_NOUNS = frozenset({"attack", "assault", "offensive", "raid", "incursion", "ambush", "onslaught",
                          "attacker", "assailant", "raider"})
# how far back (characters) the answered attack may have been told
REACH = 2000
# nouns a show of force's time phrase names the attack by ("while the strikes were under way")
RAID_NOUNS = ATTACK_NOUNS | {"strike", "airstrike", "barrage", "bombardment", "shelling", "bombing"}
# conjunctions and prepositions that put a show of force during or after an attack
TIME_WORDS = frozenset({"while", "as", "when", "after", "during", "amid", "following"})


def _names_attack(act: Act) -> bool:
    """Whether the act is an answer by its verb: a repelling, returned fire, or an attack or its doers
    driven back or off (a plain strike on "the attackers" is left to the rules that place any strike)."""
    anchor = act.anchor
    lemma = anchor.lemma_.lower()
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    if lemma in REPELLING_VERBS or lemma == "return" and any(o.lower_ == "fire" for o in objects):
        return True
    return lemma in PUSHING_VERBS and any(o.lemma_.lower() in ATTACK_NOUNS for o in objects) \
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off") for c in anchor.children)


def repelled(act: Act, sources: list[Resolved], earlier: list[Mention]) -> Resolved | None:
    """The attacker an armed answer with no target of its own is aimed at.

    Args:
        act: The answering act (root 18-20).
        sources: The act's resolved sources.
        earlier: Mentions already coded in the article, in order.

    Returns:
        The source of the latest factual armed act (18-20) by another party (not the answering state's
        own organs), or None when the act names no attack or none was told nearby.
    """
    if act.root not in VIOLENT_ROOTS or not sources or not _names_attack(act):
        return None
    codes = {s.ref.code for s in sources}
    countries = {s.ref.country for s in sources}
    for source in _armed_sources_before(act, earlier):
        if source.code in codes:
            continue
        if source.country in countries and _state(source.code) and all(_state(c) for c in codes):
            continue  # the answering state's own organs
        return Resolved(source, True, act.anchor)
    return None


def attack_answered(act: Act, countries: set[str], earlier: list[Mention]) -> Resolved | None:
    """Whom a show of force put up during or after an attack its article told answers.

    "Poland scrambled fighter jets while the attack was under way", "raised its alert level after the
    strikes": the attack is named by a bare noun, so its doer is the latest state, other than the actor's
    own, whose armed act (18-20) the article reported.

    Args:
        act: The show of force.
        countries: The act's source countries.
        earlier: Mentions already coded in the article, in order.

    Returns:
        That state's actor, or None when the act names no attack in a time phrase or none was told nearby.
    """
    anchor = act.anchor
    nouns = [g for c in anchor.children if c.dep_ == "advcl"
             and any(m.dep_ == "mark" and m.lower_ in TIME_WORDS for m in c.children)
             for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    nouns += [g for c in anchor.children if c.dep_ == "prep" and c.lower_ in TIME_WORDS
              for g in c.children if g.dep_ == "pobj"]
    if not any(n.lemma_.lower() in RAID_NOUNS for n in nouns):
        return None
    return next((Resolved(source, True, anchor) for source in _armed_sources_before(act, earlier)
                 if source.country not in countries and _state(source.code)), None)


def _armed_sources_before(act: Act, earlier: list[Mention]) -> Iterator[ActorRef]:
    """The known doers of the factual armed acts (18-20) told within reach before ``act``, latest first."""
    start = act.anchor.sent.start_char
    for mention in reversed(earlier):
        if mention.sentence_start < start - REACH:
            return
        if mention.is_factual and mention.root_code in VIOLENT_ROOTS and not mention.source.code.startswith("---"):
            yield mention.source


def _state(code: str) -> bool:
    """Whether an actor code is a state's own (the state itself or its government, army or police)."""
    return code[3:6] in STATE_SECTORS or code[3:6] in STATE_ORGANS
