"""Crowd protest (CAMEO 14): whom it is aimed at, and clauses an "in protest" adjunct makes protests.

Crowds rally, march, strike and block roads at someone: the body whose building they stand
outside, or whoever their purpose addresses ("marched to demand that the government cut ties",
"blocked the highway to protest against EU rules"). A road, bridge or border crossing they block
is where they protest, not at whom. "Shut their shops in a strike against a new tax": the adjunct
says what the clause's act is.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding.acts import Act
from detente.coding.clauses import DIPLOMATIC_POSTS
from detente.coding.inference import is_state
from detente.coding.lexicon import WORD_SETS
from detente.coding.modality import clause_modality
from detente.coding.parsecache import tokens
from detente.coding.participants import ArticleActors, Resolved
from detente.coding.reactions import act_doers, answered_by_noun
from detente.coding.riots import crowd_riots
from detente.coding.roles import clause_roles, kids
from detente.records import Mention

# verbs of a purpose clause that address a demand to someone ("to demand that the government ...")
DEMANDING_VERBS = frozenset({"demand", "urge", "press", "push", "pressure", "force", "call", "ask", "petition"})
# demands aimed at the leader they name ("the resignation of the prime minister")
OUSTING_NOUNS = frozenset({"resignation", "removal", "ouster", "departure", "impeachment", "dismissal", "exit"})
# verbs of a purpose clause that say what is protested ("to protest against new customs checks")
OBJECTING_VERBS = frozenset({"protest", "denounce", "condemn", "oppose", "decry", "reject", "challenge"})
# prepositions that name what a protest objects to
AGAINST_PREPS = frozenset({"against", "at", "over"})
# "in protest at", "in a strike against": an adjunct that makes its clause's act a protest of this kind
ADJUNCT_CODES = {"protest": "141", "demonstration": "141", "strike": "143", "boycott": "143"}
# "stopped eating", "refused to eat": fasting
FASTING_HEADS = frozenset({"stop", "refuse", "quit", "cease"})
# verbs of a purpose clause that make the act they serve a protest ("stayed home to protest")
PURPOSE_PROTEST_VERBS = frozenset({"protest", "demonstrate"})
# prepositions by which a blocked road leads to the body protested at ("roads around the parliament")
BESIDE_PREPS = frozenset({"around", "outside", "near"})
# thoroughfares a blockade closes: places, not parties
ROUTE_NOUNS = frozenset({"road", "highway", "motorway", "street", "avenue", "boulevard", "bridge", "crossing",
                         "border", "route", "railway", "rail", "railroad", "junction", "intersection", "roadway",
                         "lane", "thoroughfare", "port", "checkpoint", "tunnel", "pass"})
JAIL_NOUNS = WORD_SETS["jail_nouns"]
# where a blockade stands ("at Eldorado", "on the border", "over the Sava")
PLACE_PREPS = frozenset({"at", "on", "in", "near", "over", "across", "along"})


def protest_targets(act: Act, targets: list[Resolved], actors: ArticleActors, sources: list[Resolved],
                    event_nouns: Container[str], earlier: list[Mention]) -> list[Resolved]:
    """The targets of a protest act (root 14), given those its own clause supplied.

    A blockade's road is no target; a protest with none takes the body the blocked roads lead
    to, else the party its purpose clause addresses, else the state whose diplomatic mission it
    stands outside.

    Args:
        act: The protest act.
        targets: Targets resolved from the act's own object and prepositions.
        actors: The article's participants.
        sources: The protesters.
        event_nouns: Lemmas of the lexicon's event nouns.
        earlier: Mentions coded so far in the article, in text order.
    """
    countries = {s.ref.country for s in sources}
    routes = [t for t in (*act.targets, *kids(act.anchor, ("dobj",))) if t.lemma_.lower() in ROUTE_NOUNS]
    if act.code.startswith("144"):
        # "blocked the Pan-American Highway", "the Paga border crossing with Burkina Faso": where, not at whom;
        # so is a place (a bare country, no body) on what is blocked or where ("the bridge over the Sava",
        # "a highway at Eldorado"); "the entrance of the Chinese embassy" leaves the mission for the last rule
        places = [o for p in kids(act.anchor, ("prep",)) if p.lower_ in PLACE_PREPS for o in kids(p, ("pobj",))]
        targets = [t for t in targets if not any(r == t.head or r.is_ancestor(t.head) for r in routes)
                   and not (len(t.ref.code) == 3 and any(r == t.head or r.is_ancestor(t.head) for r in (
                       *places, *kids(act.anchor, ("dobj",)))))]
    if targets:
        return targets
    # "blocked roads around the European Parliament": the body the protest stands at ("the bridge near
    # Ipiales" names a town, a place and no body)
    beside = [o for r in routes for p in kids(r, ("prep",)) if p.lower_ in BESIDE_PREPS for o in kids(p, ("pobj",))
              if o.ent_type_ not in ("GPE", "LOC")]
    if (at := [r for r in actors.expand(beside, deep=True) if not r.ref.code.startswith("---")]):
        return at
    # "to protest against the closure of post offices by Kosovo police": at whoever did the act protested
    aims = [d for a in purpose_aims(act.anchor) for d in act_doers(a, event_nouns) or [a]]
    # ("to protest the deaths of Kenyan migrants": the crowd's own people are whom the act befell)
    aimed = [r for r in actors.expand(aims, deep=True) if r.ref.code[3:6] == "GOV" or not (
        r.ref.code.startswith("---") or r.ref.country in countries)]
    if aimed:
        return aimed
    # "police detained nine activists ... Thousands marched to protest against the arrests": an act the purpose
    # names without its doer is the article's latest act of that kind, aimed at whoever did it
    named_acts = [a for a in aims if a.pos_ == "NOUN"]
    if named_acts and (answered := [r for r in answered_by_noun(replace(act, targets=named_acts, trigger=[]),
                                                                 sources, earlier)
                                    if r.ref.code[3:6] == "GOV" or r.ref.country not in countries
                                    or r.ref.code[3:6] in ("COP", "MIL", "JUD")]):
        return answered
    if (jailers := _jailers(sources, actors, countries)):
        return jailers
    # "protested outside the Indian embassy (in Asuncion)": the mission stands for its country
    return [found for t in act.anchor.subtree if t.lemma_.lower() in DIPLOMATIC_POSTS
            and (found := actors.modifier_actor(t)) is not None and is_state(found.ref.country)][:1]


def _jailers(sources: list[Resolved], actors: ArticleActors, countries: set[str]) -> list[Resolved]:
    """ "Palestinian prisoners in Israeli jails refused food", "Palestinians held in Israeli prisons": inmates
    protest at the state whose jails hold them."""
    found = []
    for source in sources:
        head = source.head
        while head.dep_ in ("amod", "compound") and head.head.i > head.i:
            head = head.head
        holders = [head, *(c for c in kids(head, ("acl",)) if c.tag_ == "VBN")]
        for jail in (o for h in holders for p in kids(h, ("prep",)) if p.lower_ == "in" for o in kids(p, ("pobj",))
                     if o.lemma_.lower() in JAIL_NOUNS):
            state = actors.modifier_actor(jail)
            if state is not None and is_state(state.ref.country) and state.ref.country not in countries:
                found.append(state)
    return found[:1]


def purpose_aims(anchor: Token) -> list[Token]:
    """Heads of the parties a protest's purpose clause is aimed at.

    "rallied to demand that the government resign" → government; "to press the company to pay"
    → company; "to demand the resignation of President X" → X; "to protest against EU rules" → rules;
    "blocked the bridge, demanding that Quito lift the tariffs" → Quito (a participle states the aim too).
    """
    return [a for clause in anchor.children if clause.dep_ in ("advcl", "xcomp")
            and (clause.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))
            for a in _aims(clause)]


def _aims(clause: Token) -> list[Token]:
    """Whom a demanding or objecting verb is aimed at (see :func:`purpose_aims`)."""
    verb = clause.lemma_.lower()
    if verb in DEMANDING_VERBS:
        addressed = [s for c in kids(clause, ("ccomp",)) for s in kids(c, ("nsubj",))] \
            or [o for p in kids(clause, ("prep",)) if p.lower_ in ("on", "upon") for o in kids(p, ("pobj",))] \
            or [o for o in kids(clause, ("dobj",)) if o.pos_ == "PROPN" or any(
                c.dep_ == "xcomp" for c in clause.children)]
        # "to demand the resignation of President X": the leader whose going is demanded
        return addressed or [g for o in kids(clause, ("dobj",)) if o.lemma_.lower() in OUSTING_NOUNS
                             for p in kids(o, ("prep",)) if p.lower_ == "of" for g in kids(p, ("pobj",))]
    if verb in OBJECTING_VERBS:
        return [o for p in kids(clause, ("prep",)) if p.lower_ in AGAINST_PREPS for o in kids(p, ("pobj",))] \
            or kids(clause, ("dobj",))
    return []


def protest_adjuncts(sent: Span, acts: list[Act]) -> list[Act]:
    """Acts that an "in protest" adjunct makes protests: "stopped eating in protest at his sentence",
    "shut their shops in a strike against a new tax" (clauses whose verb codes nothing by itself).

    Args:
        sent: The sentence.
        acts: Acts already found in it; a verb that codes an act of its own ("recalled its
            ambassador in protest") keeps it.
    """
    coded = {i for a in acts for i in a.trigger}
    found = []
    for prep in tokens(sent):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
            continue
        verb = prep.head
        # "in protest", "in a strike", "in the strike against the tax"; not "in the largest demonstration
        # the city has seen", which describes
        noun = next((o for o in kids(prep, ("pobj",)) if o.lemma_.lower() in ADJUNCT_CODES and (
            not any(d.lower_ == "the" for d in kids(o, ("det",)))
            or any(p.lower_ in AGAINST_PREPS for p in kids(o, ("prep",))))), None)
        if noun is None:
            continue
        code = ADJUNCT_CODES[noun.lemma_.lower()]
        for act in acts:
            if act.anchor == verb and act.code == "163":
                # "lawyers boycotted the courts in protest": a boycott in protest is a protest, no sanction
                act.code, act.rule = "143", act.rule + " > in protest"
        if verb.lemma_.lower() == "eat" and verb.head.lemma_.lower() in FASTING_HEADS:
            # "stopped eating in protest": a hunger strike
            verb, code = verb.head, "142"
        subjects = clause_roles(verb)[0] if verb.i not in coded else []
        if not subjects:
            continue
        if code == "143" and any(c.lower_ == "hunger" for c in noun.children):
            code = "142"
        # "in protest at the arrest of two colleagues": what is protested
        protested = [o for p in kids(noun, ("prep",)) if p.lower_ in AGAINST_PREPS for o in kids(p, ("pobj",))]
        found.append(Act(verb, code, f"in {noun.lemma_.lower()} (adjunct)", [verb.i, prep.i, noun.i], subjects,
                         protested, modality=clause_modality(verb), penalty=0.15, domestic=True))
    return found + _protest_purposes(sent, coded) + crowd_riots(sent, acts)


def _protest_purposes(sent: Span, coded: Container[int]) -> list[Act]:
    """Clauses a "to protest" purpose makes protests: "stayed home to protest against the fuel
    price rise", "gathered outside the court to protest" (verbs that code nothing by themselves)."""
    found = []
    for clause in tokens(sent):
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in PURPOSE_PROTEST_VERBS:
            continue
        verb = clause.head
        if verb.pos_ != "VERB" or verb.i in coded \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        subjects = clause_roles(verb)[0]
        if not subjects:
            continue
        protested = [o for p in kids(clause, ("prep",)) if p.lower_ in AGAINST_PREPS for o in kids(p, ("pobj",))]
        found.append(Act(verb, "141", f"to {clause.lemma_.lower()} (purpose)", [verb.i, clause.i], subjects,
                         protested or kids(clause, ("dobj",)), modality=clause_modality(verb), penalty=0.15,
                         domestic=True))
    return found
