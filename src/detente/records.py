"""Typed records that cross stage boundaries.

Only these dataclasses travel between ``ingest``, ``coding``, ``store``,
``analysis``, ``export`` and ``server``; each stage is a plain function over them.
Character offsets always refer to :attr:`Article.text`.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

PARAGRAPH_SEPARATOR = "\n\n"


def content_hash(text: str) -> str:
    """Return the stable id of an article body: 16 hex digits of its SHA-256.

    Whitespace runs are collapsed first so that re-wrapped copies hash alike.
    """
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One news article, cleaned into paragraphs.

    Attributes:
        id: Caller-supplied id (e.g. a JSONL ``id``) or, by default, the content hash.
        paragraphs: Clean body paragraphs; :attr:`text` joins them with blank lines.
        published: ISO date ``YYYY-MM-DD`` (or full ISO timestamp) or None.
        source_path: File the article came from (``-`` for stdin).
        format: Reader that produced it (``crawler``, ``html``, ``jsonl``, ``csv``, ``text``).
        record: 1-based line/record number within ``source_path`` where relevant.
    """

    id: str
    paragraphs: list[str]
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    source_path: str | None = None
    format: str | None = None
    record: int | None = None

    @property
    def text(self) -> str:
        """The body text that all character offsets refer to."""
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @property
    def content_hash(self) -> str:
        """Hash of the body, used for idempotent storage."""
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict including the joined ``text``."""
        data = asdict(self)
        data["text"] = self.text
        data["content_hash"] = self.content_hash
        return data


@dataclass
class ActorRef:
    """An actor as coded: CAMEO actor code plus where it was found.

    Attributes:
        code: Full CAMEO actor code, e.g. ``RUSGOV``, ``IGOWSTNAT``, ``USA``.
        name: Readable name, e.g. ``Russia (government)``.
        text: The words in the article that named the actor.
        start: Character offset of ``text`` in the article (None if unknown).
        end: End offset (exclusive).
    """

    code: str
    name: str
    text: str
    start: int | None = None
    end: int | None = None

    @property
    def country(self) -> str:
        """First three letters of the code (ISO-3 for states, ``IGO`` for IGOs)."""
        return self.code[:3]

    @property
    def sector(self) -> str:
        """The role part of the code after the country, e.g. ``GOV`` (may be empty)."""
        return self.code[3:6]

    def to_dict(self) -> dict[str, Any]:
        """Return the ``{"code", "name", "text"}`` shape (with offsets)."""
        return {"code": self.code, "name": self.name, "text": self.text,
                "start": self.start, "end": self.end}


@dataclass
class Location:
    """Where an event took place."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


class Trait(enum.Flag):
    """How the coder reached an act or mention, for its own later passes (never exported; the ``rule``
    string is the human-readable trail of the same steps).

    Attributes:
        COMPOSED: A meta-verb ("pledged to", "urged ... to") carries the act of its complement.
        AGREEMENT: An agreeing entry ("agreed to", "an agreement") takes part.
        JUDGEMENT: A judging word ("called the move illegal") carries the act.
        DENIAL_OF: A denial (016) of a complement's act ("denied attacking the convoy").
        WITHHELD: A refusal told as the withheld event itself ("there will be no talks").
        QUOTED_DENIAL: A quoted categorical negation taken for a denial.
        DENIED: The act is what a denial says did not happen.
        REPORTED: The act is what a claim, report or accusation says (not asserted).
        GUESSED_TARGET: The target is the article's other party, guessed without a word naming it.
    """

    COMPOSED = enum.auto()
    AGREEMENT = enum.auto()
    JUDGEMENT = enum.auto()
    DENIAL_OF = enum.auto()
    WITHHELD = enum.auto()
    QUOTED_DENIAL = enum.auto()
    DENIED = enum.auto()
    REPORTED = enum.auto()
    GUESSED_TARGET = enum.auto()


# what an act built around another act keeps of its traits (the others name the outer act alone)
INHERITED_TRAITS = Trait.COMPOSED | Trait.AGREEMENT | Trait.JUDGEMENT | Trait.DENIAL_OF


@dataclass
class Mention:
    """One coded occurrence of an event in one sentence of one article.

    Attributes:
        doc_id: The article id.
        sentence_index: 0-based sentence number within the article.
        sentence: The sentence text.
        sentence_start: Offset of the sentence in the article text.
        event_code: CAMEO code as a string with leading zeros (``"042"``).
        root_code: Two-digit CAMEO root (``"04"``).
        quad_class: GDELT QuadClass 1–4.
        goldstein: GDELT Goldstein score of ``event_code``.
        plover_type: PLOVER event type (``CONSULT``) or None.
        plover_mode: PLOVER mode or None.
        negated: The text says the act did not / will not happen.
        hypothetical: Conditional, possible, proposed or future-in-doubt.
        date: ISO date of the event (article date unless the text says otherwise).
        confidence: 0–1, how sure the coder is.
        rule: Identifier of the lexicon entry or pattern that fired.
        verb_text / verb_start / verb_end: The trigger words and their offsets.
        event_id: Id of the stored event this mention counts towards (set by the store;
            None before storage and for negated or hypothetical mentions).
        traits: How the coder reached it (read by the coder's later passes; not stored or exported).
    """

    doc_id: str
    sentence_index: int
    sentence: str
    sentence_start: int
    source: ActorRef
    target: ActorRef | None
    event_code: str
    root_code: str
    quad_class: int
    goldstein: float
    plover_type: str | None = None
    plover_mode: str | None = None
    negated: bool = False
    hypothetical: bool = False
    date: str | None = None
    location: Location | None = None
    confidence: float = 0.5
    rule: str = ""
    verb_text: str = ""
    verb_start: int | None = None
    verb_end: int | None = None
    event_id: int | None = None
    traits: Trait = field(default=Trait(0), compare=False, repr=False)

    @property
    def is_factual(self) -> bool:
        """True when the event is neither negated nor hypothetical."""
        return not (self.negated or self.hypothetical)

    @property
    def sentence_end(self) -> int:
        """End offset of the sentence in the article text."""
        return self.sentence_start + len(self.sentence)

    def to_dict(self) -> dict[str, Any]:
        """Return the public JSON shape of a coded event (one JSONL line)."""
        return {
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "event_code": self.event_code,
            "root_code": self.root_code,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": {"type": self.plover_type, "mode": self.plover_mode},
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "confidence": round(self.confidence, 3),
            "evidence": {
                "sentence_start": self.sentence_start,
                "sentence_end": self.sentence_end,
                "verb": self.verb_text,
                "verb_start": self.verb_start,
                "verb_end": self.verb_end,
                "rule": self.rule,
            },
            "event_id": self.event_id,
        }


@dataclass
class Event:
    """A deduplicated event: the mentions of one (source, target, code, day).

    Counts are recomputed from the stored mentions, so they stay correct as more
    articles arrive.
    """

    id: int
    source_code: str
    target_code: str | None
    event_code: str
    root_code: str
    quad_class: int
    goldstein: float
    date: str | None
    plover_type: str | None = None
    plover_mode: str | None = None
    source_name: str | None = None
    target_name: str | None = None
    location: Location | None = None
    num_mentions: int = 0
    num_sources: int = 0
    num_articles: int = 0
    first_seen: str | None = None
    source_url: str | None = None
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        data = asdict(self)
        data["location"] = self.location.to_dict() if self.location else None
        return data


@dataclass
class DyadPeriod:
    """One period of a dyad time series."""

    period: str
    source: str
    target: str
    counts: dict[int, int]
    goldstein_sum: float
    goldstein_mean: float | None
    conflict_share: float | None
    top_codes: list[tuple[str, int]]

    @property
    def total(self) -> int:
        """All events in the period."""
        return sum(self.counts.values())

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict with QuadClass counts as ``q1``..``q4``."""
        return {
            "period": self.period, "source": self.source, "target": self.target,
            **{f"q{q}": self.counts.get(q, 0) for q in (1, 2, 3, 4)},
            "total": self.total, "goldstein_sum": round(self.goldstein_sum, 2),
            "goldstein_mean": None if self.goldstein_mean is None else round(self.goldstein_mean, 3),
            "conflict_share": None if self.conflict_share is None else round(self.conflict_share, 3),
            "top_codes": [list(item) for item in self.top_codes],
        }


@dataclass
class CodedArticle:
    """An article after coding: its sentence spans and its mentions.

    Attributes:
        article: The input article.
        sentences: ``(start, end)`` offsets in ``article.text`` of every sentence.
        mentions: Coded mentions, in text order.
    """

    article: Article
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
