"""HTML dashboard routes, server-rendered with Jinja2.

Each page builds its data with :mod:`detente.server.queries` — the functions the
JSON API uses — and renders it; ``?format=json`` returns that data instead, so
every page has a JSON twin at the same URL. Filters live in the query string, so
any view is a shareable link.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from detente.server import queries
from detente.server.common import open_store, render
from detente.server.highlight import article_paragraphs, sentence_pieces
from detente.server.params import (
    ACTOR_PATTERN,
    ActorPath,
    ArticleId,
    BothWays,
    EventId,
    Limit,
    Offset,
    Period,
    SearchText,
    Since,
    Until,
    actor_code,
    event_filters,
    iso,
)
from detente.server.queries import DEFAULT_LIMIT, EventFilters
from detente.server.svg import timeline_svg

logger = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)
RECENT_EVENTS = 12
JsonFormat = Annotated[str | None, Query(alias="format", pattern="^(html|json)$",
                                         description="json returns the page's data")]


@router.get("/")
def overview(request: Request, by: Period = "month", since: Since = None, until: Until = None,
             _format: JsonFormat = None) -> Response:
    """Corpus counts, the world timeline of cooperation vs conflict, top dyads, recent events."""
    window = {"since": iso(since), "until": iso(until)}
    with open_store(request) as store:
        data: dict[str, Any] = {
            "stats": queries.stats(store),
            "timeline": queries.world_timeline(store, by=by, **window),
            "top_dyads": queries.top_dyads(store, **window, limit=10),
            "recent_events": queries.list_events(store, queries.EventFilters(**window),
                                                 limit=RECENT_EVENTS),
        }
    chart = timeline_svg(data["timeline"]["periods"], title="Cooperation (up) and conflict (down), all events")
    return render(request, "overview.html", data, view={"chart": chart})


@router.get("/events")
def events(request: Request, filters: Annotated[EventFilters, Depends(event_filters)],
           limit: Limit = DEFAULT_LIMIT, offset: Offset = 0, _format: JsonFormat = None) -> Response:
    """Events with a filter form; every filter is a query parameter."""
    with open_store(request) as store:
        data = queries.list_events(store, filters, limit=limit, offset=offset)
    return render(request, "events.html", data)


@router.get("/events/{event_id}")
def event(request: Request, event_id: EventId, _format: JsonFormat = None) -> Response:
    """One event and the evidence of each of its mentions."""
    with open_store(request) as store:
        data = queries.event_detail(store, event_id)
    evidence = [sentence_pieces(mention) for mention in data["mentions"]]
    return render(request, "event.html", data, view={"evidence": evidence})


@router.get("/articles")
def articles(request: Request, q: SearchText = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
             _format: JsonFormat = None) -> Response:
    """Full-text search over articles (all articles, newest first, without ``q``)."""
    with open_store(request) as store:
        data = queries.list_articles(store, q, limit=limit, offset=offset)
    return render(request, "articles.html", data)


@router.get("/articles/{article_id}")
def article(request: Request, article_id: ArticleId,
            s: Annotated[int | None, Query(ge=0, le=1_000_000, description="sentence to mark")] = None,
            _format: JsonFormat = None) -> Response:
    """The article with every coded event highlighted; ``?s=N`` marks sentence N."""
    with open_store(request) as store:
        data = queries.article_detail(store, article_id)
    paragraphs = article_paragraphs(data["article"]["text"], data["mentions"])
    return render(request, "article.html", data, view={"paragraphs": paragraphs, "focus": s})


@router.get("/actors")
def actors(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
           _format: JsonFormat = None) -> Response:
    """Actors by number of mentions, each linked to its events."""
    with open_store(request) as store:
        data = queries.list_actors(store, limit=limit, offset=offset)
    return render(request, "actors.html", data)


@router.get("/dyads")
def dyad_form(source: Annotated[str, Query(pattern=ACTOR_PATTERN)],
              target: Annotated[str, Query(pattern=ACTOR_PATTERN)]) -> Response:
    """Turn the overview's dyad form into the dyad page's path."""
    return RedirectResponse(f"/dyads/{source.upper()}/{target.upper()}", status_code=303)


@router.get("/dyads/{source}/{target}")
def dyad(request: Request, source: ActorPath, target: ActorPath, by: Period = "month",
         both_ways: BothWays = False, since: Since = None, until: Until = None,
         limit: Limit = DEFAULT_LIMIT, offset: Offset = 0, _format: JsonFormat = None) -> Response:
    """A dyad's time series, positions brief and events."""
    a, b = actor_code(source), actor_code(target)
    window = {"since": iso(since), "until": iso(until)}
    filters = queries.EventFilters(source=a, target=b, both_ways=both_ways, **window)
    with open_store(request) as store:
        data = {
            "source": a, "target": b, "by": by, "both_ways": both_ways, **window,
            "series": queries.dyad_series(store, a, b, by=by, both_ways=both_ways, **window),
            "brief": queries.dyad_brief(store, a, b, **window),
            "events": queries.list_events(store, filters, limit=limit, offset=offset),
        }
    arrow = "↔" if both_ways else "→"
    chart = timeline_svg(data["series"]["periods"], title=f"{a} {arrow} {b}: cooperation (up) and conflict (down)")
    return render(request, "dyad.html", data, view={"chart": chart, "arrow": arrow})


@router.get("/api")
def api_index(request: Request, _format: JsonFormat = None) -> Response:
    """A readable list of the JSON endpoints (the full schema is /api/openapi.json)."""
    schema = request.app.openapi()
    routes = [
        {"method": method.upper(), "path": path, "summary": operation.get("summary", ""),
         "parameters": [p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"]}
        for path, operations in schema.get("paths", {}).items()
        for method, operation in operations.items()
    ]
    return render(request, "api.html", {"openapi": "/api/openapi.json", "routes": routes})
