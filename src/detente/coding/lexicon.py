"""Verb and noun pattern lexicons: loading, validation and lookup.

The lexicon is data (``detente/data/verbs/*.tsv``), loaded once and validated
with :class:`~detente.errors.DataFileError` naming file and line. Five tables:

``verbs``     lemma [+ particle/preposition] [+ object keywords] [+ target preposition] → CAMEO code
``nouns``     event noun after a support verb ("launched an attack on") → CAMEO code
``meta``      verbs that take a complement clause ("agreed to", "urged … to") → a kind
``derive``    kind × complement code → the derived code ("threaten" × 19 → 138)
``judgements`` "called the move unjustified": judging word → code (111, 051, …)
``consequences`` "will pay a price", "will take measures if": a consequence promised → a threat (13x)
``classes``   named word lists ("&relief") that the object column of a verb table may use

PETRARCH-format verb dictionaries (``CAMEO.2.0.txt`` style) are read by
:func:`read_petrarch_verbs` and become ordinary ``verbs`` entries.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente import codes
from detente.errors import DataFileError
from detente.records import Trait

logger = logging.getLogger(__name__)

DATA_PACKAGE = "detente.data.verbs"
CORE_VERB_FILES = ("core.tsv", "breadth.tsv")
NOUN_FILE = "nouns.tsv"
META_FILE = "meta.tsv"
DERIVE_FILE = "derive.tsv"
JUDGEMENT_FILE = "judgements.tsv"
CONTEXT_FILE = "context.tsv"
CONSEQUENCE_FILE = "consequences.tsv"
CLASS_FILE = "classes.tsv"
CLASS_COLUMNS = ("class", "words")

VERB_COLUMNS = ("verb", "particle", "object", "prep", "code", "flags")
NOUN_COLUMNS = ("noun", "modifier", "verbs", "prep", "code", "flags")
META_COLUMNS = ("verb", "particle", "kind", "flags")
DERIVE_COLUMNS = ("kind", "complement", "code")
JUDGEMENT_COLUMNS = ("word", "code")
CONTEXT_COLUMNS = ("word", "domain")
CONSEQUENCE_COLUMNS = ("verb", "words", "polarity", "threatened", "code")
THREATENED_ROLES = frozenset({"subject", "target"})
CONTEXT_DOMAINS = frozenset({"sport", "sport-hint", "mishap", "crime"})
JUDGING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "deem", "declare", "consider", "dub", "hold",
                           "find"})

# forces: the clause subject must be armed forces or their machines ("troops left Estonia", "jets flew over")
FLAGS = frozenset({"sym", "rev", "nominal", "speech", "forces"})
META_KINDS = frozenset({"intent", "appeal", "demand", "threaten", "refuse", "deny", "speech",
                        "allege", "plan", "want", "order", "attempt", "cease"})
# a meta flag names its own row family in derive.tsv, tried before the kind's
META_FLAGS = frozenset({"accord", "invitation"})
_WORD = re.compile(r"^[a-z][a-z'\-]*( [a-z][a-z'\-]*)*$")


@dataclass(frozen=True)
class VerbEntry:
    """One verb pattern.

    Attributes:
        verb: Verb lemma, lower case.
        particle: A particle or preposition that must depend on the verb ("" = none).
        objects: Keywords one of which must head (or modify) the object noun.
        prep: Prepositions whose object is the target ("" = the direct object).
        code: CAMEO event code.
        symmetric: "A and B met" codes both directions.
        reverse: The grammatical subject is the target ("received aid from X").
        rule: Identifier ``file:line verb+particle+object``.
        forces: The pattern holds only with armed forces or war machines as subject.
    """

    verb: str
    particle: str
    objects: frozenset[str]
    prep: frozenset[str]
    code: str
    symmetric: bool = False
    reverse: bool = False
    rule: str = ""
    forces: bool = False

    @property
    def specificity(self) -> int:
        """How much of the clause the pattern pins down (higher wins)."""
        return 2 * bool(self.objects) + bool(self.particle) + bool(self.prep)

    @property
    def bare(self) -> bool:
        """The pattern names the verb alone (no particle, object or preposition)."""
        return not (self.particle or self.objects or self.prep)

    @property
    def traits(self) -> Trait:
        """What an act matched by this pattern is (see :class:`detente.records.Trait`)."""
        return Trait.AGREEMENT if self.verb in WORD_SETS["agreeing_words"] else Trait(0)


@dataclass(frozen=True)
class NounEntry:
    """An event noun usable after a support verb or as a nominal event."""

    noun: str
    modifiers: frozenset[str]
    verbs: frozenset[str]
    prep: frozenset[str]
    code: str
    symmetric: bool = False
    nominal: bool = False
    rule: str = ""

    @property
    def bare(self) -> bool:
        """The entry names the noun alone (no modifier)."""
        return not self.modifiers

    @property
    def traits(self) -> Trait:
        """What an act told by this noun is (see :class:`detente.records.Trait`)."""
        return Trait.AGREEMENT if self.noun in WORD_SETS["agreeing_words"] else Trait(0)


@dataclass(frozen=True)
class MetaEntry:
    """A verb whose complement clause carries the act ("pledged to withdraw")."""

    verb: str
    particle: str
    kind: str
    rule: str = ""
    flags: frozenset[str] = frozenset()

    @property
    def traits(self) -> Trait:
        """What an act composed by this verb is (see :class:`detente.records.Trait`)."""
        return Trait.COMPOSED | (Trait.AGREEMENT if self.verb in WORD_SETS["agreeing_words"] else Trait(0))


@dataclass(frozen=True)
class ConsequenceEntry:
    """A consequence whose promise is a threat ("Pakistan will pay a price", "will take measures if")."""

    verb: str
    words: frozenset[str]
    negated: bool
    subject_threatened: bool
    code: str
    rule: str = ""


@dataclass
class Lexicon:
    """All pattern tables, indexed for lookup by lemma."""

    verbs: dict[str, list[VerbEntry]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[NounEntry]] = field(default_factory=lambda: defaultdict(list))
    light_verbs: set[str] = field(default_factory=set)
    meta: dict[str, list[MetaEntry]] = field(default_factory=lambda: defaultdict(list))
    derive: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    judgements: dict[str, tuple[str, str]] = field(default_factory=dict)
    consequences: dict[str, list[ConsequenceEntry]] = field(default_factory=lambda: defaultdict(list))
    sport_words: frozenset[str] = frozenset()
    # words of sport that are common in politics too ("the Arab League", "human rights defenders", "the
    # rainy season"): they make a sentence sport only beside another sport word
    sport_hints: frozenset[str] = frozenset()
    # accidents and disasters: never the doer of an act ("victims killed by the crash")
    mishap_words: frozenset[str] = frozenset()
    # ordinary crime: an arrest of unnamed suspects for it is police work, not a political event
    crime_words: frozenset[str] = frozenset()

    def add_verbs(self, entries: Iterable[VerbEntry]) -> None:
        """Index verb entries, most specific first within each lemma."""
        touched = set()
        for entry in entries:
            self.verbs[entry.verb].append(entry)
            touched.add(entry.verb)
        for verb in touched:
            self.verbs[verb].sort(key=lambda e: -e.specificity)

    def derived_code(self, kind: str, complement: str | None) -> str | None:
        """Code for a ``kind`` meta-verb whose complement was coded ``complement``.

        The longest matching complement prefix wins; ``*`` matches anything
        (also a complement that carries no code).
        """
        best: tuple[int, str] | None = None
        for prefix, code in self.derive.get(kind, ()):
            if prefix == "*":
                length = 0
            elif complement and complement.startswith(prefix):
                length = len(prefix)
            else:
                continue
            if best is None or length > best[0]:
                best = (length, code)
        return best[1] if best else None


def _split_words(value: str) -> frozenset[str]:
    value = value.strip()
    if value in ("", "-"):
        return frozenset()
    return frozenset(part.strip().lower() for part in value.split("|") if part.strip())


def _field(value: str) -> str:
    value = value.strip().lower()
    return "" if value == "-" else value


def _check_code(code: str, origin: str, number: int) -> str:
    if not codes.is_valid(code):
        raise DataFileError(origin, number, f"{code!r} is not a CAMEO event code in the code table; "
                                            "use a code listed in detente/data/cameo_codes.tsv")
    return code


def _check_flags(value: str, origin: str, number: int) -> set[str]:
    flags = set(_split_words(value))
    unknown = flags - FLAGS
    if unknown:
        raise DataFileError(origin, number, f"unknown flag(s) {sorted(unknown)}; allowed: {sorted(FLAGS)}")
    return flags


def _check_words(words: Iterable[str], origin: str, number: int, what: str) -> None:
    for word in words:
        if not _WORD.match(word):
            raise DataFileError(origin, number, f"{what} {word!r} must be lower-case words "
                                                "(letters, apostrophe, hyphen), alternatives separated by '|'")


def _rows(text: str, origin: str, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, fields) of a TSV table after checking its header."""
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if not header_seen:
            if tuple(f.strip().lower() for f in fields) != columns:
                raise DataFileError(origin, number, f"header must be the tab-separated columns {'|'.join(columns)}")
            header_seen = True
            continue
        if len(fields) > len(columns):
            raise DataFileError(origin, number, f"expected at most {len(columns)} tab-separated fields "
                                                f"({', '.join(columns)}), found {len(fields)}")
        fields += [""] * (len(columns) - len(fields))
        yield number, fields
    if not header_seen:
        raise DataFileError(origin, None, f"no header line; the first line must be {'<TAB>'.join(columns)}")


def parse_verb_table(text: str, origin: str) -> list[VerbEntry]:
    """Parse a ``verbs`` TSV table.

    Raises:
        DataFileError: On a malformed line (file and line named).
    """
    entries = []
    name = origin.rsplit("/", 1)[-1]
    seen: dict[tuple, int] = {}
    for number, (verb, particle, objects, prep, code, flags) in _rows(text, origin, VERB_COLUMNS):
        verb, particle = _field(verb), _field(particle)
        if not verb:
            raise DataFileError(origin, number, "the verb column is empty; give a verb lemma")
        object_set, prep_set = _expand_classes(_split_words(objects), origin, number), _split_words(prep)
        _check_words([verb], origin, number, "verb")
        _check_words(object_set | prep_set | ({particle} if particle else set()), origin, number, "word")
        flag_set = _check_flags(flags, origin, number)
        code = _check_code(code.strip(), origin, number)
        key = (verb, particle, object_set, prep_set)
        if key in seen:
            raise DataFileError(origin, number, f"same pattern as line {seen[key]}; merge the two lines "
                                                "(one pattern, one code)")
        seen[key] = number
        # the rule names a class as written ("fly+&relief+to"), not its forty words
        label = "+".join(filter(None, [verb, particle, "|".join(sorted(_split_words(objects)))[:40],
                                       "|".join(sorted(prep_set))]))
        entries.append(VerbEntry(verb, particle, object_set, prep_set, code, "sym" in flag_set,
                                 "rev" in flag_set, f"verbs/{name}:{number} {label}", "forces" in flag_set))
    return entries


def parse_class_table(text: str, origin: str) -> dict[str, frozenset[str]]:
    """Parse the ``classes`` table: a name and the words it stands for in object columns ("&relief")."""
    classes: dict[str, frozenset[str]] = {}
    for number, (name, words) in _rows(text, origin, CLASS_COLUMNS):
        name = _field(name)
        if not re.fullmatch(r"[a-z][a-z_]*", name):
            raise DataFileError(origin, number, f"class name {name!r} must be lower-case letters and '_'")
        if name in classes:
            raise DataFileError(origin, number, f"class {name!r} is defined twice; merge the two lines")
        members = _split_words(words)
        if not members:
            raise DataFileError(origin, number, f"class {name!r} lists no words")
        _check_words(members, origin, number, "word")
        classes[name] = members
    return classes


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """The packaged word classes that verb tables may name as ``&class`` in their object column."""
    return parse_class_table(*_read_packaged(CLASS_FILE))


def _expand_classes(words: frozenset[str], origin: str, number: int) -> frozenset[str]:
    """Replace each ``&class`` among object keywords by the class's words."""
    if not any(w.startswith("&") for w in words):
        return words
    classes = word_classes()
    expanded = set()
    for word in words:
        if not word.startswith("&"):
            expanded.add(word)
        elif word[1:] in classes:
            expanded |= classes[word[1:]]
        else:
            raise DataFileError(origin, number, f"unknown word class {word!r}; the classes are "
                                                f"{', '.join('&' + c for c in sorted(classes))} "
                                                f"(detente/data/verbs/{CLASS_FILE})")
    return frozenset(expanded)


def parse_noun_table(text: str, origin: str) -> tuple[list[NounEntry], set[str]]:
    """Parse the ``nouns`` table; rows with code ``LIGHT`` list support verbs."""
    entries, light = [], set()
    name = origin.rsplit("/", 1)[-1]
    for number, (noun, modifier, verbs, prep, code, flags) in _rows(text, origin, NOUN_COLUMNS):
        noun = _field(noun)
        if not noun:
            raise DataFileError(origin, number, "the noun column is empty")
        if code.strip().upper() == "LIGHT":
            _check_words([noun], origin, number, "support verb")
            light.add(noun)
            continue
        modifiers, verb_set, prep_set = _split_words(modifier), _split_words(verbs), _split_words(prep)
        _check_words({noun} | modifiers | (verb_set - {"*"}) | prep_set, origin, number, "word")
        flag_set = _check_flags(flags, origin, number)
        if "forces" in flag_set:
            raise DataFileError(origin, number, "flag 'forces' constrains a verb's subject; use it in verb tables")
        code = _check_code(code.strip(), origin, number)
        label = "+".join(filter(None, ["|".join(sorted(modifiers)), noun]))
        entries.append(NounEntry(noun, modifiers, verb_set, prep_set, code, "sym" in flag_set,
                                 "nominal" in flag_set, f"verbs/{name}:{number} {label}"))
    return entries, light


def parse_meta_table(text: str, origin: str) -> list[MetaEntry]:
    """Parse the ``meta`` table (verbs taking a complement clause)."""
    entries = []
    name = origin.rsplit("/", 1)[-1]
    for number, (verb, particle, kind, flags) in _rows(text, origin, META_COLUMNS):
        verb, particle, kind = _field(verb), _field(particle), _field(kind)
        _check_words([verb] + ([particle] if particle else []), origin, number, "word")
        if kind not in META_KINDS:
            raise DataFileError(origin, number, f"unknown kind {kind!r}; use one of {sorted(META_KINDS)}")
        flag_set = _split_words(flags)
        if flag_set - META_FLAGS:
            raise DataFileError(origin, number, f"unknown flag(s) {sorted(flag_set - META_FLAGS)}; "
                                                f"use one of {sorted(META_FLAGS)} or '-'")
        label = f"{verb}+{particle}" if particle else verb
        entries.append(MetaEntry(verb, particle, kind, f"verbs/{name}:{number} {label}", flag_set))
    return entries


def parse_derive_table(text: str, origin: str) -> dict[str, list[tuple[str, str]]]:
    """Parse the ``derive`` table: kind, complement code prefix (or ``*``), derived code."""
    table: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for number, (kind, complement, code) in _rows(text, origin, DERIVE_COLUMNS):
        kind, complement = _field(kind), complement.strip()
        if kind not in META_KINDS | META_FLAGS:
            raise DataFileError(origin, number,
                                f"unknown kind {kind!r}; use one of {sorted(META_KINDS | META_FLAGS)}")
        if complement != "*" and not (complement.isdigit() and 2 <= len(complement) <= 4):
            raise DataFileError(origin, number, f"complement {complement!r} must be a code prefix (2-4 digits) or '*'")
        table[kind].append((complement, _check_code(code.strip(), origin, number)))
    return table


def parse_judgement_table(text: str, origin: str) -> dict[str, tuple[str, str]]:
    """Parse the ``judgements`` table: judging word → (code, rule id)."""
    table = {}
    name = origin.rsplit("/", 1)[-1]
    for number, (word, code) in _rows(text, origin, JUDGEMENT_COLUMNS):
        word = _field(word)
        _check_words([word], origin, number, "word")
        table[word] = (_check_code(code.strip(), origin, number), f"verbs/{name}:{number} judged {word}")
    return table


def parse_consequence_table(text: str, origin: str) -> list[ConsequenceEntry]:
    """Parse the ``consequences`` table.

    Raises:
        DataFileError: On a malformed line (file and line named).
    """
    entries = []
    name = origin.rsplit("/", 1)[-1]
    for number, (verb, words, polarity, threatened, code) in _rows(text, origin, CONSEQUENCE_COLUMNS):
        verbs, word_set = _split_words(verb), _split_words(words)
        polarity, threatened = _field(polarity), _field(threatened)
        _check_words([*verbs, *word_set], origin, number, "verb or word")
        if not verbs or not word_set:
            raise DataFileError(origin, number, "verb and words must each list at least one lemma")
        if polarity not in ("positive", "negated"):
            raise DataFileError(origin, number, f"polarity {polarity!r} must be 'positive' or 'negated'")
        if threatened not in THREATENED_ROLES:
            raise DataFileError(origin, number, f"threatened {threatened!r} must be one of {sorted(THREATENED_ROLES)}")
        code = _check_code(code.strip(), origin, number)
        entries.extend(ConsequenceEntry(lemma, word_set, polarity == "negated", threatened == "subject", code,
                                        f"verbs/{name}:{number} {lemma} {'|'.join(sorted(word_set))}")
                       for lemma in sorted(verbs))
    return entries


def parse_context_table(text: str, origin: str) -> dict[str, frozenset[str]]:
    """Parse the ``context`` table: word → domain (``sport``), returned as domain → words."""
    table: dict[str, set[str]] = defaultdict(set)
    for number, (word, domain) in _rows(text, origin, CONTEXT_COLUMNS):
        word, domain = _field(word), _field(domain)
        _check_words([word], origin, number, "word")
        if domain not in CONTEXT_DOMAINS:
            raise DataFileError(origin, number, f"unknown domain {domain!r}; use one of {sorted(CONTEXT_DOMAINS)}")
        table[domain].add(word)
    return {domain: frozenset(words) for domain, words in table.items()}


# --- PETRARCH verb dictionaries ------------------------------------------------------------

_PARTICLES = frozenset({"up", "out", "off", "down", "back", "away", "over", "in", "on", "forward", "through"})
_PETR_CODE = re.compile(r"\[([^\]]*)\]")
_SYNSET_LINE = re.compile(r"^&([A-Z_]+)\s*$")


def _petr_code(raw: str) -> str | None:
    """First code of a PETRARCH ``[code]`` / ``[code:code]`` field, None for ``---`` or target-only."""
    primary = raw.split(":", 1)[0].strip()
    if not primary or primary.startswith("-") or not primary.isdigit():
        return None
    return primary if codes.is_valid(primary) else None


def _petr_word(word: str) -> str:
    return word.strip("{}()_+").replace("_", " ").lower()


def read_petrarch_verbs(text: str, origin: str) -> list[VerbEntry]:
    """Convert a PETRARCH verb dictionary into verb entries.

    Handles synonym sets (``&NAME`` with ``+WORD`` members), verb blocks
    (``--- NAME [code] ---`` followed by verb lines with optional ``[code]``) and
    patterns ``- * [PARTICLE] OBJECT... (PREP ...) [code]``. Patterns with words
    before ``*`` (actor-side constraints) or PETRARCH-only markers are skipped:
    they have no equivalent in a dependency parse.

    Raises:
        DataFileError: When the text has no verb block at all.
    """
    name = origin.rsplit("/", 1)[-1]
    synsets: dict[str, set[str]] = defaultdict(set)
    current_set: str | None = None
    block_verbs: list[tuple[str, str | None]] = []
    block_code: str | None = None
    entries: list[VerbEntry] = []
    skipped = 0
    blocks = 0

    def emit(verb: str, particle: str, objects: frozenset[str], prep: frozenset[str], code: str, number: int) -> None:
        label = "+".join(filter(None, [verb, particle, "|".join(sorted(objects))[:40], "|".join(sorted(prep))]))
        entries.append(VerbEntry(verb, particle, objects, prep, code, rule=f"verbs/{name}:{number} {label}"))

    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        match = _SYNSET_LINE.match(line.strip())
        if match:
            current_set = match.group(1)
            continue
        if line.startswith("+") and current_set and not block_verbs and blocks == 0:
            synsets[current_set].add(_petr_word(line[1:]))
            continue
        if line.startswith("---"):
            blocks += 1
            current_set = None
            found = _PETR_CODE.search(line)
            block_code = _petr_code(found.group(1)) if found else None
            block_verbs = []
            continue
        if blocks == 0:
            continue
        if line.startswith("-"):
            body = line[1:].strip()
            found = _PETR_CODE.search(body)
            code = _petr_code(found.group(1)) if found else block_code
            body = _PETR_CODE.sub("", body).strip()
            if code is None or not body.startswith("*") or any(c in body for c in "$^%=<>"):
                skipped += 1
                continue
            words = body[1:].replace("(", " ( ").replace(")", " ) ").split()
            particle, objects, prep, depth, first_prep = "", set(), set(), 0, None
            head_words: list[str] = []
            for word in words:
                if word == "(":
                    depth += 1
                    continue
                if word == ")":
                    depth -= 1
                    continue
                if depth == 0:
                    head_words.append(word)
                elif first_prep is None:
                    first_prep = _petr_word(word)
            if head_words and _petr_word(head_words[0]) in _PARTICLES and len(head_words) > 1:
                particle = _petr_word(head_words.pop(0))
            if head_words:
                last = head_words[-1]
                if last.startswith("&"):
                    members = synsets.get(last.lstrip("&").rstrip("_"), set())
                else:
                    members = {_petr_word(last)}
                objects = {m.split()[-1] for m in members if m}
            elif first_prep:
                prep = {first_prep}
            if not objects and not prep:
                skipped += 1
                continue
            for verb, _ in block_verbs:
                emit(verb, particle, frozenset(objects), frozenset(prep), code, number)
            continue
        # a verb line: WORD {FORMS} [code]
        found = _PETR_CODE.search(line)
        verb_code = _petr_code(found.group(1)) if found else None
        word = _PETR_CODE.sub("", line).split("{", 1)[0].strip()
        if not word or word.startswith("+") and word.endswith("}"):
            continue
        lemma = _petr_word(word.lstrip("+"))
        if " " in lemma:
            head, _, rest = lemma.partition(" ")
            if rest in _PARTICLES or rest in ("with", "to", "for", "against", "on", "at", "into"):
                code = verb_code or block_code
                if code:
                    emit(head, rest, frozenset(), frozenset(), code, number)
            continue
        block_verbs.append((lemma, verb_code))
        code = verb_code or block_code
        if code:
            emit(lemma, "", frozenset(), frozenset(), code, number)
    if blocks == 0:
        raise DataFileError(origin, None, "no verb blocks ('--- NAME [code] ---') found; "
                                          "is this a PETRARCH verb dictionary?")
    logger.debug("%s: %d PETRARCH patterns converted, %d skipped", origin, len(entries), skipped)
    return entries


def load_verb_file(path: Path) -> list[VerbEntry]:
    """Read a user verb file: ``.tsv`` in detente's format, anything else as PETRARCH.

    Raises:
        DataFileError: The file is missing or malformed.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read verb file ({exc.strerror}); check the path") from None
    if str(path).endswith(".tsv"):
        return parse_verb_table(text, str(path))
    return read_petrarch_verbs(text, str(path))


def _read_packaged(name: str) -> tuple[str, str]:
    source = resources.files(DATA_PACKAGE).joinpath(name)
    return source.read_text(encoding="utf-8"), f"detente/data/verbs/{name}"


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """Return the packaged lexicon (loaded and validated once)."""
    lexicon = Lexicon()
    for name in CORE_VERB_FILES:
        lexicon.add_verbs(parse_verb_table(*_read_packaged(name)))
    nouns, light = parse_noun_table(*_read_packaged(NOUN_FILE))
    for entry in nouns:
        lexicon.nouns[entry.noun].append(entry)
    for noun_entries in lexicon.nouns.values():
        noun_entries.sort(key=lambda e: -len(e.modifiers))
    lexicon.light_verbs = light
    for entry in parse_meta_table(*_read_packaged(META_FILE)):
        lexicon.meta[entry.verb].append(entry)
    lexicon.derive = parse_derive_table(*_read_packaged(DERIVE_FILE))
    lexicon.judgements = parse_judgement_table(*_read_packaged(JUDGEMENT_FILE))
    for entry in parse_consequence_table(*_read_packaged(CONSEQUENCE_FILE)):
        lexicon.consequences[entry.verb].append(entry)
    context = parse_context_table(*_read_packaged(CONTEXT_FILE))
    lexicon.sport_words = context.get("sport", frozenset())
    lexicon.sport_hints = context.get("sport-hint", frozenset())
    lexicon.mishap_words = context.get("mishap", frozenset())
    lexicon.crime_words = context.get("crime", frozenset())
    logger.info("verb lexicon: %d verb lemmas, %d event nouns, %d meta-verbs",
                len(lexicon.verbs), len(lexicon.nouns), len(lexicon.meta))
    return lexicon


def extended_lexicon(extra: Iterable[Path]) -> Lexicon:
    """Return a copy of the packaged lexicon with extra verb files added."""
    base = default_lexicon()
    lexicon = Lexicon()
    lexicon.add_verbs(e for entries in base.verbs.values() for e in entries)
    lexicon.nouns = base.nouns
    lexicon.light_verbs = base.light_verbs
    lexicon.meta = base.meta
    lexicon.derive = base.derive
    lexicon.judgements = base.judgements
    lexicon.consequences = base.consequences
    lexicon.sport_words = base.sport_words
    lexicon.sport_hints = base.sport_hints
    lexicon.mishap_words = base.mishap_words
    lexicon.crime_words = base.crime_words
    for path in extra:
        lexicon.add_verbs(load_verb_file(path))
    return lexicon


WORD_SET_FILE = "word_sets.tsv"
# the word lists the coding rules read by name ("protester nouns", "killing lemmas"): data, validated once
WORD_SETS: dict[str, frozenset[str]] = parse_class_table(*_read_packaged(WORD_SET_FILE))
