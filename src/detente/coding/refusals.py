"""Refusals and rejections stated as nouns: "Serbia's refusal to hand over the suspects angered the
tribunal", "the junta's rejection of the peace plan", "Russia's veto of the resolution".

A refusal noun whose possessor (or "by" phrase) names its doer is that doer's act, coded like the
verb it is made from: its infinitive is the refused act ("refusal to let inspectors in" = 1245) and
its "of" object the verb's object ("rejection of the peace plan" = 127). As a support verb's object the
noun is the verb's subject's act ("Belgrade repeated its refusal"); as any other verb's object
("criticised Serbia's refusal", "ended its refusal") it is only referred to, not reported.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.acts import Act
from detente.coding.composition import clause_targets
from detente.coding.lexicon import WORD_SETS, Lexicon
from detente.coding.matching import act_noun_verbs
from detente.coding.nominals import nominal_modality
from detente.coding.parsecache import tokens
from detente.coding.roles import clause_roles, kids, preps_of
from detente.records import INHERITED_TRAITS

REFUSAL_NOUNS = WORD_SETS["refusal_nouns"]


def _doers(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The possessor ("Serbia's refusal") or "by" agent ("the rejection of the plan by the Serbs"); for the
    object of a support verb, that verb's subjects ("Belgrade repeated its refusal"). Empty for the object
    of any other verb ("criticised Serbia's refusal", "ended its refusal"): a refusal referred to."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")]
    if noun.dep_ == "dobj":
        support = noun.head.lemma_.lower() in lexicon.light_verbs
        own = all(o.pos_ == "PRON" for o in owners)
        return clause_roles(noun.head)[0] if support and own else []
    return owners or preps_of(noun).get("by", [])


def _refused_verb(noun: Token, lexicon: Lexicon) -> str | None:
    """The verb a refusal noun is made from ("refusal" → "refuse", "rejection" → "reject", "veto")."""
    lemma = noun.lemma_.lower()
    stems = [lemma, *act_noun_verbs(lemma)]
    return next((s for s in stems if s in lexicon.verbs), None)


def _infinitive(noun: Token) -> Token | None:
    """ "refusal to hand over the suspects": the refused clause."""
    return next((c for c in noun.children if c.dep_ in ("acl", "xcomp") and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def refusal_acts(sent: Span, acts: dict[int, Act | None], lexicon: Lexicon) -> tuple[list[Act], set[int]]:
    """The acts of ``sent``'s refusal nouns and the verbs whose acts they compose.

    Args:
        sent: The sentence.
        acts: The verb acts found so far, by verb index (a refused infinitive's act is composed).
        lexicon: The verb and noun lexicon.

    Returns:
        The refusal acts and the indices of the verbs whose own acts they replace.
    """
    found: list[Act] = []
    consumed: set[int] = set()
    for noun in tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REFUSAL_NOUNS or noun.dep_ == "compound":
            continue
        doers = _doers(noun, lexicon)
        verb = _refused_verb(noun, lexicon)
        if not doers or verb is None:
            continue
        modality = nominal_modality(noun)
        comp = _infinitive(noun)
        if comp is not None:
            inner = acts.get(comp.i)
            code = lexicon.derived_code("refuse", inner.code if inner is not None else None)
            if code is None or inner is None:
                continue  # "refusal to budge", "to hand Milosevic over": no act a pattern names, too vague to code
            found.append(Act(noun, code, f"{verb} (noun) > {inner.rule}", sorted({noun.i} | set(inner.trigger)),
                             doers, inner.targets, False, modality, 0.2 + inner.penalty, nominal=True,
                             fallback=[t for t in clause_targets(comp) if t not in inner.targets],
                             traits=inner.traits & INHERITED_TRAITS))
            consumed.add(comp.i)
            continue
        objects = preps_of(noun).get("of", [])
        # the pattern naming the object's kind ("reject" + plan = 127) before the bare verb's (120)
        entries = sorted((e for e in lexicon.verbs.get(verb, ()) if not e.particle and not e.prep and objects
                          and (not e.objects or _object_words(objects[0]) & e.objects)), key=lambda e: not e.objects)
        entry = next(iter(entries), None)
        if entry is not None:
            found.append(Act(noun, entry.code, f"{entry.rule} (noun)", [noun.i], doers, objects[:1], False,
                             modality, 0.2, nominal=True, traits=entry.traits))
    return found, consumed


def _object_words(obj: Token) -> set[str]:
    """The lemmas of an object and its noun modifiers ("the peace plan": plan, peace)."""
    return {obj.lemma_.lower()} | {c.lemma_.lower() for c in kids(obj, ("compound", "amod"))}
