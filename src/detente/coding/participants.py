"""Participants of an act: head tokens → actors, in article order.

The coder hands this module the source and target heads found in the parse. Names are
resolved by :class:`~detente.actors.ActorResolver`; when a head names no actor itself,
the fallbacks here look at its modifiers ("his Lithuanian counterpart"), its group or
place ("thousands of Nigerians", "groups in Zimbabwe"), actors inside the phrase
("sanctions on sales to Iran") and finally the article's coreference chain.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span, Token

from detente.actors import actor_name
from detente.actors.coref import ATTRIBUTION_VERBS, is_state_ref
from detente.actors.groups import is_ethnic_group
from detente.coding.bands import unnamed_band
from detente.coding.clause_scope import other_clause
from detente.coding.gazetteer import PLACE_LABELS, REGION_WORDS, gazetteer
from detente.coding.group_parties import plural_parties
from detente.coding.lexicon import WORD_SETS
from detente.coding.missions import mission_member
from detente.coding.organs import unplaced_organ
from detente.coding.parsecache import doc_entities, tokens
from detente.coding.patrons import patron_of
from detente.coding.phrases import (
    FIRST_PERSON,
    OWNING_UP_VERBS,
    locative,
    longer_place,
    named_at,
    partitive_head,
    titled_name,
)
from detente.coding.places import linked_network, locate, names_place, route_end, stray_town
from detente.coding.resolved import Resolved
from detente.coding.speakers import SpeakerLookup
from detente.coding.vessels import CREW_NOUNS, VESSEL_NOUNS, last_vessel_flag
from detente.nlp import dateline_end
from detente.records import ActorRef

logger = logging.getLogger(__name__)

GROUP_HEADS = WORD_SETS["group_heads"]
PATRON_VERBS = WORD_SETS["patron_verbs"]
# countryless actors that act where they live: gangs, rebels, insurgents, protesters, civilians
LOCAL_SECTORS = frozenset({"CRM", "REB", "INS", "UAF", "OPP", "CVL", "SEP"})
PURPOSE_NOUNS = WORD_SETS["purpose_nouns"]
MEMBER_NOUNS = WORD_SETS["member_nouns"]
PEOPLE_NOUNS = WORD_SETS["people_nouns"]
HOME_STATE_NOUNS = WORD_SETS["home_state_nouns"]
SETTLEMENT_NOUNS = WORD_SETS["settlement_nouns"]
RESIDENT_NOUNS = WORD_SETS["resident_nouns"]
HELD_PEOPLE = WORD_SETS["held_people"]
SEATED_RULERS = WORD_SETS["seated_rulers"]
ORIGIN_VERBS = WORD_SETS["origin_verbs"]
ORIGIN_OBJECT_VERBS = WORD_SETS["origin_object_verbs"]
REMOVAL_VERBS = WORD_SETS["removal_verbs"]
REPRESENTATIVE_NOUNS = WORD_SETS["representative_nouns"]
INSIDE_PREPS = WORD_SETS["inside_preps"]
SERVING_VERBS = WORD_SETS["serving_verbs"]
SENT_NOUNS = WORD_SETS["sent_nouns"]
OWNING_VERBS = WORD_SETS["owning_verbs"]
WAR_MACHINES = WORD_SETS["war_machines"]
# quantities whose "of" phrase holds the people counted ("hundreds of British and American men")
QUANTITY_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "some", "many", "several"})
# what a thing is of, told by a participle ("a mine operated by", "a camp used by", "a town held by")
HOLDING_VERBS = OWNING_VERBS | {"use", "occupy", "control", "hold"}
SELF_BODY_NOUNS = WORD_SETS["self_body_nouns"]
# people who speak or act for a body named after them ("a spokesman for the junta", "a counsellor at the
# Russian embassy", "an employee of a Chinese state company")
SPEAKING_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "representative", "envoy",
                            "adviser", "advisor", "aide", "source", "member", "head", "chief", "commander",
                            "chairman", "chairwoman", "chairperson", "chair", "president", "director", "secretary",
                            "leader", "commissioner", "coordinator", "counsellor", "counselor", "attache", "attaché",
                            "consul", "diplomat", "staffer", "employee", "officer", "agent", "man"})
HOLDER_OFFICES = WORD_SETS["holder_offices"]
ANONYMOUS_PEOPLE = WORD_SETS["anonymous_people"]
CROWD_COUNTS = WORD_SETS["crowd_counts"]
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
SKIP_DEPS = WORD_SETS["skip_deps"]
SCOPE_SKIP_DEPS = WORD_SETS["scope_skip_deps"]


AUTHORING_VERBS = WORD_SETS["authoring_verbs"]
JUDGING_VERBS = WORD_SETS["judging_verbs"]


class ArticleActors(SpeakerLookup):
    """Resolves head tokens of one article, in text order, feeding the coreference chain.

    Args:
        resolver: The :class:`~detente.actors.ActorResolver`.
        coref: The article's :class:`~detente.actors.ArticleCoref`.
        date: ISO article date (for date-ranged roles).
    """

    def __init__(self, resolver, coref, date: str | None) -> None:
        self.resolver, self.coref, self.date = resolver, coref, date
        self.cache: dict[int, Resolved | None] = {}
        # countries named so far, for "both sides" / "the two governments"
        self.named: Counter[str] = Counter()
        self._named_at: set[tuple[str, int | None]] = set()  # a mention counts once ("Malaysia's minister")
        self._named_ends: set[tuple[str, int]] = set()  # where each counted mention of a state ends
        self.last_ref: dict[str, ActorRef] = {}
        # surnames of people named in full earlier ("Jeremiah Manele" ... "Manele said")
        self.surnames: dict[str, ActorRef] = {}

    def observe_sentence(self, sent: Span) -> None:
        """Resolve every noun phrase head of ``sent`` so later pronouns can refer back to it.

        Heads are resolved in text order; the sentence's named subjects are then observed again
        so that they are the most salient antecedents for the next sentence's "he" or "the
        president".
        """
        if self.coref.home is None and (end := dateline_end(sent.doc, sent.start)) is not None:
            place = sent.doc[sent.start:end].text.split(",")[0].split("(")[0].strip()
            ref = self.resolver.resolve_text(place.title(), self.date)
            self.coref.home = ref.country if ref is not None and ref.country.isalpha() \
                else gazetteer().dateline_country(place)
        heads = [t for t in tokens(sent) if t.pos_ in NOMINAL_POS and t.dep_ not in SKIP_DEPS]
        for token in heads:
            self.get(token)  # text order: "Putin said he would ..." finds Putin before "he"
        for token in heads:
            found = self.cache.get(token.i)
            # a definite description resolved by coreference ("the commerce ministry said") is a subject
            # later pronouns may refer to ("It urged the bloc ...")
            if found is not None and (not found.coref or token.pos_ != "PRON" and found.ref.code[3:]) \
                    and token.dep_ in ("nsubj", "nsubjpass"):
                self.coref.observe(found.ref, token)

    def get(self, head: Token) -> Resolved | None:
        """The actor named by the phrase headed by ``head`` (cached per token), or None."""
        if head.i in self.cache:
            return self.cache[head.i]
        # "its" on two subjects each asks for the other: a phrase being resolved names no one meanwhile
        self.cache[head.i] = None
        if (mission := mission_member(head, self)) is not None:
            # "Spanish peacekeepers" of UNIFIL are the UN's (see coding/missions.py)
            found = Resolved(mission, False, head)
            self.coref.observe(mission, head)
            self.cache[head.i] = found
            return found
        patron = patron_of(head)
        if (head.lemma_.lower() in CREW_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() == "crew"
                                                    for c in head.children)) \
                and any(c.dep_ == "poss" and c.lower_ in ("its", "their") or c.dep_ == "det" and c.lower_ == "the"
                        for c in head.children) \
                and not any(c.dep_ in ("appos", "amod") or c.dep_ == "prep" and any(
                    g.dep_ == "pobj" for g in c.children) for c in head.children) \
                and (flag := last_vessel_flag(head, lambda text: self.resolver.resolve_text(text, self.date))):
            # "intercepted a Kuwaiti fishing boat ... detained its crew": the crew are the vessel's
            self.cache[head.i] = vessel = Resolved(flag, True, head)
            return vessel
        if patron is None and head.pos_ == "NOUN":
            # "hackers working for Russian military intelligence", "agents acting for Tehran", "an envoy who works for"
            patron = next((o for a in head.children if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in SERVING_VERBS
                           for p in a.children if p.dep_ == "prep" and p.lower_ in ("for", "on")
                           for o in p.children if o.dep_ == "pobj" and o.lower_ != "behalf"), None)
        if patron is None and head.lemma_.lower() in VESSEL_NOUNS | WAR_MACHINES:
            # "a patrol boat belonging to eastern Libya's forces", "a tanker owned by a Sharjah company"
            patron = next((o for a in head.children if a.dep_ == "acl" and a.lemma_.lower() in OWNING_VERBS
                           for p in a.children if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by")
                           for o in p.children if o.dep_ == "pobj"), None)
        if patron is None and head.lemma_.lower() in SENT_NOUNS:
            patron = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "from"
                           for o in p.children if o.dep_ == "pobj"), None)
        if patron is not None and (owner := self.get(patron)) is not None:
            # "militants loyal to Islamic State", "fighters loyal to Haftar": they are the patron's
            found = Resolved(owner.ref, True, head)
            self.cache[head.i] = found
            return found
        ref = self.resolver.resolve(head, self.date)
        if ref is not None:
            ref = longer_place(head, ref)
        if head.pos_ == "NOUN" and head.lower_ in self.resolver.lexicon.word_class("people_noun") \
                and not self._own_nationality(head) and (people := self.resolver.resolve_text(head.text, self.date)):
            # "settlers in the West Bank": the one people the noun names, not the place they live in
            text, start, end = (ref.text, ref.start, ref.end) if ref else (head.text, head.idx, head.idx + len(head))
            ref = ActorRef(people.code, people.name, text, start, end)
        if ref is not None and ref.code == ref.country and self.resolver.names_people(head) \
                and (home := self._removed_from(head)) is not None:
            # "drove 150,000 Serbs from the Krajina region": a people driven out is of the land they lived in
            code = home.ref.country + "CVL"
            ref = ActorRef(code, actor_name(code), ref.text, ref.start, ref.end)
        if (ref is None or ref.code.startswith("---")) and (group := self.coref.people_again(head)) is not None:
            ref = group
        if ref is not None and ref.code.startswith("---") and (
                head.lemma_.lower() in RESIDENT_NOUNS and (located := self.located_actor(head)) is not None
                or (located := self._origin(head)) is not None
                or (head.pos_ == "NOUN" or self.resolver.agent_sector(head) is not None)
                and (located := _city_modifier(head)) is not None) and located.ref.country.isalpha():
            # "residents of Kitwe", "the authorities in Bangui": people of a role take the country of the
            # place they are of; "gunmen who crossed from the Central African Republic", of where they came from
            code = located.ref.country + ref.code[3:]
            ref = ActorRef(code, actor_name(code), ref.text, ref.start, ref.end)
        if ref is not None and locative(head) and (ref.code[3:] == "GOV" or len(ref.code) > 3
                                                   and gazetteer().is_city(head.text)):
            # "an air strike in Beirut", "detained migrants in Rawalpindi": a place, not the government or
            # army it houses (capital metonyms are for subjects)
            ref = ActorRef(ref.code[:3], actor_name(ref.code[:3]), ref.text, ref.start, ref.end)
        found = None
        if ref is None and (head.lemma_.lower() in GROUP_HEADS or head.pos_ == "NUM" and head.dep_ != "nummod"):
            # "Thousands of Nigerians", "a group of Moroccan diplomats", "11 of the farmers": the group is its members
            members = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            if members:
                found = self.get(members[0])
                self.cache[head.i] = found
                return found
        if ref is None and head.lemma_.lower() in MEMBER_NOUNS:
            # "gang members", "militia fighters": the members of a body known only by its kind
            kind = next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
            sector = self.resolver.agent_sector(kind) if kind is not None else None
            if sector:
                # "Haitian gang members", "South African air force helicopters": a nationality (of one word or
                # more) beside the kind or on it ("New Zealand navy helicopters") says whose
                own = self.resolver.resolve(kind, self.date)
                country = own.country if own is not None and is_state_ref(own) else next((
                    r.country for c in head.children if c.dep_ in ("amod", "compound") and c.i < kind.i and (
                        r := self.resolver.resolve_text(head.doc[c.left_edge.i:c.i + 1].text, self.date)) is not None
                    and r.code == r.country), "---")
                found = Resolved(named_at(country + sector, head), True, head)
                self.cache[head.i] = found
                return found
        if (ref is None or ref.code.startswith("---")) and head.pos_ == "NOUN" \
                and (owner := self.pronoun_owner(head)) is not None \
                and (code := self._owned_code(head, owner.ref)) is not None:
            end = head.idx + len(head.text)
            found = Resolved(ActorRef(code, actor_name(code), head.doc.text[owner.head.idx:end], owner.head.idx, end),
                             True, head)
            self.cache[head.i] = found
            return found
        surname = None
        if ref is None and head.pos_ == "PROPN" and head.dep_ == "appos" and head.head.pos_ in NOMINAL_POS \
                and titled_name(head) and (titled := self.get(head.head)) is not None:
            # "the defence ministry spokeswoman, Lieutenant General Maly Socheata,": the name takes the title's actor
            ref = named_at(titled.ref.code, head)
            self.surnames[head.text] = ref
            surname = ref
        if ref is None and head.pos_ == "PROPN" and titled_name(head) and (title := next(
                (c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)) is not None \
                and (titled := self.get(title)) is not None and titled.ref.country.isalpha() \
                and titled.ref.country not in ("NGO", "IMG", "MNC"):
            # "Field Marshal Asim Munir, Pakistan's army chief,": the name takes its apposed title's actor
            ref = named_at(titled.ref.code, head)
            self.surnames[head.text] = ref
            surname = ref
        if ref is None and head.text in self.surnames and (head.pos_ == "PROPN" or head.pos_ == "NOUN" and not any(
                c.dep_ == "det" for c in head.children)) \
                and not any(c.dep_ in ("compound", "amod") for c in head.children):
            # the tagger may take a sentence-initial surname for a plural noun ("Morales accused ...")
            surname = self.surnames[head.text]
            ref = named_at(surname.code, head)
        if ref is not None and ref.country == "IGO" and (seat := self.place_actor(head)) is not None \
                and seat.ref.country in self.coref.states_named():
            # "Rwanda cut ties with Belgium ... and Brussels expelled its envoys": the seat of a body stands for
            # its host state when the article names that state
            ref = named_at(seat.ref.country + "GOV", head)
        if ref is not None:
            person = self.remember_name(ref, head) or surname is not None
            found = Resolved(ref, self.coref.counted(head), head)  # a repeated count refers back
            self.coref.observe(ref, head, person=person)
            self._count_named(ref)
        elif head.lemma_.lower() in SPEAKING_ROLES and (body := self.role_body(head)) is not None:
            # "a spokesman for the junta", "an official of the ministry": the body's actor
            found = body
        elif head.lemma_.lower() in HOLDER_OFFICES and (holder := self._office_holder(head)) is not None:
            found = holder
        elif head.pos_ != "PRON" and (modifier := self.modifier_actor(head)) is not None:
            # "his Lithuanian counterpart", "the Azerbaijani republic": the modifier names the actor
            found = modifier
            if head.tag_ == "NNS" and head.lemma_.lower() in HELD_PEOPLE:
                # "detained British sailors ... freed them", "... the sailors": a plural known by its
                # modifier is an antecedent, under its whole phrase so that its head word is found again
                start = min(c.left_edge.idx for c in head.lefts)
                end = head.idx + len(head.text)
                self.coref.observe(ActorRef(modifier.ref.code, modifier.ref.name, head.doc.text[start:end], start,
                                            end), head, people=True)
        elif head.lemma_.lower() in PEOPLE_NOUNS and (located := self.located_actor(head)) is not None:
            found = located
        elif head.lemma_.lower() in SETTLEMENT_NOUNS and (located := self.located_actor(head)) is not None:
            # "an air strike on a village in Darfur": a place hit stands for the state it lies in
            found = located
        elif head.lemma_.lower() in SEATED_RULERS and (located := self.located_actor(head) or self._seat(head)) \
                is not None and is_state_ref(located.ref):
            code = located.ref.country + "GOV"
            found = Resolved(ActorRef(code, actor_name(code), located.ref.text, located.ref.start, located.ref.end),
                             True, head)
        elif (speaker := self.speaker(head)) is not None or head.lower_ in FIRST_PERSON and head.dep_ != "poss" and (speaker := self.quoted_self(head)) is not None:
            found = speaker
        elif head.lemma_.lower() in ANONYMOUS_PEOPLE and not any(c.dep_ in ("poss", "amod", "compound")
                                                                  for c in head.children) \
                or head.lower_ in CROWD_COUNTS and head.dep_ == "nsubj" and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            # "arrested 30 people", "thousands of people marched", "thousands rallied": civilians whose country the
            # sentence's place or the article supplies
            found = Resolved(named_at("---CVL", head), True, head)
        elif (ref := self.coref.resolve_anaphor(head) or unnamed_band(head, agent := self.resolver.agent_sector)
              or unplaced_organ(head, agent, self.coref.states_named())) is not None:
            found = Resolved(ref, True, head)
        self.cache[head.i] = found
        return found

    def remember_name(self, ref: ActorRef, head: Token) -> bool:
        """Record the surname of a person named in full so that a later bare surname finds them.

        Returns:
            True when ``ref`` was recognised as naming a person.
        """
        words = ref.text.split() if ref.text else []
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and self.resolver.is_person(ref):
            self.surnames[words[-1]] = ref
            if "-" in words[-1]:
                self.surnames[words[0]] = ref  # "Lee Jae-myung" ... "Lee said": family name first
            return True
        if titled_name(head) and not self.resolver.is_collective(ref):
            # "Mexican Economy Minister Marcelo Ebrard": an unknown person known by title (not "Costa Rica")
            self.surnames[head.text] = ref
            return True
        return False

    def _office_holder(self, head: Token) -> Resolved | None:
        """The post holder an office acts as: "Colombia's attorney general's office" is COLJUD, where the
        bare modifier would give the state. Resolved without coreference: the holder is not mentioned
        as a person of their own ("according to the prime minister's office, he ...")."""
        holders = [c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")] + [
            o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        for holder in holders:
            if (ref := self.resolver.resolve(holder, self.date)) is not None:
                return Resolved(ref, True, head)
            if (named := self.modifier_actor(holder)) is not None:  # "the office of the U.N. human rights chief"
                return Resolved(named.ref, True, head)
        return None

    def role_body(self, head: Token) -> Resolved | None:
        """The actor of the body in "spokesman for X" / "official of X" / "the bloc's envoy", if X resolves."""
        for owner in head.children:
            if owner.dep_ == "poss" and owner.pos_ in ("NOUN", "PROPN") and (found := self.get(owner)) is not None:
                return Resolved(found.ref, True, head)
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
                for body in prep.children:
                    if body.dep_ == "pobj" and (found := self.get(body)) is not None:
                        return Resolved(found.ref, True, head)
        return None

    def _owned_code(self, head: Token, owner: ActorRef) -> str | None:
        """The code of ``head``, a role or member noun under a possessive that refers to ``owner``, or None."""
        lemma = head.lemma_.lower()
        sector = self.resolver.agent_sector(head) or ("MIL" if lemma in WAR_MACHINES else None)
        # "its 17 Indian crew members": people with a nationality of their own are not the owner's
        member = head.lower_ in self.resolver.lexicon.word_class("body_member") and not any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in head.children) \
            and not (lemma == "office" and head.dep_ == "nsubj" and head.head.lemma_.lower() in ATTRIBUTION_VERBS)
        # ("..., his office said": an office that only speaks for its holder names no actor of its own)
        if lemma in HOME_STATE_NOUNS and head.tag_ == "NN":
            # "the president said his country was ready": a state official's country is the state itself
            return owner.country if is_state_ref(owner) and owner.code[3:6] not in LOCAL_SECTORS else None
        if not is_state_ref(owner) or owner.code[3:6] in LOCAL_SECTORS:
            # "the IAEA said its inspectors", "the Houthis said their forces": a body's people act as the body
            return owner.code if sector or member else None
        if sector is None:
            # "the army said its units had begun deploying": a state body's own parts are that body
            return owner.code if member else None
        # "the army said its forces had retaken the palace": the pronoun's actor's; "its aircraft" a state's military
        if lemma in WAR_MACHINES and owner.code[3:6] not in ("", "GOV", "MIL"):
            return owner.code
        return owner.country + sector

    def pronoun_owner(self, head: Token) -> Resolved | None:
        """The actor a possessive pronoun on ``head`` refers to ("its forces", "their troops",
        "his government")."""
        # "the group's fighters" after the group was named: a definite body noun works like "its"
        pronoun = next((c for c in head.children if c.dep_ == "poss" and (
            c.lower_ in ("its", "their", "his", "her", "our", "my") or c.lemma_.lower() in SELF_BODY_NOUNS
            and any(d.lower_ == "the" for d in c.children))), None)
        if pronoun is None:
            return None
        if pronoun.lower_ in FIRST_PERSON:
            # "'Our forces will respond,' the minister said": the speaker's own; as the object of a relative
            # clause ("the men who attacked our police") they are what the quote is about, no party to it
            speaker = self.quote_speaker(pronoun) if head.dep_ in ("nsubj", "nsubjpass") else None
            return Resolved(speaker.ref, True, pronoun) if speaker is not None and is_state_ref(speaker.ref) else None
        ref = None
        verb, part = head.head, partitive_head(head)  # "one of its pilots" is a subject, as "its pilots" is
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        for _ in range(3):
            # "Pakistan refused ... and urged its citizens": the clause's own subject owns "its"
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON" and c != part), None)
            if subject is not None and pronoun.lower_ == "its" and subject.ent_type_ == "PERSON":
                break  # "Mandela, the mediator for Burundi, urged its government": "its" is never a person's
            if subject is not None:
                found = self.get(subject)
                if found is None and len(self.expand([subject])) > 1:
                    return None  # "the two delegations ... their embassies": each party's own
                ref = found.ref if found is not None else None
                break
            # "... had been taken into custody by its sailors": a passive's agent is its clause's doer
            doer = part.head == verb and part.dep_ in ("nsubj", "nsubjpass") \
                or head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head == verb
            reported = verb.dep_ == "ccomp" and doer and verb.head.lemma_.lower() in OWNING_UP_VERBS
            if verb.dep_ not in ("conj", "xcomp", "advcl") and not reported or verb.head == verb:
                break
            # "Eritrea accused Ethiopia of ... and said its own forces were on alert": the speaker's own
            verb = verb.head
        ref = ref or self.coref.resolve_anaphor(pronoun)
        if ref is None or ref.code.startswith("---"):
            return None
        return Resolved(ref, True, pronoun)

    def _count_named(self, ref: ActorRef) -> None:
        """Count a state named in the article (for "both sides")."""
        if not is_state_ref(ref) or (ref.country, ref.start) in self._named_at:
            return
        self._named_at.add((ref.country, ref.start))
        if ref.end is not None:
            self._named_ends.add((ref.country, ref.end))
        # "U.S. Secretary of State Marco Rubio" resolves word group by word group: one mention, counted once
        if ref.start is None or not {(ref.country, ref.start), (ref.country, ref.start - 1)} & self._named_ends:
            self.named[ref.country] += 1
        self.last_ref[ref.country] = ref

    def _own_nationality(self, head: Token) -> bool:
        """ "Chinese settlers": a modifier of ``head`` names the state its people are of."""
        return any(c.dep_ in ("amod", "compound", "poss") and (found := self.resolver.resolve_text(c.text, self.date))
                   and found.code == found.country for c in head.children)

    def located_actor(self, head: Token) -> Resolved | None:
        """People known by where they are: "opposition groups in Zimbabwe", "inhabitants of the Golan"."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "from", "of"):
                continue
            for place in prep.children:
                if place.dep_ == "pobj" and place.lemma_.lower() in REGION_WORDS:
                    # "in the northern Kachin region": the name before the administrative word
                    place = next((c for c in place.children if c.dep_ == "compound" and c.pos_ == "PROPN"), place)
                if place.dep_ not in ("pobj", "compound") or place.pos_ != "PROPN":
                    continue
                found = self.get(place) or self.place_actor(place) or _named_city(place)
                if found is not None:
                    code = found.ref.code[:3]
                    return Resolved(ActorRef(code, actor_name(code), found.ref.text, found.ref.start,
                                              found.ref.end), True, head)
        return None

    def _removed_from(self, head: Token) -> Resolved | None:
        """The state of the place a removal verb drives ``head``'s people from or out of, or None."""
        while head.dep_ == "conj" or head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head if head.dep_ == "conj" else head.head.head  # "Muslims and Croats", "thousands of Serbs"
        verb = head.head
        if head.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in REMOVAL_VERBS:
            return None
        for prep in (*verb.children, *head.children):
            if prep.dep_ == "prep" and prep.lower_ == "out":
                prep = next((p for p in prep.children if p.dep_ == "prep" and p.lower_ == "of"), prep)
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of") or prep.lower_ == "of" \
                    and prep.head.lower_ != "out":
                continue
            for place in prep.children:
                if place.dep_ == "pobj" and place.lemma_.lower() in REGION_WORDS:
                    place = next((c for c in place.children if c.dep_ == "compound" and c.pos_ == "PROPN"), place)
                if place.dep_ in ("pobj", "compound") and place.pos_ == "PROPN" and (
                        found := self.place_actor(place) or _named_city(place) or self.get(place)) is not None \
                        and is_state_ref(found.ref):
                    return found
        return None

    def _seat(self, head: Token) -> Resolved | None:
        """ "accused the government in Belgrade of ...": the seat the parser hung on the verb right after
        the object."""
        after = head.right_edge.i + 1
        if head.dep_ != "dobj" or after >= len(head.doc) or head.doc[after].lower_ != "in" \
                or head.doc[after].head != head.head:
            return None
        return next((found for place in head.doc[after].children if place.dep_ == "pobj" and place.pos_ == "PROPN"
                     if (found := self.get(place) or self.place_actor(place) or _named_city(place)) is not None),
                    None)

    def _origin(self, head: Token) -> Resolved | None:
        """Where people "who crossed from X" or "who came from X" came from, or people a verb acts on
        "from X" ("expelled 300 migrants from Niger") are from, X not the actor's own country."""
        places = self._origins(head)
        return places[0] if places else None

    def _origins(self, head: Token) -> list[Resolved]:
        """Every place of :meth:`_origin` ("migrants from Honduras and El Salvador")."""
        holders = [c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in ORIGIN_VERBS]
        if head.dep_ == "dobj" and head.head.lemma_.lower() in ORIGIN_OBJECT_VERBS:
            holders.append(head.head)
        for clause in holders:
            own = {found.ref.country for s in clause.children if s.dep_ == "nsubj" and clause is head.head
                   and (found := self.get(s)) is not None}
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    places = [found for first in prep.children if first.dep_ == "pobj"
                              for place in (first, *first.conjuncts)
                              if (found := self.get(place) or self.place_actor(place)) is not None
                              and found.ref.country.isalpha() and found.ref.country not in own]
                    if places:
                        return places
        return []

    def place_actor(self, head: Token) -> Resolved | None:
        """A named place the actor lexicon lacks ("the town of Uvira") as its country."""
        if head.ent_type_ not in PLACE_LABELS or head.pos_ != "PROPN":
            return None
        span = next((e for e in doc_entities(head.doc) if e.start <= head.i < e.end), None)
        if span is not None and span.start > 0 and head.doc[span.start - 1].text.istitle() \
                and gazetteer().candidates(f"{head.doc[span.start - 1].text} {span.text}"):
            span = head.doc[span.start - 1:span.end]  # "the Middle Juba region" is not Juba
        location = locate(span) if span is not None and not stray_town(span) else None
        if location is None or not location.country:
            return None
        code = location.country
        return Resolved(ActorRef(code, actor_name(code), span.text, span.start_char, span.end_char), True, head)

    def word_ref(self, token: Token) -> ActorRef | None:
        """The actor one modifier word names ("Iranian", "Juba"), seen with the title word before it."""
        ref = self.resolver.resolve_text(token.text, self.date)
        return longer_place(token, ref) if ref is not None else None

    def modifier_actor(self, head: Token) -> Resolved | None:
        """An actor named by the compound/adjective modifiers of a noun the resolver did not know."""
        # "Ukraine's anti-corruption bureau": a possessor names the actor too
        # "the Al Qaeda-linked Somali group", "Iran-backed militias": the patron is not the actor
        mods = [c for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < head.i
                and c.pos_ != "PRON" and not (c.tag_ == "VBN" and c.lemma_.lower() in PATRON_VERBS)]
        if not mods or linked_network(head):
            return None
        first, last = min(m.left_edge.i for m in mods), max(m.i for m in mods)
        doc = head.doc
        # longest sub-span first: "Security Council draft" → "Security Council"
        for length in range(min(4, last - first + 1), 0, -1):
            for start in range(first, last - length + 2):
                span = doc[start:start + length]
                if span[0].is_punct or span[-1].is_punct:
                    continue
                if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti"):
                    continue  # "the pro-Iranian Hizbollah group" is not Iran's
                if head.ent_type_ == "PERSON" and self.resolver.place_in_longer_name(span):
                    continue  # "General Mohamed Farah Aidid": a place name inside a person's name
                ref = self.resolver.resolve_text(span.text, self.date)
                if ref is not None and ref.code == ref.country and any(map(is_ethnic_group, (head, *span))):
                    # "ethnic Albanian men": a people, coded where the sentence places them (else by its name)
                    return Resolved(ActorRef("---CVL", actor_name("---CVL"), span.text, span.start_char,
                                             span.end_char), False, head)
                if ref is not None:
                    # "the pro-Iranian Islamic Jihad group ... in Lebanon": a group of several homes is the named one's
                    code = self.resolver.home_named(span, ref.code, self.date)
                    name = ref.name if code == ref.code else actor_name(code)
                    ref = longer_place(span[0], ActorRef(code, name, span.text, span.start_char, span.end_char))
                    return Resolved(ref, False, span[-1])
        return None

    def inside(self, head: Token, max_depth: int = 5) -> Resolved | None:
        """The first actor inside a non-actor phrase: "Haiti's efforts", "embargoes on sales to Iran"."""
        authors = [o for a in head.children if a.dep_ == "acl" and a.lemma_.lower() in AUTHORING_VERBS
                   for p in a.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"] \
            if head.dep_ == "dobj" and head.head.lemma_.lower() in JUDGING_VERBS else []
        if authors and (author := self.get(authors[0])) is not None:
            # "turned down a plan drafted by Paris and Riyadh for a Palestinian police force": a verdict
            # on a proposal answers its authors
            return author
        frontier = [head]
        for _ in range(max_depth):
            nxt = []
            for node in frontier:
                # pronouns last: "praised his role" may mean the other side, but names come first
                for child in sorted(node.children, key=lambda c: c.pos_ == "PRON"):
                    if child.dep_ == "prep" and child.lower_ not in INSIDE_PREPS:
                        continue  # "an agreement in Washington": places are not parties
                    if child.dep_ == "agent":
                        if node.dep_ == "acl" and node.lemma_.lower() in HOLDING_VERBS:
                            nxt.append(child)  # "the uranium mine operated by France's Orano": whoever runs it
                        continue
                    if child.dep_ in ("amod", "compound", "nmod") and names_place(node):
                        continue  # "a stronghold on the Thai border" is a place, not a Thai party
                    if child.dep_ in ("poss", "pobj", "prep", "compound", "amod", "appos", "conj", "nmod", "acl"):
                        if names_place(child) or route_end(child):
                            pass  # "on the Thai border" names a place, not a party
                        elif child.pos_ in NOMINAL_POS or child.dep_ in ("amod", "compound"):
                            resolved = self.get(child) if child.dep_ not in ("amod", "compound") else None
                            if resolved is None and child.dep_ in ("amod", "compound", "poss"):
                                ref = self.word_ref(child)
                                if ref is not None:
                                    end = child.idx + len(child.text)
                                    resolved = Resolved(ActorRef(ref.code, ref.name, child.text, child.idx, end),
                                                        False, child)
                            if resolved is None and child.dep_ in ("pobj", "compound"):
                                # "strikes on the Novorossiysk oil terminal": a named place is its country
                                resolved = self.place_actor(child)
                            if resolved is not None:
                                return resolved
                        nxt.append(child)
            frontier = nxt
        return None

    def in_scope(self, anchor: Token, skip: Sequence[Token], own: set[str], max_depth: int = 6) -> Resolved | None:
        """The nearest other-country actor anywhere in the clause of ``anchor`` (last resort for a target).

        "agreed to ship gas to Iraq via Iranian pipelines", "promised that Denmark would fund drones for
        Ukraine": when no slot names the target, the act is most likely aimed at the first foreign actor
        its clause mentions. Subjects of ``anchor``, the ``skip`` phrases (the sources), places where the
        act happens ("in Geneva") and time phrases are not searched.
        """
        blocked = {t.i for head in skip for t in head.subtree}
        frontier = [c for c in anchor.children if c.dep_ not in SCOPE_SKIP_DEPS]
        for _ in range(max_depth):
            nxt = []
            for node in sorted(frontier, key=lambda t: abs(t.i - anchor.i)):
                if node.i in blocked or node.dep_ in ("punct", "cc", "det", "aux", "auxpass", "mark", "neg"):
                    continue
                if node.dep_ in ("amod", "compound", "nmod") and names_place(node.head):
                    continue  # "on the Thai border": a place, not a party
                if other_clause(node):
                    # "seized the firm, and China responded", "arrested an MP as he returned from Nairobi",
                    # "Ignoring appeals from the UN, ...": another act (a condition or cause may name the target)
                    continue
                if node.dep_ == "agent" and node.head.tag_ == "VBN" \
                        and not any(c.dep_ == "nsubj" for c in node.head.children):
                    continue  # "war games, expected to be joined by Italian vessels": a third party
                if node.dep_ == "prep" and node.lower_ not in INSIDE_PREPS and node.lower_ != "among" and not (
                        node.lower_ == "in" and any(g.lemma_.lower() in PURPOSE_NOUNS for g in node.children)):
                    continue  # "talks in Geneva", "since the war": places and times are not parties
                    # ("in a bid to ease tensions with Pyongyang" states whom the act is for)
                resolved = None
                if names_place(node) or route_end(node):
                    pass  # "on the Thai border" names a place, not a party
                elif node.pos_ in ("NOUN", "PROPN", "ADJ") or node.dep_ in ("amod", "compound"):
                    resolved = self.get(node) if node.dep_ not in ("amod", "compound") and node.pos_ != "ADJ" else None
                    if resolved is None and (node.dep_ in ("amod", "compound", "poss") or node.pos_ == "ADJ"):
                        ref = self.word_ref(node)
                        if ref is not None:
                            resolved = Resolved(named_at(ref.code, node), False, node)
                    if resolved is None and node.pos_ == "PROPN":
                        resolved = self.place_actor(node)
                if resolved is not None and not resolved.ref.code.startswith("---") \
                        and resolved.ref.country not in own and resolved.ref.country.isalpha() \
                        and resolved.ref.code[3:6] not in ("MED", "JRN") \
                        and not self._beside_own(node, own):  # no reporters ("speaking to reporters")
                    return Resolved(resolved.ref, True, resolved.head)
                nxt.extend(node.children)
            frontier = nxt
        return None

    def _beside_own(self, node: Token, own: set[str]) -> bool:
        """ "its soldiers and Russian instructors", "carrying Greek and Albanian flags": a party joined
        with the actor's own side shares its role, a partner rather than the act's target."""
        phrase = node.head if node.dep_ in ("amod", "compound") and not node.conjuncts else node
        return any((ref := found.ref if (found := self.get(other) if other.pos_ in ("NOUN", "PROPN") else None)
                    else self.word_ref(other)) is not None and ref.country in own for other in phrase.conjuncts)

    def expand(self, heads: Sequence[Token], *, deep: bool = False) -> list[Resolved]:
        """Resolve heads and their conjuncts ("Russia and China"), dropping unresolvable ones.

        With ``deep``, an unresolvable head is searched for an actor inside its phrase.
        """
        found: list[Resolved] = []
        seen: set[tuple[str, int | None]] = set()
        for head in heads:
            group = [head] + [c for c in head.conjuncts if c.i > head.i]
            if head.tag_ in ("NNS", "NNPS"):
                # "the presidents of Kenya and Tanzania": one role, several countries; but "Afghans in
                # Islamabad and Rawalpindi" are of their own country, the places only say where they were
                own = self.get(head)
                for p, o in ((p, o) for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "from")
                             for o in p.children if o.dep_ == "pobj" and not route_end(o)):
                    members = (o, *o.conjuncts)
                    if p.lower_ != "in" and len(members) > 1 and head.lemma_.lower() in REPRESENTATIVE_NOUNS \
                            and (own is None or any(m.left_edge.idx <= own.ref.start <= m.idx for m in members)):
                        # "delegations from Ethiopia and Eritrea": a head naming no one itself, or one that took
                        # its actor from one of the listed parties, stands for every one of them ("talks in
                        # Lusaka" only says where)
                        group += members
                    elif own is None or (place := self.get(o)) is None or place.ref.country == own.ref.country:
                        group += [c for c in o.conjuncts if c.i > o.i]
            for appos in head.children:
                # "The US, Russia, and Switzerland met", "presidents Putin and Biden": a list the parser
                # hung on an apposition; a common-noun head ("presidents") is only its label
                if appos.dep_ == "appos" and any(c.dep_ == "conj" for c in appos.children):
                    if head.pos_ == "NOUN":
                        group.remove(head)
                    group += [appos] + [c for c in appos.conjuncts if c.i > appos.i]
            for token in group:
                # plural parties first: coreference would pick a single country for "the two governments"
                parties = plural_parties(self, token) or self.speakers(token)
                resolved = parties[0] if parties else self.get(token)
                extra: list[Resolved] = parties[1:]
                if resolved is not None and not parties and len(origins := self._origins(token)) > 1 \
                        and origins[0].ref.country == resolved.ref.country:
                    # "deported workers from Indonesia and the Philippines": people of each country
                    sector = resolved.ref.code[3:]
                    extra += [Resolved(ActorRef(code, actor_name(code), o.ref.text, o.ref.start, o.ref.end), True, token)
                              for o in origins[1:] if (code := o.ref.country + sector)]
                if resolved is None and deep:
                    resolved = self.place_actor(token) or self.inside(token)
                    if resolved is not None:
                        # "aid for Romania and Poland": the inner actor's conjuncts count too
                        resolved = Resolved(resolved.ref, True, resolved.head)
                        extra = [r for c in resolved.head.conjuncts if c.i > resolved.head.i
                                 if (r := self.get(c)) is not None]
                for item in [resolved, *extra]:
                    if item is not None and (item.ref.code, item.ref.start) not in seen:
                        seen.add((item.ref.code, item.ref.start))
                        found.append(item)
            # "Senior Hungarian and Romanian officials": conjoined nationality adjectives, also on the noun of a
            # number's "of" phrase ("hundreds of British and American men") or a compound ("Greek and Turkish jets")
            nouns = [head] + ([o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                               if o.dep_ == "pobj"] if head.pos_ == "NUM" or head.lower_ in QUANTITY_WORDS else [])
            modifiers = [m for noun in nouns for c in noun.children if c.i < noun.i
                         for m in (c, *(g for g in c.children if c.dep_ == "compound" and g.dep_ == "amod"))
                         if m.dep_ in ("amod", "compound", "nmod")]
            for mod in modifiers:
                # the parser may leave "Ethiopian and Eritrean" as two modifiers with the "and" on the first
                siblings = [m for m in modifiers if m.i > mod.i] if any(
                    c.dep_ == "cc" and c.i == mod.i + 1 for c in mod.children) else []
                if any(c.dep_ == "conj" for c in mod.children) or siblings:
                    for conj in [mod] + list(mod.conjuncts) + siblings[:1]:
                        # "South Korean and U.S. forces": a modifier with its own modifiers
                        words = conj.doc[conj.left_edge.i:conj.i + 1]
                        ref = self.resolver.resolve_text(words.text, self.date) \
                            or self.resolver.resolve_text(conj.text, self.date)
                        if ref is not None and ref.code[:3] not in {f.ref.code[:3] for f in found}:
                            ref = ActorRef(ref.code, ref.name, words.text, words.start_char, words.end_char)
                            found.append(Resolved(ref, False, conj))
                            self._count_named(ref)
        return found + self._bare_government(heads, found)

    def _bare_government(self, heads: Sequence[Token], found: list[Resolved]) -> list[Resolved]:
        """ "Government and Tamil Tiger negotiators held talks": a government no word places, joined to
        the parties of one country, is that country's (its rebels or opposition sit across from it)."""
        countries = {r.ref.country for r in found}
        if len(countries) != 1 or not is_state_ref(found[0].ref) or any(r.ref.code[3:6] == "GOV" for r in found):
            return []
        joined = [t for head in heads for t in (head, *head.conjuncts, *head.children)
                  if t.dep_ in ("nsubj", "nsubjpass", "conj", "nmod", "compound") or t is head]
        bare = next((t for t in joined if t.lemma_.lower() == "government" and t.tag_ in ("NN", "NNP")
                     and (t.conjuncts or t.dep_ == "conj") and not any(
                         c.dep_ in ("amod", "compound", "poss", "nmod") for c in t.children)), None)
        if bare is None:
            return []
        code = countries.pop() + "GOV"
        return [Resolved(ActorRef(code, actor_name(code), bare.text, bare.idx, bare.idx + len(bare.text)), True, bare)]


def _city_modifier(head: Token) -> Resolved | None:
    """ "Palermo magistrates", "Basra police": a large city naming a role's seat, as its country (the caller
    asks for a role word as head: in "rebel leader George Speight" the town of George is a first name)."""
    return next((found for c in head.children if c.dep_ == "compound" and c.i < head.i and c.text.istitle()
                 and (found := _named_city(c)) is not None), None)


def _named_city(head: Token) -> Resolved | None:
    """ "residents of Kitwe": a large city the tagger took for a person, as its country."""
    found = gazetteer().large_city(head.text)
    if found is None:
        return None
    code = found.location.country
    return Resolved(ActorRef(code, actor_name(code), head.text, head.idx, head.idx + len(head.text)), True, head)

