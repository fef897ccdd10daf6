"""Where an act's target may hide when no lexicon slot names it: the trigger's prepositional objects,
conditions, purposes and destinations, provocations, objections and reciprocal pronouns. Each
function returns tokens (or a yes/no) for the coder to resolve into actors."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from detente.coding.modality import DISPATCHING_LEMMAS

# what another party says against an act ("despite protests from Beijing")
OBJECTION_NOUNS = frozenset({"protest", "objection", "warning", "opposition", "pressure", "criticism", "appeal",
                             "call", "plea", "demand", "request", "threat", "condemnation", "concern", "reservation",
                             "ultimatum", "outcry"})
# turning down what another party asked for ("rejecting an appeal from the Vatican")
REBUFFING_VERBS = frozenset({"reject", "defy", "ignore", "dismiss", "rebuff", "spurn", "snub", "disregard"})
# "ready to sign once Armenia amends its constitution": a condition's subject is whom the act concerns
CONDITION_MARKS = frozenset({"if", "unless", "once", "until", "provided", "providing"})
# prepositions whose objects may name the target no lexicon slot found
FALLBACK_PREPS = ("to", "for", "against", "with", "on", "into", "toward", "towards", "at", "over", "from")


def to_each_other(anchor: Token) -> bool:
    """ "returned the remains of 12 soldiers to each other": the act's own object or addressee is reciprocal."""
    slots = [c for c in anchor.children if c.dep_ in ("dobj", "dative")] + [
        g for c in anchor.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "freed each other's detained fishermen": what each side held belonged to the other
    slots += [p for c in slots if c.dep_ == "dobj" for p in c.children if p.dep_ == "poss"]
    # "Armenia and Azerbaijan each freed 15 prisoners", "... released 15 prisoners each": a joint subject's
    # parallel acts, each done to the other
    subjects = [c for c in anchor.children if c.dep_ == "nsubj"]
    if any(c.lower_ == "each" and c.dep_ in ("npadvmod", "advmod", "appos") for c in anchor.children) \
            or any(c.lower_ == "each" and c.dep_ == "appos" for s in subjects for c in s.children):
        named = [t for c in anchor.children if c.dep_ in ("dobj", "dative") for t in c.subtree
                 if t.ent_type_ in ("GPE", "NORP", "ORG")]
        addressed = any(c.dep_ == "prep" and c.lower_ in ("to", "into", "against", "on", "with") and any(
            g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children) for c in anchor.children)
        return any(s.conjuncts for s in subjects) and not named and not addressed  # not "each sent troops to Mali"
    return any(t.lower_ == "other" and any(c.lower_ == "each" for c in t.children)
               or t.lower_ == "one" and any(c.lower_ == "another" for c in t.children)
               or t.lower_ == "another" and any(c.lower_ == "one" for c in t.children) for t in slots)


def fallback_targets(anchor: Token, sources: Sequence[Token]) -> list[Token]:
    """Prepositional objects of the trigger that may name the target when no pattern slot did,
    then the subject of a condition on it ("threatened to stop the talks if the United States ...")."""
    found = []
    scope = [anchor, anchor.head] + [c for c in anchor.children if c.dep_ in ("xcomp", "ccomp")]
    conditions = [g for node in scope for c in node.children if c.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
                  for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON" and g not in sources]
    holders = [anchor] + [c for c in anchor.children if c.dep_ in ("dobj", "xcomp")]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in FALLBACK_PREPS:
                found.extend(g for g in child.children if g.dep_ == "pobj" and g not in sources)
        if holder != anchor and holder.dep_ == "dobj" and holder not in sources:
            found.append(holder)
    # "fired tear gas to disperse the demonstrators": the purpose names whom the act was aimed at
    verb = anchor.head if anchor.dep_ == "dobj" else anchor  # "opened fire to disperse ..."
    purposes = [g for c in verb.children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)
                for g in c.children if g.dep_ == "dobj" and g not in sources]
    return found or conditions or purposes


def destinations(anchor: Token, sources: Sequence[Token]) -> list[Token]:
    """"sent a team of prosecutors to Osh to investigate the deaths": an inquiry is into where its
    investigators were sent."""
    if anchor.dep_ != "advcl" or anchor.i < anchor.head.i or anchor.head.lemma_.lower() not in DISPATCHING_LEMMAS:
        return []
    return [g for c in anchor.head.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
            for g in c.children if g.dep_ == "pobj" and g not in sources]


def provokers(anchor: Token, sources: Sequence[Token]) -> list[Token]:
    """Subjects of an "after" clause on the trigger: what the act responds to."""
    return [g for c in anchor.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON" and g not in sources]


def provoking_acts(anchor: Token) -> list[Token]:
    """The act an "after", "following" or "amid" phrase on the trigger names ("raised its alert level after
    a North Korean missile launch", "scrambled jets amid Russian bomber flights")."""
    return [g for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("after", "following", "amid")
            for g in c.children if g.dep_ in ("pobj", "dobj") and g.pos_ == "NOUN"]


def objectors(anchor: Token) -> list[Token]:
    """Who objected to what the trigger did anyway, or pressed for it: "refused to retract her remarks
    despite a formal protest from China", "went ahead in defiance of U.S. warnings", "will not change
    our constitution under an ultimatum from Sofia", "will not release them, rejecting an appeal from Rome"."""
    found = []
    for clause in anchor.children:
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_.lower() in REBUFFING_VERBS:
            # "..., rejecting an appeal from the Vatican", "defying calls from Washington"
            found.extend([o for o in clause.children if o.dep_ == "dobj"
                          and o.lemma_.lower() in OBJECTION_NOUNS][:1])
    for prep in anchor.children:
        if prep.lower_ in ("despite", "under") or prep.lower_ == "in" and any(
                p.lower_ == "defiance" for p in prep.children):
            nouns = [g for g in prep.subtree if g.dep_ == "pobj" and g.lemma_.lower() in OBJECTION_NOUNS]
            found.extend(nouns[:1])
    return found
