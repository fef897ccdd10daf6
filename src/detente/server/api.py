"""JSON API routes (``/api/...``): read endpoints over the store, and posting new articles.

Every handler opens the store, calls one function of :mod:`detente.server.queries`
and returns its dict; the HTML pages call the same functions.
"""

from __future__ import annotations

import hmac
import logging
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from pydantic import BaseModel, Field

from detente.errors import InputError
from detente.server import queries
from detente.server.common import open_store, settings
from detente.server.params import (
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

logger = logging.getLogger(__name__)


class ErrorBody(BaseModel):
    """Every error response: the status, its name and a message that says what to fix."""

    status: int
    error: str
    message: str
    details: list[dict[str, Any]] | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in ((400, "bad input"), (404, "not found"), (422, "invalid parameter"))
}
router = APIRouter(prefix="/api", responses=ERRORS)


class ArticleIn(BaseModel):
    """One text to code: plain text, crawler text, HTML, JSONL or CSV."""

    content: str = Field(min_length=1, description="the article text or HTML page")
    format: Literal["auto", "text", "crawler", "html", "jsonl", "csv"] = Field(
        "auto", description="how to read `content` (auto detects HTML and crawler text)")
    url: str | None = Field(None, max_length=2000, description="where the article was published")
    name: str | None = Field(None, max_length=200, description="a label for error messages")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}", description="publication date if the text has none")
    title: str | None = Field(None, max_length=500, description="title if the text has none")


class ArticlesIn(BaseModel):
    """A batch of texts to code and store."""

    articles: list[ArticleIn] = Field(min_length=1, description="the texts (at most the server's batch limit)")


class PostedArticle(BaseModel):
    """What happened to one posted article."""

    id: str
    title: str | None
    mentions: int
    href: str


class PostResult(BaseModel):
    """The store's account of a posted batch."""

    articles_added: int
    articles_duplicate: int
    articles_near_duplicate: int
    mentions_added: int
    articles: list[PostedArticle]


def require_token(request: Request,
                  authorization: Annotated[str | None, Header(description="Bearer <token>")] = None) -> None:
    """Allow the request only with the configured bearer token (403 when posting is off, 401 when wrong)."""
    token = settings(request).token
    if token is None:
        raise HTTPException(403, "posting articles is off on this server; start it with a token "
                                 "(DETENTE_TOKEN environment variable) to enable POST /api/articles")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "send the server's token as 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})


@router.get("/stats", summary="Corpus counts")
def get_stats(request: Request) -> dict[str, Any]:
    """Articles, sentences, mentions, events and actors stored, the date range and the top dyads."""
    with open_store(request) as store:
        return queries.stats(store)


@router.get("/events", summary="Search events")
def get_events(request: Request, filters: Annotated[EventFilters, Depends(event_filters)],
               limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Deduplicated events (one per source, target, code and day), filtered and paginated."""
    with open_store(request) as store:
        return queries.list_events(store, filters, limit=limit, offset=offset)


@router.get("/events/{event_id}", summary="One event with its evidence")
def get_event(request: Request, event_id: EventId) -> dict[str, Any]:
    """The event and every mention of it: sentence, actor and verb spans, article."""
    with open_store(request) as store:
        return queries.event_detail(store, event_id)


@router.get("/articles", summary="Search articles")
def get_articles(request: Request, q: SearchText = None, limit: Limit = DEFAULT_LIMIT,
                 offset: Offset = 0) -> dict[str, Any]:
    """Articles, newest first, or those matching the full-text query ``q`` best first."""
    with open_store(request) as store:
        return queries.list_articles(store, q, limit=limit, offset=offset)


@router.get("/articles/{article_id}", summary="One article with its coded events")
def get_article(request: Request, article_id: ArticleId) -> dict[str, Any]:
    """Full text plus every mention with its character offsets into that text."""
    with open_store(request) as store:
        return queries.article_detail(store, article_id)


@router.post("/articles", status_code=201, summary="Code and store new articles",
             responses={401: {"model": ErrorBody, "description": "wrong or missing token"},
                        403: {"model": ErrorBody, "description": "posting is off (no token configured)"},
                        413: {"model": ErrorBody, "description": "body or batch too large"}})
def post_articles(request: Request, payload: ArticlesIn,
                  _auth: Annotated[None, Depends(require_token)]) -> PostResult:
    """Read each text (plain or HTML), code its events and add them to the store.

    Needs ``Authorization: Bearer <token>``. Re-posting the same text adds nothing.
    """
    from detente.ingest import read_text
    from detente.pipeline import code_articles

    limit = settings(request).max_batch
    if len(payload.articles) > limit:
        raise HTTPException(413, f"{len(payload.articles)} articles in one request; send at most {limit} per request")
    articles = []
    for number, item in enumerate(payload.articles):
        try:
            read = read_text(item.content, fmt=item.format, name=item.name or f"articles[{number}]", url=item.url)
        except InputError as exc:  # its message starts with the item's name, e.g. articles[0]:1:
            raise HTTPException(400, str(exc)) from None
        for article in read:
            article.published = article.published or item.published
            article.title = article.title or item.title
        articles.extend(read)
    if not articles:
        raise HTTPException(400, "no article text found in the request; put the text in articles[].content")
    if len(articles) > limit:
        raise HTTPException(413, f"the request holds {len(articles)} articles; send at most {limit} per request")
    coded = list(code_articles(articles))
    with request.app.state.write_lock, open_store(request) as store:
        result = store.add_batch(coded)
    return PostResult(
        articles_added=result.articles_added, articles_duplicate=result.articles_duplicate,
        articles_near_duplicate=result.articles_near_duplicate, mentions_added=result.mentions_added,
        articles=[PostedArticle(id=c.article.id, title=c.article.title, mentions=len(c.mentions),
                                href=f"/articles/{c.article.id}") for c in coded])


@router.get("/actors", summary="Actors by number of mentions")
def get_actors(request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Actor codes with readable names and how often they are mentioned."""
    with open_store(request) as store:
        return queries.list_actors(store, limit=limit, offset=offset)


@router.get("/top-dyads", summary="Most active dyads")
def get_top_dyads(request: Request, since: Since = None, until: Until = None,
                  limit: Annotated[int, Query(ge=1, le=100, description="dyads to list")] = 10) -> dict[str, Any]:
    """The dyads with most events (and the largest change) in the window."""
    with open_store(request) as store:
        return queries.top_dyads(store, since=iso(since), until=iso(until), limit=limit)


@router.get("/timeline", summary="World-level cooperation vs conflict")
def get_timeline(request: Request, by: Period = "month", since: Since = None,
                 until: Until = None) -> dict[str, Any]:
    """QuadClass counts per period over all events."""
    with open_store(request) as store:
        return queries.world_timeline(store, by=by, since=iso(since), until=iso(until))


@router.get("/dyads/{source}/{target}/series", summary="Dyad time series")
def get_dyad_series(request: Request, source: ActorPath, target: ActorPath, by: Period = "month",
                    both_ways: BothWays = False, since: Since = None, until: Until = None) -> dict[str, Any]:
    """QuadClass counts, Goldstein sum/mean and top codes per period for source → target."""
    with open_store(request) as store:
        return queries.dyad_series(store, actor_code(source), actor_code(target), by=by,
                                   both_ways=both_ways, since=iso(since), until=iso(until))


@router.get("/dyads/{source}/{target}/brief", summary="Positions brief of a dyad")
def get_dyad_brief(request: Request, source: ActorPath, target: ActorPath, since: Since = None,
                   until: Until = None) -> dict[str, Any]:
    """What each side said and did to the other, with evidence, as data and Markdown."""
    with open_store(request) as store:
        return queries.dyad_brief(store, actor_code(source), actor_code(target),
                                  since=iso(since), until=iso(until))
