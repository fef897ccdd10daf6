"""Acts stated as nouns: "talks with Modi", "an air strike on Gaza", "sanctions against Iran".

The clause coder finds the acts of a sentence's verbs first; :func:`nominal_acts` then codes the
event nouns of the lexicon that no verb act has used, with the modality their own phrase or the
clause they serve gives them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding.acts import Act
from detente.coding.lexicon import WORD_SETS, Lexicon
from detente.coding.mass_nominals import mass_nominal
from detente.coding.matching import (
    QUANTITY_NOUNS,
    match_nominal,
    match_noun_entry,
    talks_clause,
)
from detente.coding.modality import clause_modality
from detente.coding.nominals import gerund_noun, nominal_modality, noun_lemma
from detente.coding.parsecache import tokens
from detente.coding.roles import preps_of
from detente.coding.stances import ready_for_event
from detente.coding.verbal_nouns import verbal_noun_acts
from detente.coding.violence import VIOLENT_ROOTS

INQUIRY_NOUNS = WORD_SETS["inquiry_nouns"]
ACCESSION_WORDS = WORD_SETS["accession_words"]
# a subject that "faces", "undergoes" or is "the subject of" an event undergoes it
UNDERGOING_VERBS = frozenset({"face", "undergo"})
# a subject that "survives" or "escapes" an attack is whom it was aimed at
SURVIVING_VERBS = frozenset({"survive", "escape"})
UNDERGOING_ATTRIBUTES = frozenset({"subject", "target", "focus"})
INVESTIGATING_BODIES = WORD_SETS["investigating_bodies"]
# verbs by which an investigating body makes an investigation known
ANNOUNCING_VERBS = frozenset({"say", "announce", "confirm", "tell", "state", "report"})


def nominal_acts(sent: Span, used: set[int], lexicon: Lexicon) -> list[Act]:
    """The acts of ``sent``'s event nouns.

    Args:
        sent: The sentence.
        used: Indices of tokens already part of a verb's act (their nouns are not coded again).
        lexicon: The verb and noun lexicon.

    Returns:
        One act per event noun that names a new event.
    """
    acts = []
    for noun in tokens(sent):
        if (noun.pos_ != "NOUN" and not gerund_noun(noun)) or noun.i in used \
                or noun_lemma(noun) not in lexicon.nouns:
            continue
        if (undergone := undergone_act(noun, lexicon)) is not None:
            acts.append(undergone)
            continue
        if noun.dep_ == "dobj":
            continue  # "criticized U.S. tariffs": a reference to an earlier act, not a new one
        if noun.dep_ == "compound":
            continue  # "riot police", "attack helicopters": a noun modifier names a kind, not an event
        if noun.dep_ == "pobj" and noun.head.lower_ in ("into", "of") and noun.head.head.i in used \
                and noun.head.head.lemma_.lower() in INQUIRY_NOUNS:
            continue  # "opened an investigation into army air raids": what is investigated is background
        if (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "by", "via", "over", "during")
                and noun.head.head.i in used):
            continue  # "discussed trade in a phone call": the manner of an act already coded
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ACCESSION_WORDS for c in noun.children):
            continue  # "blocked Albania's accession talks": the process of joining a bloc, not a meeting
        stance = ready_for_event(noun, lexicon)
        if stance is not None:
            acts.append(stance)
            continue
        found = match_nominal(noun, lexicon)
        if found is None:
            if (mass := mass_nominal(noun)) is not None:
                acts.append(mass)  # "the RSF's killing of at least 200 villagers"
            continue
        entry, sources, targets = found
        if entry.symmetric and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following") \
                and noun.head.head.pos_ in ("VERB", "AUX"):
            # "freed the tourist after talks with a U.S. envoy", "said after talks in Manila": meetings
            # that led up to the reported act are its circumstance, not news of their own
            continue
        modality = nominal_modality(noun)
        holder = _quantity_holder(noun)
        if holder != noun and holder.i in used:
            continue  # "hosted two days of talks between ...": the counted events are the act's object
        if holder != noun:
            # "offered to host a round of talks", "the next round of talks": the counted events are as
            # real as the quantity noun that stands in the clause for them
            held = nominal_modality(holder)
            if held.hypothetical or held.negated:
                modality = held
        clause = talks_clause(noun) if entry.symmetric else None
        planned = clause is not None and clause.dep_ == "xcomp" and clause.head.pos_ == "VERB" \
            and any(m.kind in ("intent", "plan", "want") for m in lexicon.meta.get(clause.head.lemma_.lower(), ()))
        if planned:
            clause = clause.head  # "plans to visit Kabul for talks with ...": the trip is only intended
        if clause is not None and any(s.head == clause or s in clause.children for s in sources):
            # "will travel to India for a summit with Modi": the talks share the clause's modality
            verb_modality = clause_modality(clause)
            if planned:
                verb_modality = replace(verb_modality, future=True)
            intent = lexicon.derived_code("intent", entry.code)
            subjects = [s for s in sources if s.head == clause or s in clause.children]
            partners = [p for word in ("with", "between") for p in preps_of(noun).get(word, ())]
            if verb_modality.future and not (verb_modality.negated or verb_modality.hypothetical) \
                    and intent is not None and partners:
                # "Araghchi is expected in Yerevan next week for talks with Mirzoyan": the stated plan
                # is the traveller's intent (03x), like "will meet"
                acts.append(Act(noun, intent, f"{entry.rule} (nominal) > future intent", [noun.i], subjects,
                                partners, False, replace(verb_modality, future=False), 0.2, traits=entry.traits))
                continue
            if verb_modality.future or verb_modality.hypothetical or verb_modality.negated:
                modality = replace(verb_modality, hypothetical=True, future=False)
        acts.append(Act(noun, entry.code, f"{entry.rule} (nominal)", [noun.i], sources, targets,
                        entry.symmetric, modality, 0.15, nominal=True, traits=entry.traits))
    return acts + verbal_noun_acts(sent, used | {i for a in acts for i in a.trigger}, lexicon)


def inquiry_object(node: Token, on_verb: bool = False) -> bool:
    """Whether ``node`` is what an inquiry is into: "an investigation into the strike", and with ``on_verb``
    also "opened an inquiry into the shelling" as the parser may hang it (the "into" on the verb whose object
    is the inquiry; only for the event noun itself, as a clause under such a phrase may be news of its own)."""
    if node.dep_ not in ("pobj", "pcomp") or node.head.lower_ not in ("into", "of"):
        return False
    holder = node.head.head
    if holder.lemma_.lower() in INQUIRY_NOUNS:
        return True
    return on_verb and node.head.lower_ == "into" and holder.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS for c in holder.children)


def _quantity_holder(noun: Token) -> Token:
    """ "a round of talks" -> "round", "two days of talks" -> "days": the quantity noun that counts an
    event noun (the noun itself when none does)."""
    head = noun
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in QUANTITY_NOUNS:
        head = head.head.head
    return head


def undergone_act(noun: Token, lexicon: Lexicon) -> Act | None:
    """An event noun whose doer is its "by" phrase and whose target is the clause's subject:
    "the colonel faces a murder investigation by military prosecutors", "Darfur became the subject of
    an investigation by the ICC", "the minister is under investigation by police", "the governor survived
    an assassination attempt by gunmen".

    Args:
        noun: A lexicon event noun.
        lexicon: The verb and noun lexicon.

    Returns:
        The act done by the agents to the subject, or None when the noun is not so framed.
    """
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in UNDERGOING_VERBS | SURVIVING_VERBS:
        clause = head
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in UNDERGOING_ATTRIBUTES \
            and head.head.dep_ in ("attr", "dobj"):
        clause = head.head.head
    elif noun.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
        clause = head.head
    else:
        return None
    agents = preps_of(noun).get("by", []) or _announcing_investigator(clause, noun)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    entry = next((e for e in lexicon.nouns.get(noun_lemma(noun), ())
                  if not e.symmetric and match_noun_entry(e, noun, None)), None)
    if not agents or not subjects or entry is None \
            or clause.lemma_.lower() in SURVIVING_VERBS and entry.code[:2] not in VIOLENT_ROOTS:
        return None
    return Act(noun, entry.code, f"{entry.rule} (undergone)", [noun.i], agents, subjects, False,
               clause_modality(clause), 0.15, nominal=True, traits=entry.traits)


def _announcing_investigator(clause: Token, noun: Token) -> list[Token]:
    """ "eight opposition leaders are under investigation, the prosecutor's office said": the investigating
    body that announces someone is "under investigation" has put them there (an inquiry noun only)."""
    if noun.lemma_.lower() not in INQUIRY_NOUNS or noun.head.lower_ != "under":
        return []
    reporters = [clause.head] if clause.dep_ in ("ccomp", "parataxis") else []
    # the parser may hang a trailing "..., the office announced" on the clause as an adverbial one
    reporters += [c for c in clause.children if c.dep_ in ("ccomp", "parataxis", "advcl")]
    speakers = [s for r in reporters if r.lemma_.lower() in ANNOUNCING_VERBS
                for s in r.children if s.dep_ == "nsubj"]
    return [s for s in speakers if any(t.lemma_.lower() in INVESTIGATING_BODIES
                                       for t in s.subtree if t.dep_ in ("compound", "poss", "nsubj", "appos")
                                       or t == s)]
