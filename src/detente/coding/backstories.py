"""Acts told in passing as the background of the news.

"Hamas freed 37 soldiers it had captured in October", "nurses kidnapped by gunmen last week were released on
Tuesday": the capture described in a clause on the released people says who they are, it is not a new event
of the report (the release is). A capture that is itself the news keeps its own clause ("seized 11 staff and
freed them a day later").

"denounced the Israeli air strike that hit a residential compound": the relative clause retells the attack a
condemnation answers; the condemnation is the news. "people displaced by fighting in Upper Nile": a bare
gerund giving the cause of a participle describing someone names no side and is no act of the clause's doer.
"held in its prisons and occupied territories": the parser may make the participle of a listed noun phrase a
verb conjoined to the main clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.counters import RAID_NOUNS
from detente.coding.modality import GROUNDS_LEMMAS
from detente.coding.phrases import PART_WORDS
from detente.coding.slots import OBJECTION_NOUNS

_SEIZING_ROOTS = ("17", "18")
_VIOLENT_ROOTS = ("18", "19", "20")
# verbs of keeping people captive
_HOLDING_LEMMAS = frozenset({"hold", "keep"})
# nouns naming an attack whose relative clause retells it
_ATTACK_NOUNS = RAID_NOUNS | {"blast", "explosion", "massacre", "killing"}
# lands a participle may describe in a list of places ("its prisons and occupied territories")
_HELD_LANDS = frozenset({"territory", "area", "land", "zone", "region"})
# verbs whose object is an act they answer as its grounds, beyond praise and blame
_ANSWERING_LEMMAS = GROUNDS_LEMMAS | {"deplore", "decry", "lament", "mourn"}
# verbs of taking away a status (citizenship, nationality, immunity), told of people as who they are
_DEPRIVING_LEMMAS = frozenset({"strip", "deprive"})


def _described_noun(anchor: Token) -> Token | None:
    """The noun a relative or participle clause describes ("soldiers [it had captured]")."""
    if anchor.dep_ not in ("relcl", "acl") or anchor.head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    return anchor.head


def _released_heads(act: Act) -> set[int]:
    # the parser's own object or passive subject too, in case the target was resolved elsewhere
    nouns = [*act.targets, *(c for c in act.anchor.children if c.dep_ in ("dobj", "nsubjpass"))]
    return {n.i for n in nouns} | {t.i for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for t in c.children if t.dep_ == "pobj"}


def _answered_attack(anchor: Token) -> bool:
    """Whether a relative clause retells an attack a condemnation answers ("condemned the strike that hit
    the embassy", "condemned an attack on a camp for displaced families that killed 17")."""
    if anchor.dep_ != "relcl":
        return False
    noun = anchor.head
    for _ in range(6):  # up through the attack's own phrases ("on a camp for displaced families")
        if noun.lemma_.lower() in _ATTACK_NOUNS and noun.pos_ == "NOUN":
            return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ANSWERING_LEMMAS
        if noun.dep_ not in ("pobj", "prep") or noun.head == noun:
            return False
        noun = noun.head
    return False


def _cause_of_state(anchor: Token) -> bool:
    """Whether a bare gerund is the cause of a participle describing a noun ("people displaced by fighting")."""
    if anchor.dep_ != "pcomp" or anchor.tag_ != "VBG" or anchor.head.lower_ != "by":
        return False
    state = anchor.head.head
    return state.tag_ == "VBN" and state.dep_ in ("acl", "advcl", "amod") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children)


def _listed_participle(anchor: Token) -> bool:
    """Whether a verb conjoined without a subject of its own is the participle of a place listed after
    another noun ("in its prisons and occupied territories")."""
    doc = anchor.doc
    if anchor.dep_ != "conj" or anchor.tag_ not in ("VBD", "VBN") or anchor.i < 2 or anchor.i + 1 >= len(doc) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return False
    before, after = doc[anchor.i - 1], doc[anchor.i + 1]
    return before.lower_ in ("and", "or") and doc[anchor.i - 2].pos_ == "NOUN" \
        and after.lemma_.lower() in _HELD_LANDS and after.tag_ == "NNS"


def _status_lost_before(anchor: Token) -> bool:
    """ "opposition figures stripped of their citizenship", "returned after being stripped of his nationality":
    a status taken away, told as a participle on the people or as a passive time clause, says who they are;
    the news is the clause it hangs on ("Nicaragua stripped 94 opponents of their citizenship" stays news)."""
    if anchor.lemma_.lower() not in _DEPRIVING_LEMMAS or anchor.tag_ != "VBN":
        return False
    if anchor.dep_ == "acl" or anchor.dep_ == "advcl" and not any(  # the parser may hang the bare participle
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in anchor.children):  # on the verb
        return not any(c.dep_ == "agent" for c in anchor.children)
    return anchor.dep_ in ("pcomp", "advcl") and anchor.head.lower_ in ("after", "since") \
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in anchor.children)


def _standing_hold(anchor: Token) -> bool:
    """ "the M23 says it holds several hundred soldiers", "ruled out talks while it held the soldiers": holding
    people told in the simple present or as the time of another act is a standing state, not news (unlike
    "are now holding 500 blue helmets" or "were held by rebels")."""
    if anchor.lemma_.lower() not in _HOLDING_LEMMAS or anchor.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    if anchor.tag_ != "VBD":
        return not any(c.dep_ in ("aux", "auxpass") for c in anchor.children)
    return anchor.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "as") for c in anchor.children)


def without_backstories(acts: list[Act]) -> list[Act]:
    """Drop acts told as the background of the sentence's news.

    Args:
        acts: The sentence's acts.

    Returns:
        The acts without background captures of released people, attacks retold under a condemnation and
        sideless fighting told as the cause of a state.
    """
    acts = [a for a in acts if not (a.root in _VIOLENT_ROOTS and not a.nominal
                                    and (_answered_attack(a.anchor) or _cause_of_state(a.anchor)
                                         or _listed_participle(a.anchor)))
            and not partitive_description(a.anchor)
            and not (a.root == "12" and not a.nominal and defiant_manner(a.anchor))
            and not (a.code == "172" and not a.nominal and _status_lost_before(a.anchor))
            and not (a.root in _SEIZING_ROOTS and not a.nominal and _standing_hold(a.anchor))
            # "the figures released by officials could not be verified", "video released by the coast guard
            # showed ...": a participle naming who put out a record describes the record the clause is about
            # (a passive with its "by" agent: "a charge the army chief called absurd" is a statement)
            and not (a.root == "01" and not a.nominal and a.anchor.dep_ == "acl" and a.anchor.tag_ == "VBN"
                     and any(c.dep_ == "agent" or c.lower_ == "by" for c in a.anchor.children))]
    return without_release_backstories(acts)


# defiance told as the manner of another act (what it defies: slots.OBJECTION_NOUNS, the world's reactions)
DEFYING_LEMMAS = frozenset({"defy", "ignore", "brush", "disregard", "shrug", "flout", "override"})


def defiant_manner(anchor: Token) -> bool:
    """ "expelled the inspectors, defying warnings from the Security Council", "Brushing aside objections from
    Washington, Moscow recognised the regions": a participle defying the reactions to the act it hangs on
    tells how that act was done; it is no rejection of its own."""
    return anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.head.pos_ in ("VERB", "AUX") \
        and anchor.lemma_.lower() in DEFYING_LEMMAS \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in OBJECTION_NOUNS for c in anchor.children)


def partitive_description(anchor: Token) -> bool:
    """ "The soldiers, most of them captured during fighting last year, looked thin", "the men, many of
    whom were arrested in raids": a clause on a part of a group describes its members (and what it
    says they went through, "during fighting"), it is no news."""
    return any(clause.dep_ in ("relcl", "acl", "appos", "advcl") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PART_WORDS and any(
            p.lower_ == "of" and any(o.lower_ in ("them", "whom", "which") for o in p.children)
            for p in c.children) for c in clause.children) for clause in (anchor, *anchor.ancestors))


def without_release_backstories(acts: list[Act]) -> list[Act]:
    """Drop captures told in a clause on the people a release act of the sentence frees.

    Args:
        acts: The sentence's acts.

    Returns:
        The acts without those background captures.
    """
    released: set[int] = set()
    for act in acts:
        if act.code.startswith("084") and not act.modality.negated and not act.modality.hypothetical:
            released |= _released_heads(act)
    if not released:
        return acts
    return [a for a in acts if not (a.root in _SEIZING_ROOTS and not a.nominal
                                    and (noun := _described_noun(a.anchor)) is not None and noun.i in released)]
