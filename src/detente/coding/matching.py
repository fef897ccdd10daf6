"""Lexicon matching: which pattern fits a clause or an event noun.

:func:`match_verb` and :func:`match_nominal` find the lexicon entry that fits a verb or an
event noun and the heads its pattern names as targets, using the clause roles of
:mod:`detente.coding.roles`; :mod:`detente.coding.composition` finds the complements, conditions
and companions around them. :mod:`detente.coding.extract` builds acts from both.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from detente.coding.beneficiaries import beneficiaries
from detente.coding.clauses import armed_move, phrase_hosts, phrase_parties
from detente.coding.gazetteer import gazetteer
from detente.coding.judged import judging_entry, misread_judgement, swapped_predicate
from detente.coding.lexicon import JUDGING_VERBS, WORD_SETS, Lexicon, NounEntry, VerbEntry
from detente.coding.nominals import noun_lemma, party_modifiers, phrase_agents
from detente.coding.parsecache import children, remembered
from detente.coding.restrictions import restriction_code
from detente.coding.roles import (
    SUBJECT_DEPS,
    clause_roles,
    kids,
    particles_of,
    preps_of,
    summoned_to,
)
from detente.nlp import irregular_verb_lemma
from detente.records import Trait

logger = logging.getLogger(__name__)

DEFAULT_TARGET_PREPS = ("against", "on", "to", "with", "toward", "towards", "into", "for")
# "wave of drones", "package of sanctions": the noun after "of" carries the meaning
QUANTITY_NOUNS = frozenset({"wave", "package", "series", "barrage", "round", "batch", "salvo", "volley",
                            "string", "spate", "dozen", "hundred", "thousand", "number", "set", "swarm",
                            "shipment", "consignment", "tranche", "raft", "flurry", "state", "day", "week",
                            "hour", "month", "year", "night", "truck", "truckload", "lorry", "lorryload",
                            "boatload", "sack", "bag", "crate", "ton", "tonne", "pallet",
                            "convoy", "load", "plane", "planeload", "shipload", "worth", "kg", "kilogram",
                            "part", "portion", "half", "bulk", "share", "most", "some", "all", "several", "many",
                            "message", "letter", "note", "telegram", "statement", "expression",
                            "exchange", "swap", "closure", "list", "team", "company", "contingent", "member"})
PHONE_CALL = "041"  # the code a bare "call" takes
WAR_EFFORTS = WORD_SETS["war_efforts"]
# stretches of an ongoing event ("entered the third week of a hunger strike"): the "of" noun is the event
PHASE_NOUNS = frozenset({"hour", "day", "night", "week", "month", "year", "round", "phase", "stage"})
# where a meeting happens, never whom it is with ("on the sidelines of the summit")
VENUE_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})
# states a violent verb leaves its object in: a result, not a name given ("shot dead")
RESULT_STATES = frozenset({"dead", "unconscious", "senseless", "free", "go"})
# verbs that with a second object name what the first one is ("called him a spy")
NAMING_VERBS = frozenset({"call", "name", "dub", "brand", "label", "term"})
# bodies sent or moved whose "of" phrase says what they are made of ("a contingent of soldiers")
UNIT_NOUNS = frozenset({"contingent", "team", "company", "batch", "detachment", "unit", "squad", "group", "convoy",
                        "column", "flotilla", "fleet"})
# acts on people or things named after "of": "the expulsion of two diplomats", "an exchange of fire", "airdrops of sorghum"
OF_ACT_NOUNS = frozenset({"expulsion", "deportation", "exchange", "release", "arrest", "detention", "withdrawal",
                          "recall", "transfer", "handover", "return", "airdrop", "note"})
# nouns whose "on" phrase says what is aimed at: "an attempt on the president's life"
AIMED_NOUNS = frozenset({"attempt"})
# verbs of an event getting under way, said with the event noun as subject ("a U.N. inquiry began work",
# "French aid to Rwanda resumed")
ONSET_VERBS = frozenset({"begin", "start", "open", "resume", "commence", "continue", "reopen"})
# "declared a cessation of hostilities", "a halt to military operations": a ceasefire in other words
CESSATION_NOUNS = frozenset({"cessation", "suspension", "halt"})
# nouns that stop the act they govern ("put an end to the shelling")
STOPPING_NOUNS = CESSATION_NOUNS | {"end", "stop", "moratorium", "pause"}
HOSTILITY_NOUNS = frozenset({"hostility", "hostilities", "fighting", "operation", "operations", "combat", "offensive",
                             "attack", "attacks", "bombing", "shelling", "firing", "fire"})
# "ships loaded with aid", "trucks carrying food": a vehicle is known by its cargo
VEHICLE_NOUNS = frozenset({"truck", "lorry", "ship", "vessel", "boat", "plane", "aircraft", "flight", "convoy",
                           "train", "helicopter"})
CARGO_VERBS = frozenset({"carry", "load", "laden", "bear", "transport", "fill"})
# verbs by which goods sent reach where they were sent ("the relief planes landed in Jalalabad")
ARRIVAL_VERBS = frozenset({"land", "dock", "arrive", "reach", "enter", "cross"})
# "2 billion yen in emergency relief", "$50 million in military aid": the noun after "in" carries it
AMOUNT_NOUNS = frozenset({"dollar", "euro", "yen", "pound", "yuan", "rouble", "ruble", "rupee", "franc", "million",
                          "billion", "trillion", "thousand", "$", "€", "£",
                          # older and regional currencies of wire copy ("2.5 million ecus in emergency aid")
                          "ecu", "ecus", "mark", "dinar", "riyal", "dirham", "peso", "shekel", "lira", "krone", "krona"})
# what a statement comes in ("said in a statement that ...")
STATEMENT_NOUNS = frozenset({"statement", "interview", "post", "speech", "address", "message", "letter", "briefing",
                             "communique", "broadcast", "tweet", "video", "readout", "note"})
# "came under fire", "was under attack", "remained under siege": the subject suffers the act
UNDER_VERBS = frozenset({"come", "be", "remain", "fall", "stay"})
UNDER_ROOTS = frozenset({"18", "19", "20"})  # "remains under US sanctions" is a state, not an act
ANSWER_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer"}) | WORD_SETS["means_verbs"]
VERB_PREFIXES = ("re", "out", "over", "under", "with", "up")
# charges one party lays on another: faulting them denies them ("called the accusation absurd"); not so
# an "account" or a "claim", which may be a rival story or a territorial claim
DENIABLE_CLAIMS = frozenset({"accusation", "allegation", "charge"})
# verbs of rejection that take an object and an "as" predicate ("dismissed the report as fabricated")
AS_PREDICATE_VERBS = frozenset({"dismiss", "reject"})
# event nouns made from verbs: "withdrawal" → "withdraw", "refusal" → "refuse", "deployment" → "deploy"
NOMINAL_SUFFIXES = (("al", ""), ("al", "e"), ("ment", ""))
# nouns that frame an act named by their modifier: "a mediation effort between", "a bombing campaign against"
FRAME_NOUNS = frozenset({"effort", "bid", "initiative", "campaign", "drive"})
# endings of nouns that name a verb's act, with the verb's ending: "expulsion" → "expel", "detention" →
# "detain", "demolition" → "demolish", "destruction" → "destroy", "deportation" → "deport", "occupation" →
# "occupy", "execution" → "execute", "seizure" → "seize", "rejection" → "reject"
# "reopening" → "reopen", "closing" → "close"
GERUND_SUFFIXES = (("ing", ""), ("ing", "e"))
ACT_NOUN_SUFFIXES = (("ulsion", "el"), ("ention", "ain"), ("ition", "ish"), ("uction", "oy"), ("ation", ""),
                     ("ation", "ate"), ("ation", "y"), ("ation", "e"), ("ution", "ute"), ("ure", "e"),
                     ("ection", "ect"))


@dataclass
class _Match:
    code: str
    rule: str
    trigger: list[int]
    targets: list[Token]
    symmetric: bool
    reverse: bool
    specificity: float
    traits: Trait = Trait(0)
    bare: bool = True  # the pattern names its word alone (see VerbEntry.bare)


# --- matching ----------------------------------------------------------------------------------

# institutions whose modifiers say what they deal with, not what they are ("the UN refugee agency")
INSTITUTION_HEADS = frozenset({"agency", "organisation", "organization", "commission", "ministry", "office",
                               "committee", "department", "body"})


def counted_people(noun: Token) -> bool:
    """Whether ``noun`` is a proper name used in the plural or counted ("3,000 Rohingya", "thousands of
    Afghans", "thousands of Rohingya"): a named people, since a place or a body is not counted by heads."""
    return noun.pos_ == "PROPN" and (noun.tag_ == "NNPS" or any(c.dep_ == "nummod" and c.like_num for c in children(
        noun)) or noun.ent_type_ == "NORP" and noun.head.lower_ == "of" and noun.head.head.lemma_ in WORD_SETS["counts"])


def _words_of(noun: Token, depth: int = 0) -> frozenset[str] | set[str]:
    """The words that say what ``noun`` is (its lemma, modifiers, counted or carried things), matched
    against pattern keywords; read once per noun and coding call (patterns ask of the same object)."""
    return remembered(noun, _noun_words) if depth == 0 else _words_at(noun, depth)


def _noun_words(noun: Token) -> frozenset[str]:
    return frozenset(_words_at(noun, 0))


def _words_at(noun: Token, depth: int) -> set[str]:
    words = {noun.lemma_.lower(), noun.lower_}
    if counted_people(noun):
        words.add("people")
    if words & INSTITUTION_HEADS:
        return words  # "the UN refugee agency": what an institution deals with is not what it is
    for child in children(noun):
        if child.dep_ in ("compound", "amod", "nmod", "nummod"):
            words.add(child.lemma_.lower())
            words.add(child.lower_)
            if child.dep_ == "compound":
                # "joint war games": the parser may hang the phrase's adjective on the compound
                words |= {g.lemma_.lower() for g in children(child) if g.dep_ == "amod"}
        elif child.dep_ == "prep" and (depth == 0 or noun.lemma_.lower() in QUANTITY_NOUNS and depth == 1) and (
                # "a shipment of 25,000 tonnes of wheat": measures nest
                # "handed four of the drivers": a number's "of" phrase says what was counted
                (child.lower_ == "of" and (noun.lemma_.lower() in QUANTITY_NOUNS | OF_ACT_NOUNS or noun.like_num))
                or (child.lower_ == "on" and depth == 0 and noun.lemma_.lower() in AIMED_NOUNS)
                or (child.lower_ == "in" and noun.lemma_.lower() in AMOUNT_NOUNS)):
            for grand in children(child):
                if grand.dep_ == "pobj":
                    words |= _words_of(grand, 1)
    if noun.lemma_.lower() in CESSATION_NOUNS and any(
            g.lemma_.lower() in HOSTILITY_NOUNS or g.lower_ in HOSTILITY_NOUNS
            for p in kids(noun, ("prep",)) if p.lower_ in ("of", "to", "in") for g in kids(p, ("pobj",))):
        words.add("ceasefire")
    if depth <= 1 and noun.lemma_.lower() in VEHICLE_NOUNS:
        cargo_words: set[str] = set()
        for verb in (c for c in children(noun) if c.dep_ in ("acl", "amod") and c.lemma_.lower() in CARGO_VERBS):
            for cargo in (*kids(verb, ("dobj",)), *(g for p in kids(verb, ("prep",)) if p.lower_ == "with"
                                                   for g in kids(p, ("pobj",)))):
                cargo_words |= _words_of(cargo, 2)
        if cargo_words:
            # "air force cargo planes loaded with rice": what is carried, not who flies it, says what was sent
            words = {noun.lemma_.lower(), noun.lower_} | cargo_words
    if depth == 0 and noun.lemma_.lower() in AMOUNT_NOUNS:
        for grand in _amount_heads(noun):  # "provided 2 billion yen in relief": "in" hung on the verb
            words |= _words_of(grand, 1)
    return words


def _object_phrase(obj: Token | None) -> list[Token]:
    """The object and the nouns of its prepositional phrases: "discuss guarantees for Ukraine [with
    Washington]" — the parser often hangs the partner inside the object's phrase."""
    if obj is None:
        return []
    return [obj, *(g for c in children(obj) if c.dep_ == "prep" for g in kids(c, ("pobj",)))]


def _low_hosts(verb: Token, obj: Token | None) -> list[Token]:
    """Nouns at the end of an "in" or "of" phrase that says who or what the verb's object is, right
    before another preposition ("extradited a suspect in the pipeline sabotage [to Germany]", "a member
    of the cell [to France]"): the parser may hang the verb's phrase on that last noun. Phrases under
    another verb do not count."""
    if obj is None:
        return []
    # the parser hangs the identifying phrase on the object or on the verb right after it
    phrases = [p for p in (*kids(obj, ("prep",)), *kids(verb, ("prep",))) if p.i == obj.right_edge.i + 1
               or p.head == obj] if obj.i > verb.i else []
    hosts = []
    frontier = [g for p in phrases if p.lower_ in ("in", "of") for g in kids(p, ("pobj",))]
    # "extradited an officer wanted for the killing of a student [to Chile]": a participle saying what
    # the object is wanted, accused or convicted for
    frontier += [g for a in kids(obj, ("acl",)) if a.tag_ in ("VBN", "VBD") and obj.i > verb.i
                 for p in kids(a, ("prep",)) if p.lower_ in ("for", "of") for g in kids(p, ("pobj",))]
    while frontier:
        hosts += [n for n in frontier if n.i + 1 < len(n.doc) and n.doc[n.i + 1].dep_ == "prep"
                  and n.doc[n.i + 1].head == n and n.doc[n.i + 1].lower_ not in ("in", "of")]
        # "the killing of a student [to Chile]": the phrase may hang on the noun the "of" phrase belongs to
        hosts += [n.head.head for n in frontier if n.i + 1 < len(n.doc) and n.head.lower_ == "of"
                  and n.doc[n.i + 1].dep_ == "prep" and n.doc[n.i + 1].head == n.head.head
                  and n.doc[n.i + 1].lower_ not in ("in", "of")]
        frontier = [g for n in frontier for p in kids(n, ("prep",)) if p.lower_ in ("in", "of")
                    for g in kids(p, ("pobj",)) if g.pos_ != "VERB"]
    return hosts


def _predicate(verb: Token, obj: Token | None, words: frozenset[str]) -> Token | None:
    """A noun predicate of the verb's object ``obj`` ("declared him persona non grata"; the parser may
    make it a second object) that carries one of ``words``, or None. It has no subject of its own unless the
    verb has no object: "taking hundreds of diplomats hostage" may be parsed with the object as the
    predicate's subject."""
    return next((c for c in children(verb) if (c.dep_ in ("oprd", "ccomp") or c.dep_ == "dobj" and obj is not None
                                              and c.i > obj.i)
                 and (c.pos_ == "NOUN" or _mistagged_noun(c, obj)) and (obj is None or not kids(c, SUBJECT_DEPS))
                 and _words_of(c) & words), None)


def _mistagged_noun(token: Token, obj: Token | None) -> bool:
    """A noun the tagger read as a present-tense verb after the object ("holding more than 1,000 people
    hostage" parsed as "people hostage" = they hostage): a ccomp with its own subject and no object."""
    return obj is None and token.dep_ == "ccomp" and token.tag_ == "VBP" and bool(kids(token, SUBJECT_DEPS)) \
        and not kids(token, ("dobj", "aux", "ccomp", "xcomp"))


def _amount_heads(noun: Token) -> list[Token]:
    """The object of "$5 billion in aid", "a package of weapons": what the amount is of."""
    lemma = noun.lemma_.lower()
    if lemma not in AMOUNT_NOUNS and lemma not in QUANTITY_NOUNS:
        return []
    preps = [c for c in children(noun) if c.dep_ == "prep" and c.lower_ in ("in", "of")]
    # the parser often hangs "in aid" on the verb: "pledged $5 billion in aid for Syria"
    preps += [c for c in children(noun.head) if c.dep_ == "prep" and c.lower_ == "in" and c.i == noun.right_edge.i + 1]
    return [g for c in preps for g in kids(c, ("pobj",))]


def _arrival_places(verb: Token) -> list[Token]:
    """Where goods the participle ``verb`` describes arrived, or whom they arrived for: "a shipload of wheat
    donated by Saudi Arabia docked at Mogadishu port", "relief planes sent by Kuwait landed in Jalalabad"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return []
    goods = verb.head
    while goods.dep_ == "conj" or goods.dep_ == "pobj" and goods.head.lower_ == "of" or (
            goods.dep_ == "dobj" and goods.head.dep_ == "acl" and goods.head.lemma_.lower() in CARGO_VERBS):
        # "a shipload of wheat and rice", "aircraft carrying medicine sent by Turkey"
        goods = goods.head if goods.dep_ == "conj" else goods.head.head
    arrival = goods.head
    if goods.dep_ != "nsubj" or arrival.lemma_.lower() not in ARRIVAL_VERBS:
        return []
    preps = preps_of(arrival)
    for word in ("for", "in", "at", "into", "to"):  # whom the goods are for says more than where they landed
        if preps.get(word):
            return preps[word]
    return kids(arrival, ("dobj",))  # "reached Lashio"


def _settings_with(verb: Token) -> list[Token]:
    """ "raised the issue in talks with Ethiopia", "at a meeting with": settings of the act that name a
    partner with "with"."""
    return [setting for word in ("in", "at") for setting in preps_of(verb).get(word, ()) if "with" in preps_of(setting)]


def _targets_for(verb: Token, obj: Token | None, prep_words: frozenset[str], keyword: Token | None,
                 consumed: bool, low: Sequence[Token] = ()) -> list[Token]:
    if prep_words:
        # the keyword's own phrase first: "a curfew in Algiers in response to ...", then its
        # conjuncts' ("700 drones and 13 missiles at Ukrainian cities"); ``low`` hosts of a phrase hung too deep
        holders = ((keyword, *phrase_hosts(keyword), *_amount_heads(keyword), verb)
                   if keyword is not None else (verb, *_object_phrase(obj), *low))
        found = [(word, p) for holder in holders for word in sorted(prep_words) for p in preps_of(holder).get(word, ())]
        if not found:
            found = [("with", p) for setting in _settings_with(verb) if "with" in prep_words
                     for p in preps_of(setting)["with"]]
        # the parser may hang "against Argentina" on the forum ("with the tribunal against Argentina")
        found += [("against", a) for word, p in found if word == "with" for a in preps_of(p).get("against", ())]
        if any(word == "against" for word, _ in found):
            # "filed a complaint with the Mercosur tribunal against Argentina": "with" names the forum
            found = [(word, p) for word, p in found if word != "with"]
        return phrase_parties([p for _, p in found], obj)  # not mediators, nor what the object did
    if obj is not None and (not consumed or obj.head in verb.conjuncts):
        # "beat and detained three journalists": a person the pattern names, shared with a later verb,
        # is who the act was done to, as a verb's own object would be
        return [obj]
    datives = [d for d in kids(verb, ("dative",)) if d.pos_ != "ADP"]
    if datives:
        return datives
    if keyword is not None:
        # "Russia's proposal", "the U.S. demand": the owner of the act is the target
        owners = [c for c in children(keyword) if c.dep_ == "poss"]
        owners += [p for c in children(keyword) if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                   for p in children(c) if p.dep_ == "pobj"]
        if owners and all(o.pos_ == "PRON" for o in owners):
            # "halted its offensive against the ELN": the possessor is the actor itself
            aimed = [p for word in ("against", "on", "into") for p in preps_of(keyword).get(word, ())]
            if aimed:
                return aimed
        if owners:
            return owners  # "rejected calls by Belarus", "denied Russia's accusations"
        for holder in (keyword, verb):
            preps = preps_of(holder)
            for word in DEFAULT_TARGET_PREPS:
                if preps.get(word):
                    return preps[word]
        # ("sent a contingent of soldiers": a quantity's "of" phrase is what is sent, not whose, unless
        # it names them: "a convoy of UN trucks")
        of_owner = keyword.lemma_.lower() not in UNIT_NOUNS or any(
            m.dep_ in ("amod", "compound", "poss") and (m.pos_ == "PROPN" or m.ent_type_ in ("NORP", "GPE", "ORG"))
            for p in children(keyword) if p.lower_ == "of" for o in children(p) for m in children(o))
        if consumed and any(c.dep_ in ("amod", "compound", "poss", "nmod") or c.dep_ == "prep" and c.lower_ == "of"
                            and of_owner or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                            for c in children(keyword)):
            # "expelled two Algerian diplomats", "rejected the demand": the keyword phrase itself may
            # name the target (not so a bare "sent troops", where the troops are what is sent)
            return [keyword]
    return []


def _match_verb_entry(entry: VerbEntry, verb: Token, obj: Token | None, particles: set[str]) -> _Match | None:
    keyword = None
    if entry.particle and entry.particle not in particles \
            or entry.forces and not armed_move(verb, None if entry.prep else obj, entry.code):
        return None
    if entry.code == PHONE_CALL and not entry.particle and any(
            c.dep_ == "prt" and c.lower_ in ("off", "up") for c in children(verb)):
        return None  # "called off its ceasefire", "called up reservists": other verbs than a phone call
    if not entry.objects and entry.code.startswith("07") and obj is not None and obj.lemma_.lower() in WAR_EFFORTS:
        return None  # "the revenue the Kremlin uses to finance the war": paying for a war aids no one
    if entry.objects:
        candidates: list[Token] = []
        if entry.particle:
            # ("seized by Iranian forces": a passive's agent is the doer, never the phrase "by force")
            candidates = [p for child in children(verb) if child.lower_ == entry.particle and child.dep_ != "agent"
                          for p in kids(child, ("pobj",))]
            # "pulled out of the talks": the parser may hang the phrase on the particle
            candidates += [p for child in children(verb) if child.lower_ == entry.particle and not kids(child, ("pobj",))
                           for prep in kids(child, ("prep",)) for p in kids(prep, ("pobj",))]
            # "pulled its troops out (of Kherson)", "called home its envoy", "pushed the rebels back" (on the object)
            if any(c.lower_ == entry.particle and (c.dep_ == "prt" or not kids(c, ("pobj",)))
                   for c in (*children(verb), *(children(obj) if obj is not None else ()))):
                candidates += [obj] if obj is not None else kids(verb, ("oprd",))
        elif obj is not None:
            # "photographs and other military intelligence"; "handed over Ali Musa, a suspect in ...": an
            # appositive says what a named object is
            candidates = [obj, *obj.conjuncts, *kids(obj, ("appos",))]
        keyword = next((c for c in candidates if _words_of(c) & entry.objects), None)
        if keyword is not None and keyword.dep_ != "oprd" and verb.lemma_.lower() in NAMING_VERBS and any(
                c.dep_ == "oprd" for c in children(verb)) and not summoned_to(verb):
            return None  # "called the U.S. ambassador a good man" names him; it does not call him in
        if keyword is None and not entry.particle and (predicate := _predicate(verb, obj, entry.objects)) is not None:
            # "declared a counsellor at the embassy persona non grata": the parser may read the object's
            # predicate as a clause of its own, and swallow an object it has no room for into it
            keyword = predicate
            obj = obj or next((m for m in children(predicate) if m.dep_ in (*SUBJECT_DEPS, "compound", "poss")
                               and m.i < predicate.i and m.pos_ in ("NOUN", "PROPN")), None)
        if keyword is None and obj is not None and obj.lower_ in ("it", "them") and verb.dep_ == "conj":
            # "imposed a curfew on the capital and lifted it at dawn": the pronoun is the first verb's object
            keyword = next((c for c in kids(verb.head, ("dobj",)) if _words_of(c) & entry.objects), None)
        if keyword is None:
            return None
    prep_hosts = [verb] + ([keyword, *phrase_hosts(keyword), *_amount_heads(keyword)] if keyword is not None
                           else _object_phrase(obj))
    if "with" in entry.prep:
        prep_hosts += _settings_with(verb)
    prep_found = not entry.prep or any(word in entry.prep for host in prep_hosts for word in preps_of(host))
    low: list[Token] = []
    if not prep_found and not entry.objects:
        # a preposition the frame needs may hang on the last noun before it ("a suspect in the sabotage to Germany")
        low = [h for h in _low_hosts(verb, obj) if any(word in entry.prep for word in preps_of(h))]
        if not low:
            return None  # "fire at", "meet with": without the preposition the verb means something else
        prep_found = True
    # "called in the Ukrainian ambassador": the parser may make the keyword the particle's own object
    consumed = keyword is not None and (keyword == obj or obj is None and entry.particle and keyword.dep_ == "pobj"
                                        and keyword.head.lower_ == entry.particle and keyword.head.head == verb
                                        and any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper()
                                                for c in children(keyword)))
    if entry.particle and not entry.objects and obj is None:
        # "called on Iran": the particle's object is the target when no prep column says otherwise
        part_objs = [p for child in children(verb) if child.lower_ == entry.particle and child.dep_ != "prt"
                     for p in kids(child, ("pobj",))]
        targets = part_objs if not entry.prep else _targets_for(verb, obj, entry.prep, keyword, consumed)
    elif not prep_found and "between" in entry.prep and keyword is not None \
            and len(paired := party_modifiers(keyword)) > 1:
        targets = paired  # "host a Russia-Ukraine summit": the pair named before the meeting are who it is between
    else:
        targets = _targets_for(verb, obj, entry.prep if prep_found else frozenset(), keyword, consumed, low)
    if entry.code.startswith("07") and (not targets or keyword in targets) and (arrived := _arrival_places(verb)):
        targets = arrived  # "relief planes sent by Kuwait landed in Jalalabad": not the planes, where they landed
    if entry.code.startswith("07") and (helped := beneficiaries(verb)):
        targets = helped
    trigger = [verb.i] + [c.i for c in children(verb) if c.dep_ == "prt" and c.lower_ == entry.particle]
    if keyword is not None:
        trigger.append(keyword.i)
    # "fired warning shots": a keyword found among the object's modifiers is narrower than its head noun
    narrower = keyword is not None and not {keyword.lemma_.lower(), keyword.lower_} & entry.objects
    return _Match(restriction_code(entry.code, verb, keyword), entry.rule, trigger, targets, entry.symmetric,
                  entry.reverse, entry.specificity - 2 * (not prep_found) + 0.5 * narrower, entry.traits, entry.bare)


def match_noun_entry(entry: NounEntry, noun: Token, verb: Token | None, lemma: str = "") -> bool:
    """True when event noun ``noun`` (under support verb ``verb``) fits ``entry``'s modifiers and verbs."""
    if entry.modifiers and not (_words_of(noun) & entry.modifiers):
        return False
    if verb is None or not entry.verbs or "*" in entry.verbs:
        return True
    return (lemma or verb.lemma_.lower()) in entry.verbs


def _verb_stems(lemma: str, suffixes: tuple[tuple[str, str], ...]) -> list[str]:
    """Candidate verbs of a noun made from a verb, by (noun ending, verb ending) pairs, without repeats."""
    return list(dict.fromkeys(lemma[: -len(suffix)] + add for suffix, add in suffixes if lemma.endswith(suffix)))


def act_noun_verbs(lemma: str) -> list[str]:
    """The verbs an act noun may be made from ("deployment" → "deploy", "expulsion" → "expel").

    Args:
        lemma: The noun's lemma.
    """
    return _verb_stems(lemma, NOMINAL_SUFFIXES + ACT_NOUN_SUFFIXES)


def _verb_frame(noun: Token, lexicon: Lexicon) -> tuple[VerbEntry, Token] | None:
    """The verb pattern an event noun's preposition phrase fits, with the phrase's object.

    A nominalisation keeps its verb's frame: "announced their withdrawal from the ICC" is coded
    like "withdrew from the court" (160), not like troops withdrawing (087).
    """
    for stem in _verb_stems(noun.lemma_.lower(), NOMINAL_SUFFIXES):
        for entry in lexicon.verbs.get(stem, ()):
            if not entry.particle or not entry.objects:
                continue
            found = next((o for o in preps_of(noun).get(entry.particle, ()) if _words_of(o) & entry.objects), None)
            if found is not None:
                return entry, found
    return None


def _phase_event(noun: Token) -> Token:
    """The event a stretch of time belongs to ("the third week of a hunger strike"), else ``noun``."""
    if noun.lemma_.lower() not in PHASE_NOUNS:
        return noun
    return next(iter(preps_of(noun).get("of", ())), noun)


def _support_noun_entries(noun: Token, lexicon: Lexicon) -> list[NounEntry]:
    """The event-noun rows for the object of a support verb: its own, or for a frame noun ("launched a
    mediation effort between A and B", "began a bombing campaign against") those of its modifier, whose
    act the frame's phrases then carry."""
    own = lexicon.nouns.get(noun.lemma_.lower(), [])
    if own or noun.lemma_.lower() not in FRAME_NOUNS:
        return own
    return [e for c in children(noun) if c.dep_ == "compound" for e in lexicon.nouns.get(c.lemma_.lower(), ())]


def act_noun_frame(noun: Token, lexicon: Lexicon, gerund: bool = False) -> tuple[VerbEntry, Token] | None:
    """The verb pattern an act noun's "of" object fits as the verb's object, with that object.

    "ordered the expulsion of two British nationals" is "expelled two British nationals" (174),
    "carried out the demolition of Palestinian homes" is "demolished Palestinian homes" (1712):
    under a support verb, a noun made from a verb names that verb's act and its "of" object
    is the act's patient. Only patterns with no particle and no target preposition of their own apply;
    with ``gerund``, the noun is an -ing noun ("the reopening of the crossing") and patterns with a
    target preposition apply too (the "of" object is then the object the pattern asks for).
    """
    lemma = noun.lemma_.lower()
    patients = preps_of(noun).get("of", ())
    if not patients:
        return None
    for stem in _verb_stems(lemma, GERUND_SUFFIXES if gerund else ACT_NOUN_SUFFIXES):
        for entry in lexicon.verbs.get(stem, ()):  # most specific first
            if entry.particle or entry.prep and not (gerund and entry.objects):
                continue
            found = next((p for p in patients if not entry.objects or _words_of(p) & entry.objects), None)
            if found is not None:
                return entry, found
    return None


def judged_claim(found: tuple[str, str], judged: Token) -> tuple[str, str]:
    """A judgement's (code, rule), made a denial (016) when what is judged is a charge laid on the judge.

    "called the accusation absurd", "called the charges a fabrication": faulting a charge
    denies it rather than criticising its maker.
    """
    if found[0][:2] == "11" and judged.lemma_.lower() in DENIABLE_CLAIMS:
        return "016", f"{found[1]} > charge denied"
    return found


def verb_lemma(verb: Token, lexicon: Lexicon) -> str:
    """The verb's lemma, repaired where the lemmatiser slipped ("staged" → "stag") and the
    surface form points to a lexicon verb."""
    lemma = verb.lemma_.lower()
    text = verb.lower_
    if lemma in lexicon.verbs or lemma in lexicon.meta or lemma in lexicon.light_verbs:
        # "raped" taken for "rap" ("rapped"), "waged" for "wag": a past in -ed after one consonant is
        # the past of the verb in -e
        return text[:-1] if text.endswith("ed") and text[:-1] != lemma and text[:-1] in lexicon.verbs else lemma
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
                         ("es", ""), ("s", ""), ("d", "")):
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            candidate = text[: -len(suffix)] + repl
            if candidate in lexicon.verbs or candidate in lexicon.meta or candidate in lexicon.light_verbs:
                return candidate
    # "unbanned" taken for "unbanne": a doubled final consonant before -ed/-ing belongs to a short verb
    stem = text[:-2] if text.endswith("ed") else text[:-3] if text.endswith("ing") else ""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou" and stem[:-1] in lexicon.verbs:
        return stem[:-1]
    for prefix in VERB_PREFIXES:
        # "retook", "outfought": the lemmatiser knows "took" but not the prefixed form
        if text.startswith(prefix) and len(text) > len(prefix) + 2:
            base = irregular_verb_lemma(text[len(prefix):])
            if base is not None and (prefix + base) in lexicon.verbs:
                return prefix + base
    return lemma


def match_verb(verb: Token, lexicon: Lexicon, obj: Token | None) -> _Match | None:
    """Best lexicon match for ``verb`` with grammatical object ``obj``, or None."""
    lemma = verb_lemma(verb, lexicon)
    particles = particles_of(verb)
    best: _Match | None = None
    if obj is None and lemma in AS_PREDICATE_VERBS:
        obj = _shifted_object(verb)
    # ("shot dead", "beaten unconscious", "were set free", "being let go": a result, not a name given)
    judged = [c for c in children(verb) if c.dep_ == "oprd" and c.lower_ not in RESULT_STATES]
    if judged and obj is None and lemma in JUDGING_VERBS:
        # "called the remarks interference in its affairs": the parser may fold the judged object into
        # the predicate as a compound
        # ("called the flight "brazen and reckless"": with quotes it may hang the object as a modifier)
        obj = next((c for c in judged[0].children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"
                    and c.i < judged[0].i), None)
    if not judged and obj is not None and lemma in JUDGING_VERBS:
        # the parser often hangs the predicate on the object: "called the move unjustified",
        # "called the resolution politically motivated", "described the sanctions as bullying",
        # "called the closure a self-defeating decision"
        judged = [c for c in children(obj) if c.dep_ in ("amod", "acl", "appos") and c.i > obj.i] or [
            g for c in (*children(obj), *children(verb)) if c.dep_ == "prep" and c.lower_ == "as"
            for g in children(c) if g.dep_ in ("pobj", "amod", "acomp")]
        if not judged and (misread := misread_judgement(obj, lexicon)) is not None:
            obj, judged = misread[0], [misread[1]]  # "called the move outright theft"
    if not judged and obj is None and lemma in JUDGING_VERBS:
        # "branded the EU decision illegal": the parser makes the object the predicate's subject
        for clause in (c for c in children(verb) if c.dep_ == "ccomp"):
            subject = next((g for g in children(clause) if g.dep_ == "nsubj"), None)
            predicate = next((g for g in children(clause) if g.dep_ in ("acomp", "oprd", "attr")), None)
            swapped = swapped_predicate(clause, lexicon) if subject is None and predicate is None else None
            if swapped is not None:
                subject, predicate = clause, swapped  # "called the Russian export ban a violation"
            elif predicate is not None and clause.pos_ == "NOUN":
                subject = clause  # "branded the Philippine move hypocritical": the noun is the judged act
            elif predicate is None and clause.pos_ in ("ADJ", "NOUN"):
                predicate = clause
            if subject is not None and predicate is not None:
                obj, judged = subject, [predicate]
    naming = bool(judged)
    if judged and obj is not None and lemma in JUDGING_VERBS:
        # "New Delhi called the move unjustified": the judgement is the act, aimed at the object
        # "an act of aggression", "a breach of international law": the "of" phrase carries the judgement
        words = {judged[0].lemma_.lower()} | {c.lemma_.lower() for c in judged[0].children if c.dep_ == "amod"} | {
            o.lemma_.lower() for p in judged[0].children if p.dep_ == "prep" and p.lower_ == "of"
            for o in children(p) if o.dep_ == "pobj"}
        found = judging_entry(words, judged[0], lexicon)
        swapped = swapped_predicate(judged[0], lexicon) if found is None else None
        if swapped is not None:
            # "called the Kazakh export ban a violation": the parser swapped the judged noun and the predicate
            found, obj, judged = lexicon.judgements[swapped.lemma_.lower()], judged[0], [swapped]
        if found is not None:
            # a folded object would be read with the predicate's phrase, whose "in its affairs" is the judge's own
            judged_objects = [obj] if obj.dep_ != "compound" else []
            return _Match(*judged_claim(found, obj), [verb.i, judged[0].i], judged_objects, False, False, 3,
                          Trait.JUDGEMENT)
    for entry in lexicon.verbs.get(lemma, ()):
        if best is not None and entry.specificity < best.specificity:
            break
        if naming and not entry.objects:
            continue  # "called the move unjustified": a judgement, not a phone call
        found = _match_verb_entry(entry, verb, obj, particles)
        if found is not None and (best is None or found.specificity > best.specificity):
            best = found
    if best is not None and best.specificity >= 2:
        return best
    if lemma in lexicon.light_verbs:
        # "responded to the tariffs with export bans", "answered the attack with strikes": what is
        # answered is not the answer
        nouns = [obj] if obj is not None and lemma not in ANSWER_VERBS else []
        words = ("with",) if lemma in ANSWER_VERBS else ("in", "to", "with")
        if obj is None or obj.lemma_.lower() not in STOPPING_NOUNS:
            # "announced a halt to attacks": the parser hangs what stops on the verb; it is no act made
            nouns += [p for word in words for p in preps_of(verb).get(word, ())]
        if obj is not None and lemma in ANSWER_VERBS:
            nouns += preps_of(obj).get("with", [])  # the parser may hang the answer on what it answers
        nouns = [_phase_event(noun) for noun in nouns]
        for noun in nouns:
            for noun_entry in _support_noun_entries(noun, lexicon):
                if not match_noun_entry(noun_entry, noun, verb, lemma):
                    continue
                if noun_entry.code[:2] == "14" and "on" in preps_of(noun):
                    continue  # "joins Israel's strikes on its nuclear facilities": attacks, not a walkout
                targets = _targets_for(verb, None, noun_entry.prep, noun, True)
                if not targets and obj is not None and obj != noun:
                    targets = [obj]  # "engaged the peacekeepers in a firefight"
                if (framed := _verb_frame(noun, lexicon)) is not None:
                    return _Match(framed[0].code, framed[0].rule, [verb.i, noun.i], [framed[1]], False, False, 2,
                                  framed[0].traits, framed[0].bare)
                return _Match(noun_entry.code, noun_entry.rule, [verb.i, noun.i], targets,
                              noun_entry.symmetric, False, 2, noun_entry.traits, noun_entry.bare)
            if (acted := act_noun_frame(noun, lexicon)) is not None:
                return _Match(acted[0].code, f"{acted[0].rule} > act noun", [verb.i, noun.i], [acted[1]],
                              False, False, 2, acted[0].traits, acted[0].bare)
    return best


def _shifted_object(verb: Token) -> Token | None:
    """The object a predicate put first has pushed behind it: "dismissed as fabricated a U.N. report"
    (the parser reads the predicate as a clause and hangs the object on it)."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.lower_ != "as" or after.dep_ != "mark" or after.head.dep_ != "advcl" \
            or after.head.head != verb:
        return None
    return next(iter(kids(after.head, ("dobj",))), None)


def match_nominal(noun: Token, lexicon: Lexicon) -> tuple[NounEntry, list[Token], list[Token]] | None:
    """A bare event noun with an actor modifier: "Israeli strikes on Gaza", "the attack by rebels".

    Returns (entry, source heads, target heads) or None.
    """
    preps = preps_of(noun)
    # "the exchange of 307 prisoners between Russia and Ukraine": the parser may hang the parties on the "of" object
    between = preps.get("between") or [p for o in preps.get("of", ()) for p in preps_of(o).get("between", ())]
    # "A nationwide strike by lorry drivers paralysed La Paz", "An investigation into X was opened by Y":
    # an event noun that is its clause's subject and names its doer is an event even when the noun
    # alone would not be
    subject_agents = []
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        # "A UN inquiry into the killing ... by RSF fighters": a deeper "by" is another act's when the noun
        # names its own party
        named = any(c.dep_ in ("compound", "amod", "poss", "nmod") and c.text[:1].isupper()
                    and c.ent_type_ not in ("DATE", "TIME") for c in children(noun))
        own = preps.get("by") or ([] if named else phrase_agents(noun))
        # "was opened by the agency": a support verb's agent is the event's ("was condemned by" is not)
        light = noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in lexicon.light_verbs
        subject_agents = own or ([p for a in kids(noun.head, ("agent",)) for p in kids(a, ("pobj",))] if light else [])
    # "A UN inquiry into the massacre began work", "French aid to Rwanda resumed": an event noun that
    # gets under way as its clause's subject reports the event, even when the noun alone would not
    under_way = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ONSET_VERBS
    if (victims := under_fire(noun)) is not None:
        # "troops came under Houthi artillery fire", "a convoy came under attack from al-Shabaab":
        # the subject is the target, the attacker the noun's "from/by" phrase or its modifier
        entry = next((e for e in lexicon.nouns.get(noun_lemma(noun), ()) if e.code[:2] in UNDER_ROOTS
                      and match_noun_entry(e, noun, None)), None)
        if entry is not None and victims:
            # the parser may hang the "from/by" phrase on the verb ("came under fire by militants")
            verb_preps = preps_of(noun.head.head)
            agents = (preps.get("from") or preps.get("by") or verb_preps.get("from") or verb_preps.get("by")
                      or [noun])
            return entry, agents, victims
    for entry in lexicon.nouns.get(noun_lemma(noun), ()):
        if not (entry.nominal or subject_agents or under_way) or not match_noun_entry(entry, noun, None):
            continue
        if subject_agents and not entry.symmetric:
            return entry, subject_agents, _noun_targets(entry, preps)
        if entry.symmetric and between:
            # "the meeting between presidents Putin and Biden": the parties meet each other
            # "talks between the Congolese government and M23 rebels", "clashes between Afghan and Iranian
            # guards", "talks between Egypt, Qatar and Hamas negotiators": the parser conjoins the modifiers
            # of one shared head
            parties = []
            for party in (*between, *(c for b in between for c in b.conjuncts if c not in between)):
                mod = next((c for c in children(party) if c.dep_ in ("nmod", "amod", "compound")
                            and any(g.dep_ == "conj" for g in children(c))), None)
                parties += [mod, *mod.conjuncts] if mod is not None else [party]
            return entry, parties, []
        if entry.symmetric and (parties := party_modifiers(noun)):
            # "Modi's meeting with Xi", "the Erdogan-Putin summit", "Russian-Ukrainian talks"
            return entry, parties, [p for word in sorted(entry.prep) for p in preps.get(word, ())]
        if entry.symmetric and (parties := _clause_parties(noun, bool(preps.get("with")))):
            # "Thailand and Cambodia failed to agree during two days of talks": the clause's parties;
            # "Kenya raised the issue in talks with Ethiopia": its subject and the partner
            return entry, parties, preps.get("with", [])
        # "the expulsion of two diplomats by Romania": the parser may hang the agent on the "of" object
        agents = preps.get("by", []) or [p for o in preps.get("of", ()) for p in preps_of(o).get("by", ())]
        targets = _noun_targets(entry, preps)
        # "the Geneva meeting", "Gaza strikes": a city says where, not who (but "Tallinn's expulsion of a
        # consul": a capital's possessive stands for its government, save where it may be what was hit,
        # "Kyiv's bombardment"); the entry's own kind word ("phone call") is no owner
        governing = entry.code[:2] not in ("18", "19", "20")
        has_modifier = any(c.dep_ in ("amod", "compound", "poss") and c.pos_ in ("ADJ", "PROPN", "NOUN")
                           and c.lemma_.lower() not in entry.modifiers
                           and (not gazetteer().is_city(c.text)
                                or governing and c.dep_ == "poss" and gazetteer().is_capital(c.text))
                           for c in children(noun))
        if not agents and not has_modifier:
            return None
        return entry, agents or [noun], targets
    return None


def _noun_targets(entry: NounEntry, preps: dict[str, list[Token]]) -> list[Token]:
    """The objects of an event noun's target prepositions; beside a "by" doer, an attack's "of" object
    is whom it befell ("the ambush of an army patrol by ELN guerrillas")."""
    targets = [life_owner(p) for word in sorted(entry.prep) for p in preps.get(word, ())]
    if not targets and preps.get("by") and entry.code[:2] in ("18", "19", "20"):
        targets = preps.get("of", [])
    return targets


def life_owner(token: Token) -> Token:
    """ "an attempt on his life", "on the life of the governor": whose life is aimed at (``token`` itself
    when it is no life)."""
    if token.lemma_.lower() != "life":
        return token
    return next((g for c in children(token) if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                 for g in ([c] if c.dep_ == "poss" else kids(c, ("pobj",)))), token)


def under_fire(noun: Token) -> list[Token] | None:
    """ "positions came under heavy shelling", "the base was under attack": the subjects of the clause an
    attack noun is "under" (the attacked), or None when the noun is not so placed."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() not in UNDER_VERBS:
        return None
    return [s for s in kids(prep.head, ("nsubj", "nsubjpass")) for s in (s, *s.conjuncts)]


def split_under_fire(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """ "positions came under heavy Russian shelling": the parser may make the attacker the object of
    "under" and the gerund a clause of its own; returns (attackers, attacked) when it did."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.lemma_.lower() not in UNDER_VERBS:
        return None
    owner = next((o for p in kids(head, ("prep",)) if p.lower_ == "under" for o in kids(p, ("pobj",))
                  if o.i == verb.i - 1), None)
    victims = under_fire(owner) if owner is not None else None
    return ([owner], victims) if victims else None


def talks_clause(noun: Token) -> Token | None:
    """The verb of the clause a bare "during/in/for (days of) talks" phrase qualifies, or None."""
    head = noun
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in QUANTITY_NOUNS:
        head = head.head.head
    if head.dep_ != "pobj" or head.head.lower_ not in ("during", "in", "at", "after", "for") or \
            any(c.dep_ in ("amod", "compound", "poss") for c in children(noun)):
        return None
    verb = head.head.head
    for _ in range(2):
        if verb.pos_ != "NOUN" or verb.dep_ != "pobj":
            break
        verb = verb.head.head  # "agreed to a ceasefire in talks mediated by Qatar": the phrase hangs on the agreement
    return verb if verb.pos_ in ("VERB", "AUX", "ADJ") else None


def _clause_parties(noun: Token, partner: bool) -> list[Token]:
    """The subjects of the clause a bare talks phrase qualifies (:func:`talks_clause`): conjoined
    ones, or a single one when the talks name a ``partner`` ("talks with Ethiopia")."""
    verb = talks_clause(noun)
    if verb is None:
        return []
    subjects, _, _ = clause_roles(verb)
    if not subjects and verb.lemma_.lower() in ("expect", "schedule"):
        subjects = kids(verb, ("nsubjpass",))  # "Mirzoyan is expected in Baku for talks": the traveller
    return subjects if subjects and (partner or len(subjects) > 1 or subjects[0].conjuncts) else []
