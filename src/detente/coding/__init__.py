"""Coding: a parsed article → CAMEO-coded mentions with modality and evidence.

``Coder.default().code_doc(doc, article)`` walks the sentences of a spaCy ``Doc``
(whose offsets are the article's), lets :mod:`detente.coding.extract` find the
acts, resolves their source and target heads to actors (names first, then the
article's coreference chain) and fills in every :class:`~detente.records.Mention`
field: codes from :mod:`detente.codes`, modality, location, confidence and the
rule that fired.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from detente import codes
from detente.coding.extract import Act, ClauseCoder
from detente.coding.lexicon import Lexicon, default_lexicon, extended_lexicon
from detente.coding.places import PLACE_LABELS, find_place, gazetteer
from detente.records import ActorRef, Article, Mention

from detente.actors import actor_name

logger = logging.getLogger(__name__)

__all__ = ["Coder"]

# roots whose act is aimed at the place where it happens ("shelled targets in Jericho", "lifted the
# curfew in Montenegro"); talks, statements and signings in Geneva are no act towards Switzerland
PLACE_TARGET_ROOTS = frozenset({"07", "08", "09", "13", "14", "15", "16", "17", "18", "19", "20"})
# symmetric acts coded both ways even when one side is the grammatical object ("met with", "clashed with")
RECIPROCAL_ROOTS = frozenset({"04", "05", "19"})
# acts with no explicit target that CAMEO codes as domestic (protests, curfews, bans, easing them)
DOMESTIC_CODES = ("14", "172", "175", "081", "082", "083")
# nouns that stand for the people in their "of" phrase
GROUP_HEADS = frozenset({"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                         "dozen", "dozens", "score", "scores", "group", "number", "crowd", "crowds", "some",
                         "many", "most", "all", "majority", "handful", "batch", "contingent", "unit",
                         "member", "members"})
# prepositions through which an actor inside a phrase is a party ("sanctions on sales to Iran")
INSIDE_PREPS = frozenset({"of", "to", "for", "with", "against", "on", "from", "between", "toward", "towards",
                          "into", "over", "by"})
FALLBACK_PREPS = ("to", "for", "against", "with", "on", "into", "toward", "towards", "at", "over", "from")
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
SKIP_DEPS = frozenset({"compound", "amod", "poss", "det", "nummod"})


class _Resolved:
    """An actor for a head token and how it was found."""

    __slots__ = ("ref", "coref", "head")

    def __init__(self, ref: ActorRef, coref: bool, head: Token) -> None:
        self.ref, self.coref, self.head = ref, coref, head


class _SentenceActors:
    """Resolves head tokens of one article, in text order, feeding the coreference chain."""

    def __init__(self, resolver, coref, date: str | None) -> None:
        self.resolver, self.coref, self.date = resolver, coref, date
        self.cache: dict[int, _Resolved | None] = {}

    def observe_sentence(self, sent: Span) -> None:
        for token in sent:
            if token.pos_ in NOMINAL_POS and token.dep_ not in SKIP_DEPS:
                self.get(token)

    def get(self, head: Token) -> _Resolved | None:
        if head.i in self.cache:
            return self.cache[head.i]
        ref = self.resolver.resolve(head, self.date)
        found = None
        if ref is None and head.lemma_.lower() in GROUP_HEADS:
            # "Thousands of Nigerians", "a group of Moroccan diplomats": the group is its members
            members = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            if members:
                found = self.get(members[0])
                self.cache[head.i] = found
                return found
        if ref is not None:
            found = _Resolved(ref, False, head)
            self.coref.observe(ref, head)
        elif head.pos_ != "PRON" and (modifier := self.modifier_actor(head)) is not None:
            # "his Lithuanian counterpart", "the Azerbaijani republic": the modifier names the actor
            found = modifier
        else:
            ref = self.coref.resolve_anaphor(head)
            if ref is not None:
                found = _Resolved(ref, True, head)
        self.cache[head.i] = found
        return found

    def place_actor(self, head: Token) -> _Resolved | None:
        """A named place the actor lexicon lacks ("the town of Uvira") as its country."""
        if head.ent_type_ not in PLACE_LABELS or head.pos_ != "PROPN":
            return None
        span = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        location = gazetteer().lookup(span.text) if span is not None else None
        if location is None or not location.country:
            return None
        code = location.country
        return _Resolved(ActorRef(code, actor_name(code), span.text, span.start_char, span.end_char), True, head)

    def modifier_actor(self, head: Token) -> _Resolved | None:
        """An actor named by the compound/adjective modifiers of a noun the resolver did not know."""
        mods = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
        if not mods:
            return None
        first, last = min(m.left_edge.i for m in mods), max(m.i for m in mods)
        doc = head.doc
        # longest sub-span first: "Security Council draft" → "Security Council"
        for length in range(min(4, last - first + 1), 0, -1):
            for start in range(first, last - length + 2):
                span = doc[start:start + length]
                if span[0].is_punct or span[-1].is_punct:
                    continue
                ref = self.resolver.resolve_text(span.text, self.date)
                if ref is not None:
                    return _Resolved(ActorRef(ref.code, ref.name, span.text, span.start_char, span.end_char),
                                     False, span[-1])
        return None

    def inside(self, head: Token, max_depth: int = 5) -> _Resolved | None:
        """The first actor inside a non-actor phrase: "Haiti's efforts", "embargoes on sales to Iran"."""
        frontier = [head]
        for _ in range(max_depth):
            nxt = []
            for node in frontier:
                for child in node.children:
                    if child.pos_ == "PRON":
                        continue  # "his counterpart": the pronoun is the other side
                    if child.dep_ == "prep" and child.lower_ not in INSIDE_PREPS:
                        continue  # "an agreement in Washington": places are not parties
                    if child.dep_ in ("poss", "pobj", "prep", "compound", "amod", "appos", "conj", "nmod"):
                        if child.pos_ in NOMINAL_POS or child.dep_ in ("amod", "compound"):
                            resolved = self.get(child) if child.dep_ not in ("amod", "compound") else None
                            if resolved is None and child.dep_ in ("amod", "compound", "poss"):
                                ref = self.resolver.resolve_text(child.text, self.date)
                                if ref is not None:
                                    ref = ActorRef(ref.code, ref.name, child.text, child.idx, child.idx + len(child.text))
                                    resolved = _Resolved(ref, False, child)
                            if resolved is None and child.dep_ == "pobj":
                                resolved = self.place_actor(child)
                            if resolved is not None:
                                return resolved
                        nxt.append(child)
            frontier = nxt
        return None

    def expand(self, heads: Sequence[Token], *, deep: bool = False) -> list[_Resolved]:
        """Resolve heads and their conjuncts ("Russia and China"), dropping unresolvable ones.

        With ``deep``, an unresolvable head is searched for an actor inside its phrase.
        """
        found: list[_Resolved] = []
        seen: set[tuple[str, int | None]] = set()
        for head in heads:
            group = [head] + [c for c in head.conjuncts if c.i > head.i]
            if head.tag_ in ("NNS", "NNPS"):
                # "the presidents of Kenya and Tanzania": one role, several countries
                group += [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj" for c in o.conjuncts if c.i > o.i]
            for appos in head.children:
                # "The US, Russia, and Switzerland met": a list the parser hung on an apposition
                if appos.dep_ == "appos" and any(c.dep_ == "conj" for c in appos.children):
                    group += [appos] + [c for c in appos.conjuncts if c.i > appos.i]
            for token in group:
                resolved = self.get(token)
                extra: list[_Resolved] = []
                if resolved is None and deep:
                    resolved = self.place_actor(token) or self.inside(token)
                    if resolved is not None:
                        # "aid for Romania and Poland": the inner actor's conjuncts count too
                        resolved = _Resolved(resolved.ref, True, resolved.head)
                        extra = [r for c in resolved.head.conjuncts if c.i > resolved.head.i
                                 if (r := self.get(c)) is not None]
                for item in [resolved, *extra]:
                    if item is not None and (item.ref.code, item.ref.start) not in seen:
                        seen.add((item.ref.code, item.ref.start))
                        found.append(item)
            # "Senior Hungarian and Romanian officials": conjoined nationality adjectives
            for mod in head.children:
                if mod.dep_ in ("amod", "compound") and any(c.dep_ == "conj" for c in mod.children):
                    for conj in [mod] + list(mod.conjuncts):
                        ref = self.resolver.resolve_text(conj.text, self.date)
                        if ref is not None and ref.code[:3] not in {f.ref.code[:3] for f in found}:
                            ref = ActorRef(ref.code, ref.name, conj.text, conj.idx, conj.idx + len(conj.text))
                            found.append(_Resolved(ref, False, conj))
        return found


class Coder:
    """CAMEO event coder over spaCy parses.

    Build it with :meth:`default` (packaged lexicons, cached) or :meth:`with_extra`.
    """

    def __init__(self, lexicon: Lexicon, resolver) -> None:
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
        from detente.actors import ActorResolver

        verb_paths = [Path(p) for p in verbs]
        actor_paths = [Path(p) for p in actors]
        lexicon = extended_lexicon(verb_paths) if verb_paths else default_lexicon()
        resolver = ActorResolver.with_extra(actor_paths) if actor_paths else ActorResolver.default()
        return cls(lexicon, resolver)

    def code_doc(self, doc: Doc, article: Article) -> list[Mention]:
        """Code every sentence of ``doc`` (the parse of ``article.text``).

        Returns:
            Mentions in text order; negated and hypothetical ones are included and flagged.
        """
        from detente.actors import ArticleCoref

        date = article.published[:10] if article.published else None
        actors = _SentenceActors(self.resolver, ArticleCoref(self.resolver, date), date)
        mentions: list[Mention] = []
        for index, sent in enumerate(doc.sents):
            acts = self.clauses.code_sentence(sent)
            if not acts:
                if self.resolver.could_mention_actor([t.lower_ for t in sent]):
                    actors.observe_sentence(sent)
                continue
            actors.observe_sentence(sent)
            for act in acts:
                mentions.extend(self._mentions(act, sent, index, article, actors, date))
        return mentions

    def _mentions(self, act: Act, sent: Span, index: int, article: Article,
                  actors: _SentenceActors, date: str | None) -> list[Mention]:
        sources = actors.expand(act.sources)
        if not sources:
            return []
        targets = actors.expand(act.targets, deep=True)
        indirect = False
        if not targets:
            targets = actors.expand(_fallback_targets(act.anchor, act.sources), deep=True)
            indirect = bool(targets)
        place = find_place(sent, act.anchor)
        location = place[0] if place else None
        place_target = indirect
        in_clause = place is not None and (place[2] <= 1 or act.anchor.is_ancestor(place[1].root))
        if not targets and act.root in PLACE_TARGET_ROOTS and place is not None and place[0].country \
                and in_clause:
            # "shelled targets in Jericho": the place stands for its country
            span = place[1]
            ref = self.resolver.resolve_text(span.text, date)
            code = ref.code if ref is not None else place[0].country
            targets = [_Resolved(ActorRef(code, actor_name(code), span.text, span.start_char, span.end_char),
                                 False, act.anchor)]
            place_target = True
        implied = not targets and any(act.code.startswith(prefix) for prefix in DOMESTIC_CODES)
        if location is not None and location.country:
            # "insurgents bombarded Aleppo", "a police convoy in Khyber Pakhtunkhwa": an actor known only
            # by its role takes the country where the act happened
            sources = [_placed(r, location.country) for r in sources]
            targets = [_placed(r, location.country) for r in targets]
        pairs: list[tuple[_Resolved, _Resolved | None, float]] = []
        if act.symmetric and len(sources) > 1 and (not targets or indirect or place_target):
            pairs = [(a, b, 0.0) for a in sources for b in sources if a is not b]
        elif implied:
            # CAMEO codes protest, curfews, bans and the like as aimed at the actors' own country
            # (protest at its government)
            pairs = [(source, _domestic(source, act.root), 0.0) for source in sources]
        else:
            for source in sources:
                for target in targets or [None]:
                    pairs.append((source, target, 0.0))
                    if act.symmetric and target is not None and not indirect and act.root in RECIPROCAL_ROOTS:
                        pairs.append((target, source, 0.05))
        first, last = min(act.trigger), max(act.trigger)
        doc = sent.doc
        verb_start = doc[first].idx
        verb_end = doc[last].idx + len(doc[last].text)
        out = []
        seen = set()
        for source, target, extra_penalty in pairs:
            if target is not None and target.ref.code == source.ref.code:
                continue
            key = (source.ref.code, target.ref.code if target else None)
            if key in seen:
                continue
            seen.add(key)
            confidence = self._confidence(act, source, target, place_target, sent) - extra_penalty - 0.2 * implied
            event_code = self.clauses._unconventional(act, source.ref.code, target.ref.code if target else None)
            entry = codes.lookup(event_code)
            out.append(Mention(
                doc_id=article.id, sentence_index=index, sentence=sent.text, sentence_start=sent.start_char,
                source=source.ref, target=target.ref if target else None,
                event_code=event_code, root_code=event_code[:2], quad_class=entry.quad_class,
                goldstein=entry.goldstein, plover_type=entry.plover_type, plover_mode=entry.plover_mode,
                negated=act.modality.negated, hypothetical=act.modality.hypothetical,
                date=date, location=location, confidence=max(0.05, min(0.99, confidence)),
                rule=act.rule + (f" [{act.modality.reason}]" if act.modality.reason else ""),
                verb_text=doc.text[verb_start:verb_end], verb_start=verb_start, verb_end=verb_end,
            ))
        return out

    @staticmethod
    def _confidence(act: Act, source: _Resolved, target: _Resolved | None, place_target: bool,
                    sent: Span) -> float:
        """A 0-1 score: direct, name-resolved subject-verb-object is best."""
        score = 0.92 - act.penalty
        if source.coref:
            score -= 0.2
        if source.ref.code.startswith("---"):
            score -= 0.15  # a role without a country ("militants") is a weak source
        if target is not None and target.ref.code.startswith("---"):
            score -= 0.1
        if target is None:
            score -= 0.25
        elif target.coref:
            score -= 0.1
        if place_target:
            score -= 0.2
        distance = abs(source.head.i - act.anchor.i)
        if distance > 8:
            score -= min(0.15, 0.02 * (distance - 8))
        if len(sent) > 45:
            score -= 0.05
        return score


def _domestic(source: _Resolved, root: str) -> _Resolved | None:
    """The implied target of a domestic act: the source's own country (its government for protest)."""
    country = source.ref.country
    if not country.isalpha() or country in ("IGO", "NGO", "IMG", "MNC"):
        return None
    code = country + "GOV" if root == "14" else country
    return _Resolved(ActorRef(code, actor_name(code), ""), False, source.head)


def _placed(resolved: _Resolved, country: str) -> _Resolved:
    """``---COP`` in Pakistan becomes ``PAKCOP`` (flagged as inferred, like coreference)."""
    ref = resolved.ref
    if not ref.code.startswith("---"):
        return resolved
    code = country + ref.code[3:]
    return _Resolved(ActorRef(code, actor_name(code), ref.text, ref.start, ref.end), True, resolved.head)


def _fallback_targets(anchor: Token, sources: Sequence[Token]) -> list[Token]:
    """Prepositional objects of the trigger that may name the target when no pattern slot did."""
    found = []
    holders = [anchor] + [c for c in anchor.children if c.dep_ in ("dobj", "xcomp")]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in FALLBACK_PREPS:
                found.extend(g for g in child.children if g.dep_ == "pobj" and g not in sources)
        if holder != anchor and holder.dep_ == "dobj" and holder not in sources:
            found.append(holder)
    return found


@lru_cache(maxsize=1)
def _default_coder() -> Coder:
    from detente.actors import ActorResolver

    return Coder(default_lexicon(), ActorResolver.default())
