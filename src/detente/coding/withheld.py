"""Refusals told as an event that will not happen: "there will be no talks with Armenia until
Yerevan changes its constitution", "there would be no truce until the militia leaves", "the
drivers would remain in custody until ...", "the suspect would not be released", "would keep its
border crossings with Belarus closed", "troops will remain in the buffer zone until Hezbollah is
disarmed", "the veto would stay until Skopje amends its constitution".

The speaker announces that a cooperative act (talks, a truce, a release) is withheld, which CAMEO
codes as a rejection (12x) of the partner named with the noun, of whoever the "until" clause sets
the condition for, or of the people kept in custody. Only future statements count: "there was no
truce" and "he remained in custody" report facts.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.composition import condition_subjects
from detente.coding.lexicon import Lexicon
from detente.coding.modality import SPEECH_LEMMAS, clause_modality
from detente.coding.roles import clause_roles, kids, preps_of
from detente.records import Trait

# roots of the acts whose withholding is a refusal (intent, consultation, cooperation, aid, yielding)
WITHHOLDABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# where held people are kept ("would remain in custody")
CUSTODY_NOUNS = frozenset({"custody", "detention", "jail", "prison"})
KEEPING_VERBS = frozenset({"remain", "stay"})
# verbs of setting held people or seized things free, told in the passive ("will not be released",
# "the tanker would not be returned")
RELEASING_VERBS = frozenset({"release", "free", "return"})
# verbs and participles of holding people or things ("would be held until", "would stay impounded")
HOLDING_WORDS = frozenset({"hold", "detain", "impound", "keep", "jail", "lock"})
# CAMEO code of releasing persons, whose refusal is 1243
RELEASE_CODE = "0841"
# crossings whose opening to the other side eases restrictions on it (0863 in the verb lexicon)
BORDER_NOUNS = frozenset({"border", "crossing", "checkpoint", "frontier"})
OPENING_CODE = "0863"
CLOSED_WORDS = frozenset({"closed", "shut", "sealed"})
# verbs whose refusal a "saying ..." participle only explains
REJECTING_VERBS = frozenset({"reject", "refuse", "dismiss", "deny", "rebuff"})
# prepositions that name the other side of a withheld event ("talks with Kosovo")
PARTNER_PREPS = ("with", "between")
# verbs of keeping a deployment, a restriction or a campaign going ("will remain", "would keep up")
STAYING_VERBS = frozenset({"remain", "stay", "persist"})
KEEPING_UP_VERBS = frozenset({"keep", "maintain", "continue"})
# armed forces kept in place: refusing to de-escalate (1246)
FORCE_NOUNS = frozenset({"troop", "force", "soldier", "army", "fighter", "unit", "contingent", "garrison", "presence"})
DEESCALATION_REFUSAL = "1246"
# restrictions kept in force: refusing to yield (124)
RESTRICTION_NOUNS = frozenset({"ban", "veto", "suspension", "sanction", "embargo", "blockade", "tariff", "duty",
                               "restriction", "closure", "freeze", "boycott", "curfew", "moratorium"})
YIELD_REFUSAL = "124"
# hostile campaigns kept up: a threat of more force (138)
CAMPAIGN_NOUNS = frozenset({"attack", "strike", "raid", "offensive", "operation", "fighting", "shelling",
                            "bombardment", "bombing", "campaign", "war"})
FORCE_THREAT = "138"
# verbs of letting someone do something, whose refusal is aimed at whoever is not let
PERMITTING_VERBS = frozenset({"allow", "permit", "let", "tolerate"})
# what of a noun phrase can name the party it stands for ("IAEA inspectors", "Chinese ships")
NAMING_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _withheld_noun(verb: Token) -> Token | None:
    """ "there will be no talks": the event noun an existential clause denies."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    return next((n for n in kids(verb, ("attr", "nsubj")) if n.pos_ == "NOUN"
                 and any(d.dep_ == "det" and d.lower_ == "no" for d in n.children)), None)


def _condition_parties(verb: Token) -> list[Token]:
    """Subjects of an "until"/"unless" clause, named or not ("until the militia leaves"): whoever
    must act first."""
    return [subject for clause in verb.children if clause.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("until", "unless") for m in clause.children)
            for subject in kids(clause, ("nsubj",))]


def _speakers(verb: Token) -> list[Token]:
    """Whoever says the clause: the subject of the speech verb it is reported by."""
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_LEMMAS:
        return []
    if speech.tag_ == "VBG" and speech.dep_ == "advcl" and speech.head.lemma_.lower() in REJECTING_VERBS:
        return []  # "rejected the demand, saying he would remain in custody": the rejection is the event
    return clause_roles(speech)[0]


def _restates_rejection(verb: Token) -> bool:
    """ "would keep its checkpoints closed, rejecting a request to reopen them": the participle
    tells the same refusal, which the rejection codes."""
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in REJECTING_VERBS for c in verb.children)


def withheld_event(verb: Token, lexicon: Lexicon, penalty: float) -> Act | None:
    """ "said there would be no talks with Kosovo": the speaker's refusal (12x) of the partner.

    Args:
        verb: The existential copula of the reported clause.
        lexicon: Supplies the event noun's code and its refusal counterpart.
        penalty: The confidence penalty of the clause roles.

    Returns:
        The refusal act, or None when the clause withholds no cooperative event in the future or
        nobody is told to say so.
    """
    noun = _withheld_noun(verb)
    if noun is None:
        return None
    entry = next((e for e in lexicon.nouns.get(noun.lemma_.lower(), ())
                  if e.code != "LIGHT" and e.code[:2] in WITHHOLDABLE_ROOTS), None)
    modality = clause_modality(verb)
    if entry is None or not modality.future or modality.hypothetical:
        return None
    speakers = _speakers(verb)
    code = lexicon.derived_code("refuse", entry.code)
    if not speakers or code is None or _restates_rejection(verb):
        return None
    partners = [p for word in PARTNER_PREPS for p in preps_of(noun).get(word, ())]
    refusal = replace(modality, future=False, negated=False, reason=(modality.reason + "; refusal").lstrip("; "))
    return Act(verb, code, f"withheld {noun.lemma_.lower()} (there will be no)", [verb.i, noun.i], speakers,
               partners or _condition_parties(verb), False, refusal, penalty + 0.1, traits=Trait.WITHHELD)


def withheld_release(verb: Token, subjects: list[Token], obj: Token | None, lexicon: Lexicon,
                     penalty: float) -> Act | None:
    """ "said the crew would stay in custody until a court ruled", "said the suspect would not be
    released", "the boat would stay impounded", "the men would be held until ...": the speaker's refusal
    to release (1243) the people or things held.

    Args:
        verb: The clause's verb.
        subjects: The clause's subject heads.
        obj: The clause's object head (a passive subject lands here).
        lexicon: Supplies the refusal code of a release.
        penalty: The confidence penalty of the clause roles.

    Returns:
        The refusal act, or None when the clause keeps nobody in custody in the future or nobody is
        told to say so.
    """
    lemma = verb.lemma_.lower()
    if lemma not in KEEPING_VERBS and lemma not in RELEASING_VERBS and lemma not in HOLDING_WORDS:
        return None  # (asked of every verb: the modality walk is the costly part)
    modality = clause_modality(verb)
    if not modality.future or modality.hypothetical:
        return None
    passive = obj is not None and obj.dep_ == "nsubjpass" and not preps_of(verb).get("by")
    if lemma in KEEPING_VERBS and not modality.negated \
            and (any(p.lemma_.lower() in CUSTODY_NOUNS for p in preps_of(verb).get("in", ()))
                 or any(c.lemma_.lower() in HOLDING_WORDS for c in kids(verb, ("acomp", "oprd", "xcomp")))):
        held = subjects  # "would stay in custody", "the boat would stay impounded"
    elif lemma in RELEASING_VERBS and modality.negated and passive:
        held = [obj]  # an agentless passive: the speaker holds them
    elif lemma in HOLDING_WORDS and not modality.negated and passive \
            and any(m.dep_ == "mark" and m.lower_ == "until" for c in kids(verb, ("advcl",)) for m in c.children):
        held = [obj]  # "the four men would be held until investigators finished": kept until a condition
    else:
        return None
    speakers = _speakers(verb)
    code = lexicon.derived_code("refuse", RELEASE_CODE)
    if not speakers or not held or code is None or _restates_rejection(verb):
        return None
    refusal = replace(modality, future=False, negated=False, reason=(modality.reason + "; refusal").lstrip("; "))
    # "would not be freed until Paris released an Iranian engineer": the state the condition names is
    # the counterpart, whatever the held person's passports
    kind = "in custody" if lemma in KEEPING_VERBS else "until" if lemma in HOLDING_WORDS else "refused"
    return Act(verb, code, f"held ({lemma} {kind})",
               [verb.i], speakers, condition_subjects(verb) or held, False, refusal, penalty + 0.1)


def kept_closed(verb: Token, subjects: list[Token], obj: Token | None, lexicon: Lexicon,
                penalty: float) -> Act | None:
    """ "would keep its border crossings with Belarus closed": refusing to reopen them (12x) to the
    other side.

    Args:
        verb: The clause's verb.
        subjects: The clause's subject heads (the state keeping its border closed).
        obj: The clause's object head.
        lexicon: Supplies the refusal code of opening a crossing.
        penalty: The confidence penalty of the clause roles.

    Returns:
        The refusal act, or None when the clause keeps no border closed in the future.
    """
    if verb.lemma_.lower() != "keep" or obj is None or obj.lemma_.lower() not in BORDER_NOUNS \
            or not any(c.lower_ in CLOSED_WORDS for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")):
        return None
    modality = clause_modality(verb)
    code = lexicon.derived_code("refuse", OPENING_CODE)
    if not modality.future or modality.negated or modality.hypothetical or not subjects or code is None \
            or _restates_rejection(verb):
        return None  # "kept the border closed" tells a state of affairs, "will not keep it closed" a reopening
    # the parser hangs "with Belarus" on the border or on the verb
    others = [p for holder in (obj, verb) for word in ("with", "to") for p in preps_of(holder).get(word, ())]
    refusal = replace(modality, future=False, reason=(modality.reason + "; refusal").lstrip("; "))
    return Act(verb, code, "kept closed (border)", [verb.i, obj.i], subjects, others, False, refusal,
               penalty + 0.1)


def kept_until(verb: Token, subjects: list[Token], obj: Token | None, penalty: float) -> Act | None:
    """ "troops will remain inside Lebanon until Hezbollah is disarmed", "the ban would stay until
    Pristina lets the clergy in", "would keep up their attacks until Morocco accepts a referendum":
    keeping forces, a restriction or a campaign going until a named other side gives way is a refusal to
    de-escalate (1246) or to yield (124), or a threat of more force (138), against that side.

    Args:
        verb: The clause's verb.
        subjects: The clause's subject heads.
        obj: The clause's object head.
        penalty: The confidence penalty of the clause roles.

    Returns:
        The act, or None when the clause keeps nothing going in the future until a named party acts.
    """
    lemma = verb.lemma_.lower()
    if lemma in STAYING_VERBS:
        kept = next(iter(subjects), None)
    elif lemma in KEEPING_UP_VERBS:
        kept = obj if obj is not None and obj.dep_ == "dobj" else None
    else:
        return None
    waited_for = [s for clause in verb.children if clause.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ == "until" for m in clause.children)
                  for s in kids(clause, ("nsubj", "nsubjpass")) if s.pos_ == "PROPN"]
    modality = clause_modality(verb)
    if kept is None or not waited_for or not modality.future or modality.negated or modality.hypothetical:
        return None
    noun = kept.lemma_.lower()
    if noun in FORCE_NOUNS:
        code = DEESCALATION_REFUSAL
    elif noun in RESTRICTION_NOUNS:
        code = YIELD_REFUSAL
    elif noun in CAMPAIGN_NOUNS and lemma in KEEPING_UP_VERBS:
        code = FORCE_THREAT
    else:
        return None
    # "the veto would remain until ...": a restriction standing as subject is kept by whoever says so
    keepers = subjects if lemma in KEEPING_UP_VERBS or noun in FORCE_NOUNS else (
        [p for p in kept.children if p.dep_ == "poss"] or _speakers(verb))
    if not keepers:
        return None
    kept_up = replace(modality, future=False, reason=(modality.reason + "; kept until").lstrip("; "))
    return Act(verb, code, f"kept until ({lemma} {noun})", [verb.i, kept.i], keepers, waited_for, False, kept_up,
               penalty + 0.1)


def permits_no_party(verb: Token) -> bool:
    """ "will not allow its territory to be used against anyone", "would not allow any faction to ...":
    a permitting verb whose permitted party names no one states a policy, no refusal of someone
    ("would not allow IAEA inspectors into the sites" does refuse the agency).

    Args:
        verb: The anchor of a refused act.
    """
    if verb.lemma_.lower() not in PERMITTING_VERBS:
        return False
    permitted = kids(verb, ("dobj",)) or [s for c in kids(verb, ("ccomp", "xcomp"))
                                          for s in kids(c, ("nsubj", "nsubjpass"))]
    return bool(permitted) and not any(
        t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG")
        for p in permitted for t in (p, *(c for c in p.children if c.dep_ in NAMING_DEPS)))


def passive_refusers(verb: Token, obj: Token | None, code: str, lexicon: Lexicon) -> list[Token]:
    """ "said the price rise would not be reversed", "said the seized boats would not be returned": an
    agentless passive that withholds a concession in the future is refused by whoever says so.

    Args:
        verb: The clause's verb.
        obj: The clause's object head (a passive subject lands here).
        code: The code the lexicon gives the clause's act.
        lexicon: Supplies the refusal counterpart of ``code``.

    Returns:
        The speakers, or no one when the clause is no agentless, negated, future passive of a
        cooperative act.
    """
    if obj is None or obj.dep_ != "nsubjpass" or preps_of(verb).get("by") or code[:2] not in WITHHOLDABLE_ROOTS \
            or lexicon.derived_code("refuse", code) is None:
        return []
    modality = clause_modality(verb)
    if not modality.future or not modality.negated or modality.hypothetical or _restates_rejection(verb):
        return []
    return _speakers(verb)
