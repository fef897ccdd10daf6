"""Clauses to candidate acts: the dependency-parse half of the coder.

For every verb (and event noun) of a sentence this module takes the lexicon
pattern that fits (:mod:`detente.coding.matching`) and the grammatical source and target
heads (:mod:`detente.coding.roles`), applies modality, and composes meta-verbs with
their complements ("urged Iran to hold talks" → 026).
It returns :class:`Act` objects over tokens; turning heads into actors is the
coder's job (:mod:`detente.coding`).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding.accusations import (
    CHARGE_NOUNS,
    DISMISSING_VERBS,
    accuser_named,
    accusers_of,
    denial_slots,
    quoted_denial,
    reported_blame,
)
from detente.coding.acts import COERCIVE_ROOTS, PRESSURE_ROOTS, Act
from detente.coding.backstories import without_backstories
from detente.coding.clauses import (
    CUSTODY_VERBS,
    about_another,
    called_in_from,
    commanded,
    commentator,
    counted_mass,
    crowd_of,
    custody_state,
    depth,
    forces_arriving,
    forecast_warning,
    habitual,
    harmless_warning,
    is_domestic,
    is_mass,
    mission_arrival,
    ordered_done,
    possessions_only,
    protesting,
    recalled_when,
    since_clause,
    speculated,
    supportive_deployment,
    topic_clause,
)
from detente.coding.composition import (
    clause_targets,
    complement,
    condition_clauses,
    condition_subjects,
    coordinated_complements,
    infinitive_noun,
    own_condition,
    promised_here,
)
from detente.coding.conquests import conquest, conquest_code
from detente.coding.consequences import in_kind, promised_consequence, promised_force, promised_retaliation, ultimatum
from detente.coding.crowd_demands import crowd_demands, drop_look_alikes
from detente.coding.deadlines import LEAVE_VERBS, expulsion_code, given_deadline, ordered_out
from detente.coding.handovers import handover_code
from detente.coding.joined_harms import joined_harms
from detente.coding.lexicon import WORD_SETS, Lexicon, MetaEntry
from detente.coding.matching import counted_people, match_noun_entry, match_verb, split_under_fire, verb_lemma
from detente.coding.mediators import mediated_clause
from detente.coding.modality import CLAIM_NOUNS, clause_modality
from detente.coding.nominal_acts import inquiry_object, nominal_acts
from detente.coding.nominals import gerund_noun, noun_lemma, reported_noun_doers
from detente.coding.parsecache import children, tokens
from detente.coding.postures import posture_act
from detente.coding.protests import protest_adjuncts
from detente.coding.reframe import reframed
from detente.coding.refusals import refusal_acts
from detente.coding.reported_claims import judgement, obligation, same_actor_heads, violation
from detente.coding.roles import (
    SUBJECT_DEPS,
    attempt_noun,
    clause_roles,
    drawn_reaction,
    kids,
    particles_of,
    preps_of,
    speakers_conjunct,
    speakers_participle,
    summoned_to,
)
from detente.coding.schedules import scheduled, scheduled_cutoff
from detente.coding.stances import INTENT_ADJECTIVES, STANCE_ADJECTIVES
from detente.coding.violence import (
    attempted_killings,
    beaten_by_force,
    execution_style,
    hit_back_in_kind,
    landed_at_sea,
    many_civilians,
    taken_to_border,
    targeted_killing,
)
from detente.coding.visits import announced_visit
from detente.coding.wishes import wished_process
from detente.coding.withheld import (
    kept_closed,
    kept_until,
    passive_refusers,
    permits_no_party,
    withheld_event,
    withheld_release,
)
from detente.records import INHERITED_TRAITS, Trait

logger = logging.getLogger(__name__)

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
FUTURE_CODED_ROOTS = frozenset({"04", "05", "06", "07", "08", "09", "15", "16", "17", "18", "19", "20"})
EVENT_POS = frozenset({"VERB"})
SPORT_MEETING_VERBS = WORD_SETS["sport_meeting_verbs"]
PROTESTER_NOUNS = WORD_SETS["protester_nouns"]
GATHERING_NOUNS = WORD_SETS["gathering_nouns"]
# unarmed people whose seizure of a building is a sit-in protest, not a military occupation
SITTING_IN_NOUNS = PROTESTER_NOUNS | {"student", "worker", "miner", "farmer", "peasant", "activist", "striker",
                                     "squatter", "supporter", "villager", "resident"}
RIOT_VERBS = WORD_SETS["riot_verbs"]
CONSUMER_NOUNS = WORD_SETS["consumer_nouns"]
KILLING_LEMMAS = WORD_SETS["killing_lemmas"]
MASS_EXECUTION = 20  # so many people executed are a massacre
COMBATANT_NOUNS = WORD_SETS["combatant_nouns"]
GENERIC_VIOLENCE = frozenset({"174", "180", "190"})
# verbs by which a report is rejected, whose content is then not asserted
REPORT_REJECTING_VERBS = DISMISSING_VERBS | {"refute", "rebut"}
SUSPECT_NOUNS = WORD_SETS["suspect_nouns"]
GUEST_VERBS = WORD_SETS["guest_verbs"]
FIRING_VERBS = WORD_SETS["firing_verbs"]
OPINION_VERBS = WORD_SETS["opinion_verbs"]
SERIAL_META_KINDS = WORD_SETS["serial_meta_kinds"]
# meta-verbs whose participle after an accusation is the accuser's own act
OWN_ACT_META_KINDS = frozenset({"appeal", "order", "demand", "threaten", "intent", "refuse"})


def _inquired(anchor: Token) -> bool:
    """ "ordered an investigation into a strike that killed 23 villagers": what an inquiry is into is
    background, however deep in the inquiry's object it is told."""
    return inquiry_object(anchor, on_verb=True) or any(inquiry_object(node) for node in anchor.ancestors)


class ClauseCoder:
    """Builds :class:`Act` lists for one sentence at a time."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def _direct(self, verb: Token) -> Act | None:
        if verb.pos_ == "ADJ" and verb.lemma_.lower() in INTENT_ADJECTIVES:
            return None  # "open to talks" states a stance; the adjective is no support verb ("opened talks")
        if verb.lemma_.lower() in ("help", "assist") and any(c.dep_ in ("xcomp", "ccomp") for c in children(verb)):
            return None  # "helped militants join a group": helping someone do something is not aid
        if verb.lemma_.lower() in OPINION_VERBS and any(
                c.dep_ == "ccomp" and c.lemma_.lower() == "be" for c in children(verb)):
            return None  # "the two leaders agreed that the pipeline was vital": a shared view, not an agreement
        subjects, obj, penalty = clause_roles(verb)
        # "is due in Hanoi", "there will be no talks", "would stay in custody", "would keep the border
        # closed": intents and refusals no lexicon row reaches
        if (announced := announced_visit(verb, subjects, obj, penalty)
                or withheld_event(verb, self.lexicon, penalty)
                or withheld_release(verb, subjects, obj, self.lexicon, penalty)
                or kept_closed(verb, subjects, obj, self.lexicon, penalty)
                or kept_until(verb, subjects, obj, penalty)
                or given_deadline(verb, subjects, penalty)) is not None:
            return announced
        if (promise := promised_consequence(verb, subjects, penalty, self.lexicon)) is not None:
            return promise  # "will not stand idly by" is no refusal to stand by someone
        if (answer := promised_force(verb, subjects, penalty, self.lexicon)
                or posture_act(verb, subjects, obj, penalty, self.lexicon)) is not None:
            return answer
        found = match_verb(verb, self.lexicon, obj)
        if found is None:
            return (promised_retaliation(verb, subjects, penalty, self.lexicon)
                    or in_kind(verb, subjects, penalty, self.lexicon) or ultimatum(verb, subjects, penalty)
                    or ordered_out(verb, subjects, penalty)
                    or reported_blame(verb, subjects, penalty, self.lexicon)
                    or beaten_by_force(verb, subjects, obj, penalty) or conquest(verb, subjects, obj, penalty))
        sources, targets = subjects or passive_refusers(verb, obj, found.code, self.lexicon), found.targets
        if not sources and obj is not None and obj.i in found.trigger and verb.lemma_.lower() in self.lexicon.light_verbs \
                and noun_lemma(obj) in self.lexicon.nouns:
            sources = reported_noun_doers(verb, obj)
        fallback: list[Token] = []
        if found.reverse:
            # "the closure was met with a protest from Minsk": a passive's subject is the answered act
            answered = [obj] if obj is not None and obj.dep_ == "nsubjpass" else []
            sources, targets = targets, subjects or answered
        elif found.code[:2] in COERCIVE_ROOTS and (split := split_under_fire(verb)) is not None:
            # "positions came under heavy Russian shelling": the parser took the noun for a clause
            sources, targets = split
        elif obj is not None and obj.dep_ == "nsubjpass" and obj.i not in found.trigger and obj not in targets \
                and found.code[:2] in COERCIVE_ROOTS and verb.dep_ in ("ROOT", "conj", "ccomp"):
            # "a train was struck by drones at a station": the passive subject is what was hit
            targets, fallback = [obj], targets
        code, rule, trigger, symmetric = found.code, found.rule, list(found.trigger), found.symmetric
        if code.startswith("041") and verb.lemma_.lower() == "call" and kids(verb, ("dobj", "oprd")) \
                and summoned_to(verb):
            # "calling him to the ministry": a summons, whoever is called (the parser may take the one
            # called for a predicate)
            code, rule = "114", rule + " > summoned"
        elif code.startswith("041") and verb.lemma_.lower() == "call" and (post := called_in_from(verb)) is not None:
            # "called in the number two at the Algerian embassy": whoever of a mission is called in is summoned
            code, rule, targets = "114", rule + " > summoned", [post]
        elif code.startswith("041") and verb.lemma_.lower() == "call" and (kids(verb, ("oprd", "xcomp")) or len(
                kids(verb, ("dobj",))) > 1 or verb.dep_ == "relcl" and kids(verb, ("nsubj",)) and kids(verb, ("dobj",))):
            return None  # "which he called a threat", "called the vote a farce", "people they called migrants": naming
        if code == "016":  # its accuser ("rejecting claims made by Kyiv"), else whom the denied act was aimed at
            targets, penalty, fallback = denial_slots(verb, targets, penalty)
        if code[:2] == "12" and obj is not None and obj in targets and (
                imposers := [p for acl in kids(obj, ("acl",)) if acl.tag_ == "VBN"
                             for agent in kids(acl, ("agent",)) for p in kids(agent, ("pobj",))]):
            # "defied a ban imposed by the junta": a rule defied or rejected answers whoever laid it down
            targets = [t for t in targets if t != obj] + imposers
        if verb.lemma_.lower() in STANCE_ADJECTIVES and all(t.pos_ == "VERB" for t in targets):
            # "optimistic about reaching a deal with Russia": the partner of the prospect spoken of
            fallback = [p for prep in kids(verb, ("prep",)) for prospect in kids(prep, ("pcomp",))
                        for holder in (prospect, *kids(prospect, ("dobj",)))
                        for p in preps_of(holder).get("with", ())]
        if code.startswith("02") and found.bare and obj is None and not kids(verb, ("dative", "xcomp", "ccomp")):
            return None  # "asked about the launch", "appealed for calm" with no one addressed: no appeal
        if not sources and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp", "acl") and verb.i > 0:
            before = verb.doc[verb.i - 1]
            if before.pos_ == "NOUN" and before.dep_ == "pobj" and kids(before, ("amod", "compound")) \
                    and not kids(verb, ("dobj", "obj")) and kids(verb.head, ("nsubjpass",)):
                # "killed in Israeli tank shelling": the parser split the noun phrase; the owner of
                # the act is its modifier and the victims are the passive subject of the head
                sources = [before]
                if not targets:
                    targets = kids(verb.head, ("nsubjpass",))
        if code[:2] in ("18", "19", "20"):
            # "wounded two soldiers in a bomb attack", "killed in a drone strike": the means is more
            # specific than a generic killing, and its owner is the attacker of an agentless passive
            for means in (p for word in ("in", "with", "by") for p in preps_of(verb).get(word, ())):
                # "killed in shelling by jihadists": a bare -ing form after the preposition names the means
                means_lemma = means.lower_ if means.tag_ == "VBG" and means.dep_ == "pcomp" else noun_lemma(means)
                entry = next((e for e in self.lexicon.nouns.get(means_lemma, ())
                              if e.code[:2] in ("18", "19", "20") and match_noun_entry(e, means, None)), None)
                if entry is None:
                    continue
                if code in GENERIC_VIOLENCE and entry.code != code:
                    code, rule = entry.code, f"{rule} > by means of {entry.rule}"
                    trigger.append(means.i)
                if not sources or sources == [means]:
                    # "was assassinated in an Israeli drone strike": the strike's owner; "killed in an
                    # attack by ADF militants", "killed by mortar fire from Taliban forces": its agent
                    owners = preps_of(means).get("by") or preps_of(means).get("from")
                    if not owners and means in preps_of(verb).get("by", ()):
                        owners = preps_of(verb).get("from")  # the parser hangs "from X" on the verb
                    sources = owners or [means]
                break
        if code[:3] in ("043", "045") and (clause := mediated_clause(verb, targets)) is not None:
            # "a swap mediated by the UAE", "met, with Qatar acting as mediator": between the clause's parties
            targets = clause_roles(clause)[0]
        if any(s.lemma_.lower() in self.lexicon.mishap_words for s in sources):
            # "victims killed by the MH17 crash", "a village flattened by the earthquake": no one's act
            return None
        if code.startswith("0874") and verb.dep_ == "pcomp" and verb.head.lower_ == "before" and not targets:
            # "set fire to two trucks before retreating into the bush": raiders leaving after their own
            # attack end it; they yield to no one
            return None
        # "handed their weapons to U.N. observers" disarms; "handed over men accused of ..." is judicial cooperation
        code = conquest_code(handover_code(code, verb, obj), verb, obj)  # "seized Timbuktu" is no confiscation
        if code[:2] == "15" and (support := supportive_deployment(verb)) is not None:
            # "deployed troops to Mozambique to protect gas projects", "sent a destroyer to take part in
            # joint drills": forces sent in support are peacekeeping or military cooperation, no threat
            code, rule = support, f"{rule} > in support"
        elif code.startswith("042") and mission_arrival(verb, sources):
            code, rule = "074", f"{rule} > mission arrival"
        elif code.startswith("042") and forces_arriving(sources) and (support := supportive_deployment(verb, True)):
            # "U.S. soldiers arrived in Mindanao to train Filipino troops": forces come to help, not to visit
            code, rule = support, f"{rule} > forces arriving in support"
        elif code.startswith("042") and forces_arriving(sources, verb):
            # "U.S. troops landed in Haiti", "soldiers of a regional force came ashore": foreign forces arriving
            # are deployed there by agreement (074), never paying a visit; a hostile entry is told otherwise
            code, rule = "074", f"{rule} > forces arriving"
        if code[:2] in ("18", "19") and not code.startswith("182") \
                and any(crowd_of(t, PROTESTER_NOUNS | GATHERING_NOUNS) or protesting(t) for t in targets) \
                and not any(s.lemma_.lower() in PROTESTER_NOUNS for s in sources):
            # "security forces opened fire on protesters": violent repression (175), not combat; beating
            # them is still a physical assault (182)
            code, rule = "175", f"{rule} > against protesters"
        elif (code[:2] in ("18", "19") and verb.lemma_.lower() in RIOT_VERBS or code.startswith("171")) \
                and any(s.lemma_.lower() in PROTESTER_NOUNS or is_mass(s, 100) and crowd_of(s, SITTING_IN_NOUNS)
                        for s in sources):
            # "protesters clashed with police", "demolished the embassy", "thousands of opposition supporters
            # stormed the building": a violent protest (145), said of the crowd only (their rockets or
            # missiles are an armed attack)
            code, rule, symmetric = "145", f"{rule} > by protesters", False
        elif code.startswith("192") and sources and all(crowd_of(s, SITTING_IN_NOUNS) for s in sources):
            # "thousands of students occupied the parliament grounds": a sit-in by unarmed people is a
            # protest (141), not a military occupation
            code, rule = "141", f"{rule} > sit-in"
        elif code == "163" and sources and all(s.lemma_.lower() in CONSUMER_NOUNS for s in sources):
            # "Chinese consumers boycotted Japanese seafood": a boycott by the public is a protest (143)
            code, rule = "143", f"{rule} > by the public"
        if code.startswith(("174", "1663")) and obj is not None and obj.pos_ == "PRON" and verb.dep_ == "conj":
            # "detained 4,000 Haitians and expelled them across the border": the pronoun stands for the
            # people the verb it is joined to acted on
            obj = next((o for o in children(verb.head) if o.dep_ == "dobj"), obj)
        if code.startswith(("174", "201")) and obj is not None and obj not in targets \
                and (counted_people(obj) or any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                                                    for c in children(obj))):
            # "pushed 300 Venezuelan migrants back across the border into Peru", "drove 3,000 Rohingya
            # into Bangladesh": the expelled people's country, not where they were sent, unless they cannot be placed
            targets, fallback = [obj], targets + fallback
        if (code.startswith(("174", "1663")) or code.startswith("173") and taken_to_border(verb)) \
                and any(counted_mass(t) for t in (*targets, obj) if t is not None):
            # "forced out more than 1,000 refugees", "expelled thousands of foreign workers", "rounded up
            # thousands of migrants and bused them to the border": expelling a mass of people is 201
            code, rule = "201", f"{rule} > mass expulsion"
        elif code[:2] in ("18", "19") and (verb.lemma_.lower() in KILLING_LEMMAS or execution_style(verb)) \
                and any(counted_mass(t, MASS_EXECUTION if execution_style(verb) else 100)
                        and t.lemma_.lower() not in COMBATANT_NOUNS for t in (targets or [obj]) if t is not None) \
                or code[:2] in ("18", "19") and many_civilians(verb, [t for t in (*targets, obj) if t is not None]):
            # "killed hundreds of civilians", "massacred more than 460 patients", "rounded up and shot dead
            # 60 men", "militiamen gunned down dozens of villagers": mass killing (202)
            code, rule = "202", f"{rule} > mass killing"
        elif code in ("180", "190") and targeted_killing(verb, targets):
            # "gunmen shot dead the provincial governor": an assassination (186); tried, an attempt (185)
            code, rule = "186", f"{rule} > assassination"
        elif code == "190" and landed_at_sea(verb, obj):
            # "fired a ballistic missile that splashed down in the sea": a launch into open water shows force (150)
            code, rule = "150", f"{rule} > landed at sea"
        if attempt_noun(verb) is not None:
            # "foiled a plot by rebels to assassinate the president": the plot is the attempt (185)
            code = self.lexicon.derived_code("attempt", code) or code
        modality = clause_modality(verb)
        if code[:2] == "13" and modality.conditional and not modality.negated:
            # "warned Israel of a crushing response if it attacked": the threat is made; its condition
            # belongs to what is threatened
            modality = replace(modality, hypothetical=False, conditional=False, ultimatum=False, weak=False)
        return Act(verb, code, rule, trigger, sources, targets, symmetric, modality, penalty, fallback=fallback,
                   traits=found.traits)

    def _accusers_own(self, participle: Token) -> bool:
        """ "accused Vilnius of holding trucks hostage, demanding that ...": a participle that appeals,
        demands, orders, threatens or pledges is the accuser's next act, not part of the charge."""
        meta = self._meta(participle)
        return meta is not None and meta.kind in OWN_ACT_META_KINDS

    def _meta(self, verb: Token) -> MetaEntry | None:
        entries = self.lexicon.meta.get(verb_lemma(verb, self.lexicon))
        if not entries:
            return None
        particles = particles_of(verb)
        for entry in sorted(entries, key=lambda e: not e.particle):
            if not entry.particle or entry.particle in particles:
                return entry
        return None

    def code_sentence(self, sent: Span) -> list[Act]:
        """Return every act found in the sentence, outermost meta-verbs composed."""
        acts: dict[int, Act | None] = {}
        consumed: set[int] = set()
        extra: list[Act] = []
        # "occupied territories", "detained Palestinians": a participle describing a noun is no act
        # (unless the parser swallowed the sentence's only verb into a name)
        verbal_root = sent.root.pos_ in ("VERB", "AUX")
        verbs = [t for t in tokens(sent) if (t.pos_ in EVENT_POS and not gerund_noun(t)
                                     and not (t.dep_ == "amod" and t.tag_ == "VBN" and verbal_root))
                 or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass"))
                 # "a base was overrun by ...": a participle the tagger took for a noun heads a passive
                 or (t.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "auxpass" for c in children(t))
                     and any(c.dep_ == "nsubjpass" for c in children(t)))
                 or (t.pos_ == "ADJ" and t.lemma_.lower() in INTENT_ADJECTIVES)
                 or (t.pos_ == "ADJ" and t.dep_ == "acomp" and t.lemma_.lower() in STANCE_ADJECTIVES)
                 or infinitive_noun(t)]
        # deepest clauses first so that a meta-verb sees its complement's act
        verbs.sort(key=lambda t: -depth(t))
        for verb in verbs:
            direct = self._direct(verb)
            meta = self._meta(verb)
            comp = complement(verb) if meta else None
            if comp is not None:  # "said Russia had to withdraw", "told Israel to halt": see reframe
                meta, comp, direct = reframed(verb, meta, comp, direct)
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
                inside = {t.i for c in (comp, *comp.conjuncts) if not speakers_conjunct(c) for t in c.subtree}
                inside -= {t.i for c in comp.conjuncts if speakers_conjunct(c) for t in c.subtree}
                # "denied that its coast guard had rammed a vessel, blaming Manila": the speaker's own words
                inside -= {t.i for c in children(comp) if speakers_participle(c) for t in c.subtree}
                # "..., drawing a rebuke from Nuuk": the answer the charge drew is told by the narrator
                inside -= {t.i for c in comp.subtree if drawn_reaction(c) for t in c.subtree}
                # "accused Abidjan of sheltering plotters, a charge Abidjan denies": the appositive naming the
                # charge is the narrator's, and so is the answer told in it
                inside -= {t.i for c in comp.subtree if c.dep_ == "appos" and c.lemma_.lower() in CLAIM_NOUNS
                           for t in c.subtree}
                if meta.kind == "allege" and comp.dep_ == "pcomp":
                    # "accused India of firing on a village, killing a girl": the participle tells the charge
                    # ("..., demanding that Lithuania free the drivers": the accuser's own demand does not)
                    inside |= {t.i for c in children(verb) if c.dep_ == "advcl" and c.tag_ == "VBG"
                               and not self._accusers_own(c) and not drawn_reaction(c) for t in c.subtree}
                covered = [a for i, a in acts.items() if i in inside]
                if meta.kind == "deny":
                    # an accusation the denier answers is not itself denied
                    covered = [a for a in filter(None, covered)
                               if not (a.root == "11" and not same_actor_heads(verb, a.anchor))
                               and not speakers_conjunct(a.anchor)]
                for act in filter(None, covered):
                    if meta.kind == "deny":
                        act.modality = replace(act.modality, negated=True, denied=True,
                                               reason=(act.modality.reason + "; denied").lstrip("; "))
                    elif not same_actor_heads(verb, comp):
                        act.modality = replace(act.modality, hypothetical=True,
                                               reason=(act.modality.reason + "; alleged").lstrip("; "))
            acts[verb.i] = composed
            if meta.kind in SERIAL_META_KINDS and "invitation" not in meta.flags \
                    and composed is not None and composed is not direct:
                # (an invitation to "come and examine the evidence" is one invitation to visit)
                # "urged Israel to end the occupation and to free the detainees": each coordinated
                # complement is its own appeal (or pledge, demand, order)
                for further in coordinated_complements(comp):
                    more, keep_more = self._compose(verb, meta, further, acts.get(further.i), None)
                    if more is not None:
                        extra.append(more)
                        if not keep_more:
                            consumed.add(further.i)
            if meta.kind == "allege" and direct is not None and composed is not direct:
                extra.append(direct)
        refusals, refused = refusal_acts(sent, acts, self.lexicon)
        consumed |= refused
        result = [a for i, a in acts.items() if a is not None and i not in consumed]
        result += extra + refusals
        result = attempted_killings(joined_harms(result))
        result += protest_adjuncts(sent, result)
        result = drop_look_alikes(crowd_demands(result))
        if (denial := quoted_denial(sent)) is not None:
            result.append(denial)
        result += nominal_acts(sent, {i for a in result for i in a.trigger}, self.lexicon)
        for act in result:
            self._apply_future(act)
        if not result:
            return result  # the rest only marks or drops acts
        # "dismissed as fabricated a report by U.N. experts that said Rwandan soldiers were fighting ...":
        # what a rejected report tells is not asserted
        rejected = {t.i for verb in tokens(sent) if verb.lemma_.lower() in REPORT_REJECTING_VERBS
                    for holder in (verb, *(c for c in children(verb) if c.dep_ in ("advcl", "xcomp")))
                    for noun in children(holder) if noun.dep_ == "dobj" and noun.lemma_.lower() in CHARGE_NOUNS
                    for t in noun.subtree if t != noun}
        for act in result:
            if act.anchor.i in rejected and not act.modality.hypothetical:
                act.modality = replace(act.modality, hypothetical=True, reported=True,
                                       reason=(act.modality.reason + "; content of a rejected report").lstrip("; "))
        # "imposed sanctions on Russia, targeting LNG imports": a participle of an unarmed act is no attack
        peaceful = {a.anchor.i for a in result if a.root not in ("17", "18", "19", "20")}
        result = [a for a in result if not (a.root in ("18", "19") and a.anchor.dep_ == "advcl"
                                            and a.anchor.tag_ == "VBG" and a.anchor.head.i in peaceful
                                            and a.anchor.head != a.anchor)]
        # "hosted his Indian counterpart, the first visit by India's top diplomat": the appended noun restates it
        roots = {(a.anchor.i, a.root) for a in result}
        result = [a for a in result if not (a.nominal and a.anchor.dep_ in ("npadvmod", "appos")
                                            and (a.anchor.head.i, a.root) in roots)]
        # "the first clash since the two countries signed a treaty", "since signing an access agreement":
        # the act a "since" clause measures time from is background, not news of the day
        result = [a for a in result if not since_clause(a.anchor) and not recalled_when(a.anchor)
                  and not topic_clause(a.anchor) and not _inquired(a.anchor)
                  and not (a.root == "13" and (forecast_warning(a.anchor) or harmless_warning(a.anchor)))
                  and not (a.root in ("18", "19") and hit_back_in_kind(a.anchor))
                  and not (not a.nominal and (habitual(a.anchor) or custody_state(a.anchor)))]
        result = without_backstories(result)
        # "rounded up and shot dead 60 men": the round-up is how the massacre was done
        massacres = {a.anchor.i for a in result if a.code == "202"}
        result = [a for a in result if not (a.code.startswith(("173", "181"))
                                            and any(c.i in massacres for c in a.anchor.conjuncts))]
        # "marched in Nairobi to protest the tax": a protest's purpose clause restates the protest
        anchors = {(a.anchor.i, a.root) for a in result if a.root == "14"}
        result = [a for a in result if not (a.anchor.dep_ in ("advcl", "xcomp")
                                            and (a.anchor.head.i, a.root) in anchors and a.anchor.head != a.anchor)]
        if any(t.lemma_.lower() in self.lexicon.crime_words for t in tokens(sent)):
            # "police arrested three men suspected of stealing jewellery": ordinary crime
            # (foreign nationals held or sent home are another matter: "eleven Vietnamese men")
            result = [a for a in result if not (a.root == "17" and a.targets and all(
                t.lemma_.lower() in SUSPECT_NOUNS and not any(c.ent_type_ in ("NORP", "GPE") for c in children(t))
                for t in a.targets))]
        if self._about_sport(sent):
            # "PSG attacked relentlessly against Lyon", "India crushed Pakistan by eight wickets", "Germany
            # will host the championship": teams and tournaments
            result = [a for a in result if a.root not in ("17", "18", "19", "20")
                      and not (a.root in ("03", "04") and a.anchor.lemma_.lower() in SPORT_MEETING_VERBS)]
        result.sort(key=lambda a: a.anchor.i)
        return result

    def _about_sport(self, sent: Span) -> bool:
        words, hints = self.lexicon.sport_words, self.lexicon.sport_hints
        sentence = tokens(sent)
        return any(t.lower_ in words for t in sentence) or sum(t.lower_ in hints for t in sentence) > 1 or any(
            t.is_digit and t.i + 2 < sent.end and sent.doc[t.i + 1].text in ("-", "–") and sent.doc[t.i + 2].is_digit
            and t.nbor(1).idx == t.idx + len(t.text) for t in sentence)

    def _compose(self, verb: Token, meta: MetaEntry, comp: Token, inner: Act | None,
                 direct: Act | None) -> tuple[Act | None, bool]:
        """Return (act for the meta-verb, whether the complement's own act stays)."""
        kind = meta.kind
        subjects, obj, penalty = clause_roles(verb)
        modality = clause_modality(verb)
        if kind == "speech":
            # "analysts said Beijing could suspend imports": commentators' speculation threatens nothing
            # "the spy agency told lawmakers that North Korea could send troops": an assessment of
            # what another named actor may do is no threat by anyone
            commentators = any(commentator(s) for s in subjects)
            if commentators and inner is None:
                # "a leading newspaper argued that the EU should stop ...": opinion, nobody's demand or judgement
                return None, True
            speculation = commentators or about_another(subjects, comp)
            threat = (self._conditional_threat(inner, f"{meta.rule} > ", meta.traits)
                      if inner is not None and not speculation else None)
            if threat is not None:
                # "said they will attack Iraq": the announced attack is the threat, not a second event
                return threat, inner.root not in ("18", "19", "20")
            return (obligation(self.lexicon, verb, comp, inner, subjects, modality, penalty, meta)
                    or (judgement(self.lexicon, verb, comp, subjects, modality, penalty, meta) if inner is None else None)
                    or (violation(verb, comp, subjects, modality, penalty, meta) if inner is None else None)
                    or direct), True
        if kind == "deny":
            if inner is None:
                if direct is not None:
                    # "denied that its drones had entered Polish airspace": the denied clause's parties
                    direct.fallback = accusers_of(verb, comp) or [t for t in clause_targets(comp)
                                                                if t not in direct.sources] or direct.fallback
                return direct, True
            if inner.root == "11" and not same_actor_heads(verb, comp):
                # "Thailand accused Cambodia of ..., an allegation Phnom Penh denied": the accusation
                # happened; the denial answers the accuser
                return Act(verb, "016", f"{meta.rule} > denial of {inner.rule}", [verb.i], subjects,
                           inner.sources, False, modality, penalty,
                           traits=meta.traits | Trait.DENIAL_OF | inner.traits & INHERITED_TRAITS), True
            # "denied attacking the convoy": the denial (016) concerns the denied act's target
            accusers = accusers_of(verb, comp)
            # the direct denial's target may itself be the accuser found from the verb alone
            own = direct.targets if direct is not None and direct.targets != accusers_of(verb) else []
            if not own and accusers and accuser_named(verb, comp):
                own = accusers
            return Act(verb, "016", f"{meta.rule} > denial of {inner.rule}", [verb.i], subjects,
                       own or inner.targets, False, modality, penalty, fallback=accusers,
                       traits=meta.traits | Trait.DENIAL_OF | inner.traits & INHERITED_TRAITS), True
        if kind == "allege":
            if inner is None:
                return direct, True
            if same_actor_heads(verb, comp):
                # "X claimed it attacked Y": claiming one's own act (015)
                return Act(verb, "015", f"{meta.rule} > claim of own act", [verb.i], subjects,
                           inner.targets, False, modality, penalty, traits=meta.traits), True
            if direct is not None and direct.targets:
                return direct, True
            comp_subjects, _, _ = clause_roles(comp)
            return Act(verb, "112", f"{meta.rule} > allegation", [verb.i], subjects, comp_subjects,
                       False, modality, penalty + 0.05, traits=meta.traits), True
        if kind == "refuse" and inner is not None and inner.root == "11" and comp.dep_ == "ccomp" \
                and not same_actor_heads(verb, comp):
            # "Thailand accused Cambodia of laying mines, a charge Phnom Penh rejected": the accusation was
            # made; rejecting it is a denial (016) answering the accuser
            return Act(verb, "016", f"{meta.rule} > rejection of {inner.rule}", [verb.i], subjects, inner.sources,
                       False, modality, penalty, traits=meta.traits | inner.traits & INHERITED_TRAITS), True
        if kind == "cease":
            # "stopped shelling the city": ending an attack is a de-escalation aimed at its target;
            # ending anything else leaves the ended act negated
            # ("agreed to stop firing along the frontier": firing with no object is gunfire, 19)
            gunfire = inner is None and comp.lemma_.lower() in FIRING_VERBS and not kids(comp, ("dobj",))
            code = self.lexicon.derived_code(kind, "19" if gunfire else inner.code if inner is not None else None)
            if code is None:
                return direct, True
            if inner is None:
                return Act(verb, code, f"{meta.rule} > {comp.lemma_}", [verb.i, comp.i], subjects, [], False,
                           modality, penalty + 0.1, traits=meta.traits), False
            return Act(verb, code, f"{meta.rule} > {inner.rule}", sorted({verb.i} | set(inner.trigger)), subjects,
                       inner.targets, inner.symmetric, modality, penalty + inner.penalty + 0.05,
                       traits=meta.traits | inner.traits & INHERITED_TRAITS), False
        if kind == "attempt":
            # "tried to storm", "attempted to assassinate": CAMEO codes the attempted act itself
            if inner is None:
                return direct, True
            code = self.lexicon.derived_code(kind, inner.code) or inner.code
            return Act(verb, code, f"{meta.rule} > {inner.rule}", sorted({verb.i} | set(inner.trigger)), subjects,
                       inner.targets, inner.symmetric, modality, penalty + inner.penalty,
                       traits=meta.traits | inner.traits & INHERITED_TRAITS), False
        if kind == "plan" and not subjects and comp.dep_ == "xcomp" and inner is not None:
            # "Zelensky is expected to travel", "the talks are scheduled to resume": the raised subject
            subjects = kids(verb, ("nsubjpass",))
        if wished_process(kind, obj, comp):
            return direct, True
        effective = kind
        own_targets: list[Token] = []
        if kind in ("appeal", "order", "demand", "want"):
            if obj is not None and obj != comp:
                own_targets = [obj]
            elif meta.particle:
                own_targets = [p for c in children(verb) if c.lower_ == meta.particle for p in kids(c, ("pobj",))]
            if not own_targets and comp.dep_ == "ccomp":
                own_targets = kids(comp, SUBJECT_DEPS)
            if kind == "want":
                effective = "appeal" if own_targets else "intent"
        if kind == "threaten" and (obliged := obligation(self.lexicon, verb, comp, inner, subjects, modality,
                                                         penalty, meta)) is not None:
            # "warned that Japan must withdraw the remarks": a demand, not a threat
            return obliged, True
        if kind in ("threaten", "demand") and modality.conditional:
            # "threatened to strike if ...": a threat is conditional by nature
            modality = replace(modality, hypothetical=False, conditional=False)
        if kind == "order" and (done_to := ordered_done(comp)):
            # "a court ordered 11 of the farmers freed", "ordered him held": whoever orders it done does it
            if inner is None and comp.lemma_.lower() not in CUSTODY_VERBS:
                return direct, True
            return Act(verb, inner.code if inner is not None else "173", f"{meta.rule} > "
                       f"{inner.rule if inner is not None else comp.lemma_.lower()} (ordered done)",
                       sorted({verb.i, comp.i} | set(inner.trigger if inner is not None else ())), subjects, done_to,
                       False, modality, penalty + 0.05,
                       traits=meta.traits | (inner.traits & INHERITED_TRAITS if inner is not None else Trait(0))), False
        if kind == "order" and inner is None and comp.lemma_.lower() in LEAVE_VERBS and own_targets:
            # "ordered the UN coordinator to leave the country": an expulsion (174)
            return Act(verb, expulsion_code(own_targets), f"{meta.rule} > {comp.lemma_.lower()} (expulsion)", [verb.i, comp.i],
                       subjects, own_targets, False, modality, penalty + 0.05, traits=meta.traits), False
        if kind == "order" and inner is not None and own_targets and all(commanded(t) for t in own_targets):
            # "Petro ordered his security forces to suspend intelligence sharing with Washington": a state
            # acting through its own forces or agencies does the act itself
            return Act(verb, inner.code, f"{meta.rule} > {inner.rule} (own forces)",
                       sorted({verb.i} | set(inner.trigger)), subjects, inner.targets, inner.symmetric, modality,
                       penalty + inner.penalty + 0.05, traits=meta.traits | inner.traits & INHERITED_TRAITS), False
        inner_code = inner.code if inner is not None else None
        if inner is None and "invitation" in meta.flags and comp.lemma_.lower() in GUEST_VERBS:
            inner_code = "042"  # the guest's coming is a visit, which the invitation offers to host
        code = next(filter(None, (self.lexicon.derived_code(flag, inner_code) for flag in sorted(meta.flags))),
                    None) or self.lexicon.derived_code(effective, inner_code)
        if code is None:
            return direct, True
        if effective in ("appeal", "order", "demand"):
            targets = own_targets
        elif kind == "threaten" and obj is not None and obj != comp and obj.pos_ in ("PROPN", "NOUN"):
            targets = [obj]  # "warned the Houthi leadership that its members would be hunted down"
        else:
            # "ready to send a contingent of soldiers": what the inner act moves is not its target
            targets = inner.targets if inner is not None and inner.targets else [
                t for t in clause_targets(comp) if inner is None or not any(i in inner.trigger for i in
                                                                           (d.i for d in t.subtree))]
        if effective in ("intent", "plan") and comp.dep_ == "ccomp" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in children(comp)):
            # "hoped French officials would be indicted": a wish about others, not the speaker's intent
            return direct, True
        if kind == "threaten" and inner is not None and subjects and subjects[0].pos_ in ("NOUN", "PRON") \
                and (named := [s for s in clause_roles(comp)[0] if s.pos_ == "PROPN"]):
            # "the commander of the navy warned that Iran would seize Emirati vessels": a spokesman
            # announces the threat of the state the clause names
            subjects = named
        if kind in ("threaten", "intent") and not (inner is not None and inner.targets):
            # "threatened to use nuclear weapons if the United States attacked", "ready to sign the
            # treaty once Armenia amends its constitution": the condition names the other party
            targets = condition_subjects(verb) + condition_subjects(comp) + targets
        elif kind == "threaten" and possessions_only(targets):
            # "would seize the assets of Western companies if the bloc went ahead": aimed at the bloc
            targets = condition_subjects(verb) + condition_subjects(comp) or targets
        if not targets:
            if inner is None and direct is not None:
                return direct, True
            if inner is None:
                return None, True
        trigger = sorted({verb.i} | set(inner.trigger if inner else [comp.i]))
        rule = f"{meta.rule} > {inner.rule}" if inner else f"{meta.rule} > {comp.lemma_.lower()}"
        symmetric = effective in ("intent", "plan") and bool(
            (inner and inner.symmetric) or (direct and direct.symmetric) or len(subjects) > 1
            or any(c.dep_ == "conj" for s in subjects for c in children(s)))
        if verb.pos_ == "ADJ" and effective in ("intent", "plan") and modality.weak:
            # "would be ready to provide aid if asked": a statement of willingness is itself the act
            modality = replace(modality, hypothetical=False, conditional=False)
        act = Act(verb, code, rule, trigger, subjects, targets, symmetric, modality,
                  penalty + 0.05 + (inner.penalty if inner else 0.1),
                  domestic=inner is not None and (inner.domestic or is_domestic(inner.code)),
                  traits=meta.traits | (inner.traits & INHERITED_TRAITS if inner else Trait(0)))
        return act, False

    def _conditional_threat(self, inner: Act, prefix: str, traits: Trait) -> Act | None:
        """ "would/could strike ... if": announcing force under a condition is a threat (13x)."""
        mod = inner.modality
        if inner.root not in COERCIVE_ROOTS and not (inner.root in PRESSURE_ROOTS and own_condition(inner.anchor)) \
                or mod.negated or not (mod.conditional or mod.future or mod.hypothetical) or scheduled(inner):
            return None
        code = self.lexicon.derived_code("threaten", inner.code)
        if code is None:
            return None
        # "would intensify its operations if Hezbollah did not disarm", "would seize Western assets if the
        # bloc went ahead": the condition names the target when the act names no party
        conditions = condition_subjects(inner.anchor)
        targets = conditions if conditions and possessions_only(inner.targets) else inner.targets or conditions
        return Act(inner.anchor, code, f"{prefix}threat > {inner.rule}", list(inner.trigger), inner.sources,
                   targets, False, replace(mod, hypothetical=False, future=False, conditional=False),
                   inner.penalty + 0.05, traits=traits | inner.traits & INHERITED_TRAITS)

    def _apply_future(self, act: Act) -> None:
        """"will meet" is intent (036), "will strike" a threat (138); "will not help" a refusal."""
        mod = act.modality
        if act.nominal:
            if mod.future:
                # "the summit will take place in June": not yet an event, and nobody's stated intent
                act.modality = replace(mod, hypothetical=True, future=False)
            return
        anchor = act.anchor
        possible = any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might")
                       for v in (anchor, anchor.head if anchor.dep_ == "conj" else anchor) for c in children(v))
        conditioned = mod.conditional or possible and bool(condition_clauses(anchor))
        if conditioned and (mod.future or possible) and (act.root in COERCIVE_ROOTS or mod.ultimatum or act.root in PRESSURE_ROOTS and own_condition(anchor)) \
                and not mod.negated and not speculated(anchor):
            # "will strike if attacked", "could cut all aid if attacks continue", "will withdraw the force
            # unless ...": a threat
            pressure = act.root in PRESSURE_ROOTS
            act.code = self.lexicon.derived_code("threaten", act.code) or act.code
            act.rule = f"{act.rule} > conditional threat"
            if pressure and (conditions := condition_subjects(anchor)):
                # "will take the case to the court if Peru ...": the court is the means, Peru the one pressed
                act.targets = conditions
            act.modality = replace(mod, hypothetical=False, conditional=False, ultimatum=False, future=False)
            return
        # "will not send troops to Ukraine": withholding what, promised, would be cooperation (0312)
        cooperative = act.root in COOPERATIVE_ROOTS or (
            (self.lexicon.derived_code("intent", act.code) or "")[:2] in COOPERATIVE_ROOTS)
        refusal = mod.future and mod.negated and cooperative
        # "Tehran would resume talks only if Washington ruled out strikes": a promise of one's own cooperation
        # under a condition is an offer (03x) made now; bare "would be open to talks" stays a possibility
        offer = mod.future and mod.conditional and not mod.negated and not mod.ultimatum and cooperative \
            and bool(condition_clauses(anchor)) and not speculated(anchor) and promised_here(anchor)
        if not mod.future or (act.root == "03" or act.root not in FUTURE_CODED_ROOTS) and not refusal:
            # "will not accept mediation", "would not cooperate": a stated refusal (12x) even of intent
            return
        kind = "refuse" if mod.negated and cooperative else "intent"
        if kind == "intent" and scheduled_cutoff(act) or kind == "refuse" and permits_no_party(anchor):
            return
        code = self.lexicon.derived_code(kind, act.code)
        if code is None:
            return
        label = "refusal" if kind == "refuse" else "conditional offer" if offer else "future intent"
        act.rule = f"{act.rule} > {label}"
        act.code = code
        if offer:
            act.modality = replace(mod, hypothetical=False, conditional=False, weak=False)
        if kind == "refuse":
            act.modality = replace(mod, negated=False, reason=mod.reason + "; refusal")
