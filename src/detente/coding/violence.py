"""Which kind of force an act is, given who did it to whom: CAMEO 18 (assault) or 19 (fight), an
irregular bombing (183), people seized (181/173) and leaders who "clash" in words (110).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.actors import ActorResolver
from detente.coding.acts import Act
from detente.coding.clauses import is_mass
from detente.coding.lexicon import WORD_SETS
from detente.coding.modality import clause_modality
from detente.coding.numbers import count_value
from detente.coding.phrases import PART_WORDS
from detente.coding.roles import clause_roles
from detente.coding.tolls import ARMED_SIDE_SECTORS

logger = logging.getLogger(__name__)

CONVENTIONAL_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY"})
# weapons of an irregular bombing (CAMEO 183)
BOMB_WORDS = frozenset({"bomb", "ied", "explosive", "landmine", "mine", "blast", "explosion", "bombing"})
ASSAULT_LEMMAS = frozenset({"kill", "murder", "execute", "behead", "lynch", "stab", "wound", "injure"})
# people whom seizing is abducting or arresting, not confiscating
SEIZED_PEOPLE = frozenset({"nurse", "doctor", "worker", "journalist", "reporter", "teacher", "student", "child",
                           "woman", "man", "people", "person", "civilian", "villager", "passenger", "tourist",
                           "fisherman", "sailor", "crew", "missionary", "priest", "nun", "engineer", "employee",
                           "staff", "hostage", "farmer", "trader", "driver", "pilgrim", "soldier", "officer", "miner",
                           "national", "citizen", "activist", "protester", "diplomat", "official", "migrant",
                           "surveyor", "contractor", "technician", "researcher", "scientist", "businessman",
                           "executive", "volunteer", "guard", "monk", "hiker", "peacekeeper", "observer", "pilot",
                           "inspector", "monitor", "foreigner", "expatriate", "reservist", "serviceman",
                           "policeman", "gendarme", "seaman", "crewman", "prisoner", "captive", "geologist",
                           "helmet", "businessman", "politician", "councillor", "councilor", "lawmaker", "son",
                           "daughter", "wife", "relative", "boy", "girl", "teenager", "aide", "bodyguard",
                           "schoolgirl", "schoolboy", "pupil", "schoolchild"})
# a number of people seized, said by the group they form ("a group of tourists")
GROUP_NOUNS = frozenset({"group", "party", "dozen", "number", "busload", "batch", "team", "family"})
# fights that between governments, leaders and parties are fought in words
WORDY_FIGHTS = frozenset({"clash", "spar", "feud", "tussle", "lock"})
POLITICAL_SECTORS = frozenset({"GOV", "ELI", "LEG", "PTY", "OPP", "JUD"})
ASSAILANT_NOUNS = frozenset({"bomber", "gunman", "assailant", "attacker", "militant", "jihadist"})
IRREGULAR_SECTORS = frozenset({"REB", "INS", "UAF", "CRM", "OPP", "CVL", "SEP", "RAD"})
# nouns that name an armed band whatever its patron: "rebels loyal to Prince Johnson" are coded as their
# patron's, but what they do is still an armed group's act
BAND_NOUNS = frozenset({"rebel", "guerrilla", "insurgent", "militant", "gunman", "militiaman", "kidnapper", "fighter"})
# what armed forces are and hold: an irregular attack on them is a fight (190), not an assault
FORCE_WORDS = frozenset({"soldier", "troop", "army", "military", "police", "policeman", "officer", "convoy", "patrol",
                         "checkpoint", "base", "outpost", "post", "position", "garrison", "barracks", "unit", "force",
                         "guard", "warship", "navy", "airbase", "trench", "serviceman", "marine", "commando"})

# verbs that take a life ("shot dead", "gunned down"): done to a political leader, an assassination
LIFE_TAKING_LEMMAS = frozenset({"kill", "murder", "slay", "shoot", "gun", "assassinate"})
# the offices whose holders' killing is an assassination (CAMEO 186), their failed killing an attempt (185)
ELITE_TITLES = frozenset({"president", "minister", "premier", "governor", "mayor", "lawmaker", "legislator",
                          "senator", "congressman", "parliamentarian", "mp", "deputy", "judge", "prosecutor",
                          "ambassador", "envoy", "leader", "chairman", "speaker", "prefect", "chancellor",
                          "candidate", "politician", "king", "prince", "sheikh", "emir"})

# killing people held or picked out (beheading is such a killing): an execution, a massacre when the victims are many
EXECUTION_LEMMAS = frozenset({"execute", "massacre", "slaughter", "behead", "decapitate"})
# seizing people before killing them ("rounded up and shot dead 60 men")
ROUND_UP_LEMMAS = frozenset({"round", "detain", "abduct", "seize", "capture", "kidnap", "gather"})


# people who take no part in fighting: killed in numbers by armed men, a massacre (CAMEO 202)
CIVILIAN_NOUNS = frozenset({"civilian", "villager", "worshipper", "refugee", "resident", "farmer", "herder",
                            "fisherman", "pilgrim", "mourner", "patient", "parishioner", "churchgoer", "woman",
                            "child", "peasant", "displace", "people", "tourist", "student", "passenger", "pupil"})
# words that count a crowd without a number ("dozens of villagers", "scores of civilians")
COUNT_NOUNS = frozenset({"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands"})
# verbs of killing people directly, face to face ("gunned down", "hacked to death")
DIRECT_KILLING_LEMMAS = frozenset({"kill", "massacre", "slaughter", "murder", "slay", "gun", "butcher", "hack",
                                   "cut", "slit", "burn"})  # throats cut, people burnt to death
# attacks made at close quarters, whose toll ("stormed the church, killing 30 villagers") armed men take by hand
CLOSE_ASSAULT_LEMMAS = frozenset({"storm", "raid", "attack", "overrun", "burst", "set", "torch", "ambush"})
# weapons that strike from afar, besides ATTACK_MEANS ("attacked the village with mortars")
WEAPON_MEANS = frozenset({"mortar", "grenade", "shell", "missile", "rocket", "bomb", "explosive", "tank", "gunship"})
MASS_CIVILIAN_KILLING = 20  # so many civilians killed by armed men are a massacre
MASS_SHOOTING = 100  # so many civilians shot (not said to be dead) by armed men are a massacre
# what kills from afar or is an attack, not armed men: "an air strike killed 23 villagers" is the strike's toll
ATTACK_MEANS = frozenset({"strike", "airstrike", "attack", "shelling", "bombing", "bomb", "shell", "missile",
                          "rocket", "drone", "raid", "explosion", "blast", "bombardment", "artillery", "fire"})


def many_civilians(verb: Token, victims: list[Token]) -> bool:
    """True when armed men kill civilians in numbers with their own hands, a massacre (CAMEO 202).

    "militiamen killed dozens of villagers", "gunned down more than 100 worshippers", "shot dead 40 villagers";
    not the toll of an air strike, shelling or bomber ("an air strike killed 23 villagers", "shelled the camp,
    killing 30 people", "two suicide bombers killed 23 people").
    """
    # ("shot dead 30 villagers" may hang "dead" on the victims)
    shot_dead = verb.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for v in (verb, *victims) for c in v.children)
    # "shot hundreds of civilians": shooting, dead or not, so many people is a massacre ("shot down" is no shooting)
    shot_many = verb.lemma_.lower() == "shoot" and not shot_dead and not any(c.dep_ == "prt" for c in verb.children)
    killed_when = _killed_when(verb) or _swept(verb) and any(
        v.lemma_.lower() in COUNT_NOUNS or is_mass(v, MASS_CIVILIAN_KILLING) for v in victims)
    # "stabbed to death 40 villagers", "clubbed dozens of refugees to death": any verb that kills by hand
    to_death = any(c.lower_ == "to" and any(o.lower_ == "death" for o in c.children) for c in verb.children)
    if not killed_when and (verb.lemma_.lower() not in DIRECT_KILLING_LEMMAS and not shot_dead and not shot_many
                            and not to_death
                            or verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _close_quarters(verb.head)):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    subjects = [o for s in subjects for o in ([*s.children] if s.dep_ == "agent" else [s]) if o.dep_ != "det"]
    if not subjects and verb.dep_ in ("conj", "advcl"):
        # "burst into two mosques and gunned down more than 100 worshippers", "stormed the church, killing
        # 25 villagers": the first verb's subject
        subjects = clause_roles(verb)[0] or clause_roles(verb.head)[0]
    if not subjects or any(s.pos_ == "PRON" or s.lemma_.lower() in ATTACK_MEANS | {"bomber"} for s in subjects):
        return False
    return killed_when or any(counted_civilians(v) and (not shot_many or is_mass(v, MASS_SHOOTING)) for v in victims)


def _swept(verb: Token) -> bool:
    """ "went from house to house, shooting dozens of young men", "went door to door killing": armed men
    sweeping a place pick their victims out one by one, an execution whatever the victims were."""
    if verb.lemma_.lower() not in LIFE_TAKING_LEMMAS:
        return False
    words = {t.i: t.lower_ for t in (*verb.subtree, *verb.head.subtree)}
    return any(w in ("house", "door") and words.get(i + 1) == "to" and words.get(i + 2) == w
               for i, w in words.items())


def _killed_when(attack: Token) -> bool:
    """ "hundreds of people were killed when soldiers shot into a crowd", "dozens of villagers died when
    militiamen stormed the church": civilians counted dead by a shooting or assault at close quarters told in
    a "when" clause (not by shelling or a bomb)."""
    shooting = attack.lemma_.lower() == "shoot" and not any(c.dep_ == "prt" for c in attack.children)
    if not shooting and not _close_quarters(attack):
        return False
    return any(v.head.lemma_.lower() in ("kill", "die") and counted_civilians(v) for v in harmed_when(attack))


def _close_quarters(attack: Token) -> bool:
    """ "stormed a church ..., killing", "opened fire on the crowd, killing": an attack by hand or by rifle at
    close range, not one by shells, rockets or bombs ("attacked the village with mortars")."""
    if attack.lemma_.lower() == "open":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in attack.children)
    return attack.lemma_.lower() in CLOSE_ASSAULT_LEMMAS and not any(
        p.lower_ == "with" and any(o.lemma_.lower() in ATTACK_MEANS | WEAPON_MEANS for o in p.children)
        for p in attack.children)


def _civilian(head: Token) -> bool:
    """ "villagers", "men, women and children", "Kashmiri Hindus", "Tutsis": people, or a community named by its
    faith or people (a plural proper noun), who take no part in fighting."""
    # (the tagger may take a people's plural name for a common noun: "Tutsis/NNS", capitalised mid-sentence)
    return any(t.lemma_.lower() in CIVILIAN_NOUNS or (t.tag_ in ("NNPS", "NNP") or t.tag_ == "NNS"
                                                      and t.text[:1].isupper() and t.i > t.sent.start)
               and t.lower_.endswith("s") and not _armed_name(t.text) for t in (head, *head.conjuncts))


def _armed_name(text: str) -> bool:
    """ "Houthis", "Taliban": a plural name the actor lexicon gives to an armed side, no community."""
    ref = ActorResolver.default().resolve_text(text)
    return ref is not None and (ref.code[3:6] in ARMED_SIDE_SECTORS or ref.code.startswith("IMG"))


def counted_civilians(head: Token) -> bool:
    """ "36 villagers", "more than 150 Tutsi refugees", "dozens of civilians", "hundreds of Tutsis"."""
    if head.lemma_.lower() in COUNT_NOUNS:
        return any(_civilian(o) for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj")
    if not _civilian(head):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in COUNT_NOUNS:
        return True  # "hundreds of people were killed when soldiers shot into a crowd": the victims the count counts
    for num in (c for c in head.children if c.dep_ == "nummod"):
        if num.lower_ in COUNT_NOUNS or (count_value(num) or 0) >= MASS_CIVILIAN_KILLING:
            return True
    return False


# the edge of a state, where people rounded up are taken to be put out of it
BORDER_NOUNS = frozenset({"border", "frontier", "crossing", "boundary"})
TOWARD_PREPS = frozenset({"to", "toward", "towards", "across", "over"})


def taken_to_border(verb: Token) -> bool:
    """True when a verb joined to ``verb`` carries people to a border: "rounded up thousands of migrants
    and trucked them to the frontier", "detained 2,000 refugees and put them on buses to the border".

    Round-ups of a mass of people that end at the border are a mass expulsion (CAMEO 201), not arrests.
    """
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        joined.append(verb.head)
    return any(t.dep_ == "pobj" and t.lemma_.lower() in BORDER_NOUNS and t.head.lower_ in TOWARD_PREPS
               for other in joined for t in other.subtree if not t.is_ancestor(verb))


# armed or uniformed men whose beating of anyone is a physical assault (CAMEO 182), not a win over them
BEATING_FORCES = FORCE_WORDS | frozenset({"sergeant", "sailor", "militiaman", "militia", "gunman", "settler",
                                          "vigilante", "jailer", "warder", "interrogator", "agent", "mob"})


def beaten_by_force(verb: Token, subjects: list[Token], obj: Token | None, penalty: float) -> Act | None:
    """ "was badly beaten by police", "officers had beaten all three": a beating by armed or uniformed men
    is a physical assault (182) on whomever it is done to; others may beat a rival or a deadline.

    Args:
        verb: The clause's verb.
        subjects: The clause's subject heads (the passive's agent).
        obj: The clause's object head (the passive's subject).
        penalty: The confidence penalty of the clause roles.

    Returns:
        The act, or None when the clause is no such beating.
    """
    if verb.lemma_.lower() != "beat" or obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "DET") \
            or any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off") for c in verb.children):
        return None  # "troops beat back the assault" repels an attack
    if not subjects or not all(s.lemma_.lower() in BEATING_FORCES or any(
            c.dep_ == "compound" and c.lemma_.lower() in BEATING_FORCES for c in s.children) for s in subjects):
        return None
    return Act(verb, "182", "beat (by armed or uniformed men)", [verb.i], subjects, [obj],
               modality=clause_modality(verb), penalty=penalty + 0.05)


# what befalls the victims of an attack told in a "when" clause ("were wounded when a bomb exploded")
HARM_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "maim", "die"})


# what a planted or fired weapon does to its victims ("a roadside bomb planted by Hezbollah killed a general")
INSTRUMENT_HARM_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "maim", "hit", "strike", "destroy", "damage",
                                    "wreck"})


def harmed_when(anchor: Token) -> list[Token]:
    """The victims of the harm an attack in a "when" clause caused: "two soldiers were wounded when a bomb
    planted by militants exploded", "nine gang members died when an army unit stormed their camp"; or of the
    harm done by the weapon the attack's participle describes: "a roadside bomb planted by Hezbollah killed
    the commander", "a rocket fired by militants hit an Israeli town".

    Returns:
        The heads of those harmed (none when the act is not told so).
    """
    weapon = anchor.head
    if anchor.dep_ == "acl" and weapon.dep_ == "nsubj" and weapon.head.lemma_.lower() in INSTRUMENT_HARM_LEMMAS:
        return [c for c in weapon.head.children if c.dep_ == "dobj"]
    clause = anchor
    for _ in range(4):
        if clause.dep_ == "advcl" or clause.head == clause:
            break
        clause = clause.head
    harm = clause.head
    if clause.dep_ != "advcl" or harm.lemma_.lower() not in HARM_LEMMAS or not any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as") for c in clause.children):
        return []
    return [c for c in harm.children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and harm.lemma_.lower() == "die"]


def execution_style(verb: Token) -> bool:
    """True for a killing of people held or picked out, which in numbers is a massacre (CAMEO 202).

    "executed 30 men", "rounded up and shot dead 60 men", "shot dead in cold blood".
    """
    if verb.lemma_.lower() in EXECUTION_LEMMAS:
        return True
    if verb.lemma_.lower() not in ("kill", "shoot", "murder"):
        return False
    return any(c.lemma_.lower() in ROUND_UP_LEMMAS for c in verb.conjuncts) or any(
        p.lower_ == "in" and any(o.lower_ == "blood" for o in p.children) for p in verb.children)


def _head_of_state(title: Token) -> bool:
    """ "Head of state X", "head of government X": an office named by what its holder heads."""
    # the parser may glue the name onto "state" ("of [state Mohamed X]"), so the object's compounds count too
    return title.lemma_.lower() == "head" and any(
        w.lemma_.lower() in ("state", "government") for p in title.children if p.lower_ == "of"
        for o in p.children for w in (o, *(c for c in o.children if c.dep_ == "compound")))


def _leader(target: Token) -> bool:
    """A political leader named by office: "the governor", "President X", "Prime Minister X"."""
    return target.tag_ in ("NN", "NNP") and (target.lemma_.lower() in ELITE_TITLES or _head_of_state(target) or any(
        c.dep_ in ("compound", "appos", "nmod") and (c.lemma_.lower() in ELITE_TITLES or _head_of_state(c))
        for c in target.children))


def targeted_killing(verb: Token, targets: list[Token]) -> bool:
    """True for the killing of a political leader named by office, an assassination (CAMEO 186).

    "gunmen killed the provincial governor", "shot dead opposition leader X", "murdered Mayor Y".
    Soldiers, commanders and crowds are not so named.
    """
    if verb.lemma_.lower() not in LIFE_TAKING_LEMMAS or not targets:
        return False
    return all(_leader(t) for t in targets)


# nouns of a purpose phrase that make the act it qualifies an attempt at its aim ("in an attempt to kill him")
ATTEMPT_PURPOSE_NOUNS = frozenset({"attempt", "bid", "effort"})
# the aims of such an attempt that are a life: "in a bid to assassinate the governor"
KILLING_AIMS = frozenset({"kill", "murder", "slay", "assassinate"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def attempted_killings(acts: list[Act]) -> list[Act]:
    """ "opened fire on the minister's convoy in an attempt to kill him", "blew herself up at the president's
    rally in a bid to assassinate her": an attack whose stated aim is one person's death is an attempt on that
    person's life (CAMEO 185), not an attack on what was hit and a killing besides.

    Args:
        acts: The sentence's acts.

    Returns:
        ``acts`` with each such attack aimed at the person and coded 185, the aimed killing folded into it (a
        bombing stays beside the attempt; an aimed killing whose attack is not coded takes the attacking
        clause's subject).
    """
    by_anchor = {a.anchor.i: a for a in acts}
    folded, attempts = set(), []
    for aim in [a.anchor for a in acts if a.anchor.lemma_.lower() in KILLING_AIMS]:
        attack_verb, victim = _attack_aiming_at(aim)
        if attack_verb is None or victim is None:
            continue
        attack = by_anchor.get(attack_verb.i)
        if attack is not None and attack.code.startswith("183") and not attack.nominal:
            # "a suicide bomber blew herself up at the president's rally in a bid to kill her": the bombing,
            # which strikes the crowd too, is an event of its own beside the attempt
            attempts.append(replace(attack, code="185", rule=f"{attack.rule} > attempt to kill", targets=[victim]))
            folded.add(aim.i)
        elif attack is not None and attack.root in VIOLENT_ROOTS and not attack.nominal:
            attack.code, attack.rule, attack.targets = "185", f"{attack.rule} > attempt to kill", [victim]
            folded.add(aim.i)
        elif attack is None and not (killing := by_anchor[aim.i]).sources:
            killing.code, killing.rule = "185", f"{killing.rule} > attempt to kill"
            killing.sources = clause_roles(attack_verb)[0]
    for killing in [a for a in acts if a.code == "186" and a.anchor.dep_ == "advcl" and a.anchor.tag_ == "VBG"]:
        # "opened fire on Boudiaf as he spoke, killing the Algerian leader": the shooting the participle ends
        # is the assassination, one event (the participle's subject is the shooter's, not "he")
        head = killing.anchor.head
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in head.children):
            head = head.head  # (the parser may hang the participle on the "as he spoke" clause)
        attack = by_anchor.get(head.i)
        if attack is not None and attack.root == "19" and not attack.nominal:
            attack.code, attack.rule = "186", f"{attack.rule} > assassination"
            if not all(t.pos_ == "PRON" for t in killing.targets):
                attack.targets = killing.targets
            folded.add(killing.anchor.i)
    return [a for a in acts if a.anchor.i not in folded] + attempts


def _attack_aiming_at(aim: Token) -> tuple[Token | None, Token | None]:
    """For the infinitive of "in an attempt to kill X": the verb the phrase qualifies and X, when X is one
    person (a name, a leader named by office, "him"/"her"); (None, None) otherwise."""
    noun = aim.head
    if aim.dep_ != "acl" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in aim.children) \
            or noun.lemma_.lower() not in ATTEMPT_PURPOSE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "in" \
            or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None, None
    victim = next((o for o in aim.children if o.dep_ == "dobj"), None)
    if victim is None or not (victim.lower_ in ("him", "her") or victim.tag_ == "NNP"
                              or targeted_killing(aim, [victim])):
        return None, None
    return noun.head.head, victim


def _target_words(act: Act) -> set[str]:
    """The lemmas of the act's targets and of their modifiers ("a police convoy", "an army patrol")."""
    return {w.lemma_.lower() for t in act.targets
            for w in [t, *(c for c in t.children if c.dep_ in ("compound", "amod"))]}


# places where only civilians are: an armed group's attack on them is an assault (180), not a fight
CIVILIAN_PLACES = frozenset({"hospital", "clinic", "school", "church", "mosque", "temple", "market", "marketplace"})
# what makes a camp one of civilians ("a displacement camp", "a camp for displaced families")
SHELTER_WORDS = frozenset({"displacement", "displace", "displaced", "refugee", "idp"})


def _civilian_place(act: Act) -> bool:
    """True when the act's object is a place of civilians: "stormed a hospital", "attacked a displacement
    camp", "a camp for displaced families" (not "an army training camp", "the kidnappers' camp", nor a place
    struck by drones or rockets)."""
    words = _target_words(act)
    if words & FORCE_WORDS or any(s.lemma_.lower() in ATTACK_MEANS for s in act.sources):
        return False  # "a market was struck by RSF drones": a strike from afar is military force
    return bool(words & CIVILIAN_PLACES) or "camp" in words and bool(words & SHELTER_WORDS or any(
        w.lemma_.lower() in SHELTER_WORDS for t in act.targets if t.lemma_.lower() == "camp"
        for p in t.children if p.dep_ == "prep" for o in p.children for w in (o, *o.children)))


# bombs fired or dropped by an army's weapons, not planted: "mortar bombs", "barrel bombs"
ORDNANCE_BOMB_KINDS = frozenset({"mortar", "artillery", "barrel", "cluster", "aerial"})


def _irregular_bomb(token: Token) -> bool:
    return token.lemma_.lower() in BOMB_WORDS and not any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ORDNANCE_BOMB_KINDS for c in token.children)


def _by_bomb(act: Act) -> bool:
    """True for an act done with a bomb or by a bomber: "killed four soldiers with a roadside bomb", or the
    outcome of a bombing told by a participle ("set off a car bomb at a checkpoint, killing three soldiers").
    Ordnance ("pounded the city with mortar bombs") is no irregular bomb."""
    anchor = act.anchor
    if any(s.lemma_.lower() == "bomber" for s in act.sources) or act.sources and all(
            _irregular_bomb(s) for s in act.sources):
        return True  # "a suicide bomber attacked a police convoy", "a roadside bomb killed four soldiers"
    if any(c.dep_ == "advcl" and any(s.dep_ == "nsubj" and _irregular_bomb(s) for s in c.children)
           for c in anchor.children):
        return True  # "two rangers were killed when a bomb exploded beside their pickup"
    if any(p.lower_ in ("with", "in", "by") and any(_irregular_bomb(o) for o in p.children)
           for p in anchor.children):
        return True
    if anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.head != anchor:
        return any(c.dep_ in ("dobj", "obj") and _irregular_bomb(c) for c in anchor.head.children)
    return False


# agents whose use in an attack is a chemical or biological weapon (CAMEO 2041)
CHEMICAL_AGENTS = frozenset({"chlorine", "sarin", "chloropicrin", "novichok", "ricin", "anthrax", "tabun", "soman",
                             "vx", "phosgene"})
CHEMICAL_KINDS = frozenset({"mustard", "nerve", "poison", "chemical", "biological", "toxic"})
CHEMICAL_THINGS = frozenset({"gas", "agent", "weapon", "munition", "shell", "bomb", "rocket"})
# the links that keep a word in the act's own phrase ("detonated trucks loaded with chlorine gas")
WEAPON_LINKS = frozenset({"dobj", "prep", "pobj", "acl", "compound", "amod", "nmod", "appos"})


def chemical_weapon(anchor: Token) -> bool:
    """True when the act's own phrase names a chemical or biological agent: "detonated trucks loaded
    with chlorine gas", "shelled the town with sarin", "fired rockets with nerve agent"."""
    stack = [c for c in anchor.children if c.dep_ in WEAPON_LINKS]
    while stack:
        word = stack.pop()
        lemma = word.lemma_.lower()
        if lemma in CHEMICAL_AGENTS or lemma in CHEMICAL_THINGS and any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in CHEMICAL_KINDS for c in word.children):
            return True
        stack.extend(c for c in word.children if c.dep_ in WEAPON_LINKS)
    return False


def _as_hostages(verb: Token) -> bool:
    """ "seized the crew as hostages", "held them as captives"."""
    return any(o.lemma_.lower() in ("hostage", "captive") for p in verb.children if p.dep_ == "prep"
               and p.lower_ == "as" for o in p.children if o.dep_ == "pobj")


def _seized_person(word: Token) -> bool:
    """A seized object that is people: "eight nurses", "one of the pilots", "President Doe", "him", or a
    nationality said as a noun ("three Italians and a Lebanese", "four Britons"), not as a modifier
    ("Italian oil")."""
    lemma = word.lemma_.lower()
    if lemma in GROUP_NOUNS or lemma in PART_WORDS or word.like_num:
        # "a group of foreign tourists", "one of the pilots", "several of its crew members": the people
        # the group or part is of
        return any(_seized_person(m) for of in word.children if of.dep_ == "prep" and of.lower_ == "of"
                   for m in of.children if m.dep_ == "pobj")
    if word.lower_ in ("him", "her") or word.ent_type_ == "PERSON" and word.pos_ == "PROPN":
        return True  # "seized President Samuel Doe", "eleven days after seizing him": a person by name
    return lemma in SEIZED_PEOPLE or _leader(word) or any(
        c.dep_ == "compound" and c.lemma_.lower() in SEIZED_PEOPLE for c in word.children) \
        or word.ent_type_ == "NORP" and word.pos_ in ("NOUN", "PROPN") and word.dep_ not in ("amod", "compound", "poss")


def _taken_people(act: Act) -> bool:
    """Whether what the act seized or holds is people: a target head, or the verb's own object when the
    target is only a word in it ("captured one of the French pilots" names France)."""
    objects = [*act.targets, *(o for o in act.anchor.children if o.dep_ in ("dobj", "obj"))]
    return any(_seized_person(t) for t in objects)


# verbs through which a phrase may name what an act amounts to ("in what amounts to ethnic cleansing")
NAMING_LEMMAS = frozenset({"amount", "constitute", "be", "call", "term", "describe", "brand", "label"})


def ethnic_cleansing(verb: Token) -> bool:
    """True when the act's own phrase, or that of a verb joined to it, names it ethnic cleansing (CAMEO 203):
    "drove farmers off their land and burned villages in what amounts to ethnic cleansing", "have driven
    thousands from their homes in a campaign of ethnic cleansing" (not "accused Serbia of ethnic cleansing",
    where another verb says it)."""
    # verbs joined to it that share its doer ("drove them out and burned their villages in ..."), not clauses
    # of their own ("expelled 300 migrants and Serbia accused it of ethnic cleansing")
    verbs = {verb, *(v for v in verb.conjuncts if not any(c.dep_.startswith("nsubj") for c in v.children))}
    for word in (t for v in verbs for t in v.subtree):
        if word.lemma_.lower() != "cleansing" or not any(c.lower_ == "ethnic" for c in word.children):
            continue
        path, up = [word], word.head
        while up not in verbs and up.head != up and (up.pos_ not in ("VERB", "AUX") or up.lemma_.lower()
                                                      in NAMING_LEMMAS):
            path.append(up)
            up = up.head
        # the phrase names the act by "in"/"as" ("in a campaign of", "as part of"), not "accused it of"
        if up in verbs and any(t.dep_ == "prep" and t.lower_ in ("in", "as") for t in path):
            return True
    return False


def assault_or_fight(act: Act, source_code: str, target_code: str | None) -> str:
    """The act's code given its actors: CAMEO 18 vs 19 (or 11 for politicians who "clash").

    Force by non-state armed actors is a fight (190) against armed forces ("ambushed a police
    convoy") and an assault (180) when it is a killing that names no armed victim; their bombings are
    irregular bombings (183). Every other act keeps its code.
    """
    if act.code.startswith(("174", "201")) and ethnic_cleansing(act.anchor):
        return "203"  # "drove farmers off their land in what amounts to ethnic cleansing"
    if act.root in ("18", "19") and chemical_weapon(act.anchor):
        return "2041"  # "detonated trucks loaded with chlorine gas": a chemical weapon used
    irregular = source_code[3:6] in IRREGULAR_SECTORS or source_code[:3] == "IMG"
    band = any(s.lemma_.lower() in BAND_NOUNS for s in act.sources)
    if act.anchor.lemma_.lower() in WORDY_FIGHTS and target_code is not None \
            and source_code[3:6] in POLITICAL_SECTORS and target_code[3:6] in POLITICAL_SECTORS:
        return "110"  # "Petro, who has clashed with Trump": leaders clash in words
    if act.code.startswith(("1711", "173")) and _as_hostages(act.anchor):
        return "181"  # "seized 300 peacekeepers as hostages": whoever takes them, hostage-taking
    if act.code == "1711" and any(_leader(t) for t in act.targets) and (
            source_code[3:6] == "MIL" and target_code is not None and target_code[:3] != source_code[:3]
            or irregular and source_code[3:6] not in CONVENTIONAL_SECTORS or band):
        # "gunmen seized the prime minister", "was seized by Yugoslav army officers": a leader taken by an
        # armed group or a foreign army is abducted; one's own soldiers seizing him is a coup's detention
        return "181"
    if act.code == "1711" and _taken_people(act):
        # "the gunmen seized eight nurses": people seized are abducted (or, by the state, arrested)
        return "181" if irregular and source_code[3:6] not in CONVENTIONAL_SECTORS or band else "173"
    if act.code.startswith("173") and irregular and source_code[3:6] not in CONVENTIONAL_SECTORS:
        return "181"  # armed groups do not arrest: "rebels detained UN staff" is hostage-taking
    armed_group = irregular and source_code[3:6] not in CONVENTIONAL_SECTORS
    if act.code.startswith("183") and source_code[3:6] in CONVENTIONAL_SECTORS and _demolition(act.anchor):
        return "1712"  # "soldiers blew up two houses", "troops blew up gold dredges": state forces destroy property
    if act.code in ("190", "180") and armed_group and _by_bomb(act):
        return "183"  # "killed four soldiers with a roadside bomb": an irregular bombing
    if act.code == "195" and armed_group and act.anchor.lemma_.lower() in ("bomb", "bombing"):
        return "183"  # "the rebels bombed an oil pipeline": rebels bomb without aircraft
    if act.code != "190" or source_code[3:6] in CONVENTIONAL_SECTORS or source_code[:3] in ("IGO",):
        return act.code
    if armed_group and (_target_words(act) & FORCE_WORDS
                        or target_code is not None and target_code[3:6] in ("MIL", "COP")):
        return "190"  # "militants ambushed a police convoy", "killed two soldiers": a fight with armed forces
    if armed_group and _civilian_place(act):
        return "180"  # "gang members stormed a hospital", "attacked a displacement camp": violence on civilians
    if act.anchor.lemma_.lower() not in ASSAULT_LEMMAS and not any(
            s.lemma_.lower() in ASSAILANT_NOUNS for s in act.sources):
        return act.code
    if source_code[3:6] not in IRREGULAR_SECTORS and source_code[:3] != "IMG":
        return act.code
    if target_code is not None and target_code[3:6] in ("MIL",):
        return act.code
    return "180"


def _demolition(verb: Token) -> bool:
    """ "blew up two houses": a thing blown up, not people (a bomb set off among people is a bombing)."""
    if verb.lemma_.lower() != "blow":
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(things) and not any(t.lemma_.lower() in SEIZED_PEOPLE | FORCE_WORDS | {"himself", "herself", "themselves"}
                                    or t.ent_type_ in ("PERSON", "NORP") for t in things)


# armed men named only by what they did or carried: who they are is unknown
ASSAILANT_HEADS = frozenset({"gunman", "attacker", "assailant", "kidnapper", "abductor", "bomber"})
# words before an assailant noun that say what kind of attacker, not whose ("a woman suicide bomber")
KIND_COMPOUNDS = frozenset({"suicide", "woman", "female", "teenage", "car", "truck", "motorcycle"})
# "armed men", "masked men", "unidentified gunmen", "unknown attackers"
UNNAMED_MARKS = frozenset({"armed", "masked", "unidentified", "unknown", "hooded"})
# adjectives that give armed men a side: a movement, a creed or a cause ("separatist gunmen")
SIDE_MARKS = WORD_SETS["side_marks"]
# determiners that point back to armed men the story has named ("the gunmen", "their attackers")
DEFINITE_WORDS = frozenset({"the", "these", "those", "this", "that", "its", "their", "his", "her"})


def unaffiliated_assailant(head: Token) -> bool:
    """True for armed men the text does not tie to any group or state: "Gunmen kidnapped a priest in
    Kaduna", "were abducted by armed men", "unidentified attackers fired on a car". Such an act has no
    known actor (not the country it happened in); "the gunmen" points back to a group named before.

    Args:
        head: The head of a source phrase whose actor has no country of its own.
    """
    lemma = head.lemma_.lower()
    marks = {c.lower_ for c in head.children if c.dep_ == "amod"}
    if lemma not in ASSAILANT_HEADS and not (lemma in ("man", "men", "person") and marks & UNNAMED_MARKS) \
            and not marks & {"unidentified", "unknown"}:
        return False
    # "the gunmen", "a warlord's gunmen", "Hamas gunmen", "gunmen loyal to the warlord", "gunmen of the group",
    # "attackers who fled"
    return not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_WORDS
                   or c.dep_ in ("compound", "appos", "acl", "relcl") and c.lemma_.lower() not in KIND_COMPOUNDS
                   or c.dep_ == "prep" and c.lower_ in ("of", "from", "with")
                   or c.dep_ == "amod" and any(p.dep_ == "prep" for p in c.children)
                   # "Islamist gunmen", "separatist gunmen": a side's men, placed like rebels
                   or c.dep_ == "amod" and (c.ent_type_ == "NORP" or c.lower_ in SIDE_MARKS) for c in head.children)


# verbs that name who is held to have done an act ("police blamed the Pakistani Taliban")
BLAMING_LEMMAS = frozenset({"blame", "accuse", "suspect"})


SAYING_LEMMAS = frozenset({"say", "claim", "announce", "admit", "declare"})
# what a group says its men did with a bomb or in an attack
PLANTING_LEMMAS = frozenset({"plant", "place", "detonate", "set", "carry", "send", "stage", "lay"})


def _own_doers(deed: Token) -> bool:
    """ "its fighters had planted it", "it had sent the bombers", "they carried out the attack": the speaker's
    own men (or the speaker itself) are the doers."""
    return any(c.dep_ == "nsubj" and (c.lower_ in ("it", "they", "we")
                                      or any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our")
                                             for p in c.children)) for c in deed.children)


def blamed_heads(sent: Span, blame: bool = True) -> list[Token]:
    """The parties a sentence holds responsible for its acts: the object of "blamed", "accused" or
    "suspected", whoever "claimed responsibility" ("and police blamed the Pakistani Taliban"), or who sent
    the attacker ("and police said she had been sent by Boko Haram").

    Args:
        sent: The sentence.
        blame: Whether others' blame counts; without it only the doers' own claims do.
    """
    heads = []
    for word in sent:
        lemma = word.lemma_.lower()
        if lemma in BLAMING_LEMMAS | {"send"} and not blame:
            continue
        if lemma == "send" and any(c.dep_ == "auxpass" for c in word.children):
            heads.extend(o for c in word.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj")
        elif lemma in BLAMING_LEMMAS:
            # "police blamed the Taliban", "in attacks officials blamed on al-Shabaab"
            heads.extend(c for c in word.children if c.dep_ == "dobj")
            heads.extend(o for c in word.children if c.dep_ == "prep" and c.lower_ == "on" and lemma == "blame"
                         for o in c.children if o.dep_ == "pobj")
        elif lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in word.children):
            heads.extend(c for c in word.children if c.dep_ == "nsubj")
        elif lemma in SAYING_LEMMAS and any(c.dep_ == "ccomp" and c.lemma_.lower() in PLANTING_LEMMAS
                                            and _own_doers(c) for c in word.children):
            # "and al-Shabaab said its fighters had planted it", "the group said it carried out the attack"
            heads.extend(c for c in word.children if c.dep_ == "nsubj")
    return heads


def hit_back_in_kind(verb: Token) -> bool:
    """ "Minsk was quick to hit back", "Ottawa hit back with tariffs": striking "back" at nothing named
    (no object, no "at"/"on"/"against" phrase) answers a move, it attacks nothing (not "struck back at
    rebel positions")."""
    if verb.lemma_.lower() not in ("hit", "strike") or not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return False
    return not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
                   for c in verb.children)


# projectiles whose flight a relative clause may tell ("a missile that splashed down in the sea")
PROJECTILE_WORDS = frozenset({"missile", "rocket", "projectile", "icbm", "slbm"})
# open water a projectile comes down in: a test or show of force, not a strike on anyone
OPEN_WATER_WORDS = frozenset({"sea", "ocean", "water", "waters", "zone", "eez"})


def landed_at_sea(verb: Token, projectile: Token | None) -> bool:
    """True when a relative clause on a fired projectile says it came down in open water: "fired a ballistic
    missile that flew 900 kilometres before splashing down inside Japan's exclusive economic zone", "three
    missiles that landed in waters off Taiwan" (not "a missile that landed near the airport"); or when the
    projectile is the subject and "fired" describes it: "missiles fired by China splashed down near Keelung"."""
    clauses = []
    if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass") and projectile in (None, verb.head):
        projectile = verb.head
        clauses = [projectile.head]  # the verb the projectile is subject of tells where it came down
    if projectile is None or projectile.lemma_.lower() not in PROJECTILE_WORDS:
        return False
    clauses += [c for c in projectile.children if c.dep_ == "relcl"]
    return any(clause.lemma_.lower() == "splash" or any(
        t.dep_ == "pobj" and t.lemma_.lower() in OPEN_WATER_WORDS for t in clause.subtree if t != verb)
        for clause in clauses)
