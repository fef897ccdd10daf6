"""The SQLite schema of the event store, as numbered migrations.

Each migration is a function over an open connection; ``PRAGMA user_version``
records how many have run. Migrations are append-only: never edit a released one,
add the next number instead, so existing database files upgrade in place.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from detente.errors import StoreError

logger = logging.getLogger(__name__)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute ``script`` statement by statement inside the caller's transaction.

    ``executescript`` would COMMIT first, so a failing migration could leave half a schema.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not statement.strip():
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise StoreError(f"incomplete SQL statement in migration: {statement.strip()[:60]}")


def _v1_core(conn: sqlite3.Connection) -> None:
    """Articles, sentences, actors, mentions, events and near-duplicate bands."""
    _run_script(
        conn,
        """
        CREATE TABLE articles (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            subtitle TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            published TEXT,
            url TEXT,
            publisher TEXT,
            source_key TEXT NOT NULL,
            source_path TEXT,
            format TEXT,
            record INTEGER,
            text TEXT NOT NULL,
            minhash BLOB,
            near_duplicate_of INTEGER REFERENCES articles(pk),
            similarity REAL,
            added_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_near_duplicate_of ON articles(near_duplicate_of);

        -- LSH bands of the MinHash signatures: candidates for near-duplicate checks
        CREATE TABLE article_bands (
            band_key INTEGER NOT NULL,
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE
        );
        CREATE INDEX article_bands_key ON article_bands(band_key);

        CREATE TABLE sentences (
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (article_pk, idx)
        ) WITHOUT ROWID;

        CREATE TABLE actors (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            dedup_key TEXT NOT NULL UNIQUE,
            source_code TEXT NOT NULL REFERENCES actors(code),
            source_country TEXT NOT NULL,
            target_code TEXT REFERENCES actors(code),
            target_country TEXT,
            event_code TEXT NOT NULL,
            root_code TEXT NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            plover_type TEXT,
            plover_mode TEXT,
            date TEXT NOT NULL,
            loc_name TEXT,
            loc_country TEXT,
            loc_lat REAL,
            loc_lon REAL,
            num_mentions INTEGER NOT NULL DEFAULT 0,
            num_sources INTEGER NOT NULL DEFAULT 0,
            num_articles INTEGER NOT NULL DEFAULT 0,
            first_seen TEXT NOT NULL,
            source_url TEXT,
            confidence REAL NOT NULL DEFAULT 0
        );
        CREATE INDEX events_dyad ON events(source_country, target_country, date);
        CREATE INDEX events_target ON events(target_country, date);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_root ON events(root_code, date);

        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            sentence_index INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            source_code TEXT NOT NULL REFERENCES actors(code),
            source_country TEXT NOT NULL,
            source_name TEXT NOT NULL,
            source_text TEXT NOT NULL,
            source_start INTEGER,
            source_end INTEGER,
            target_code TEXT REFERENCES actors(code),
            target_country TEXT,
            target_name TEXT,
            target_text TEXT,
            target_start INTEGER,
            target_end INTEGER,
            event_code TEXT NOT NULL,
            root_code TEXT NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            plover_type TEXT,
            plover_mode TEXT,
            negated INTEGER NOT NULL,
            hypothetical INTEGER NOT NULL,
            date TEXT,
            day TEXT,
            loc_name TEXT,
            loc_country TEXT,
            loc_lat REAL,
            loc_lon REAL,
            confidence REAL NOT NULL,
            rule TEXT NOT NULL,
            verb_text TEXT NOT NULL,
            verb_start INTEGER,
            verb_end INTEGER
        );
        CREATE INDEX mentions_article ON mentions(article_pk, sentence_index);
        CREATE INDEX mentions_event ON mentions(event_id);
        CREATE INDEX mentions_dyad ON mentions(source_country, target_country, day);
        CREATE INDEX mentions_target ON mentions(target_country, day);
        CREATE INDEX mentions_source_code ON mentions(source_code);
        CREATE INDEX mentions_target_code ON mentions(target_code);
        CREATE INDEX mentions_day ON mentions(day);
        """
    )


def _v2_article_search(conn: sqlite3.Connection) -> None:
    """Full-text index over article title and text, kept in sync by triggers."""
    _run_script(
        conn,
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='pk'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.pk, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.pk, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
        END;
        -- index what a version-1 database already holds
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
        """
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1_core, _v2_article_search]
"""Migration ``n`` (1-based) is ``MIGRATIONS[n - 1]``."""

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """Return the number of migrations applied to ``conn``'s database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION, origin: str = "database") -> int:
    """Apply the pending migrations up to ``target``, each in its own transaction.

    Args:
        conn: A connection in autocommit mode (``isolation_level=None``).
        target: Version to reach (tests use lower values to build old databases).
        origin: Name of the database file, for error messages.

    Returns:
        The number of migrations applied.

    Raises:
        StoreError: The file was written by a newer detente, or a migration failed.
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"{origin} has schema version {current} but this detente knows only up to "
            f"{SCHEMA_VERSION}; upgrade detente or use another --db file"
        )
    applied = 0
    while current < target:
        # another process may be migrating the same file: re-read the version under the write lock
        number = current + 1
        try:
            conn.execute("BEGIN IMMEDIATE")
            current = schema_version(conn)
            if current >= number:
                conn.execute("COMMIT")
                continue
            step = MIGRATIONS[number - 1]
            logger.info("migrating %s to schema version %d (%s)", origin, number, step.__doc__)
            step(conn)
            # PRAGMA takes no parameters; ``number`` is an int from our own list
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"{origin}: migration {number} failed: {exc}") from exc
        current = number
        applied += 1
    return applied
