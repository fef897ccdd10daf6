"""Mentions → events: the Phoenix "one-a-day" rule, clustered across sources.

Every factual mention (neither negated nor hypothetical) belongs to exactly one
event, keyed by (source actor code, target actor code, event code, day). The
event's counts are computed from *all* of its stored mentions, so they stay live
as more articles arrive (GDELT freezes them at first sight; we do not).

Near-duplicate articles (syndicated copies, re-posts) are folded into their
original: a copy adds no article, no source and no mentions beyond what the
original already reported. These functions are pure; the store feeds them rows.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from detente.records import Location, Mention

logger = logging.getLogger(__name__)

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def event_day(date: str | None, fallback: str | None = None) -> str | None:
    """Return the ``YYYY-MM-DD`` day of an ISO date or timestamp (``fallback`` when there is none)."""
    if date and _DAY.match(date):
        return date[:10]
    return fallback[:10] if fallback and _DAY.match(fallback) else None


def event_key(mention: Mention, fallback_day: str) -> str | None:
    """Return the dedup key of a mention, or None when it must not form an event.

    Args:
        mention: A coded mention.
        fallback_day: Day used when neither the mention nor its article has a date
            (the day it was stored, as GDELT's DATEADDED).

    Returns:
        ``"SOURCE|TARGET|CODE|YYYY-MM-DD"`` (empty TARGET for one-actor events) for
        factual mentions; None for negated or hypothetical ones.
    """
    if not mention.is_factual:
        return None
    day = event_day(mention.date, fallback_day)
    target = mention.target.code if mention.target else ""
    return f"{mention.source.code}|{target}|{mention.event_code}|{day}"


def source_key(publisher: str | None, url: str | None, article_id: str) -> str:
    """Return what counts as one *source* for NumSources.

    The publisher name when known, else the host of the URL, else the article itself.
    """
    if publisher and publisher.strip():
        return "pub:" + " ".join(publisher.lower().split())
    if url:
        host = urlsplit(url).hostname or ""
        host = host.removeprefix("www.")
        if host:
            return "host:" + host
    return "article:" + article_id


@dataclass(frozen=True)
class MentionOrigin:
    """What event counting needs to know about one stored mention.

    Attributes:
        article: Stored article key of the mention.
        canonical: The original's key when the article is a near duplicate, else ``article``.
        source: :func:`source_key` of the *canonical* article (a copy counts as its original's source).
        confidence: The mention's coding confidence.
        url: URL of the mention's article.
        added_at: When the mention's article was stored.
        location: The mention's location, if any.
    """

    article: int
    canonical: int
    source: str
    confidence: float
    url: str | None = None
    added_at: str | None = None
    location: Location | None = None


@dataclass(frozen=True)
class EventSummary:
    """The live counts and attributes of one event, recomputed from its mentions."""

    num_mentions: int
    num_sources: int
    num_articles: int
    confidence: float
    source_url: str | None
    first_seen: str | None
    location: Location | None


def summarise(origins: Sequence[MentionOrigin]) -> EventSummary:
    """Compute an event's counts from all its mentions.

    - ``num_articles``: distinct canonical articles (a copy and its original count once).
    - ``num_sources``: distinct sources of those canonical articles.
    - ``num_mentions``: per canonical article, the mentions of its best-covered member
      (the original or one copy, never both), summed.
    - ``confidence``: noisy-OR across canonical articles of each one's best mention,
      so independent reports corroborate: ``1 - prod(1 - c)``.
    - ``source_url``: URL of the first stored article that has one.
    - ``first_seen``: earliest ``added_at``; ``location``: first mention with one.

    Args:
        origins: The event's mentions in storage order (non-empty).
    """
    if not origins:
        raise ValueError("an event needs at least one mention")
    per_article: dict[int, int] = defaultdict(int)
    members: dict[int, set[int]] = defaultdict(set)
    best: dict[int, float] = defaultdict(float)
    sources: set[str] = set()
    for origin in origins:
        per_article[origin.article] += 1
        members[origin.canonical].add(origin.article)
        best[origin.canonical] = max(best[origin.canonical], origin.confidence)
        sources.add(origin.source)
    num_mentions = sum(max(per_article[a] for a in group) for group in members.values())
    doubt = 1.0
    for value in best.values():
        doubt *= 1.0 - min(max(value, 0.0), 1.0)
    by_article = sorted(origins, key=lambda o: o.article)
    url = next((o.url for o in by_article if o.url), None)
    seen = [o.added_at for o in origins if o.added_at]
    return EventSummary(
        num_mentions=num_mentions,
        num_sources=len(sources),
        num_articles=len(members),
        confidence=round(1.0 - doubt, 3),
        source_url=url,
        first_seen=min(seen) if seen else None,
        location=next((o.location for o in origins if o.location), None),
    )

