"""Event nouns: what makes a noun phrase an event and how real that event is.

"the meeting between Putin and Biden", "Modi's talks with Xi", "the Erdogan-Putin summit":
the parties of a nominal event are its possessor, its name modifiers or its "between"
phrase. A nominal event is as real as the clause it takes part in, and not real at all
when it is planned, offered or asked for ("an offer of direct talks", "the planned summit").
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Token

from detente.coding.gazetteer import gazetteer
from detente.coding.modality import PUNISHING_LEMMAS, Modality, clause_modality
from detente.coding.parsecache import children

logger = logging.getLogger(__name__)

# modifiers of an event noun saying that it has not happened (yet)
UNREALISED_MODIFIERS = frozenset({"plan", "planned", "propose", "proposed", "possible", "potential", "upcoming",
                                  "future", "expect", "expected", "prospective", "schedule", "scheduled",
                                  "mooted", "hypothetical", "eventual", "forthcoming", "next",
                                  # "alleged killings of civilians": told, not established
                                  "alleged", "suspected", "purported", "reported"})
# prepositions through which an act of the law names its charge ("jailed for the bombings", "convicted of the murder")
CHARGE_PREPOSITIONS = frozenset({"for", "of", "over"})
# answers whose "against/at/over/for/to" phrase names the act they answer ("summoned the envoy to protest against
# the detention of two traders", "in retaliation for the expulsion"): that act is the grounds, not news
ANSWER_WORDS = frozenset({"protest", "retaliation", "response", "reprisal", "revenge"})
# verbs by which a side names an act in its own words ("what it called an incursion")
NAMING_LEMMAS = frozenset({"call", "describe", "term", "label", "brand", "dub"})
# words whose object or "for/of" phrase is an event wanted, offered, planned or scheduled, not one held
# links inside a noun phrase through which an act's "by" phrase may hang
PHRASE_LINKS = frozenset({"prep", "pobj", "pcomp"})
# kinds of events, capitalised only at the start of a sentence
KIND_WORDS = frozenset({"joint", "bilateral", "trilateral", "multilateral", "military", "naval", "air", "peace",
                        "border", "trade", "security", "emergency", "direct", "fresh", "new", "renewed", "heavy",
                        "deadly", "fierce", "sporadic", "cross-border", "high-level", "landmark", "historic"})
# "agreed to US mediation", "opposed French mediation": the act has not happened (038, 126 code the stance)
PROPOSING_WORDS = frozenset({"agree", "accept", "oppose", "welcome", "reject", "refuse", "resist",
                             "offer", "proposal", "propose", "call", "demand", "request", "invitation", "invite",
                             "plan", "idea", "possibility", "prospect", "hope", "need", "push", "bid", "effort",
                             "preparation", "readiness", "willingness", "urge", "seek", "want", "suggest",
                             "suggestion", "appeal", "plea", "press", "condition", "prepare", "arrange",
                             "pave", "chance", "opportunity", "expect", "expectation",
                             # scheduling words: "a date for a meeting" has not been held
                             "date", "venue", "timing", "agenda"})
# what an act opens or prepares for an event still to come: "cleared the way for talks", "set the stage
# for a visit", "opened the door to a withdrawal"
PROSPECT_NOUNS = frozenset({"way", "door", "stage", "path", "road", "groundwork", "ground", "basis"})


def gerund_noun(token: Token) -> bool:
    """ "killed in Israeli tank shelling": an -ing form the tagger called a verb but that sits where a
    noun does (object of a preposition, with a determiner or adjective) names an event, not a clause."""
    return (token.tag_ == "VBG" and token.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj")
            and any(c.dep_ in ("det", "amod", "compound", "poss") for c in children(token)))


def noun_lemma(token: Token) -> str:
    """The lemma to look an event noun up by ("shelling", not the verb lemma "shell")."""
    return token.lower_ if gerund_noun(token) else token.lemma_.lower()


def party_modifiers(noun: Token) -> list[Token]:
    """Possessors and name/nationality modifiers of an event noun: its parties ("the US-China
    talks"), not places ("the Geneva summit") nor kinds ("phone call", "peace talks")."""
    found = []
    for child in children(noun):
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") and child.ent_type_ not in ("DATE", "TIME"):
            found.append(child)  # "Saturday's exchange" says when, not who
        elif (child.dep_ in ("compound", "amod", "nmod") and child.pos_ in ("PROPN", "ADJ")
              and child.text[:1].isupper() and not gazetteer().is_city(child.text)
              # "Joint naval drills by Egypt ...": a sentence-initial capital is no name
              and not (child.is_sent_start and child.lower_ in KIND_WORDS)):
            found.append(child)
            # "Erdogan-Putin": the first name hangs on the second
            found.extend(g for g in children(child) if g.dep_ in ("compound", "amod") and g.pos_ in ("PROPN", "ADJ")
                         and g.i < child.i and any(t.text == "-" for t in noun.doc[g.i:child.i]))
    return sorted(found, key=lambda t: t.i)


def phrase_agents(noun: Token) -> list[Token]:
    """ "the sentencing of three employees to prison terms for spying by a Beijing court": the object of the
    first "by" phrase hung on any noun of the event noun's phrase (the parser may attach it deep), not in a
    clause inside it; empty when there is none."""
    return [p for t in noun.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent") and _in_phrase(t, noun)
            for p in children(t) if p.dep_ == "pobj"][:1]


def reported_noun_doers(verb: Token, noun: Token) -> list[Token]:
    """ "The expulsion of two diplomats by Russia was announced", "Russia's expulsion of the envoys was
    carried out on Friday": an agentless passive support verb whose subject is the event noun reports the
    noun's own act, done by the noun's "by" phrase or its possessor and party modifiers; empty otherwise.

    Args:
        verb: The support verb.
        noun: The event noun the verb's match used.

    Returns:
        The heads of the doers, or an empty list.
    """
    if noun.dep_ != "nsubjpass" or noun.head != verb or any(c.dep_ == "agent" for c in children(verb)):
        return []
    return phrase_agents(noun) or party_modifiers(noun)


def _in_phrase(token: Token, noun: Token) -> bool:
    """True when ``token`` hangs on ``noun`` through prepositional phrases only (not through a clause)."""
    while token.head != noun:
        if token.head.dep_ not in PHRASE_LINKS or token.head == token:
            return False
        token = token.head
    return True


def nominal_modality(noun: Token) -> Modality:
    """Modality of an event noun: its clause's when it is a participant of that clause ("the talks
    did not take place"), hypothetical when it is announced, not held ("the planned summit")."""
    head = noun.head
    modality = Modality()
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        modality = clause_modality(head)
    elif noun.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
        # "could come under attack": the attack is as real as coming under it
        modality = clause_modality(head.head)
    if noun.dep_ == "pobj" and head.lower_ in CHARGE_PREPOSITIONS and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in PUNISHING_LEMMAS:
        # "men wrongly jailed for the pub bombings": the charge recalls an old act, it is not news of one
        modality = replace(modality, hypothetical=True, reason=f"charge behind '{head.head.lemma_.lower()}'")
    if noun.dep_ == "pobj" and head.lower_ in ("against", "at", "over", "for", "to") \
            and head.head.lemma_.lower() in ANSWER_WORDS:
        modality = replace(modality, hypothetical=True, reason=f"grounds of '{head.head.lemma_.lower()}'")
    namer = head.head if noun.dep_ == "pobj" and head.lower_ == "as" else head  # "what it described as"
    if noun.dep_ in ("oprd", "attr", "dobj", "pobj") and namer.lemma_.lower() in NAMING_LEMMAS \
            and any(c.lower_ == "what" for c in children(namer)):
        # "in protest at what it called a Rwandan incursion": a side's name for the act it answers
        modality = replace(modality, hypothetical=True, reason=f"what it '{namer.lemma_.lower()}'")
    planned = next((c.lower_ for c in children(noun) if c.dep_ in ("amod", "compound")
                    and c.lemma_.lower() in UNREALISED_MODIFIERS), None)
    if planned is None:
        planned = _proposed_by(noun)
    if planned is not None and not modality.hypothetical:
        modality = replace(modality, hypothetical=True, reason=(modality.reason + f"; '{planned}'").lstrip("; "))
    if any(c.dep_ == "det" and c.lower_ == "any" for c in children(noun)) and not modality.hypothetical:
        # "would respond to any Israeli attack": an event that may come, not one that came
        modality = replace(modality, hypothetical=True, reason=(modality.reason + "; 'any'").lstrip("; "))
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun)):
        # "there were no talks", "no strikes were reported"
        modality = replace(modality, negated=True, reason=(modality.reason + "; 'no'").lstrip("; "))
    return modality


def _proposed_by(noun: Token) -> str | None:
    """ "an offer of direct talks", "called for talks between ...", "pushing for a ceasefire": the
    word (offer, call, urge, ...) that makes the event noun something asked for, not held."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "dobj", "prep", "compound", "conj", "appos") or node.head == node:
            return None
        if node.dep_ == "prep" and node.lower_ in ("during", "in", "at", "after", "before"):
            return None  # "failed to agree during two days of talks": the talks were held
        came_by = node.lower_
        node = node.head
        if node.lemma_.lower() in PROPOSING_WORDS or node.lemma_.lower() in PROSPECT_NOUNS:
            return node.lemma_.lower()
        if came_by in ("for", "to") and node.pos_ == "VERB" and (opened := next(
                (c.lemma_.lower() for c in children(node) if c.dep_ == "dobj"
                 and c.lemma_.lower() in PROSPECT_NOUNS), None)):
            return opened  # (the parser hangs "for talks" on the verb rather than on "the way")
    return None
