"""Request parameters shared by the API and the pages, validated by FastAPI.

Declaring them once keeps the two surfaces identical: the same names, the same
limits, the same error messages, and the OpenAPI schema documents them all.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Annotated, Literal

from fastapi import Path, Query

from detente.server.queries import ACTOR_CODE, MAX_LIMIT, EventFilters

logger = logging.getLogger(__name__)

ACTOR_PATTERN = ACTOR_CODE.pattern
MAX_OFFSET = 1_000_000_000
MAX_ID = 2**62

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"items per page (1–{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip (for the next page)")]
Since = Annotated[date | None, Query(description="first day included, YYYY-MM-DD")]
Until = Annotated[date | None, Query(description="last day included, YYYY-MM-DD")]
Period = Annotated[Literal["day", "week", "month"], Query(description="period of the time series")]
BothWays = Annotated[bool, Query(description="count A→B and B→A together")]
SearchText = Annotated[str | None, Query(min_length=1, max_length=200,
                                         description="full-text search (FTS5 syntax: words, \"phrases\", OR, NOT)")]
ActorPath = Annotated[str, Path(pattern=ACTOR_PATTERN, description="CAMEO actor code or country prefix, e.g. RUS or RUSGOV")]
EventId = Annotated[int, Path(ge=1, le=MAX_ID, description="event id")]
ArticleId = Annotated[str, Path(min_length=1, max_length=200, description="article id (content hash unless supplied)")]


def iso(day: date | None) -> str | None:
    """A validated date back to the ``YYYY-MM-DD`` string the store takes."""
    return day.isoformat() if day else None


def actor_code(value: str | None) -> str | None:
    """Normalise an actor code to upper case (codes are case-insensitive in URLs)."""
    return value.upper() if value else None


def event_filters(
    source: Annotated[str | None, Query(pattern=ACTOR_PATTERN, description="source actor: country prefix (RUS) or full code (RUSGOV)")] = None,
    target: Annotated[str | None, Query(pattern=ACTOR_PATTERN, description="target actor: country prefix or full code")] = None,
    both_ways: BothWays = False,
    actor: Annotated[str | None, Query(pattern=ACTOR_PATTERN, description="actor on either side")] = None,
    code: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO event code, e.g. 042")] = None,
    root: Annotated[str | None, Query(pattern=r"^(0[1-9]|1[0-9]|20)$", description="CAMEO root code 01–20")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict")] = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="words in the evidence sentence")] = None,
    factual_only: Annotated[bool, Query(description="leave out negated and hypothetical mentions")] = False,
) -> EventFilters:
    """The event filters of a request (a FastAPI dependency)."""
    return EventFilters(source=actor_code(source), target=actor_code(target), both_ways=both_ways,
                        actor=actor_code(actor), code=code, root=root, quad_class=quad_class,
                        since=iso(since), until=iso(until), q=q, factual_only=factual_only)

