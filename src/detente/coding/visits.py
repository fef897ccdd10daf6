"""Visits and contacts (CAMEO 04): who really makes them, and visits announced by the visitor's arrival.

Travel and calls are contact between parties only when a party's representative makes them: tourists,
journalists, aircraft and people carried somewhere pay no visit, and private people phoning home make no
contact. "The foreign minister is due in Hanoi on Monday", "is expected in the Indian capital next
week": the copula and the passive "expected" take no object, so no lexicon row reaches the place; a
visitor announced as due somewhere states an intent to meet (CAMEO 036) the host state, as "will
travel to Hanoi" does.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.clauses import is_mass
from detente.coding.dates import MONTHS
from detente.coding.inference import PRESS_WORDS
from detente.coding.modality import clause_modality
from detente.coding.participants import WAR_MACHINES, Resolved
from detente.coding.roles import kids, preps_of
from detente.coding.target_rules import (
    CALL_VERBS,
    FLIGHT_NOUNS,
    PRIVATE_SECTORS,
    TRAVEL_VERBS,
)

# nouns that name a state by its seat ("the Indian capital")
SEAT_NOUNS = frozenset({"capital"})
# where a journey crosses a border without visiting anyone ("flew into Estonian airspace")
INCURSION_NOUNS = frozenset({"airspace", "waters"})


def _arrival_word(verb: Token) -> Token | None:
    """The word that announces the arrival: "due" after a copula, or a passive "expected" without
    a complement ("is expected to sign" announces an act, not an arrival)."""
    if verb.lemma_.lower() == "be":
        return next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "due"), None)
    if verb.lemma_.lower() == "expect" and verb.tag_ == "VBN" and kids(verb, ("auxpass",)) \
            and not kids(verb, ("xcomp", "ccomp", "dobj")):
        return verb
    return None


def announced_visit(verb: Token, subjects: list[Token], obj: Token | None, penalty: float) -> Act | None:
    """ "X is due in Y", "X is expected in Y": X's intent to meet (036) the state of Y.

    Args:
        verb: The clause's verb (the copula, or the passive participle "expected").
        subjects: The clause's subject heads.
        obj: The clause's object head (a passive subject lands here).
        penalty: The confidence penalty of the clause roles.

    Returns:
        The intent act, or None when the clause announces no arrival at a named place.
    """
    word = _arrival_word(verb)
    if word is None:
        return None
    visitors = subjects or ([obj] if obj is not None and obj.dep_ == "nsubjpass" else [])
    # a proper name that is no month ("due in March" dates the arrival); the fast engine asks before
    # entities are tagged, so the place is told by its tag
    places = [p for p in preps_of(word).get("in", ())
              if p.tag_ == "NNP" and p.lower_ not in MONTHS or p.lemma_.lower() in SEAT_NOUNS]
    modality = clause_modality(verb)
    if not visitors or not places or modality.negated:
        return None  # "is not expected in Algiers this year" tells what others foresee, no refusal
    return Act(verb, "036", f"announced visit ({word.lower_} in)", [verb.i, word.i], visitors, places, False,
               modality, penalty + 0.1)


def contact_makers(act: Act, sources: list[Resolved]) -> list[Resolved]:
    """The sources of a contact act (root 04) that make contact between parties; none when it is no contact.

    Args:
        act: The contact act.
        sources: Its resolved sources.
    """
    if act.targets and all(t.lemma_.lower() in PRESS_WORDS for t in act.targets):
        return []  # "speaking to reporters in Djibouti" is no meeting
    if act.code[:3] in ("042", "043") and any(is_mass(t, 1000) for t in act.targets + act.sources):
        return []  # "received 3.8 million visitors from South Korea": tourism, not a visit
    verb = act.anchor.lemma_.lower()
    if verb in TRAVEL_VERBS:
        # "investigators who had arrived in Bamako": an earlier journey a relative clause recalls
        recalled = act.anchor.dep_ == "relcl" and any(c.lower_ == "had" for c in act.anchor.children)
        # "the jets had been flying to Kaliningrad": aircraft on a flight pay no visit
        sources = [s for s in sources if s.ref.code[3:6] not in PRIVATE_SECTORS and not recalled
                   and s.head.lemma_.lower() not in WAR_MACHINES]
        if any(o.lemma_.lower() in INCURSION_NOUNS for p in act.anchor.children if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj"):
            return []  # "a Russian fighter flew into Estonian airspace" is an incursion, not a visit
        ends = {p.lower_: {o.lemma_.lower() for o in p.children if o.dep_ == "pobj"}
                for p in act.anchor.children if p.dep_ == "prep" and p.lower_ in ("from", "to")}
        if ends.get("from") and ends.get("from") == ends.get("to"):
            return []  # "went from house to house", "from village to village": a round, no journey to anyone
        if any(c.dep_ == "dobj" for c in act.anchor.children) or _carried(act.anchor) \
                or any(s.lemma_.lower() in FLIGHT_NOUNS for s in act.sources):
            # "flew 60 police officers to Honiara" carries others, "U.N. relief flights landed in Wau" are
            # aircraft: no visit by the subject
            return []
    if verb in CALL_VERBS:
        # "two of the detained men had called home": private people phoning make no contact between parties
        sources = [s for s in sources if s.ref.code[3:6] not in PRIVATE_SECTORS | {"AGR"}]
    return sources


def _carried(verb: Token) -> bool:
    """ "was seized by commandos and flown back to Turkey": a passive journey is transport, not a visit."""
    passive = verb if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        else verb.head
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in passive.children)
