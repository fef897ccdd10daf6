"""Coding: a parsed article → CAMEO-coded mentions with modality and evidence.

``Coder.default().code_doc(doc, article)`` walks the sentences of a spaCy ``Doc``
(whose offsets are the article's), lets :mod:`detente.coding.extract` (with
:mod:`detente.coding.nominal_acts` for event nouns) find the acts, resolves their
source and target heads to actors (names first, then the article's coreference
chain) and fills in every :class:`~detente.records.Mention`
field: codes from :mod:`detente.codes`, modality, location, confidence and the
rule that fired. When an act's own slots name no target, :mod:`detente.coding.inference` and the
steps of :meth:`Coder.code_doc` infer one, and the rule says so.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from detente import codes
from detente.actors import ActorResolver, ArticleCoref, actor_name
from detente.actors.data import code_on
from detente.actors.resolver import is_ethnic_group
from detente.coding.accusations import ACCUSING_VERBS
from detente.coding.acts import Act, participle_assault
from detente.coding.bombs import claimed_sources
from detente.coding.clauses import DRILL_NOUNS, aside_clause, is_domestic, own_things_object
from detente.coding.composition import companions
from detente.coding.confidence import event_confidence
from detente.coding.counters import repelled
from detente.coding.dates import event_date
from detente.coding.extract import ClauseCoder
from detente.coding.fallbacks import (
    as_before,
    by_citizenship,
    dated,
    domestic_target,
    held_in,
    holder_of,
    joined_target,
    last_captor,
    objects_by_kind,
    placed_at_home,
    placed_in,
    sharing_nationality,
    stationed,
    suffered,
    unnamed_party,
    with_partner,
)
from detente.coding.implicit import implied_targets, state_doer
from detente.coding.inference import (
    OTHER_PARTY,
    across_border,
    addressees,
    answered_in_sentence,
    charged_quoted_denials,
    conditioned_party,
    contact_elaborations,
    denial_targets,
    denials_answered,
    denials_of_reports,
    denies_a_clause,
    inquiries_into_acts,
    is_state,
    others_denied,
    policing_at_home,
    provocations_answered,
    responded,
    shared_targets,
    single_acts,
    withheld_after_rejection,
    without_attack_conduct,
    without_inquiry_trips,
    without_restatements,
    without_trip_purposes,
)
from detente.coding.lexicon import Lexicon, default_lexicon, extended_lexicon
from detente.coding.missions import host_places, is_mission_member, names_a_body
from detente.coding.nationals import named_members, with_nationality
from detente.coding.nonevents import no_event_between
from detente.coding.own_victims import own_victims
from detente.coding.parsecache import cached_parse, span_reading, trimmed
from detente.coding.participants import (
    LOCAL_SECTORS,
    ArticleActors,
    Resolved,
)
from detente.coding.place_targets import targets_by_place
from detente.coding.places import struck_place
from detente.coding.possessors import with_possessors
from detente.coding.probed_forces import probed_targets
from detente.coding.protests import protest_targets
from detente.coding.reactions import REACTING_ROOTS, act_doers, answered_by_noun, befallen, summoned_for, wronged_by
from detente.coding.released import caught_abroad
from detente.coding.selfpairs import acts_through_own_organ, names_accused, on_own_people
from detente.coding.shows_of_force import faced_party
from detente.coding.slots import (
    destinations,
    fallback_targets,
    objectors,
    to_each_other,
)
from detente.coding.target_rules import (
    ARMED_SECTORS,
    CAPTIVE_NOUNS,
    COMMERCE_ROOTS,
    COUNTERPART_ROOTS,
    DEESCALATION_CODES,
    HOME_FORCE_CODES,
    HOME_FORCE_ROOTS,
    HOME_ROLE_ROOTS,
    INSURGENT_STATE_ROOTS,
    JOINED_TARGET_ROOTS,
    JOINT_ROOTS,
    MUTUAL_ROOTS,
    ONE_WAY_CODES,
    ONE_WAY_VERBS,
    PARTY_ONLY_ROOTS,
    PARTY_WORDS,
    POLICE_WORDS,
    PRIVATE_SECTORS,
    PROVIDING_ROOTS,
    REACTED_NOUNS,
    RECIPROCAL_CODES,
    RECIPROCAL_WORDS,
    RESPONSIBILITY_WORDS,
    STATE_ORGANS,
    STATE_SECTORS,
    VICTIM_REPORT_ROOTS,
    WORKING_SECTORS,
)
from detente.coding.tolls import assaults_entered_for, toll_kept
from detente.coding.violence import VIOLENT_ROOTS, assault_or_fight, harmed_when
from detente.coding.visits import contact_makers
from detente.coding.yielded import to_intermediary, without_self_yields, yielded_agreements
from detente.records import ActorRef, Article, Mention, Trait

logger = logging.getLogger(__name__)

__all__ = ["Coder"]


class Coder:
    """CAMEO event coder over spaCy parses.

    Build it with :meth:`default` (packaged lexicons, cached) or :meth:`with_extra`.
    """

    def __init__(self, lexicon: Lexicon, resolver: ActorResolver) -> None:
        self.lexicon = lexicon
        self.resolver = resolver
        self.clauses = ClauseCoder(lexicon)

    @classmethod
    def default(cls) -> Coder:
        """The coder with the packaged verb and actor lexicons (built once per process)."""
        return _default_coder()

    @classmethod
    def with_extra(cls, verbs: Iterable[Path | str] = (), actors: Iterable[Path | str] = ()) -> Coder:
        """A coder whose lexicons include extra PETRARCH-format (or detente TSV) files.

        Args:
            verbs: Verb dictionaries (``.tsv`` in detente's format, else PETRARCH format).
            actors: Actor dictionaries in PETRARCH format (see :mod:`detente.actors`).

        Raises:
            DataFileError: A file is missing or malformed (file and line named).
        """
        verb_paths = [Path(p) for p in verbs]
        actor_paths = [Path(p) for p in actors]
        lexicon = extended_lexicon(verb_paths) if verb_paths else default_lexicon()
        resolver = ActorResolver.with_extra(actor_paths) if actor_paths else ActorResolver.default()
        return cls(lexicon, resolver)

    def has_act(self, sent: Span) -> bool:
        """True when the clause stage finds an act in ``sent`` (as :meth:`code_doc` would code it).

        Needs only the parse, so the fast engine uses it to decide which sentences get entities.
        """
        with cached_parse(sent.doc):
            return bool(self.clauses.code_sentence(trimmed(sent)))

    def code_doc(self, doc: Doc, article: Article, actless: Collection[int] = ()) -> list[Mention]:
        """Code every sentence of ``doc`` (the parse of ``article.text``).

        Args:
            doc: The parse.
            article: The article it parses.
            actless: Start token indices of sentences that :meth:`has_act` already found without an
                act (the fast engine asks it of every parsed sentence); their clause stage is not run
                again, they are read for actors only.

        Returns:
            Mentions in text order; negated and hypothetical ones are included and flagged.
        """
        date = article.published[:10] if article.published else None
        actors = ArticleActors(self.resolver, ArticleCoref(self.resolver, date), date)
        mentions: list[Mention] = []
        with cached_parse(doc), self.resolver.remembering(doc):
            for index, sent in enumerate(doc.sents):
                try:
                    mentions.extend(self._code_sentence(trimmed(sent), index, article, actors, date, mentions,
                                                        sent.start not in actless))
                except (RecursionError, ValueError, IndexError, KeyError, AttributeError) as exc:
                    # a coder fault on one odd parse loses that sentence, not the article or the batch
                    logger.warning("article %s sentence %d: not coded (%s: %s)", article.id, index,
                                   type(exc).__name__, exc)
        return single_acts(without_self_yields(mentions))

    def _code_sentence(self, sent: Span, index: int, article: Article, actors: ArticleActors,
                       date: str | None, earlier: list[Mention], may_act: bool = True) -> list[Mention]:
        acts = self.clauses.code_sentence(sent) if may_act else []
        if not acts:
            if self.resolver.could_mention_actor([t.lower_ for t in sent]) or any(
                    t.text in actors.surnames for t in sent):
                actors.observe_sentence(sent)
            return []
        actors.observe_sentence(sent)
        coded: list[Mention] = []
        by_anchor: dict[int, list[Mention]] = {}
        for act in acts:
            found = self._mentions(act, sent, index, article, actors, date, earlier + coded)
            head = by_anchor.get(act.anchor.head.i) if participle_assault(act) else None
            if not head and act.root in ("18", "19", "20"):
                # "an Israeli air strike on Gaza killed 12": the killing is the strike's toll
                head = [m for s in act.sources for m in by_anchor.get(s.i, ())]
            if head:
                found = toll_kept(found, act, head)  # "shelled the town, killing six": the attack's toll
            by_anchor.setdefault(act.anchor.i, []).extend(found)
            coded.extend(found)
        coded = without_restatements(acts, by_anchor, coded)
        coded = without_inquiry_trips(acts, by_anchor, coded)
        coded = without_trip_purposes(acts, by_anchor, coded)
        coded = assaults_entered_for(acts, by_anchor, without_attack_conduct(acts, by_anchor, coded))
        coded = contact_elaborations(acts, by_anchor, coded, earlier, index)
        coded = withheld_after_rejection(coded, earlier, index)
        denial_targets(coded)
        denials_answered(coded, earlier)
        denials_of_reports(coded, earlier, actors, sent.doc)
        coded = charged_quoted_denials(coded, earlier)
        shared_targets(coded, sent.doc)
        provocations_answered(coded, sent.doc)
        inquiries_into_acts(coded, sent.doc)
        return yielded_agreements(others_denied(coded))

    def _mentions(self, act: Act, sent: Span, index: int, article: Article,
                  actors: ArticleActors, date: str | None, earlier: list[Mention]) -> list[Mention]:
        # "Croatian police and soldiers": the nationality word covers both forces
        sources = [stationed(as_before(r, earlier, index), actors)
                   for r in sharing_nationality(actors.expand(named_members(act.sources)), STATE_ORGANS)]
        if not sources and not act.sources and act.targets and (implied := state_doer(act.anchor, actors, act.targets)):
            sources, act.targets = [implied], implied_targets(act.anchor, act.targets, actors)  # its state or giver did it
        sources = claimed_sources(act, sources, sent, actors)  # "Gunmen kidnapped...", "a car bomb killed..."
        if not sources:
            return []
        if not act.nominal:
            named = {s.ref.code for s in sources}
            sources += [r for r in actors.expand(companions(act.anchor, act.sources)) if r.ref.code not in named]
        if act.root == "14" and act.code != "145" and all(is_state(s.ref.country) and (
                s.ref.code[3:] in ("GOV", "ELI") or s.ref.code[3:] == "" and s.head.tag_ == "NNP"
                and s.head in act.sources) for s in sources):
            # "Haiti summoned the charge d'affaires to protest against the deportations": a government
            # protests officially (114); crowds ("thousands of Kenyans") demonstrate (14x), and no riot is official
            act.code, act.rule = "114", act.rule + " > official protest"
        if act.nominal and act.root in ("18", "19") and act.anchor.lemma_.lower() == "strike" \
                and all(s.ref.code[3:6] in WORKING_SECTORS for s in sources):
            # "A strike by 40,000 municipal workers shut services": workers strike (143) at home, they bomb nothing
            act.code, act.rule, act.domestic, act.targets = "143", act.rule + " > by workers", True, []
        if act.root == "04" and not (sources := contact_makers(act, sources)):
            return []
        # "cut funding for the UN agency for Palestinian refugees": the refugees only name the agency
        targets = sharing_nationality(
            actors.expand(named_members([t for t in act.targets if not names_a_body(t, actors)]), deep=True), STATE_ORGANS)
        countries = {s.ref.country for s in sources}
        # "expelled their correspondents" after "two French radio stations": the possessor's, not the source's
        targets = with_nationality(actors, with_possessors(actors, act.targets, act.sources, targets, countries))
        if act.root in REACTING_ROOTS and (doers := actors.expand(
                [d for t in act.targets if actors.get(t) is None for d in act_doers(t, self.lexicon.nouns)])):
            # "the massacre of villagers by ADF militants drew condemnation from Kinshasa": a reaction to an
            # act is aimed at whoever did it, not at those it befell
            targets = doers
        elif act.root in REACTING_ROOTS and (recipients := {i for t in act.targets if actors.get(t) is None
                                                              for i in befallen(t, self.lexicon.nouns)}):
            # "protested against the delivery of air defence systems to North Korea": not at its recipient;
            # at whoever was summoned to hear the protest
            summoned = summoned_for(act.anchor, [m for m in earlier if m.sentence_index == index])
            targets = [summoned] if summoned else [t for t in targets if t.head.i not in recipients]
        if act.root == "09":  # "an inquiry into the killing of villagers by police": at the doer, not the victims
            targets = probed_targets(act.anchor, act.targets, actors, sources, targets, self.lexicon.nouns)
        if act.root in ("11", "12") and act.targets and all(t.pos_ == "NOUN" and actors.get(t) is None
                                                            for t in act.targets) \
                and not any(c.dep_ == "auxpass" for c in act.anchor.children) \
                and (doers := actors.expand([p for c in act.anchor.children if c.dep_ == "prep" and c.lower_ == "by"
                                             for p in c.children if p.dep_ == "pobj"])):
            # "condemned the demolition of Palestinian homes by Israeli forces": the parser hung the act's
            # doer on the verb; the criticism is aimed at the doer, not at what the act befell
            targets = doers
        if no_event_between(act, sources, targets):
            return []  # "Ethiopian Airlines agreed to buy Boeing jets", "allocated $3 million for a stadium"
        own = {s.ref.code for s in sources}
        # a government and its state are one party ("Kostunica promised to democratize Serbia"); people
        # named by their country ("groups in Zimbabwe") are not their government
        ruling = {s.ref.country for s in sources if s.ref.code[3:] == "GOV"}
        # "the rebels laid down their weapons": the actor itself is no target, and no other is implied
        # ("expelled thousands of Mauritanians": a people named by its country is not its government)
        answering, reflexive = False, bool(targets) and all(
            t.ref.code in own or t.ref.code[3:] in ("", "GOV") and t.ref.country in ruling
            and not (t.ref.code[3:] == "" and t.head.tag_ == "NNPS") for t in targets) and not act.symmetric
        if act.root in ("01", "11", "12") and targets and not names_accused(act, targets) and all(
                s.ref.code[3:] in STATE_SECTORS for s in sources) and all(
                t.ref.country in {s.ref.country for s in sources} and t.ref.code[3:] in STATE_SECTORS for t in targets):
            # "Moscow rejected the accusation against its diplomat", "condemned the attack on its embassy": a
            # state answering for its own answers whoever accused or attacked them
            reflexive = answering = True
        if act.root in ("10", "11", "12", "16") and targets and all(
                s.ref.code[3:] in STATE_SECTORS and is_state(s.ref.country) for s in sources) and all(
                t.ref.country in {s.ref.country for s in sources} and suffered(t.head) for t in targets):
            # "protested against the treatment of Kenyan traders": a state speaking up for its own people
            # is aimed at whoever treated them so
            reflexive = answering = True
        if reflexive:
            targets = wronged_by(act, sources, targets, earlier) if answering else []
        if act.symmetric and len(sources) > 1 and not reflexive:
            # "Japan and the Philippines held their first joint patrol": "their" is the pair itself
            targets = [t for t in targets if t.ref.code not in own]
        if not targets and not reflexive:
            targets = ([Resolved(r.ref, True, r.head) for r in actors.expand(act.fallback, deep=True)]
                       or answered_by_noun(act, sources, earlier))
        if not targets and not reflexive and act.root == "11" and (struck := [
                r for t in act.targets if t.pos_ == "NOUN" and actors.get(t) is None
                for p in t.children if p.dep_ == "prep" and p.lower_ == "in"
                for r in actors.expand([o for o in p.children if o.dep_ == "pobj"], deep=True)
                if is_state(r.ref.country) and r.ref.country not in countries]):
            # "condemned Thursday's army takeover in Burundi": an act condemned where it happened is held
            # against that country's side (inferred, so scored like a fallback target)
            targets = [Resolved(struck[0].ref, True, struck[0].head)]
        if act.root == "09" and (sent_to := [t for t in actors.expand(destinations(act.anchor, act.sources))
                                             if t.ref.code not in own and is_state(t.ref.country)]):
            targets = sent_to
        indirect = False
        if not targets and not reflexive:
            targets = actors.expand(fallback_targets(act.anchor, act.sources), deep=True)
            indirect = bool(targets)
            if indirect and (act.domestic or is_domestic(act.code)) and all(t.ref.code in own for t in targets):
                # "continued their hunger strike": the possessor is the actor, the domestic target is implied
                targets, indirect = [], False
            elif indirect and act.root == "13" and all(t.ref.country in {s.ref.country for s in sources}
                                                       for t in targets):
                # "will respond with all the means at its disposal": the actor's own means are not whom it threatens
                targets, indirect = [], False
        if not targets and act.root in COUNTERPART_ROOTS:
            # "refused to retract her remarks despite a protest from China": also when the object is its own
            # "will not release the priests, Murillo said, rejecting an appeal from the Vatican": the speaker's too
            heads = (act.anchor, act.anchor.head) if act.anchor.dep_ in ("xcomp", "ccomp") else (act.anchor,)
            objecting = [r for r in actors.expand([o for h in heads for o in objectors(h)], deep=True)
                         if r.ref.code not in own and is_state(r.ref.country)]
            targets, indirect = objecting or targets, bool(objecting)
        if (act.code in ("1053", "0253") or act.root in ("10", "02") and any(
                t.head.dep_ == "poss" for t in targets)) and targets and all(
                t.ref.country in {s.ref.country for s in sources} and t.ref.code[3:6] != "GOV" for t in targets):
            # "demanded the immediate release of its crew": the people a demand is about are not whom it
            # is made to
            targets, indirect = [], False
        # "we cannot release people who fish in our waters": the refusal answers whoever asked for them
        captives_kept = act.code == "1243" and all(t.ref.code.startswith("---") for t in targets)
        if captives_kept:
            targets, indirect = [], False
        if act.code in ("1053", "0253") and not targets:
            # "Iran seized a tanker, and Washington demanded the release of the vessel": the captor
            own = {s.ref.country for s in sources}
            captor = last_captor(own, earlier, act.anchor) or next(
                (r for r in actors.expand(held_in(act.anchor), deep=True)
                 if is_state(r.ref.country) and r.ref.country not in own), None)
            targets, indirect = ([captor], True) if captor is not None else ([], False)
        if act.code.startswith("084") and targets and all(t.ref.country in ("IGO", "NGO") for t in targets):
            # "handed three Israeli hostages over to the Red Cross": the release is towards the captives'
            # country; the Red Cross only receives them
            captives = [c for c in act.anchor.children if c.dep_ in ("dobj", "nsubjpass")]
            owners = [r for c in captives if (r := actors.modifier_actor(c) or actors.inside(c)) is not None
                      and is_state(r.ref.country)]
            if owners:
                targets = owners
        targets, indirect = faced_party(act, targets, indirect, countries, reflexive, actors, earlier, sent)
        if act.code == "015" and not targets and not reflexive:
            # "claimed responsibility for an attack that killed five Iranian border guards": the victims
            victims = [o for t in act.anchor.subtree if t.dep_ == "relcl" for o in t.children if o.dep_ == "dobj"]
            targets = [r for r in actors.expand(victims, deep=True) if r.ref.code not in own]
        if act.root in ("18", "19", "20") and all(t.ref.code.startswith("---") for t in targets) \
                and (harmed := [r for r in actors.expand(harmed_when(act.anchor), deep=True) if r.ref.code not in own]):
            # "two soldiers were wounded when a bomb exploded", "six policemen died when rebels attacked": at them
            targets, reflexive = harmed, False
        if act.root == "14":
            targets = protest_targets(act, targets, actors, sources, self.lexicon.nouns, earlier)
        place, location, targets, place_target, in_clause = targets_by_place(
            act, sent, targets, indirect=indirect, reflexive=reflexive, countries=countries, sources=sources,
            actors=actors, resolver=self.resolver, date=date)
        inferred = ""
        if not targets and not reflexive and not act.nominal and act.root in COUNTERPART_ROOTS:
            # "Misri told the Pakistani charge d'affaires that New Delhi reserves the right to respond":
            # what is said to someone is aimed at them
            told = [r for r in actors.expand(addressees(act.anchor), deep=True)
                    if r.ref.country not in countries and is_state(r.ref.country)]
            if told:
                targets, place_target, inferred = told, True, "target: whom it was said to"
        if all(t.ref.code.startswith("---") for t in targets) and not reflexive and act.root == "13" \
                and (threatened := conditioned_party(act.anchor, countries, actors)) is not None:
            # "warned that it would take retaliatory steps if the alliance held more drills near its border";
            # "if Japan sends warships, China will strike them": the warships are Japan's
            targets, place_target, inferred = [threatened], True, "target: whom the threat's condition names"
        if not targets and not act.nominal:
            # an explicit response names its cause even when the act's own object is the actor's ("its chips")
            answered = responded(act, countries, earlier, actors) or repelled(act, sources, earlier)
            if answered is not None:
                targets, place_target, inferred = [answered], True, "target: the actor it responds to"
        if not targets and not act.nominal and (answered := answered_in_sentence(act, countries, earlier, index)):
            targets, place_target, inferred = [answered], True, "target: the act it answers"
        joined_clause = act.anchor.dep_ == "conj" or act.anchor.dep_ == "advcl" \
            and act.anchor.lemma_.lower() in ACCUSING_VERBS
        if not targets and not act.nominal and act.root in JOINED_TARGET_ROOTS and joined_clause \
                and (joined := joined_target(act, countries, earlier, index)) is not None:
            # "arrested 14 Indian fishermen and seized two trawlers", "..., accusing the crews of poaching":
            # an act joined to another of the same actor shares its target when it names none
            targets, place_target, inferred = [joined], True, "target: the act it is joined to"
        if not targets and any(act.anchor.doc[i].lemma_.lower() == "veto" for i in act.trigger):
            # "the Security Council failed to adopt the resolution after Russia cast a veto": a veto, cast or
            # dropped ("its veto" is the actor's own), bears on the body whose decision it blocks
            bodies = [found for found in actors.expand([t for t in sent if t.pos_ != "PRON" and t.dep_ in (
                "nsubj", "nsubjpass", "poss", "pobj")]) if found.ref.country == "IGO"]
            if bodies:
                targets, place_target, inferred = bodies[:1], True, "target: the body whose decision a veto blocks"
        if act.root in PROVIDING_ROOTS and all(t.ref.country == "IGO" for t in targets) and (hosts := [
                r for r in actors.expand(host_places(act.anchor, actors), deep=True) if is_state(r.ref.country)]):
            # "pledged to send a battalion to the U.N. mission in Liberia": troops given to a force help the
            # country it serves in
            targets, place_target = hosts[:1], True
        if targets and act.root in PROVIDING_ROOTS and all(
                t.ref.code.startswith("---") and t.head.dep_ == "dobj" and t.head.head == act.anchor for t in targets):
            # "will send 100 border guards to help Lithuania patrol the frontier": the people or goods a state
            # sends are what it gives, not whom it helps; the helped party is named elsewhere in the clause
            targets = []
        if not targets and not (reflexive and act.root == "07") and not act.nominal and act.scoped:
            # "paid off its debts to the IMF": aid given to the actor's own belongings aids no one else
            # a subject noun's clause is its verb's ("the reopening of the crossing let lorries into Afghanistan")
            noun = act.anchor.pos_ == "NOUN" and act.anchor.dep_ in ("nsubj", "nsubjpass")
            scoped = actors.in_scope(act.anchor.head, [*act.sources, act.anchor], countries) if noun \
                else actors.in_scope(act.anchor, act.sources, countries)
            if scoped is not None:
                targets, place_target, inferred = [scoped], True, "target named elsewhere in the clause"
        unplaced = all(t.ref.code.startswith("---") for t in targets)
        if unplaced and not reflexive and act.root in VICTIM_REPORT_ROOTS and not act.nominal \
                and (reporter := actors.reporter(act.anchor)) is not None \
                and is_state(reporter.ref.country) and (reporter.ref.country not in countries or all(
                    s.ref.code[3:6] in LOCAL_SECTORS and reporter.ref.code[3:6] not in LOCAL_SECTORS for s in sources)) \
                and not is_mission_member(reporter.head, actors):
            # "Pakistan's military said Indian troops had opened fire", "Syria's interior ministry said
            # Israeli aircraft had struck government forces": a state reporting a hostile act by another
            # reports what was done to it (or to its own); so does one reporting what its insurgents did
            # ("British peacekeepers said militiamen had killed villagers": watchers of the war, no side)
            home = reporter.ref.country
            targets = [placed_in(t, home) for t in targets] or [
                unnamed_party(home, reporter.head)]
            place_target = True
            inferred = "target: the state reporting the act"
        if act.root == "15" and all(t.ref.country in countries for t in targets) and len(countries) > 1 and any(
                t.lemma_.lower() in DRILL_NOUNS for i in act.trigger for t in act.anchor.doc[i].subtree):
            # "French and Egyptian warships launched ten days of war games", "... staged joint drills near
            # Merowe" (in one of their countries): drills held together are military cooperation between them,
            # not a show of force
            act.code, act.rule = "062", act.rule + " > held together"
        if act.code == "016" and not reflexive and all(t.ref.code.startswith("---") for t in targets) \
                and (beyond := across_border(act.anchor, countries, actors)) is not None:
            # "Eritrea denied massing troops near the Ethiopian border": the denied act faces the neighbour
            targets, place_target, inferred = [beyond], True, "target: the state across the border"
        # "Zagreb denied that its police had used excessive force": the denier's own forces are what is
        # denied, not whom the denial answers
        if act.code == "016" and targets and all(t.ref.country in countries for t in targets) \
                and (other := actors.coref.counterpart(countries, sent.start_char)) is not None:
            targets, place_target = [unnamed_party(other, act.anchor)], True
            inferred = OTHER_PARTY
        # "Belgrade demanded the release of the two Serbs": the demand is on whoever holds its own people
        if act.code == "1053" and targets and all((t.ref.country in countries or t.ref.code.startswith("---"))
                                                  and t.ref.code[3:6] != "GOV" for t in targets) \
                and (other := actors.coref.counterpart(countries, sent.start_char)) is not None:
            targets, place_target = [unnamed_party(other, act.anchor)], True
            inferred = "target: the holder of its own people"
        # co-mediators ("Qatar and Egypt offered to mediate", 039, 045) and co-welcomers (051) act on a third
        # party, not on each other
        joint = act.root in JOINT_ROOTS and not act.code.startswith(("039", "045", "051"))
        # "Armenian and Azerbaijani forces violated the ceasefire": a truce is broken between its parties
        hostile = act.root in MUTUAL_ROOTS and any(w in sent.text.lower() for w in RECIPROCAL_WORDS) \
            or act.code == "196"
        reciprocal = len(countries) > 1 and to_each_other(act.anchor)
        if reciprocal or act.root == "06" and len(countries) > 1 and not with_partner(act.anchor):
            # "returned the remains of 12 soldiers to each other": the sources to one another; "Kenyan and
            # Somali troops launched a joint offensive against al-Shabaab": partners cooperate with each
            # other, not with whom they fight or what they talk about
            targets = []
        mutual = not targets and len(countries) > 1 and (joint or hostile or reciprocal)
        # "Belgrade welcomed the decision but said ... until Pristina ...": a reaction to an act answers its author
        reaction = self._about_an_act(act)
        # "Islamabad denied that its agents had a role ... and said India had offered no evidence": a denial
        # of what a clause tells, or of a role, answers the one other state its sentence names
        denial = act.root == "01" and (reaction or denies_a_clause(act.anchor) or any(
            act.anchor.doc[i].lemma_.lower() in RESPONSIBILITY_WORDS for i in act.trigger))
        # "..., the Russian foreign ministry said": who reports the act is no party to it
        reporting = {r.ref.country for r in [actors.reporter(act.anchor)] if r is not None}
        # "Taiwan put its forces on high alert as China began test-firing missiles": a show of force faces
        # the one other state its sentence names (police deployed act at home)
        show = act.root == "15" and act.code != "153" and not any(
            t.lemma_.lower() in POLICE_WORDS for t in act.anchor.subtree)
        # "withdrew after South Korean troops fired warning shots", "declared a truce": a force falls back
        # from, or stops fighting, the foe its sentence or article names
        facing = act.code.startswith(DEESCALATION_CODES) and all(
            s.ref.code == s.ref.country or s.ref.code[3:6] in ARMED_SECTORS | {"REB", "INS"} for s in sources)
        if show and targets and all(t.ref.code == t.ref.country and t.ref.country in countries for t in targets) \
                and actors.coref.states_named() - countries:
            # "sent two battalions to Adre", "moved soldiers into Khatlon province": forces massed on the actor's
            # own ground face a neighbour the article names, not the place they are sent to
            targets = []
        if not targets and not act.nominal and not mutual and len(countries) == 1 \
                and (act.root in COUNTERPART_ROOTS or reaction and act.root == "05" or show or facing) \
                and not (act.domestic or is_domestic(act.code)) and not aside_clause(act.anchor) \
                and not (act.root == "03" and own_things_object(act.anchor)) \
                and (captives_kept or not self._names_party(act)) \
                and not (in_clause and not show and placed_at_home(act, place, countries, sources)) \
                and (other := (actors.coref.counterpart(countries, sent.start_char)
                               if act.root in COUNTERPART_ROOTS else None)
                     or (actors.coref.sole_other(countries | reporting, sent.start, voiced=denial and not reaction)
                         if reaction or denial or show or facing else None)
                     or (actors.coref.counterpart(countries, sent.start_char) if show or facing else None)) \
                is not None:
            # "Moscow denied any interference in the vote" in an article about Moldova: an act with
            # no target in its sentence is aimed at the other party the article is about
            # "called on the electoral authority": a role the sentence leaves countryless is the other party's
            # (a show of force's object is the actor's own forces, no role of the other side)
            sector = "" if show else next((found for t in act.targets if (found := self.resolver.agent_sector(t))), "")
            targets, place_target = [unnamed_party(other + sector, act.anchor)], True
            inferred = OTHER_PARTY
        if act.code.startswith(DEESCALATION_CODES) and targets and location is not None and is_state(location.country) \
                and location.country not in countries and all(t.ref.country in countries for t in targets):
            # "ordered a halt to Russian military operations in Georgia": own forces stopped face the foe they fought
            targets, place_target, inferred = [unnamed_party(location.country, act.anchor)], True, "target: where it fought"
        if to_intermediary(act.code, targets):
            targets = []  # arms handed to U.N. monitors, captives to the Red Cross: yielded to a side, not to them
        if not targets and not act.nominal and act.root in INSURGENT_STATE_ROOTS and len(countries) == 1 \
                and all(s.ref.code[3:6] in ("REB", "INS") or act.code == "0873" and s.ref.code[3:6] == "OPP"
                        or act.code == "0871" and s.ref.code[3:6] in STATE_SECTORS for s in sources):
            # "The ELN declared a unilateral ceasefire": an insurgency's untargeted truce or concession is
            # made to the state it fights; a state's truce naming no foe abroad, to its own insurgents
            home = next(iter(countries))
            targets = [unnamed_party(home, act.anchor)]
            inferred = "target: the insurgents' own state"
        if place_target and (act.domestic or is_domestic(act.code)) \
                and all(t.ref.code[:3] in countries for t in targets):
            # "Kenyans protested in Nairobi": their own capital is where, not whom; CAMEO's domestic target
            targets = []
        # "Minsk freed 123 prisoners": a state's prisoners are its own; an armed group's hostages are not
        prisoners = act.code.startswith(("084", "0353")) and not any(
            t.lemma_.lower() in CAPTIVE_NOUNS for t in act.targets) and all(
            s.ref.code[3:6] in ("", "GOV", "MIL", "COP", "JUD") for s in sources)
        if prisoners and all(t.ref.code.startswith("---") for t in targets) \
                and (caught := caught_abroad(act, actors.coref, countries, sent)) is not None:
            targets, place_target, inferred = [unnamed_party(caught, act.anchor)], True, "target: whose crew was held"
        # "deployed riot police in Harare", "arrested a blogger in Minsk", "troops withdrew from Gao": police
        # deployed, arrests made or forces pulled back on a state's own ground act on its own country
        at_own_ground = (act.root in HOME_FORCE_ROOTS or act.code in HOME_FORCE_CODES or act.root == "15" and (
            act.code == "153" or any(t.lemma_.lower() in POLICE_WORDS for t in act.anchor.subtree))) \
            and len(countries) == 1 and location is not None and in_clause and location.country in countries \
            and all(s.ref.code[3:6] in STATE_SECTORS | ARMED_SECTORS for s in sources)
        implied = not targets and (act.domestic or is_domestic(act.code) or prisoners or at_own_ground)
        participle = participle_assault(act)
        attackers = {s.ref.code for s in sources}
        at_home = location is None or location.country in countries
        if (participle or targets and at_home and act.root in ("18", "19", "20")) \
                and all(t.ref.code.startswith("---") for t in targets):
            # "shelled Juba, killing about 20 people", "opened fire on protesters, killing two": the toll
            # falls where the attack did; "shelled Kherson and killed three people", "missile strikes on
            # sites in Pakistan killed 26 people": victims no place puts outside the attacker's country
            # are those of the attack it made on another state in the same sentence
            struck = {m.target.country for m in earlier if m.sentence_index == index and m.target is not None
                      and is_state(m.target.country) and (m.verb_start == act.anchor.head.idx if participle
                                                           else m.root_code in ("18", "19", "20")
                                                           and m.source.code in attackers
                                                           and m.target.country not in countries)}
            if len(struck) == 1:
                country = struck.pop()
                targets = [placed_in(t, country) for t in targets] or [unnamed_party(country, act.anchor)]
        if any(r.ref.code.startswith("---") and r.ref.code[3:6] in STATE_ORGANS for r in sources) and not act.nominal \
                and (reporter := actors.reporter(act.anchor)) is not None and is_state(reporter.ref.country) \
                and reporter.ref.code[3:6] in STATE_ORGANS | {""}:
            # "North Macedonia's interior ministry said police had arrested a Bulgarian citizen": a state
            # reports what its own police, troops or courts did
            sources = [placed_in(r, reporter.ref.country) if r.ref.code[3:6] in STATE_ORGANS else r for r in sources]
        if location is not None and location.country:
            # "insurgents bombarded Aleppo", "a police convoy in Khyber Pakhtunkhwa": an actor known only
            # by its role takes the country where the act happened
            sources = [placed_in(r, location.country) for r in sources]
            targets = [placed_in(r, location.country) for r in targets]
        home_ground = (act.domestic or is_domestic(act.code) or act.root in HOME_ROLE_ROOTS) and not any(
            t.lemma_.lower() in CAPTIVE_NOUNS for t in act.targets)
        held = {t.ref.country for t in targets if t.coref and is_state(t.ref.country)}
        if home_ground and len(held) == 1 and (holder := holder_of(next(iter(held)), earlier)) is not None:
            # "Sri Lankan sailors arrested 14 Indian fishermen ... A magistrate remanded them": the court or
            # police acting on people an earlier act detained is the detaining state's
            sources = [placed_in(r, holder) if r.ref.code[3:6] in STATE_ORGANS else r for r in sources]
        if home_ground:
            # "the government accepted demands from rebels", "protesters rallied against the Kenyan
            # government": in a domestic act a role without a country belongs to the other side's
            # a group named earlier ("remanded them" after "14 Indian fishermen") may be foreigners the state
            # holds: its nationality does not place the court or police acting on it
            present = {r.ref.country for r in sources + targets if is_state(r.ref.country)
                       and not (r in targets and (r.coref and r.ref.code[3:6] not in STATE_ORGANS | {""}
                                                  or by_citizenship(r)))}
            if len(present) == 1:
                country = present.pop()
                sources = [placed_in(r, country) for r in sources]
                targets = [placed_in(r, country) for r in targets]
        struck = {t.ref.country for t in targets if is_state(t.ref.country)}
        if act.root in ("17", "18", "19", "20") and len(struck) == 1:
            # "gang members attacked a Haitian town": an armed group known only by its kind is local
            sources = [placed_in(r, next(iter(struck))) if r.ref.code[3:6] in LOCAL_SECTORS else r for r in sources]
        acting = {r.ref.country for r in sources if is_state(r.ref.country)}
        if len(acting) == 1 and act.root != "07":
            # "Serb forces killed three ethnic Albanians": a minority lives under the state acting on it, no donor
            targets = [placed_in(t, next(iter(acting))) if is_ethnic_group(t.head) else t for t in targets]
        home = actors.coref.salient_country() or actors.coref.home
        if home is not None and (home_ground or act.root in ("14", "15", "18", "19", "20")):
            # "Police arrested 30 people" in an article about Guinea-Bissau: a role no sentence places
            # belongs to the country the article is about (on a tie, its dateline's)
            own = {r.ref.country for r in sources if not r.ref.code.startswith("---")}
            sources = [placed_in(r, home) for r in sources]
            insurgent = bool(sources) and all(r.ref.code[3:6] in LOCAL_SECTORS for r in sources)
            if home not in own:
                # "Russian forces shelled Kherson, killing three civilians": victims are not the attacker's
                targets = [placed_in(r, home) for r in targets]
            elif insurgent:
                # "al-Shabaab fighters killed dozens of soldiers": an insurgency's are its own country's
                # (another armed group it fights stays unnamed)
                armed = {r.ref.code for r in sources}
                targets = [placed if (placed := placed_in(r, home)).ref.code not in armed else r for r in targets]
        named = (self._states_named(sent, date) | actors.coref.states_named()) - reporting
        targets = own_victims(act, sources, targets, location, named)
        # a minority nothing placed is known by its people's name after all
        sources = [self._named_people(r, date) for r in sources]
        targets = [self._named_people(r, date) for r in targets]
        for placed in sources:
            actors.coref.settle(placed.ref)
        # "denied massing troops near the border": a countryless role found inside a phrase is no party
        targets = [t for t in targets if not (t.ref.code.startswith("---") and t.coref)]
        acting = {r.ref.country for r in sources if is_state(r.ref.country)}
        if not targets and not implied and act.root not in ("08", "15", "16") and len(sources) == 1 \
                and sources[0].ref.code[3:6] not in PRIVATE_SECTORS | {"AGR"} \
                and any(self._party_like(t) if act.root in PARTY_ONLY_ROOTS else t.pos_ != "PRON"
                        and t.ent_type_ not in ("GPE", "LOC", "FAC") for t in act.targets) \
                and len(acting) == 1 and (self._states_named(sent, date) | actors.coref.states_named() <= acting
                                          or policing_at_home(act, sources[0], location, acting)):
            # "denied that soldiers had killed the fishermen", "accused the White Army militia": a party
            # the text names but no lexicon knows, in an article naming no other state, is the actor's own
            # (not for firms, farmers or the press: "farmers expect to harvest wheat" is no political act;
            # nor for sanctions, which a state puts on foreigners: "sanctioned Rosneft and Lukoil")
            targets = [unnamed_party(next(iter(acting)), act.anchor)]
        elif act.code == "016" and denies_a_clause(act.anchor) and all(t.ref.code.startswith("---") for t in targets) \
                and len(acting) == 1 \
                and self._states_named(sent, date) | actors.coref.states_named() <= acting:
            # "the electoral board denied that any tally sheets had been altered", "denied that any civilians
            # had been killed": with no other state in the article, what is denied happened at home
            targets = [unnamed_party(next(iter(acting)), act.anchor)]
        if act.root in COMMERCE_ROOTS and targets and all(s.ref.code[3:6] == "BUS" for s in sources) \
                and all(t.ref.code[3:6] in PRIVATE_SECTORS | {"AGR"} for t in targets):
            return []  # "the phosphate company signed a deal to supply Indian farmers' cooperatives": trade
        if targets and not act.nominal and not act.symmetric:
            targets = objects_by_kind(act, targets, self.resolver.agent_sector)
        if location is None and act.root in VIOLENT_ROOTS:
            location = struck_place(t.head for t in targets)
        pairs: list[tuple[Resolved, Resolved | None, float]] = []
        # "Ukraine and Poland agreed to produce drones": a countryless object is no party to a joint act
        unnamed = bool(targets) and all(t.ref.code.startswith("---") for t in targets)
        if (act.symmetric and not act.code.startswith("039") or mutual) and len(sources) > 1 \
                and (not targets or indirect or place_target or unnamed):
            pairs = [(a, b, 0.0) for a in sources for b in sources if a is not b]
        elif implied:
            # CAMEO codes protest, curfews, bans and the like as aimed at the actors' own country
            # (protest at its government)
            # "Ukrainian refugees in Poland protested against benefit cuts": a crowd abroad protests at
            # the government of where it is
            host = location.country if act.root == "14" and location is not None and is_state(location.country) \
                else None
            pairs = [(source, domestic_target(source, act.root) if host in (None, source.ref.country)
                      else Resolved(ActorRef(host + "GOV", actor_name(host + "GOV"), ""), True, source.head), 0.0)
                     for source in sources]
        else:
            for source in sources:
                for target in targets or [None]:
                    pairs.append((source, target, 0.0))
                    if (act.symmetric and target is not None and not indirect
                            and act.code.startswith(RECIPROCAL_CODES)
                            and not (act.code in ONE_WAY_CODES and act.anchor.lemma_.lower() in ONE_WAY_VERBS)):
                        pairs.append((target, source, 0.05))
        traits = act.traits | (Trait.DENIED if act.modality.denied else Trait(0)) \
            | (Trait.REPORTED if act.modality.reported else Trait(0)) \
            | (Trait.GUESSED_TARGET if inferred == OTHER_PARTY else Trait(0))
        # "struck Iranian nuclear sites in June 2025": background keeps its own date
        happened = event_date(act.anchor, date)
        if happened is not None:
            inferred = (inferred + "; " if inferred else "") + f"happened {happened[:7]}"
        first, last = min(act.trigger), max(act.trigger)
        doc = sent.doc
        verb_start = doc[first].idx
        verb_end = doc[last].idx + len(doc[last].text)
        out = []
        seen = set()
        if location is not None and location.country:
            location = replace(location, country=code_on(location.country, date))
        for source, target, extra_penalty in pairs:
            # "fighting in western Upper Nile" in 1998: a state not yet independent is its predecessor's
            source = dated(source, date)
            target = dated(target, date) if target is not None else None
            if target is not None and not implied and not act.modality.negated \
                    and acts_through_own_organ(source, target):
                continue  # "Tajikistan will withdraw its troops": a state acts through its organs, not on them
            if target is not None and target.ref.code == source.ref.code and not implied \
                    and not on_own_people(act, source, target):
                officials = target.head.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in target.head.children)
                if not (officials and (act.domestic or is_domestic(act.code))) \
                        or (target := domestic_target(source, act.root)) is None:
                    continue  # a parse slip, but for CAMEO's domestic acts ("removed three mayors from office")
            key = (source.ref.code, target.ref.code if target else None)
            if key in seen:
                continue
            seen.add(key)
            confidence = (event_confidence(act, source, target, place_target, sent)
                          - extra_penalty - 0.2 * implied)
            event_code = assault_or_fight(act, source.ref.code, target.ref.code if target else None)
            entry = codes.lookup(event_code)
            out.append(Mention(
                doc_id=article.id, sentence_index=index, sentence=sent.text, sentence_start=sent.start_char,
                source=source.ref, target=target.ref if target else None,
                event_code=event_code, root_code=event_code[:2], quad_class=entry.quad_class,
                goldstein=entry.goldstein, plover_type=entry.plover_type, plover_mode=entry.plover_mode,
                negated=act.modality.negated, hypothetical=act.modality.hypothetical,
                date=happened or date, location=location, confidence=max(0.05, min(0.99, confidence)),
                rule=act.rule + (f" [{act.modality.reason}]" if act.modality.reason else "")
                + (f" [{inferred}]" if inferred else ""),
                verb_text=doc[first:last + 1].text, verb_start=verb_start, verb_end=verb_end, traits=traits,
            ))
        return out

    def _named_people(self, resolved: Resolved, date: str | None) -> Resolved:
        if not resolved.ref.code.startswith("---") or not is_ethnic_group(resolved.head):
            return resolved
        ref = self.resolver.resolve_text(resolved.ref.text, date)
        if ref is None:
            return resolved
        return Resolved(replace(ref, start=resolved.ref.start, end=resolved.ref.end), resolved.coref, resolved.head)

    def _party_like(self, token: Token) -> bool:
        """People or a body ("the fishermen", "a police convoy"), not an act or a pronoun."""
        if token.pos_ == "PRON" or token.lemma_.lower() in self.lexicon.nouns:
            return False  # an act ("the sanctions", "the strikes") is no party
        return token.tag_ in ("NNS", "NNPS") or token.lemma_.lower() in PARTY_WORDS or any(
            self.resolver.agent_sector(t) for t in (token, *token.children) if t == token or t.dep_ == "compound")

    def _states_named(self, sent: Span, date: str | None) -> frozenset[str]:
        return span_reading(sent, self._find_states, date)  # asked for each act of the sentence

    def _find_states(self, sent: Span, date: str | None) -> frozenset[str]:
        return frozenset(r.country for r in self.resolver.find_all(sent, date) if is_state(r.country))

    def _about_an_act(self, act: Act) -> bool:
        """Whether the act's object is an act nobody in it is named for ("condemned the expulsion")."""
        return bool(act.targets) and all(t.pos_ == "NOUN" and (t.lemma_.lower() in self.lexicon.nouns
                                                               or t.lemma_.lower() in REACTED_NOUNS)
                                         and not any(c.dep_ in ("poss", "amod", "compound") for c in t.children)
                                         for t in act.targets)

    def _names_party(self, act: Act) -> bool:
        """Whether the act's grammatical target is a party the lexicon cannot place ("appealed to
        donors", "sanctioned Rosneft"): then no other actor may stand in for it."""
        return any(t.pos_ == "PROPN" or t.lemma_.lower() in PARTY_WORDS for t in act.targets)


@lru_cache(maxsize=1)
def _default_coder() -> Coder:
    return Coder(default_lexicon(), ActorResolver.default())

