"""The query glue shared by the JSON API and the HTML pages.

Every function takes an open :class:`~detente.store.Store` plus already-validated
parameters and returns a JSON-ready dict. The API returns that dict as is; a page
handler renders the very same dict into its template (and returns it unchanged for
``?format=json``), so a page and its JSON twin can never disagree.
No SQL here: only the store's public methods and the analysis functions.
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from detente.codes import QUAD_CLASS_NAMES, lookup
from detente.errors import DataFileError, DetenteError
from detente.records import Article, Event, Mention

if TYPE_CHECKING:
    from detente.store import Store

logger = logging.getLogger(__name__)

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
SNIPPET_CHARS = 220
ACTOR_CODE = re.compile(r"^[A-Za-z]{3}[A-Za-z0-9]{0,12}$")
"""What a dyad path accepts: a country prefix or a full CAMEO actor code."""


MAX_PERIODS = 2000
"""Longest time series served: ~5.5 years by day; beyond, ask for weeks or months."""
_DAYS_PER_PERIOD = {"day": 1, "week": 7, "month": 28}


class NotFoundError(DetenteError):
    """The requested event, article or dyad does not exist (HTTP 404)."""


class BadRequestError(DetenteError):
    """The parameters are valid one by one but not together (HTTP 400)."""


def check_window(store: Store, by: str, since: str | None, until: str | None) -> None:
    """Refuse a time window that is reversed or would make an oversized series.

    Raises:
        BadRequestError: ``since`` is after ``until``, or the series would exceed
            :data:`MAX_PERIODS` periods.
    """
    from datetime import date

    if since and until and since > until:
        raise BadRequestError(f"since {since} is after until {until}; swap them")
    first, last = since, until
    if first is None:
        oldest = store.events(limit=1)
        first = oldest[0].date if oldest else until
    if last is None:
        newest = store.events(limit=1, newest_first=True)
        last = newest[0].date if newest else since
    if not first or not last:
        return
    days = (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days
    if days // _DAYS_PER_PERIOD[by] > MAX_PERIODS:
        longer = [f"by={name}" for name, size in _DAYS_PER_PERIOD.items() if size > _DAYS_PER_PERIOD[by]]
        advice = f"use {' or '.join(longer)} or narrow since/until" if longer else "narrow since/until"
        raise BadRequestError(f"by={by} from {first[:10]} to {last[:10]} makes more than {MAX_PERIODS} "
                              f"periods; {advice}")


@dataclass
class EventFilters:
    """Filters over events and mentions, as the store understands them.

    ``source``/``target`` match a CAMEO country prefix (``RUS``) or a full code
    (``RUSGOV``); ``q`` searches the evidence sentences.
    """

    source: str | None = None
    target: str | None = None
    both_ways: bool = False
    actor: str | None = None
    code: str | None = None
    root: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    factual_only: bool = False

    def store_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``Store.events``/``count_events``."""
        return {"source": self.source, "target": self.target, "both_ways": self.both_ways,
                "actor": self.actor, "code": self.code, "root": self.root,
                "quad_class": self.quad_class, "since": self.since, "until": self.until,
                "text": self.q, "factual_only": self.factual_only}

    def active(self) -> dict[str, Any]:
        """The filters that are set (what a shareable URL needs)."""
        return {key: value for key, value in asdict(self).items() if value not in (None, False, "")}


def code_name(code: str) -> str | None:
    """Readable CAMEO name of an event code, or None for an unknown code."""
    try:
        return lookup(code).name
    except DataFileError:
        return None


def dyad_href(source: str, target: str) -> str | None:
    """Link of a dyad page, or None when a side is not a real actor code (e.g. ``---``)."""
    if ACTOR_CODE.match(source) and ACTOR_CODE.match(target):
        return f"/dyads/{source}/{target}"
    return None


def paginated(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> dict[str, Any]:
    """Wrap one page of items with the numbers a client needs to fetch the next."""
    return {"total": total, "limit": limit, "offset": offset, "count": len(items),
            "next_offset": offset + limit if offset + limit < total else None,
            "prev_offset": max(0, offset - limit) if offset > 0 else None,
            "items": items}


def event_dict(event: Event) -> dict[str, Any]:
    """An event with its readable code name and the dashboard link."""
    data = event.to_dict()
    data["event_name"] = code_name(event.event_code)
    data["quad_name"] = QUAD_CLASS_NAMES.get(event.quad_class)
    data["href"] = f"/events/{event.id}"
    return data


def mention_dict(mention: Mention, article: Article | None = None) -> dict[str, Any]:
    """A mention in the public JSON shape plus code name, article title and links."""
    data = mention.to_dict()
    data["event_name"] = code_name(mention.event_code)
    data["quad_name"] = QUAD_CLASS_NAMES.get(mention.quad_class)
    # ?s= makes the article page mark this sentence; #s- scrolls to it
    data["href"] = f"/articles/{mention.doc_id}?s={mention.sentence_index}#s-{mention.sentence_index}"
    if article is not None:
        data["article"] = article_summary(article, snippet=False)
    return data


def article_summary(article: Article, *, snippet: bool = True) -> dict[str, Any]:
    """The listing shape of an article: metadata, a text snippet and its link."""
    data: dict[str, Any] = {
        "id": article.id, "title": article.title, "published": article.published,
        "url": article.url, "publisher": article.publisher, "href": f"/articles/{article.id}",
    }
    if snippet:
        text = article.text
        data["snippet"] = text[:SNIPPET_CHARS].rstrip() + ("…" if len(text) > SNIPPET_CHARS else "")
    return data


def list_events(store: Store, filters: EventFilters, *, limit: int = DEFAULT_LIMIT,
                offset: int = 0) -> dict[str, Any]:
    """One page of deduplicated events matching ``filters``, newest first."""
    kwargs = filters.store_kwargs()
    events = store.events(**kwargs, limit=limit, offset=offset, newest_first=True)
    result = paginated([event_dict(e) for e in events], store.count_events(**kwargs), limit, offset)
    result["filters"] = filters.active()
    return result


def event_detail(store: Store, event_id: int) -> dict[str, Any]:
    """An event with all of its mentions, each with its evidence sentence and article.

    Raises:
        NotFoundError: No event has this id.
    """
    event = store.event(event_id)
    if event is None:
        raise NotFoundError(f"no event has id {event_id}; list events at /api/events")
    found = store.event_mentions(event_id)
    articles = store.articles_by_id(mention.doc_id for mention in found)
    mentions = [mention_dict(mention, articles.get(mention.doc_id)) for mention in found]
    return {"event": event_dict(event), "mentions": mentions}


def list_articles(store: Store, q: str | None = None, *, limit: int = DEFAULT_LIMIT,
                  offset: int = 0) -> dict[str, Any]:
    """One page of articles; with ``q``, those matching the full-text query, best first."""
    articles = store.articles(query=q, limit=limit, offset=offset)
    result = paginated([article_summary(a) for a in articles], store.count_articles(query=q), limit, offset)
    result["q"] = q
    return result


def article_detail(store: Store, article_id: str) -> dict[str, Any]:
    """An article's full text with every coded mention and its character spans.

    Raises:
        NotFoundError: No article has this id.
    """
    article = store.article(article_id)
    if article is None:
        raise NotFoundError(f"no article has id {article_id!r}; search articles at /api/articles?q=...")
    mentions = []
    for mention in store.article_mentions(article_id):
        data = mention_dict(mention)
        if mention.event_id is not None:
            data["event_href"] = f"/events/{mention.event_id}"
        mentions.append(data)
    return {"article": article.to_dict(), "mentions": mentions}


def world_timeline(store: Store, *, by: str = "month", since: str | None = None,
                   until: str | None = None) -> dict[str, Any]:
    """QuadClass counts per period over every event: the world's cooperation vs conflict."""
    from detente.analysis.dyads import GOLDSTEIN_SCALE, periods_between

    check_window(store, by, since, until)
    rows = store.period_tallies(by, since=since, until=until)
    counts: dict[str, dict[int, int]] = {}
    micros: dict[str, int] = {}
    for row in rows:
        counts.setdefault(row.period, {1: 0, 2: 0, 3: 0, 4: 0})[row.quad_class] += row.events
        micros[row.period] = micros.get(row.period, 0) + row.goldstein_micros
    first = since or min((row.first_date for row in rows), default=None)
    last = until or max((row.last_date for row in rows), default=None)
    periods = []
    for label in periods_between(first, last, by) if first and last else []:
        bucket = counts.get(label, {1: 0, 2: 0, 3: 0, 4: 0})
        total = sum(bucket.values())
        periods.append({"period": label, **{f"q{q}": n for q, n in bucket.items()}, "total": total,
                        "goldstein_mean": round(micros[label] / (GOLDSTEIN_SCALE * total), 3) if total else None})
    return {"by": by, "since": since, "until": until, "periods": periods}


def list_actors(store: Store, *, limit: int = DEFAULT_LIMIT, offset: int = 0) -> dict[str, Any]:
    """One page of actors, most mentioned first."""
    actors = store.actors(limit=limit, offset=offset)
    total = store.count_actors()
    return paginated([dict(actor) for actor in actors], total, limit, offset)


def dyad_series(store: Store, source: str, target: str, *, by: str = "month", both_ways: bool = False,
                since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """The time series of one dyad: QuadClass counts and Goldstein per period."""
    from detente.analysis import dyad_series as series

    check_window(store, by, since, until)
    periods = series(store, source, target, both_ways=both_ways, by=by, since=since, until=until)
    return {"source": source, "target": target, "by": by, "both_ways": both_ways,
            "since": since, "until": until, "periods": [p.to_dict() for p in periods]}


def top_dyads(store: Store, *, since: str | None = None, until: str | None = None,
              limit: int = 10) -> dict[str, Any]:
    """The most active (and most changed) dyads in the window."""
    from detente.analysis import top_dyads as top
    from detente.analysis.dyads import dyad_names

    dyads = dyad_names(top(store, since=since, until=until, limit=limit))
    for dyad in dyads:
        dyad["href"] = dyad_href(dyad["source"], dyad["target"])
    return {"since": since, "until": until, "limit": limit, "items": dyads}


def dyad_brief(store: Store, a: str, b: str, *, since: str | None = None,
               until: str | None = None) -> dict[str, Any]:
    """The positions brief of a dyad, as structured data plus its Markdown text."""
    from detente.analysis import brief

    result = brief.brief_for_dyad(store, a, b, since=since, until=until)
    data = result.to_dict()
    data["markdown"] = brief.to_markdown(result)
    return data


def stats(store: Store) -> dict[str, Any]:
    """Corpus counts: articles, mentions, events, actors, date range, top dyads (with names)."""
    from detente.analysis.dyads import dyad_names

    data = dict(store.stats())
    data.pop("path", None)  # the server's file layout is not the client's business
    data["top_dyads"] = dyad_names(data["top_dyads"])
    for dyad in data["top_dyads"]:
        dyad["href"] = dyad_href(dyad["source"], dyad["target"])
    return data
