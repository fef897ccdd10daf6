"""Split article text into marked-up pieces: evidence sentences, actor and verb spans.

Both the article page and the evidence snippets on event pages use this: the
coded spans may overlap (two events in one sentence), so the text is cut at every
span boundary and each piece carries the set of roles that cover it. Templates
then print one ``<span class="...">`` per piece — flat markup, no nesting errors.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from detente.records import PARAGRAPH_SEPARATOR

logger = logging.getLogger(__name__)


@dataclass
class Piece:
    """A run of text covered by the same set of marks.

    Attributes:
        text: The characters.
        classes: CSS classes (``ev``, ``q3``, ``neg``, ``hyp``, ``src``, ``tgt``, ``verb``).
        mentions: Indexes (into the caller's mention list) of the events covering the run.
        anchors: Fragment ids starting here: ``m-<index>`` per mention, ``s-<n>`` per sentence.
        sentences: Sentence numbers of the evidence sentences covering the run.
    """

    text: str
    classes: set[str] = field(default_factory=set)
    mentions: list[int] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)

    @property
    def css(self) -> str:
        """The classes as one sorted attribute value."""
        return " ".join(sorted(self.classes))


@dataclass
class _Span:
    start: int
    end: int
    classes: tuple[str, ...]
    mention: int
    sentence: int | None = None


def _checked(text: str, start: int | None, end: int | None, expected: str, base: int) -> tuple[int, int] | None:
    """Return ``(start, end)`` relative to ``text`` if the offsets really point at ``expected``.

    Offsets from older coders may be off; a wrong highlight is worse than none.
    """
    if start is None or end is None:
        return None
    local_start, local_end = start - base, end - base
    if 0 <= local_start < local_end <= len(text) and (
            not expected or text[local_start:local_end] == expected):
        return local_start, local_end
    return None


def mention_spans(mention: Mapping[str, Any], index: int, text: str, base: int = 0) -> list[_Span]:
    """Every marked span of one mention within ``text`` (which starts at offset ``base``).

    Args:
        mention: A mention in its public JSON shape (:meth:`Mention.to_dict`).
        index: Its position in the caller's list (the ``m-<index>`` anchor).
        text: The text being marked (the article, or the sentence alone).
        base: Offset of ``text`` in the article.
    """
    evidence = mention["evidence"]
    flags = tuple(flag for flag, key in (("neg", "negated"), ("hyp", "hypothetical")) if mention.get(key))
    spans: list[_Span] = []
    sentence = _checked(text, evidence["sentence_start"], evidence["sentence_end"], mention["sentence"], base)
    if sentence:
        spans.append(_Span(*sentence, ("ev", f"q{mention['quad_class']}", *flags), index,
                           mention["sentence_index"]))
    for role, key in (("src", "source"), ("tgt", "target")):
        actor = mention.get(key)
        if actor:
            found = _checked(text, actor.get("start"), actor.get("end"), actor.get("text") or "", base)
            if found:
                spans.append(_Span(*found, (role,), index))
    verb = _checked(text, evidence.get("verb_start"), evidence.get("verb_end"), evidence.get("verb") or "", base)
    if verb:
        spans.append(_Span(*verb, ("verb",), index))
    return spans


def pieces(text: str, spans: Iterable[_Span]) -> list[Piece]:
    """Cut ``text`` at every span boundary; each piece lists the classes covering it."""
    spans = list(spans)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts_at: dict[int, list[_Span]] = {}
    for span in spans:
        if "ev" in span.classes:
            starts_at.setdefault(span.start, []).append(span)
    out: list[Piece] = []
    for left, right in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= left and right <= s.end]
        piece = Piece(text[left:right])
        for span in covering:
            piece.classes.update(span.classes)
            if span.mention not in piece.mentions:
                piece.mentions.append(span.mention)
            if span.sentence is not None and span.sentence not in piece.sentences:
                piece.sentences.append(span.sentence)
        starting = starts_at.get(left, [])
        piece.anchors = sorted({f"s-{s.sentence}" for s in starting}) + [f"m-{s.mention}" for s in starting]
        out.append(piece)
    return out


def article_paragraphs(text: str, mentions: Sequence[Mapping[str, Any]]) -> list[list[Piece]]:
    """Return the article as paragraphs of pieces with every mention marked.

    Args:
        text: :attr:`Article.text` (paragraphs joined by a blank line).
        mentions: The article's mentions (JSON shape); their list index is the ``m-<n>`` anchor.
    """
    spans = [span for index, mention in enumerate(mentions) for span in mention_spans(mention, index, text)]
    paragraphs: list[list[Piece]] = [[]]
    for piece in pieces(text, spans):
        chunks = piece.text.split(PARAGRAPH_SEPARATOR)
        for number, chunk in enumerate(chunks):
            if number:
                paragraphs.append([])
            if chunk:
                paragraphs[-1].append(Piece(chunk, set(piece.classes), list(piece.mentions),
                                            piece.anchors if number == 0 else [], list(piece.sentences)))
    return [paragraph for paragraph in paragraphs if paragraph]


def sentence_pieces(mention: Mapping[str, Any]) -> list[Piece]:
    """Return the evidence sentence of one mention (JSON shape) with actor and verb spans marked."""
    spans = [s for s in mention_spans(mention, 0, mention["sentence"], mention["evidence"]["sentence_start"])
             if "ev" not in s.classes]
    return pieces(mention["sentence"], spans)
