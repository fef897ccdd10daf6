"""Whom an investigation is aimed at: "opened an inquiry into the killing of villagers by police".

An investigation (CAMEO 09) concerns whoever did the act it looks into, or whoever owns or runs the
thing it looks into ("bank accounts linked to the former premier", "camps run by the militia"), not
those the act befell nor the country the thing happens to be in.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from detente.coding.lexicon import WORD_SETS
from detente.coding.reactions import act_doers

CLAIM_NOUNS = WORD_SETS["claim_nouns"]
INQUIRY_NOUNS = WORD_SETS["inquiry_nouns"]
HOLDING_NOUNS = WORD_SETS["holding_nouns"]

# participles tying a probed thing to its owner or doer: "accounts linked to X", "camps run by X",
# "abuses committed by X", "raids carried out by X", "graves of villagers killed by X"
TYING_VERBS = frozenset({"link", "tie", "connect", "belong", "own", "run", "operate", "control", "hold",
                         "associate", "manage", "commit", "perpetrate", "carry", "kill", "execute", "torture",
                         "abduct", "massacre", "shoot", "gun"})
# links inside the probed phrase: "killings in camps run by X"
_PHRASE_DEPS = frozenset({"prep", "pobj", "conj"})


def probed_parties(noun: Token, event_nouns: Container[str]) -> list[Token]:
    """The parties an investigation into ``noun`` concerns.

    Args:
        noun: What an investigation looks into (the object of its "into", "of" or verb).
        event_nouns: Lemmas of the lexicon's event nouns.

    Returns:
        The heads naming the doers of a probed act ("the killing of ... by police"), the owners of a
        probed thing ("accounts linked to Bhutto") or the accused of a probed claim ("Georgia's charge that
        Russian jets fired"); empty when the phrase names none.
    """
    if accused := claimed_doers(noun) or trailing_agents(noun):
        return accused
    frontier = [noun]
    for _ in range(4):
        nxt = []
        for node in frontier:
            if node.pos_ in ("NOUN", "PROPN") and (doers := act_doers(node, event_nouns)):
                return doers
            if owners := _owners(node) or _holders(node) or _scene_doers(node):
                return owners
            nxt += [c for c in node.children if c.dep_ in _PHRASE_DEPS]
        frontier = nxt
    return []


def _owners(node: Token) -> list[Token]:
    """ "accounts linked to Bhutto", "camps run by the militia", "firms belonging to the general", "crimes
    committed by the police": the objects of the "by"/"to" phrase of a participle tying ``node`` to its owner
    or doer."""
    return [o for a in node.children if a.dep_ == "acl" and a.tag_ in ("VBN", "VBG")
            and a.lemma_.lower() in TYING_VERBS
            for p in a.children if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "to")
            for o in p.children if o.dep_ == "pobj"]


def _scene_doers(node: Token) -> list[Token]:
    """ "an incident in which Israeli drones dropped grenades", "a shooting in which two men were killed by
    soldiers": the doers (active subject or passive agent) of a relative clause that tells the probed act
    through "in/during which", "where" or "when"; not "claims which Russia denied", whose subject only speaks."""
    clauses = [c for c in node.children if c.dep_ == "relcl" and any(
        w.i < c.i and (w.dep_ == "advmod" and w.lower_ in ("where", "when") or w.dep_ == "prep" and any(
            o.dep_ == "pobj" and o.lower_ == "which" for o in w.children)) for w in c.children)]
    return [d for c in clauses for d in (
        *(s for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")),
        *(o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"))]


def _holders(node: Token) -> list[Token]:
    """ "deaths of two Uzbek workers in a Kyrgyz police cell", "killings under Chile's military rule": the state
    word (possessor or proper-name/nationality modifier) of the custody or rule ``node`` happened in."""
    return [m for p in node.children if p.dep_ == "prep" and p.lower_ in ("in", "under")
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in HOLDING_NOUNS
            for m in o.lefts if m.dep_ in ("poss", "amod", "compound") and m.text[:1].isupper()]


def claimed_doers(noun: Token) -> list[Token]:
    """ "an inquiry into Georgia's charge that Russian helicopters fired rockets", "Pakistani complaints that
    Indian artillery shelled villages": the subjects of a claim's content clause, when ``noun`` is the claim
    or its claimant (its possessor or nationality word)."""
    claim = noun
    while claim.dep_ in ("poss", "amod", "compound") and claim.head != claim:
        claim = claim.head  # "Greek Cypriot complaints"
    if claim.lemma_.lower() not in CLAIM_NOUNS:
        return []
    # the parser may hang the "that" clause on the word the claim's preposition depends on
    hosts = (claim, claim.head.head) if claim.dep_ == "pobj" else (claim,)
    return [s for h in hosts for c in h.children if c.dep_ in ("acl", "ccomp", "relcl")
            and c.left_edge.i == claim.i + 1 and c.left_edge.dep_ == "mark" and c.left_edge.lower_ == "that"
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN")]


def trailing_agents(noun: Token) -> list[Token]:
    """ "an inquiry into killings of civilians by soldiers", "an investigation into alleged war crimes by Israeli
    forces was opened by the prosecutor": the parser may hang the probed act's "by" phrase on the inquiry
    noun itself; one that follows the probed act is the act's doer, not the investigator.

    Args:
        noun: A word of what an investigation looks into.

    Returns:
        The objects of that "by" phrase; empty when there is none or the investigator is not named apart.
    """
    act = noun
    while act.dep_ in _PHRASE_DEPS and not (act.dep_ == "pobj" and act.head.lower_ == "into"):
        act = act.head
    if act.dep_ != "pobj" or act.head.lower_ != "into":
        return []
    # "into" hangs on the inquiry noun or on the verb ("opened an inquiry into ...")
    host = act.head.head
    inquiry = next((w for w in (host, *host.children) if w.lemma_.lower() in INQUIRY_NOUNS
                    and (w == host or w.dep_ == "dobj")), None)
    # only when the investigator is named apart: the subject of "opened an inquiry", the agent of "was opened by"
    if inquiry is None or not (inquiry.dep_ == "dobj" or inquiry.dep_ == "nsubjpass" and any(
            c.dep_ == "agent" for c in inquiry.head.children)):
        return []
    return [o for w in {host, inquiry} for p in w.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > act.i
            for o in p.children if o.dep_ == "pobj"][:1]
