"""Reactions to an earlier act: "Japan rejected the demand", "Colombia condemned the strike".

A definite act noun in a reaction refers back to the article's latest act of that kind, and the
reaction is aimed at whoever did it (or, for the reactor's own earlier act, at whom it was aimed).
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Token

from detente.coding.acts import Act
from detente.coding.matching import act_noun_verbs
from detente.coding.nominals import noun_lemma, party_modifiers, phrase_agents
from detente.coding.participants import LOCAL_SECTORS, Resolved
from detente.records import Mention

# definite act nouns ("the demand", "the protest") and the CAMEO roots of the acts they refer back to
EVENT_NOUN_ROOTS = {
    "demand": ("10",), "ultimatum": ("13", "10"), "call": ("02",), "appeal": ("02",), "request": ("02",),
    "plea": ("02",), "accusation": ("11",), "allegation": ("11",), "charge": ("11", "17"), "claim": ("11", "01"),
    "protest": ("114", "11", "14"), "complaint": ("11",), "criticism": ("11",), "threat": ("13",), "warning": ("13",),
    "proposal": ("03", "02"), "offer": ("03",), "plan": ("03",), "invitation": ("02", "03", "04"),
    "sanction": ("16",), "tariff": ("16",), "move": ("16", "17", "11", "12"), "decision": ("16", "17", "12"),
    "measure": ("16", "17", "12"), "step": ("16", "17", "11", "12"), "package": ("16",),
    # "condemned the strikes": criticism of an act is aimed at whoever did it
    "strike": ("19", "18"), "airstrike": ("19",), "attack": ("19", "18"), "raid": ("19",),
    "shelling": ("19",), "bombing": ("19", "18"), "killing": ("18", "19", "20"), "invasion": ("19",),
    "offensive": ("19",), "incursion": ("19", "15"), "ambush": ("19", "18"), "shooting": ("18", "19"),
    # "condemned the firing", "the launch", "the tests": a missile shot whether coded as force or as a show of it
    "firing": ("19", "15", "18"), "launch": ("19", "15"), "test": ("15", "19"),
    "kidnapping": ("18",), "abduction": ("18",), "incident": ("19", "18", "17", "15"), "arrest": ("17",),
    "detention": ("17",), "verdict": ("17",), "ruling": ("17", "16"), "conviction": ("17",),
    "transfer": ("063", "084", "07"), "handover": ("063", "084", "0842"), "extradition": ("063",),
    "deportation": ("17", "16"), "swap": ("08", "06"), "veto": ("12",), "rejection": ("12",), "refusal": ("12",),
    "expulsion": ("16", "17"), "seizure": ("17",), "blockade": ("19",), "massacre": ("20", "18"),
    "reopening": ("08",), "release": ("08",), "withdrawal": ("08",), "inquiry": ("09",), "investigation": ("09",),
    "probe": ("09",), "deployment": ("15",), "crackdown": ("17",), "ban": ("17", "16"), "listing": ("16",),
    "restriction": ("16", "17"), "curb": ("16",), "vote": ("16", "05"), "resolution": ("16", "05", "11", "12"),
    # "dismissed the remarks": words answer the latest thing another party said
    "remark": ("11", "13", "10", "02", "01"), "comment": ("11", "13", "10", "02", "01"),
    "statement": ("11", "13", "10", "02", "01"),
    # "welcomed the truce": an agreement is the act of all its parties
    "truce": ("0871", "057"), "ceasefire": ("0871", "057"), "deal": ("057",), "agreement": ("057",),
    "accord": ("057",), "treaty": ("057",), "pact": ("057",),
    # "denounced the drills": joint manoeuvres are the act of every force that held them
    "drill": ("062", "15"), "exercise": ("062", "15"), "manoeuvre": ("062", "15"), "maneuver": ("062", "15"),
}
# joint manoeuvres: only a reaction refers back to them ("began the exercise" holds one, answers none)
MANOEUVRE_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver"})
# agreements and joint manoeuvres, whose reactions answer every party to them
AGREEMENT_NOUNS = frozenset({"truce", "ceasefire", "deal", "agreement", "accord", "treaty", "pact"}) | MANOEUVRE_NOUNS
# act nouns for whatever another party said last, of any kind
SAYING_NOUNS = frozenset({"remark", "comment", "statement"})
# strikes from afar go by many verbs: "bombed a camp ... condemned the strike"
STRIKING_WORDS = frozenset({"strike", "airstrike", "bomb", "bombing", "hit", "pound", "shell", "shelling"})
# reactions aimed at whoever did the act they name ("condemned the massacre of villagers by ADF militants")
REACTING_ROOTS = frozenset({"01", "05", "11", "12", "13", "14"})
# prepositions naming whom an act befell ("the delivery of systems to North Korea")
BEFALLEN_PREPS = frozenset({"to", "into"})


def act_doers(noun: Token, event_nouns: Container[str]) -> list[Token]:
    """ "the massacre of villagers by ADF militants", "Tallinn's expulsion of a consul", "the Russian
    delivery": whoever did the act an event noun names (its "by" phrase, else its possessor or name
    modifier), never those it befell.

    Args:
        noun: A noun a reaction is aimed at.
        event_nouns: Lemmas of the lexicon's event nouns.

    Returns:
        The doers' heads; empty when ``noun`` names no act or no doer.
    """
    lemma = noun_lemma(noun)
    if lemma not in event_nouns and lemma not in EVENT_NOUN_ROOTS:
        return []
    # the parser may hang the "by" phrase on any noun of the act's phrase
    return phrase_agents(noun) or party_modifiers(noun)


def befallen(noun: Token, event_nouns: Container[str]) -> set[int]:
    """ "protested against the delivery of air defence systems to North Korea": the words of an act's
    phrase naming whom or what it befell, which a reaction to the act is not aimed at.

    Args:
        noun: A noun a reaction is aimed at.
        event_nouns: Lemmas of the lexicon's event nouns.

    Returns:
        Indices of the words of the act's recipient phrases; empty when ``noun`` names no act.
    """
    lemma = noun_lemma(noun)
    if lemma not in event_nouns and lemma not in EVENT_NOUN_ROOTS:
        return set()
    return {t.i for p in noun.children if p.dep_ == "prep" and p.lower_ in BEFALLEN_PREPS for t in p.subtree}


def summoned_for(anchor: Token, sentence: list[Mention]) -> Resolved | None:
    """ "summoned the Belarusian envoy to protest against the delivery of fuel to Russia": a reaction that
    is the purpose of a summons is made to whoever was summoned.

    Args:
        anchor: The reaction's trigger.
        sentence: Mentions coded so far in the reaction's sentence.
    """
    if anchor.dep_ not in ("xcomp", "advcl"):
        return None
    summons = anchor.head.idx
    return next((Resolved(m.target, True, anchor) for m in sentence if m.event_code == "114" and m.is_factual
                 and m.target is not None and m.verb_start is not None and m.verb_end is not None
                 and m.verb_start <= summons < m.verb_end), None)


def answered_by_noun(act: Act, sources: list[Resolved], earlier: list[Mention]) -> list[Resolved]:
    """ "Japan rejected the demand": a definite act noun refers to the article's latest act of that
    kind, whose source is the target of the reaction.

    Args:
        act: The reaction (its targets and trigger may hold the act noun).
        sources: The reaction's resolved sources.
        earlier: Mentions coded so far in the article, in text order.

    Returns:
        The target (one at most; both parties for an agreement both sides made), or an empty list when
        no earlier act fits.
    """
    doc = act.anchor.doc
    heads = list(act.targets) + [doc[i] for i in act.trigger if doc[i].pos_ == "NOUN" and doc[i] not in act.targets]
    if act.anchor.dep_ == "relcl" and not act.targets:
        heads.append(act.anchor.head)  # "an offer that India rejected within hours": the noun the clause describes
    own = {s.ref.country for s in sources}
    own_codes = {s.ref.code for s in sources}
    if act.code == "015":
        # "JNIM claimed responsibility for the attack": the claim aims at whoever its own attack hit
        for mention in reversed(earlier):
            if mention.root_code in ("18", "19", "20") and mention.is_factual and mention.source.code in own_codes \
                    and mention.target is not None and mention.target.code not in own_codes:
                return [Resolved(mention.target, True, act.anchor)]
    for head in heads:
        roots = EVENT_NOUN_ROOTS.get(head.lemma_.lower())
        described = act.anchor.dep_ == "relcl" and head == act.anchor.head
        if roots is None or not described and not any(d.lower_ in ("the", "this", "that", "these", "those")
                                                       for d in head.children):
            continue
        if head.lemma_.lower() in MANOEUVRE_NOUNS and act.root not in REACTING_ROOTS:
            continue
        # the most specific kind first: "rejected the protest" answers a diplomatic protest (114) before
        # any later criticism (11); words answer whatever was said last
        noun = head.lemma_.lower()
        # an act told by the noun's own verb first: "condemned the strike" after a strike and an ambush
        alike = [m for m in earlier if same_kind(noun, m, doc)]
        alike_ids = {id(m) for m in alike}
        for prefix in (roots,) if noun in SAYING_NOUNS else roots:
            for mention in [*reversed(alike), *reversed(earlier)]:
                # "criticised the deployment" of peacekeepers (074): the act its own verb told, whatever its code
                if not (mention.event_code.startswith(prefix) or id(mention) in alike_ids) or not mention.is_factual:
                    continue
                # "Somalia's president condemned the attack" by al-Shabaab: an insurgency at home is a party too
                insurgent = mention.source.code[3:6] in LOCAL_SECTORS and mention.source.code not in own_codes
                if noun in AGREEMENT_NOUNS and mention.target is not None \
                        and not own & {mention.source.country, mention.target.country}:
                    # "Oman welcomed the truce" Sudan and Chad agreed: aimed at both parties
                    return [Resolved(mention.source, True, head), Resolved(mention.target, True, head)]
                if mention.source.country not in own or insurgent:
                    return [Resolved(mention.source, True, head)]
                if mention.target is not None and mention.target.country not in own:
                    # "Mexico would not lift the tariffs": its own earlier act, aimed at China
                    return [Resolved(mention.target, True, head)]
    return []


def same_kind(noun: str, mention: Mention, doc: Doc) -> bool:
    """ "the bombing" is what was bombed, "the deployment" what was deployed, "the strike" any strike from afar.

    Args:
        noun: Lemma of the act noun.
        mention: An earlier mention of the article parsed as ``doc``.
        doc: The article's parse.
    """
    if mention.verb_start is None or mention.verb_end is None:
        return False
    span = doc.char_span(mention.verb_start, mention.verb_end, alignment_mode="expand")
    if span is None:
        return False
    verb = span[0].lemma_.lower()
    return verb == noun or verb in act_noun_verbs(noun) or noun == verb + "ing" or noun == verb + verb[-1] + "ing" \
        or noun in STRIKING_WORDS and verb in STRIKING_WORDS


def wronged_by(act: Act, sources: list[Resolved], targets: list[Resolved], earlier: list[Mention]) -> list[Resolved]:
    """ "China protested against the listing of its banks", "condemned the attack on its embassy": a state
    answering for its own people or things, named inside the phrase of what befell them, answers the act's
    author: the latest act of the noun's kind, else whoever last acted against that state.

    Args:
        act: The reaction.
        sources: The reaction's resolved sources.
        targets: Its own people or things the reaction names.
        earlier: Mentions coded so far in the article, in text order.

    Returns:
        That author (inferred), or an empty list when the own party is the reaction's direct object
        ("criticised the agency") or no earlier act fits.
    """
    # "its banks": the possessed noun is where the own party stands
    nodes = [t.head.head if t.head.dep_ == "poss" else t.head for t in targets]
    if not nodes or any(n.pos_ != "NOUN" or n.head == act.anchor or n.head.i in act.trigger for n in nodes):
        return []
    found = answered_by_noun(act, sources, earlier)
    if found:
        return found
    own = {s.ref.country for s in sources}
    for mention in reversed(earlier):
        if mention.is_factual and mention.target is not None and mention.target.country in own \
                and mention.source.country not in own and not mention.source.code.startswith("---"):
            return [Resolved(mention.source, True, act.anchor)]
    return []
