"""Threats made by promising a consequence rather than naming a hostile act.

"Russia will respond", "vowed to retaliate", "Pakistan will pay a price it cannot imagine",
"would take all measures if Ethiopia harmed Egypt's share", "will not stand idle": none of these
clauses names an act the lexicon codes, yet each is a threat (CAMEO 13x) when the consequence is
still to come. Said of the past ("responded with strikes") they are coded by what was done.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Token

from detente.coding.acts import COERCIVE_ROOTS, Act
from detente.coding.composition import condition_clauses, condition_subjects
from detente.coding.lexicon import WORD_SETS, Lexicon
from detente.coding.matching import match_verb
from detente.coding.modality import SPEECH_LEMMAS, clause_modality
from detente.coding.nominals import noun_lemma, party_modifiers, phrase_agents
from detente.coding.roles import clause_roles, kids, preps_of

logger = logging.getLogger(__name__)

# verbs of answering a hostile act, and the verbs or adjectives that promise one
RETALIATION_VERBS = frozenset({"respond", "retaliate", "avenge", "reciprocate"})
# what an "answer" is made with when it is a retaliation ("would answer with merciless fire if ...")
ARMED_ANSWERS = frozenset({"force", "fire", "firepower", "strike", "retaliation", "reprisal", "missile", "attack",
                           "counterattack", "counter-attack"})
RETALIATION_INTENT = frozenset({"vow", "pledge", "promise", "threaten", "warn", "ready", "prepared", "determined",
                                "reserve", "right", "swear"})
# what a promised response answers when it is a threat ("respond to any misadventure")
HOSTILE_NOUNS = frozenset({"provocation", "aggression", "misadventure", "attack", "threat", "expulsion", "incursion",
                           "violation", "escalation", "hostility"})
RETALIATORY_MANNERS = WORD_SETS["retaliatory_manners"]
BENIGN_ANSWERED = WORD_SETS["benign_answered"]
# where a promised consequence's object or complement word hangs on its verb
CONSEQUENCE_DEPS = frozenset({"dobj", "acomp", "advmod", "prt", "oprd", "attr", "prep"})
TARGET_PREPS = ("against", "on", "with", "towards", "toward")
# ways a clause promises what is still to come ("will", "would", "must", "is going to")
PROMISING_AUX = frozenset({"will", "wo", "'ll", "shall", "would", "must"})
# "any attack will be answered/met with force": the verbs and the answers that make it a threat
ANSWERED_VERBS = frozenset({"answer", "meet"})
FORCE_WORDS = frozenset({"force", "response", "retaliation", "reprisal", "punishment", "firepower"})
# "any operation would draw a firm response from Damascus": the verbs that bring on an answer
DRAWING_VERBS = frozenset({"draw", "provoke", "trigger", "invite", "prompt", "bring"})
# "any aircraft that enters our airspace will be shot down": force promised against whatever comes
FORCIBLE_VERBS = frozenset({"shoot", "destroy", "sink", "target", "neutralise", "neutralize", "eliminate"})
# determiners of a hostile act or intruder not yet come ("any attack", "any further strike")
ANY_WORDS = frozenset({"any", "every", "another"})
# what another's act is called when war is promised over it: the attribute noun and a word of its phrase
WAR_CAUSES = {"cause": "war", "casus": "belli", "belli": "casus", "line": "red", "act": "war", "declaration": "war"}


def promised_retaliation(verb: Token, subjects: list[Token], penalty: float, lexicon: Lexicon) -> Act | None:
    """ "would respond to the expulsion in kind", "vowed to retaliate": a response still to come is a
    threat (130) against whoever it answers; a response already made is coded by what it did."""
    lemma = verb.lemma_.lower()
    armed = lemma == "answer" and any(a.lemma_.lower() in ARMED_ANSWERS for a in preps_of(verb).get("with", ()))
    if lemma not in RETALIATION_VERBS and not armed or not subjects and verb.dep_ != "xcomp":
        return None
    modality = clause_modality(verb)
    if not (modality.future or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in RETALIATION_INTENT) \
            or modality.negated:
        return None
    targets = [p for word in ("to", "against") for p in preps_of(verb).get(word, ())]
    if armed and not targets:
        if not condition_clauses(verb):
            return None  # "will answer with force" to no act still to come is a posture, not a threat
        targets = _condition_doers(verb)  # "... if Southern troops shot across the line again"
    if lemma in ("respond", "reciprocate") and not condition_clauses(verb) and not any(
            t.lemma_.lower() in HOSTILE_NOUNS or any(e.code[:2] in COERCIVE_ROOTS | {"13"} for e in
                                                     lexicon.nouns.get(t.lemma_.lower(), ()))
            for t in targets) and not _retaliatory(verb, targets):
        return None  # "ready to respond in kind" to a goodwill gesture promises no harm
    # "will respond if its airspace is violated again": a threat is conditional by nature
    return Act(verb, "130", "retaliation > promised", [verb.i], subjects, targets, False,
               replace(modality, future=False, hypothetical=False, conditional=False), penalty + 0.15)


def _condition_doers(verb: Token) -> list[Token]:
    """The parties whose act an "if" clause on ``verb`` names: a name, or a noun a party is named in
    ("if Southern troops shot across the line")."""
    return [subj for clause in condition_clauses(verb) for subj in kids(clause, ("nsubj",))
            if subj.pos_ == "PROPN" or subj.pos_ == "NOUN" and party_modifiers(subj)]


def _retaliatory(verb: Token, targets: list[Token]) -> bool:
    """Whether a promised response is a retaliation by its manner or by what it answers: "would respond in
    a mirror fashion", "will respond decisively", "the army would respond to any repetition" (another's act
    still to come). Bare "in kind" is not enough: it may answer aid."""
    manners = {w.lemma_.lower() for p in kids(verb, ("prep",)) if p.lower_ == "in" for o in kids(p, ("pobj",))
               for w in (o, *kids(o, ("compound", "amod")))} | {a.lemma_.lower() for a in kids(verb, ("advmod",))}
    if manners & RETALIATORY_MANNERS:
        return True
    return any(t.lemma_.lower() not in BENIGN_ANSWERED and any(
        d.lower_ in ANY_WORDS for d in kids(t, ("det",))) for t in targets)


def promised_consequence(verb: Token, subjects: list[Token], penalty: float, lexicon: Lexicon) -> Act | None:
    """A consequence from the ``consequences`` table promised for the future or on a condition.

    "Pakistan will pay a price, Singh said": the payer is threatened by the speaker. "Egypt would
    take all measures if Ethiopia harmed its share": the subject threatens the condition's subject.
    """
    entries = lexicon.consequences.get(verb.lemma_.lower())
    if not entries or not subjects:
        return None
    modality = clause_modality(verb)
    # the word as written too: the lemmatiser makes "means" "mean"
    words = {w for c in verb.children if c.dep_ in CONSEQUENCE_DEPS for w in (c.lemma_.lower(), c.lower_)}
    if verb.dep_ == "xcomp":
        words.add(verb.head.lemma_.lower())  # "will be made to pay"
    # "review the entire range of our cooperation": the word may be what the object is a part of
    words |= {p.lemma_.lower() for o in kids(verb, ("dobj",)) for of in kids(o, ("prep",)) if of.lower_ == "of"
              for p in kids(of, ("pobj",))}
    entry = next((e for e in entries if e.words & words and e.negated == modality.negated), None)
    if entry is None or not _promised(verb):
        return None
    promised = replace(modality, negated=False, future=False, hypothetical=False, conditional=False, weak=False)
    if entry.subject_threatened:
        speaker = reported_speaker(verb)
        if speaker is None:
            return None  # "Israel will pay a price" with no one saying so is a headline's paraphrase
        threatened = subjects
        if all(s.lower_ in ("it", "they") for s in subjects):
            # "If Pakistan continues to export terror, it will be made to pay": the condition's subject
            threatened = governing_condition_subjects(verb) or subjects
        return Act(verb, entry.code, f"{entry.rule} > promised consequence", [verb.i], [speaker], threatened,
                   False, promised, penalty + 0.15)
    preps = preps_of(verb)
    targets = [p for word in TARGET_PREPS for p in preps.get(word, ())] or governing_condition_subjects(verb)
    return Act(verb, entry.code, f"{entry.rule} > promised consequence", [verb.i], subjects, targets, False,
               promised, penalty + 0.15)


def governing_condition_subjects(verb: Token) -> list[Token]:
    """The named subjects of the condition on ``verb`` or on the verb it completes ("Russia will have to
    review ... if Baku continues": the condition is on "have")."""
    node = verb
    found = condition_subjects(node)
    while not found and node.dep_ == "xcomp" and node.head != node:
        node = node.head
        found = condition_subjects(node)
    return found


def _promised(verb: Token) -> bool:
    """Whether the clause of ``verb`` speaks of a consequence still to come: "will pay", "would take
    ... if", "must pay", "will be made to pay", "will have to review"."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in PROMISING_AUX for c in node.children) or condition_clauses(node):
            return True
        if node.dep_ != "xcomp":
            return False
        node = node.head
    return False


def reported_speaker(verb: Token) -> Token | None:
    """The subject of the speech verb that reports the clause of ``verb`` ("..., Singh said").

    Args:
        verb: The head of a reported clause.

    Returns:
        The speech verb's subject, or None when no speech verb reports the clause.
    """
    node = verb
    for _ in range(4):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "parataxis") or node.head == node:
            break
        node = node.head
        if node.lemma_.lower() in SPEECH_LEMMAS:
            # "Moscow denied any role and said ...": a joined speech verb shares the first verb's subject
            speaker = node.head if node.dep_ == "conj" and not kids(node, ("nsubj",)) else node
            return next(iter(kids(speaker, ("nsubj",))), None)
    # "Pakistan will pay a price, the minister said": the attribution may hang on the clause
    said = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SPEECH_LEMMAS),
                None)
    return next(iter(kids(said, ("nsubj",))), None) if said is not None else None


def is_hostile(noun: Token, lexicon: Lexicon) -> bool:
    """Whether ``noun`` names a hostile act ("attack", "provocation", "shelling")."""
    return noun.lemma_.lower() in HOSTILE_NOUNS or any(
        e.code[:2] in COERCIVE_ROOTS for e in lexicon.nouns.get(noun_lemma(noun), ()))

def answered_with_force(verb: Token, subjects: list[Token], penalty: float, lexicon: Lexicon) -> Act | None:
    """ "any attack on our troops will be answered with force, the minister said", "Israel will meet
    any Iranian attack with force": a hostile act promised a forceful answer is a threat (130) by the
    answerer (the speaker of a passive) against the act's doers."""
    if verb.lemma_.lower() not in ANSWERED_VERBS:
        return None
    passive = kids(verb, ("nsubjpass",))
    hostile = next(iter(passive or kids(verb, ("dobj",))), None)
    answers = preps_of(verb).get("with", []) + (preps_of(hostile).get("with", []) if hostile is not None else [])
    # "any further strike will be answered": an answer promised to any act to come is a forceful one
    coming = hostile is not None and any(c.dep_ == "det" and c.lower_ in ANY_WORDS for c in hostile.children)
    if hostile is None or not is_hostile(hostile, lexicon) or not coming and not any(
            a.lemma_.lower() in FORCE_WORDS or is_hostile(a, lexicon) for a in answers):
        return None
    modality = clause_modality(verb)
    answerers = subjects
    if passive:
        speaker = reported_speaker(verb)
        answerers = [speaker] if speaker is not None else []
    if not modality.future or modality.negated or not answerers:
        return None
    targets = preps_of(hostile).get("by") or party_modifiers(hostile)
    return Act(verb, "130", "answered with force > promised", [verb.i], answerers, targets, False,
               replace(modality, future=False, hypothetical=False, conditional=False), penalty + 0.15)

def drawn_response(verb: Token, subjects: list[Token], penalty: float) -> Act | None:
    """ "any Turkish operation in Syria would draw a firm response from Damascus": an answer promised
    from someone to an act still to come is that one's threat (130) against the act's doers. Said of
    the past ("the strike drew a response from Iran") the answer is coded by what it did."""
    if verb.lemma_.lower() not in DRAWING_VERBS or not subjects:
        return None
    answer = next((o for o in kids(verb, ("dobj",)) if o.lemma_.lower() in FORCE_WORDS), None)
    answerers = [p for host in (verb, answer) if host is not None for p in preps_of(host).get("from", ())]
    modality = clause_modality(verb)
    if answer is None or not answerers or not modality.future or modality.negated:
        return None
    doers = [d for s in subjects for d in (phrase_agents(s) or party_modifiers(s))]
    return Act(verb, "130", "drawn response > promised", [verb.i, answer.i], answerers, doers, False,
               replace(modality, future=False, hypothetical=False, conditional=False), penalty + 0.15)


def forcibly_met(verb: Token, penalty: float) -> Act | None:
    """ "any Russian aircraft that enters our airspace will be shot down, the minister said": force
    promised in a passive against anything that comes is a threat of military force (138) by the
    speaker against the country the thing is named for."""
    if verb.lemma_.lower() not in FORCIBLE_VERBS or not kids(verb, ("auxpass",)):
        return None
    if verb.lemma_.lower() == "shoot" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return None  # "will be shot" is said of people, and of no threat to a state
    comer = next(iter(kids(verb, ("nsubjpass",))), None)
    modality = clause_modality(verb)
    speaker = reported_speaker(verb)
    if comer is None or speaker is None or not modality.future or modality.negated \
            or not any(c.dep_ == "det" and c.lower_ in ANY_WORDS for c in comer.children):
        return None
    return Act(verb, "138", "met with force > promised", [verb.i], [speaker], party_modifiers(comer), False,
               replace(modality, future=False, hypothetical=False, conditional=False), penalty + 0.15)

def in_kind(verb: Token, subjects: list[Token], penalty: float, lexicon: Lexicon) -> Act | None:
    """ "Moscow expelled two envoys and Paris said it would respond in kind": a response in kind
    still to come is a threat (130) against whoever acted first in the sentence."""
    if verb.lemma_.lower() not in ("respond", "retaliate", "reciprocate") or not subjects \
            or not any(k.lower_ == "kind" for k in preps_of(verb).get("in", ())):
        return None
    modality = clause_modality(verb)
    if not modality.future or modality.negated:
        return None
    for earlier in (t for t in verb.sent if t.i < verb.i and t.pos_ == "VERB"):
        doers, obj, _ = clause_roles(earlier)
        found = match_verb(earlier, lexicon, obj)
        if doers and found is not None and found.code[:2] in COERCIVE_ROOTS and not found.reverse:
            return Act(verb, "130", "retaliation in kind > promised", [verb.i], subjects, doers, False,
                       replace(modality, future=False, hypothetical=False, conditional=False), penalty + 0.15)
    return None


def cause_for_war(verb: Token, penalty: float) -> Act | None:
    """ "any extension of Greek territorial waters would be a cause for war", "the deployment of Russian
    troops to Belarus will be a red line, the minister said": an act yet to come that the speaker calls a
    casus belli is a threat (130) against its doer."""
    if verb.lemma_.lower() != "be":
        return None
    attribute = next(iter(kids(verb, ("attr",))), None)
    act = next(iter(kids(verb, ("nsubj",))), None)
    if attribute is None or act is None or act.pos_ != "NOUN":
        return None
    cue = WAR_CAUSES.get(attribute.lemma_.lower())
    if cue is None or not any(t.lower_ == cue for t in attribute.subtree if t != attribute):
        return None
    modality = clause_modality(verb)
    coming = modality.future or any(c.dep_ == "det" and c.lower_ in ANY_WORDS for c in act.children)
    of_objects = [p for of in kids(act, ("prep",)) if of.lower_ == "of" for p in kids(of, ("pobj",))]
    doers = phrase_agents(act) or party_modifiers(act) or [m for o in of_objects for m in party_modifiers(o)]
    speaker = reported_speaker(verb) or _narrator(verb)
    if not coming or modality.negated or not doers or speaker is None:
        return None
    return Act(verb, "130", "cause for war > promised", [verb.i, attribute.i], [speaker], doers, False,
               replace(modality, future=False, hypothetical=False, conditional=False), penalty + 0.15)


def ultimatum(verb: Token, subjects: list[Token], penalty: float) -> Act | None:
    """ "Greece would block Turkey's bid unless Ankara withdrew its threat", "said it would stay out of
    the vote unless the electoral board resigned": whatever a party promises to do unless another acts
    is pressure on that other party, a threat (130), even when the promised act is no coded event."""
    if not subjects or not _promised(verb):
        return None
    modality = clause_modality(verb)
    if modality.negated:
        return None  # "will not sign unless ...": a condition on cooperation, not a threat
    heads = {t.i for s in subjects for t in (s, *s.conjuncts)}
    conditioned = [subj for clause in verb.children if clause.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ == "unless" for m in clause.children)
                   for subj in kids(clause, ("nsubj",)) if subj.i not in heads and subj.pos_ in ("PROPN", "NOUN")]
    if not conditioned:
        return None
    return Act(verb, "130", "ultimatum > promised", [verb.i], subjects, conditioned, False,
               replace(modality, future=False, hypothetical=False, conditional=False, ultimatum=False),
               penalty + 0.15)


def _narrator(verb: Token) -> Token | None:
    """The subject of the clause a reported clause hangs in through a participle ("Fidan went further,
    repeating that ...")."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "advcl", "xcomp") or node.head == node:
            return None
        node = node.head
        if (subject := next(iter(kids(node, ("nsubj",))), None)) is not None:
            return subject
    return None


def promised_force(verb: Token, subjects: list[Token], penalty: float, lexicon: Lexicon) -> Act | None:
    """A threat made by promising force to whatever comes: an answer with force, a passive of force,
    a casus belli or an answer drawn (see the functions above), the first that applies."""
    return (answered_with_force(verb, subjects, penalty, lexicon) or forcibly_met(verb, penalty)
            or cause_for_war(verb, penalty) or drawn_response(verb, subjects, penalty))
