"""Within-article coreference for actors: pronouns and definite descriptions.

Rules, not a model: the article's actors are remembered in order; "he"/"she" is the last person, "they" the
last group or country, "it" the last country or organisation; "the president" is the last person known to hold
that title on the article date (else the government of the last country); "the military" is the last country's
military (see :func:`detente.actors.sides.home_side`); "the service" repeats the head word of an earlier name
("State Security Service") and "the Guards' navy" belongs to the actor its possessor refers to.

A description never refers to an actor of its own clause ("Egypt called on the army": not Egypt's army), and a
country named only in passing yields to the article's salient (most mentioned) country. "Both sides" is a pair
(:meth:`ArticleCoref.resolve_plural`); "its neighbour" is :func:`detente.actors.relations.related_state`'s.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from detente.actors.counts import PAIR_PEOPLE, PAIR_WORDS, group_count
from detente.actors.names import actor_name
from detente.actors.officials import PERSON_HEADS, body_sector, named_body, official_sector, sentence_states
from detente.actors.relations import related_state
from detente.actors.resolver import ActorResolver
from detente.actors.sides import home_side
from detente.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
THING_PRONOUNS = {"it", "its", "itself"}
# Definite descriptions of people, by the title they may carry in the lexicon.
PERSON_TITLES = {
    "president": ("president",), "prime minister": ("prime minister",), "premier": ("prime minister",),
    "chancellor": ("chancellor",), "king": ("king",), "emir": ("emir",), "leader": ("supreme leader",
                                                                                       "president", "prime minister"),
    "foreign minister": ("foreign minister",), "foreign secretary": ("foreign minister",),
    "secretary of state": ("secretary of state",), "defence minister": ("defence minister",),
    "defense minister": ("defence minister",), "defense secretary": ("defense secretary",),
    "secretary-general": ("secretary-general",), "secretary general": ("secretary-general",),
    "minister": (), "spokesman": (), "spokeswoman": (), "spokesperson": (), "official": (),
    "envoy": (), "ambassador": (), "diplomat": (), "commissioner": (), "representative": (), "coordinator": (),
    "mediator": (), "counterpart": (), "negotiator": (), "emissary": (), "rapporteur": (),
    "adviser": (), "advisor": (),
}
# sectors of a society (not of its state) whose own government "the government" in their clause is
SOCIETY_SECTORS = frozenset({"OPP", "CVL", "EDU", "LAB", "REB", "JRN", "MED", "AGR", "BUS", "REF", "HRI", "REL"})
# bare plurals of a force's men ("officers beat him") and the sectors of a force named before they may be
BARE_FORCES = {"officers": ("COP", "MIL"), "policemen": ("COP",), "soldiers": ("MIL",), "troops": ("MIL",),
               "agents": ("COP", "SPY")}
# Definite descriptions of a country's institutions -> sector appended to the country.
INSTITUTIONS = {
    "government": "GOV", "administration": "GOV", "regime": "GOV", "cabinet": "GOV", "ministry": "GOV",
    "department": "GOV", "junta": "GOV",
    "authorities": "GOV", "leadership": "GOV", "army": "MIL", "military": "MIL", "armed forces": "MIL",
    "troops": "MIL", "forces": "MIL", "soldiers": "MIL", "navy": "MIL", "air force": "MIL",
    "police": "COP", "coast guard": "MIL", "parliament": "LEG", "legislature": "LEG", "opposition": "OPP",
    "prosecutor": "JUD", "attorney general": "JUD", "prosecutor general": "JUD", "presidential office": "GOV",
    "country": "", "nation": "", "state": "", "kingdom": "", "republic": "", "emirate": "",
}
NON_STATE = {"group", "rebel", "militant", "movement", "militia", "insurgent", "fighter", "guerrilla", "guerilla",
             "jihadist", "paramilitary"}
# halves of a divided country, as its news names them once both are known ("the South" in a Korea story)
HALVES = {"North": ("PRK", "KOR"), "South": ("KOR", "PRK")}
# Plural descriptions of several states: never one country ("the two governments").
PARTY_NOUNS = {"government": "GOV", "leader": "GOV", "president": "GOV", "minister": "GOV",
               "administration": "GOV", "capital": "GOV", "country": "", "nation": "", "state": "",
               "side": "", "neighbour": "", "neighbor": "", "military": "MIL", "army": "MIL"}
# Title words that say what the holder is, not which institution ("deputy foreign minister").
GENERIC_TITLE_WORDS = {"vice", "deputy", "senior", "chief", "first", "spokesman", "spokeswoman", "spokesperson",
                       "official", "minister", "ministry", "secretary", "head", "director", "general", "state",
                       "the", "of", "for", "and"}
NON_STATES = ("IGO", "NGO", "IMG", "MNC", "---")
# words an acronym leaves out ("The Movement for Democratic Change" → MDC)
ACRONYM_SKIPS = frozenset({"the", "of", "for", "and", "in", "on", "s"})
# verbs whose subject, after the reported clause, is the story's source ("..., the ministry said")
ATTRIBUTION_VERBS = frozenset({"say", "tell", "add", "state", "announce", "report", "confirm", "write"})
# head words of the names of bodies, never surnames ("the State Security Service", "the Border Guard Service")
BODY_NAME_HEADS = frozenset({"service", "ministry", "committee", "council", "agency", "bureau", "directorate",
                             "office", "department", "commission", "command", "corps", "force", "forces", "guard",
                             "guards", "police", "army", "navy", "court", "assembly", "parliament", "front",
                             "movement", "party", "authority", "administration", "institute", "company",
                             "corporation", "brigade", "battalion", "regiment", "division", "unit"})
# people and bodies a state or organisation posts to a country ("the UN envoy for Sudan")
POSTED_NOUNS = frozenset({"envoy", "ambassador", "representative", "mission", "coordinator", "rapporteur",
                          "mediator", "emissary", "office", "delegation"})
BORDER_WORDS = frozenset({"border", "boundary", "frontier"})
# documents that speak for whoever issued them ("The note demanded", "The statement said")
DOCUMENT_NOUNS = frozenset({"statement", "note", "letter", "communique", "communiqué", "declaration", "memorandum"})
# objects that make an act diplomatic, besides the titles in PERSON_TITLES and DOCUMENT_NOUNS: a state's
# staff or mission ("summoned the charge"), or a protest lodged with one ("lodged a complaint with Beijing")
DIPLOMATIC_WORDS = frozenset({"embassy", "consulate", "consul", "charge", "attache", "delegation", "protest",
                              "complaint", "demarche"})
# verbs whose object is a document its subject issued ("issued a statement", "handed a note")
ISSUING_VERBS = frozenset({"issue", "release", "send", "hand", "deliver", "publish", "post", "write", "sign"})
ORGANISATIONS = {"alliance", "bloc", "union", "agency", "body", "court", "council", "fund", "bank",
                 "organisation", "organization", "commission", "tribunal"}


@dataclass
class _Seen:
    ref: ActorRef
    person: bool
    plural: bool
    clause: int  # token index of the clause's verb
    sent: int  # token index where the sentence starts
    subject: bool  # the subject of its clause (or a conjunct of it)
    venue: bool = False  # where its clause took place ("met in Lima"), not a party to it
    token: int = -1  # document index of the mention's head
    # people known only by a nationality ("British sailors"): an antecedent for "them" and "the sailors",
    # not a party that counts toward salience or stands for its state's institutions
    people: bool = False
    # named only as the far side of a border ("close to the border with Venezuela"): a place, not an actor
    border: bool = False
    # the subject of its sentence's main clause ("Wadephul said the ambassador had been summoned")
    main: bool = False


@lru_cache(maxsize=4096)
def _name_words(text: str) -> tuple[str, ...]:
    """The lower-case words of a name ("Azerbaijan's State Security Service" → azerbaijan … service)."""
    return tuple(w for w in re.findall(r"[\w-]+", text.lower()) if w != "s")


def _singular(word: str) -> str:
    """ "prosecutors" → "prosecutor", "ministries" → "ministry" (enough to match an institution's head)."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _initials(text: str) -> str:
    """The capitals of a name's words, small words left out ("Revolutionary Patriotic Front" → RPF)."""
    return "".join(w[0] for w in re.findall(r"[\w]+", text) if w[0].isupper() and w.lower() not in ACRONYM_SKIPS)


def _qualified(head: Token) -> bool:
    """A body noun with its own classifier or complement introduces a new body rather than referring back:
    "the binational commission on river navigation", "the electoral court" (not "the agency of hiding arms")."""
    return any(c.dep_ in ("amod", "compound") and c.is_lower or c.dep_ == "prep" and c.lower_ != "'s"
               and not any(g.dep_ == "pcomp" for g in c.children) for c in head.children)


def _clause(token: Token) -> int:
    """Index of the verb whose clause ``token`` belongs to; controlled and conjoined verbs
    ("offered to mediate", "met and agreed") share their governor's subject, so they count
    as its clause; a conjoined verb with a subject of its own ("Albania's president resigned and the
    government imposed a curfew") is a clause of its own."""
    node = token
    while node.pos_ not in ("VERB", "AUX") or node.dep_ in ("aux", "auxpass"):
        if node.head.i == node.i:  # spaCy makes a new Token per access: compare indices, not identity
            return node.i
        node = node.head
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX") \
            and not (node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
        node = node.head
    return node.i


def _border_side(head: Token) -> bool:
    """True for a country named only as one side of a border: "the border with Venezuela",
    "the Venezuelan border", "Venezuela's frontier"."""
    if head.dep_ in ("amod", "compound", "poss"):
        return head.head.lemma_.lower() in BORDER_WORDS
    return head.dep_ == "pobj" and head.head.lower_ in ("with", "of") and head.head.head.lemma_.lower() in BORDER_WORDS


def _between(head: Token) -> bool:
    """True for a party of "between X and Y"."""
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return first.dep_ == "pobj" and first.head.lower_ == "between"


def _attribution(head: Token) -> bool:
    """Whether ``head`` is the source a sentence attributes its report to ("the ministry said",
    "according to the ministry")."""
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_ in ATTRIBUTION_VERBS:
        return True
    return head.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according"


def _posted_to(doc, index: int) -> bool:
    """Whether the mention at ``index`` names the country an envoy or mission is posted to ("the UN envoy for
    Sudan urged the army": the army is Sudan's, though Sudan is named in the urging clause)."""
    if not 0 <= index < len(doc):
        return False
    token = doc[index]
    return token.dep_ == "pobj" and token.head.lower_ in ("for", "to", "in") \
        and token.head.head.lemma_.lower() in POSTED_NOUNS


def _reported_verb(head: Token) -> Token | None:
    """The verb of the clause that attribution source ``head`` reports ("Ghana summoned Togo's envoy,
    the ministry said" → summoned), or None."""
    if not _attribution(head):
        return None
    if head.dep_ == "pobj":  # "Ghana summoned Togo's envoy, according to the ministry"
        reported = head.head.head.head
        return reported if reported.pos_ in ("VERB", "AUX") and reported.i < head.i else None
    verb = head.head
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < head.i), None)
    if reported is None and verb.dep_ in ("ccomp", "parataxis") and verb.head.i < head.i:
        reported = verb.head  # the parser may hang the attribution on the report
    return reported if reported is not None and reported.pos_ in ("VERB", "AUX") else None


def _objects(verb: Token, preps: tuple[str, ...] = ("to", "with")) -> list[Token]:
    """The direct and indirect objects of ``verb`` and the objects of its prepositions ``preps``."""
    return [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children
        if o.dep_ == "pobj"]


def _diplomatic(noun: Token) -> bool:
    """Whether object ``noun`` makes its act diplomatic: a state's envoys ("Togo's ambassador", "French
    embassy staff") or a document or protest handed over ("a protest note", "lodged a complaint")."""
    return any(w.lemma_.lower() in PERSON_TITLES or w.lemma_.lower() in DIPLOMATIC_WORDS
               or w.lemma_.lower() in DOCUMENT_NOUNS
               for w in (noun, *(c for c in noun.children if c.dep_ == "compound")))


def is_state_ref(ref: ActorRef) -> bool:
    """Whether ``ref`` is a state actor (not an IGO, NGO, armed group, company or unknown country)."""
    return ref.country not in NON_STATES and ref.country.isalpha()


class ArticleCoref:
    """Remembers the actors of one article and resolves references back to them."""

    def __init__(self, resolver: ActorResolver | None = None, date: str | None = None) -> None:
        """Args:
            resolver: The resolver whose lexicon knows people and titles (default: packaged).
            date: Article date, used for titles ("the president" in 2022 vs 2026).
        """
        self.resolver = resolver or ActorResolver.default()
        self.date = date
        self.seen: list[_Seen] = []
        self._mentions: dict[str, set[int | None]] = {}  # country -> start offsets of its mentions
        # the country of the story's dateline ("HANOI, Oct 16 (Reuters) -"), set by the caller
        self.home: str | None = None
        # countryless groups a sentence placed ("---REB" fighting in Rwanda), by mention offset
        self._placed: dict[int, ActorRef] = {}
        # heads a repeated count resolved to people named before ("all four"): people again, not a party
        self._counted: set[int] = set()

    def observe(self, ref: ActorRef, head: Token, person: bool = False, people: bool = False) -> None:
        """Record that ``ref`` was mentioned, headed by ``head``, in article order.

        ``person`` says the caller already knows ``ref`` names a person (a surname met again);
        ``people`` that ``head`` names people only by their nationality (see :class:`_Seen`).
        """
        # "Fisheries Minister Ramalingam Chandrasekar": a name under a title is a person whatever the tagger says
        people = people or head.i in self._counted
        titled = head.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in PERSON_TITLES for c in head.children)
        # "the EU's special representative": a title noun heads a person, though its actor is a body's
        title_noun = head.lower_ in PERSON_TITLES or head.lower_ in PERSON_HEADS
        person = person or self.resolver.is_person(ref) or (
            title_noun or (head.ent_type_ == "PERSON" or titled) and not self.resolver.is_collective(ref)) \
            and head.tag_ not in ("NNS", "NNPS") \
            and head.lower_ not in BODY_NAME_HEADS  # the tagger may call "Houthis", "Security Service" a person
        subjects = ("nsubj", "nsubjpass")
        subject = head.dep_ in subjects or head.dep_ == "conj" and head.head.dep_ in subjects
        venue = head.dep_ == "pobj" and head.head.lower_ in ("in", "at") and head.head.head.pos_ in ("VERB", "AUX")
        clause = _clause(head)
        self.seen.append(_Seen(ref, person, head.tag_ in ("NNS", "NNPS"), clause, head.sent.start, subject,
                               venue, head.i, people, _border_side(head), subject and clause == head.sent.root.i))
        if is_state_ref(ref) and not people and not self._watcher(head):
            # A set of offsets: callers may observe the same mention twice.
            self._mentions.setdefault(ref.country, set()).add(ref.start if ref.start is not None else head.idx)

    def _watcher(self, head: Token) -> bool:
        """Whether ``head`` names observers posted from abroad ("Norwegian monitors", "EU observers"):
        their nationality does not say which country the article is about."""
        noun = head.head if head.dep_ in ("amod", "compound") else head
        return noun.lower_ in self.resolver.lexicon.word_class("mission_observer")

    def resolve(self, head: Token, date: str | None = None) -> ActorRef | None:
        """Resolve ``head`` directly or, failing that, as an anaphor; observe the result.

        Convenience for coders: ``resolver.resolve`` first, then :meth:`resolve_anaphor`.
        """
        date = date or self.date
        ref = self.resolver.resolve(head, date)
        if ref is None:
            ref = self.resolve_anaphor(head)
            return ref
        self.observe(ref, head)
        return ref

    def resolve_anaphor(self, head: Token) -> ActorRef | None:
        """The earlier actor that pronoun or definite description ``head`` refers to, or None.

        Also gives a titled official without a country ("Foreign ministry spokesman Tahir
        Andrabi") the country of the article's last actor of that sector, else its salient
        country. Plural party descriptions ("both sides") return None: see :meth:`resolve_plural`.
        """
        word = head.lower_
        found: ActorRef | None = None
        subject = head.dep_ in ("nsubj", "nsubjpass")
        # "after Thailand accused it": an object pronoun never means its own clause's subject
        own = set() if subject or head.dep_ == "poss" or word.endswith(("self", "selves")) else self._subjects(head)

        def local(seen: _Seen) -> bool:
            return seen.ref.code in own

        if word in PERSON_PRONOUNS:
            found = self._last(lambda s: s.person and not local(s), subject)
        elif word in GROUP_PRONOUNS:
            # "detained 14 Indian fishermen ... off the coast of Sri Lanka. Colombo freed them": a plural
            # noun of this or the last sentence before any singular name
            recent = {seen.sent for seen in self.seen[-12:]}
            latest = sorted(recent)[-2:]

            def plural(s: _Seen) -> bool:
                return s.plural and not s.person and not local(s) and s.sent in latest \
                    and not s.ref.code.startswith("---")

            if word in ("their", "theirs"):
                found = None
            elif subject:
                found = self._last(plural, subject, people=True)
            else:
                # "Chilean police detained 140 Venezuelan migrants ... 38 of them": an object pronoun takes the
                # nearest plural before it in the text, not the subject observed again at its sentence's end
                nearest = max((s for s in self.seen if plural(s) and s.token < head.i), key=lambda s: s.token,
                              default=None)
                found = nearest.ref if nearest is not None else None
            # (not the body a report is attributed to: "Gunmen raided a village, the army said. They killed 30")
            found = found or self._last(lambda s: not s.person and not local(s) and not (
                subject and s.sent != head.sent.start and _attribution(head.doc[s.token])), subject)
        elif word in THING_PRONOUNS:
            found = self._last(lambda s: not s.person and not s.plural and not local(s), subject)
        elif head.text.isupper() and (named := self._acronym(head)) is not None:
            found = named
        elif head.pos_ == "PROPN" and (titled := self._titled(head)) is not None:
            return titled
        elif not self._definite(head) and (owned := self._owned(head) or related_state(self, head)) is not None:
            found = owned
        elif (spokesman := self._unnamed_official(head)) is not None:
            found = spokesman
        elif self._is_plural_party(head) or self.resolver.names_in_modifiers(head):
            return None  # several states, or its own modifier names the actor ("the Azerbaijani republic")
        elif self._definite(head):
            found = self._description(head)
        elif (force := self._same_force(head)) is not None:
            found = force
        if found is None:
            return None
        return ActorRef(found.code, found.name, head.text, head.idx, head.idx + len(head.text))

    def settle(self, ref: ActorRef) -> None:
        """Remember the country a sentence gave to a countryless mention at ``ref.start``, so
        that a later acronym for the group ("the RPF") takes it too."""
        if ref.start is not None and not ref.code.startswith("---"):
            self._placed[ref.start] = ref

    def _acronym(self, head: Token) -> ActorRef | None:
        """"the rebel Revolutionary Patriotic Front (RPF) ... The RPF said": an unknown acronym is
        the earlier group whose capitalised name words it abbreviates."""
        letters = head.text.replace(".", "")
        if not 2 <= len(letters) <= 8 or not letters.isalpha():
            return None
        named = next((s.ref for s in reversed(self.seen) if not s.person and _initials(s.ref.text) == letters), None)
        if named is not None and named.code.startswith("---") and named.start in self._placed:
            return self._placed[named.start]
        return named

    def _subjects(self, token: Token) -> set[str]:
        """Codes of the subjects of the nearest verb above ``token`` (named or pronouns)."""
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        codes = set()
        for subject in (s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")):
            if subject.pos_ == "PRON":
                if (ref := self.resolve_anaphor(subject)) is not None:
                    codes.add(ref.code)
            else:
                first, last = subject.left_edge.i, subject.right_edge.i
                codes |= {seen.ref.code for seen in self.seen if first <= seen.token <= last}
        return codes

    def resolve_plural(self, head: Token) -> list[ActorRef]:
        """The two states a plural description refers to ("the two governments", "both sides").

        The two most recently mentioned distinct countries outside ``head``'s own clause
        ("Brazil offered to mediate between the two governments": not Brazil), with the
        sector the noun implies (governments and leaders GOV, militaries MIL, countries
        and sides the state itself). Empty when ``head`` is not such a description or the
        article has not named two countries.
        """
        if not self._is_plural_party(head) or not any(
                c.lower_ in PAIR_WORDS for c in head.children if c.dep_ in ("det", "predet", "nummod", "quantmod")):
            return []
        sector = PARTY_NOUNS[head.lemma_.lower()]
        clause = _clause(head)
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "conj":
            # "Shoigu held talks with Kim, and the two sides signed a protocol": the first clause's parties
            clause = -1
        countries: list[str] = []
        for seen in reversed(self.seen):
            if is_state_ref(seen.ref) and seen.clause != clause and not seen.venue and not seen.people \
                    and seen.ref.country not in countries:
                countries.append(seen.ref.country)
                if len(countries) == 2:
                    break
        if len(countries) < 2:
            return []
        end = head.idx + len(head.text)
        return [ActorRef(c + sector, actor_name(c + sector, self.resolver.lexicon), head.text, head.idx, end)
                for c in reversed(countries)]

    def people_again(self, head: Token) -> ActorRef | None:
        """ "arrested 14 Indian fishermen ... A navy spokesman said the men were handed over": "the men" (or
        "the women") with no word of their own is the group of private people last named in this or the
        previous sentence, not a countryless crowd; None when there is none."""
        number = group_count(head)
        if number is not None:
            # "arrested four Serbian citizens ... remanded all four", "deported 41 Chinese nationals ... arrested
            # the 41 men": a count repeated names the group counted before, however far back
            group = next((s for s in reversed(self.seen) if s.plural and not s.person and s.token < head.i
                          and is_state_ref(s.ref) and group_count(head.doc[s.token], own=True) == number
                          and (s.people or s.ref.code[3:6] in SOCIETY_SECTORS or s.ref.code == s.ref.country
                               and head.doc[s.token].pos_ == "NOUN")), None)
        elif head.lemma_.lower() not in PAIR_PEOPLE or head.tag_ != "NNS" or not self._definite(head) \
                or any(c.dep_ in ("amod", "compound", "nummod", "poss") for c in head.children):
            return None
        else:
            earliest = self.previous_sentence(head)
            group = next((s for s in reversed(self.seen) if s.plural and not s.person and earliest <= s.sent
                          and s.token < head.i and is_state_ref(s.ref)
                          and (s.people or s.ref.code[3:6] in SOCIETY_SECTORS)), None)
        if group is None:
            return None
        code, name = group.ref.code, group.ref.name
        if number is not None:
            self._counted.add(head.i)
            if code == group.ref.country:  # "41 Chinese nationals": people of the state, not the state
                code = code + "CVL"
                name = actor_name(code, self.resolver.lexicon)
        return ActorRef(code, name, head.text, head.idx, head.idx + len(head.text))

    def counted(self, head: Token) -> bool:
        """Whether :meth:`people_again` resolved ``head`` by a repeated count ("all four")."""
        return head.i in self._counted

    def recent_pair(self, head: Token, people: bool) -> list[ActorRef]:
        """ "Petro said he had spoken with Maduro and that the two had agreed ...", "the two men": the
        last two distinct actors (people, for "men" and "women") named before ``head`` in its sentence or
        the one before; empty when there are not two."""
        earliest = self.previous_sentence(head)
        found: list[ActorRef] = []
        for seen in reversed(self.seen):
            if seen.sent < earliest:
                break
            if seen.ref.start is None or seen.ref.start >= head.idx or seen.venue or seen.plural \
                    or people and not seen.person \
                    or any(f.code == seen.ref.code for f in found):
                continue
            found.append(seen.ref)
            if len(found) == 2:
                end = head.idx + len(head.text)
                return [ActorRef(r.code, r.name, head.text, head.idx, end) for r in reversed(found)]
        return []

    # ---- helpers ---------------------------------------------------------------------------

    def _last(self, test, subject_first: bool = False, people: bool = False) -> ActorRef | None:
        """The latest mention passing ``test``; with ``subject_first``, within the latest sentence
        holding one, a subject beats a later object ("The ministry said ... by Brussels. It urged").
        People known only by nationality count only with ``people`` (plural pronouns)."""
        matches = [seen for seen in reversed(self.seen) if (people or not seen.people) and test(seen)]
        if not matches:
            return None
        if subject_first:
            # the main clause's subject before one of a clause it reports ("Wadephul said the ambassador
            # had been summoned. He accused Moscow ...")
            latest = [m for m in matches if m.sent == matches[0].sent]
            return next((m.ref for m in latest if m.main), next((m.ref for m in latest if m.subject), latest[0].ref))
        return matches[0].ref

    @staticmethod
    def _definite(head: Token) -> bool:
        return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those")
                   for c in head.children)

    @staticmethod
    def _is_plural_party(head: Token) -> bool:
        return head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in PARTY_NOUNS

    def _phrase(self, head: Token) -> str:
        words = [t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod")] + [head.lower_]
        phrase = " ".join(words)
        return phrase if phrase in PERSON_TITLES or phrase in INSTITUTIONS else head.lemma_.lower()

    def _description(self, head: Token) -> ActorRef | None:
        if head.text in HALVES and set(HALVES[head.text]) & self.states_named():
            code = HALVES[head.text][0]
            return ActorRef(code, actor_name(code, self.resolver.lexicon), head.text)
        if head.lemma_.lower() in DOCUMENT_NOUNS:
            return self._issuer(head)
        phrase = self._phrase(head)
        if phrase in PERSON_TITLES and head.tag_ not in ("NNS", "NNPS"):
            titles = PERSON_TITLES[phrase]
            if titles:
                match = self._last(lambda s: s.person and self.resolver.person_title(s.ref, self.date) in titles)
                if match is not None:
                    return match
            else:
                # "the police minister" is not the foreign minister named before: a portfolio word must recur
                portfolio = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod")} - GENERIC_TITLE_WORDS
                match = self._last(lambda s: s.person and portfolio <= set(s.ref.text.lower().split()))
                if match is not None:
                    return match
            return self._country_ref("GOV", head)
        if phrase in INSTITUTIONS or head.lower_ in INSTITUTIONS:
            sector = INSTITUTIONS.get(phrase, INSTITUTIONS.get(head.lower_, ""))
            # "China's commerce ministry said ... In a statement, the ministry demanded": the
            # institution named before, not merely the last state mentioned
            named = self._last(lambda s: is_state_ref(s.ref) and head.lemma_.lower() in {
                _singular(w) for w in s.ref.text.lower().split()} and s.clause != _clause(head))
            if named is not None and self._local_country(head) in (None, named.country):
                code = home_side(self, named, head) + sector
                return ActorRef(code, actor_name(code, self.resolver.lexicon), named.text)
            return self._country_ref(sector, head)
        if head.lemma_.lower() in NON_STATE:
            # a group's leader or spokesman carries the group's code: "the group" is that group
            return self._last(lambda s: s.ref.sector in ("REB", "OPP", "UAF") or s.ref.country in ("IMG", "NGO"))
        if head.lemma_.lower() in ("organisation", "organization"):
            # the U.N. as readily as an armed organisation: whichever non-state body came last, outside its own
            # clause ("the Houthis arrested 50 of the organisation's staff": not the Houthis' own)
            clause = _clause(head)
            return self._last(lambda s: (s.ref.country in ("IGO", "NGO", "IMG") or s.ref.sector in ("REB", "UAF"))
                              and s.clause != clause)
        if head.lemma_.lower() in ORGANISATIONS and not _qualified(head) and (
                body := self._last(lambda s: s.ref.country in ("IGO", "NGO"))) is not None:
            return body
        return self._same_head(head)

    def _issuer(self, head: Token) -> ActorRef | None:
        """ "the ministry said in a note handed to the envoy ... The note demanded": a document that acts is
        whoever issued the latest document of that kind in an earlier sentence (the subject that spoke in
        it or issued it, or its possessor or "from"/"by" party)."""
        lemma = head.lemma_.lower()
        earlier = (t for t in reversed(head.doc[:head.sent.start]) if t.lemma_.lower() == lemma and t.pos_ == "NOUN")
        document = next(earlier, None)
        if document is None:
            return None
        issuers = [c for c in document.children if c.dep_ == "poss"] + [
            o for p in document.children if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
            for o in p.children if o.dep_ == "pobj"]
        verb = document.head.head if document.dep_ == "pobj" and document.head.lower_ == "in" else document.head
        if document.dep_ == "pobj" and document.head.lower_ == "in" \
                or document.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS:
            issuers += [c for c in verb.children if c.dep_ == "nsubj"]
        for issuer in issuers:
            first, last = issuer.left_edge.i, issuer.right_edge.i
            found = next((s.ref for s in reversed(self.seen) if first <= s.token <= last), None)
            if found is not None:
                return found
        return None

    def _same_head(self, head: Token) -> ActorRef | None:
        """"Azerbaijan's State Security Service detained ... The service accused": a definite noun
        that repeats the head word of an earlier multi-word name (outside its own clause) is that actor."""
        words = {head.lower_, head.lemma_.lower()}
        clause = _clause(head)
        for seen in reversed(self.seen):
            name = _name_words(seen.ref.text)
            if not seen.person and seen.clause != clause and len(name) >= 2 and name[-1] in words:
                return seen.ref
        return None

    def _same_force(self, head: Token) -> ActorRef | None:
        """ "Malaysian police arrested him, and officers beat him in custody": a bare plural of police or
        soldiers acting in a later clause of the sentence are the force of that sector named before it."""
        if head.tag_ != "NNS" or head.lower_ not in BARE_FORCES or head.dep_ not in ("nsubj", "nsubjpass", "pobj") \
                or any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in head.children):
            return None
        sectors = BARE_FORCES[head.lower_]
        clause = _clause(head)
        return self._last(lambda s: s.sent == head.sent.start and s.token < head.i and s.clause != clause
                          and is_state_ref(s.ref) and s.ref.code[3:6] in sectors)

    def _owned(self, head: Token) -> ActorRef | None:
        """"The Guards' navy", "the country's coast guard": an institution or sector word whose possessor
        refers back to an earlier actor is that actor's (a state's takes the sector; a group keeps its code)."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if owner is None:
            return None
        sector = INSTITUTIONS.get(head.lower_, self.resolver.agent_sector(head))
        if sector is None and head.lower_ in BODY_NAME_HEADS and (ref := self.resolve_anaphor(owner)) is not None:
            return ref  # "the prosecutor's office", "the country's anti-corruption agency": the owner's
        if sector is None or (ref := self.resolve_anaphor(owner)) is None:
            return None
        code = ref.code if not is_state_ref(ref) or ref.code[3:6] == sector else ref.country + sector
        return ActorRef(code, actor_name(code, self.resolver.lexicon), ref.text)

    def _unnamed_official(self, head: Token) -> ActorRef | None:
        """ "A police spokesman denied ...", "..., a senior official said": wire copy's unnamed official
        speaks for a state the story already names, as "the spokesman" would (see :meth:`_country_ref`);
        the sector is the one his title word gives ("police" COP, "military" MIL), else the government's."""
        sector = official_sector(head, agent := self.resolver.agent_sector) or body_sector(head, agent, INSTITUTIONS)
        if sector is None:
            return None
        local = self._local_country(head)
        named, places = sentence_states(head, local)
        # "In Beijing, a foreign ministry spokeswoman accused Manila": the place it speaks in; before any
        # state acted or spoke (an armed group's home is no official's), the one state the sentence's places
        # name (a nationality is as often the other party's: "accused Indian fishermen")
        unplaced = not any(is_state_ref(s.ref) and s.ref.code[3:6] not in SOCIETY_SECTORS and not s.people
                           for s in self.seen)
        if local is not None or unplaced and (named or official_sector(head, agent)):  # a body: its story's state
            if len(named) != 1 or len(places) != 1:
                return None
            code = named.pop() + sector
            return ActorRef(code, actor_name(code, self.resolver.lexicon), head.text)
        found = named_body(head, self.seen, _clause(head), sector, self.resolver.lexicon) \
            or self._country_ref(sector, head)
        return found if found is not None and (len(named) < 2 or found.country in named) else None

    def _titled(self, head: Token) -> ActorRef | None:
        """"Vice Foreign Minister Sun Weidong": the country of the article's last actor of the
        same institution (sector and a title word such as "foreign"), else its salient country,
        else its last state subject."""
        ref = self.resolver.resolve_titled(head, self.date)
        if ref is None:
            return None
        sector = ref.code[3:]
        clause = _clause(head)
        words = {w.lower() for w in ref.text.split()} - GENERIC_TITLE_WORDS
        states = [s for s in reversed(self.seen) if is_state_ref(s.ref) and s.clause != clause and not s.people]
        # "HANOI ... foreign ministry spokeswoman Pham Thu Hang said": an official the story names
        # without a country speaks for the dateline's state when the story is about it
        home = self.home if self.home in self._mentions else None
        country = next((s.ref.country for s in states if s.ref.code[3:6] == sector[:3] and
                        words & {w.lower() for w in s.ref.text.split()}), None) or home or self.salient() or \
            next((s.ref.country for s in states if s.subject), None)
        if country is None:
            return None
        code = country + sector
        return ActorRef(code, actor_name(code, self.resolver.lexicon), ref.text, ref.start, ref.end)

    def salient_country(self) -> str | None:
        """The country the article has mentioned most so far (None on a tie or before any)."""
        return self.salient()

    def counterpart(self, own: set[str], before: int) -> str | None:
        """The country other than ``own`` the article has mentioned most so far (None on a tie),
        provided an earlier sentence (one starting before offset ``before``) already named it."""
        others = {c for c in set(self._mentions) - own - {"IGO", "NGO", "IMG", "MNC"}
                  if any(start is not None and start < before for start in self._mentions[c])}
        return self.salient(others) if others else None

    def states_named(self) -> set[str]:
        """Every state the article has named so far (sentences up to the current one)."""
        return {c for c in self._mentions if c not in NON_STATES and c.isalpha()}

    def sole_other(self, own: set[str], sent: int, voiced: bool = False) -> str | None:
        """The one state other than ``own`` named as a party (not a venue) in the sentence starting at
        token ``sent`` ("condemned the expulsion and summoned Burkina Faso's envoy"), or None.

        With ``voiced``, only a state that is a clause's subject counts: one that says or holds something
        ("said India had offered no evidence"), not one named in passing ("ties with Ankara").
        """
        others = {s.ref.country for s in self.seen if s.sent == sent and not s.venue and not s.people
                  and is_state_ref(s.ref) and s.ref.country not in own
                  and (not voiced or s.subject)}
        return others.pop() if len(others) == 1 else None

    def salient(self, among: set[str] | None = None) -> str | None:
        """The country mentioned most often so far (ties: none), optionally among ``among``."""
        counts = sorted(((len(v), c) for c, v in self._mentions.items() if among is None or c in among), reverse=True)
        if not counts or len(counts) > 1 and counts[0][0] == counts[1][0]:
            return None
        return counts[0][1]

    def _country_ref(self, sector: str, head: Token) -> ActorRef | None:
        """A state actor's country with ``sector`` appended: the last one mentioned outside
        ``head``'s clause, unless it was named only in passing (once, and not in this or the
        previous sentence) while another country dominates the article."""
        local = self._local_country(head)
        if local is not None:
            # "In Berlin, the foreign ministry summoned ...": the institution of the place named
            code = local + sector
            return ActorRef(code, actor_name(code, self.resolver.lexicon), head.text)
        clause = _clause(head)
        candidates = [s for s in reversed(self.seen) if is_state_ref(s.ref) and s.clause != clause and not s.people]
        if not candidates:
            # "Venezuela's opposition demanded talks with the government": the government of the
            # people the clause is about
            candidates = [s for s in reversed(self.seen) if is_state_ref(s.ref) and s.clause == clause and not s.people
                          and (s.ref.code[3:6] in SOCIETY_SECTORS or _posted_to(head.doc, s.token))]
        if _between(head):
            # "offered to host talks between the junta and the opposition": not the host's own
            hosts = {s.ref.country for s in self.seen if s.sent == head.sent.start and s.subject}
            candidates = [s for s in candidates if s.ref.country not in hosts]
            salient = self.salient({s.ref.country for s in candidates})
            candidates = [s for s in candidates if s.ref.country == salient] or candidates
        # "soldiers attacked a camp close to the border with Venezuela. The army said": a neighbour named as
        # the far side of a border is where, not whose institution
        candidates = [s for s in candidates if not s.border] or candidates
        # "the ministry summoned the Chinese ambassador": an institution acts on another country's party
        others = self._object_countries(head)
        candidates = [s for s in candidates if s.ref.country not in others] or candidates
        if not candidates:
            return None
        recent = candidates[0]
        if head.dep_ in ("nsubj", "nsubjpass") and not recent.subject and 0 <= recent.token < len(head.doc) \
                and head.doc[recent.token].dep_ in ("poss", "amod", "compound"):
            # "Belgrade called in Zagreb's ambassador. The ministry demanded ...": an institution that acts
            # continues the previous sentence's acting state, not the one whose envoy it acted on
            recent = next((s for s in candidates if s.sent == recent.sent and s.subject), recent)
        country = recent.ref.country
        if self.home is not None and _attribution(head) and any(s.ref.country == self.home for s in candidates):
            # "KUWAIT CITY ... Iraqi forces detained its crew, according to the ministry": a datelined
            # story's unnamed institution is the home state's when it is the one telling the story
            country = self.home
            recent = next(s for s in candidates if s.ref.country == country)
        salient = self.salient({s.ref.country for s in candidates})
        if salient is not None and salient != country and recent.sent < self.previous_sentence(head) and \
                len(self._mentions.get(salient, ())) >= 2 * len(self._mentions.get(country, ())):
            country = salient
        if (doer := self._diplomatic_doer(head, candidates)) is not None:
            # "Ghana summoned Togo's ambassador, the foreign ministry said": the institution telling of a
            # state's diplomatic act is that state's, not the country it was addressed to
            country, recent = doer.ref.country, doer
        code = country + sector
        return ActorRef(code, actor_name(code, self.resolver.lexicon), recent.ref.text)

    def _diplomatic_doer(self, head: Token, candidates: list[_Seen]) -> _Seen | None:
        """The one state (or its government) that is the active subject of the clause attribution source
        ``head`` reports, when that clause is a diplomatic act ("summoned Togo's ambassador", "recalled its
        envoy from Rabat", "handed a protest note to Hanoi"); None otherwise. A state that struck another
        may be told of by its victim."""
        reported = _reported_verb(head)
        if reported is None or not any(_diplomatic(o) for o in _objects(reported, ("to", "with", "from"))):
            return None
        doers = [s for s in candidates if s.clause == reported.i and s.ref.code[3:6] in ("", "GOV")
                 and 0 <= s.token < len(head.doc) and head.doc[s.token].dep_ == "nsubj"]
        return doers[0] if len({s.ref.country for s in doers}) == 1 else None

    def _object_countries(self, head: Token) -> set[str]:
        """Countries the object of the verb whose subject is ``head`` names ("the Chinese ambassador")."""
        if head.dep_ != "nsubj":
            return set()
        found = set()
        # "handed a note to a representative of the Chinese embassy": whom the act is addressed to, too
        objects = _objects(head.head)
        # "called in Eritrea's ambassador": the parser may take the particle for a preposition
        objects += [o for o in _objects(head.head, ("in",)) if o.dep_ == "pobj" and _diplomatic(o)]
        objects += [o for obj in objects for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
        for obj in objects:
            for word in [obj] + [c for c in obj.children if c.dep_ in ("amod", "compound", "poss")]:
                if word.pos_ in ("PROPN", "ADJ") and (ref := self.resolver.resolve(word, self.date)) is not None \
                        and is_state_ref(ref):
                    found.add(ref.country)
        return found

    def _local_country(self, head: Token) -> str | None:
        """The country of a place phrase ("in Berlin") on the verb whose subject is ``head``, or whose
        object it is when a crowd or a common noun acts ("protesters rallied in Tbilisi against the
        government": the government of the place they rallied in)."""
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if head.dep_ not in ("nsubj", "nsubjpass"):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if head.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or len(subjects) != 1 \
                    or subjects[0].pos_ != "NOUN" or subjects[0].tag_ != "NNS":
                return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for place in prep.children:
                if place.dep_ == "pobj" and place.pos_ == "PROPN":
                    ref = self.resolver.resolve(place, self.date)
                    if ref is not None and is_state_ref(ref):
                        return ref.country
        return None

    @staticmethod
    def previous_sentence(head: Token) -> int:
        """The first token index of the sentence before ``head``'s (0 in the first sentence)."""
        start = head.sent.start
        return head.doc[start - 1].sent.start if start > 0 else 0
