"""Actor lexicon: loading and validating the actor data files.

Two file formats are read, both validated with :class:`DataFileError` naming file
and line:

* detente TSV (``data/actors/*.tsv``): ``kind<TAB>roles<TAB>names`` actor entries,
  ``phrase<TAB>code`` agent (sector word) entries, ``code<TAB>name`` code names.
* PETRARCH/TABARI ``.actors`` and ``.agents`` dictionaries (users' own files).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from detente.datafiles import tsv_rows
from detente.errors import DataFileError

logger = logging.getLogger(__name__)

KINDS = ("country", "person", "org", "group", "metonym", "deny")
CODE_RE = re.compile(r"^(?:---|[A-Z]{3})(?:[A-Z]{3})*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ROLE_RE = re.compile(r"^(?P<code>[A-Z\-]+)(?:@(?P<start>[\d-]*)\.\.(?P<end>[\d-]*))?(?:=(?P<title>[a-z \-]+))?$")
ROLE_SPLIT = re.compile(r"\s+(?=[A-Z-])")  # titles are lower-case and may contain spaces
PART_RE = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")
DELETE, BARE = "-", "+"
# kinds of named actor whose home a sentence may settle when dictionaries disagree on it
PLACEABLE_KINDS = frozenset({"group", "org"})


def fold(text: str) -> str:
    """Lower-case and strip accents so "Erdoğan" and "ERDOGAN" meet."""
    if text.isascii():
        return text.lower()  # nothing to strip; most names and tokens take this path
    text = unicodedata.normalize("NFKD", text.lower().replace("ı", "i"))
    return "".join(c for c in text if not unicodedata.combining(c))


def parts(text: str) -> list[str]:
    """Matching units of a name or token: folded words, hyphens and apostrophes split off."""
    return PART_RE.findall(fold(text).replace("’", "'"))


@lru_cache(maxsize=16384)
def word_parts(text: str) -> tuple[str, ...]:
    """:func:`parts` of a token's text, remembered: the resolver splits the same words over and over."""
    return tuple(parts(text))


@dataclass(frozen=True)
class Role:
    """One CAMEO code an actor holds, optionally within ``[start, end)`` and with a title."""

    code: str
    start: str | None = None
    end: str | None = None
    title: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class Entry:
    """A named actor: a country, person, organisation, armed group or metonym."""

    kind: str
    roles: tuple[Role, ...]
    names: tuple[str, ...]
    origin: str = ""

    def role_at(self, date: str | None) -> Role | None:
        """The role held on ``date`` (ISO), or the most recent one when date is None."""
        dated = [r for r in self.roles if r.dated]
        default = next((r for r in self.roles if not r.dated), None)
        if date is None:
            if dated:
                return max(dated, key=lambda r: (r.end or "9999", r.start or ""))
            return default
        day = date[:10]
        for role in reversed(dated):
            if role.covers(day):
                return role
        if default is not None:
            return default
        if not dated:
            return None
        past = [r for r in dated if r.end is not None and r.end <= day]
        if self.kind == "person" and past:
            # Out of office: CAMEO codes former office holders as elites of their country.
            last = max(past, key=lambda r: r.end or "")
            return Role(last.code[:3] + "ELI" if last.code[:3] not in ("IGO", "NGO", "---") else last.code)
        if self.kind == "person":
            first = min(dated, key=lambda r: r.start or "")
            return Role(first.code[:3])
        return None

    def code_at(self, date: str | None) -> str | None:
        role = self.role_at(date)
        return role.code if role else None


@dataclass
class Lexicon:
    """Everything the resolver looks up, keyed by tuples of name parts."""

    names: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)
    code_names: dict[str, str] = field(default_factory=dict)
    sector_names: dict[str, str] = field(default_factory=dict)
    # Word classes that steer phrase reading (see data/actors/word_classes.tsv).
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    # Names that count only written in capitals ("IRA", "ETA": acronyms that are English words).
    capitals: set[tuple[str, ...]] = field(default_factory=set)
    # Armed groups and organisations a hand-written entry displaced under the same name: the
    # Phoenix files' 1980s "Islamic Jihad" of Lebanon behind today's Palestinian one.
    displaced: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)

    def word_class(self, name: str) -> frozenset[str]:
        return self.classes.get(name, frozenset())

    def add_entry(self, entry: Entry, *, override: bool) -> None:
        for name in entry.names:
            key = name_key(name)
            if not key:
                continue
            if entry.kind == "deny":
                # Deny lines only remove names that came from other (generated) files.
                kept = [e for e in self.names.get(key, []) if e.origin == entry.origin]
                if kept:
                    self.names[key] = kept
                else:
                    self.names.pop(key, None)
                continue
            bucket = self.names.setdefault(key, [])
            if override and bucket and all(e.origin != entry.origin for e in bucket):
                self.displaced.setdefault(key, []).extend(e for e in bucket if e.kind in PLACEABLE_KINDS)
                bucket.clear()
            if entry not in bucket:
                bucket.append(entry)

    def homes(self, key: tuple[str, ...]) -> list[Entry]:
        """Every armed group or organisation any dictionary files under name ``key``, displaced ones too."""
        return [e for e in self.names.get(key, []) + self.displaced.get(key, []) if e.kind in PLACEABLE_KINDS]

    def add_agent(self, phrase: str, code: str) -> None:
        key = tuple(parts(phrase))
        if not key:
            return
        if code == DELETE:
            self.agents.pop(key, None)
        else:
            self.agents[key] = code

    def absorb_aliases(self, generated: list[Entry], current: list[Entry]) -> int:
        """Give the generated aliases of a person the hand-written file updates its roles.

        The generated file keeps stale roles under aliases the hand-written row does not
        list ("Russian President Vladimir Putin" out of office since 2015). A generated
        person who shares a full name (two words or more) with exactly one hand-written
        person is replaced by that person under all the generated names; a bare surname
        alone is too ambiguous to link them.

        Returns:
            The number of generated entries replaced.
        """
        owners: dict[tuple[str, ...], Entry] = {}
        for entry in current:
            if entry.kind == "person":
                for name in entry.names:
                    key = name_key(name)
                    if len(key) >= 2:
                        owners[key] = entry
        replaced = 0
        for entry in generated:
            if entry.kind != "person":
                continue
            keys = [name_key(name) for name in entry.names]
            found = {id(owners[k]): owners[k] for k in keys if k in owners}
            if len(found) != 1:
                continue
            (owner,) = found.values()
            for key in keys:
                bucket = self.names.get(key)
                if bucket and entry in bucket:
                    bucket[:] = [e for e in bucket if e is not entry and e is not owner] + [owner]
            replaced += 1
        return replaced

    @property
    def max_len(self) -> int:
        return max((len(k) for k in (*self.names, *self.agents)), default=1)


def name_key(name: str) -> tuple[str, ...]:
    """The lexicon key of a name: its parts without a leading "the" ("the Kremlin" -> kremlin)."""
    key = tuple(parts(name))
    return key[1:] if key[:1] == ("the",) and len(key) > 1 else key


def parse_role(text: str, origin: str, line: int) -> Role:
    """Parse one ``CODE[@START..END][=title]`` role (errors name ``origin`` and ``line``)."""
    role = _ROLE_CACHE.get(text)
    if role is None:
        role = _ROLE_CACHE[text] = _parse_role(text, origin, line)
    return role


# Roles are immutable and the packaged files repeat the same ones thousands of times.
_ROLE_CACHE: dict[str, Role] = {}
_ROLES_CACHE: dict[str, tuple[Role, ...]] = {}


def _parse_roles(text: str, origin: str, line: int) -> tuple[Role, ...]:
    roles = _ROLES_CACHE.get(text)
    if roles is None:
        roles = tuple(parse_role(r, origin, line) for r in ROLE_SPLIT.split(text) if r)
        if len(_ROLES_CACHE) < 100_000:
            _ROLES_CACHE[text] = roles
    return roles


def _parse_role(text: str, origin: str, line: int) -> Role:
    match = ROLE_RE.match(text)
    if not match or not CODE_RE.match(match["code"]):
        raise DataFileError(origin, line, f"bad role {text!r}: write CODE, CODE@YYYY-MM-DD..YYYY-MM-DD "
                                          "(either date may be empty) or add =title, e.g. USAGOV@2025-01-20..=president")
    start, end = match["start"] or None, match["end"] or None
    for value in (start, end):
        if value is not None and not DATE_RE.match(value):
            raise DataFileError(origin, line, f"bad date {value!r} in role {text!r}: use YYYY-MM-DD")
    if start and end and end < start:
        raise DataFileError(origin, line, f"role {text!r} ends before it starts")
    return Role(match["code"], start, end, match["title"])


def load_entries_tsv(text: str, origin: str) -> list[Entry]:
    """Parse a ``kind<TAB>roles<TAB>names`` file."""
    entries = []
    for number, (kind, roles, names) in tsv_rows(text, origin, 3):
        if kind not in KINDS:
            raise DataFileError(origin, number, f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        parsed = _parse_roles(roles, origin, number) if kind != "deny" else ()
        if kind != "deny" and not parsed:
            raise DataFileError(origin, number, "no role code given")
        name_list = tuple(n.strip() for n in names.split("|") if n.strip())
        if not name_list:
            raise DataFileError(origin, number, "no names given")
        entries.append(Entry(kind, parsed, name_list, origin))
    return entries


def load_agents_tsv(text: str, origin: str) -> list[tuple[str, str]]:
    """Parse a ``phrase<TAB>code`` file (code ``-`` deletes, ``+`` means the country itself)."""
    rows = []
    for number, (phrase, code) in tsv_rows(text, origin, 2):
        if code not in (DELETE, BARE) and not CODE_RE.match("---" + code):
            raise DataFileError(origin, number, f"bad sector code {code!r}: use three-letter groups like GOV or GOVMIL")
        rows.append((phrase, code))
    return rows


def load_code_names_tsv(text: str, origin: str) -> dict[str, str]:
    """Parse a ``code<TAB>name`` file."""
    table = {}
    for number, (code, name) in tsv_rows(text, origin, 2):
        if not CODE_RE.match(code) and not re.match(r"^[A-Z]{3}$", code):
            raise DataFileError(origin, number, f"bad actor code {code!r}")
        table[code] = name
    return table


WORD_CLASSES = ("ethnonym", "place_feature", "agent_suffix", "residence_prep", "abroad", "place_qualifier",
                "peacekeeping", "mission_observer", "peace_mission", "body_office", "body_member",
                "field_force", "armed_name_head", "armed_name_cue", "seat_participle", "employer_participle", "uniform_noun", "patron_participle",
                "affiliate_participle", "franchise_group", "americas_state", "native_name",
                "people_noun", "region_word")


def load_word_classes_tsv(text: str, origin: str) -> dict[str, frozenset[str]]:
    """Parse a ``class<TAB>word`` file into word sets per class."""
    table: dict[str, set[str]] = {name: set() for name in WORD_CLASSES}
    for number, (name, word) in tsv_rows(text, origin, 2):
        if name not in table:
            raise DataFileError(origin, number, f"unknown word class {name!r}; use one of {', '.join(WORD_CLASSES)}")
        if not word or word != word.lower() or " " in word:
            raise DataFileError(origin, number, f"bad word {word!r}: write one lower-case word")
        table[name].add(word)
    return {name: frozenset(words) for name, words in table.items()}


# ---- PETRARCH / TABARI dictionaries ---------------------------------------------------

_PETR_ROLE = re.compile(r"^\s*(~?[A-Z\-]+~?)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$")


def _petr_date(text: str) -> str:
    if len(text) == 6:
        text = ("20" if int(text[:2]) < 30 else "19") + text
    month = text[4:6] if "01" <= text[4:6] <= "12" else "01"
    day = text[6:8] if "01" <= text[6:8] <= "31" else "01"
    return f"{text[:4]}-{month}-{day}"


def _petr_role(body: str, origin: str, line: int) -> Role:
    match = _PETR_ROLE.match(body)
    if not match or not CODE_RE.match(match.group(1)):
        raise DataFileError(origin, line, f"bad PETRARCH code [{body}]: expected [CODE], [CODE >YYMMDD], "
                                          "[CODE <YYMMDD] or [CODE YYMMDD-YYMMDD]")
    code, op, single, start, end = match.groups()
    if op == ">":
        return Role(code, _petr_date(single), None)
    if op == "<":
        return Role(code, None, _petr_date(single))
    if start:
        return Role(code, _petr_date(start), _petr_date(end))
    return Role(code)


def _tolerant(origin: str, items: list, problems: list[DataFileError], what: str) -> list:
    """Skip malformed entries of a user's dictionary with a warning; fail only if nothing is usable.

    Real PETRARCH dictionaries carry typos and half-finished entries that PETRARCH itself
    ignored, so one bad line should not reject a file of thousands.
    """
    if problems and not items:
        raise problems[0]
    for problem in problems[:MAX_WARNINGS]:
        logger.warning("%s; entry skipped", problem)
    if len(problems) > MAX_WARNINGS:
        logger.warning("%s: %d more malformed %s skipped", origin, len(problems) - MAX_WARNINGS, what)
    return items


MAX_WARNINGS = 10  # per file; the rest are counted in one line


def load_petrarch_actors(text: str, origin: str) -> list[Entry]:
    """Parse a PETRARCH ``.actors`` file: a name line, ``+synonym`` lines, ``[CODE date]`` lines.

    Malformed parts (an entry without a code, a bad code, a synonym without a name) are
    skipped with a warning naming file and line; an entry keeps its valid codes.

    Raises:
        DataFileError: The file holds no usable entry (names the first problem's line).
    """
    entries: list[Entry] = []
    problems: list[DataFileError] = []
    names: list[str] = []
    roles: list[Role] = []
    start_line = 0
    bad_code = False  # the entry lost a code line already reported

    def close() -> None:
        if not names:
            return
        if roles:
            kind = "person" if any(r.dated for r in roles) else "org"
            entries.append(Entry(kind, tuple(roles), tuple(n.replace("_", " ").strip() for n in names), origin))
        elif not bad_code:
            problems.append(DataFileError(origin, start_line, f"actor {names[0]!r} has no [CODE]; add one below it"))

    for number, line in enumerate(text.splitlines(), start=1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        name_part = body.split("[", 1)[0].strip()
        if name_part.startswith("+"):
            if not names:
                problems.append(DataFileError(origin, number, "synonym line (+NAME) before any actor name"))
                continue
            names.append(name_part[1:])
        elif name_part:
            close()
            names, roles, start_line, bad_code = [name_part], [], number, False
        elif not names:
            problems.append(DataFileError(origin, number, "code line before any actor name"))
            continue
        if body.count("[") != body.count("]"):
            problems.append(DataFileError(origin, number, "unbalanced [ ] brackets"))
            bad_code = True
            continue
        for code_body in re.findall(r"\[([^\]]*)\]", body):
            try:
                roles.append(_petr_role(code_body, origin, number))
            except DataFileError as problem:
                problems.append(problem)
                bad_code = True
    close()
    return _tolerant(origin, entries, problems, "actor entries")


_PETR_AGENT = re.compile(r"^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)([\]}])\s*$")


def load_petrarch_agents(text: str, origin: str) -> list[tuple[str, str]]:
    """Parse a PETRARCH ``.agents`` file: ``PHRASE {PLURAL} [~CODE]`` lines and ``!MACRO! = A, B`` lines.

    A code closed by ``}`` instead of ``]`` (a typo in the Phoenix file) is accepted with a
    warning; other malformed lines are skipped with a warning naming file and line.

    Raises:
        DataFileError: The file holds no usable line (names the first problem's line).
    """
    macros: dict[str, list[str]] = {}
    rows: list[tuple[str, str]] = []
    problems: list[DataFileError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        macro = re.match(r"^!(\w+)!\s*=\s*(.+)$", body)
        if macro:
            macros[macro.group(1).lower()] = [w.strip().lower() for w in macro.group(2).split(",")]
            continue
        match = _PETR_AGENT.match(body)
        if not match or not CODE_RE.match("---" + match.group(3)):
            problems.append(DataFileError(origin, number, "expected 'PHRASE [~CODE]' (e.g. 'REBEL_FIGHTER [~REB]')"))
            continue
        phrase, plural, code, closing = match.groups()
        if closing != "]":
            logger.warning("%s:%d: code closed by '}' instead of ']'; read as [~%s]", origin, number, code)
        forms = [phrase.lower()]
        for name, options in macros.items():
            if f"!{name}!" in forms[0]:
                forms = [f.replace(f"!{name}!", o) for f in forms for o in options]
        for form in forms:
            form = form.replace("_", " ").strip()
            rows.append((form, code))
            if plural is None and not form.endswith("s"):
                rows.append((form + "s", code))
            elif plural and plural.strip("{} "):
                rows.append((plural.strip("{} ").replace("_", " ").lower(), code))
    return _tolerant(origin, rows, problems, "agent lines")


# ---- packaged data ---------------------------------------------------------------------

PACKAGE = "detente.data.actors"
GENERATED_ACTORS = "phoenix_actors.tsv"
# CAMEO's world-region and "international" prefixes (not states, religions or organisations).
REGION_PREFIXES = frozenset({"AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EUR", "INT", "LAM",
                             "MDT", "MEA", "NAF", "NMR", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST"})
# prefixes of actors that are no state but need no place either
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "---"})
CURRENT_ACTORS = "current_actors.tsv"
GENERATED_AGENTS = "phoenix_agents.tsv"
EXTRA_AGENTS = "agents_extra.tsv"
CODE_NAMES = ("code_names.tsv", "code_names_extra.tsv")
SECTOR_NAMES = "sector_names.tsv"
SUCCESSOR_CODES = "successor_codes.tsv"
NEW_STATES = "new_states.tsv"
WORD_CLASSES_FILE = "word_classes.tsv"


def _read(name: str) -> tuple[str, str]:
    return resources.files(PACKAGE).joinpath(name).read_text(encoding="utf-8"), f"detente/data/actors/{name}"


@cache
def load_name_tables() -> tuple[dict[str, str], dict[str, str]]:
    """The packaged readable names of actor codes and of sector codes (small; cached).

    Callers must not modify the returned tables.
    """
    code_names: dict[str, str] = {}
    for name in CODE_NAMES:
        code_names.update(load_code_names_tsv(*_read(name)))
    return code_names, load_code_names_tsv(*_read(SECTOR_NAMES))


def modern_code(code: str, successors: dict[str, str], countries: Collection[str]) -> str:
    """``code`` with a dissolved state's prefix replaced by its successor (see successor_codes.tsv).

    "SCGGOV" becomes "SRBGOV"; a period code before a member state's code gives the member
    ("YUGBIH" is "BIH", "FRYKSV" is "KSV").
    """
    successor = successors.get(code[:3])
    if successor is None:
        return code
    if code[3:6] in countries:
        return code[3:]
    return successor + code[3:]


@cache
def load_new_states() -> dict[str, tuple[str, str]]:
    """The packaged new_states.tsv: state code → (predecessor code, independence date).

    Raises:
        DataFileError: a row has a code that is not three capitals or a date that is not ISO.
    """
    text, origin = _read(NEW_STATES)
    states = {}
    for number, (state, predecessor, since) in tsv_rows(text, origin, 3):
        if not (re.fullmatch(r"[A-Z]{3}", state) and re.fullmatch(r"[A-Z]{3}", predecessor)):
            raise DataFileError(origin, number, "state and predecessor must be ISO-3 codes")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
            raise DataFileError(origin, number, f"bad date {since!r}; write YYYY-MM-DD")
        states[state] = (predecessor, since)
    return states


def code_on(code: str, date: str | None) -> str:
    """``code`` as of ``date``: a state that did not exist yet is its predecessor ("SSDCVL" in 1998 is
    "SDNCVL"; see new_states.tsv); a code without a date is left as it is."""
    found = load_new_states().get(code[:3]) if date else None
    if found is None or date[:10] >= found[1]:
        return code
    return found[0] + code[3:]


def placeable_group_code(code: str, states: Collection[str] | None = None) -> str:
    """An armed group's code with a world-region prefix made countryless: the Phoenix files code
    the IRA "WEUREB" and the RUF "WAFREB", but an event is coded by the country the group fights
    in, which the sentence or article places (``---REB`` in Sierra Leone becomes ``SLEREB``).
    Given the known ``states``, so are prefixes that name none: a religion (Aum Shinrikyo
    "BUDREB") or a slip of the Phoenix files (the FDLR and the FMLN "KKLREB", the coder's initials)."""
    prefix = code[:3]
    if prefix not in REGION_PREFIXES and (states is None or prefix in states or prefix in NON_STATE_PREFIXES):
        return code
    return "---" + (code[3:] or "REB")


def modernise(entries: list[Entry], generated: bool = False) -> list[Entry]:
    """The entries with every role coded by current states only (:func:`modern_code`).

    ``generated`` entries come from the Phoenix files, whose group codes may carry a prefix
    naming no state (see :func:`placeable_group_code`); hand-written ones are trusted.
    """
    successors = load_code_names_tsv(*_read(SUCCESSOR_CODES))
    code_names, sector_names = load_name_tables()
    countries = {code for code in code_names if len(code) == 3 and code not in sector_names}
    modern = []
    for entry in entries:
        roles = tuple(replace(r, code=modern_code(r.code, successors, countries)) for r in entry.roles)
        if entry.kind == "group":
            roles = tuple(replace(r, code=placeable_group_code(r.code, countries if generated else None))
                          for r in roles)
        modern.append(entry if roles == entry.roles else replace(entry, roles=roles))
    return modern


def load_packaged() -> Lexicon:
    """Build the lexicon from the packaged files (generated first, hand-written facts override)."""
    lexicon = Lexicon()
    generated = modernise(load_entries_tsv(*_read(GENERATED_ACTORS)), generated=True)
    for entry in generated:
        lexicon.add_entry(entry, override=False)
        # The generated file is lower case but for acronyms that are also English words.
        lexicon.capitals.update(name_key(n) for n in entry.names if n.isupper() and " " not in n)
    current = modernise(load_entries_tsv(*_read(CURRENT_ACTORS)))
    for entry in current:
        lexicon.add_entry(entry, override=True)
    lexicon.absorb_aliases(generated, current)
    for name in (GENERATED_AGENTS, EXTRA_AGENTS):
        for phrase, code in load_agents_tsv(*_read(name)):
            lexicon.add_agent(phrase, code)
    code_names, sector_names = load_name_tables()
    lexicon.code_names.update(code_names)
    lexicon.sector_names.update(sector_names)
    lexicon.classes = load_word_classes_tsv(*_read(WORD_CLASSES_FILE))
    logger.info("actor lexicon: %d names, %d agent phrases", len(lexicon.names), len(lexicon.agents))
    return lexicon


def load_user_file(lexicon: Lexicon, path: Path) -> None:
    """Add a user's PETRARCH ``.actors``/``.agents`` file or detente TSV to ``lexicon``."""
    origin = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(origin, None, f"cannot read actor dictionary ({exc})") from None
    if path.suffix == ".agents" or path.name.endswith(".agents.txt"):
        for phrase, code in load_petrarch_agents(text, origin):
            lexicon.add_agent(phrase, code)
    elif path.suffix == ".tsv":
        for entry in load_entries_tsv(text, origin):
            lexicon.add_entry(entry, override=True)
    else:
        for entry in load_petrarch_actors(text, origin):
            lexicon.add_entry(entry, override=True)
