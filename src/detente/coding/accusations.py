"""Accusations and the answers to them: who made a charge a denial answers, and what a dismissed
report or claim says ("denied laying mines after Thailand accused it", "rejected claims by Kyiv").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from spacy.tokens import Span, Token

from detente.coding.acts import Act
from detente.coding.consequences import is_hostile, reported_speaker
from detente.coding.lexicon import WORD_SETS, Lexicon
from detente.coding.modality import clause_modality
from detente.coding.phrases import QUOTE_MARKS, SPEECH_VERBS, quote_speaker_head, quoted
from detente.coding.roles import kids, preps_of
from detente.records import Trait

logger = logging.getLogger(__name__)

ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "criticize", "criticise", "condemn", "denounce"})
ALLEGING_VERBS = ACCUSING_VERBS | {"allege", "claim"}
# "denied it, dismissing a BBC investigation as disinformation": the dismissed charge names the accuser
DISMISSING_VERBS = frozenset({"dismiss", "reject", "call", "describe", "brand", "label", "deny"})
CHARGE_NOUNS = frozenset({"report", "investigation", "claim", "accusation", "allegation", "charge", "finding",
                          "inquiry", "probe", "story", "article", "account", "suggestion"})
CHARGE_AUTHORS = WORD_SETS["charge_authors"]
# subjects and objects that deny an act categorically ("Nobody touched the gate", "burned nothing")
NOBODY_WORDS = frozenset({"nobody", "nothing", "none"})
# every word by which a quotation can deny categorically ("No one ...", "never", "not a single shot", "any")
CATEGORICAL_WORDS = NOBODY_WORDS | {"no", "never", "single", "any"}
# what a party is said to do nothing to do about a harm ("doing nothing to stop the launches")
# "the attack on X", "the killing of X", "the campaign against X": whom a denied act hit
DENIED_HIT_PREPS = frozenset({"on", "of", "against"})
# a share in an act that a denial disowns ("denied any part in the bombing")
ROLE_NOUNS = frozenset({"part", "hand", "role", "involvement", "responsibility", "link", "connection", "complicity"})
IDLE_STOPS = frozenset({"stop", "prevent", "halt", "curb", "end", "stem", "check", "rein", "restrain", "deter"})


def accusers_of(verb: Token, comp: Token | None = None) -> list[Token]:
    """ "Hamas denied violating the ceasefire and accused Israel of ...", "denied it, blaming Manila":
    when the denied act names no one, the denial answers the actor the speaker turns on; "denied
    laying mines after Thailand accused it", "denied selling arms, as alleged by Kyiv", "denied claims by
    the rebels that ...": the accuser."""
    made = [t for other in _alleging_clauses(verb, comp) for t in _charge_makers(other)]
    return dismissed_charges(verb) or made or [
        c for other in _alleging_clauses(verb, comp) if other.lemma_.lower() in ACCUSING_VERBS
        for c in other.children if c.dep_ == "dobj" and c.pos_ != "PRON"]


def denial_slots(verb: Token, targets: list[Token], penalty: float) -> tuple[list[Token], float, list[Token]]:
    """The targets, penalty and fallback targets of a denial (016) at ``verb``.

    A denial answers its accuser when one is named (see :func:`accusers_of`); otherwise, when it names
    no one, it concerns whom the denied act was aimed at (see :func:`denied_parties`).
    """
    if accusers := accusers_of(verb):
        return accusers, penalty + 0.1, []
    return targets, penalty, denied_parties(verb)


def denied_parties(verb: Token) -> list[Token]:
    """ "denied any role in the attack on Indian soldiers", "denied involvement in the killing of
    Burundian refugees", "denied meddling in Georgia's elections": the party an uncoded denied act or role
    was aimed at, first the victim the act noun names, then the act noun itself (its possessor or
    adjective may name a state)."""
    holders = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if any(h.dep_ == "dobj" and h.lemma_.lower() in ROLE_NOUNS for h in holders):
        holders.append(verb)  # "denied any part in the bombing": the parser may hang the phrase on the verb
    acts = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "into")
            for o in p.children if o.dep_ == "pobj"]
    hit = [o for a in acts for p in a.children if p.dep_ == "prep" and p.lower_ in DENIED_HIT_PREPS
           for o in p.children if o.dep_ == "pobj"]
    return hit + acts


def accuser_named(verb: Token, comp: Token | None) -> bool:
    """Whether the denial names who made the charge (then it answers them, not the act's target)."""
    return bool(dismissed_charges(verb)) or any(_charge_makers(other) for other in _alleging_clauses(verb, comp))


def _alleging_clauses(verb: Token, comp: Token | None) -> list[Token]:
    return [other for head in (verb, comp) if head is not None for other in head.children
            if other.dep_ in ("conj", "advcl") and (other.lemma_.lower() in ALLEGING_VERBS
                                                   or other.lemma_.lower() in DISMISSING_VERBS
                                                   and dismissed_charges(other))]


def dismissed_charges(clause: Token) -> list[Token]:
    """The owners of a charge a clause dismisses: "calling a Human Rights Watch report biased",
    "rejecting claims made by Kyiv", "dismissing Amnesty's report"."""
    owners = []
    for noun in (c for c in clause.children if c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in CHARGE_NOUNS):
        owners += [c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"]
        owners += [p for a in noun.children if a.dep_ == "acl" for g in a.children if g.dep_ == "agent"
                   for p in g.children if p.dep_ == "pobj"]
        owners += [p for g in noun.children if g.dep_ == "prep" and g.lower_ == "by" for p in g.children
                   if p.dep_ == "pobj"]
        # "the findings of a U.N. panel", "the report of the commission": a body's own report
        owners += [p for g in noun.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children
                   if p.dep_ == "pobj" and p.lemma_.lower() in CHARGE_AUTHORS]
    return owners


def _charge_makers(clause: Token) -> list[Token]:
    """Who made the charge in an adverbial clause: "as alleged by Kyiv", "after Thailand accused it"."""
    if clause.dep_ != "advcl":
        return []
    if clause.lemma_.lower() in DISMISSING_VERBS and clause.lemma_.lower() not in ALLEGING_VERBS:
        return dismissed_charges(clause)
    agents = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agents or [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


def behind_attack(verb: Token, subjects: list[Token], penalty: float, lexicon: Lexicon) -> Act | None:
    """ "the group said it was behind the ambush": a speaker owning a hostile act claims it (015) against
    whom the act hit; "Kenya said Somali militias were behind the shelling": naming another party as the
    one behind it accuses that party (112)."""
    if verb.lemma_.lower() != "be" or not subjects:
        return None
    attack = next((p for p in preps_of(verb).get("behind", ()) if is_hostile(p, lexicon)), None)
    speaker = reported_speaker(verb)
    modality = clause_modality(verb)
    if attack is None or speaker is None or modality.negated:
        return None
    if all(s.pos_ == "PRON" for s in subjects):
        # the hit: "the attack on X", "the shelling of X", "an ambush that killed 11 soldiers"
        hit = [p for word in ("on", "against", "of") for p in preps_of(attack).get(word, ())]
        hit += [o for clause in kids(attack, ("relcl",)) for o in kids(clause, ("dobj",))]
        return Act(verb, "015", "behind an attack > claimed", [verb.i, attack.i], [speaker], hit, False,
                   modality, penalty + 0.1)
    return Act(verb, "112", "behind an attack > alleged", [verb.i, attack.i], [speaker], subjects, False,
               modality, penalty + 0.1)


def reported_blame(verb: Token, subjects: list[Token], penalty: float, lexicon: Lexicon) -> Act | None:
    """A speaker blaming another party in reported speech, for an attack or for letting one go on.

    Args:
        verb: The head of a reported clause.
        subjects: Its subjects.
        penalty: The clause's confidence penalty.
        lexicon: The lexicon naming hostile acts.

    Returns:
        The speaker's claim (015) or accusation (11x), or None when the clause blames no one.
    """
    return behind_attack(verb, subjects, penalty, lexicon) or idle_against(verb, subjects, penalty, lexicon)


def idle_against(verb: Token, subjects: list[Token], penalty: float, lexicon: Lexicon) -> Act | None:
    """ "the prime minister told parliament that Minsk was doing nothing to stop the launches": saying
    another party does nothing to stop a harm criticises it (111); a disaster let go on ("nothing to stop
    the flooding") is no harm anyone is blamed for doing."""
    nothing = next((o for o in kids(verb, ("dobj",)) if o.lower_ in ("nothing", "little")), None)
    speaker = reported_speaker(verb)
    if verb.lemma_.lower() != "do" or nothing is None or speaker is None or not subjects \
            or any(s.pos_ == "PRON" or s.lemma_ == speaker.lemma_ for s in subjects):
        return None
    # the harm it lets go on: "nothing to stop the launches", "little to curb the raids"
    stopping = next((c for c in (*nothing.children, *verb.children) if c.dep_ in ("relcl", "acl", "advcl", "xcomp")
                     and c.lemma_.lower() in IDLE_STOPS and kids(c, ("dobj",))), None)
    modality = clause_modality(verb)
    if stopping is None or modality.negated \
            or all(o.lemma_.lower() in lexicon.mishap_words for o in kids(stopping, ("dobj",))):
        return None
    return Act(verb, "111", "did nothing to stop > criticised", [verb.i, nothing.i, stopping.i], [speaker],
               subjects, False, modality, penalty + 0.1)


def quoted_denial(sent: Span) -> Act | None:
    """ "'Nobody touched the gate. ...,' the minister said", "'Our young people burned nothing'", "'The boat never
    left our waters'": a quoted categorical negation of a past deed is the speaker's denial (016) of the charge
    the article has laid on them; whom it answers is found at article level (an accuser, else the other party).

    Only transitive deeds count: "nobody was hurt", "no one died" deny no responsibility.
    """
    verb = sent.root
    # (the quotation test last: it counts the article's quotation marks)
    if verb.pos_ != "VERB" or verb.lemma_.lower() in SPEECH_VERBS \
            or not (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                                     for c in verb.children)) \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or not quoted(verb):
        return None
    objects = kids(verb, ("dobj",))
    # "has done nothing more than exercise its rights", "nothing but": a claim of what was done, no denial
    if not objects or any(c.lower_ in ("than", "but", "except") or c.lower_ == "more" and c.dep_ == "amod"
                          for o in objects for c in o.children):
        return None
    subjects = kids(verb, ("nsubj",))
    negation = next((w for w in subjects + objects if w.lower_ in NOBODY_WORDS or w.lower_ == "one" and any(
        d.lower_ == "no" for d in kids(w, ("det",)))), None) or next((c for c in verb.children if c.dep_ == "neg" and (
            c.lower_ == "never" or any(d.lower_ == "any" for o in objects for d in kids(o, ("det",)))
            or any(a.lower_ == "single" for o in objects for a in kids(o, ("amod",))))), None) or next(
        (o for o in objects if any(d.lower_ == "no" for d in kids(o, ("det",)))), None)
    speaker = quote_speaker_head(verb)
    if negation is None or speaker is None:
        return None
    return Act(verb, "016", "quoted categorical denial", [verb.i, negation.i], [speaker], [], penalty=0.2,
               traits=Trait.QUOTED_DENIAL)


def may_deny_in_quote(words: Sequence[str]) -> bool:
    """Test on a sentence's words as written, before any parse: whether it opens a quotation and holds a
    word by which it could deny categorically (see :func:`quoted_denial`)."""
    return bool(words) and words[0] in QUOTE_MARKS and any(w.lower() in CATEGORICAL_WORDS for w in words)
