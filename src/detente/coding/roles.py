"""Clause roles: who does what to whom in one clause, read off the dependency parse.

:func:`clause_roles` finds the grammatical source and target heads of a verb (active,
passive, shared subjects of conjoined and controlled verbs, relative clauses);
:func:`preps_of` and :func:`particles_of` read a verb's prepositional phrases and
particles; :func:`speakers_conjunct` and :func:`summoned_to` recognise two clause shapes
the coder treats specially. :mod:`detente.coding.matching` and
:mod:`detente.coding.extract` build on them.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.found_harmed import found_harmed
from detente.coding.lexicon import WORD_SETS
from detente.coding.parsecache import children, remembered

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_CONTROL = frozenset({"urge", "ask", "order", "instruct", "press", "invite", "encourage", "call",
                            "implore", "request", "tell", "want", "force", "allow", "help", "persuade",
                            "pressure", "push", "warn", "compel", "prompt", "lead", "cause", "spur", "drive",
                            "oblige", "provoke", "trigger"})
# verbs that enact a document whose effect is then the actor's own act
ENACTING = frozenset({"sign", "issue", "adopt", "approve", "pass", "enact", "introduce", "unveil", "decree"})
# verbs of showing or witnessing whose object does what its participle says ("footage showed soldiers and
# militiamen executing dozens of men", "witnesses saw police beating students")
# verbs of killing or harming people, whose victims may be described by a gerund ("killed villagers fleeing")
VICTIM_TAKING = frozenset({"kill", "massacre", "slaughter", "execute", "murder", "shoot", "gun", "butcher", "hack",
                           "stab", "beat", "behead", "abduct", "kidnap"})
PERCEIVING = frozenset({"show", "see", "film", "watch", "depict", "record", "capture", "witness", "photograph"})
# lists whose keeper puts people on them ("added to the EU sanctions list")
LIST_NOUNS = frozenset({"list", "blacklist", "watchlist", "register", "registry"})
# prepositions of time before a gerund ("after travelling", "before leaving")
TIME_PREPS = frozenset({"after", "before", "while", "upon", "since"})
ADVERB_PARTICLES = frozenset({"aside", "away", "back", "off", "out", "down", "up", "home", "ashore"})
# "the border with Belarus": a neighbour after one of these is the border's, not the act's partner
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# nouns for an attempted act, whose infinitive's doer is the noun's "by" phrase or possessor ("a plot by
# rebels to assassinate", "Iraq's plot to kill")
ATTEMPT_NOUNS = frozenset({"plot", "attempt", "conspiracy"})
# a passive release's doer is whoever held the people freed ("hostages held by the FARC were freed", "were let go")
RELEASE_VERBS = frozenset({"release", "free", "let"})
HOLDING_VERBS = WORD_SETS["captor_participles"]
CROWD_PARTICIPLES = WORD_SETS["crowd_participles"]
# "police beat demonstrators as they rallied": whom "they" stands for
PROTESTER_NOUNS = WORD_SETS["protester_nouns"]
CAPTOR_NOUNS = frozenset({"captor", "kidnapper", "abductor", "hostage-taker"})
# passives that say what the subject itself is to do ("is expected in Delhi", "is due to fly")
SCHEDULING_PASSIVES = frozenset({"expect", "schedule", "slate", "set", "due", "poise"})
# verbs that report what something is ("what the army said were depots")
IDENTIFYING_VERBS = frozenset({"say", "claim", "believe", "allege", "suspect"})
MEDIUM_NOUNS = frozenset({"phone", "telephone", "video", "videolink", "video-link", "videoconference", "letter",
                          "call", "link"})


def kids(token: Token, deps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    """The children of ``token`` attached by one of ``deps``."""
    return [c for c in children(token) if c.dep_ in deps]


# auxiliaries of a reported clause that a plain past tense conjoined to it cannot share
REPORTED_TENSE_AUX = frozenset({"had", "was", "were", "is", "are", "has", "have"})
# where a state calls another's envoys to hear a protest
SUMMONING_PLACES = frozenset({"ministry", "office", "headquarters"})
# participles by which a speaker goes on to address someone ("..., accusing them of", "..., warning that");
# not "saying", "calling": what these report may still be the reported clause's content
SAYING_PARTICIPLES = frozenset({"accuse", "blame", "warn", "charge", "urge", "threaten", "vow"})
# participles judging an act ("..., calling the detention illegal"): a reported clause's subject does not damn its
# own act, so the judgement is the reporter's
JUDGING_PARTICIPLES = frozenset({"call", "brand", "describe", "label", "term"})
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
# verbs of a speech drawing an answer from another ("drawing a rebuke from Nuuk", "earning a protest from")
DRAWING_VERBS = frozenset({"draw", "earn", "provoke", "prompt", "elicit"})
# verbs of an attribution set off between commas (", the ministry said,")
ASIDE_SPEECH = frozenset({"say", "state", "announce", "add", "report", "tell"})
# verbs by which a speaker answers or turns on someone after stating a fact ("said the dead were civilians
# and denied that ...")
ANSWERING_VERBS = frozenset({"deny", "accuse", "blame", "reject", "dismiss", "condemn", "warn", "insist", "vow",
                             "threaten", "demand", "urge"})
# endings of nouns that name an act ("operation", "deployment", "closure"), not a party
ACT_NOUN_ENDINGS = ("tion", "sion", "ment", "ure")
# participles the tagger may take for a past tense ("had attacked Iraq and taken Mosul")
PARTICIPLE_ENDINGS = ("en", "wn", "done", "gone", "begun")
# deeds of armed men a speaker does not go on to do in its own report: "said RSF fighters had rounded up
# and shot dead 200 men" (the fighters shot them)
HARMING_LEMMAS = frozenset({"kill", "shoot", "massacre", "slaughter", "murder", "execute", "behead", "hack",
                            "butcher", "slay", "torch", "burn", "rape", "loot", "expel", "deport"})


def speakers_conjunct(verb: Token) -> bool:
    """ "The RSF said that an army drone had struck the depot ... and accused the military", "denied
    that the Emirate was sheltering fighters and accused Pakistan": a plain past tense the parser
    conjoined to a reported perfect or progressive clause is the speaker's own next act."""
    head = verb.head
    # "denied that its aircraft had been lost and accused Pakistani troops": an active verb with an object
    # cannot share a passive clause's auxiliaries, whatever the tagger calls it
    past = verb.tag_ == "VBD" and not verb.lower_.endswith(PARTICIPLE_ENDINGS) or verb.tag_ == "VBN" and any(
        a.dep_ == "auxpass" for a in head.children) and any(c.dep_ == "dobj" for c in verb.children)
    # the speaker's verb comes first: an attribution at the end ("..., the ministry said") does nothing more
    # "said the platforms were fish farms and denied that ...": a stated fact cannot deny or accuse
    stated_fact = head.lemma_ == "be" and verb.lemma_.lower() in ANSWERING_VERBS
    # "said the operation broke the truce and condemned it": an act, the reported clause's subject, condemns nothing
    stated_fact = stated_fact or verb.lemma_.lower() in ANSWERING_VERBS and any(
        s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.lower_.endswith(ACT_NOUN_ENDINGS) for s in head.children)
    # "accused Algeria of shooting down a drone and recalled its ambassador": a past tense cannot be
    # coordinated with the gerund of a charge, so it goes with the accusing verb
    charged_gerund = head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.head.pos_ == "VERB" \
        and head.head.head.tag_ == "VBD"
    # "said Brussels was studying the request and backed Finland's right": a stance taken beside an act under
    # way goes on the reported subject; only an answer or a charge turns back to the speaker
    studying = head.tag_ == "VBG" and verb.lemma_.lower() not in ANSWERING_VERBS
    return verb.dep_ == "conj" and past and verb.lemma_.lower() not in HARMING_LEMMAS and not studying \
        and not any(a.dep_ in ("aux", "nsubj") for a in verb.children) and (
        charged_gerund or head.dep_ == "ccomp" and head.head.pos_ == "VERB" and head.head.i < head.i
        and (stated_fact or any(a.dep_ == "aux" and a.lower_ in REPORTED_TENSE_AUX for a in head.children)))


def speakers_participle(verb: Token) -> bool:
    """ "Somalia demanded that Ethiopian troops withdraw ..., accusing them of crossing the border",
    "denied that its coast guard had rammed a vessel, blaming Manila": a participle of saying after
    the comma closing a reported clause is said by the reporter, not by the clause's subject."""
    head = verb.head
    # "denied that ..., calling the reports false": what a denial calls false is dismissed in the denial itself
    judging = verb.lemma_.lower() in JUDGING_PARTICIPLES and head.head.lemma_.lower() not in DENYING_VERBS
    # "halted the accord after two soldiers were maimed by a mine, blaming Phnom Penh": the parser hangs the
    # participle on a passive time clause, whose undergoers accuse no one; the main clause's subject does
    passive_clause = head.dep_ == "advcl" and bool(kids(head, ("mark",))) and bool(kids(head, ("auxpass",)))
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and (verb.lemma_.lower() in SAYING_PARTICIPLES or judging) \
        and verb.i > 0 and verb.doc[verb.i - 1].text == "," and (head.dep_ == "ccomp" or passive_clause) \
        and head.head.pos_ == "VERB" and head.head.i < head.i


def drawn_reaction(verb: Token) -> bool:
    """ "accused Denmark of neglecting Greenland, drawing a rebuke from Nuuk": a participle telling the answer
    the speech drew from someone else is the narrator's, not part of the charge."""
    return verb.tag_ == "VBG" and verb.lemma_.lower() in DRAWING_VERBS \
        and any("from" in preps_of(t) for t in (verb, *kids(verb, ("dobj",))))


def speakers_aside(verb: Token) -> Token | None:
    """ "troops detained six miners, Guyana's government said, accusing Caracas of ...": a participle of
    saying after an attribution set off between commas is the attributing speaker's; returns that speech verb."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in SAYING_PARTICIPLES \
            or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    return next((c for c in children(head) if c.dep_ == "parataxis" and c.lemma_.lower() in ASIDE_SPEECH
                 and head.i < c.i < verb.i), None)


def _named_predicate(verb: Token) -> Token | None:
    """The predicate the parser gave a participle ("called South Africa's envoy"), not a date ("called
    Thursday on Arabs")."""
    return next((p for p in kids(verb, ("oprd",)) if p.ent_type_ not in ("DATE", "TIME")), None)


def summoned_to(verb: Token) -> bool:
    """ "called the envoy to the ministry": the verb brings someone to where protests are heard."""
    return any(p.lower_ in ("to", "into") and any(o.lemma_.lower() in SUMMONING_PLACES for o in kids(p, ("pobj",)))
               for p in kids(verb, ("prep",)))


def _stray_agents(verb: Token) -> list[Token]:
    """ "was accused of embezzling funds by government officials": the parser hung the passive's
    ``by`` agent on the gerund after it; a gerund's own "by" phrase is a means ("by sending troops").
    "were added to the EU sanctions list": whoever keeps the list put them there; "was declared persona
    non grata by Estonia", "was let go by police": the parser hung the agent on the predicate; "were beaten
    with clubs by settlers", "was placed under investigation by magistrates", "were taken into custody by the navy": on the
    instrument or the state the verb puts them in."""
    return [p for prep in kids(verb, ("prep",)) if prep.lower_ in ("of", "for")
            for g in kids(prep, ("pcomp",)) if g.tag_ == "VBG"
            for by in kids(g, ("prep",)) if by.lower_ == "by"
            for p in kids(by, ("pobj",)) if p.pos_ in ("NOUN", "PROPN")] or [
        owner for prep in kids(verb, ("prep",)) if prep.lower_ in ("to", "on", "onto")
        for listed in kids(prep, ("pobj",)) if listed.lemma_.lower() in LIST_NOUNS
        for modifier in kids(listed, ("poss", "compound"))
        for owner in (modifier, *kids(modifier, ("poss", "compound"))) if owner.pos_ == "PROPN"] or [
        p for predicate in (*kids(verb, ("oprd",)), *(g for g in kids(verb, ("xcomp",)) if g.lower_ == "go"))
        for by in predicate.subtree if by.lower_ == "by" and by.dep_ == "prep"
        for p in kids(by, ("pobj",)) if p.pos_ in ("NOUN", "PROPN")] or [
        p for prep in kids(verb, ("prep",)) if prep.lower_ in ("with", "under", "into")
        for tool in kids(prep, ("pobj",)) for by in kids(tool, ("prep",)) if by.lower_ == "by"
        for p in kids(by, ("pobj",)) if p.pos_ in ("NOUN", "PROPN")]


def _holders(freed: Token) -> list[Token]:
    """ "two engineers held by militants were freed", "three of the nurses kidnapped by gunmen were released
    by their captors": the people freed are known by who held them, and that holder frees them."""
    people = [freed, *(g for p in kids(freed, ("prep",)) if p.lower_ == "of" for g in kids(p, ("pobj",)))]
    participles = [*(h for person in people for h in kids(person, ("acl",))),
                   *([freed.head] if freed.dep_ == "nsubj" and freed.head.dep_ == "csubjpass" else [])]
    return [g for held in participles
            if held.tag_ == "VBN" and held.lemma_.lower() in HOLDING_VERBS
            for a in kids(held, ("agent",)) for g in kids(a, ("pobj",))]


def _shared_objects(verb: Token) -> list[Token]:
    """ "beat and detained three journalists", "arrested, beat and deported them": verbs joined right
    before one object share it; the parser hangs it on the last verb only. Nothing but verbs, their
    particles ("rounded up and deported"), commas and the conjunction may stand between the verb and the
    one holding the object."""
    if verb.pos_ != "VERB" or kids(verb, ("nsubjpass", "auxpass", "prep", "ccomp", "xcomp")):
        return []
    later = [c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"]
    if not later:
        return []
    last = max(later, key=lambda t: t.i)
    between = verb.doc[verb.i + 1:last.i]
    if any(t.pos_ not in ("CCONJ", "PUNCT", "VERB") and t.dep_ != "prt" or t.pos_ == "PUNCT" and t.text != ","
           for t in between) \
            or any(kids(c, (*SUBJECT_DEPS, "nsubjpass", "auxpass")) for c in later):
        return []
    return kids(last, ("dobj", "obj"))


def _described_object(verb: Token, objects: list[Token]) -> Token | None:
    """Return the noun a reported clause says an object "what" is.

    "bombed what Islamabad said were Taliban camps": the free relative "what" stands for the noun the
    report identifies, which is what was bombed. (Not "condemned what it called harassment": a label
    the speaker puts on an act is no identification of whom it befell.)
    """
    # the parser hangs "what" on the verb, on "said" or on "were": it follows the verb either way
    if objects and objects[0].lower_ != "what" or verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].lower_ != "what":
        return None
    for described in kids(verb, ("ccomp",)):
        copulas = [c for c in kids(described, ("ccomp",)) if c.lemma_ == "be"]
        if described.lemma_.lower() not in IDENTIFYING_VERBS or not copulas:
            continue
        # "said were camps", or the parser's "said ... camps" with the copula left bare
        named = [n for c in copulas for n in kids(c, ("attr",))] \
            + [n for n in kids(described, ("dobj",)) if n.lower_ != "what"]
        if named and named[0].pos_ in ("NOUN", "PROPN"):
            return named[0]
    return None


def _gapped_passive(verb: Token, subjects: list[Token], obj: Token | None) -> bool:
    """ "a tanker was seized by the navy and its crew detained": a participle conjoined to a passive,
    with a subject of its own but no auxiliary or object, shares the passive's left-out auxiliary. The
    tagger may call the participle a past tense; then only a subject pointing back at the first clause
    ("its crew", "their families") tells it from an active clause ("and Iran protested")."""
    head = verb.head
    if verb.dep_ != "conj" or len(subjects) != 1 or obj is not None or not kids(head, ("auxpass",)) \
            or kids(verb, ("aux", "auxpass", "dobj", "obj", "ccomp", "xcomp")) or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subjects[0].children)


def _passive_participle_adjunct(verb: Token) -> bool:
    """Whether ``verb`` is a bare past participle joined to a clause as an adjunct ("arrived in Paris,
    greeted at the airport by Chirac"): passive, with no auxiliary ("having met", active), subject or object
    of its own (a finite verb the tagger took for a participle: "arrived and signed a deal"), set off by a
    comma or fronted ("ordered exports suspended" says what the object is to become). "denied it, as alleged
    by Kyiv": a comparison is about what the clause says, not about its subject."""
    set_off = verb.i < verb.head.i or verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ","
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") and set_off \
        and not kids(verb, ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "obj", "dative", "ccomp")) \
        and not any(m.lower_ in ("as", "than") for m in kids(verb, ("mark", "advmod")))


def clause_roles(verb: Token, depth: int = 0) -> tuple[list[Token], Token | None, float]:
    """Return (subject heads, object head, penalty) of the clause headed by ``verb``.

    Passives swap roles (``by`` agent → subject, passive subject → object). Shared
    subjects are inherited from the governing verb for conjoined, controlled and
    participial verbs, and relative clauses take the noun they modify.
    """
    if depth:
        return _clause_roles(verb, depth)
    # many rules ask for the same verb's roles: read once per coding call (a fresh list for each caller)
    subjects, obj, penalty = remembered(verb, _clause_roles)
    return list(subjects), obj, penalty


def _clause_roles(verb: Token, depth: int = 0) -> tuple[list[Token], Token | None, float]:
    if verb.tag_ in ("VBD", "VBN") and verb.dep_ in ("amod", "compound") and verb.i > 0 and verb.head.i > verb.i \
            and verb.sent.root.pos_ in ("PROPN", "NOUN"):
        # "Donald Trump hosted Field Marshal Asim Munir, ...": the parser swallowed a finite verb into one
        # long name; the name before it is the subject and the noun it was hung on the object
        left = verb.doc[verb.i - 1]
        if left.pos_ in ("PROPN", "NOUN") and left.head.i > verb.i:
            return [left], verb.head, 0.15
    if (harmed := found_harmed(verb)) is not None:
        return harmed[0], harmed[1], 0.1
    subjects = kids(verb, SUBJECT_DEPS)
    if len(subjects) > 1 and any(t.text == "-" for t in subjects) \
            and not any(t.whitespace_ for t in verb.doc[subjects[0].i:subjects[-1].i]):
        # "Itamar Ben-Gvir criticised": the parser made each piece of a hyphenated name a subject
        subjects = subjects[-1:]
    passive = kids(verb, ("nsubjpass",))
    if not passive and verb.tag_ == "VBN" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("have", "get") \
            and not kids(verb, ("aux", "auxpass")):
        # "had their assets frozen": the parser makes what was done to the subject of the participle
        passive = subjects
    if not passive and verb.lemma_.lower() in RELEASE_VERBS:
        # "workers held by militants were freed": the parser may make the participle the passive's subject
        passive = [s for c in kids(verb, ("csubjpass",)) if c.lemma_.lower() in HOLDING_VERBS
                   for s in kids(c, ("nsubj", "nsubjpass"))]
    held = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "until") else None
    if not passive and verb.lemma_.lower() in RELEASE_VERBS and held is not None and kids(verb, ("auxpass",)) \
            and held.lemma_.lower() in HOLDING_VERBS:
        # "were held for hours by soldiers before being let go": the people held, freed by their holders
        passive = kids(held, ("nsubjpass",))
        subjects = [p for a in kids(held, ("agent",)) for p in kids(a, ("pobj",))]
    if not passive and verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
        # "drivers are believed to be held by KGB officers": the raised subject is what is done to
        passive = kids(verb.head, ("nsubjpass", "nsubj"))
    objects = kids(verb, ("dobj", "obj"))
    if not objects and verb.dep_ not in ("acl", "relcl"):
        # "allowed IAEA inspectors to observe": the parser makes the object the subject of the infinitive
        # "helped Benin secure its border": bare infinitives after help/let/make too
        objects = [g for c in kids(verb, ("ccomp",)) if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   or verb.lemma_.lower() in ("help", "let", "make", "assist")
                   # "massacred 600 people sheltering inside": the victims the parser made the gerund's subject
                   or verb.lemma_.lower() in VICTIM_TAKING and c.tag_ == "VBG"
                   for g in kids(c, ("nsubj",)) if g.pos_ != "PRON"]
    if not objects:
        # "denounced as an ugly crime Serbia's suppression of ...": the object the parser hung on the predicate
        objects = [a for p in kids(verb, ("prep",)) if p.lower_ == "as" for g in kids(p, ("pobj",))
                   for a in kids(g, ("appos",))]
    if not objects:
        # "rejected as baseless claims that ...", "dismissed as false reports that ...": the object
        # follows its predicate adjective, and the parser read "as baseless claims" as one phrase
        objects = [g for p in kids(verb, ("prep",)) if p.lower_ == "as" for g in kids(p, ("pobj",))
                   if g.tag_ == "NNS" and g.i == p.i + 2 and verb.doc[p.i + 1].dep_ == "amod"]
    if not objects:
        # "kidnapped up to 16 advisers": the parser reads "up" as a particle and hangs the object on it
        objects = [g for p in kids(verb, ("prt",)) if p.lower_ == "up" for c in kids(p, ("prep",))
                   if c.lower_ == "to" for g in kids(c, ("pobj",))]
    if not objects:
        objects = _shared_objects(verb)
    if (described := _described_object(verb, objects)) is not None:
        objects = [described]
    # "hand over 30 detained suspects": the parser may split off the number as a second object
    obj = next((o for o in objects if o.pos_ != "NUM"), objects[0]) if objects else None
    if passive:
        agents = [p for a in kids(verb, ("agent",)) for p in kids(a, ("pobj",))] or _stray_agents(verb) or (
            subjects if held is not None else [])
        if verb.lemma_.lower() in RELEASE_VERBS and all(a.lemma_.lower() in CAPTOR_NOUNS for a in agents):
            agents = _holders(passive[0]) or agents
        return agents, passive[0], 0.0
    if _gapped_passive(verb, subjects, obj):
        # "boats were seized by the navy and their crews taken to port": the second clause is passive
        # too, its auxiliary left out; its subject is what is done to, by the first clause's agent
        return [p for a in kids(verb.head, ("agent",)) for p in kids(a, ("pobj",))], subjects[0], 0.1
    if len(subjects) > 1 and any(t.lower_ == "and" for t in verb.doc[subjects[0].i:subjects[-1].i]):
        # "President Lee Jae-myung and Prime Minister Sanae Takaichi agreed": a split name left two
        # subjects the parser did not join
        return subjects, obj, 0.05
    if subjects:
        subj = subjects[0]
        if verb.dep_ == "relcl" and subj.tag_ in ("WDT", "WP", "WP$") or subj.lower_ in ("that", "which", "who"):
            return [_antecedent(verb, subj)], obj, 0.05
        if (crowd := _crowd_they(verb, subj)) is not None:
            return [crowd], obj, 0.05
        if verb.dep_ == "relcl" and (obj is None or obj.tag_ in ("WDT", "WP")) and verb.head.pos_ in ("NOUN", "PROPN"):
            # "two senators it accused of supplying weapons": the modified noun is the object
            return [subj], verb.head, 0.05
        return [subj], obj, 0.0
    if verb.head == verb and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "In a statement carried by KCNA, Kim Yo Jong, the sister of ..., dismissed the offer": the
        # parser hung the subject on the fronted phrase as an apposition
        named = [t for t in verb.doc[verb.sent.start:verb.i] if t.dep_ == "appos" and t.pos_ == "PROPN"]
        if named:
            return named[-1:], obj, 0.15
    if verb.tag_ == "VBG" and verb.dep_ in ("csubj", "nsubj", "ROOT") and (between := [
            p for prep in kids(verb, ("prep",)) if prep.lower_ == "between" for p in kids(prep, ("pobj",))]):
        # "Fighting between Ecuadorian soldiers and Los Lobos gunmen left seven dead": the parties
        return [between[0], *between[0].conjuncts], obj, 0.05
    if depth > 3 or verb.head == verb:
        return [], obj, 0.0
    if (attempt := attempt_noun(verb)) is not None and (plotters := _plotters(attempt)):
        return plotters, obj, 0.1
    head = verb.head
    if verb.dep_ == "dep" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.tag_ in ("VBD", "VBN") \
            and any(p.lower_ == "with" for p in head.children) and kids(head, ("nsubj",)):
        # "Unmanned Ukrainian boats packed with explosives hit ...": the parser took the participle
        # for the main verb; its subject is the finite verb's
        return kids(head, ("nsubj",)), obj, 0.1
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "the prime minister is due to visit Beijing": the subject of "is"
        return kids(head, SUBJECT_DEPS), obj, 0.1
    if (described := _contact_relative_noun(verb)) is not None:
        # "a move the Ukrainian ambassador called deeply disappointing": the parser hung a relative
        # clause without "that" on its subject; the noun it describes is its object
        return [head], described, 0.1
    inserted = _insertion_owner(verb) if verb.dep_ == "acl" else None
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and (head.dep_ == "ROOT" or inserted is not None) \
            and (inserted or head).pos_ in ("NOUN", "PROPN") \
            and not kids(verb, ("agent",)) and (kids(verb, ("dobj", "ccomp", "xcomp", "prt"))
                                                or _named_predicate(verb) is not None
                                                or verb.tag_ == "VBD" or inserted is not None):
        # "The Nigerian foreign minister called on Niger ...": with no verb of its own the sentence's
        # root noun is the subject the parser missed; reading the verb as "named", it took the object
        # for a predicate ("called South Africa's envoy to the ministry")
        return [inserted or head], obj or _named_predicate(verb), 0.1
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "people killed by government forces": the noun is the patient
        agents = [p for a in kids(verb, ("agent",)) for p in kids(a, ("pobj",))]
        return agents, head, 0.1
    if verb.dep_ == "relcl":
        return [head], obj, 0.1
    if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        controller = kids(head, ("dobj",))
        if controller:
            return controller, obj, 0.1
    if verb.dep_ == "pcomp" and head.lower_ in ("for", "of") and head.head.pos_ == "VERB":
        # "thanked Denmark for financing", "accused Russia of shooting down": the object did it; "Kenya
        # was criticised by Uganda for closing": the passive's subject
        controller = kids(head.head, ("dobj",)) or kids(head.head, ("nsubjpass",))
        if controller:
            return controller, obj, 0.1
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" \
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in head.children) and head.dep_ in ("xcomp", "ccomp"):
        # "urged the two countries to exercise restraint and offered to mediate": a finite verb the parser
        # conjoined to the infinitive shares the subject of the clause above it
        return clause_roles(head.head, depth + 1)[0], obj, 0.1
    if speakers_conjunct(verb) or speakers_participle(verb):
        speaker_verb = head.head.head if head.dep_ == "pcomp" else head.head
        return clause_roles(speaker_verb, depth + 1)[0], obj, 0.1
    if (aside := speakers_aside(verb)) is not None:
        return clause_roles(aside, depth + 1)[0], obj, 0.1
    if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "sent condolences after a huge explosion ... killed dozens": a finite adverbial clause has a
        # subject of its own; when the parser lost it, the main clause's is not it
        return [], obj, 0.0
    if _passive_participle_adjunct(verb):
        # "landed in Dili, welcomed by crowds", "the rebels withdrew, pursued by government troops": the
        # participle is done by its "by" agent to the main clause's subject, not by that subject
        agents = [p for a in kids(verb, ("agent",)) for p in kids(a, ("pobj",))]
        undergoer = kids(head, ("nsubjpass",)) or clause_roles(head, depth + 1)[0][:1]
        return agents, undergoer[0] if undergoer else None, 0.1
    if verb.dep_ in ("conj", "ccomp") and kids(verb, ("auxpass",)) \
            and not kids(verb, ("nsubj", "csubj", "nsubjpass")) \
            and head.tag_ == "VBN" and kids(head, ("nsubj",)) and not kids(head, ("aux", "auxpass")):
        # "two workers held by militants were freed on Wednesday": the parser made the describing participle
        # the main verb; the passive's undergoer is that participle's noun, its agent its own or, when the
        # participle tells who held them, that holder
        holders = (verb, head) if head.lemma_.lower() in ("hold", "keep") else (verb,)
        agents = next(([p for a in kids(v, ("agent",)) for p in kids(a, ("pobj",))] for v in holders
                       if kids(v, ("agent",))), [])
        return agents, kids(head, ("nsubj",))[0], 0.1
    if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp") or (verb.dep_ == "acl" and verb.tag_ == "VBG"
                                                                      and head.pos_ in ("VERB", "AUX")):
        if verb.dep_ == "pcomp":
            head = head.head
        if verb.dep_ == "conj" and kids(head, ("nsubjpass",)) and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and kids(
                head, ("auxpass",)) and not kids(verb, ("dobj", "obj", "ccomp", "xcomp", "dative"))):
            # "was boarded and detained by French commandos": a shared passive, agent on either verb (the tagger
            # may call the participle a past tense: "were put on buses and expelled to Peru" has no object)
            agents = [p for v in (verb, head) for a in kids(v, ("agent",)) for p in kids(a, ("pobj",))]
            return agents, kids(head, ("nsubjpass",))[0], 0.1
        if verb.dep_ == "conj" and kids(verb, ("auxpass",)) \
                and (head.tag_ == "VBD" or any(a.lower_ in ("was", "were", "had") for a in kids(head, ("aux",)))) \
                and not kids(head, ("nsubjpass", "auxpass")) \
                and (done_to := kids(head, ("nsubj",))) and verb.lemma_.lower() not in SCHEDULING_PASSIVES \
                and not kids(verb, ("nsubj", "nsubjpass", "csubj", "xcomp", "ccomp")):
            # "arrived in Kampala and was welcomed by Museveni", "crossed the border and was detained": a
            # passive with its own auxiliary joined to an active past clause is done to that clause's subject
            # ("control the trade and have been accused of": a present description tells a standing state)
            return [p for a in kids(verb, ("agent",)) for p in kids(a, ("pobj",))], done_to[0], 0.1
        if verb.dep_ == "conj" and verb.tag_ != "VBN" and kids(head, ("nsubjpass",)):
            # "was cheered by troops and accused ...": the shared subject, not the first verb's agent
            return kids(head, ("nsubjpass",)), obj, 0.1
        if head.pos_ in ("VERB", "AUX") and verb.dep_ == "pcomp" and verb.head.lower_ in TIME_PREPS \
                and kids(head, ("nsubjpass",)):
            # "an activist was deported after travelling to Dar es Salaam": the passive's subject travelled
            return kids(head, ("nsubjpass",)), obj, 0.1
        if head.pos_ in ("VERB", "AUX"):
            inherited, _, pen = clause_roles(head, depth + 1)
            if not inherited and (verb.dep_ == "xcomp" or verb.dep_ == "conj" and verb.tag_ != "VBN"):
                # "Zelensky is expected to travel", "was sacked and accused ...": the passive subject
                # does the act; not so in "were killed in ... shelling" or "was arrested and released"
                inherited = kids(head, ("nsubjpass",))
            return inherited, obj, pen + 0.1
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and head.head.lemma_.lower() in ENACTING \
            and not kids(head.head, ("neg",)):
        # "signed an order lifting sanctions": the signer lifts them (not so "vetoed a resolution
        # condemning X" or "did not sign a statement condemning X")
        inherited, _, pen = clause_roles(head.head, depth + 1)
        return inherited, obj, pen + 0.15
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") \
            and head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in CROWD_PARTICIPLES:
        # "rioters protesting against a rise in bread prices torched ...": the crowd the sentence is about
        # protests (one only fired at, "tear gas at students protesting", is the repression's target)
        return [head], obj, 0.1
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        # "showed soldiers and volunteers executing ...": the parser hangs the participle on the last of the
        # shown doers; the first, the verb's object, heads them all (its conjuncts are expanded later)
        first = head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "dobj" and first.head.lemma_.lower() in PERCEIVING:
            return [first], obj, 0.1
    return [], obj, 0.0


def _contact_relative_noun(verb: Token) -> Token | None:
    """The noun a relative clause without "that" describes, when the parser took the clause's subject
    for an apposition to that noun and the clause's verb for a participle of the subject ("a charge
    Benin's army chief called absurd": charge > appos chief > acl called); else None."""
    if verb.dep_ != "acl" or verb.head.dep_ != "appos" or kids(verb, ("dobj", "nsubj")):
        return None
    # the tagger takes the verb for a participle too; a judging verb's predicate shows it is finite
    if verb.tag_ != "VBD" and not (kids(verb, ("oprd",)) or any(p.lower_ == "as" for p in kids(verb, ("prep",)))):
        return None
    noun = verb.head.head
    if noun.pos_ != "NOUN" or noun.i > verb.head.i or not any(d.lower_ in ("a", "an") for d in kids(noun, ("det",))):
        return None
    return noun


def attempt_noun(verb: Token) -> Token | None:
    """The attempt noun whose infinitive ``verb`` is ("a plot by rebels to kill", "foiled a plot to kill"), else None.

    The parser hangs the infinitive on the noun or, when the noun is an object, on the verb governing it."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return None
    if verb.dep_ in ("acl", "relcl"):
        return verb.head if verb.head.lemma_.lower() in ATTEMPT_NOUNS else None
    if verb.dep_ in ("xcomp", "advcl"):
        return next((o for o in kids(verb.head, ("dobj", "nsubjpass")) if o.i < verb.i
                     and o.lemma_.lower() in ATTEMPT_NOUNS), None)
    return None


def _plotters(noun: Token) -> list[Token]:
    """Who makes an attempt: its "by" phrase or its possessor."""
    by_phrase = [p for c in kids(noun, ("prep",)) if c.lower_ == "by" for p in kids(c, ("pobj",))]
    return by_phrase or kids(noun, ("poss",))


def _crowd_they(verb: Token, subj: Token) -> Token | None:
    """The crowd "they" is when it protests in a clause on the act done to that crowd ("police beat
    demonstrators as they rallied"): the protesters, not the police the pronoun would follow; else None."""
    if subj.lower_ != "they" or verb.dep_ != "advcl" or verb.lemma_.lower() not in CROWD_PARTICIPLES:
        return None
    return next((o for o in kids(verb.head, ("dobj",)) if o.lemma_.lower() in PROTESTER_NOUNS), None)


def _antecedent(verb: Token, pronoun: Token) -> Token:
    """The noun a relative clause is about: "protesters in Nairobi, who had marched": "who" is people,
    so a place the parser hung the clause on gives way to the noun it locates."""
    head = verb.head
    if pronoun.lower_ == "who" and head.ent_type_ in ("GPE", "LOC", "FAC") and head.dep_ == "pobj" \
            and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        return head.head.head
    return head


def _insertion_owner(verb: Token) -> Token | None:
    """The sentence's root noun when ``verb`` comes right after the comma closing an insertion on it, else None.

    "The commission chairman, Mahmoud Ali Youssouf, offered ...", "Orban, whose government has ...,
    called on ...", "The prime minister, as chair of ASEAN, mediated ...": an apposition, a relative
    clause or a prepositional phrase set off by commas leaves the noun before it the verb's subject,
    also when the parser hung the verb on the insertion's last noun ("..., in his capacity as chair of
    the bloc, mediated")."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    node = verb.head
    while node.dep_ in ("pobj", "prep") and node.head.i < node.i:
        node = node.head  # out of the insertion: "chair" ← "as" ← "capacity" ← "in" ← "minister"
    if node.dep_ != "ROOT":
        return None
    # the insertion hangs on the noun or, fronted, on the verb itself
    opened = any((c.dep_ in ("appos", "relcl") or c.dep_ == "prep" and verb.doc[c.i - 1].text == ",")
                 and node.i < c.i < verb.i for c in node.children) or any(
        c.dep_ == "prep" and node.i < c.i < verb.i and verb.doc[c.i - 1].text == "," for c in verb.children)
    return node if opened else None


# prepositions a passive strands that the parser may take for particles ("were fired on")
STRANDED_PREPS = frozenset({"on", "upon", "at"})


def preps_of(token: Token) -> dict[str, list[Token]]:
    """Prepositional objects by preposition word, including the passive agent as ``by``."""
    found: dict[str, list[Token]] = {}
    # "sent them back to Kabul": the parser hangs the phrase on the adverb particle
    heads = [*children(token)] + [p for c in children(token) if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES
                                  for p in children(c) if p.dep_ == "prep"]
    for child in heads:
        if child.dep_ == "prt" and child.lower_ in STRANDED_PREPS and (passive := kids(token, ("nsubjpass",))):
            # "were fired on by a navy patrol": the passive subject is the preposition's object
            found.setdefault(child.lower_, []).extend(passive)
            continue
        if child.dep_ in ("prep", "agent", "dative") and child.pos_ == "ADP" and not _temporal(child) \
                and not _border_neighbour(child):
            word = child.lower_
            # "pulled its troops out of Kherson": "out of" is one preposition
            compound = [g for c in kids(child, ("prep",)) if c.lower_ == "of" for g in kids(c, ("pobj",))]
            objs = kids(child, ("pobj", "pcomp")) or compound or _stranded_object(child)
            found.setdefault(word, []).extend(objs)
            if compound and objs is compound:
                found.setdefault("of", []).extend(compound)
            if word == "in" and [o.lower_ for o in objs] == ["front"]:
                # "gathered in front of the embassy": "in front of" is one preposition, "outside"
                found.setdefault("outside", []).extend(
                    g for c in kids(objs[0], ("prep",)) if c.lower_ == "of" for g in kids(c, ("pobj",)))
            if word in ("by", "via", "over") and token.pos_ == "VERB":
                # "spoke by phone with Putin": the parser hangs the partner on the medium
                for medium in objs:
                    if medium.lemma_.lower() in MEDIUM_NOUNS:
                        for inner, heads in preps_of(medium).items():
                            found.setdefault(inner, []).extend(heads)
    return found


def _stranded_object(prep: Token) -> list[Token]:
    """ "asylum to five officers holed up in ...": the parser made the object the subject of
    the following participle; take it back when the preposition has no object of its own."""
    for token in prep.doc[prep.i + 1: min(prep.i + 6, prep.sent.end)]:
        if token.pos_ in ("NOUN", "PROPN"):
            return [token] if token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i else []
    return []


def _border_neighbour(prep: Token) -> bool:
    """ "patrolled along the border with Belarus": the parser may hang the neighbour on the verb; a
    country right after "border with" says whose border it is, not with whom the act was done."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return prep.lower_ == "with" and before.lemma_.lower() in BORDER_NOUNS and before.head.dep_ == "prep" \
        and any(o.ent_type_ == "GPE" for o in kids(prep, ("pobj",)))


def _temporal(prep: Token) -> bool:
    """ "on Tuesday", "in March": a time phrase, never a target or particle."""
    # "under martial law hours after the talks": a time noun the parser made the head of the phrase's own
    # noun ("law") leaves the phrase no time phrase
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") and not any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.ent_type_ not in ("DATE", "TIME") for c in children(g))
        for g in children(prep))


def particles_of(verb: Token) -> set[str]:
    """Particle and preposition words on ``verb`` ("called on", "brushed aside"), time phrases excluded."""
    found = {c.lower_ for c in children(verb) if c.dep_ in ("prt", "prep", "agent", "dative") and not _temporal(c)}
    # "brushed aside the demand": the tagger often calls the particle an adverb
    # "let the hostages go": the bare "go" of the idiom is its particle
    if verb.lemma_.lower() == "let":
        found |= {c.lower_ for c in children(verb) if c.dep_ in ("ccomp", "xcomp", "oprd") and c.lower_ == "go"}
    # "set free five prisoners", "set them free", "set the depot ablaze": the parser hangs the result word on
    # "set" as a modifier or clause
    if verb.lemma_.lower() == "set":
        found |= {c.lower_ for c in children(verb) if c.dep_ in ("advmod", "advcl", "acomp", "xcomp", "oprd", "ccomp")
                  and c.lower_ in ("free", "ablaze", "alight")}
    # "pushed the fighters back across the border": the parser may hang the particle on the object
    found |= {a.lower_ for o in children(verb) if o.dep_ == "dobj" for a in children(o)
              if a.dep_ == "advmod" and a.lower_ in ADVERB_PARTICLES and a.i > o.i}
    return found | {c.lower_ for c in children(verb) if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES}
