"""Query building and row conversion for the event store.

Filters become ``WHERE`` fragments with ``?`` placeholders: user values only ever
travel as parameters. Rows become the shared records (:class:`Mention`,
:class:`Event`, :class:`Article`) with every field restored.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from detente.analysis.dyads import GOLDSTEIN_SCALE, INTERNATIONAL_PREFIXES, PERIODS, UNKNOWN_COUNTRY
from detente.errors import ConfigError
from detente.records import PARAGRAPH_SEPARATOR, ActorRef, Article, Event, Location, Mention

logger = logging.getLogger(__name__)

_ACTOR_CODE = re.compile(r"^(?:[A-Z0-9]{3}|---)[A-Z0-9]{0,12}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EVENT_CODE = re.compile(r"^\d{2,4}$")
_SEARCH_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


# Goldstein sums are added up as integers of millionths: exact, so no total depends on
# the order SQLite happens to add rows in (CAMEO Goldstein values have one decimal)
GOLDSTEIN_MICROS = f"SUM(CAST(ROUND(e.goldstein * {GOLDSTEIN_SCALE}) AS INTEGER))"


class PeriodTally(NamedTuple):
    """Events of one period and QuadClass (and CAMEO code, when asked for), counted in SQL.

    ``goldstein_micros`` is the exact Goldstein sum in millionths (:data:`GOLDSTEIN_SCALE`).
    """

    period: str
    quad_class: int
    event_code: str | None
    events: int
    goldstein_micros: int
    first_date: str
    last_date: str


class DyadTally(NamedTuple):
    """Events of one country-level directed dyad (in one half of a window, when split), counted in SQL.

    ``goldstein_micros`` is the exact Goldstein sum in millionths (:data:`GOLDSTEIN_SCALE`).
    """

    source: str
    target: str
    half: int
    events: int
    goldstein_micros: int
    conflict_events: int


@dataclass(frozen=True)
class Filters:
    """Selection shared by mention and event queries (see :meth:`Store.mentions`)."""

    source: str | None = None
    target: str | None = None
    both_ways: bool = False
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    root: str | int | None = None
    code: str | None = None
    quad_class: int | None = None
    factual_only: bool = False
    article_id: str | None = None
    event_id: int | None = None
    text: str | None = None


def actor_code(value: str, option: str) -> str:
    """Normalise and check an actor code given as a filter.

    Raises:
        ConfigError: When ``value`` is not 3–15 letters/digits.
    """
    code = value.strip().upper()
    if code == UNKNOWN_COUNTRY:
        raise ConfigError(
            f"{option} '---' is the placeholder for an actor of unknown country and matches no "
            f"country: give a country (RUS) or a full code such as ---CVL (civilians of unknown country)"
        )
    if not _ACTOR_CODE.match(code):
        raise ConfigError(
            f"{option} {value!r} is not a CAMEO actor code: use 3 letters for a country "
            f"(RUS) or a full code (RUSGOV)"
        )
    return code


def day(value: str, option: str) -> str:
    """Check a ``YYYY-MM-DD`` date given as a filter.

    Raises:
        ConfigError: When it is not a date in that form.
    """
    text = value.strip()
    # the pattern keeps out other forms fromisoformat accepts (20240301, 2024-W09-5);
    # fromisoformat keeps out impossible days (2024-02-30), which would fail later
    if _DAY.match(text):
        try:
            date.fromisoformat(text)
            return text
        except ValueError:
            pass
    raise ConfigError(f"{option} {value!r} is not a date: use YYYY-MM-DD, e.g. 2024-03-01")


def _root(value: str | int) -> str:
    text = str(value).strip().zfill(2)
    if not text.isdigit() or not 1 <= int(text) <= 20 or len(text) != 2:
        raise ConfigError(f"root {value!r} is not a CAMEO root code: use 01..20")
    return text


def _actor_clause(alias: str, role: str, code: str) -> tuple[str, str]:
    # a bare 3-letter code means "anything of that country", a longer one the exact actor
    column = f"{alias}.{role}_country" if len(code) == 3 else f"{alias}.{role}_code"
    return f"{column} = ?", code


def _direction_clause(alias: str, source: str | None, target: str | None) -> tuple[str, list[str]]:
    """``source`` as the source and ``target`` as the target (either may be None)."""
    parts = [_actor_clause(alias, role, code) for role, code in (("source", source), ("target", target)) if code]
    return " AND ".join(sql for sql, _ in parts), [value for _, value in parts]


def where(filters: Filters, alias: str) -> tuple[str, list[Any]]:
    """Build the ``WHERE`` clause (without the keyword) for mentions (``m``) or events (``e``).

    Args:
        filters: The selection.
        alias: ``"m"`` for the mentions table, ``"e"`` for events.

    Returns:
        ``(sql, params)``; ``sql`` is ``"1"`` when nothing is filtered.
    """
    clauses: list[str] = []
    params: list[Any] = []
    day_column = f"{alias}.day" if alias == "m" else f"{alias}.date"

    source = actor_code(filters.source, "source") if filters.source else None
    target = actor_code(filters.target, "target") if filters.target else None
    if source or target:
        forward, forward_params = _direction_clause(alias, source, target)
        if filters.both_ways:
            backward, backward_params = _direction_clause(alias, target, source)
            clauses.append(f"(({forward}) OR ({backward}))")
            params += forward_params + backward_params
        else:
            clauses.append(forward)
            params += forward_params
    if filters.actor:
        code = actor_code(filters.actor, "actor")
        as_source, value = _actor_clause(alias, "source", code)
        as_target, _ = _actor_clause(alias, "target", code)
        clauses.append(f"({as_source} OR {as_target})")
        params += [value, value]
    if filters.since:
        clauses.append(f"{day_column} >= ?")
        params.append(day(filters.since, "since"))
    if filters.until:
        clauses.append(f"{day_column} <= ?")
        params.append(day(filters.until, "until"))
    if filters.root is not None:
        clauses.append(f"{alias}.root_code = ?")
        params.append(_root(filters.root))
    if filters.code:
        if not _EVENT_CODE.match(filters.code.strip()):
            raise ConfigError(f"event code {filters.code!r} is not a CAMEO code: use 2-4 digits, e.g. 042")
        clauses.append(f"{alias}.event_code = ?")
        params.append(filters.code.strip())
    if filters.quad_class is not None:
        if filters.quad_class not in (1, 2, 3, 4):
            raise ConfigError(f"quad class {filters.quad_class!r} must be 1, 2, 3 or 4")
        clauses.append(f"{alias}.quad_class = ?")
        params.append(int(filters.quad_class))
    if filters.factual_only and alias == "m":
        clauses.append("m.negated = 0 AND m.hypothetical = 0")
    if filters.article_id is not None:
        if alias == "m":
            clauses.append("m.article_pk = (SELECT pk FROM articles WHERE id = ?)")
        else:
            clauses.append(
                "e.id IN (SELECT event_id FROM mentions WHERE event_id IS NOT NULL "
                "AND article_pk = (SELECT pk FROM articles WHERE id = ?))"
            )
        params.append(str(filters.article_id))
    if filters.event_id is not None:
        clauses.append("m.event_id = ?" if alias == "m" else "e.id = ?")
        params.append(int(filters.event_id))
    if filters.text:
        if alias == "m":
            clauses.append("instr(lower(m.sentence), lower(?)) > 0")
        else:
            clauses.append(
                "EXISTS (SELECT 1 FROM mentions x WHERE x.event_id = e.id "
                "AND instr(lower(x.sentence), lower(?)) > 0)"
            )
        params.append(filters.text)
    return (" AND ".join(clauses) or "1"), params


def fts_query(text: str) -> str | None:
    """Turn free text into a safe FTS5 query: every word required, ``"quoted phrases"`` kept.

    FTS5 operators typed by a user are treated as plain words, so no input can make
    the query invalid. Returns None when ``text`` has no words.
    """
    parts = []
    for phrase, word in _SEARCH_TERM.findall(text):
        words = _WORD.findall(phrase or word)
        if words:
            parts.append('"' + " ".join(words) + '"')
    return " ".join(parts) or None


def period_sql(by: str, column: str) -> str:
    """SQL expression of the period label of a ``YYYY-MM-DD`` column, as :func:`dyads.period_of` makes it.

    ISO weeks are those of the week's Thursday (its year is the ISO week-year).

    Raises:
        ConfigError: When ``by`` is not day, week or month.
    """
    if by == "day":
        return f"substr({column}, 1, 10)"
    if by == "month":
        return f"substr({column}, 1, 7)"
    if by == "week":
        thursday = f"{column}, '-3 days', 'weekday 4'"
        return (f"(strftime('%Y', {thursday}) || '-W' || "
                f"printf('%02d', (CAST(strftime('%j', {thursday}) AS INTEGER) - 1) / 7 + 1))")
    raise ConfigError(f"period {by!r} is not one of {', '.join(PERIODS)}")


def dyad_actor_sql(column: str) -> tuple[str, list[str]]:
    """SQL expression of the actor a dyad counts under (:func:`dyads.dyad_actor`), with its parameters."""
    marks = ", ".join("?" * len(INTERNATIONAL_PREFIXES))
    return (f"(CASE WHEN substr({column}, 1, 3) IN ({marks}) THEN {column} ELSE substr({column}, 1, 3) END)",
            list(INTERNATIONAL_PREFIXES))


def dyad_filter_sql(alias: str) -> tuple[str, list[str]]:
    """SQL condition of events that form a dyad (:func:`dyads.dyad_pair`), with its parameters.

    One-actor events, actors of unknown country (``---``) and same-country pairs form none.
    """
    source, source_params = dyad_actor_sql(f"{alias}.source_code")
    target, target_params = dyad_actor_sql(f"{alias}.target_code")
    sql = (f"{alias}.target_code IS NOT NULL AND {alias}.target_code <> '' "
           f"AND substr({alias}.source_code, 1, 3) <> ? AND substr({alias}.target_code, 1, 3) <> ? "
           f"AND {source} <> {target}")
    return sql, [UNKNOWN_COUNTRY, UNKNOWN_COUNTRY, *source_params, *target_params]


MENTION_COLUMNS = """
    a.id AS doc_id, m.id AS mention_id, m.event_id, m.sentence_index, m.sentence, m.sentence_start,
    m.source_code, m.source_name, m.source_text, m.source_start, m.source_end,
    m.target_code, m.target_name, m.target_text, m.target_start, m.target_end,
    m.event_code, m.root_code, m.quad_class, m.goldstein, m.plover_type, m.plover_mode,
    m.negated, m.hypothetical, m.date, m.loc_name, m.loc_country, m.loc_lat, m.loc_lon,
    m.confidence, m.rule, m.verb_text, m.verb_start, m.verb_end
"""
MENTION_FROM = "mentions m JOIN articles a ON a.pk = m.article_pk"
MENTION_ORDER = "m.day {direction}, m.article_pk {direction}, m.sentence_index {direction}, m.id {direction}"

EVENT_COLUMNS = "e.*, sa.name AS source_name, ta.name AS target_name"
EVENT_FROM = (
    "events e LEFT JOIN actors sa ON sa.code = e.source_code "
    "LEFT JOIN actors ta ON ta.code = e.target_code"
)
EVENT_ORDER = "e.date {direction}, e.id {direction}"


class Table(NamedTuple):
    """How to select rows of one record kind: ``SELECT columns FROM source WHERE … ORDER BY order``."""

    alias: str
    columns: str
    source: str
    order: str


MENTIONS = Table("m", MENTION_COLUMNS, MENTION_FROM, MENTION_ORDER)
EVENTS = Table("e", EVENT_COLUMNS, EVENT_FROM, EVENT_ORDER)

ARTICLE_COLUMNS = (
    "a.pk, a.id, a.title, a.subtitle, a.authors, a.published, a.url, a.publisher, "
    "a.source_path, a.format, a.record, a.text"
)


def location_from_row(row: sqlite3.Row) -> Location | None:
    """Return the location stored in the ``loc_*`` columns, if any."""
    if row["loc_name"] is None:
        return None
    return Location(row["loc_name"], row["loc_country"], row["loc_lat"], row["loc_lon"])


def mention_from_row(row: sqlite3.Row) -> Mention:
    """Rebuild a full :class:`Mention` (actor offsets, evidence, location) from a row."""
    target = None
    if row["target_code"] is not None:
        target = ActorRef(row["target_code"], row["target_name"], row["target_text"],
                          row["target_start"], row["target_end"])
    return Mention(
        doc_id=row["doc_id"],
        sentence_index=row["sentence_index"],
        sentence=row["sentence"],
        sentence_start=row["sentence_start"],
        source=ActorRef(row["source_code"], row["source_name"], row["source_text"],
                        row["source_start"], row["source_end"]),
        target=target,
        event_code=row["event_code"],
        root_code=row["root_code"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        plover_type=row["plover_type"],
        plover_mode=row["plover_mode"],
        negated=bool(row["negated"]),
        hypothetical=bool(row["hypothetical"]),
        date=row["date"],
        location=location_from_row(row),
        confidence=row["confidence"],
        rule=row["rule"],
        verb_text=row["verb_text"],
        verb_start=row["verb_start"],
        verb_end=row["verb_end"],
        event_id=row["event_id"],
    )


def event_from_row(row: sqlite3.Row) -> Event:
    """Rebuild an :class:`Event` from an ``events`` row joined with actor names."""
    return Event(
        id=row["id"],
        source_code=row["source_code"],
        target_code=row["target_code"],
        event_code=row["event_code"],
        root_code=row["root_code"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        date=row["date"],
        plover_type=row["plover_type"],
        plover_mode=row["plover_mode"],
        source_name=row["source_name"],
        target_name=row["target_name"],
        location=location_from_row(row),
        num_mentions=row["num_mentions"],
        num_sources=row["num_sources"],
        num_articles=row["num_articles"],
        first_seen=row["first_seen"],
        source_url=row["source_url"],
        confidence=row["confidence"],
    )


def article_from_row(row: sqlite3.Row) -> Article:
    """Rebuild an :class:`Article`; its ``text`` is byte-identical to what was stored."""
    text = row["text"]
    return Article(
        id=row["id"],
        paragraphs=text.split(PARAGRAPH_SEPARATOR) if text else [],
        title=row["title"],
        subtitle=row["subtitle"],
        authors=json.loads(row["authors"] or "[]"),
        published=row["published"],
        url=row["url"],
        publisher=row["publisher"],
        source_path=row["source_path"],
        format=row["format"],
        record=row["record"],
    )
