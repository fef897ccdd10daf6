"""Clauses to candidate acts: the dependency-parse half of the coder.

For every verb (and event noun) of a sentence this module finds the lexicon
pattern that fits, the grammatical source and target heads (active, passive,
shared subjects of conjoined and controlled verbs, relative clauses), and
composes meta-verbs with their complements ("urged Iran to hold talks" → 026).
It returns :class:`Act` objects over tokens; turning heads into actors is the
coder's job (:mod:`detente.coding`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from detente.coding.lexicon import JUDGING_VERBS, Lexicon, MetaEntry, NounEntry, VerbEntry
from detente.coding.modality import Modality, clause_modality
from detente.coding.nominals import gerund_noun, nominal_modality, noun_lemma, party_modifiers
from detente.coding.places import gazetteer
from detente.nlp import irregular_verb_lemma

logger = logging.getLogger(__name__)

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_CONTROL = frozenset({"urge", "ask", "order", "instruct", "press", "invite", "encourage", "call",
                            "implore", "request", "tell", "want", "force", "allow", "help", "persuade",
                            "pressure", "push", "warn", "compel"})
DEFAULT_TARGET_PREPS = ("against", "on", "to", "with", "toward", "towards", "into", "for")
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
FUTURE_CODED_ROOTS = frozenset({"04", "05", "06", "07", "08", "09", "15", "16", "17", "18", "19", "20"})
EVENT_POS = frozenset({"VERB"})
OBLIGATION_AUX = frozenset({"must", "should"})
# acts whose announcement under a condition or in the future is a threat (CAMEO 13x)
COERCIVE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# "wave of drones", "package of sanctions": the noun after "of" carries the meaning
QUANTITY_NOUNS = frozenset({"wave", "package", "series", "barrage", "round", "batch", "salvo", "volley",
                            "string", "spate", "dozen", "hundred", "thousand", "number", "set", "swarm",
                            "shipment", "consignment", "tranche", "raft", "flurry", "state", "day", "week",
                            "hour", "month", "year", "night", "truck", "truckload", "ton", "tonne",
                            "convoy", "load", "plane", "planeload", "shipload", "worth", "kg", "kilogram",
                            "part", "portion", "half", "bulk", "share", "most", "some", "all",
                            "message", "letter", "note", "telegram", "statement", "expression"})
# "2 billion yen in emergency relief", "$50 million in military aid": the noun after "in" carries it
AMOUNT_NOUNS = frozenset({"dollar", "euro", "yen", "pound", "yuan", "rouble", "ruble", "rupee", "franc", "million",
                          "billion", "trillion", "thousand", "$", "€", "£"})
CONVENTIONAL_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY"})
ASSAULT_LEMMAS = frozenset({"kill", "murder", "execute", "behead", "lynch", "stab", "wound", "injure"})
ASSAILANT_NOUNS = frozenset({"bomber", "gunman", "assailant", "attacker", "militant", "jihadist"})
IRREGULAR_SECTORS = frozenset({"REB", "INS", "UAF", "CRM", "OPP", "CVL", "SEP", "RAD"})
GENERIC_VIOLENCE = frozenset({"174", "180", "190"})
ADVERB_PARTICLES = frozenset({"aside", "away", "back", "off", "out", "down", "up"})
SUSPECT_NOUNS = frozenset({"man", "woman", "people", "person", "suspect", "youth", "teenager", "driver", "gang",
                           "robber", "thief", "dealer", "member", "worker", "tourist", "resident"})
COMMENTATORS = frozenset({"analyst", "expert", "observer", "commentator", "economist", "scholar", "researcher",
                          "pundit", "academic", "strategist"})
VERB_PREFIXES = ("re", "out", "over", "under", "with", "up")
# acts with no explicit target that CAMEO codes as domestic (protests, curfews, bans, easing them)
DOMESTIC_CODES = ("14", "172", "175", "081", "082", "083", "0873")
ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "criticize", "criticise", "condemn", "denounce"})
ALLEGING_VERBS = ACCUSING_VERBS | {"allege", "claim"}
MEDIUM_NOUNS = frozenset({"phone", "telephone", "video", "videolink", "video-link", "videoconference", "letter",
                          "call", "link"})
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager", "keen"})


@dataclass
class Act:
    """A coded clause before actor resolution.

    Attributes:
        anchor: Token the act hangs on (verb or event noun).
        code: CAMEO code.
        rule: Lexicon rule id (with derivation noted).
        trigger: Token indices (document-level) spanning the trigger words.
        sources / targets: Candidate head tokens (conjuncts expanded later).
        symmetric: Code both directions among the participants.
        modality: Negation / possibility of the clause.
        penalty: Confidence deductions accumulated while building the act.
        nominal: Found as a bare event noun ("the meeting between A and B").
        fallback: Target heads to try when :attr:`targets` name no actor ("denied X, blaming Manila").
        domestic: Without a target, aimed at the actor's own country (CAMEO's domestic acts and
            intents, threats and refusals of them: "threatened to impose a curfew").
    """

    anchor: Token
    code: str
    rule: str
    trigger: list[int]
    sources: list[Token]
    targets: list[Token]
    symmetric: bool = False
    modality: Modality = field(default_factory=Modality)
    penalty: float = 0.0
    nominal: bool = False
    domestic: bool = False
    fallback: list[Token] = field(default_factory=list)

    @property
    def root(self) -> str:
        """Two-digit CAMEO root of :attr:`code`."""
        return self.code[:2]


@dataclass
class _Match:
    code: str
    rule: str
    trigger: list[int]
    targets: list[Token]
    symmetric: bool
    reverse: bool
    specificity: int


# --- clause roles ---------------------------------------------------------------------------

def _kids(token: Token, deps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def clause_roles(verb: Token, depth: int = 0) -> tuple[list[Token], Token | None, float]:
    """Return (subject heads, object head, penalty) of the clause headed by ``verb``.

    Passives swap roles (``by`` agent → subject, passive subject → object). Shared
    subjects are inherited from the governing verb for conjoined, controlled and
    participial verbs, and relative clauses take the noun they modify.
    """
    subjects = _kids(verb, SUBJECT_DEPS)
    passive = _kids(verb, ("nsubjpass",))
    objects = _kids(verb, ("dobj", "obj"))
    if not objects:
        # "kidnapped up to 16 advisers": the parser reads "up" as a particle and hangs the object on it
        objects = [g for p in _kids(verb, ("prt",)) if p.lower_ == "up" for c in _kids(p, ("prep",))
                   if c.lower_ == "to" for g in _kids(c, ("pobj",))]
    obj = objects[0] if objects else None
    if passive:
        agents = [p for a in _kids(verb, ("agent",)) for p in _kids(a, ("pobj",))]
        return agents, passive[0], 0.0
    if len(subjects) > 1 and any(t.lower_ == "and" for t in verb.doc[subjects[0].i:subjects[-1].i]):
        # "President Lee Jae-myung and Prime Minister Sanae Takaichi agreed": a split name left two
        # subjects the parser did not join
        return subjects, obj, 0.05
    if subjects:
        subj = subjects[0]
        if verb.dep_ == "relcl" and subj.tag_ in ("WDT", "WP", "WP$") or subj.lower_ in ("that", "which", "who"):
            return [verb.head], obj, 0.05
        return [subj], obj, 0.0
    if depth > 3 or verb.head == verb:
        return [], obj, 0.0
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "people killed by government forces": the noun is the patient
        agents = [p for a in _kids(verb, ("agent",)) for p in _kids(a, ("pobj",))]
        return agents, head, 0.1
    if verb.dep_ == "relcl":
        return [head], obj, 0.1
    if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        controller = _kids(head, ("dobj",))
        if controller:
            return controller, obj, 0.1
    if verb.dep_ == "pcomp" and head.lower_ in ("for", "of") and head.head.pos_ == "VERB":
        # "thanked Denmark for financing", "accused Russia of shooting down": the object did it
        controller = _kids(head.head, ("dobj",))
        if controller:
            return controller, obj, 0.1
    if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp") or (verb.dep_ == "acl" and verb.tag_ == "VBG"
                                                                      and head.pos_ in ("VERB", "AUX")):
        if verb.dep_ == "pcomp":
            head = head.head
        if verb.dep_ == "conj" and verb.tag_ == "VBN" and _kids(head, ("nsubjpass",)):
            # "was boarded and detained by French commandos": a shared passive, agent on either verb
            agents = [p for v in (verb, head) for a in _kids(v, ("agent",)) for p in _kids(a, ("pobj",))]
            return agents, _kids(head, ("nsubjpass",))[0], 0.1
        if verb.dep_ == "conj" and verb.tag_ != "VBN" and _kids(head, ("nsubjpass",)):
            # "was cheered by troops and accused ...": the shared subject, not the first verb's agent
            return _kids(head, ("nsubjpass",)), obj, 0.1
        if head.pos_ in ("VERB", "AUX"):
            inherited, _, pen = clause_roles(head, depth + 1)
            if not inherited and (verb.dep_ == "xcomp" or verb.dep_ == "conj" and verb.tag_ != "VBN"):
                # "Zelensky is expected to travel", "was sacked and accused ...": the passive subject
                # does the act; not so in "were killed in ... shelling" or "was arrested and released"
                inherited = _kids(head, ("nsubjpass",))
            return inherited, obj, pen + 0.1
        if verb.dep_ == "acl" and head.dep_ in ("dobj", "pobj") and head.head.pos_ == "VERB":
            # "signed an order lifting sanctions": the signer lifts them
            inherited, _, pen = clause_roles(head.head, depth + 1)
            return inherited, obj, pen + 0.15
    return [], obj, 0.0


def _preps(token: Token) -> dict[str, list[Token]]:
    """Prepositional objects by preposition word, including the passive agent as ``by``."""
    found: dict[str, list[Token]] = {}
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.pos_ == "ADP" and not _temporal(child):
            word = child.lower_
            objs = _kids(child, ("pobj", "pcomp")) or _stranded_object(child)
            found.setdefault(word, []).extend(objs)
            if word in ("by", "via", "over") and token.pos_ == "VERB":
                # "spoke by phone with Putin": the parser hangs the partner on the medium
                for medium in objs:
                    if medium.lemma_.lower() in MEDIUM_NOUNS:
                        for inner, heads in _preps(medium).items():
                            found.setdefault(inner, []).extend(heads)
    return found


def _stranded_object(prep: Token) -> list[Token]:
    """ "asylum to five officers holed up in ...": the parser made the object the subject of
    the following participle; take it back when the preposition has no object of its own."""
    for token in prep.doc[prep.i + 1: min(prep.i + 6, prep.sent.end)]:
        if token.pos_ in ("NOUN", "PROPN"):
            return [token] if token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i else []
    return []


def _temporal(prep: Token) -> bool:
    """ "on Tuesday", "in March": a time phrase, never a target or particle."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _words_of(noun: Token, depth: int = 0) -> set[str]:
    words = {noun.lemma_.lower(), noun.lower_}
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod", "nummod"):
            words.add(child.lemma_.lower())
            words.add(child.lower_)
        elif child.dep_ == "prep" and depth == 0 and (
                (child.lower_ == "of" and noun.lemma_.lower() in QUANTITY_NOUNS)
                or (child.lower_ == "in" and noun.lemma_.lower() in AMOUNT_NOUNS)):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    words |= _words_of(grand, 1)
    return words


def _amount_heads(noun: Token) -> list[Token]:
    """The object of "$5 billion in aid", "a package of weapons": what the amount is of."""
    lemma = noun.lemma_.lower()
    if lemma not in AMOUNT_NOUNS and lemma not in QUANTITY_NOUNS:
        return []
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")]
    # the parser often hangs "in aid" on the verb: "pledged $5 billion in aid for Syria"
    preps += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == noun.right_edge.i + 1]
    return [g for c in preps for g in _kids(c, ("pobj",))]


def _particles(verb: Token) -> set[str]:
    found = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "agent", "dative") and not _temporal(c)}
    # "brushed aside the demand": the tagger often calls the particle an adverb
    return found | {c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES}


# --- matching ----------------------------------------------------------------------------------

def _targets_for(verb: Token, obj: Token | None, prep_words: frozenset[str], keyword: Token | None,
                 consumed: bool) -> list[Token]:
    if prep_words:
        # the keyword's own phrase first: "a curfew in Algiers in response to ...", then its
        # conjuncts' ("700 drones and 13 missiles at Ukrainian cities")
        holders = (keyword, *keyword.conjuncts, *_amount_heads(keyword), verb) if keyword is not None else (verb,)
        return [p for holder in holders for word in sorted(prep_words) for p in _preps(holder).get(word, ())]
    if not consumed and obj is not None:
        return [obj]
    datives = [d for d in _kids(verb, ("dative",)) if d.pos_ != "ADP"]
    if datives:
        return datives
    if keyword is not None:
        # "Russia's proposal", "the U.S. demand": the owner of the act is the target
        owners = [c for c in keyword.children if c.dep_ == "poss"]
        owners += [p for c in keyword.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                   for p in c.children if p.dep_ == "pobj"]
        if owners and all(o.pos_ == "PRON" for o in owners):
            # "halted its offensive against the ELN": the possessor is the actor itself
            aimed = [p for word in ("against", "on", "into") for p in _preps(keyword).get(word, ())]
            if aimed:
                return aimed
        if owners:
            return owners  # "rejected calls by Belarus", "denied Russia's accusations"
        for holder in (keyword, verb):
            preps = _preps(holder)
            for word in DEFAULT_TARGET_PREPS:
                if preps.get(word):
                    return preps[word]
        if consumed and any(c.dep_ in ("amod", "compound", "poss", "nmod") or c.dep_ == "prep" and c.lower_ == "of"
                            or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in keyword.children):
            # "expelled two Algerian diplomats", "rejected the demand": the keyword phrase itself may
            # name the target (not so a bare "sent troops", where the troops are what is sent)
            return [keyword]
    return []


def _match_verb_entry(entry: VerbEntry, verb: Token, obj: Token | None, particles: set[str]) -> _Match | None:
    keyword = None
    if entry.particle and entry.particle not in particles:
        return None
    if entry.objects:
        candidates: list[Token] = []
        if entry.particle:
            candidates = [p for child in verb.children if child.lower_ == entry.particle
                          for p in _kids(child, ("pobj",))]
            if any(c.dep_ == "prt" and c.lower_ == entry.particle for c in verb.children) and obj is not None:
                candidates.append(obj)
        elif obj is not None:
            candidates = [obj, *obj.conjuncts]  # "photographs and other military intelligence"
        keyword = next((c for c in candidates if _words_of(c) & entry.objects), None)
        if keyword is None:
            return None
    prep_hosts = [verb] + ([keyword, *keyword.conjuncts, *_amount_heads(keyword)] if keyword is not None else [])
    prep_found = not entry.prep or any(word in entry.prep for host in prep_hosts for word in _preps(host))
    if not prep_found and not entry.objects:
        return None  # "fire at", "meet with": without the preposition the verb means something else
    consumed = keyword is not None and keyword == obj
    if entry.particle and not entry.objects and obj is None:
        # "called on Iran": the particle's object is the target when no prep column says otherwise
        part_objs = [p for child in verb.children if child.lower_ == entry.particle and child.dep_ != "prt"
                     for p in _kids(child, ("pobj",))]
        targets = part_objs if not entry.prep else _targets_for(verb, obj, entry.prep, keyword, consumed)
    else:
        targets = _targets_for(verb, obj, entry.prep if prep_found else frozenset(), keyword, consumed)
    trigger = [verb.i] + [c.i for c in verb.children if c.dep_ == "prt" and c.lower_ == entry.particle]
    if keyword is not None:
        trigger.append(keyword.i)
    return _Match(entry.code, entry.rule, trigger, targets, entry.symmetric, entry.reverse,
                  entry.specificity - 2 * (not prep_found))


def _match_noun_entry(entry: NounEntry, noun: Token, verb: Token | None, lemma: str = "") -> bool:
    if entry.modifiers and not (_words_of(noun) & entry.modifiers):
        return False
    if verb is None or not entry.verbs or "*" in entry.verbs:
        return True
    return (lemma or verb.lemma_.lower()) in entry.verbs


def verb_lemma(verb: Token, lexicon: Lexicon) -> str:
    """The verb's lemma, repaired where the lemmatiser slipped ("staged" → "stag") and the
    surface form points to a lexicon verb."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.verbs or lemma in lexicon.meta or lemma in lexicon.light_verbs:
        return lemma
    text = verb.lower_
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
                         ("es", ""), ("s", ""), ("d", "")):
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            candidate = text[: -len(suffix)] + repl
            if candidate in lexicon.verbs or candidate in lexicon.meta or candidate in lexicon.light_verbs:
                return candidate
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
    particles = _particles(verb)
    best: _Match | None = None
    judged = [c for c in verb.children if c.dep_ == "oprd"]
    naming = bool(judged)
    if judged and obj is not None and lemma in JUDGING_VERBS:
        # "New Delhi called the move unjustified": the judgement is the act, aimed at the object
        words = {judged[0].lemma_.lower()} | {c.lemma_.lower() for c in judged[0].children if c.dep_ == "amod"}
        found = next((lexicon.judgements[w] for w in sorted(words) if w in lexicon.judgements), None)
        if found is not None:
            return _Match(found[0], found[1], [verb.i, judged[0].i], [obj], False, False, 3)
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
        nouns = [obj] if obj is not None else []
        nouns += [p for word in ("in", "to", "with") for p in _preps(verb).get(word, ())]
        for noun in nouns:
            for noun_entry in lexicon.nouns.get(noun.lemma_.lower(), ()):
                if not _match_noun_entry(noun_entry, noun, verb, lemma):
                    continue
                targets = _targets_for(verb, None, noun_entry.prep, noun, True)
                if not targets and obj is not None and obj != noun:
                    targets = [obj]  # "engaged the peacekeepers in a firefight"
                return _Match(noun_entry.code, noun_entry.rule, [verb.i, noun.i], targets,
                              noun_entry.symmetric, False, 2)
    return best


def match_nominal(noun: Token, lexicon: Lexicon) -> tuple[NounEntry, list[Token], list[Token]] | None:
    """A bare event noun with an actor modifier: "Israeli strikes on Gaza", "the attack by rebels".

    Returns (entry, source heads, target heads) or None.
    """
    for entry in lexicon.nouns.get(noun_lemma(noun), ()):
        if not entry.nominal or not _match_noun_entry(entry, noun, None):
            continue
        preps = _preps(noun)
        if entry.symmetric and preps.get("between"):
            # "the meeting between presidents Putin and Biden": the parties meet each other
            return entry, preps["between"], []
        if entry.symmetric and (parties := party_modifiers(noun)):
            # "Modi's meeting with Xi", "the Erdogan-Putin summit", "Russian-Ukrainian talks"
            return entry, parties, [p for word in sorted(entry.prep) for p in preps.get(word, ())]
        agents = preps.get("by", [])
        targets = [p for word in sorted(entry.prep) for p in preps.get(word, ())]
        # "the Geneva meeting", "Gaza strikes": a city says where, not who
        # the entry's own kind word ("phone call") is no owner
        has_modifier = any(c.dep_ in ("amod", "compound", "poss") and c.pos_ in ("ADJ", "PROPN", "NOUN")
                           and c.lemma_.lower() not in entry.modifiers
                           and not gazetteer().is_city(c.text) for c in noun.children)
        if not agents and not has_modifier:
            return None
        return entry, agents or [noun], targets
    return None


# --- composition --------------------------------------------------------------------------------

def _complement(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "to", "from", "against"):
            for grand in child.children:
                if grand.dep_ == "pcomp" and grand.pos_ == "VERB":
                    return grand
    return None


def _condition_subjects(verb: Token) -> list[Token]:
    """Subjects of an "if"/"unless" clause attached to ``verb``."""
    return [subj for clause in verb.children if clause.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "once", "until") for m in clause.children)
            for subj in _kids(clause, ("nsubj",)) if subj.pos_ == "PROPN"]


def _clause_targets(verb: Token) -> list[Token]:
    """Plausible target heads of an uncoded complement clause."""
    _, obj, _ = clause_roles(verb)
    if obj is not None:
        return [obj]
    preps = _preps(verb)
    for word in DEFAULT_TARGET_PREPS:
        if preps.get(word):
            return preps[word]
    return []


class ClauseCoder:
    """Builds :class:`Act` lists for one sentence at a time."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def _direct(self, verb: Token) -> Act | None:
        if verb.lemma_.lower() in ("help", "assist") and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return None  # "helped militants join a group": helping someone do something is not aid
        subjects, obj, penalty = clause_roles(verb)
        found = match_verb(verb, self.lexicon, obj)
        if found is None:
            return None
        sources, targets = subjects, found.targets
        fallback: list[Token] = []
        if found.reverse:
            sources, targets = targets, subjects
        elif obj is not None and obj.dep_ == "nsubjpass" and obj.i not in found.trigger and obj not in targets \
                and found.code[:2] in COERCIVE_ROOTS and verb.dep_ in ("ROOT", "conj", "ccomp"):
            # "a train was struck by drones at a station": the passive subject is what was hit
            targets, fallback = [obj], targets
        code, rule, trigger = found.code, found.rule, list(found.trigger)
        if not sources and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp", "acl") and verb.i > 0:
            before = verb.doc[verb.i - 1]
            if before.pos_ == "NOUN" and before.dep_ == "pobj" and _kids(before, ("amod", "compound")) \
                    and not _kids(verb, ("dobj", "obj")) and _kids(verb.head, ("nsubjpass",)):
                # "killed in Israeli tank shelling": the parser split the noun phrase; the owner of
                # the act is its modifier and the victims are the passive subject of the head
                sources = [before]
                if not targets:
                    targets = _kids(verb.head, ("nsubjpass",))
        if code in GENERIC_VIOLENCE:
            # "wounded two soldiers in a bomb attack", "killed in a drone strike": the means is more specific
            for means in (p for word in ("in", "with", "by") for p in _preps(verb).get(word, ())):
                entry = next((e for e in self.lexicon.nouns.get(noun_lemma(means), ())
                              if e.code[:2] in ("18", "19", "20") and _match_noun_entry(e, means, None)), None)
                if entry is not None and entry.code != code:
                    code, rule = entry.code, f"{rule} > by means of {entry.rule}"
                    trigger.append(means.i)
                    if not sources:
                        sources = [means]  # "was killed in an Israeli drone strike": the strike's owner
                    break
        if any(s.lemma_.lower() in self.lexicon.mishap_words for s in sources):
            # "victims killed by the MH17 crash", "a village flattened by the earthquake": no one's act
            return None
        if code.startswith("174") and any(_is_mass(t) for t in targets):
            # "forced out more than 1,000 refugees": expelling a mass of people is 201
            code, rule = "201", f"{rule} > mass expulsion"
        return Act(verb, code, rule, trigger, sources, targets, found.symmetric,
                   clause_modality(verb), penalty, fallback=fallback)

    def _meta(self, verb: Token) -> MetaEntry | None:
        entries = self.lexicon.meta.get(verb_lemma(verb, self.lexicon))
        if not entries:
            return None
        particles = _particles(verb)
        for entry in sorted(entries, key=lambda e: not e.particle):
            if not entry.particle or entry.particle in particles:
                return entry
        return None

    def code_sentence(self, sent: Span) -> list[Act]:
        """Return every act found in the sentence, outermost meta-verbs composed."""
        acts: dict[int, Act | None] = {}
        consumed: set[int] = set()
        extra: list[Act] = []
        verbs = [t for t in sent if (t.pos_ in EVENT_POS and not gerund_noun(t))
                 or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass"))
                 # "a base was overrun by ...": a participle the tagger took for a noun heads a passive
                 or (t.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "auxpass" for c in t.children)
                     and any(c.dep_ == "nsubjpass" for c in t.children))
                 or (t.pos_ == "ADJ" and t.lemma_.lower() in INTENT_ADJECTIVES)]
        # deepest clauses first so that a meta-verb sees its complement's act
        verbs.sort(key=lambda t: -_depth(t))
        for verb in verbs:
            direct = self._direct(verb)
            meta = self._meta(verb)
            comp = _complement(verb) if meta else None
            if meta is None or comp is None:
                acts[verb.i] = direct
                continue
            inner = acts.get(comp.i)
            composed, keep_inner = self._compose(verb, meta, comp, inner, direct)
            if not keep_inner:
                consumed.add(comp.i)
            elif meta.kind in ("deny", "allege"):
                # "denied attacking X and seizing Y", "accused X of violating the truce by firing
                # rockets": every act inside the complement is covered
                inside = {t.i for c in (comp, *comp.conjuncts) for t in c.subtree}
                covered = [a for i, a in acts.items() if i in inside]
                if meta.kind == "deny":
                    # an accusation the denier answers is not itself denied
                    covered = [a for a in filter(None, covered)
                               if not (a.root == "11" and not self._same_actor_heads(verb, a.anchor))]
                for act in filter(None, covered):
                    if meta.kind == "deny":
                        act.modality = replace(act.modality, negated=True,
                                               reason=(act.modality.reason + "; denied").lstrip("; "))
                    elif not self._same_actor_heads(verb, comp):
                        act.modality = replace(act.modality, hypothetical=True,
                                               reason=(act.modality.reason + "; alleged").lstrip("; "))
            acts[verb.i] = composed
            if meta.kind == "allege" and direct is not None and composed is not direct:
                extra.append(direct)
        result = [a for i, a in acts.items() if a is not None and i not in consumed]
        result += extra
        result += self._nominals(sent, {i for a in result for i in a.trigger})
        for act in result:
            self._apply_future(act)
        # "imposed sanctions on Russia, targeting LNG imports": a participle of an unarmed act is no attack
        peaceful = {a.anchor.i for a in result if a.root not in ("17", "18", "19", "20")}
        result = [a for a in result if not (a.root in ("18", "19") and a.anchor.dep_ == "advcl"
                                            and a.anchor.tag_ == "VBG" and a.anchor.head.i in peaceful
                                            and a.anchor.head != a.anchor)]
        # "marched in Nairobi to protest the tax": a protest's purpose clause restates the protest
        anchors = {(a.anchor.i, a.root) for a in result if a.root == "14"}
        result = [a for a in result if not (a.anchor.dep_ in ("advcl", "xcomp")
                                            and (a.anchor.head.i, a.root) in anchors and a.anchor.head != a.anchor)]
        if any(t.lemma_.lower() in self.lexicon.crime_words for t in sent):
            # "police arrested three men suspected of stealing jewellery": ordinary crime
            result = [a for a in result if not (a.root == "17" and a.targets
                                                and all(t.lemma_.lower() in SUSPECT_NOUNS for t in a.targets))]
        if self._about_sport(sent):
            # "PSG attacked relentlessly against Lyon", "India crushed Pakistan by eight wickets"
            result = [a for a in result if a.root not in ("17", "18", "19", "20")]
        result.sort(key=lambda a: a.anchor.i)
        return result

    def _about_sport(self, sent: Span) -> bool:
        words = self.lexicon.sport_words
        return any(t.lower_ in words for t in sent) or any(
            t.like_num and t.i + 2 < sent.end and sent.doc[t.i + 1].text in ("-", "–") and sent.doc[t.i + 2].like_num
            and t.nbor(1).idx == t.idx + len(t.text) for t in sent)

    @staticmethod
    def _same_actor_heads(verb: Token, comp: Token) -> bool:
        if comp.dep_ == "pcomp":
            return False  # "accused X of attacking": X, not the speaker, is the doer
        subj, _, _ = clause_roles(verb)
        csubj, _, _ = clause_roles(comp)
        return bool(subj and csubj) and (csubj[0].pos_ == "PRON" or csubj[0].lemma_ == subj[0].lemma_)

    def _compose(self, verb: Token, meta: MetaEntry, comp: Token, inner: Act | None,
                 direct: Act | None) -> tuple[Act | None, bool]:
        """Return (act for the meta-verb, whether the complement's own act stays)."""
        kind = meta.kind
        subjects, obj, penalty = clause_roles(verb)
        modality = clause_modality(verb)
        if kind == "speech":
            # "analysts said Beijing could suspend imports": commentators' speculation threatens nothing
            speculation = any(s.lemma_.lower() in COMMENTATORS for s in subjects)
            threat = (self._conditional_threat(inner, f"{meta.rule} > ")
                      if inner is not None and not speculation else None)
            if threat is not None:
                # "said they will attack Iraq": the announced attack is the threat, not a second event
                return threat, inner.root not in ("18", "19", "20")
            return (self._obligation(verb, comp, inner, subjects, modality, penalty, meta)
                    or (self._judgement(verb, comp, subjects, modality, penalty, meta) if inner is None else None)
                    or direct), True
        if kind == "deny":
            if inner is None:
                if direct is not None:
                    # "denied that its drones had entered Polish airspace": the denied clause's parties
                    direct.fallback = _accusers(verb, comp) or [t for t in _clause_targets(comp)
                                                                if t not in direct.sources]
                return direct, True
            if inner.root == "11" and not self._same_actor_heads(verb, comp):
                # "Thailand accused Cambodia of ..., an allegation Phnom Penh denied": the accusation
                # happened; the denial answers the accuser
                return Act(verb, "016", f"{meta.rule} > denial of {inner.rule}", [verb.i], subjects,
                           inner.sources, False, modality, penalty), True
            # "denied attacking the convoy": the denial (016) concerns the denied act's target
            own = direct.targets if direct is not None else []
            accusers = _accusers(verb, comp)
            if not own and accusers and accuser_named(verb, comp):
                own = accusers
            return Act(verb, "016", f"{meta.rule} > denial of {inner.rule}", [verb.i], subjects,
                       own or inner.targets, False, modality, penalty, fallback=accusers), True
        if kind == "allege":
            if inner is None:
                return direct, True
            if self._same_actor_heads(verb, comp):
                # "X claimed it attacked Y": claiming one's own act (015)
                return Act(verb, "015", f"{meta.rule} > claim of own act", [verb.i], subjects,
                           inner.targets, False, modality, penalty), True
            if direct is not None and direct.targets:
                return direct, True
            comp_subjects, _, _ = clause_roles(comp)
            return Act(verb, "112", f"{meta.rule} > allegation", [verb.i], subjects, comp_subjects,
                       False, modality, penalty + 0.05), True
        if kind == "attempt":
            # "tried to storm", "attempted to assassinate": CAMEO codes the attempted act itself
            if inner is None:
                return direct, True
            code = self.lexicon.derived_code(kind, inner.code) or inner.code
            return Act(verb, code, f"{meta.rule} > {inner.rule}", sorted({verb.i} | set(inner.trigger)), subjects,
                       inner.targets, inner.symmetric, modality, penalty + inner.penalty), False
        if kind == "plan" and not subjects and comp.dep_ == "xcomp" and inner is not None:
            # "Zelensky is expected to travel", "the talks are scheduled to resume": the raised subject
            subjects = _kids(verb, ("nsubjpass",))
        effective = kind
        own_targets: list[Token] = []
        if kind in ("appeal", "order", "demand", "want"):
            if obj is not None and obj != comp:
                own_targets = [obj]
            elif meta.particle:
                own_targets = [p for c in verb.children if c.lower_ == meta.particle for p in _kids(c, ("pobj",))]
            if not own_targets and comp.dep_ == "ccomp":
                own_targets = _kids(comp, SUBJECT_DEPS)
            if kind == "want":
                effective = "appeal" if own_targets else "intent"
        if kind in ("threaten", "demand") and modality.conditional:
            # "threatened to strike if ...": a threat is conditional by nature
            modality = replace(modality, hypothetical=False, conditional=False)
        inner_code = inner.code if inner is not None else None
        code = self.lexicon.derived_code(effective, inner_code)
        if code is None:
            return direct, True
        if effective in ("appeal", "order", "demand"):
            targets = own_targets
        else:
            targets = inner.targets if inner is not None and inner.targets else _clause_targets(comp)
        if effective in ("intent", "plan") and comp.dep_ == "ccomp" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in comp.children):
            # "hoped French officials would be indicted": a wish about others, not the speaker's intent
            return direct, True
        if kind in ("threaten", "intent") and not (inner is not None and inner.targets):
            # "threatened to use nuclear weapons if the United States attacked", "ready to sign the
            # treaty once Armenia amends its constitution": the condition names the other party
            targets = _condition_subjects(verb) + _condition_subjects(comp) + targets
        if not targets:
            if inner is None and direct is not None:
                return direct, True
            if inner is None:
                return None, True
        trigger = sorted({verb.i} | set(inner.trigger if inner else [comp.i]))
        rule = f"{meta.rule} > {inner.rule}" if inner else f"{meta.rule} > {comp.lemma_.lower()}"
        symmetric = effective in ("intent", "plan") and bool(
            (inner and inner.symmetric) or (direct and direct.symmetric) or len(subjects) > 1
            or any(c.dep_ == "conj" for s in subjects for c in s.children))
        if verb.pos_ == "ADJ" and effective in ("intent", "plan") and modality.weak:
            # "would be ready to provide aid if asked": a statement of willingness is itself the act
            modality = replace(modality, hypothetical=False, conditional=False)
        act = Act(verb, code, rule, trigger, subjects, targets, symmetric, modality,
                  penalty + 0.05 + (inner.penalty if inner else 0.1),
                  domestic=inner is not None and (inner.domestic or is_domestic(inner.code)))
        return act, False

    def _obligation(self, verb: Token, comp: Token, inner: Act | None, subjects: list[Token],
                    modality: Modality, penalty: float, meta: MetaEntry) -> Act | None:
        """ "X said Y must withdraw": a demand by the speaker on Y (CAMEO 10x)."""
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in comp.children):
            return None
        comp_subjects, _, _ = clause_roles(comp)
        if not comp_subjects or not subjects:
            return None
        code = self.lexicon.derived_code("demand", inner.code if inner else None)
        if code is None:
            return None
        rule = f"{meta.rule} > obligation > {inner.rule if inner else comp.lemma_.lower()}"
        return Act(verb, code, rule, sorted({verb.i, comp.i}), subjects, comp_subjects, False, modality,
                   penalty + 0.1)

    def _judgement(self, verb: Token, comp: Token, subjects: list[Token], modality: Modality, penalty: float,
                   meta: MetaEntry) -> Act | None:
        """ "Germany said Russia's move was illegal": a judging predicate in reported speech is the
        speaker's criticism (or praise) of the judged actor."""
        if comp.lemma_ != "be" or not subjects:
            return None
        predicate = next((c for c in comp.children if c.dep_ in ("acomp", "attr")), None)
        judged = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if predicate is None or judged is None:
            return None
        words = {predicate.lemma_.lower()} | {c.lemma_.lower() for c in predicate.children if c.dep_ == "amod"}
        found = next((self.lexicon.judgements[w] for w in sorted(words) if w in self.lexicon.judgements), None)
        if found is None:
            return None
        # the judged actor: a name ("Russia was wrong") or the owner of a judged act ("Russia's move")
        owners = [c for c in judged.children if c.dep_ == "poss"]
        if owners:
            targets = owners
        elif judged.pos_ == "PROPN":
            targets = [judged]
        else:
            return None
        return Act(verb, found[0], f"{meta.rule} > {found[1]}", [verb.i, predicate.i], subjects, targets, False,
                   modality, penalty + 0.1)

    def _conditional_threat(self, inner: Act, prefix: str) -> Act | None:
        """ "would/could strike ... if": announcing force under a condition is a threat (13x)."""
        mod = inner.modality
        if inner.root not in COERCIVE_ROOTS or mod.negated or not (mod.conditional or mod.future or mod.hypothetical):
            return None
        code = self.lexicon.derived_code("threaten", inner.code)
        if code is None:
            return None
        # "would intensify its operations if Hezbollah did not disarm": the condition names the target
        targets = inner.targets or _condition_subjects(inner.anchor)
        return Act(inner.anchor, code, f"{prefix}threat > {inner.rule}", list(inner.trigger), inner.sources,
                   targets, False, replace(mod, hypothetical=False, future=False, conditional=False),
                   inner.penalty + 0.05)

    def _apply_future(self, act: Act) -> None:
        """"will meet" is intent (036), "will strike" a threat (138); "will not help" a refusal."""
        mod = act.modality
        if act.nominal:
            if mod.future:
                # "the summit will take place in June": not yet an event, and nobody's stated intent
                act.modality = replace(mod, hypothetical=True, future=False)
            return
        if mod.conditional and mod.future and (act.root in COERCIVE_ROOTS or mod.ultimatum) and not mod.negated:
            # "will strike if attacked", "will withdraw the force unless ...": a threat
            act.code = self.lexicon.derived_code("threaten", act.code) or act.code
            act.rule = f"{act.rule} > conditional threat"
            act.modality = replace(mod, hypothetical=False, conditional=False, ultimatum=False, future=False)
            return
        refusal = mod.future and mod.negated and act.root in COOPERATIVE_ROOTS
        if not mod.future or (act.root == "03" or act.root not in FUTURE_CODED_ROOTS) and not refusal:
            # "will not accept mediation", "would not cooperate": a stated refusal (12x) even of intent
            return
        kind = "refuse" if mod.negated and act.root in COOPERATIVE_ROOTS else "intent"
        code = self.lexicon.derived_code(kind, act.code)
        if code is None:
            return
        act.rule = f"{act.rule} > {'refusal' if kind == 'refuse' else 'future intent'}"
        act.code = code
        if kind == "refuse":
            act.modality = replace(mod, negated=False, reason=mod.reason + "; refusal")

    def _nominals(self, sent: Span, used: set[int]) -> list[Act]:
        acts = []
        for noun in sent:
            if (noun.pos_ != "NOUN" and not gerund_noun(noun)) or noun.i in used \
                    or noun_lemma(noun) not in self.lexicon.nouns:
                continue
            if noun.dep_ == "dobj":
                continue  # "criticized U.S. tariffs": a reference to an earlier act, not a new one
            if (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "by", "via", "over", "during")
                    and noun.head.head.i in used):
                continue  # "discussed trade in a phone call": the manner of an act already coded
            found = match_nominal(noun, self.lexicon)
            if found is None:
                continue
            entry, sources, targets = found
            acts.append(Act(noun, entry.code, f"{entry.rule} (nominal)", [noun.i], sources, targets,
                            entry.symmetric, nominal_modality(noun), 0.15, nominal=True))
        return acts


def _is_mass(head: Token) -> bool:
    """True for "thousands of refugees", "1,200 families", "more than 500 people"."""
    if head.lemma_.lower() in ("hundred", "hundreds", "thousand", "thousands", "million", "millions", "tens"):
        return True
    for num in (c for c in head.children if c.dep_ == "nummod"):
        words = [num.lower_] + [g.lower_ for g in num.children]
        if any(w in ("hundred", "hundreds", "thousand", "thousands", "million", "millions") for w in words):
            return True
        digits = num.text.replace(",", "")
        if digits.isdigit() and int(digits) >= 500:
            return True
    return False


def is_domestic(code: str) -> bool:
    """True for codes CAMEO aims at the actor's own country when no target is named."""
    return code.startswith(DOMESTIC_CODES)


def _accusers(verb: Token, comp: Token | None = None) -> list[Token]:
    """ "Hamas denied violating the ceasefire and accused Israel of ...", "denied it, blaming Manila":
    when the denied act names no one, the denial answers the actor the speaker turns on; "denied
    laying mines after Thailand accused it", "denied selling arms, as alleged by Kyiv": the accuser."""
    return [t for other in _alleging_clauses(verb, comp) for t in _charge_makers(other)] or [
        c for other in _alleging_clauses(verb, None) if other.lemma_.lower() in ACCUSING_VERBS
        for c in other.children if c.dep_ == "dobj" and c.pos_ != "PRON"]


def accuser_named(verb: Token, comp: Token | None) -> bool:
    """Whether the denial names who made the charge (then it answers them, not the act's target)."""
    return any(_charge_makers(other) for other in _alleging_clauses(verb, comp))


def _alleging_clauses(verb: Token, comp: Token | None) -> list[Token]:
    return [other for head in (verb, comp) if head is not None for other in head.children
            if other.dep_ in ("conj", "advcl") and other.lemma_.lower() in ALLEGING_VERBS]


def _charge_makers(clause: Token) -> list[Token]:
    """Who made the charge in an adverbial clause: "as alleged by Kyiv", "after Thailand accused it"."""
    if clause.dep_ != "advcl":
        return []
    agents = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agents or [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token and depth < 50:
        token = token.head
        depth += 1
    return depth


def assault_or_fight(act: Act, source_code: str, target_code: str | None) -> str:
    """The act's code given its actors: CAMEO 18 vs 19.

    Generic killing by non-state armed actors of non-military targets is an assault (180),
    not conventional military force (190); every other act keeps its code.
    """
    irregular = source_code[3:6] in IRREGULAR_SECTORS or source_code[:3] == "IMG"
    if act.code.startswith("173") and irregular and source_code[3:6] not in CONVENTIONAL_SECTORS:
        return "181"  # armed groups do not arrest: "rebels detained UN staff" is hostage-taking
    if act.code != "190" or source_code[3:6] in CONVENTIONAL_SECTORS or source_code[:3] in ("IGO",):
        return act.code
    if act.anchor.lemma_.lower() not in ASSAULT_LEMMAS and not any(
            s.lemma_.lower() in ASSAILANT_NOUNS for s in act.sources):
        return act.code
    if source_code[3:6] not in IRREGULAR_SECTORS and source_code[:3] != "IMG":
        return act.code
    if target_code is not None and target_code[3:6] in ("MIL",):
        return act.code
    return "180"
