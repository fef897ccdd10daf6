"""Fast local coding engine: parse only the sentences that can hold an event, on several processes.

A full spaCy parse of every sentence is the dominant cost of coding, and some
sentences of a news article (markets, weather, background) cannot produce an event.
For each article this engine

1. tokenizes the text and splits it into sentences with a rule-based splitter
   (punctuation and paragraph breaks: no statistical model);
2. keeps a sentence when it can yield a mention: it contains a lexicon trigger
   (any word one of whose possible lemmas is a verb, meta-verb or event noun of the
   coder's lexicon) and an actor word, or an anaphor (pronoun or
   definite description) after the article's first actor; a sentence with an actor
   word is also kept when a later kept sentence carries an anaphor, so coreference
   sees every antecedent it could use;
3. parses each run of consecutive kept sentences as one text with the pipeline
   minus the entity recognizer (``nlp.pipe`` over all runs of a batch of articles);
4. labels entities only on the parsed sentences in which the coder's clause stage
   finds an act — where places, time phrases and people are read from entities: by
   default from the parse and the actor lexicon (:class:`ParseEntities`), or, with
   ``entities="model"``, with spaCy's recognizer (which has its own tok2vec);
5. copies the parses and entities into the article's own tokenized
   :class:`~spacy.tokens.Doc`, whose text and offsets are exactly
   :attr:`Article.text` — skipped sentences become flat, unlabelled trees so the
   sentence numbering still covers the whole article — and hands it to
   :meth:`Coder.code_doc`.

Batches of articles go to worker processes (forked from a process that has loaded
the pipeline and coder where that is safe, else spawned and loading them once
each) with a bounded number of batches in flight, so memory stays flat however
long the input is; the caller (e.g. the ``detente code`` loop storing results)
runs in the main process and consumes results in input order. Inputs too small
to repay starting workers are coded in-process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from detente.errors import ConfigError
from detente.nlp.name_people import person_label
from detente.records import Article, CodedArticle

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from detente.coding import Coder

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 16
# Below this many articles, starting worker processes (each loads the model) costs more than it saves.
MIN_PARALLEL_ARTICLES = 48
# Batches queued per worker: enough to keep workers busy while the caller stores results.
IN_FLIGHT_PER_WORKER = 2
# Word-keyed caches are cleared when they reach this size, so memory stays flat on any corpus.
CACHE_LIMIT = 100_000
# A worker is replaced after this many batches (~3,000 articles): whatever a long run leaves
# behind in a process (allocator fragmentation, library caches) is returned to the system.
TASKS_PER_WORKER = 200

class ActorWords:
    """Cheap exact test: could a sentence's words contain a key of the actor lexicon?

    The resolver resolves a noun phrase only through a lexicon key: a name (which must
    be written like a name: some capital letter, and stop-word names such as "IS" in
    capitals) or a sector word ("police", "foreign minister"). This test looks for such
    keys over the tokens' name parts, applying the same case rules, so a sentence it
    rejects cannot name an actor.

    Args:
        names: Name keys (tuples of name parts) of the actor lexicon.
        agents: Sector-word keys.
        split: How the resolver cuts a token into name parts.
        caps_only: Single-part names that count only when written in capitals.
    """

    def __init__(self, names: Iterable[tuple[str, ...]], agents: Iterable[tuple[str, ...]],
                 split: Callable[[str], list[str]], caps_only: Iterable[str] = ()) -> None:
        self.names = frozenset(names)
        self.agents = frozenset(agents)
        self.prefixes = frozenset(key[:n] for key in self.names | self.agents for n in range(1, len(key) + 1))
        self.caps_only = frozenset(caps_only)
        self.split = split
        self._parts: dict[str, list[str]] = {}

    def __call__(self, words: Sequence[str]) -> bool:
        """True when ``words`` (as written) hold a name or sector-word key."""
        units: list[str] = []
        owners: list[str] = []
        for word in words:
            found = self._parts.get(word)
            if found is None:
                found = self.split(word)
                if len(self._parts) >= CACHE_LIMIT:
                    self._parts.clear()
                self._parts[word] = found
            units.extend(found)
            owners.extend([word] * len(found))
        for start in range(len(units)):
            end = start + 1
            while end <= len(units):
                run = tuple(units[start:end])
                if run not in self.prefixes:
                    break
                if run in self.agents or run in self.names and self._looks_like_name(run, owners[start:end]):
                    return True
                end += 1
        return False

    def _looks_like_name(self, run: tuple[str, ...], words: Sequence[str]) -> bool:
        if len(run) == 1 and run[0] in self.caps_only:
            return words[0].isupper()
        return any(not w.islower() for w in words)


class SentenceFilter:
    """Decides, from tokens alone, which sentences of an article need a parse.

    Args:
        could_mention_actor: Test on a sentence's words as written: could they name an actor?
        verbs: Verb lemmas that can start a coded event (verb patterns and meta-verbs).
        nouns: Event-noun lemmas (nominal events, light-verb objects).
        anaphors: Words (forms or noun lemmas) that can refer back to an earlier actor.
        lemma_tables: spaCy rule-lemmatizer tables ``{"lemma_rules", "lemma_exc"}``, used to
            list the lemmas a surface form can have as a verb and as a noun.
        extra_lemmas: Lemmas the attribute ruler assigns to particular forms.
        quoted_denial: Test on a sentence's words: could it be a quoted denial ("'Nobody touched the gate,' ...")?
    """

    def __init__(
        self,
        could_mention_actor: Callable[[Sequence[str]], bool],
        verbs: frozenset[str],
        nouns: frozenset[str],
        anaphors: frozenset[str] = frozenset(),
        lemma_tables: dict[str, Any] | None = None,
        extra_lemmas: dict[str, set[str]] | None = None,
        quoted_denial: Callable[[Sequence[str]], bool] | None = None,
    ) -> None:
        self.could_mention_actor = could_mention_actor
        self.quoted_denial = quoted_denial
        self.verbs = verbs
        self.nouns = nouns
        self.anaphors = anaphors
        tables = lemma_tables or {}
        self._rules = tables.get("lemma_rules") or {}
        self._exc = tables.get("lemma_exc") or {}
        self._extra = extra_lemmas or {}
        self._kinds: dict[str, tuple[bool, bool]] = {}

    def lemmas(self, form: str, pos: str) -> set[str]:
        """Every lemma the pipeline could give ``form`` (lower case) tagged ``pos`` (verb or noun).

        A superset of what spaCy's rule lemmatizer picks: the form itself, its exceptions
        and every suffix rule's result, plus what the attribute ruler assigns.
        """
        found = {form}
        found.update(self._extra.get(form, ()))
        found.update((self._exc.get(pos) or {}).get(form, ()))
        for old, new in self._rules.get(pos) or ():
            if form.endswith(old) and len(form) > len(old):
                found.add(form[: len(form) - len(old)] + new)
        return found

    def kind(self, form: str) -> tuple[bool, bool]:
        """(can trigger an event, can be an anaphor) for ``form`` (cached per form)."""
        known = self._kinds.get(form)
        if known is None:
            nouns = self.lemmas(form, "noun")
            trigger = not self.verbs.isdisjoint(self.lemmas(form, "verb")) or not self.nouns.isdisjoint(nouns)
            known = (trigger, not self.anaphors.isdisjoint(nouns))
            if len(self._kinds) >= CACHE_LIMIT:
                self._kinds.clear()
            self._kinds[form] = known
        return known

    def select(self, sentences: Sequence[Sequence[str]]) -> list[bool]:
        """Return, per sentence (its words as written), whether it must be parsed."""
        actor = [self.could_mention_actor(words) for words in sentences]
        # "Jeremiah Manele signed ..." then "Manele said ...": a name word of an earlier actor
        # sentence may name the same actor again
        names: set[str] = set()
        for i, words in enumerate(sentences):
            if actor[i]:
                names |= _name_words(words)
            elif (words and words[0] in names) or not names.isdisjoint(words[1:]):
                actor[i] = True
        kinds = [[self.kind(w.lower()) for w in words] for words in sentences]
        trigger = [any(k[0] for k in row) for row in kinds]
        anaphor = [any(k[1] for k in row) for row in kinds]
        keep = [False] * len(sentences)
        seen_actor = False
        for i in range(len(sentences)):
            keep[i] = trigger[i] and (actor[i] or (anaphor[i] and seen_actor))
            if seen_actor and self.quoted_denial is not None and self.quoted_denial(sentences[i]):
                # "'Nobody touched the gate. ...,' the minister said": a denial with neither trigger nor
                # actor, and the attribution after it that names the speaker
                keep[i] = True
                if i + 1 < len(sentences):
                    actor[i + 1] = True
            seen_actor = seen_actor or actor[i]
        # An actor sentence stays when a later kept sentence may refer back to it.
        anaphor_later = False
        for i in range(len(sentences) - 1, -1, -1):
            if actor[i] and anaphor_later:
                keep[i] = True
            anaphor_later = anaphor_later or (keep[i] and anaphor[i])
        return keep


def _name_words(words: Sequence[str]) -> set[str]:
    """The surnames of multi-word capitalised names: "Manele" of "Jeremiah Manele", "Lee" of
    "Lee Jae-myung" (a hyphenated given name follows the family name)."""
    found: set[str] = set()
    run: list[str] = []
    for word in (*words, ""):
        if len(word) > 1 and word[:1].isupper() and not word.isupper() and word not in CALENDAR_WORDS:
            run.append(word)
            continue
        if word == "-" and run:
            found.add(run[-2] if len(run) > 1 else run[-1])  # "Lee" of "Lee Jae-myung"
        elif len(run) > 1 and len(run[-1]) > 2:
            found.add(run[-1])
        run = []
    return found


CALENDAR_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                            "January", "February", "March", "April", "May", "June", "July", "August",
                            "September", "October", "November", "December"})


@lru_cache(maxsize=1)
def _terminal_punct() -> frozenset[str]:
    from spacy.pipeline import Sentencizer

    return frozenset(Sentencizer.default_punct_chars)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of sentences: at paragraph breaks and after terminal punctuation.

    Deliberately conservative, since a wrong split can separate a skipped part from a
    parsed part while a missed split costs nothing (the parser splits inside a parsed
    run itself): no split before a lower-case word, nor after a period that closes a
    short capitalised word the tokenizer left unattached ("Lt.", "J."). Whitespace
    tokens stay with the sentence before them.
    """
    punct = _terminal_punct()
    bounds: list[tuple[int, int]] = []
    start = 0
    seen_end = False
    for token in doc:
        text = token.text
        if token.is_space:
            if "\n" in text and token.i + 1 > start:
                bounds.append((start, token.i + 1))
                start = token.i + 1
                seen_end = False
            continue
        if seen_end and not token.is_punct and text not in punct:
            if not text[0].islower():
                bounds.append((start, token.i))
                start = token.i
            seen_end = False
        elif text in punct and not _abbreviation_period(token):
            seen_end = True
    if start < len(doc):
        bounds.append((start, len(doc)))
    return bounds


def _abbreviation_period(token: Token) -> bool:
    if token.text != "." or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    word = before.text
    return not before.whitespace_ and word.isalpha() and len(word) <= 3 and word[0].isupper()


def _runs(keep: Sequence[bool], bounds: Sequence[tuple[int, int]]) -> list[tuple[bool, list[tuple[int, int]]]]:
    """Group consecutive sentences with the same decision: [(parse?, [sentence bounds])]."""
    runs: list[tuple[bool, list[tuple[int, int]]]] = []
    for flag, bound in zip(keep, bounds):
        if runs and runs[-1][0] == flag:
            runs[-1][1].append(bound)
        else:
            runs.append((flag, [bound]))
    return runs


class FastCoder:
    """Per-process coding state: the pipeline, the coder and the sentence filter.

    Args:
        coder: The coder (default: the packaged one).
        prefilter: Parse only candidate sentences; False parses every sentence (same code path).
        nlp: The spaCy pipeline (default: :func:`detente.nlp.load_pipeline`).
        defer_entities: With ``entities="model"``, run the entity recognizer only on sentences in
            which the coder finds an act (see :meth:`_entity_ranges`); False runs it on every
            parsed sentence.
        entities: ``"parse"`` (default) labels the act sentences' entities from the parse, the
            gazetteer and the actor lexicon (:class:`ParseEntities`) and never runs the
            statistical recognizer, its largest cost; ``"model"`` runs spaCy's recognizer.
    """

    def __init__(self, coder: Coder | None = None, *, prefilter: bool = True, nlp: Language | None = None,
                 defer_entities: bool = True, entities: str = "parse") -> None:
        from detente.coding import Coder
        from detente.nlp import load_pipeline

        self.nlp = nlp or load_pipeline()
        self.coder = coder or Coder.default()
        self.prefilter = prefilter
        self.filter = build_filter(self.nlp, self.coder) if prefilter else None
        # The recognizer has its own tok2vec (no listener on the shared one), so it can run on
        # any part of a parsed text afterwards and give what it gives inside the full pipeline.
        if entities not in ("parse", "model"):
            raise ConfigError(f"entities={entities!r}: choose 'parse' or 'model'")
        self.parse_entities = ParseEntities(self.coder.resolver) if entities == "parse" else None
        has_recognizer = ENTITY_PIPE in self.nlp.pipe_names
        self.deferred = (ENTITY_PIPE,) if has_recognizer and (
            self.parse_entities is not None or defer_entities and _independent(self.nlp, ENTITY_PIPE)) else ()
        self.sentences_total = 0
        self.sentences_parsed = 0
        self.sentences_entities = 0

    def code(self, articles: Sequence[Article]) -> list[CodedArticle]:
        """Code a batch of articles (parses of the whole batch share one ``nlp.pipe``)."""
        # Strings interned while coding the batch are released after it (spaCy memory zone).
        # Zones must not overlap, so threads of one process (e.g. the HTTP server) take turns.
        with _ZONE_LOCK, self.nlp.memory_zone():
            results = self._code(articles)
        if "lemmatizer" in self.nlp.pipe_names:
            cache = getattr(self.nlp.get_pipe("lemmatizer"), "cache", None)
            if isinstance(cache, dict) and len(cache) >= CACHE_LIMIT:
                cache.clear()  # spaCy's rule-lemmatizer cache has no bound of its own
        return results

    def _code(self, articles: Sequence[Article]) -> list[CodedArticle]:
        nlp = self.nlp
        plans = []
        to_parse: list[Doc] = []
        for article in articles:
            doc = nlp.make_doc(article.text)
            bounds = _sentence_bounds(doc)
            if self.filter is None:
                keep = [True] * len(bounds)
            else:
                words = [[t.text for t in doc[s:e] if not t.is_space] for s, e in bounds]
                keep = self.filter.select(words)
            self.sentences_total += len(bounds)
            self.sentences_parsed += sum(keep)
            runs = _runs(keep, bounds)
            norms = None
            for parse, sentences in runs:
                if parse:
                    if norms is None:
                        norms = doc.to_array([NORM_ATTR]).reshape(-1, 1)
                    to_parse.append(_copy(doc, sentences[0][0], sentences[-1][1], norms))
            plans.append((article, doc, runs))
        parsed = list(nlp.pipe(to_parse, disable=self.deferred))
        # The clause stage runs once per parsed sentence: its answer picks the sentences that get
        # entities, and code_doc does not run it again on the sentences where it found no act.
        acts = [self._sentence_acts(piece) for piece in parsed] if self.deferred else [[]] * len(parsed)
        entities = iter(self._entities(parsed, acts))
        pieces, piece_acts = iter(parsed), iter(acts)
        results = []
        for article, doc, runs in plans:
            _annotate(doc, runs, pieces, entities)
            actless = {bounds[0][0] + start for parse, bounds in runs if parse
                       for start, _, found in next(piece_acts) if not found}
            sentences = [(sent.start_char, sent.end_char) for sent in doc.sents] if len(doc) else []
            results.append(CodedArticle(article, sentences, self.coder.code_doc(doc, article, actless)))
        return results

    def _entities(self, parsed: list[Doc], acts: list[list[tuple[int, int, bool]]]) -> list[Any]:
        """Entity columns (ENT_IOB, ENT_TYPE, ENT_KB_ID) for each parsed run (``acts``: its
        sentences, as :meth:`_sentence_acts` gives them)."""
        import numpy

        if not self.deferred:
            return [piece.to_array(list(_ENTITY_ATTRS)) for piece in parsed]
        columns = [numpy.zeros((len(piece), len(_ENTITY_ATTRS)), dtype="uint64") for piece in parsed]
        if self.parse_entities is not None:
            from spacy.tokens import Span

            for index, piece in enumerate(parsed):
                spans = []
                for start, end in self._entity_ranges(acts[index]):
                    for sent in piece[start:end].sents:
                        spans.extend(Span(piece, s, e, label=lab) for s, e, lab in self.parse_entities(sent))
                if spans:
                    piece.set_ents(spans, default="outside")
                    columns[index] = piece.to_array(list(_ENTITY_ATTRS))
            return columns
        parts: list[Doc] = []
        slots: list[tuple[int, int]] = []
        for index, piece in enumerate(parsed):
            ranges = self._entity_ranges(acts[index])
            if ranges:
                heads = piece.to_array([NORM_ATTR, SENT_START_ATTR])
                for start, end in ranges:
                    parts.append(_copy(piece, start, end, heads, (NORM_ATTR, SENT_START_ATTR)))
                    slots.append((index, start))
        for (index, start), part in zip(slots, self.nlp.get_pipe(ENTITY_PIPE).pipe(parts)):
            columns[index][start:start + len(part)] = part.to_array(list(_ENTITY_ATTRS))
        return columns

    def _sentence_acts(self, piece: Doc) -> list[tuple[int, int, bool]]:
        """(start, end, whether the coder's clause stage finds an act) for each sentence of
        ``piece`` (a parsed run, before it has entities)."""
        from detente.coding.parsecache import cached_parse

        with cached_parse(piece):  # what the clause stage reads of the run, read once for all its sentences
            return [(sent.start, sent.end, self.coder.has_act(sent)) for sent in piece.sents]

    def _entity_ranges(self, sentences: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
        """Token ranges of a parsed run whose sentences need entities.

        A sentence needs them when the coder's clause stage finds an act in it (places,
        time phrases and the people of an event are read from entities).
        """
        ranges: list[tuple[int, int]] = []
        for start, end, found in sentences:
            if not found:
                continue
            self.sentences_entities += 1
            if ranges and ranges[-1][1] == start:
                ranges[-1] = (ranges[-1][0], end)
            else:
                ranges.append((start, end))
        return ranges


_ZONE_LOCK = threading.Lock()
_engines: dict[tuple[int, bool], FastCoder] = {}


def local_engine(coder: Coder | None = None, *, prefilter: bool = True) -> FastCoder:
    """The in-process engine for ``coder`` (built once and reused: ``code_text`` per request)."""
    key = (id(coder) if coder is not None else 0, prefilter)
    engine = _engines.get(key)
    if engine is None or (coder is not None and engine.coder is not coder):
        if len(_engines) >= 4:
            _engines.clear()
        engine = _engines[key] = FastCoder(coder, prefilter=prefilter)
    return engine


ENTITY_PIPE = "ner"
_PARSE_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP")
_ENTITY_ATTRS = ("ENT_IOB", "ENT_TYPE", "ENT_KB_ID")
NORM_ATTR = "NORM"
SENT_START_ATTR = "SENT_START"


def _independent(nlp: Language, name: str) -> bool:
    """True when component ``name`` is in ``nlp`` and no other component listens to its tok2vec
    nor it to a shared one (so it can run later, on a part of a text)."""
    if name not in nlp.pipe_names:
        return False
    from spacy.pipeline.tok2vec import Tok2Vec

    for _, component in nlp.pipeline:
        if isinstance(component, Tok2Vec) and name in getattr(component, "listening_components", ()):
            return False
    return True


def _copy(doc: Doc, start: int, end: int, columns: Any, attrs: Sequence[str] = (NORM_ATTR,)) -> Doc:
    """A new Doc of ``doc[start:end]``'s tokens with the given per-token columns (``columns`` is
    ``doc.to_array(attrs)``): the tokenizer's norms ("n't" → "not") feed the models' features."""
    from spacy.tokens import Doc

    span = doc[start:end]
    copy = Doc(doc.vocab, words=[t.text for t in span], spaces=[bool(t.whitespace_) for t in span])
    copy.from_array(list(attrs), columns[start:end])
    return copy


def _annotate(doc: Doc, runs: Sequence[tuple[bool, list[tuple[int, int]]]], parsed: Iterator[Doc],
              entities: Iterator[Any]) -> None:
    """Copy the parses (and entity columns) of the parsed runs into the article's ``doc``;
    skipped sentences become flat trees (first token the root, the others attached to it as
    ``dep``) so that sentence boundaries, and so sentence numbering, cover the whole article."""
    import numpy
    from spacy.attrs import intify_attr

    attrs = [intify_attr(name) for name in _PARSE_ATTRS + _ENTITY_ATTRS]
    width = len(_PARSE_ATTRS)
    head_col, dep_col = _PARSE_ATTRS.index("HEAD"), _PARSE_ATTRS.index("DEP")
    array = numpy.zeros((len(doc), len(attrs)), dtype="uint64")
    root, attached = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    for parse, sentences in runs:
        start = sentences[0][0]
        if parse:
            piece = next(parsed)
            array[start:start + len(piece), :width] = piece.to_array(list(_PARSE_ATTRS))
            array[start:start + len(piece), width:] = next(entities)
            continue
        for first, end in sentences:
            # relative heads: every token points back to the sentence's first token
            array[first:end, head_col] = numpy.arange(0, first - end, -1, dtype="int64").astype("uint64")
            array[first:end, dep_col] = attached
            array[first, dep_col] = root
    doc.from_array(attrs, array)


def build_filter(nlp: Language, coder: Coder) -> SentenceFilter:
    """The sentence filter for ``coder``'s lexicons and ``nlp``'s lemmatizer.

    Every rule it relies on is read from the modules that apply it: verb, meta-verb and
    noun lemmas from the verb lexicon, name and sector-word keys from the actor lexicon,
    anaphor words from the coreference rules.
    """
    from detente.actors import coref
    from detente.actors.casing import CAPS_ONLY
    from detente.actors.data import parts
    from detente.coding.accusations import may_deny_in_quote
    from detente.coding.group_parties import PARTY_NOUNS
    from detente.coding.lexicon import JUDGING_VERBS

    lexicon = coder.lexicon
    actor_lexicon = coder.resolver.lexicon
    actor_words = ActorWords(actor_lexicon.names, actor_lexicon.agents, parts, CAPS_ONLY)
    # Light verbs code only with an event noun of the lexicon, which is a trigger itself.
    # Judging verbs ("branded the decision illegal") code through the judgement table.
    verbs = frozenset(lexicon.verbs) | frozenset(lexicon.meta) | JUDGING_VERBS
    anaphors = frozenset(
        word for group in (coref.PERSON_PRONOUNS, coref.GROUP_PRONOUNS, coref.THING_PRONOUNS,
                           coref.PERSON_TITLES, coref.INSTITUTIONS, coref.NON_STATE, coref.ORGANISATIONS,
                           coref.PAIR_PEOPLE, coref.DOCUMENT_NOUNS, PARTY_NOUNS)
        for phrase in group for word in phrase.replace("-", " ").split() if word != "of")
    tables = None
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        tables = {name: lookups.get_table(name) for name in ("lemma_rules", "lemma_exc")
                  if lookups.has_table(name)}
    extra: dict[str, set[str]] = {}
    if "attribute_ruler" in nlp.pipe_names:
        for rule in nlp.get_pipe("attribute_ruler").patterns:
            lemma = rule["attrs"].get("LEMMA")
            if not lemma:
                continue
            for pattern in rule["patterns"]:
                for token in pattern:
                    form = token.get("LOWER") or token.get("ORTH") or token.get("NORM")
                    forms = form.get("IN", ()) if isinstance(form, dict) else (form,)
                    for value in forms:
                        if isinstance(value, str):
                            extra.setdefault(value.lower(), set()).add(lemma.lower())
    return SentenceFilter(actor_words, verbs, frozenset(lexicon.nouns), anaphors, tables, extra, may_deny_in_quote)


# -- multi-process driver -------------------------------------------------------------------

_worker: FastCoder | None = None


def _init_worker(coder: Coder | None, prefilter: bool) -> None:
    global _worker
    _worker = FastCoder(coder, prefilter=prefilter)


def _adopt_engine(engine: FastCoder) -> None:
    """Initializer of a forked worker: the parent's engine, already loaded, is its own copy."""
    global _worker
    _worker = engine


def _start_method() -> str:
    """``fork`` where it is safe and available (Linux, no other thread that could hold a lock
    across the fork), so workers inherit the loaded pipeline; ``spawn`` elsewhere."""
    if sys.platform.startswith("linux") and threading.active_count() == 1 \
            and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _code_in_worker(articles: list[Article]) -> list[CodedArticle]:
    assert _worker is not None, "worker not initialised"
    return _worker.code(articles)


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(articles, size)):
        yield batch


def default_workers() -> int:
    """Worker processes by default: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def code_articles_fast(
    articles: Iterable[Article],
    *,
    workers: int | None = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    coder: Coder | None = None,
    prefilter: bool = True,
) -> Iterator[CodedArticle]:
    """Code articles with the sentence pre-filter, on ``workers`` processes, in input order.

    Args:
        articles: Articles, consumed lazily (at most ``workers × 2`` batches are read ahead).
        workers: Processes that parse and code (None or 0 = every available CPU; 1 = in-process).
        batch_size: Articles per task.
        coder: Coder to use (sent to each worker once; default: the packaged coder).
        prefilter: Parse only sentences that can hold an event (False parses every sentence).

    Yields:
        One :class:`CodedArticle` per article, in input order.
    """
    workers = workers or default_workers()
    stream = iter(articles)
    head = list(islice(stream, max(MIN_PARALLEL_ARTICLES, batch_size) if workers > 1 else batch_size))
    if workers <= 1 or len(head) < MIN_PARALLEL_ARTICLES:
        engine = local_engine(coder, prefilter=prefilter)
        for batch in _batches(chain(head, stream), batch_size):
            yield from engine.code(batch)
        return
    method = _start_method()
    if method == "fork":
        # Load once here; every worker starts with the loaded pipeline (pages shared copy-on-write).
        # Python refuses worker recycling with fork: memory zones and cache bounds keep workers flat.
        initializer, initargs, options = _adopt_engine, (local_engine(coder, prefilter=prefilter),), {}
    else:
        initializer, initargs = _init_worker, (coder, prefilter)
        options = {"max_tasks_per_child": TASKS_PER_WORKER} if sys.version_info >= (3, 11) else {}
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                               initializer=initializer, initargs=initargs, **options)
    pending: deque[Future[list[CodedArticle]]] = deque()
    try:
        for batch in _batches(chain(head, stream), batch_size):
            pending.append(pool.submit(_code_in_worker, batch))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                    "sep", "sept", "oct", "nov", "dec"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DATE_WORDS = frozenset({"today", "yesterday", "tomorrow", "week", "weekend", "month", "year", "decade",
                        "weeks", "months", "years", "days", "day", "century"}) | WEEKDAYS
TIME_WORDS = frozenset({"morning", "afternoon", "evening", "night", "tonight", "overnight", "dawn", "dusk",
                        "noon", "midnight", "hours", "hour", "minutes"})
NAME_LINKS = frozenset({"of", "the", "de", "al", "da", "del", "do", "dos", "das", "di", "el", "la", "van", "von"})
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                      "tenth", "last"})


class ParseEntities:
    """Entity labels read from the parse, the gazetteer and the actor lexicon (no statistical
    recognizer): the labels the coder reads — places (GPE), people (PERSON), nationalities (NORP),
    time phrases (DATE/TIME) and numbers (CARDINAL/ORDINAL)."""

    def __init__(self, resolver: Any) -> None:
        from detente.coding.gazetteer import gazetteer

        self.resolver = resolver
        self.places = gazetteer()
        self._names: dict[str, str | None] = {}

    def __call__(self, sent: Span) -> list[tuple[int, int, str]]:
        """(start, end, label) token spans for the sentence ``sent``."""
        found: list[tuple[int, int, str]] = []
        doc = sent.doc
        i = sent.start
        while i < sent.end:
            if _name_word(doc[i]):
                end = i + 1
                while end < sent.end:
                    if _name_word(doc[end]):
                        end += 1
                    elif doc[end].lower_ in NAME_LINKS and end + 1 < sent.end and _name_word(doc[end + 1]):
                        end += 2  # "Sea of Japan", "Lanao del Sur": a word alone inside it is no place
                    else:
                        break
                found.extend(self._name_spans(doc, i, end))
                i = end
                continue
            label = self._word_label(doc[i])
            if label:
                found.append((i, i + 1, label))
            i += 1
        return found

    def _name_spans(self, doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
        """Labels for a run of capitalised proper nouns: leading nationality and title words,
        dates ("Bashar Assad Tuesday") split off; the rest a place, a known actor or a person."""
        found: list[tuple[int, int, str]] = []
        titled = start > doc[start].sent.start and doc[start - 1].lower_ in _person_titles()
        i = start
        while i < end:
            lower = doc[i].lower_
            if lower in MONTHS or lower in WEEKDAYS:
                found.append((i, i + 1, "DATE"))
            elif lower in _person_titles():
                titled = True
            elif i + 1 < end and self._label(doc[i].text) == "NORP":
                found.append((i, i + 1, "NORP"))
            else:
                stop = next((j for j in range(i, end) if doc[j].lower_ in MONTHS or doc[j].lower_ in WEEKDAYS), end)
                label = self._label(doc[i:stop].text) or person_label(doc[i:stop], titled)
                if label:
                    found.append((i, stop, label))
                i = stop
                continue
            i += 1
        return found

    def _label(self, text: str) -> str | None:
        if text not in self._names:
            if len(self._names) >= CACHE_LIMIT:
                self._names.clear()
            self._names[text] = self._classify(text)
        return self._names[text]

    def _classify(self, text: str) -> str | None:
        if self.places.lookup(text) is not None:
            return "GPE"
        ref = self.resolver.resolve_text(text)
        if ref is None:
            return None
        if self.resolver.is_person(ref):
            return "PERSON"
        # a bare country code from a word that is not the country's name: "Syrian", "Iraqi"
        return "NORP" if len(ref.code) == 3 and " " not in text else "ORG"

    def _word_label(self, token: Token) -> str | None:
        lower = token.lower_
        if token.like_num:
            if len(lower) == 4 and lower.isdigit() and lower[:2] in ("19", "20"):
                return "DATE"
            return "CARDINAL"
        if lower in ORDINALS and token.pos_ == "ADJ":
            return "ORDINAL"
        if lower in DATE_WORDS or lower in MONTHS and token.text[:1].isupper():
            return "DATE"
        if lower in TIME_WORDS:
            return "TIME"
        if token.text[:1].isupper() and token.pos_ in ("ADJ", "NOUN") and token.is_alpha \
                and self._label(token.text) == "NORP":
            return "NORP"
        if token.text[:1].isupper() and token.pos_ in ("ADJ", "NOUN", "VERB") and token.is_alpha \
                and token.i > token.sent.start and _placed(token) and self.places.lookup(token.text) is not None:
            return "GPE"  # "in the northern Sagaing region": a place name the tagger took for a verb
        return None


def _placed(token: Token) -> bool:
    """Whether a word stands where a place name does: after a place preposition or a compass word, or
    before a region word ("near Sagaing", "the northern Sagaing region", "Sagaing province")."""
    from detente.coding.gazetteer import DIRECTIONS, REGION_WORDS

    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return before in ("in", "near", "at", "outside", "around") or before in DIRECTIONS or after in REGION_WORDS


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    from detente.actors.coref import PERSON_TITLES

    return frozenset(word for title in PERSON_TITLES for word in title.split()) | {
        "mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "sen", "senator", "rep", "gov", "governor",
        "mayor", "commander", "sheikh", "prince", "judge"}
