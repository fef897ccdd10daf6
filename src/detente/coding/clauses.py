"""Clause predicates the clause coder asks about a verb or its phrases: whether a clause is
background (a habit, a "since" or "when" clause), commentary, about a topic, a supportive
deployment, a summons of someone from a mission, or a mass of people; and which codes CAMEO
aims at the actor's own country.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from detente.coding.dates import year_number
from detente.coding.lexicon import WORD_SETS
from detente.coding.roles import clause_roles, kids

logger = logging.getLogger(__name__)

# adverbs that make a clause a habit, not one event ("has repeatedly accused", "regularly detain")
HABITUAL_ADVERBS = frozenset({"repeatedly", "regularly", "routinely", "frequently", "often", "habitually",
                              "long", "consistently", "persistently", "constantly", "periodically", "traditionally",
                              "always"})
# of those, the ones that tell an act repeated rather than a habit ("repeatedly violated", "again and again")
REPEATED_ADVERBS = frozenset({"repeatedly", "again"})
# conjunctions of a clause told beside the news ("as Lima had alleged", "whenever Moscow agrees")
ASIDE_MARKS = frozenset({"as", "whenever"})
# words of a time phrase that dates an act to the last few days ("on Monday", "last week", "overnight")
RECENT_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                               "week", "weekend", "yesterday", "today", "overnight", "hours"})
# what a warning foretells when it forecasts hardship rather than threatens ("warned of losses",
# "warned that jobs were at risk", "warned that deliveries would run short")
HARDSHIP_NOUNS = frozenset({"loss", "job", "shortage", "layoff", "bankruptcy", "unemployment", "revenue", "shortfall",
                            "deficit"})
# "fired warning shots", "a navigational warning": warnings that threaten no one
WARNING_THINGS = WORD_SETS["warning_things"]
NOTICE_WARNINGS = WORD_SETS["notice_warnings"]
PROTEST_ACT_VERBS = WORD_SETS["protest_act_verbs"]
COMBATANT_NOUNS = WORD_SETS["combatant_nouns"]
# participles saying how people handed over came into custody ("fighters caught near the border")
CUSTODY_PARTICIPLES = WORD_SETS["captor_participles"] | {"catch", "apprehend", "intercept", "round"}
# roles of a third party at talks ("with Qatar and Turkey as mediators"): not one of the sides
MEDIATOR_ROLES = WORD_SETS["mediator_roles"]
SHORTAGE_WORDS = frozenset({"short", "scarce"})
# verbs of keeping people in custody, which can tell a lasting state rather than an act
CUSTODY_VERBS = frozenset({"hold", "keep"})
# spans a perfect clause sums up rather than tells ("have hit refineries over the past year")
SPAN_NOUNS = frozenset({"year", "years", "decade", "decades", "months"})
# words that make "for N years" a span something has lasted rather than a term
LASTING_WORDS = frozenset({"more", "over", "past", "last", "several", "many"})
# what a threat may seize or freeze without being aimed at it
POSSESSION_NOUNS = frozenset({"asset", "property", "fund", "reserve", "holding", "investment", "stake", "deposit",
                              "account", "shipment", "cargo"})
# the purpose of a deployment that makes it help, not a show of force ("to monitor a truce": peacekeeping)
SUPPORT_WORDS = frozenset({"peacekeeping", "peacekeeper", "protect", "help", "assist", "support", "reinforce",
                           "stabilise", "stabilize", "mission", "train", "escort", "aid", "relief", "food", "shield",
                           "humanitarian", "request", "invitation", "peace", "truce", "ceasefire",
                           "armistice"})
# what forces arrive under when the host let them in ("landed in Haiti under a deal", "under a UN mandate");
# weapons sent "under a deal" are no help
AGREED_WORDS = frozenset({"deal", "agreement", "accord", "mandate"})
# purposes that are help only when they name whom the forces shield ("to defend President Kabila"); "to
# defend against an incursion" is a show of force
SHIELD_VERBS = frozenset({"defend", "guard"})
# verbs of giving up or handing over what one holds
DISARM_VERBS = frozenset({"hand", "turn", "surrender", "give"})
# members of a peace or observer mission, and the verbs that bring them to their post
MISSION_MEMBERS = frozenset({"peacekeeper", "monitor", "observer"})
# possessives that make an object the actor's own ("its claim", "our territory")
OWN_POSSESSIVES = frozenset({"its", "our", "their", "his", "her"})
ARRIVAL_VERBS = frozenset({"arrive", "land", "reach"})
# forces whose arrival abroad is a deployment ("soldiers flew into Mogadishu"); plurals too, since "U.S.
# Marines" is parsed as a name, whose lemma keeps the plural
FORCE_NOUNS = frozenset({"troop", "troops", "soldier", "soldiers", "force", "forces", "marine", "marines",
                         "paratrooper", "paratroopers", "contingent",
                         "battalion", "brigade", "unit", "instructor", "trainer", "adviser", "advisor",
                         "policeman", "policemen", "gendarme", "gendarmes", "peacekeeper", "peacekeepers"})
# ("the president's plane" is no war machine)
ARMED_BODIES = WORD_SETS["armed_bodies"] | WORD_SETS["war_machines"] - {"plane"}
LEFT_PLACES = WORD_SETS["left_places"] | WORD_SETS["settlement_nouns"]
DRILL_NOUNS = frozenset({"drill", "exercise", "game", "war-game", "wargame", "manoeuvre", "maneuver", "patrol"})
# those a government commands: ordering them to act is acting
SUBORDINATE_NOUNS = frozenset({"army", "military", "force", "forces", "troop", "police", "navy", "air", "ministry",
                               "guard", "guards", "coastguard", "government", "cabinet", "diplomat", "embassy",
                               "agency", "service", "services", "soldier", "unit", "commander", "official"})
# an armed group's or party's own people: commanded only when "its"/"their" says whose ("the rebels" may be
# another side's)
FOLLOWER_NOUNS = frozenset({"fighter", "guerrilla", "guerilla", "militant", "militiaman", "combatant", "member",
                            "follower", "supporter", "loyalist", "rebel", "unit"})
COMMENTATORS = frozenset({"analyst", "expert", "observer", "commentator", "economist", "scholar", "researcher",
                          "pundit", "academic", "strategist", "diplomat", "source", "insider", "newspaper",
                          "columnist", "editorial", "editor", "consultancy", "consultant", "tank"})
# acts with no explicit target that CAMEO codes as domestic (protests, curfews, bans, easing them)
DOMESTIC_CODES = ("14", "172", "175", "081", "082", "083", "0873", "09")
# missions a state keeps abroad: whoever is "at" one speaks for its state
DIPLOMATIC_POSTS = frozenset({"embassy", "consulate", "mission", "legation", "chancery"})


def recalled_when(verb: Token) -> bool:
    """ "assets they lost when Idi Amin expelled them": a "when" clause explaining a noun recalls the past."""
    return verb.dep_ == "advcl" and verb.head.dep_ in ("relcl", "acl") and verb.head.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in verb.children)


def called_in_from(verb: Token) -> Token | None:
    """The embassy or consulate of whom ``verb`` "called in" ("called in the number two at the Algerian
    embassy", "a senior official from the Russian embassy"), or None."""
    ins = [c for c in verb.children if c.lower_ == "in" and c.dep_ in ("prt", "prep")]
    if not ins:
        return None
    people = kids(verb, ("dobj",)) + [p for c in ins for p in kids(c, ("pobj",))]
    return next((post for holder in (*people, verb) for p in kids(holder, ("prep",))
                 if p.lower_ == "at" or holder is not verb and p.lower_ in ("from", "of")
                 for post in kids(p, ("pobj",)) if post.lemma_.lower() in DIPLOMATIC_POSTS), None)


def commanded(obj: Token) -> bool:
    """ "his security forces", "the army", "its diplomats", "its guerrillas": those a leader, government or
    armed group orders about, as opposed to another party it orders ("ordered Rwanda to withdraw")."""
    own = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in obj.children)
    if own and obj.lemma_.lower() in FOLLOWER_NOUNS and obj.pos_ == "NOUN":
        return True
    if obj.lemma_.lower() not in SUBORDINATE_NOUNS or obj.pos_ != "NOUN":
        return False
    bare = any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children) and not any(
        c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")
        for c in obj.children)
    return own or bare


def ordered_done(comp: Token) -> list[Token]:
    """Whom an order's passive small clause acts on: "ordered 11 of the farmers freed", "ordered him held",
    "ordered the prisoners released"; empty for "ordered Iran to release them" or "ordered that ..."."""
    if comp.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in comp.children):
        return []
    if comp.dep_ == "ccomp":
        # the parser makes the one acted on the small clause's subject or leaves it the order's object
        return [c for c in comp.children if c.dep_ == "nsubj"] or [
            c for c in comp.head.children if c.dep_ == "dobj" and c.i < comp.i]
    return [comp.head] if comp.dep_ == "acl" and comp.head.dep_ == "dobj" else []


def possessions_only(targets: list[Token]) -> bool:
    """Whether a threatened act's objects are only things owned ("the assets of Western companies")."""
    return bool(targets) and all(t.lemma_.lower() in POSSESSION_NOUNS for t in targets)


def own_things_object(verb: Token) -> bool:
    """ "will defend its claim", "would step up its offensive", "will defend every inch of it": the act's object
    is the actor's own, so an intent to do it is aimed at no other party."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in obj.children) or any(
                g.dep_ == "pobj" and g.lower_ in ("it", "them", "us") for p in obj.children
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
            return True
    return False


def commentator(subject: Token) -> bool:
    """ "analysts", "Security analyst Sohail Abbasi", "Abbasi, an analyst at ...": someone who comments."""
    return subject.lemma_.lower() in COMMENTATORS or any(
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in COMMENTATORS for c in subject.children)


def speculated(anchor: Token) -> bool:
    """Whether the clause of ``anchor`` is what commentators say may happen ("analysts said Beijing
    could suspend imports if ...")."""
    node = anchor
    for _ in range(3):
        if node.dep_ not in ("ccomp", "conj", "parataxis") or node.head == node:
            break
        node = node.head
        if any(c.dep_ == "nsubj" and commentator(c) for c in node.children):
            return True
    return any(c.dep_ in ("ccomp", "parataxis") and any(g.dep_ == "nsubj" and commentator(g)
                                                        for g in c.children) for c in anchor.children)


def supportive_deployment(verb: Token, arriving: bool = False) -> str | None:
    """062 when the forces go to joint drills, 074 when they go to protect, help or keep the peace;
    read from the purpose clause or the "as part of"/"for"/"at the request of" phrase of the deploying verb.
    Forces ``arriving`` "under a deal" or "under a mandate" come by agreement, which is help too."""
    words: set[str] = set()
    for child in verb.children:
        purpose = child.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in child.children)
        # "at the request of the government": forces a host asked for come to help it
        if purpose or child.dep_ == "prep" and child.lower_ in ("as", "for", "under", "at", "on"):
            if any(t.lower_ in ("its", "their", "own") for t in child.subtree):
                continue  # "to protect its fishing fleet": guarding one's own is a show of force
            words |= {t.lemma_.lower() for t in child.subtree}
            if purpose and child.lemma_.lower() in SHIELD_VERBS and kids(child, ("dobj",)):
                words.add("protect")
    if words & DRILL_NOUNS and "joint" in words:
        return "062"
    if words & (SUPPORT_WORDS | AGREED_WORDS if arriving else SUPPORT_WORDS):
        return "074"
    return None


def forces_arriving(subjects: list[Token], verb: Token | None = None) -> bool:
    """Whether the subjects of an arrival are armed forces ("the first of 600 U.S. soldiers") who arrive
    themselves: in "seized by soldiers and flown to Costa Rica" a passive ``verb`` brings someone else.
    Given the ``verb``, forces it tells were sent to fight are no arrival by agreement either."""
    if verb is not None and sent_to_fight(verb):
        return False
    brought = verb is not None and verb.tag_ == "VBN" and not any(c.lemma_ == "have" for c in verb.children)
    heads = [g for s in subjects if not (brought and s.head.dep_ == "agent")
             for g in (s, *(o for p in kids(s, ("prep",)) if p.lower_ == "of" for o in kids(p, ("pobj",))))]
    return any(h.lemma_.lower() in FORCE_NOUNS or h.lower_ in FORCE_NOUNS for h in heads)


# purposes that make an arriving force a combat one ("the first of a force sent to fight rebels")
COMBAT_PURPOSES = frozenset({"fight", "attack", "crush", "combat", "battle", "invade", "bomb", "strike", "storm"})
# errands named on the arriving force that are no help to the host: fighting or training together
WAR_ERRANDS = frozenset({"combat", "exercise", "drill", "manoeuvre", "maneuver", "wargame", "war-game", "offensive",
                         "invasion"})
# participles that tell a force was sent somewhere ("a force sent to fight rebels")
SENDING_VERBS = frozenset({"send", "deploy", "dispatch"})


def sent_to_fight(verb: Token) -> bool:
    """Whether the arriving forces of ``verb`` come to fight: its own purpose clause, or that of a participle
    of sending in its sentence, is a combat verb ("landed in Syria, the first of a force sent to fight
    rebels"); such forces take no side's part by agreement and give no aid."""
    if any(t.lemma_.lower() in WAR_ERRANDS for s in kids(verb, ("nsubj", "nsubjpass")) for t in s.subtree):
        return True  # "French troops for the combat mission in Mali", "troops for the joint exercise"
    senders = [verb] + [t for t in verb.sent if t.lemma_.lower() in SENDING_VERBS and t.tag_ == "VBN"]
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in COMBAT_PURPOSES
               and any(a.lower_ == "to" for a in c.children) for s in senders for c in s.children)


# conjunctions by which a clause only dates another ("before its soldiers left")
TIME_MARKS = frozenset({"before", "after", "since", "until", "till", "when", "once"})


def armed_move(verb: Token, obj: Token | None, code: str = "") -> bool:
    """Whether ``verb`` tells armed forces or war machines moving ("the last Russian troops left Estonia",
    "Russian military aircraft flew over South Ossetia"): its subject is one, and what it left, if
    anything, is a place ("soldiers left the bodies at the border" is no withdrawal). A move coded as
    peacekeeping (``code`` 074) needs a purpose of help ("drove into Rwanda to shield Tutsis"): forces
    moving in without one tell no act of their own."""
    if code.startswith("074") and supportive_deployment(verb) != "074":
        return False
    if verb.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and (kids(verb.head, ("dobj",)) or kids(verb, ("nsubj",))):
        return False  # "ordered the peacekeepers to leave": an expulsion by whoever gave the order
    if obj is None and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return False  # "lost the Sahel long before its last soldiers left": a time told by a departure
    heads = [g for s in clause_roles(verb)[0] for g in (s, *(o for p in kids(s, ("prep",)) if p.lower_ == "of"
                                                            for o in kids(p, ("pobj",))))]
    return any(h.lemma_.lower() in ARMED_BODIES for h in heads) and (
        obj is None or obj.pos_ == "PROPN" or obj.lemma_.lower() in LEFT_PLACES)


# verbs by which measures are put on someone ("the tariffs he had imposed on Mexican goods")
IMPOSING_VERBS = frozenset({"impose", "order", "slap", "place", "put", "levy"})


def phrase_hosts(noun: Token) -> list[Token]:
    """Besides the keyword ``noun`` itself, what may carry its phrases: its conjuncts ("700 drones and 13
    missiles at Ukrainian cities"), a participle saying how people were taken, and a relative clause that
    imposed the measure it names ("paused the tariffs he had ordered on Mexican goods": the "on" phrase says
    whom the measure and its easing aim at)."""
    # "handed 20 fighters caught near the border [to U.S. authorities]": the parser hangs the verb's phrase
    # on a participle saying how the people were taken, which never takes such a phrase itself
    return [*noun.conjuncts, *(c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in IMPOSING_VERBS),
            *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
              and c.lemma_.lower() in CUSTODY_PARTICIPLES)]


def own_arms_given(verb: Token) -> bool:
    """ "handed their weapons to U.N. observers", "turned over the last batch of their rifles": arms a side
    gives up that are its own, which is disarming (0873), not arming someone."""
    objects = kids(verb, ("dobj",))
    if verb.lemma_.lower() not in DISARM_VERBS or len(objects) != 1 or any(
            d.pos_ != "ADP" for d in kids(verb, ("dative",))):
        return False  # "handed the Colombian army its first helicopters": "its" is the recipient's
    for obj in objects:
        nouns = [obj] + [o for p in kids(obj, ("prep",)) if p.lower_ == "of" for o in kids(p, ("pobj",))]
        if any(c.dep_ == "poss" and c.lower_ in ("their", "its", "his") for n in nouns for c in n.children):
            return True
    return False


def mission_arrival(verb: Token, subjects: list[Token]) -> bool:
    """ "the first EU monitors arrived in Georgia": peacekeepers or monitors arriving in a country take
    up their mission there (074), which is more than a visit."""
    return verb.lemma_.lower() in ARRIVAL_VERBS and any(s.lemma_.lower() in MISSION_MEMBERS for s in subjects)


def topic_clause(anchor: Token) -> bool:
    """ "signed a protocol on expanding cooperation", "talks about ending the war": what a document or
    a talk is about has not happened."""
    if anchor.dep_ == "pcomp" and anchor.head.lower_ in ("on", "about", "regarding", "concerning") \
            and anchor.head.head.pos_ in ("NOUN", "PROPN"):
        return True
    # "talked about the work of the commissions and plans to reopen rail links": the parser takes the
    # noun "plans" for a present-tense verb conjoined to the past-tense talk it is the topic of
    verb = anchor.head if anchor.dep_ == "xcomp" else anchor
    return verb.dep_ == "conj" and verb.tag_ in ("VBZ", "VBP") and verb.head.tag_ == "VBD" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("about", "regarding", "concerning") and c.i < verb.i
                for c in verb.head.children)


def habitual(verb: Token) -> bool:
    """ "has repeatedly accused", "regularly detain", "has fought the government since 2006": a habit
    or a state that has lasted for years is no event of the day."""
    if any(c.dep_ == "advmod" and (c.lower_ in HABITUAL_ADVERBS and not _as_long_as(c) or _again_and_again(c))
           for c in verb.children):
        # "have repeatedly violated the truce since it took effect last month": acts repeated over the last
        # weeks are news; a habit ("regularly detain", "has repeatedly accused") is not
        return not _repeated_lately(verb)
    governing = _absolute_governor(verb)
    if governing is not None:
        # "Relations have been tense since the 2022 coups, with Bamako accusing Niamey of ...": the acts
        # of a "with" clause illustrate the lasting state they hang on
        return habitual(governing)
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) and verb.tag_ == "VBN"
    if not perfect:
        return False  # every reading below marks a perfect tense only
    # "since 2006", "since the 2022 coups", "ever since the embargo was imposed in 1962"
    years = any(c.dep_ == "prep" and c.lower_ == "since" and any(
        year_number(y) is not None for o in c.children if o.dep_ == "pobj"
        for y in (o, *(m for m in o.children if m.dep_ in ("nummod", "compound")))) for c in verb.children)
    clauses = [c for c in verb.subtree if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                                                     for m in c.children)]
    # "have fought alongside the army for more than two years", "for decades" (not a term: "jailed for two years")
    lasting = any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() == "decade" or o.lemma_.lower() == "year" and any(
            w.lower_ in LASTING_WORDS for w in o.subtree) or o.lower_ == "years" and not any(o.children))
        for o in c.children) for c in verb.children)
    # "over the past year", "in recent years": the acts of a whole span
    span = any(c.dep_ == "prep" and c.lower_ in ("over", "in", "during", "throughout") and any(
        o.dep_ == "pobj" and o.lower_ in SPAN_NOUNS and any(
            w.dep_ == "amod" and w.lower_ in ("past", "last", "recent") for w in o.children)
        for o in c.children) for c in verb.children)
    # "since then", "ever since": from a time told before up to now
    since_then = any(c.dep_ in ("prep", "advmod") and c.lower_ == "since" and any(
        o.lower_ in ("then", "ever") for o in c.children) or c.dep_ == "advmod" and c.lower_ == "ever" and any(
        o.lower_ == "since" for o in c.children) for c in verb.children)
    # "has acted as a go-between since the coup", "has served as mediator since": a role held, whatever the start
    role = verb.lemma_.lower() in ("act", "serve") and any(c.lower_ == "since" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "since" for m in c.children) for c in verb.children)
    if years or lasting or span or since_then or role or any(
            t.like_num and len(t.text) == 4 or t.lower_ == "ever" for c in clauses for t in c.subtree):
        return True
    # "has expanded over the past three years and has staged attacks in Benin": a perfect verb joined to
    # a habit shares its span
    return verb.dep_ == "conj" and verb.head.tag_ == "VBN" and habitual(verb.head)


def _absolute_governor(verb: Token) -> Token | None:
    """ "..., with Pakistan blaming Kabul for the attacks": the verb of the clause a "with" absolute (its own
    subject and an -ing verb) hangs on, past a "since" clause the parser may hang it on; None otherwise."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "with" or verb.tag_ != "VBG" \
            or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    node = verb.head.head
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") and node != verb else None


def custody_state(verb: Token) -> bool:
    """ "four drivers held by police", "citizens it had held since 2023", "the group still holds 55 staff":
    keeping people one already holds describes their state, not an act of the day (unlike "were held by
    soldiers for several hours" or "boarded the tanker and held its crew")."""
    if verb.lemma_.lower() not in CUSTODY_VERBS:
        return False
    if verb.dep_ in ("acl", "relcl"):
        return True
    return verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)


def _repeated_lately(verb: Token) -> bool:
    """ "repeatedly shelled the town on Monday", "have repeatedly violated the ceasefire since it took effect last
    month": acts told as repeated (not habitual) whose time phrase or "since" puts them in the last weeks."""
    adverbs = [c for c in verb.children if c.dep_ == "advmod" and (c.lower_ in HABITUAL_ADVERBS or _again_and_again(c))]
    if any(a.lower_ not in REPEATED_ADVERBS for a in adverbs):
        return False
    since = [c for c in verb.children if c.lower_ == "since" and c.dep_ == "prep"
             or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)]
    return _dated_days_ago(verb) or any(t.lower_ in RECENT_TIME_WORDS or t.lemma_.lower() in ("week", "month") and any(
        m.lower_ in ("last", "this") for m in t.children) for c in since for t in c.subtree)


def _as_long_as(adverb: Token) -> bool:
    """ "ruled out talks as long as its fighters held the towns": "long" of the conjunction "as long as" (or
    "so long as") bounds a condition, it is no "has long accused" habit."""
    return adverb.lower_ == "long" and adverb.i > 0 and adverb.doc[adverb.i - 1].lower_ in ("as", "so")


def _again_and_again(adverb: Token) -> bool:
    """ "again and again": an act told as repeated."""
    return adverb.lower_ == "again" and any(c.dep_ == "conj" and c.lower_ == "again" for c in adverb.children)


def since_clause(anchor: Token) -> bool:
    """ "the first clash since the two countries signed a treaty": the act time is measured from (not one the
    clause itself dates to the last few days: "closed since India expelled three diplomats on Monday")."""
    if anchor.dep_ in ("pcomp", "pobj") and anchor.head.lower_ == "since":
        return True
    return anchor.dep_ in ("advcl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "since" for c in anchor.children) \
        and not _dated_days_ago(anchor)


def _dated_days_ago(verb: Token) -> bool:
    """ "on Monday", "last week", "earlier this week": the verb's own time phrase puts it days ago."""
    # (words, not entity types: the fast engine asks before entities are tagged)
    return any(t.lower_ in RECENT_TIME_WORDS for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree)


def aside_clause(anchor: Token) -> bool:
    """ "a region Caracas annexed, which Guyana called illegal", "denied it, as Peruvian officials had alleged",
    "ready for an exchange whenever Moscow agreed": a clause describing a noun, or an "as"/"whenever" clause,
    told alongside the news rather than as it (the clause may reach the act through complements)."""
    clause = anchor
    while clause.dep_ in ("xcomp", "ccomp", "conj") and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "relcl":
        return True
    return clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ASIDE_MARKS
                                          for c in clause.children)


def forecast_warning(anchor: Token) -> bool:
    """ "producers warned of losses", "carmakers warned that parts would run short": a warning, addressed
    to no one, that hardship is coming forecasts it; it threatens no one (not "warned Moscow of heavy
    losses if it attacked")."""
    if anchor.lemma_.lower() != "warn" or kids(anchor, ("dobj",)):
        return False
    foretold = [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"]
    for comp in (c for c in anchor.children if c.dep_ == "ccomp"):
        foretold += [t for s in kids(comp, ("nsubj", "nsubjpass")) for t in s.subtree]
        if any(c.lemma_.lower() in SHORTAGE_WORDS for c in comp.children if c.dep_ in ("acomp", "advmod")):
            return True
    return any(t.lemma_.lower() in HARDSHIP_NOUNS for t in foretold)


def harmless_warning(anchor: Token) -> bool:
    """ "over warning shots fired near peacekeepers" (the parser read "warning" as a verb), "issued a
    navigational warning for the area": a shot meant to warn is coded as what was fired, and a notice to
    shipping or travellers threatens no one."""
    if anchor.lemma_.lower() == "warn" and anchor.tag_ == "VBG":
        return any(o.lemma_.lower() in WARNING_THINGS for o in kids(anchor, ("dobj",)))
    return any(n.lemma_.lower() == "warning" and any(m.lemma_.lower() in NOTICE_WARNINGS
                                                     for m in kids(n, ("amod", "compound")))
               for n in (anchor, *kids(anchor, ("dobj",))))


def about_another(subjects: list[Token], comp: Token) -> bool:
    """Whether the reported clause's subject is a named actor other than the speaker."""
    inner, _, _ = clause_roles(comp)
    if not subjects or not inner or inner[0].pos_ != "PROPN":
        return False
    return not any(inner[0].lemma_ == s.lemma_ or inner[0].i in {t.i for t in s.subtree} for s in subjects)


def is_mass(head: Token, least: int = 500) -> bool:
    """True for "thousands of refugees", "1,200 families", "more than 500 people" (``least`` or more)."""
    if head.lemma_.lower() in ("hundred", "hundreds", "thousand", "thousands", "million", "millions", "tens"):
        return True
    if head.lower_ in ("dozens", "scores") and least <= 24:
        # "executed dozens of men": at least two dozen (of people, not of armed men: "dozens of his bodyguards")
        return not any(o.lemma_.lower() in COMBATANT_NOUNS for p in head.children if p.lower_ == "of"
                       for o in p.children)
    for num in (c for c in head.children if c.dep_ == "nummod"):
        words = [num.lower_] + [g.lower_ for g in num.children]
        if any(w in ("hundred", "hundreds", "thousand", "thousands", "million", "millions") for w in words):
            return True
        digits = num.text.replace(",", "")
        if digits.isdigit() and int(digits) >= least:
            return True
    return False


def counted_mass(head: Token, least: int = 500) -> bool:
    """True for a mass (see ``is_mass``) or the people a mass counts: "Afghans" in "tens of thousands of
    Afghans", where the parser may hang the count elsewhere and leave the people as the act's party."""
    if is_mass(head, least):
        return True
    while head.dep_ == "conj":  # "dozens of men, women and children"
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "of" and is_mass(head.head.head, least)


def crowd_of(head: Token, nouns: frozenset[str]) -> bool:
    """True when ``head`` is one of ``nouns`` or counts or gathers them: "protesters", "thousands of
    students", "a procession of mourners"."""
    return head.lemma_.lower() in nouns or any(
        o.lemma_.lower() in nouns for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj")


def protesting(head: Token) -> bool:
    """True when a relative clause on ``head`` says the people were protesting: "farm workers who were
    blocking a highway", "villagers who had marched on the town hall" (armed men blocking a road are no
    protesters)."""
    return head.lemma_.lower() not in COMBATANT_NOUNS and any(
        c.dep_ == "relcl" and c.lemma_.lower() in PROTEST_ACT_VERBS for c in head.children)


def is_domestic(code: str) -> bool:
    """True for codes CAMEO aims at the actor's own country when no target is named."""
    return code.startswith(DOMESTIC_CODES)


def depth(token: Token) -> int:
    """How many heads lie above ``token`` in its parse tree."""
    depth = 0
    while token.head != token and depth < 50:
        token = token.head
        depth += 1
    return depth


def _role_phrase(holder: Token) -> bool:
    """Whether ``holder`` carries an "as mediator(s)" phrase (directly or through "acting/serving as")."""
    for prep in holder.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" \
                and any(o.dep_ == "pobj" and o.lemma_.lower() in MEDIATOR_ROLES for o in prep.children):
            return True
    return False


def as_mediator(partner: Token) -> bool:
    """Whether the object of a "with" phrase is named as the meeting's mediator, not its other side.

    Args:
        partner: the object (pobj, or the subject of an absolute clause) of "with".

    Returns:
        True for "with Qatar as mediator" (the "as" phrase on the same verb, as the parser hangs it) and
        "with Qatar acting as mediator"; False otherwise.
    """
    first = partner
    while first.dep_ == "conj":
        first = first.head  # "with Qatar and Turkey as mediators": Turkey hangs on Qatar
    if first.dep_ == "nsubj" and first.head.dep_ == "pcomp" and first.head.head.lower_ == "with":
        return _role_phrase(first.head)  # "with Egypt acting as broker"
    if first.dep_ != "pobj" or first.head.lower_ != "with":
        return False
    return _role_phrase(first) or _role_phrase(first.head.head)


# prepositions by which a gerund tells what someone is accused, blamed or charged with having done
DEED_PREPS = frozenset({"of", "for", "with"})


def phrase_parties(found: list[Token], obj: Token | None) -> list[Token]:
    """The parties a target preposition's phrases name, given the verb's direct object.

    Args:
        found: The objects of the target prepositions (nouns, or gerunds the parser hangs as ``pcomp``).
        obj: The verb's direct object, if any.

    Returns:
        ``found`` less mediators ("with Qatar as mediator"); with a direct object, a gerund phrase tells
        what the object did, not to whom the act is done ("accused the agency of channelling supplies to
        the RSF", "blamed the company for selling arms to Iran"): the object is the target instead.
    """
    kept = [p for p in found if not as_mediator(p)]
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return kept
    # ("with Croatian officers watching": a gerund with its own subject tells a circumstance)
    parties = [p for p in kept if not (p.tag_ == "VBG" and p.dep_ == "pcomp" and p.head.lower_ in DEED_PREPS
                                       and not any(c.dep_ == "nsubj" for c in p.children))]
    return parties if parties or not kept else [obj]
