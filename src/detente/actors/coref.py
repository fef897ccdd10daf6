"""Within-article coreference for actors: pronouns and definite descriptions.

Rules, not a model: the article's actors are remembered in order; "he"/"she" is the
last person, "they" the last group or country, "it" the last country or organisation;
"the president" is the last person known to hold that title on the article date (else
the government of the last country); "the military" is the last country's military.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.actors.resolver import ActorResolver, actor_name
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
    "envoy": (), "ambassador": (), "diplomat": (),
}
# Definite descriptions of a country's institutions -> sector appended to the country.
INSTITUTIONS = {
    "government": "GOV", "administration": "GOV", "regime": "GOV", "cabinet": "GOV", "ministry": "GOV",
    "authorities": "GOV", "leadership": "GOV", "army": "MIL", "military": "MIL", "armed forces": "MIL",
    "troops": "MIL", "forces": "MIL", "soldiers": "MIL", "navy": "MIL", "air force": "MIL",
    "police": "COP", "parliament": "LEG", "legislature": "LEG", "opposition": "OPP",
    "country": "", "nation": "", "state": "", "kingdom": "", "republic": "",
}
NON_STATE = {"group", "rebels", "militants", "movement", "militia", "insurgents", "fighters",
             "organisation", "organization"}
ORGANISATIONS = {"alliance", "bloc", "union", "agency", "body", "court", "council", "fund", "bank",
                 "organisation", "organization", "commission"}


@dataclass
class _Seen:
    ref: ActorRef
    person: bool
    plural: bool


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

    def observe(self, ref: ActorRef, head: Token) -> None:
        """Record that ``ref`` was mentioned, headed by ``head``, in article order."""
        person = self.resolver.is_person(ref) or (
            head.ent_type_ == "PERSON" or head.lower_ in PERSON_TITLES) and head.tag_ not in ("NNS", "NNPS")
        self.seen.append(_Seen(ref, person, head.tag_ in ("NNS", "NNPS")))

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
        """The earlier actor that pronoun or definite description ``head`` refers to, or None."""
        word = head.lower_
        found: ActorRef | None = None
        if word in PERSON_PRONOUNS:
            found = self._last(lambda s: s.person)
        elif word in GROUP_PRONOUNS:
            found = self._last(lambda s: not s.person)
        elif word in THING_PRONOUNS:
            found = self._last(lambda s: not s.person and not s.plural)
        elif self._definite(head):
            found = self._description(head)
        if found is None:
            return None
        return ActorRef(found.code, found.name, head.text, head.idx, head.idx + len(head.text))

    # ---- helpers ---------------------------------------------------------------------------

    def _last(self, test) -> ActorRef | None:
        for seen in reversed(self.seen):
            if test(seen):
                return seen.ref
        return None

    @staticmethod
    def _definite(head: Token) -> bool:
        return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those")
                   for c in head.children)

    def _phrase(self, head: Token) -> str:
        words = [t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod")] + [head.lower_]
        phrase = " ".join(words)
        return phrase if phrase in PERSON_TITLES or phrase in INSTITUTIONS else head.lemma_.lower()

    def _description(self, head: Token) -> ActorRef | None:
        phrase = self._phrase(head)
        if phrase in PERSON_TITLES and head.tag_ not in ("NNS", "NNPS"):
            titles = PERSON_TITLES[phrase]
            if titles:
                match = self._last(lambda s: s.person and self.resolver.person_title(s.ref, self.date) in titles)
                if match is not None:
                    return match
            else:
                match = self._last(lambda s: s.person)
                if match is not None:
                    return match
            return self._country_ref("GOV")
        if phrase in INSTITUTIONS or head.lower_ in INSTITUTIONS:
            return self._country_ref(INSTITUTIONS.get(phrase, INSTITUTIONS.get(head.lower_, "")))
        if head.lemma_.lower() in NON_STATE:
            return self._last(lambda s: not s.person and (
                s.ref.sector in ("REB", "OPP", "UAF") or s.ref.country in ("IMG", "NGO")))
        if head.lemma_.lower() in ORGANISATIONS:
            return self._last(lambda s: s.ref.country in ("IGO", "NGO"))
        return None

    def _country_ref(self, sector: str) -> ActorRef | None:
        """The last mentioned state actor's country with ``sector`` appended."""
        for seen in reversed(self.seen):
            country = seen.ref.country
            if country not in ("IGO", "NGO", "IMG", "MNC", "---") and country.isalpha():
                code = country + sector
                return ActorRef(code, actor_name(code, self.resolver.lexicon), seen.ref.text)
        return None
