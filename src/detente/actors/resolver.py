"""Names -> CAMEO actor codes: the noun phrase headed by a token becomes an :class:`ActorRef`.

A noun phrase is matched against the lexicon by longest match over its words
(compounds, adjectives, possessives, "of"-phrases); the word group containing the
head decides what kind of actor it is:

* a named actor (country, person with date-ranged roles, organisation, armed group,
  metonym such as "the Kremlin") gives its own code;
* a sector word ("forces", "foreign minister", "protesters") takes its country from a
  modifier ("Russian forces", "the foreign minister of Russia", "Hamas fighters");
* an unknown proper name ("Chinese Foreign Ministry spokesman Wang Wenbin") takes the
  code its title words give.

Definite descriptions without a country ("the government", "the army") return None:
they refer back, and :class:`detente.actors.coref.ArticleCoref` resolves them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from detente.actors import data
from detente.actors.data import BARE, Entry, Lexicon, parts
from detente.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

# Small words that may stay lower-case inside a proper name ("Organization of American States").
PARTICLES = {"of", "the", "and", "for", "de", "du", "la", "le", "al", "el", "bin", "bint", "ibn", "van",
             "von", "der", "den", "da", "do", "dos", "das", "y", "e", "on", "in", "s", "t", "d"}
# Stop words that are also names ("US", "WHO", "IS") only count when written in capitals.
CAPS_ONLY = {w for w in STOP_WORDS if w not in PARTICLES}
# Sector words that describe a member of a named body rather than a sector of their own:
# "Hamas spokesman" is Hamas, "Pentagon officials" are the Pentagon.
ATTACHED_HEADS = {"spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson",
                  "spokespersons", "spokespeople", "official", "officials", "leader", "leaders",
                  "member", "members", "representative", "representatives", "chief", "head",
                  "source", "sources", "delegation", "envoy", "negotiators", "negotiator",
                  "commander", "commanders", "fighters", "militants", "ministry", "minister"}
DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "whose"}
NP_LEFT_DEPS = {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "punct", "flat", "npadvmod",
                "quantmod", "advmod", "prep", "pobj"}
NP_RIGHT_DEPS = {"compound", "flat", "case"}
MAX_PARTS = 12


@dataclass(frozen=True)
class Match:
    """A lexicon hit over tokens ``[first, last]`` of a doc."""

    first: int
    last: int
    entries: tuple[Entry, ...] = ()
    agent: str | None = None

    @property
    def is_name(self) -> bool:
        return bool(self.entries)


class ActorResolver:
    """Resolve noun phrases to CAMEO actor codes with a (cached) actor lexicon."""

    _default: ActorResolver | None = None
    _lock = Lock()

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._max = min(lexicon.max_len, MAX_PARTS)
        # A match needs every part of its key, so indexing one part (its longest) is enough.
        self._cue_parts = {max(k, key=lambda p: (p not in STOP_WORDS, len(p)))
                           for k in (*lexicon.names, *lexicon.agents)}

    @classmethod
    def default(cls) -> ActorResolver:
        """The resolver over the packaged data, built once per process."""
        with cls._lock:
            if cls._default is None:
                cls._default = cls(data.load_packaged())
            return cls._default

    @classmethod
    def with_extra(cls, files: Sequence[str | Path]) -> ActorResolver:
        """A resolver over the packaged data plus users' dictionaries.

        Args:
            files: PETRARCH ``.actors`` / ``.agents`` files (``*.agents`` or ``*.agents.txt``
                are read as agents) or detente ``kind/roles/names`` TSV files. Their entries
                replace packaged entries with the same name.

        Raises:
            DataFileError: A file is unreadable or malformed (message names file and line).
        """
        lexicon = data.load_packaged()
        for path in files:
            data.load_user_file(lexicon, Path(path))
        return cls(lexicon)

    # ---- public API ------------------------------------------------------------------

    def could_mention_actor(self, words: Sequence[str]) -> bool:
        """Cheap pre-filter: could any of these (lower-cased) tokens start an actor name?"""
        return any(p in self._cue_parts for w in words for p in parts(w))

    def resolve(self, head: Token, date: str | None) -> ActorRef | None:
        """The actor named by the noun phrase headed by ``head``, or None.

        Args:
            head: Head token of a noun phrase (e.g. the subject of a verb).
            date: Article date (ISO ``YYYY-MM-DD``); people's roles are resolved against it,
                None means their most recent role.
        """
        if head.pos_ == "PRON" or head.lower_ in DEFINITE:
            return None
        found = self._resolve_np(head, date)
        if found is not None and found[1] != "partial":
            return found[0]
        # "Russia's foreign minister, Sergei Lavrov," -- an apposition names the actor better.
        for child in head.children:
            if child.dep_ == "appos":
                other = self._resolve_np(child, date)
                if other is not None and other[1] == "name":
                    return other[0]
        return found[0] if found is not None else None

    def resolve_text(self, text: str, date: str | None = None) -> ActorRef | None:
        """Look ``text`` up as a whole name or "<country> <sector word>" phrase (no parsing)."""
        words = [p for p in parts(text) if p]
        key = tuple(words[1:] if words[:1] == ["the"] else words)
        entries = self.lexicon.names.get(key)
        if entries:
            code = self._entry_code(entries, date)
            if code:
                return ActorRef(code, actor_name(code, self.lexicon), text, None, None)
        for split in range(1, len(key)):
            left, right = key[:split], key[split:]
            country = self.lexicon.names.get(left)
            agent = self.lexicon.agents.get(right)
            if country and agent:
                base = self._entry_code(country, date)
                if base:
                    code = base if agent == BARE else base + agent
                    return ActorRef(code, actor_name(code, self.lexicon), text, None, None)
        return None

    def find_all(self, span: Span | Doc, date: str | None) -> list[ActorRef]:
        """Every actor mention in ``span``, in text order.

        Each noun phrase is resolved once from its head; words it covers are not
        resolved again, except possessors ("Russia's invasion") and co-ordinated
        nationality words ("Hungarian and Romanian officials" gives both countries).
        """
        refs: list[ActorRef] = []
        covered: set[int] = set()
        candidates = [t for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")]
        for token in candidates:
            if token.dep_ == "poss" or self._np_root(token) is not token:
                continue
            ref = self.resolve(token, date)
            if ref is None:
                continue
            refs.append(ref)
            first, last = self._np_bounds(token)
            covered.update(range(first, last + 1))
            refs.extend(self._coordinated(token, ref, date))
        # Actors inside phrases that named none: "dozens of protesters", "Russia's invasion",
        # "Ukrainian positions".
        for token in candidates:
            if token.i not in covered and token.dep_ in ("poss", "pobj", "amod", "compound", "nmod"):
                ref = self.resolve(token, date)
                if ref is not None:
                    refs.append(ref)
                    first, last = self._np_bounds(token)
                    covered.update(range(first, last + 1))
        refs.sort(key=lambda r: (r.start or 0, -(r.end or 0)))
        return refs

    @staticmethod
    def _np_root(token: Token) -> Token:
        """Climb from a modifier to the head of its noun phrase."""
        while token.head is not token and token.head.pos_ in ("NOUN", "PROPN", "ADJ") and (
                token.dep_ == "conj" and token.head.dep_ in ("compound", "amod", "nmod") or token.dep_ in ("compound", "flat", "amod", "nmod") and token.head.i > token.i):
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return ActorResolver._np_root(token.head.head)
        return token

    def _coordinated(self, head: Token, ref: ActorRef, date: str | None) -> list[ActorRef]:
        """Extra refs for "Hungarian and Romanian officials": each country with the same sector."""
        extra: list[ActorRef] = []
        doc = head.doc
        first, _ = self._np_bounds(head)
        for token in doc[first:head.i]:
            if token.dep_ != "conj" and not any(c.dep_ == "conj" for c in token.children):
                continue
            entries = self.lexicon.names.get(tuple(parts(token.text)))
            if not entries or entries[0].kind != "country" or not self._case_ok(doc, token.i, token.i,
                                                                                 (token.lower_,)):
                continue
            code = self._entry_code(entries, date)
            if code and code[:3] != ref.code[:3]:
                extra.append(self._ref(doc, code[:3] + ref.code[3:], token.i, token.i))
        return extra

    def is_person(self, ref: ActorRef) -> bool:
        """True when ``ref.text`` names a person in the lexicon."""
        return any(self._person_entry(ref.text))

    def person_title(self, ref: ActorRef, date: str | None) -> str | None:
        """Title (e.g. ``president``) of the person named by ``ref`` on ``date``, if known."""
        for entry in self._person_entry(ref.text):
            role = entry.role_at(date)
            if role is not None and role.title:
                return role.title
        return None

    # ---- matching --------------------------------------------------------------------

    def _person_entry(self, text: str):
        tokens = parts(text)
        for start in range(len(tokens)):
            for end in range(len(tokens), start, -1):
                for entry in self.lexicon.names.get(tuple(tokens[start:end]), ()):
                    if entry.kind == "person":
                        yield entry

    def _matches(self, doc: Doc, first: int, last: int) -> list[Match]:
        """Longest lexicon matches over tokens ``first..last`` (inclusive), left to right."""
        units: list[tuple[str, int]] = []
        for i in range(first, last + 1):
            units.extend((p, i) for p in parts(doc[i].text))
        found: list[Match] = []
        pos = 0
        while pos < len(units):
            best: Match | None = None
            # Only start at the first unit of a token.
            if pos == 0 or units[pos - 1][1] != units[pos][1]:
                for end in range(min(len(units), pos + self._max), pos, -1):
                    if end < len(units) and units[end][1] == units[end - 1][1]:
                        continue  # must end at a token boundary
                    key = tuple(u for u, _ in units[pos:end])
                    tok_first, tok_last = units[pos][1], units[end - 1][1]
                    entries = self.lexicon.names.get(key)
                    if entries and self._case_ok(doc, tok_first, tok_last, key):
                        best = Match(tok_first, tok_last, tuple(entries))
                        break
                    agent = self.lexicon.agents.get(key)
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

    @staticmethod
    def _case_ok(doc: Doc, first: int, last: int, key: tuple[str, ...]) -> bool:
        """Names must look like names: capitalised, and stop-word names ("US") in capitals."""
        words = [doc[i].text for i in range(first, last + 1) if any(c.isalpha() for c in doc[i].text)]
        if not words:
            return True
        if len(key) == 1 and key[0] in CAPS_ONLY:
            return words[0].isupper()
        content = [w for w in words if w.lower() not in PARTICLES]
        return bool(content) and not content[-1].islower() and any(not w.islower() for w in content)

    # ---- resolution --------------------------------------------------------------------

    def _np_bounds(self, head: Token) -> tuple[int, int]:
        first = head.i
        for child in head.lefts:
            if child.dep_ in NP_LEFT_DEPS:
                first = min(first, child.left_edge.i)
        last = head.i
        for child in head.rights:
            if child.dep_ in NP_RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
                last = max(last, child.right_edge.i)
            else:
                break
        return first, last

    def _entry_code(self, entries: Sequence[Entry], date: str | None) -> str | None:
        # Prefer an entry that holds an office on the date over one that is out of office.
        best: str | None = None
        for entry in entries:
            role = entry.role_at(date)
            if role is None:
                continue
            if date is None or any(r.dated and r.covers(date[:10]) for r in entry.roles) or \
                    not any(r.dated for r in entry.roles):
                return role.code
            best = best or role.code
        return best

    def _ref(self, doc: Doc, code: str, first: int, last: int) -> ActorRef:
        # A span's text is O(span); Doc.text would re-join the whole article on every call.
        span = doc[first:last + 1]
        return ActorRef(code, actor_name(code, self.lexicon), span.text, span.start_char, span.end_char)

    def _resolve_np(self, head: Token, date: str | None) -> tuple[ActorRef, str] | None:
        """Return (ref, how) with how in name | agent | partial, or None."""
        doc = head.doc
        first, last = self._np_bounds(head)
        matches = self._matches(doc, first, last)
        head_match = next((m for m in matches if m.first <= head.i <= m.last), None)
        names = [m for m in matches if m.is_name and m is not head_match]
        if head_match is not None and head_match.is_name:
            code = self._entry_code(head_match.entries, date)
            if code:
                return self._ref(doc, code, head_match.first, head_match.last), "name"
            return None
        agent = head_match.agent if head_match is not None else None
        if agent is None and head.pos_ == "PROPN":
            # An unknown name with a title: "Foreign Ministry spokesman Wang Wenbin".
            titles = [m for m in matches if m.agent and m.last < head.i]
            agent = titles[-1].agent if titles else None
            if agent is None and not names:
                return None
        if agent is None:
            # An unknown name qualified by a known one: "U.N. mediator Diego Cordovez".
            before = [m for m in names if m.last < head.i]
            if head.pos_ == "PROPN" and before and before[-1].entries[0].kind != "person":
                modifier = before[-1]
                code = self._entry_code(modifier.entries, date)
                if code:
                    code = code[:3] if modifier.entries[0].kind == "country" else code
                    return self._ref(doc, code, modifier.first, head.i), "partial"
            return None
        modifier = self._modifier(names, head)
        if modifier is None:
            # Without a country only plural groups ("protesters", "rebels") and the police are
            # actors; a singular sector word alone ("business", "military") is too vague.
            if agent == BARE or self._is_definite(head) or (
                    head.tag_ not in ("NNS", "NNPS") and head.lower_ != "police"):
                return None
            span = head_match or Match(head.i, head.i)
            return self._ref(doc, "---" + agent, span.first, span.last), "agent"
        base = self._entry_code(modifier.entries, date)
        if not base:
            return None
        kind = modifier.entries[0].kind
        if agent == BARE:
            code = base[:3] if kind == "country" else base
        elif kind == "country" and len(base) <= 6:
            code = base + agent
        elif kind == "person":
            code = base[:3] + agent
        elif head.lower_ in ATTACHED_HEADS or len(base) > 3 and not base.startswith(("IGO", "NGO")):
            code = base
        else:
            code = base + agent
        lo = min(modifier.first, head_match.first if head_match else head.i)
        hi = max(modifier.last, head_match.last if head_match else head.i)
        return self._ref(doc, code, lo, hi), "agent"

    @staticmethod
    def _modifier(names: list[Match], head: Token) -> Match | None:
        """The named actor that qualifies the head: the nearest one before it, else after it."""
        before = [m for m in names if m.last < head.i]
        if before:
            return before[-1]
        after = [m for m in names if m.first > head.i]
        return after[0] if after else None

    @staticmethod
    def _is_definite(head: Token) -> bool:
        return any(c.lower_ in DEFINITE for c in head.children if c.dep_ in ("det", "poss"))


def actor_name(code: str, lexicon: Lexicon | None = None) -> str:
    """Readable name of a CAMEO actor code: ``RUSGOV`` -> ``Russia government``.

    Args:
        code: A full CAMEO actor code (country or IGO/NGO prefix plus sector codes).
        lexicon: Name tables to use (default: the packaged ones).
    """
    lexicon = lexicon or ActorResolver.default().lexicon
    if code in lexicon.code_names:
        return lexicon.code_names[code]
    # Longest known prefix (IGOUNO, PSEGZA, RUS) then the remaining 3-letter sectors.
    for cut in range(len(code) - 3, 2, -3):
        if code[:cut] in lexicon.code_names and code[:cut] != "---":
            prefix, rest = lexicon.code_names[code[:cut]], code[cut:]
            break
    else:
        prefix = "" if code.startswith("---") else lexicon.code_names.get(code[:3], code[:3])
        rest = code[3:]
    sectors = [lexicon.sector_names.get(rest[i:i + 3], rest[i:i + 3]) for i in range(0, len(rest), 3)]
    name = " ".join([prefix, *sectors]).strip()
    return re.sub(r"\s+", " ", name[:1].upper() + name[1:]) if not prefix else name
