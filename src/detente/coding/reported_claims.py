"""What a speaker says of another in reported speech: "X said Y must withdraw" is a demand on Y (10x),
"X said Y's duties breached the rules" an accusation (112), "X said Y's move was illegal" a judgement
(criticism or praise). Each returns the speaker's act, or None when the clause is no such claim.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.clauses import commentator
from detente.coding.judged import judging_entry
from detente.coding.lexicon import WORD_SETS, Lexicon, MetaEntry
from detente.coding.matching import judged_claim
from detente.coding.modality import OBLIGATION_VERBS, Modality, clause_modality
from detente.coding.nominals import party_modifiers
from detente.coding.reactions import act_doers
from detente.coding.roles import clause_roles, kids, preps_of
from detente.records import INHERITED_TRAITS, Trait

OBLIGATION_AUX = WORD_SETS["obligation_aux"]
VIOLATION_VERBS = WORD_SETS["violation_verbs"]
WRONGDOING_VERBS = WORD_SETS["wrongdoing_verbs"]
# wrongdoing verbs that accuse only with an object ("sheltered the rebels", not "sheltered in the embassy")
TRANSITIVE_WRONGS = frozenset({"harbour", "harbor", "smuggle", "bribe", "orchestrate", "mastermind"})
# acts a "saying ..." participle only justifies ("denied sending balloons, saying Vilnius had fabricated the
# incidents"): the denial or refusal answers the other side, and its reason is no second event
ANSWERING_VERBS = frozenset({"deny", "reject", "dismiss", "refuse", "decline", "rebuff"})


def same_actor_heads(verb: Token, comp: Token) -> bool:
    """True when the reported clause's subject is the speaker's own side ("Moscow claimed that its forces
    had seized ...") rather than another actor."""
    if comp.dep_ == "pcomp":
        return False  # "accused X of attacking": X, not the speaker, is the doer
    subj, _, _ = clause_roles(verb)
    csubj, _, _ = clause_roles(comp)
    if not (subj and csubj):
        return False
    # "Moscow claimed that its forces had seized", "claimed that the group's fighters had hit"
    owned = any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.pos_ == "NOUN" and any(
        d.lower_ == "the" for d in c.children)) for c in csubj[0].children)
    return csubj[0].pos_ == "PRON" or csubj[0].lemma_ == subj[0].lemma_ or owned


def obligation(lexicon: Lexicon, verb: Token, comp: Token, inner: Act | None, subjects: list[Token],
               modality: Modality, penalty: float, meta: MetaEntry) -> Act | None:
    """ "X said Y must withdraw": a demand by the speaker on Y (CAMEO 10x)."""
    if not (any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in comp.children)
            or comp.dep_ == "xcomp" and comp.head.lemma_.lower() in OBLIGATION_VERBS):
        return None
    comp_subjects, _, _ = clause_roles(comp)
    if any(c.dep_ == "auxpass" for c in comp.children) and not kids(comp, ("agent",)):
        # "told him the fishermen had to be handed back": the one told must act
        comp_subjects = kids(verb, ("dative", "dobj"))
    elif comp_subjects and all(s.pos_ == "PRON" for s in comp_subjects) and kids(verb, ("dative", "dobj")):
        # "reminded Japan that it must honour its commitments": the one told is the one obliged
        comp_subjects = kids(verb, ("dative", "dobj"))
    if not comp_subjects or not subjects:
        return None
    code = lexicon.derived_code("demand", inner.code if inner else None)
    if code is None:
        return None
    rule = f"{meta.rule} > obligation > {inner.rule if inner else comp.lemma_.lower()}"
    # the obliged is the clause's subject: when that is the speaker's own side ("saying Venezuela must
    # be ready"), no other actor of the clause is the one addressed
    return Act(verb, code, rule, sorted({verb.i, comp.i}), subjects, comp_subjects, False, modality,
               penalty + 0.1, scoped=False,
               traits=meta.traits | (inner.traits & INHERITED_TRAITS if inner else Trait(0)))


def violation(verb: Token, comp: Token, subjects: list[Token], modality: Modality, penalty: float,
              meta: MetaEntry) -> Act | None:
    """ "Brazil said Argentina's duties breached Mercosur rules": saying another violated a rule or
    a deal is an accusation (112) against it; so is saying another did wrong ("Sandu said the Kremlin
    had meddled in the vote", "said the Israeli strikes were undermining the army's work")."""
    said = clause_modality(comp)
    lemma = comp.lemma_.lower()
    # a wrong still to come is a warning or a forecast ("the plan would undermine peace"), not an accusation
    wrong = lemma in WRONGDOING_VERBS and not said.future and (lemma not in TRANSITIVE_WRONGS or kids(comp, ("dobj",)))
    if not (lemma in VIOLATION_VERBS or wrong) or not subjects or said.negated or said.hypothetical \
            or any(commentator(s) for s in subjects):
        return None  # "analysts said the tariffs could breach WTO rules" accuses no one
    if wrong and verb.tag_ == "VBG" and verb.head.lemma_.lower() in ANSWERING_VERBS:
        return None
    accused = kids(comp, ("nsubj",)) or [a for b in kids(comp, ("agent",)) for a in kids(b, ("pobj",))]
    if not accused or accused[0].pos_ == "PRON" and same_actor_heads(verb, comp):
        return None
    if accused[0].pos_ == "NOUN" and (owners := party_modifiers(accused[0])):
        accused = owners  # "the Israeli strikes were undermining ...": the strikes' side is accused
    label = "violation" if lemma in VIOLATION_VERBS else "wrongdoing"
    return Act(verb, "112", f"{meta.rule} > {label}", [verb.i, comp.i], subjects, accused, False,
               modality, penalty + 0.1, scoped=False, traits=meta.traits)


# verbs joining a judged thing to its judgement ("the council has become a political tool")
JUDGING_COPULAS = frozenset({"be", "become", "remain"})
# verbs equating an act with a judging noun, their object the judgement ("the strikes constituted a war crime")
EQUATING_VERBS = frozenset({"constitute", "represent"})
# verbs of telling an envoy: the envoy's side answers for an unowned thing criticised to them (not reporters)
TELLING_LEMMAS = frozenset({"tell", "inform", "remind"})
ENVOY_LEMMAS = frozenset({"ambassador", "envoy", "diplomat", "attache", "charge", "affaires", "consul", "counterpart"})


def judgement(lexicon: Lexicon, verb: Token, comp: Token, subjects: list[Token], modality: Modality,
              penalty: float, meta: MetaEntry) -> Act | None:
    """ "Germany said Russia's move was illegal": a judging predicate in reported speech is the
    speaker's criticism (or praise) of the judged actor."""
    if not subjects:
        return None
    if comp.lemma_ in JUDGING_COPULAS:
        predicate = next((c for c in comp.children if c.dep_ in ("acomp", "attr")), None)
    elif comp.lemma_ in EQUATING_VERBS:
        predicate = next((c for c in comp.children if c.dep_ == "dobj"), None)
    elif comp.lemma_ == "amount":  # "the strikes amounted to a war crime"
        predicate = next((o for o in preps_of(comp).get("to", [])), None)
    else:
        return None
    judged = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    if predicate is None or judged is None:
        return None
    # "a tool of neo-colonial repression": the "of" phrase may carry the judgement
    words = {predicate.lemma_.lower()} | {c.lemma_.lower() for c in predicate.children if c.dep_ == "amod"} | {
        o.lemma_.lower() for o in preps_of(predicate).get("of", [])}
    found = judging_entry(words, predicate, lexicon)
    if found is None:
        return None
    # the judged actor: a name ("Russia was wrong"), the owner of a judged act ("Russia's move", "the
    # Russian flight") or the doer the judging noun names ("the flight was a provocation by Moscow")
    owners = [c for c in judged.children if c.dep_ == "poss"]
    doers = preps_of(predicate).get("by", []) if predicate.dep_ in ("attr", "dobj", "pobj") else []
    if owners:
        targets = owners
    elif judged.pos_ == "PROPN":
        targets = [judged]
    elif doers or (doers := [m for m in party_modifiers(judged) if m.dep_ == "amod"]):
        targets = doers
    elif told := [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON"
                  and c.lemma_.lower() in ENVOY_LEMMAS and verb.lemma_.lower() in TELLING_LEMMAS
                  and found[0].startswith("11")]:
        targets = told  # "told the ambassador that the comments were an interference": a rebuke of the envoy's side
    elif judged.pos_ == "NOUN" and (doers := act_doers(judged, lexicon.nouns)):
        # "said the arrests of journalists by police were politically motivated": an act judged is held
        # against its doer, not those it befell
        targets = doers
    else:
        return None
    code, rule = judged_claim(found, judged)
    return Act(verb, code, f"{meta.rule} > {rule}", [verb.i, predicate.i], subjects, targets, False,
               modality, penalty + 0.1, traits=meta.traits | Trait.JUDGEMENT)
