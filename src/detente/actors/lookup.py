"""Longest-match lookup of actor names over a doc's tokens.

:class:`NameLookup` finds the lexicon names and sector phrases in a token range, keeping a match only
when its case fits, it is no part of a longer unknown proper name ("Real Madrid", "Hari Adhikari") and
it is not a known person's name under an office they never held. :class:`detente.actors.resolver.ActorResolver`
builds on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from detente.actors.casing import PARTICLES, headline_case, words_case_ok
from detente.actors.data import CURRENT_ACTORS, Entry, Lexicon, parts, word_parts
from detente.actors.groups import holds_other_office
from detente.actors.spans import joined_by_name_links, linked_over, name_goes_on

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# prefixes that make a nationality word span several states ("Inter-American", "Pan-African")
SPANNING_PREFIXES = frozenset({"inter", "pan"})
# lower-case words inside Spanish and Portuguese place names ("Mocimboa da Praia", "San Salvador de Jujuy")
NAME_LINKS = frozenset({"de", "da", "do", "dos", "das", "del", "di"})
# courtesy titles before a surname ("Mr Araghchi" in British style): not a given name of another person
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "madam", "mister"})
# A neighbour this similar to a word of a known person's names spells that name ("Vladimir"/"Volodymyr").
SAME_NAME = 0.55
# longest name, in word parts, the lookup tries
MAX_PARTS = 12


@dataclass(frozen=True)
class Match:
    """A lexicon hit over tokens ``[first, last]`` of a doc."""

    first: int
    last: int
    entries: tuple[Entry, ...] = ()
    agent: str | None = None
    led: bool = False  # followed by "-led"/"-flagged": the phrase belongs to this actor
    place: bool = False  # object of "in"/"from" after the head: where the group is

    @property
    def is_name(self) -> bool:
        return bool(self.entries)


class NameLookup:
    """Lexicon matches over a doc's tokens, with the checks that keep a match a name."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._max = min(lexicon.max_len, MAX_PARTS)
        self._suffixes = lexicon.word_class("agent_suffix")
        self._qualifiers = lexicon.word_class("place_qualifier")

    def _ends_ok(self, units: Sequence[str], owners: Sequence[int], end: int) -> bool:
        """A match ends at a token boundary, or before a token-final "-led"/"-flagged"."""
        if end == len(units) or owners[end] != owners[end - 1]:
            return True
        return units[end] in self._suffixes and (end + 1 == len(units) or owners[end + 1] != owners[end])

    def _matches(self, doc: Doc, first: int, last: int) -> list[Match]:
        """Longest lexicon matches over tokens ``first..last`` (inclusive), left to right."""
        units: list[tuple[str, int]] = []
        for i in range(first, last + 1):
            units.extend((p, i) for p in word_parts(doc[i].text))
        words = [u for u, _ in units]
        owners = [i for _, i in units]
        found: list[Match] = []
        pos = 0
        while pos < len(units):
            best: Match | None = None
            # Only start at the first unit of a token.
            if pos == 0 or units[pos - 1][1] != units[pos][1]:
                for end in range(min(len(units), pos + self._max), pos, -1):
                    boundary = end == len(units) or units[end][1] != units[end - 1][1]
                    # Names may also end before a token-final "-led": "U.S.-led forces".
                    if not boundary and not self._ends_ok(words, owners, end):
                        continue
                    key = tuple(words[pos:end])
                    tok_first, tok_last = units[pos][1], units[end - 1][1]
                    entries = self.lexicon.names.get(key)
                    if entries and (self._case_ok(doc, tok_first, tok_last, key) or
                                    self._described_org(doc, tok_first, tok_last, entries)) and not (
                            entries[0].kind in ("country", "metonym") and
                            self._in_longer_name(doc, tok_first, tok_last) or
                            entries[0].kind == "person" and (len(key) == 1 and
                            self._other_bearer(doc, tok_first, tok_last, entries) or
                            name_goes_on(doc, tok_last))):
                        led = not boundary or self._led_after(doc, tok_last)
                        best = Match(tok_first, tok_last, tuple(entries), led=led)
                        break
                    agent = self.lexicon.agents.get(key) if boundary else None
                    if agent:
                        best = Match(tok_first, tok_last, agent=agent)
                        break
            if best is None:
                pos += 1
                continue
            found.append(best)
            while pos < len(units) and units[pos][1] <= best.last:
                pos += 1
        return found

    def _case_ok(self, doc: Doc, first: int, last: int, key: tuple[str, ...]) -> bool:
        if key in self.lexicon.capitals and not all(doc[i].text.isupper() for i in range(first, last + 1)):
            return False  # "Ira Glass" is no "IRA"
        # "Lee Jae-myung": the part after a name's hyphen keeps the case it was written in
        return words_case_ok([doc[i].text for i in range(first, last + 1)
                              if not (i > first and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
                                      and doc[i].is_lower)], key)

    @staticmethod
    def _described_org(doc: Doc, first: int, last: int, entries: Sequence[Entry]) -> bool:
        """A hand-written organisation name that ends in a common noun, as wire copy writes it
        ("the Hague war crimes tribunal", "the U.N. Rwanda tribunal"): it counts when it starts
        with a capitalised word. Generated names are not vetted for this."""
        return (last > first and entries[0].kind == "org" and doc[first].text[:1].isupper()
                and entries[0].origin.endswith(CURRENT_ACTORS))

    def _in_longer_name(self, doc: Doc, first: int, last: int) -> bool:
        """Is the place name over ``first..last`` part of a longer, unknown proper name?

        "Real Madrid", "Paris Saint-Germain", "Manchester United", "Moscow Times" name clubs,
        firms and papers, not states: the place is joined (compound/flat) to a capitalised
        word the lexicon does not know. Directions and administrative words ("East
        Jerusalem", "Kyiv Oblast") and words of a known name or title ("Moscow Mayor") keep
        it a place. Headline-case sentences are not judged (every word is capitalised there),
        nor are nationality words ("Young Algerians" opening a sentence).
        """
        if first >= 2 and doc[first - 1].text == "-" and doc[first - 2].lower_ in SPANNING_PREFIXES \
                and not doc[first - 2].whitespace_ and not doc[first - 1].whitespace_:
            return True  # "the Inter-American Commission", "inter-Korean talks": no one state
        if any(doc[i].ent_type_ == "NORP" for i in range(first, last + 1)) or \
                first == last and doc[first].tag_ == "NNPS" and doc[first].lower_.endswith(("ans", "ese", "is")):
            return False  # a people ("Algerians", "Sudanese", "Israelis") is no part of a longer name
        for index, step in ((first - 1, -1), (last + 1, 1)):
            if 0 <= index < len(doc) and doc[index].text in ("-", "–"):
                index += step  # "Paris Saint-Germain"
            link = None
            if 0 <= index < len(doc) and doc[index].lower_ in NAME_LINKS and 0 <= index + step < len(doc) \
                    and doc[index + step].text[:1].isupper():
                link, index = doc[index], index + step  # "Mocimboa da Praia", "Santiago de Queretaro"
            if not 0 <= index < len(doc):
                continue
            other = doc[index]
            joined = linked_over(doc, link, other, first, last) if link is not None \
                else joined_by_name_links(doc, other, first, last)
            if not self._unknown_name_word(other) or not joined:
                continue
            if self._known_around(doc, other.i, first, last) or headline_case(other):
                continue
            return True
        return False

    def _other_bearer(self, doc: Doc, first: int, last: int, entries: Sequence[Entry]) -> bool:
        """Does a bare surname stand in an unknown person's name ("Hari Adhikari", "Adli Yaish")?

        A neighbour that spells a word of the known person's names keeps the match ("Carlos
        Menem" for Carlos Saul Menem, "Vladimir Zelensky" for Volodymyr Zelensky).
        """
        words = {p for entry in entries for name in entry.names for p in parts(name)}
        words -= {p for i in range(first, last + 1) for p in parts(doc[i].text)}  # "Hari" is not "Adhikari"
        for i in (first - 1, last + 1):
            if 0 <= i < len(doc) and any(SequenceMatcher(None, mine, word).ratio() >= SAME_NAME
                                         for mine in parts(doc[i].text) for word in words):
                return False
        # "President Boris Yeltsin": a given name the lexicon lacks, under a title the person's names or
        # roles carry ("russian president yeltsin"), is the known person's
        titles = words | {p for entry in entries for role in entry.roles if role.title for p in parts(role.title)}
        if first >= 2 and doc[first - 2].text[:1].isupper() and doc[first - 2].lower_ in titles:
            return False
        return self._in_longer_name(doc, first, last)

    @staticmethod
    def _namesake(doc: Doc, matches: Sequence[Match], match: Match) -> bool:
        # "Defence Minister Pedro Sanchez": a known name under an office its bearer never held
        title = next((m for m in matches if m.agent and m.last == match.first - 1), None)
        return title is not None and holds_other_office(match.entries, doc[title.first:title.last + 1].text)

    def _unknown_name_word(self, token: Token) -> bool:
        return token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.isalpha() and \
            token.lower_ not in PARTICLES | HONORIFICS and token.lower_ not in self._qualifiers and \
            token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")

    def _known_around(self, doc: Doc, index: int, first: int, last: int) -> bool:
        """Does a lexicon name or sector phrase cover token ``index`` (next to ``first..last``)?"""
        lo, hi = max(0, min(index, first) - 3), min(len(doc) - 1, max(index, last) + 3)
        for start in range(lo, index + 1):
            for end in range(index, min(hi, start + 5) + 1):
                key = tuple(p for t in doc[start:end + 1] for p in parts(t.text))
                if key in self.lexicon.agents or key in self.lexicon.names:
                    return True
        return False

    def _led_after(self, doc: Doc, last: int) -> bool:
        """Is token ``last`` followed by "- led" / "- flagged" (split by the tokenizer)?"""
        return last + 2 < len(doc) and doc[last + 1].text in ("-", "–") and \
            doc[last + 2].lower_ in self._suffixes and doc[last + 1].idx == doc[last].idx + len(doc[last].text)
