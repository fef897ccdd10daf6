"""Doers a sentence leaves implicit: the state behind an agentless passive of an act only a state performs.

"A British couple had been charged with espionage, Iranian state media reported", "two activists were
deported from Tanzania": courts, police and border officials are a state's organs; with no agent
named, the act is the state's where it happened, else the state whose media or officials report it.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors import actor_name
from detente.actors.coref import is_state_ref
from detente.coding.aid_holds import held_aid
from detente.coding.participants import ArticleActors, Resolved
from detente.coding.phrases import SPEECH_VERBS, reporter_head
from detente.coding.places import find_place
from detente.coding.roles import summoned_to
from detente.coding.yield_doers import yielding_doer
from detente.records import ActorRef

# acts of a state's courts, police and border officials, which no one else performs
STATE_ONLY_VERBS = frozenset({"charge", "sentence", "convict", "indict", "deport", "expel", "extradite", "remand",
                              "jail", "imprison", "arrest"})
# "placed under investigation", "put under house arrest": a general verb made a state-only act by its state
STATE_ONLY_STATES = frozenset({"investigation", "arrest", "custody"})
# acts that send people out of the state that does them
REMOVING_VERBS = frozenset({"deport", "expel"})
# letting held people go: "the sailors would be freed", "the villagers will be sent home"
RELEASE_VERBS = frozenset({"free", "release", "repatriate"})
SENDING_HOME = frozenset({"send", "return"})
FUTURE_AUX = frozenset({"will", "would", "'ll"})
# "the ambassador was summoned", "was called in", "was called to the ministry": a foreign ministry's act
SUMMONING_VERBS = frozenset({"summon", "call"})


def _summons(anchor: Token) -> bool:
    """ "was summoned (to the ministry)", "was called in", "was called to the foreign ministry"."""
    lemma = anchor.lemma_.lower()
    return lemma == "summon" or lemma in SUMMONING_VERBS and (
        summoned_to(anchor) or any(c.dep_ == "prt" and c.lower_ == "in" for c in anchor.children))


def _summoning_state(anchor: Token, actors: ArticleActors) -> str | None:
    """ "was summoned to the Polish foreign ministry": the state whose ministry the envoy was called to; "" (no
    doer) when the ministry's name and the city it is "in" disagree ("the Foreign Office in Berlin")."""
    for o in (o for p in anchor.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
              for o in p.children if o.dep_ == "pobj"):
        if (found := actors.get(o)) is None or not is_state_ref(found.ref):
            continue
        cities = {where.ref.country for q in o.children if q.dep_ == "prep" and q.lower_ == "in"
                  for w in q.children if w.dep_ == "pobj" and (where := actors.get(w)) is not None}
        return "" if cities - {found.ref.country} else found.ref.country
    return None


def implied_targets(anchor: Token, targets: list[Token], actors: ArticleActors) -> list[Token]:
    """ "The Russian ambassador was summoned to the foreign ministry": an agentless summons is made to the
    envoy it is said of, not to the ministry the envoy was called to; "EU aid for Niger was suspended": to
    the aid's recipient; ``targets`` otherwise."""
    if (held := held_aid(anchor, actors)) is not None:
        return held[1]
    if not _summons(anchor) or not any(c.dep_ == "auxpass" for c in anchor.children):
        return targets
    return [c for c in anchor.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"] or targets


def _state_nouns(anchor: Token) -> list[Token]:
    """The state-only condition ``anchor`` puts someone under ("under formal investigation"), if any."""
    if anchor.lemma_.lower() not in ("place", "put"):
        return []
    return [o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "under"
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in STATE_ONLY_STATES]


def _releases(anchor: Token) -> bool:
    """ "would be freed", "will be sent home": a future agentless passive letting people go."""
    lemma = anchor.lemma_.lower()
    home = lemma in SENDING_HOME and any(c.lower_ in ("home", "back") for c in anchor.children)
    return (lemma in RELEASE_VERBS or home) and anchor.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in anchor.children) and not any(c.dep_ == "agent" for c in anchor.children) \
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in anchor.children)


def releasing_speaker(anchor: Token, actors: ArticleActors) -> Resolved | None:
    """ "The ministry said the fishermen would be freed once ...": the state whose official announces a coming
    release with no one named to do it holds the people, and promises it; None otherwise (or when the people
    are the speaker's own, whom another holds)."""
    if not _releases(anchor) or anchor.dep_ != "ccomp" or anchor.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    speaker = next((c for c in anchor.head.children if c.dep_ == "nsubj"), None)
    found = actors.get(speaker) if speaker is not None else None
    if found is None or not is_state_ref(found.ref):
        return None
    held = [r for c in anchor.children if c.dep_ == "nsubjpass" and (r := actors.get(c)) is not None]
    if not held or any(r.ref.country == found.ref.country for r in held):
        return None
    code = found.ref.country + "GOV"
    return Resolved(ActorRef(code, actor_name(code), found.ref.text, found.ref.start, found.ref.end), True, speaker)


def _judging_court(anchor: Token, actors: ArticleActors) -> Resolved | None:
    """ "was sentenced to death after a court found him guilty": the state's court that judges in a clause
    attached to the agentless act is the one that did it; None when no such clause names a court."""
    # the parser may hang "after a court found ..." on a phrase of the act ("to death by hanging")
    clauses = [c for c in anchor.subtree if c.dep_ in ("advcl", "conj") and c.pos_ in ("VERB", "AUX")]
    return next((found for c in clauses for found in actors.expand([s for s in c.children if s.dep_ == "nsubj"])
                 if is_state_ref(found.ref) and found.ref.code[3:].startswith("JUD")), None)


def state_doer(anchor: Token, actors: ArticleActors, targets: list[Token]) -> Resolved | None:
    """The state that did the agentless passive act of ``anchor``, or None.

    The owner of a measure lifted or frozen (see coding/yield_doers.py), the giver of aid held up
    (coding/aid_holds.py), else the country of a place
    attached to the act, else that of the state actor reporting it; None when the verb is no state-only
    act, not passive, names its agent or nothing names the state.
    """
    if (owner := yielding_doer(anchor, targets, actors)) is not None:
        return owner
    if (held := held_aid(anchor, actors)) is not None:
        return held[0]  # "EU budget support for Niger was suspended": by its giver
    if (releaser := releasing_speaker(anchor, actors)) is not None:
        return releaser
    state_nouns = _state_nouns(anchor)
    summons = _summons(anchor)
    if anchor.tag_ != "VBN" or not (anchor.lemma_.lower() in STATE_ONLY_VERBS or state_nouns or summons) \
            or not any(c.dep_ == "auxpass" for c in anchor.children) \
            or any(c.dep_ == "agent" for c in anchor.children):
        return None
    if (court := _judging_court(anchor, actors)) is not None:
        return court
    country = _summoning_state(anchor, actors) if summons else None
    if anchor.lemma_.lower() in REMOVING_VERBS:
        # "were deported from Vietnam": the state they were sent out of
        country = next((found.ref.country for p in anchor.children if p.dep_ == "prep" and p.lower_ == "from"
                        for o in p.children if o.dep_ == "pobj" and (found := actors.get(o)) is not None
                        and is_state_ref(found.ref)), None)
    if country is None and (place := find_place(anchor.sent, anchor)) is not None and (
            place[2] == 0 or place[1].root.head.head in state_nouns):
        # "were arrested in Tehran", "was placed under investigation in France": where the state's organs acted
        country = place[0].country
    if country is None and (reporter := reporter_head(anchor)) is not None \
            and (found := actors.get(reporter)) is not None and is_state_ref(found.ref):
        country = found.ref.country  # "..., Iranian state media reported"
    if not country:
        return None
    code = country + "GOV"
    end = anchor.idx + len(anchor.text)
    return Resolved(ActorRef(code, actor_name(code), anchor.text, anchor.idx, end), True, anchor)
