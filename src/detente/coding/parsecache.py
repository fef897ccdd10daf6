"""What the coder reads from one parse again and again, read once per coding call.

The rules ask the same token for its children, the same verb for its clause roles and the same
sentence for its entities many times over, and spaCy builds new ``Token`` and ``Span`` objects
on every such read. While a doc is being coded (inside :func:`cached_parse`) its parse and
entities do not change, so these readers keep what they found in ``doc.user_data`` until the
call ends; outside such a call (tests, other callers) they read spaCy directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from spacy.tokens import Doc, Span, Token

CACHE_KEY = "detente.parse_cache"


class ParseCache:
    """Children by token index, sentence tokens by span bounds, results of per-token readers
    (clause roles, clause modality) and the doc's entities."""

    __slots__ = ("children", "entities", "results", "tokens")

    def __init__(self) -> None:
        self.children: dict[int, tuple[Token, ...]] = {}
        self.tokens: dict[tuple[int, int], tuple[Token, ...]] = {}
        self.results: dict[tuple[Any, ...], Any] = {}
        self.entities: tuple[Span, ...] | None = None


@contextmanager
def cached_parse(doc: Doc) -> Iterator[None]:
    """Within the block, the readers of this module remember what they read from ``doc``.

    The caller promises not to change the doc's parse or entities inside the block; the
    cache is dropped when it ends (a nested block shares the outer one's cache).
    """
    if CACHE_KEY in doc.user_data:
        yield
        return
    doc.user_data[CACHE_KEY] = ParseCache()
    try:
        yield
    finally:
        del doc.user_data[CACHE_KEY]


def children(token: Token) -> tuple[Token, ...]:
    """``token.children``, in spaCy's order."""
    cache = token.doc.user_data.get(CACHE_KEY)
    if cache is None:
        return tuple(token.children)
    found = cache.children.get(token.i)
    if found is None:
        found = cache.children[token.i] = tuple(token.children)
    return found


def tokens(span: Span) -> tuple[Token, ...]:
    """The tokens of ``span`` (a sentence the rules scan whole, again and again)."""
    cache = span.doc.user_data.get(CACHE_KEY)
    if cache is None:
        return tuple(span)
    key = (span.start, span.end)
    found = cache.tokens.get(key)
    if found is None:
        found = cache.tokens[key] = tuple(span)
    return found


def remembered(token: Token, read: Callable[[Token], Any]) -> Any:
    """``read(token)``, computed once per cached call; ``read`` must depend on nothing but the
    parse and entities, and its result must not be changed by its callers."""
    cache = token.doc.user_data.get(CACHE_KEY)
    if cache is None:
        return read(token)
    key = (read, token.i)
    found = cache.results.get(key)
    if found is None:
        found = cache.results[key] = read(token)
    return found


def doc_reading(doc: Doc, read: Callable[[Doc], Any]) -> Any:
    """``read(doc)``, computed once per cached call (the contract of :func:`remembered`)."""
    cache = doc.user_data.get(CACHE_KEY)
    if cache is None:
        return read(doc)
    key = (read, -1)  # no token has this index
    found = cache.results.get(key)
    if found is None:
        found = cache.results[key] = read(doc)
    return found


def span_reading(span: Span, read: Callable[..., Any], *args: Any) -> Any:
    """``read(span, *args)``, computed once per cached call (the contract of :func:`remembered`)."""
    cache = span.doc.user_data.get(CACHE_KEY)
    if cache is None:
        return read(span, *args)
    key = (read, span.start, span.end, *args)
    if key not in cache.results:
        cache.results[key] = read(span, *args)
    return cache.results[key]


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``."""
    cache = doc.user_data.get(CACHE_KEY)
    if cache is None:
        return doc.ents
    if cache.entities is None:
        cache.entities = doc.ents
    return cache.entities


def span_entities(span: Span) -> list[Span]:
    """``span.ents``: the doc's entities that lie wholly inside ``span``."""
    if CACHE_KEY not in span.doc.user_data:
        return list(span.ents)
    start, end = span.start, span.end
    found = []
    for ent in doc_entities(span.doc):
        if ent.start >= start:
            if ent.end > end:
                break
            found.append(ent)
    return found


def trimmed(sent: Span) -> Span:
    """The sentence without the paragraph-break whitespace the parser leaves at its edges."""
    start, end = sent.start, sent.end
    while start < end - 1 and sent.doc[start].is_space:
        start += 1
    while end - 1 > start and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[start:end]
