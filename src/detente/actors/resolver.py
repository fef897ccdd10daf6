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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from copy import copy
from dataclasses import replace
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING

from detente.actors import data, groups, opposed
from detente.actors.casing import words_case_ok
from detente.actors.data import BARE, Entry, Lexicon, parts, word_parts
from detente.actors.described import described
from detente.actors.groups import is_ethnic_group, names_armed_group, titled_role
from detente.actors.lookup import Match, NameLookup
from detente.actors.names import actor_name
from detente.actors.spans import hyphenated_name_bounds
from detente.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

# Sector words that describe a member of a named body rather than a sector of their own:
# "Hamas spokesman" is Hamas, "Pentagon officials" are the Pentagon.
ATTACHED_HEADS = {"spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson",
                  "spokespersons", "counterpart", "counterparts", "spokespeople", "official", "officials", "leader", "leaders",
                  "member", "members", "representative", "representatives", "chief", "head",
                  "source", "sources", "delegation", "envoy", "negotiators", "negotiator",
                  "commander", "commanders", "fighters", "militants", "ministry", "minister"}
DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "whose"}
NP_LEFT_DEPS = {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "punct", "flat", "npadvmod",
                "quantmod", "advmod", "prep", "pobj"}
NP_RIGHT_DEPS = {"compound", "flat", "case"}
# singular heads that name a state organ or its armed member on their own: every court, police force
# and soldier is some state's, so "a court" or "a soldier" is a countryless role the sentence or article
# places, unlike "a military" or "a business"
STATE_ORGAN_HEADS = frozenset({"police", "court", "tribunal", "judge", "magistrate", "soldier", "policeman",
                               "policewoman", "guardsman", "gendarme", "trooper", "serviceman", "lieutenant", "sergeant"})


# doc.user_data key of the answers :meth:`ActorResolver.resolve` remembers inside ``remembering``
RESOLVED_KEY = "detente.resolved"

class ActorResolver(NameLookup):
    """Resolve noun phrases to CAMEO actor codes with a (cached) actor lexicon."""

    _default: ActorResolver | None = None
    _lock = Lock()

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self._ethnonyms = lexicon.word_class("ethnonym")
        self._places = lexicon.word_class("place_feature")
        self._residence = lexicon.word_class("residence_prep")
        self._abroad = lexicon.word_class("abroad")
        self._armed_heads = lexicon.word_class("armed_name_head")
        self._armed_cues = lexicon.word_class("armed_name_cue")
        self._seats = lexicon.word_class("seat_participle")
        self._uniforms = lexicon.word_class("uniform_noun")
        self._employers = lexicon.word_class("employer_participle")
        self._patrons = lexicon.word_class("patron_participle")
        self._affiliates = lexicon.word_class("affiliate_participle")
        self._franchises = frozenset(code.upper() for code in lexicon.word_class("franchise_group"))
        self._americas = frozenset(code.upper() for code in lexicon.word_class("americas_state"))
        self._native_names = lexicon.word_class("native_name")
        self._regions = lexicon.word_class("region_word")  # "Arab ministers": several states' officials
        self._prefixes: frozenset[tuple[str, ...]] | None = None  # built on first pre-filter call
        self._word_parts: dict[str, tuple[str, ...]] = {}

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
        """Exact pre-filter: could :meth:`resolve` find an actor among these tokens?

        True when the tokens hold a sector-word key or a name key written like a name
        (the matching rules of :meth:`resolve`); every actor the resolver returns stems
        from such a key, so a sentence this rejects codes no actor.

        Args:
            words: The sentence's tokens as written. If all are lower case (a caller that
                lower-cased them), case is not checked, which keeps the test safe.
        """
        prefixes = self._prefix_index()
        cased = any(not w.islower() for w in words if any(c.isalpha() for c in w))
        units: list[str] = []
        owners: list[int] = []
        cache = self._word_parts
        for index, word in enumerate(words):
            found = cache.get(word)
            if found is None:
                found = tuple(parts(word))
                if len(cache) < 200_000:
                    cache[word] = found
            units.extend(found)
            owners.extend([index] * len(found))
        names, agents = self.lexicon.names, self.lexicon.agents
        for start in range(len(units)):
            if start and owners[start - 1] == owners[start]:
                continue  # matches start at a token's first unit
            for end in range(start + 1, min(len(units), start + self._max) + 1):
                key = tuple(units[start:end])
                if key not in prefixes:
                    break
                if not self._ends_ok(units, owners, end):
                    continue
                # A "+" sector word ("people") codes only with a name, which is tested itself.
                if agents.get(key, BARE) != BARE and (end == len(units) or owners[end] != owners[end - 1]):
                    return True
                if key in names and (not cased or words_case_ok(
                        words[owners[start]:owners[end - 1] + 1], key)):
                    return True
        return False

    def _prefix_index(self) -> frozenset[tuple[str, ...]]:
        if self._prefixes is None:
            keys = [*self.lexicon.names, *(k for k, code in self.lexicon.agents.items() if code != BARE)]
            self._prefixes = frozenset(key[:n] for key in keys for n in range(1, min(len(key), self._max) + 1))
        return self._prefixes

    @contextmanager
    def remembering(self, doc: Doc) -> Iterator[None]:
        """Within the block, :meth:`resolve` answers each head of ``doc`` once per date (the coder
        asks of the same heads for participants, coreference and the states a sentence names).

        The caller promises not to change the doc's parse or entities inside the block.
        """
        if RESOLVED_KEY in doc.user_data:
            yield
            return
        doc.user_data[RESOLVED_KEY] = {}
        try:
            yield
        finally:
            del doc.user_data[RESOLVED_KEY]

    def resolve(self, head: Token, date: str | None) -> ActorRef | None:
        """The actor named by the noun phrase headed by ``head``, or None.

        Args:
            head: Head token of a noun phrase (e.g. the subject of a verb).
            date: Article date (ISO ``YYYY-MM-DD``); people's roles are resolved against it,
                None means their most recent role.
        """
        memo = head.doc.user_data.get(RESOLVED_KEY)
        if memo is None:
            return self._resolve_head(head, date)
        key = (id(self), head.i, date)
        if key not in memo:
            memo[key] = self._resolve_head(head, date)
        found = memo[key]
        return copy(found) if found is not None else None  # callers own what they are given

    def _resolve_head(self, head: Token, date: str | None) -> ActorRef | None:
        if head.pos_ == "PRON" or head.lower_ in DEFINITE or self._in_place_name(head):
            return None
        found = self._resolve_np(head, date)
        if found is None or found[0].code.startswith("---"):
            def lookup(text: str) -> ActorRef | None:
                return self.resolve_text(text, date)
            if (told := described(head, self._uniforms, lookup)) is not None:
                return told
        if found is not None and found[1] == "name":
            shared = self._shared_sector(head, found[0], date)
            if shared is not None:
                return shared
        if found is not None and found[1] in ("name", "agent"):
            return found[0]
        # An apposition names the actor better than an unknown name ("Russia's foreign minister,
        # Sergei Lavrov,"), and gives a known person's role at the time of writing, which the
        # lexicon may lack ("Kenzo Oshima, the UN Emergency Relief Coordinator,").
        how = found[1] if found is not None else None
        wanted = {"person": ("agent", "partial"), "partial": ("name", "person")}.get(
            how, ("name", "person", "agent", "partial"))
        for child in head.children:
            if child.dep_ == "appos":
                other = self._resolve_np(child, date)
                if other is not None and other[1] in wanted and not (
                        found is not None and other[0].code.startswith("---")):
                    return other[0]
        return found[0] if found is not None else None

    def _shared_sector(self, head: Token, ref: ActorRef, date: str | None) -> ActorRef | None:
        """A later conjunct of a sector word's object takes that sector too.

        "Leaders of Kenya and Tanzania", "officials in Beijing and Washington": the
        phrase over the first object ("leaders of Kenya" -> KENGOV) gives its sector to
        the other countries. None unless ``ref`` is a bare country or a place.
        """
        if head.dep_ != "conj" or len(ref.code) > 6:
            return None
        first = head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        prep = first.head
        if first.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"of", "from", *self._residence}:
            return None
        governor = prep.head
        if governor.pos_ not in ("NOUN", "PROPN"):
            return None
        own = self._resolve_np(first, date)
        whole = self._resolve_np(governor, date) if own is not None else None
        if whole is None or whole[1] != "agent":
            return None
        country = own[0].code[:3]
        if not whole[0].code.startswith(country) or len(whole[0].code) <= 3:
            return None
        code = ref.code[:3] + whole[0].code[3:]
        if code == ref.code:
            return None
        return ActorRef(code, actor_name(code, self.lexicon), ref.text, ref.start, ref.end)

    def agent_sector(self, head: Token) -> str | None:
        """The sector code a common noun names on its own ("forces" → ``MIL``), or None."""
        first, last = self._np_bounds(head)
        match = next((m for m in self._matches(head.doc, first, last) if m.first <= head.i <= m.last), None)
        if match is None or match.is_name or match.agent in (None, BARE):
            return None
        return match.agent

    def resolve_text(self, text: str, date: str | None = None) -> ActorRef | None:
        """Look ``text`` up as a whole name or "<country> <sector word>" phrase (no parsing)."""
        words = [p for p in parts(text) if p]
        key = tuple(words[1:] if words[:1] == ["the"] else words)
        entries = self.lexicon.names.get(key)
        if entries and key in self.lexicon.capitals and not text.split()[-1].isupper():
            entries = None  # "Ira" is a given name, "IRA" the armed group
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
                    # "Taliban government": a name that already carries the sector keeps it once
                    code = base if agent == BARE or len(base) > 3 and base.endswith(agent) else base + agent
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
            if token.dep_ == "poss" or token.i in covered or self._np_root(token) is not token:
                continue
            ref = self.resolve(token, date)
            if ref is None:
                continue
            refs.append(ref)
            self._cover(covered, token, ref)
            refs.extend(self._coordinated(token, ref, date))
        # Actors inside phrases that named none: "dozens of protesters", "Russia's invasion",
        # "Ukrainian positions".
        for token in candidates:
            if token.i not in covered and token.dep_ in ("poss", "pobj", "amod", "compound", "nmod"):
                ref = self.resolve(token, date)
                if ref is not None:
                    refs.append(ref)
                    self._cover(covered, token, ref)
        refs.sort(key=lambda r: (r.start or 0, -(r.end or 0)))
        return refs

    def _cover(self, covered: set[int], token: Token, ref: ActorRef) -> None:
        """Mark the phrase of ``token`` and the words ``ref`` spans ("protesters in Nairobi")."""
        first, last = self._np_bounds(token)
        covered.update(range(first, last + 1))
        if ref.start is not None and ref.end is not None:
            span = token.doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is not None:
                covered.update(range(span.start, span.end))

    def _np_root(self, token: Token) -> Token:
        """Climb from a modifier to the head of its noun phrase."""
        if token.dep_ == "npadvmod" and token.head.lower_ in self._suffixes and token.head.dep_ == "amod":
            token = token.head.head  # "Saudi" in "the Saudi-led coalition"
        while token.head is not token and token.head.pos_ in ("NOUN", "PROPN", "ADJ") and (
                token.dep_ == "conj" and token.head.dep_ in ("compound", "amod", "nmod") or token.dep_ in ("compound", "flat", "amod", "nmod") and token.head.i > token.i):
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return self._np_root(token.head.head)
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

    def resolve_titled(self, head: Token, date: str | None) -> ActorRef | None:
        """An unknown name with a title but no country, as ``---<sector>``.

        "Foreign ministry spokesman Tahir Andrabi" gives ``---GOV`` over the title and name;
        :class:`~detente.actors.coref.ArticleCoref` supplies the country from the article.
        None when :meth:`resolve` finds an actor or the phrase is not a titled name.
        """
        if head.pos_ != "PROPN" or self.resolve(head, date) is not None:
            return None
        first, last = self._np_bounds(head)
        matches = self._matches(head.doc, first, last)
        matches = [m for m in matches if not self._namesake(head.doc, matches, m)]
        if any(m.is_name or m.first <= head.i <= m.last for m in matches):
            return None
        titles = [m for m in matches if m.agent and m.agent != BARE and m.last < head.i]
        if not titles:
            return None
        return self._ref(head.doc, "---" + titles[-1].agent, titles[0].first, head.i)

    def names_in_modifiers(self, head: Token) -> bool:
        """Does a word before ``head`` in its phrase name an actor ("the Azerbaijani republic")?"""
        first, _ = self._np_bounds(head)
        return first < head.i and any(m.is_name for m in self._matches(head.doc, first, head.i - 1))

    def place_in_longer_name(self, span: Span) -> bool:
        """Is ``span`` a country or city name inside a longer unknown proper name?

        "Farah" in "General Mohamed Farah Aidid" is a given name, not the Afghan province;
        the matcher already skips such places, callers that look words up directly ask here.
        """
        entries = self.lexicon.names.get(tuple(parts(span.text)), ())
        return bool(entries) and entries[0].kind in ("country", "metonym") and \
            self._in_longer_name(span.doc, span.start, span.end - 1)

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

    def is_collective(self, ref: ActorRef) -> bool:
        """True when ``ref.text`` is the name of a state, organisation or group, not of a person."""
        entries = self.lexicon.names.get(tuple(parts(ref.text or "")), ())
        return bool(entries) and all(entry.kind != "person" for entry in entries)

    def _person_entry(self, text: str):
        tokens = parts(text)
        for start in range(len(tokens)):
            for end in range(len(tokens), start, -1):
                for entry in self.lexicon.names.get(tuple(tokens[start:end]), ()):
                    if entry.kind == "person":
                        yield entry

    # ---- resolution --------------------------------------------------------------------

    def _np_bounds(self, head: Token) -> tuple[int, int]:
        first = head.i
        for child in head.lefts:
            if child.dep_ in NP_LEFT_DEPS:
                first = min(first, child.left_edge.i)
        last = head.i
        for child in head.rights:
            # "Doctors Without Borders", "Organization for Security ...": a preposition inside a name
            # "secretary-general": the parser hangs the second half of a hyphenated title to the right
            hyphenated = child.i == head.i + 2 and head.doc[head.i + 1].tag_ == "HYPH"
            if child.dep_ in NP_RIGHT_DEPS or hyphenated or (child.dep_ == "prep" and (
                    child.lower_ == "of" or child.text[:1].isupper() and child.i > 0
                    or child.lower_ in ("for", "on") and head.pos_ == "PROPN"
                    and any(g.pos_ == "PROPN" for g in child.children)
                    # "Al Qaeda in Iraq (bombers)": a branch named after its country
                    or child.lower_ == "in" and head.pos_ == "PROPN" and child.i + 1 < len(head.doc)
                    and head.doc[child.i + 1].pos_ == "PROPN")):
                last = max(last, child.right_edge.i)
            else:
                break
        return hyphenated_name_bounds(head, first, last)

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
        if head_match is not None and self._namesake(doc, matches, head_match):
            head_match = None
        if head_match is not None and head_match.is_name:
            code = self._entry_code(head_match.entries, date)
            titles = [m.agent for m in matches if m.agent not in (None, BARE) and m.last < head_match.first]
            if date is None and titles:
                code = titled_role(head_match.entries, titles[-1]) or code
            if not code:
                return None
            code = self.home_named(doc[head_match.first:head_match.last + 1], code, date)
            # (only the bare demonym's own state: "Indian officials" or a title keep their reading)
            if head_match.first == head_match.last == head.i and head.lower_ in self._native_names \
                    and code == self._entry_code(head_match.entries, date):
                native = self._indigenous_people(head, names, date, code[:3])
                if native is not None:
                    return native, "agent"
            if head_match.entries[0].kind == "country" and self._is_ethnonym(head, head_match):
                home = self._home(head, head_match, names)
                if home is not None:
                    code = self._entry_code(home.entries, date)
                    if code:
                        lo, hi = min(home.first, head_match.first), max(home.last, head_match.last)
                        return self._ref(doc, code[:3], lo, hi), "name"
                    return None
                if is_ethnic_group(head):
                    # "ethnic Albanians" are a minority living elsewhere: where they are is placed later
                    return self._ref(doc, "---CVL", head_match.first, head_match.last), "agent"
            how = "person" if any(e.kind == "person" for e in head_match.entries) else "name"
            owner = next((m for m in reversed(names) if m.last < head_match.first
                          and m.entries[0].kind == "country"), None)
            if owner is not None and head_match.entries[0].kind in ("metonym", "org") and len(code) > 3:
                # "Peru's Congress", "Kenya's State Department": the institution of the named country
                country = self._entry_code(owner.entries, date)
                if country and country[:3] != code[:3] and code[:3] not in ("IGO", "NGO", "IMG", "MNC"):
                    return self._ref(doc, country[:3] + code[3:], owner.first, head_match.last), "name"
            return self._ref(doc, code, head_match.first, head_match.last), how
        armed = self._armed_group(head, first, last, matches, names, date)
        if armed is not None:
            return armed, "agent"
        agent = head_match.agent if head_match is not None else None
        if agent and agent.startswith("GOV") and not names and groups.regional_group(head, first, self._regions):
            return None
        if agent == "GOV" and head.lemma_.lower() == "leader":
            # "student leaders", "community leaders": those who lead a sector of society are of that sector
            led = [self.lexicon.agents.get((c.lower_,)) for c in head.children
                   if c.dep_ in ("compound", "amod") and c.i < head.i and c.pos_ in ("NOUN", "ADJ")]
            agent = next((a for a in led if a not in (None, BARE, "GOV")), agent)
        if agent is not None and head.lower_ in ATTACHED_HEADS:
            body = self._of_body(head, date)
            if body is not None:
                start = head_match.first if head_match is not None else head.i
                span = doc.char_span(doc[start].idx, body.end, alignment_mode="expand")
                return self._ref(doc, body.code, start, span.end - 1), "agent"
        if agent is None and head.pos_ == "PROPN":
            # An unknown name with a title: "Foreign Ministry spokesman Wang Wenbin".
            titles = [m for m in matches if m.agent and m.last < head.i]
            agent = titles[-1].agent if titles else None
            if agent is None and not names:
                return None
        if agent is None:
            # "the Saudi-led coalition", "a Greek-flagged tanker": the named actor's.
            led = [m for m in names if m.led and m.last < head.i]
            if led and head.pos_ in ("NOUN", "PROPN"):
                code = self._entry_code(led[-1].entries, date)
                if code:
                    code = code[:3] if led[-1].entries[0].kind == "country" else code
                    return self._ref(doc, code, led[-1].first, head.i), "agent"
            # An unknown name qualified by a known one: "U.N. mediator Diego Cordovez".
            before = [m for m in names if m.last < head.i]
            if head.pos_ == "PROPN" and before and before[-1].entries[0].kind != "person":
                modifier = before[-1]
                code = self._entry_code(modifier.entries, date)
                if code:
                    code = code[:3] if modifier.entries[0].kind == "country" else code
                    return self._ref(doc, code, modifier.first, head.i), "partial"
            return None
        sponsored = [m for m in names if self._is_patron(head, m) or opposed.opposed(doc, m.first)]
        modifier = self._modifier([m for m in names if m not in sponsored], head)
        if modifier is not None and (is_ethnic_group(head) or is_ethnic_group(doc[modifier.first])
                                     or self._is_ethnonym_match(doc, modifier)):
            # "ethnic Uzbek militants operating in Kyrgyzstan": a people is coded where it lives
            home = None if (fled := groups.displaced(head)) else self._prep_object_match(head, set(self._residence))
            if home is None and agent != BARE and is_ethnic_group(head) and not fled and modifier.entries[0].kind == "country":
                # "ethnic Albanian students": of the state where the sentence places them (else by the name);
                # "ethnic Albanian refugees" keep their people's name, never their refuge's
                return self._ref(doc, "---" + agent, modifier.first, head.i), "agent"
            modifier = home if home is not None and home.entries[0].kind in ("country", "metonym") else modifier
        modifier = modifier or self._post_modifier(head, agent)
        if modifier is None:
            # Without a country only plural groups ("protesters", "rebels") and the police are
            # actors; a singular sector word alone ("business", "military") is too vague.
            # "both leaders", "the two governments" are several states: coreference's task.
            if agent == BARE or (self._is_definite(head) or head.tag_ not in ("NNS", "NNPS")
                                 and head.lower_ not in STATE_ORGAN_HEADS) and not sponsored or \
                    any(c.lower_ in ("both", "two") for c in head.children):
                return None
            span = head_match or Match(head.i, head.i)
            return self._ref(doc, "---" + agent, span.first, span.last), "agent"
        base = self._entry_code(modifier.entries, date)
        if not base:
            return None
        base = self.home_named(doc[modifier.first:modifier.last + 1], base, date)
        kind = modifier.entries[0].kind
        if modifier.place and kind == "metonym":
            base, kind = base[:3], "country"  # "protesters in Moscow" are Russia's, not the Kremlin's
        if agent == BARE:
            code = base[:3] if kind == "country" else base
        elif kind == "country" and len(base) <= 6:
            code = base + agent
        elif kind == "person":
            code = base[:3] + agent
        elif kind == "metonym" and base[3:] == "GOV" and head.lower_ not in ATTACHED_HEADS:
            code = base[:3] + agent  # a capital names the place: "Moscow residents", "Beijing police"
        elif head.lower_ in ATTACHED_HEADS or len(base) > 3 and not base.startswith(("IGO", "NGO")):
            code = base
        elif agent == "GOV" or agent in (base[i:i + 3] for i in range(3, len(base), 3)):
            code = base  # an organisation's own head or body: "the World Bank president", "the ICC prosecutor"
        else:
            code = base + agent
        lo = min(modifier.first, head_match.first if head_match else head.i)
        hi = max(modifier.last, head_match.last if head_match else head.i)
        return self._ref(doc, code, lo, hi), "agent"

    def home_named(self, span: Span, code: str, date: str | None) -> str:
        """``code`` of the group named by ``span``, moved to the home its sentence names when the
        dictionaries file the name under several.

        "Islamic Jihad freed the hostage it held in Lebanon": the Lebanese group of the 1980s, not the
        Palestinian one of today. Unchanged unless the sentence names exactly one of the homes, and not
        ``code``'s.
        """
        doc = span.doc
        key = tuple(p for token in span for p in word_parts(token.text))
        codes = {c for e in self.lexicon.homes(key) if (c := e.code_at(date)) and not c.startswith("---")}
        if len({c[:3] for c in codes}) < 2:
            return code
        named = set()
        for other in self._matches(doc, span.sent.start, span.sent.end - 1):
            if other.is_name and other.entries[0].kind in ("country", "metonym") \
                    and not span.start <= other.first < span.end:
                country = self._entry_code(other.entries, date)
                named.update([country[:3]] if country else [])
        placed = {c for c in codes if c[:3] in named}
        if code[:3] in named or len({c[:3] for c in placed}) != 1:
            return code
        return min(placed)

    def _armed_group(self, head: Token, first: int, last: int, matches: list[Match], names: list[Match],
                     date: str | None) -> ActorRef | None:
        """An armed group the lexicon does not know: REB of the country its phrase names, else ``---REB``."""
        before = [m for m in matches if m.last < head.i]
        described_from = before[-1].last + 1 if before and before[-1].agent == "REB" else None
        if not names_armed_group(head, first, last, described_from, self._armed_heads, self._armed_cues):
            return None
        countries = [m for m in names if m.entries[0].kind == "country"]
        code = self._entry_code(countries[0].entries, date) if countries else None
        return self._ref(head.doc, (code[:3] if code else "---") + "REB", first, last)

    def _of_body(self, head: Token, date: str | None) -> ActorRef | None:
        """The group a member belongs to: "leaders of the Kenyan opposition" are KENOPP.

        Only a sector phrase with its country counts; a bare name ("leaders of Hungary")
        takes the member's own sector instead.
        """
        for child in head.rights:
            if child.dep_ != "prep" or child.lower_ != "of":
                continue
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    found = self._resolve_np(obj, date)
                    if found is not None and found[1] == "agent" and not found[0].code.startswith("---") \
                            and found[0].start is not None:
                        return found[0]
        return None

    def _modifier(self, names: list[Match], head: Token) -> Match | None:
        """The named actor that qualifies the head: the nearest one before it, else after it.

        Before an ethnonym a state name is where the group lives: "Bosnian Serb leaders"
        are Bosnia's.
        """
        before = [m for m in names if m.last < head.i]
        if before:
            near = before[-1]
            if len(before) > 1 and self._is_ethnonym_match(head.doc, near):
                prev = before[-2]
                if prev.entries[0].kind == "country" and self._adjacent(head.doc, prev, near):
                    return prev
            return near
        after = [m for m in names if m.first > head.i]
        return after[0] if after else None

    def _is_patron(self, head: Token, match: Match) -> bool:
        """"Iran" in "an Iran-backed militia": the sponsor named before a patron participle of the head,
        or of a noun in its phrase ("fighters of the al Qaeda-linked JNIM" are JNIM's, not al Qaeda's)."""
        word = head.doc[match.last]
        participle = word.head
        if word.dep_ != "npadvmod" or not (participle.lower_ in self._patrons or participle.lower_ in self._affiliates
                                            and any(e.code_at(None) in self._franchises for e in match.entries)):
            return False
        first, last = self._np_bounds(head)
        return participle.head == head or first <= participle.head.i <= last and participle.head.pos_ in ("NOUN", "PROPN")

    def _post_modifier(self, head: Token, agent: str) -> Match | None:
        """A place or body after the head: "protesters in Nairobi", "officials from Russia".

        Troops "in" a country are often foreign ones, and so are embassies and envoys, so
        they only take "from"; so does a head with a possessor ("its embassy in Beijing").
        A singular head needs an institution's sector: "a court in Kenya", not "a
        settlement in Ukraine".
        """
        preps = set(self._residence)
        singular = head.tag_ not in ("NNS", "NNPS") and head.lower_ != "police"
        if agent.startswith("MIL") or head.lower_ in self._abroad or agent == BARE or \
                any(c.dep_ == "poss" for c in head.children) or \
                singular and not agent.startswith(("GOV", "JUD", "LEG", "COP", "OPP")):
            preps = {"from"}
        if any(c.dep_ == "acl" and c.lower_ in self._seats for c in head.rights):
            preps = set(self._residence)  # "a weekly based in Amman": where a body has its seat
        if any(c.dep_ == "acl" and c.lower_ in self._employers for c in head.rights):
            preps = {"by", "for"}  # "aid workers employed by a Kenyan charity": the employer's people
        if head.lower_ in ATTACHED_HEADS:
            preps.update(("for", "at"))  # "a spokesman for the Kremlin", "officials at the Pentagon"
        return self._prep_object_match(head, preps)

    def _prep_object_match(self, head: Token, preps: set[str]) -> Match | None:
        # "militants operating in Kyrgyzstan", "a weekly based in Amman": a participle says where they are
        through = [g for c in head.rights if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i == head.i + 1
                   for g in c.rights]
        for child in [*head.rights, *through]:
            if child.dep_ not in ("prep", "agent") or child.lower_ not in preps:
                continue
            for obj in child.children:
                if obj.dep_ != "pobj" or obj.pos_ not in ("PROPN", "NOUN") or self._in_place_name(obj):
                    continue
                first, last = self._np_bounds(obj)
                found = [m for m in self._matches(head.doc, first, last) if m.is_name and m.first <= obj.i]
                # The object's own name, else its possessor or modifier ("Nigeria's Borno state").
                own = [m for m in found if m.last >= obj.i]
                if own or found:
                    # Spans the whole object phrase, so find_all does not code it twice.
                    return replace((own or found)[-1], last=max(last, (own or found)[-1].last),
                                   place=child.lower_ in self._residence)
        return None

    def names_people(self, head: Token) -> bool:
        """ "Serbs", "ethnic Nepalis": ``head`` names a people rather than a state's citizens."""
        return head.lower_ in self._ethnonyms or is_ethnic_group(head)

    def _is_ethnonym(self, head: Token, match: Match) -> bool:
        """"Serbs", "ethnic Russians": a people rather than a state's citizens."""
        return self._is_ethnonym_match(head.doc, match) or is_ethnic_group(head)

    def _is_ethnonym_match(self, doc: Doc, match: Match) -> bool:
        return match.first == match.last and match.entries[0].kind == "country" and \
            doc[match.first].lower_ in self._ethnonyms

    def _indigenous_people(self, head: Token, names: list[Match], date: str | None,
                           demonym_state: str) -> ActorRef | None:
        """ "Mapuche Indians", "Indians marched on Quito": an indigenous people of the Americas, not India
        (``demonym_state``, the state the word otherwise names).

        A known people before the noun gives its state; otherwise a state of the Americas named in
        the sentence, else in the article's first sentence (its dateline), is where they live.
        """
        doc = head.doc
        people = next((m for m in reversed(names) if m.last == head.i - 1 and m.entries[0].kind == "country"), None)
        if people is not None:
            code = self._entry_code(people.entries, date)
            if code and code[:3] != demonym_state:
                return self._ref(doc, code[:3] + "CVL", people.first, head.i)
        own = self._state_codes(head.sent, head, date)
        if demonym_state in own:
            return None  # "Indians in Texas voted as India went to the polls": India's people after all
        opening = self._state_codes(doc[0].sent, head, date) if doc[0].sent != head.sent else []
        state = next((code for code in [*own, *opening] if code in self._americas), None)
        if state is None:
            return None
        first = people.first if people is not None else head.i
        if head.i > 0 and doc[head.i - 1].pos_ == "PROPN" and doc[head.i - 1].dep_ == "compound":
            first = head.i - 1  # "Guarani Indians": the people's own name
        return self._ref(doc, state + "CVL", first, head.i)

    def _state_codes(self, sent: Span, head: Token, date: str | None) -> list[str]:
        """The state prefixes of the names in ``sent`` other than ``head``'s own."""
        codes = [self._entry_code(m.entries, date) for m in self._matches(sent.doc, sent.start, sent.end - 1)
                 if m.is_name and not m.first <= head.i <= m.last]
        return [code[:3] for code in codes if code]

    def _home(self, head: Token, match: Match, names: list[Match]) -> Match | None:
        """Where an ethnic group lives: "Albanians in/of southern Serbia", "Kosovo Albanians"."""
        home = None if groups.displaced(head) else self._prep_object_match(head, set(self._residence) | {"of"})
        if home is not None and home.entries[0].kind in ("country", "metonym"):
            return home
        before = [m for m in names if m.last < match.first]
        if before and before[-1].entries[0].kind == "country" and self._adjacent(head.doc, before[-1], match):
            return before[-1]
        return None

    @staticmethod
    def _adjacent(doc: Doc, left: Match, right: Match) -> bool:
        gap = doc[left.last + 1:right.first]
        return all(t.text in ("-", "–") for t in gap)

    def _in_place_name(self, token: Token) -> bool:
        """Part of a geographic name: "the South China Sea", "the Sea of Japan"."""
        node = token
        while node.dep_ in ("compound", "amod", "flat", "nmod") and node.head.i > node.i:
            node = node.head
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i < node.i:
            node = node.head.head
        return node.lower_ in self._places and node.text[:1].isupper()

    @staticmethod
    def _is_definite(head: Token) -> bool:
        return any(c.lower_ in DEFINITE for c in head.children if c.dep_ in ("det", "poss"))
