"""The event store: coded articles in, deduplicated events and queries out.

Only this package speaks SQL. One :class:`Store` wraps one SQLite connection
(WAL journal for files, foreign keys on) that may be shared between threads; a
lock serialises its use. Every user value travels as a query parameter.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from detente.analysis import dedup
from detente.errors import StoreError
from detente.records import Article, CodedArticle, Event, Mention
from detente.store import queries
from detente.store.queries import DyadTally, Filters, PeriodTally
from detente.store.schema import migrate, schema_version

logger = logging.getLogger(__name__)

MEMORY = ":memory:"
_CHUNK = 500  # ids per IN (...) list, well under SQLite's parameter limit


@dataclass
class BatchResult:
    """What one :meth:`Store.add_batch` call stored.

    Attributes:
        articles_added: New original articles stored.
        articles_duplicate: Articles skipped because the same content hash is already stored
            (or appeared earlier in the batch).
        articles_near_duplicate: New articles stored as near duplicates (syndicated copies)
            of an earlier one; disjoint from ``articles_added``.
        mentions_added: Mentions stored (from original and near-duplicate articles).
    """

    articles_added: int = 0
    articles_duplicate: int = 0
    articles_near_duplicate: int = 0
    mentions_added: int = 0
    events_touched: int = 0

    def to_dict(self) -> dict[str, int]:
        """Return a JSON-ready dict."""
        return dict(self.__dict__)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A SQLite database of articles, sentences, actors, mentions and events.

    Args:
        path: Database file, or ``":memory:"`` for a private in-memory store.
        create: When False, a missing file is an error instead of a new empty store
            (for commands that only read).

    Raises:
        StoreError: The file cannot be opened, is not a detente database, or is newer
            than this version of detente.
    """

    def __init__(self, path: str | Path = "detente.db", *, create: bool = True) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        is_file = self.path != MEMORY
        if is_file and not create and not Path(self.path).is_file():
            raise StoreError(
                f"no event database at {self.path}: store coded articles into it first "
                f"(any command that writes with --db {self.path}), or pass --db FILE"
            )
        if is_file and not Path(self.path).parent.is_dir():
            raise StoreError(f"cannot create {self.path}: folder {Path(self.path).parent} does not exist; "
                             "create it or pass another --db path")
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {self.path}: {exc}; check the path and its permissions") from exc
        self._conn.row_factory = sqlite3.Row
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA busy_timeout = 10000")
            if is_file:
                mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    logger.warning("%s: WAL journal unavailable (mode %s)", self.path, mode)
                self._conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self._conn, origin=self.path)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(
                f"{self.path} is not a detente event database ({exc}); pass another --db file"
            ) from exc
        except StoreError:
            self._conn.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (further calls fail)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """Number of schema migrations applied to this database."""
        with self._lock:
            return schema_version(self._conn)

    @property
    def journal_mode(self) -> str:
        """SQLite journal mode (``wal`` for files, ``memory`` in memory)."""
        return str(self._one("PRAGMA journal_mode")[0]).lower()

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: query failed: {exc}") from exc

    def _one(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row:
        rows = self._rows(sql, params)
        return rows[0]

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot start a write: {exc}; if another process is writing, "
                                 "retry when it is done") from exc
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot commit: {exc}") from exc

    # -- writing -----------------------------------------------------------------------

    def add_batch(self, coded: Iterable[CodedArticle]) -> BatchResult:
        """Store coded articles in one transaction and bring the affected events up to date.

        An article whose content hash is already stored adds nothing (``articles_duplicate``).
        A near duplicate of a stored article (MinHash over word shingles) is stored and
        linked to its original, but adds no article, source or mention to event counts.
        Factual mentions join the event of their (source, target, code, day); negated and
        hypothetical ones are stored with no event.

        Args:
            coded: Output of :func:`detente.pipeline.code_articles` (consumed before the
                write starts, so coding never holds the database lock).

        Returns:
            The counts of what was stored.
        """
        items = list(coded)
        result = BatchResult()
        touched: set[int] = set()
        now = _now()
        try:
            with self._transaction() as conn:
                hashes: set[str] = set()
                for item in items:
                    self._add_article(conn, item, now, hashes, touched, result)
                self._refresh_events(conn, touched)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: could not store the batch (nothing was written): {exc}") from exc
        result.events_touched = len(touched)
        logger.info("stored batch: %s", result)
        return result

    def _add_article(
        self,
        conn: sqlite3.Connection,
        item: CodedArticle,
        now: str,
        hashes: set[str],
        touched: set[int],
        result: BatchResult,
    ) -> None:
        from detente.analysis import neardup

        article = item.article
        digest = article.content_hash
        if digest in hashes or conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (digest,)
        ).fetchone():
            result.articles_duplicate += 1
            return
        hashes.add(digest)
        text = article.text
        sig = neardup.signature(text)
        keys = neardup.band_keys(sig) if sig is not None else []
        original, similarity = self._find_original(conn, sig, keys) if sig is not None else (None, None)
        doc_id = self._free_id(conn, article.id, digest)
        pk = conn.execute(
            """INSERT INTO articles (id, content_hash, title, subtitle, authors, published, url,
                   publisher, source_key, source_path, format, record, text, minhash,
                   near_duplicate_of, similarity, added_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk""",
            (doc_id, digest, article.title, article.subtitle, json.dumps(article.authors),
             article.published, article.url, article.publisher,
             dedup.source_key(article.publisher, article.url, doc_id), article.source_path,
             article.format, article.record, text,
             neardup.encode(sig) if sig is not None else None, original, similarity, now),
        ).fetchone()[0]
        conn.executemany(
            "INSERT INTO article_bands (band_key, article_pk) VALUES (?, ?)", [(key, pk) for key in keys]
        )
        conn.executemany(
            'INSERT INTO sentences (article_pk, idx, start, "end") VALUES (?, ?, ?, ?)',
            [(pk, index, start, end) for index, (start, end) in enumerate(item.sentences)],
        )
        if original is None:
            result.articles_added += 1
        else:
            result.articles_near_duplicate += 1
            logger.info("article %s is a near duplicate (J~%.2f) of stored article #%d",
                        doc_id, similarity, original)
        fallback_day = dedup.event_day(article.published, now)
        for mention in item.mentions:
            event_id = self._event_for(conn, mention, fallback_day, now)
            if event_id is not None:
                touched.add(event_id)
            self._insert_mention(conn, pk, mention, event_id)
            result.mentions_added += 1

    @staticmethod
    def _free_id(conn: sqlite3.Connection, wanted: str, digest: str) -> str:
        # caller ids (e.g. JSONL "id") may repeat across files; the content hash never does
        for candidate in (wanted, f"{wanted}~{digest[:8]}", digest):
            if not conn.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
                if candidate != wanted:
                    logger.info("article id %r is taken by other content; storing as %r", wanted, candidate)
                return candidate
        raise StoreError(f"cannot find a free id for article {wanted!r} (content hash {digest})")

    @staticmethod
    def _find_original(conn: sqlite3.Connection, sig: Any, keys: list[int]) -> tuple[int | None, float | None]:
        """Return (pk, similarity) of the stored original that ``sig`` nearly duplicates, if any."""
        from detente.analysis import neardup

        placeholders = ",".join("?" * len(keys))
        candidates = conn.execute(
            f"""SELECT a.pk, a.minhash, a.near_duplicate_of FROM articles a
                WHERE a.pk IN (SELECT article_pk FROM article_bands WHERE band_key IN ({placeholders}))
                ORDER BY a.pk""",
            keys,
        ).fetchall()
        best: tuple[int | None, float | None] = (None, None)
        for row in candidates:
            score = neardup.similarity(sig, neardup.decode(row["minhash"]))
            if score >= neardup.THRESHOLD and (best[1] is None or score > best[1]):
                # link to the original, never to another copy
                best = (row["near_duplicate_of"] or row["pk"], score)
        return best

    @staticmethod
    def _ensure_actor(conn: sqlite3.Connection, code: str, name: str) -> None:
        conn.execute(
            "INSERT INTO actors (code, name) VALUES (?, ?) ON CONFLICT(code) DO NOTHING",
            (code, name or code),
        )

    def _event_for(self, conn: sqlite3.Connection, mention: Mention, fallback_day: str, now: str) -> int | None:
        self._ensure_actor(conn, mention.source.code, mention.source.name)
        if mention.target is not None:
            self._ensure_actor(conn, mention.target.code, mention.target.name)
        key = dedup.event_key(mention, fallback_day)
        if key is None:
            return None
        target = mention.target
        conn.execute(
            """INSERT INTO events (dedup_key, source_code, source_country, target_code, target_country,
                   event_code, root_code, quad_class, goldstein, plover_type, plover_mode, date, first_seen)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(dedup_key) DO NOTHING""",
            (key, mention.source.code, mention.source.country,
             target.code if target else None, target.country if target else None,
             mention.event_code, mention.root_code, mention.quad_class, mention.goldstein,
             mention.plover_type, mention.plover_mode,
             dedup.event_day(mention.date, fallback_day), now),
        )
        return conn.execute("SELECT id FROM events WHERE dedup_key = ?", (key,)).fetchone()[0]

    @staticmethod
    def _insert_mention(conn: sqlite3.Connection, article_pk: int, m: Mention, event_id: int | None) -> None:
        target, loc = m.target, m.location
        conn.execute(
            """INSERT INTO mentions (article_pk, event_id, sentence_index, sentence, sentence_start,
                   source_code, source_country, source_name, source_text, source_start, source_end,
                   target_code, target_country, target_name, target_text, target_start, target_end,
                   event_code, root_code, quad_class, goldstein, plover_type, plover_mode,
                   negated, hypothetical, date, day, loc_name, loc_country, loc_lat, loc_lon,
                   confidence, rule, verb_text, verb_start, verb_end)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                   ?, ?, ?, ?, ?, ?, ?)""",
            (article_pk, event_id, m.sentence_index, m.sentence, m.sentence_start,
             m.source.code, m.source.country, m.source.name, m.source.text, m.source.start, m.source.end,
             target.code if target else None, target.country if target else None,
             target.name if target else None, target.text if target else None,
             target.start if target else None, target.end if target else None,
             m.event_code, m.root_code, m.quad_class, m.goldstein, m.plover_type, m.plover_mode,
             int(m.negated), int(m.hypothetical), m.date, dedup.event_day(m.date),
             loc.name if loc else None, loc.country if loc else None,
             loc.lat if loc else None, loc.lon if loc else None,
             m.confidence, m.rule, m.verb_text, m.verb_start, m.verb_end),
        )

    @staticmethod
    def _refresh_events(conn: sqlite3.Connection, event_ids: set[int]) -> None:
        """Recompute counts, confidence, URL and location of events from all their mentions."""
        ids = sorted(event_ids)
        for begin in range(0, len(ids), _CHUNK):
            chunk = ids[begin:begin + _CHUNK]
            placeholders = ",".join("?" * len(chunk))
            rows = conn.execute(
                f"""SELECT m.event_id, m.article_pk, COALESCE(a.near_duplicate_of, a.pk) AS canonical,
                        COALESCE(o.source_key, a.source_key) AS source, m.confidence, a.url, a.added_at,
                        m.loc_name, m.loc_country, m.loc_lat, m.loc_lon
                    FROM mentions m JOIN articles a ON a.pk = m.article_pk
                    LEFT JOIN articles o ON o.pk = a.near_duplicate_of
                    WHERE m.event_id IN ({placeholders}) ORDER BY m.id""",
                chunk,
            ).fetchall()
            origins: dict[int, list[dedup.MentionOrigin]] = defaultdict(list)
            for row in rows:
                origins[row["event_id"]].append(dedup.MentionOrigin(
                    article=row["article_pk"], canonical=row["canonical"], source=row["source"],
                    confidence=row["confidence"], url=row["url"], added_at=row["added_at"],
                    location=queries.location_from_row(row),
                ))
            for event_id, members in origins.items():
                summary = dedup.summarise(members)
                loc = summary.location
                conn.execute(
                    """UPDATE events SET num_mentions = ?, num_sources = ?, num_articles = ?,
                           confidence = ?, source_url = ?, first_seen = COALESCE(?, first_seen),
                           loc_name = ?, loc_country = ?, loc_lat = ?, loc_lon = ?
                       WHERE id = ?""",
                    (summary.num_mentions, summary.num_sources, summary.num_articles,
                     summary.confidence, summary.source_url, summary.first_seen,
                     loc.name if loc else None, loc.country if loc else None,
                     loc.lat if loc else None, loc.lon if loc else None, event_id),
                )

    # -- mentions and events -----------------------------------------------------------

    def _select(self, table: queries.Table, filters: Filters, limit: int | None, offset: int,
                newest_first: bool) -> list[sqlite3.Row]:
        """Rows of mentions or events matching ``filters``, in the table's order, one page."""
        clause, params = queries.where(filters, table.alias)
        order = table.order.format(direction="DESC" if newest_first else "ASC")
        sql = f"SELECT {table.columns} FROM {table.source} WHERE {clause} ORDER BY {order}"
        return self._rows(*_paginate(sql, params, limit, offset))

    def mentions(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        both_ways: bool = False,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        root: str | int | None = None,
        code: str | None = None,
        quad_class: int | None = None,
        factual_only: bool = False,
        article_id: str | None = None,
        event_id: int | None = None,
        text: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
    ) -> list[Mention]:
        """Return stored mentions matching every given filter, oldest first.

        Args:
            source: Source actor: 3 letters match the country (``RUS`` ⊃ ``RUSGOV``),
                a longer code matches exactly.
            target: Target actor, same rule.
            both_ways: Also match target→source.
            actor: Either side is this actor.
            since: First day ``YYYY-MM-DD`` (inclusive).
            until: Last day ``YYYY-MM-DD`` (inclusive).
            root: CAMEO root (``4`` or ``"04"``).
            code: Exact CAMEO event code (``"042"``).
            quad_class: 1–4.
            factual_only: Leave out negated and hypothetical mentions.
            article_id: Only mentions of this article.
            event_id: Only mentions of this event.
            text: The sentence contains this text (case-insensitive).
            limit: At most this many (None: all).
            offset: Skip this many first (pagination).
            newest_first: Reverse the order.

        Raises:
            ConfigError: A filter value is malformed (bad date, code, …).
        """
        filters = Filters(source, target, both_ways, actor, since, until, root, code,
                          quad_class, factual_only, article_id, event_id, text)
        rows = self._select(queries.MENTIONS, filters, limit, offset, newest_first)
        return [queries.mention_from_row(row) for row in rows]

    def count_mentions(self, **filters: Any) -> int:
        """Return how many mentions :meth:`mentions` would return without ``limit``."""
        clause, params = queries.where(Filters(**filters), "m")
        return int(self._one(f"SELECT COUNT(*) FROM {queries.MENTION_FROM} WHERE {clause}", params)[0])

    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        both_ways: bool = False,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        root: str | int | None = None,
        code: str | None = None,
        quad_class: int | None = None,
        factual_only: bool = False,
        article_id: str | None = None,
        event_id: int | None = None,
        text: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
    ) -> list[Event]:
        """Return deduplicated events matching the filters, by date then id.

        Filters mean what they mean for :meth:`mentions`; ``article_id`` selects events
        with a mention in that article, ``text`` events with a mention sentence
        containing the text. ``factual_only`` has no effect (every event is factual).
        """
        filters = Filters(source, target, both_ways, actor, since, until, root, code,
                          quad_class, factual_only, article_id, event_id, text)
        rows = self._select(queries.EVENTS, filters, limit, offset, newest_first)
        return [queries.event_from_row(row) for row in rows]

    def count_events(self, **filters: Any) -> int:
        """Return how many events :meth:`events` would return without ``limit``."""
        clause, params = queries.where(Filters(**filters), "e")
        return int(self._one(f"SELECT COUNT(*) FROM events e WHERE {clause}", params)[0])

    def period_tallies(self, by: str, *, by_code: bool = False, **filters: Any) -> list[PeriodTally]:
        """Count matching events per period and QuadClass (and CAMEO code), in SQL.

        Args:
            by: ``day``, ``week`` (ISO weeks, ``2024-W05``) or ``month``.
            by_code: Also group by CAMEO event code.
            **filters: As for :meth:`events`.

        Returns:
            One row per group, in period order; rows grow with the number of periods
            (and codes), not with the number of events.

        Raises:
            ConfigError: A filter value or ``by`` is malformed.
        """
        period = queries.period_sql(by, "e.date")
        clause, params = queries.where(Filters(**filters), "e")
        code = "e.event_code" if by_code else "NULL"
        rows = self._rows(
            f"""SELECT {period} AS period, e.quad_class, {code} AS code, COUNT(*), {queries.GOLDSTEIN_MICROS},
                    MIN(e.date), MAX(e.date)
                FROM events e WHERE {clause} GROUP BY period, e.quad_class, code
                ORDER BY period, e.quad_class, code""",
            params,
        )
        return [PeriodTally(row[0], int(row[1]), row[2], int(row[3]), int(row[4]), row[5], row[6])
                for row in rows]

    def dyadic_date_range(self, *, since: str | None = None, until: str | None = None) -> tuple[str, str] | None:
        """Return the first and last day of events with a target in the window, or None when there are none."""
        clause, params = queries.where(Filters(since=since, until=until), "e")
        row = self._one(
            f"""SELECT MIN(e.date), MAX(e.date) FROM events e
                WHERE e.target_code IS NOT NULL AND e.target_code <> '' AND {clause}""",
            params,
        )
        return (row[0], row[1]) if row[0] is not None else None

    def dyad_tallies(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        split: str | None = None,
        limit: int | None = None,
    ) -> list[DyadTally]:
        """Count events per country-level directed dyad, in SQL.

        Dyads follow :func:`detente.analysis.dyads.dyad_pair`: countries (first three
        letters), international actors by full code; one-actor events, actors of unknown
        country (``---``) and same-country pairs are left out.

        Args:
            since: First day ``YYYY-MM-DD`` (inclusive).
            until: Last day ``YYYY-MM-DD`` (inclusive).
            split: A day: count each dyad's events up to it (``half`` 0) and after it
                (``half`` 1) apart. Without it every row has ``half`` 0.
            limit: Without ``split``, only the most active dyads.

        Returns:
            Rows by events (descending), then source and target.
        """
        clause, params = queries.where(Filters(since=since, until=until), "e")
        dyadic, dyadic_params = queries.dyad_filter_sql("e")
        source, source_params = queries.dyad_actor_sql("e.source_code")
        target, target_params = queries.dyad_actor_sql("e.target_code")
        half = "CASE WHEN e.date <= ? THEN 0 ELSE 1 END" if split else "0"
        half_params = [queries.day(split, "split")] if split else []
        sql = f"""SELECT {source} AS dyad_source, {target} AS dyad_target, {half} AS half, COUNT(*) AS n,
                      {queries.GOLDSTEIN_MICROS}, SUM(e.quad_class IN (3, 4))
                  FROM events e WHERE {dyadic} AND {clause}
                  GROUP BY dyad_source, dyad_target, half ORDER BY n DESC, dyad_source, dyad_target, half"""
        all_params = [*source_params, *target_params, *half_params, *dyadic_params, *params]
        if limit is not None and not split:
            sql, all_params = _paginate(sql, all_params, limit, 0)
        return [DyadTally(row[0], row[1], int(row[2]), int(row[3]), int(row[4]), int(row[5]))
                for row in self._rows(sql, all_params)]

    def event(self, event_id: int) -> Event | None:
        """Return one event by id, or None."""
        rows = self._rows(f"SELECT {queries.EVENT_COLUMNS} FROM {queries.EVENT_FROM} WHERE e.id = ?",
                          (int(event_id),))
        return queries.event_from_row(rows[0]) if rows else None

    def event_mentions(self, event_id: int) -> list[Mention]:
        """Return every mention of an event (including those from near-duplicate articles)."""
        return self.mentions(event_id=event_id)

    def mentions_by_event(self, event_ids: Iterable[int]) -> dict[int, list[Mention]]:
        """Return the mentions of many events at once, grouped by event id.

        One query per 500 ids; each event's mentions are in :meth:`mentions` order, and
        events without mentions are absent from the result.
        """
        ids = sorted({int(event_id) for event_id in event_ids})
        grouped: dict[int, list[Mention]] = defaultdict(list)
        order = queries.MENTION_ORDER.format(direction="ASC")
        for begin in range(0, len(ids), _CHUNK):
            chunk = ids[begin:begin + _CHUNK]
            rows = self._rows(
                f"""SELECT {queries.MENTION_COLUMNS} FROM {queries.MENTION_FROM}
                    WHERE m.event_id IN ({",".join("?" * len(chunk))}) ORDER BY m.event_id, {order}""",
                chunk,
            )
            for row in rows:
                grouped[row["event_id"]].append(queries.mention_from_row(row))
        return dict(grouped)

    # -- articles ----------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """Return one stored article by its id (the ``doc_id`` of its mentions), or None."""
        rows = self._rows(f"SELECT {queries.ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (str(article_id),))
        return queries.article_from_row(rows[0]) if rows else None

    def articles_by_id(self, article_ids: Iterable[str]) -> dict[str, Article]:
        """Return many stored articles at once, by id (one query per 500 ids; unknown ids are absent)."""
        ids = sorted({str(article_id) for article_id in article_ids})
        found: dict[str, Article] = {}
        for begin in range(0, len(ids), _CHUNK):
            chunk = ids[begin:begin + _CHUNK]
            rows = self._rows(
                f"SELECT {queries.ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update((row["id"], queries.article_from_row(row)) for row in rows)
        return found

    def article_info(self, article_id: str) -> dict[str, Any] | None:
        """Return storage facts of an article: hash, when stored, near-duplicate link, sentences.

        Returns:
            ``{"id", "content_hash", "added_at", "near_duplicate_of" (article id or None),
            "similarity", "sentences": [[start, end], …], "mentions"}`` or None.
        """
        rows = self._rows(
            """SELECT a.pk, a.id, a.content_hash, a.added_at, o.id AS original, a.similarity,
                      (SELECT COUNT(*) FROM mentions m WHERE m.article_pk = a.pk) AS mentions
               FROM articles a LEFT JOIN articles o ON o.pk = a.near_duplicate_of WHERE a.id = ?""",
            (str(article_id),),
        )
        if not rows:
            return None
        row = rows[0]
        spans = self._rows('SELECT start, "end" FROM sentences WHERE article_pk = ? ORDER BY idx', (row["pk"],))
        return {
            "id": row["id"], "content_hash": row["content_hash"], "added_at": row["added_at"],
            "near_duplicate_of": row["original"], "similarity": row["similarity"],
            "sentences": [[span[0], span[1]] for span in spans], "mentions": row["mentions"],
        }

    def articles(self, *, query: str | None = None, limit: int | None = 50, offset: int = 0) -> list[Article]:
        """Return stored articles: full-text matches of ``query`` by relevance, else newest first.

        Args:
            query: Words that must all occur in title or text; ``"quoted phrases"`` stay phrases.
            limit: Page size (None: all).
            offset: Skip this many first.
        """
        if query is not None and query.strip():
            match = queries.fts_query(query)
            if match is None:
                return []
            sql = (f"SELECT {queries.ARTICLE_COLUMNS} FROM articles_fts f JOIN articles a ON a.pk = f.rowid "
                   "WHERE articles_fts MATCH ? ORDER BY f.rank, a.pk")
            params: list[Any] = [match]
        else:
            sql = f"SELECT {queries.ARTICLE_COLUMNS} FROM articles a ORDER BY a.published DESC NULLS LAST, a.pk DESC"
            params = []
        sql, params = _paginate(sql, params, limit, offset)
        return [queries.article_from_row(row) for row in self._rows(sql, params)]

    def count_articles(self, query: str | None = None) -> int:
        """Return how many articles match ``query`` (all articles when None)."""
        if query is not None and query.strip():
            match = queries.fts_query(query)
            if match is None:
                return 0
            return int(self._one("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", (match,))[0])
        return int(self._one("SELECT COUNT(*) FROM articles")[0])

    def article_mentions(self, article_id: str) -> list[Mention]:
        """Return every mention coded in one article, in text order."""
        return self.mentions(article_id=article_id)

    # -- summaries ---------------------------------------------------------------------

    def actors(self, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Return actors by number of mentions (as source or target), most mentioned first.

        Returns:
            ``[{"code", "name", "mentions"}, …]``
        """
        sql = """SELECT a.code, a.name,
                     (SELECT COUNT(*) FROM mentions m WHERE m.source_code = a.code)
                   + (SELECT COUNT(*) FROM mentions m WHERE m.target_code = a.code) AS mentions
                 FROM actors a ORDER BY mentions DESC, a.code"""
        sql, params = _paginate(sql, [], limit, offset)
        return [dict(row) for row in self._rows(sql, params)]

    def count_actors(self) -> int:
        """Return how many distinct actor codes are stored."""
        return int(self._one("SELECT COUNT(*) FROM actors")[0])

    def stats(self, *, top: int = 10) -> dict[str, Any]:
        """Return a summary of the store.

        Returns:
            ``{"path", "schema_version", "articles", "near_duplicates", "sources", "sentences",
            "mentions", "factual_mentions", "events", "actors", "first_date", "last_date",
            "top_dyads": [{"source", "target", "events", "goldstein_mean"}, …]}``; dates are
            the event date range (article dates when there are no events yet).
        """
        row = self._one(
            """SELECT (SELECT COUNT(*) FROM articles),
                      (SELECT COUNT(*) FROM articles WHERE near_duplicate_of IS NOT NULL),
                      (SELECT COUNT(DISTINCT source_key) FROM articles),
                      (SELECT COUNT(*) FROM sentences),
                      (SELECT COUNT(*) FROM mentions),
                      (SELECT COUNT(*) FROM mentions WHERE negated = 0 AND hypothetical = 0),
                      (SELECT COUNT(*) FROM events),
                      (SELECT COUNT(*) FROM actors),
                      (SELECT MIN(date) FROM events), (SELECT MAX(date) FROM events),
                      (SELECT MIN(substr(published, 1, 10)) FROM articles),
                      (SELECT MAX(substr(published, 1, 10)) FROM articles)"""
        )
        dyads = [{"source": t.source, "target": t.target, "events": t.events,
                  "goldstein_mean": round(t.goldstein_micros / (queries.GOLDSTEIN_SCALE * t.events), 3)}
                 for t in self.dyad_tallies(limit=top)]
        return {
            "path": self.path,
            "schema_version": self.schema_version,
            "articles": row[0],
            "near_duplicates": row[1],
            "sources": row[2],
            "sentences": row[3],
            "mentions": row[4],
            "factual_mentions": row[5],
            "events": row[6],
            "actors": row[7],
            "first_date": row[8] or row[10],
            "last_date": row[9] or row[11],
            "top_dyads": dyads,
        }


def _paginate(sql: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is None and not offset:
        return sql, params
    return f"{sql} LIMIT ? OFFSET ?", [*params, -1 if limit is None else max(int(limit), 0), max(int(offset), 0)]
