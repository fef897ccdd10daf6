"""Continuous ingest: poll directories and RSS/Atom feeds, code only what is new.

A cycle lists every source, picks the files (by path, size/mtime and content hash)
and feed items (by id or link) not seen before, codes them, stores them, and only
then records them as seen in a state file next to the database
(``<db>.watch.json``, replaced atomically). A crash before the commit means the
items are coded again on the next cycle, and the store's content-hash idempotency
keeps them from being counted twice; a restart after the commit codes nothing twice.

Feed items are fetched with httpx and extracted with :func:`detente.ingest.read_html`;
an item whose page cannot be fetched is retried on the next cycle.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from detente.errors import ConfigError, DetenteError, InputError
from detente.records import Article, CodedArticle

if TYPE_CHECKING:
    import httpx

    from detente.store import Store

logger = logging.getLogger(__name__)

STATE_VERSION = 1
STATE_SUFFIX = ".watch.json"
DEFAULT_EVERY = 15 * 60.0
DEFAULT_SETTLE = 2.0
DEFAULT_CHUNK = 64
# Per feed, how many item keys are remembered; feeds publish far fewer than this per window.
MAX_SEEN_PER_FEED = 5000
USER_AGENT = "detente-watch (+https://pypi.org/project/detente)"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}

CodeFunction = Callable[[Iterable[Article]], Iterator[CodedArticle]]


def parse_duration(text: str) -> float:
    """Return seconds for ``"90"``, ``"30s"``, ``"15m"``, ``"1h"`` or ``"1d"``.

    Raises:
        ConfigError: The text is not a positive duration.
    """
    match = _DURATION.match(text)
    seconds = float(match.group(1)) * _UNITS[match.group(2).lower()] if match else 0.0
    if seconds <= 0:
        raise ConfigError(f"invalid interval {text!r} — use a positive number with s, m, h or d (e.g. 15m)")
    return seconds


def is_feed_url(source: str) -> bool:
    """True for ``http://`` and ``https://`` sources (feeds); anything else is a directory or file."""
    return source.lower().startswith(("http://", "https://"))


def state_path_for(db: str | Path) -> Path:
    """Where the watch state of database ``db`` lives (next to it)."""
    return Path(f"{db}{STATE_SUFFIX}")


@dataclass
class WatchState:
    """What has been coded already: files by path, feed items by key, per-feed HTTP validators.

    Attributes:
        files: path → {"mtime_ns", "size", "sha256"} of each coded file.
        feeds: feed URL → {"seen": [item keys, oldest first], "etag", "modified"}.
    """

    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    feeds: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> WatchState:
        """Read the state file (an empty state when it does not exist).

        Raises:
            ConfigError: The file exists but is not a watch state.
        """
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != STATE_VERSION:
                raise ValueError(f"unknown version {data.get('version')!r}")
            return cls(files=dict(data["files"]), feeds=dict(data["feeds"]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(f"{path}: not a readable watch state ({exc}) — delete it to start over "
                              "(already stored articles will not be stored twice)") from None

    def save(self, path: Path) -> None:
        """Write the state atomically (temporary file, fsync, rename)."""
        tmp = path.with_name(path.name + ".tmp")
        data = {"version": STATE_VERSION, "files": self.files, "feeds": self.feeds}
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, sort_keys=True)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)

    def feed(self, url: str) -> dict[str, Any]:
        """The state of one feed, created empty on first use."""
        return self.feeds.setdefault(url, {"seen": [], "etag": None, "modified": None})


@dataclass
class CycleReport:
    """The counts of one watch cycle (one log line).

    Attributes:
        found: Files and feed items present in the sources.
        new: Of those, new or changed since the last cycle.
        coded: Articles coded (a JSONL file may hold several).
        events: Mentions stored.
        duplicates: Articles already in the database (same content).
        errors: Sources, files or items that failed (retried next cycle).
    """

    found: int = 0
    new: int = 0
    coded: int = 0
    events: int = 0
    duplicates: int = 0
    errors: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        """The one-line summary printed per cycle."""
        return (f"found={self.found} new={self.new} coded={self.coded} events={self.events} "
                f"duplicates={self.duplicates} errors={self.errors} in {self.seconds:.1f}s")


@dataclass
class _Pending:
    """A new file or feed item: its articles and the state change to commit once stored."""

    articles: list[Article]
    commit: Callable[[], None]


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in a stable order, without hidden files, READMEs and temp files."""
    if root.is_file():
        yield root
        return
    from detente.ingest import walk_files

    # files still being written by a downloader are left for a later cycle
    yield from (path for path in walk_files(root) if not path.name.lower().endswith((".tmp", ".part")))


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Watcher:
    """Polls sources and codes what is new into one store.

    Args:
        sources: Directories, files and feed URLs.
        store: The open store that receives the coded articles.
        state_path: The state file (default: next to the store's database).
        code: Articles → coded articles (default :func:`detente.pipeline.code_articles`).
        settle: Files modified less than this many seconds ago are left for the next
            cycle (they may still be being written).
        chunk: Articles coded and stored per transaction; the state is committed after each.
        client: httpx client for feeds (default: one created on first use).
    """

    def __init__(
        self,
        sources: Sequence[str],
        store: Store,
        *,
        state_path: Path | None = None,
        code: CodeFunction | None = None,
        settle: float = DEFAULT_SETTLE,
        chunk: int = DEFAULT_CHUNK,
        client: httpx.Client | None = None,
    ) -> None:
        if not sources:
            raise ConfigError("nothing to watch — give at least one directory or feed URL")
        for source in sources:
            if not is_feed_url(source) and not Path(source).exists():
                raise ConfigError(f"{source}: no such directory or file — check the path, or give an http(s) feed URL")
        if state_path is None:
            if str(store.path) == ":memory:":
                raise ConfigError("watch mode needs a database file (--db) to keep its state next to")
            state_path = state_path_for(store.path)
        self.sources = list(sources)
        self.store = store
        self.state_path = Path(state_path)
        self.state = WatchState.load(self.state_path)
        self._code = code
        self.settle = settle
        self.chunk = max(1, chunk)
        self._client = client
        self._own_client = client is None

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        """Close the HTTP client if the watcher created it."""
        if self._client is not None and self._own_client:
            self._client.close()
            self._client = None

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def client(self) -> httpx.Client:
        """The HTTP client (created lazily so directory-only watching never imports httpx)."""
        if self._client is None:
            import httpx

            self._client = httpx.Client(timeout=30.0, follow_redirects=True, headers={"User-Agent": USER_AGENT})
        return self._client

    # -- one cycle -------------------------------------------------------------------

    def run_once(self) -> CycleReport:
        """Run one cycle: find new input, code it, store it, commit the state.

        Everything new goes through one coding stream (so worker processes start at
        most once per cycle); results are stored every ``chunk`` articles, and an item
        is marked as seen once all of its articles are stored.
        """
        started = time.monotonic()
        report = CycleReport()
        waiting: deque[list[Any]] = deque()  # [pending, articles not yet stored], in input order

        def articles() -> Iterator[Article]:
            for pending in self._discover(report):
                waiting.append([pending, len(pending.articles)])
                yield from pending.articles

        code = self._code
        if code is None:
            from detente.pipeline import code_articles as code
        batch: list[CodedArticle] = []
        for item in code(articles()):
            batch.append(item)
            if len(batch) >= self.chunk:
                self._store(batch, waiting, report)
                batch = []
        self._store(batch, waiting, report)
        report.seconds = time.monotonic() - started
        return report

    def _store(self, batch: list[CodedArticle], waiting: deque[list[Any]], report: CycleReport) -> None:
        """Store coded articles, then mark the items they completed as seen and save the state."""
        if batch:
            result = self.store.add_batch(batch)
            report.coded += len(batch)
            report.events += result.mentions_added
            report.duplicates += result.articles_duplicate
        stored = len(batch)
        while waiting:
            entry = waiting[0]
            taken = min(stored, entry[1])
            entry[1] -= taken
            stored -= taken
            if entry[1] > 0:
                break
            waiting.popleft()[0].commit()
        self.state.save(self.state_path)

    def _discover(self, report: CycleReport) -> Iterator[_Pending]:
        for source in self.sources:
            if is_feed_url(source):
                yield from self._discover_feed(source, report)
            else:
                yield from self._discover_files(Path(source), report)

    # -- directories -----------------------------------------------------------------

    def _discover_files(self, root: Path, report: CycleReport) -> Iterator[_Pending]:
        from detente.ingest import read_paths

        now = time.time()
        try:
            paths = list(_walk(root))
        except OSError as exc:
            report.errors += 1
            logger.warning("%s: cannot list (%s)", root, exc)
            return
        for path in paths:
            key = str(path.resolve())
            try:
                info = path.stat()
            except OSError:
                continue  # removed between listing and stat
            report.found += 1
            known = self.state.files.get(key)
            if known and known["mtime_ns"] == info.st_mtime_ns and known["size"] == info.st_size:
                continue
            if now - info.st_mtime < self.settle:
                report.found -= 1  # still being written: counted when it has settled
                continue
            try:
                digest = _file_digest(path)
            except OSError as exc:
                report.errors += 1
                logger.warning("%s: cannot read (%s)", path, exc)
                continue
            entry = {"mtime_ns": info.st_mtime_ns, "size": info.st_size, "sha256": digest}
            commit = _setter(self.state.files, key, entry)
            if known and known.get("sha256") == digest:
                commit()  # touched but unchanged
                continue
            report.new += 1
            errors: list[InputError] = []
            articles = list(read_paths([path], on_error=errors.append))
            for error in errors:
                report.errors += 1
                logger.warning("skipped %s", error)
            yield _Pending(articles, commit)

    # -- feeds -----------------------------------------------------------------------

    def _discover_feed(self, url: str, report: CycleReport) -> Iterator[_Pending]:
        import feedparser

        feed_state = self.state.feed(url)
        headers = {}
        if feed_state.get("etag"):
            headers["If-None-Match"] = feed_state["etag"]
        if feed_state.get("modified"):
            headers["If-Modified-Since"] = feed_state["modified"]
        try:
            response = self.client.get(url, headers=headers)
        except Exception as exc:  # httpx.HTTPError and friends: the feed is retried next cycle
            report.errors += 1
            logger.warning("%s: cannot fetch the feed (%s)", url, exc)
            return
        if response.status_code == 304:
            report.found += len(feed_state["seen"])
            return
        if response.status_code >= 400:
            report.errors += 1
            logger.warning("%s: the feed answered HTTP %d", url, response.status_code)
            return
        parsed = feedparser.parse(response.content)
        entries = list(parsed.entries)
        if not entries and parsed.bozo:
            report.errors += 1
            logger.warning("%s: not an RSS/Atom feed (%s)", url, parsed.get("bozo_exception"))
            return
        seen = set(feed_state["seen"])
        failed = False
        for entry in entries:
            key = entry.get("id") or entry.get("link")
            if not key:
                continue
            report.found += 1
            if key in seen:
                continue
            report.new += 1
            article = self._fetch_item(entry, url)
            if article is None:
                report.errors += 1
                failed = True
                continue
            seen.add(key)
            yield _Pending([article], _appender(feed_state["seen"], key))
        if not failed:
            # Validators only once every item was read: a 304 must not hide a failed item.
            validators = {"etag": response.headers.get("etag"), "modified": response.headers.get("last-modified")}
            yield _Pending([], lambda: feed_state.update(validators))

    def _fetch_item(self, entry: Any, feed_url: str) -> Article | None:
        """The article behind a feed item (its page, else the item's own HTML content)."""
        from detente.ingest import read_html

        link = entry.get("link")
        article = None
        if link:
            link = urljoin(feed_url, link)  # feeds may give links relative to themselves
            try:
                response = self.client.get(link)
                response.raise_for_status()
                article = read_html(response.text, url=str(response.url), name=str(response.url))
            except InputError as exc:
                logger.info("%s: %s; using the feed item's own content", link, exc)
            except Exception as exc:  # network errors: retried next cycle
                logger.warning("%s: cannot fetch the item page (%s)", link, exc)
                return None
        if article is None:
            content = _entry_html(entry)
            if not content:
                logger.warning("%s: feed item %r has no readable page or content", feed_url, link)
                return None
            try:
                article = read_html(content, url=link, name=link or feed_url)
            except InputError as exc:
                logger.warning("%s: %s", feed_url, exc)
                return None
        if not article.published:
            article.published = _entry_date(entry)
        if not article.title:
            article.title = entry.get("title")
        return article

    # -- loop ------------------------------------------------------------------------

    def run_forever(self, every: float, on_cycle: Callable[[CycleReport], None] | None = None,
                    *, cycles: int | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        """Run cycles every ``every`` seconds (measured start to start) until interrupted.

        Args:
            every: Seconds between cycle starts.
            on_cycle: Receives each cycle's report.
            cycles: Stop after this many cycles (None = forever).
            sleep: Sleep function (tests pass a fake).
        """
        done = 0
        while cycles is None or done < cycles:
            started = time.monotonic()
            try:
                report = self.run_once()
            except DetenteError as exc:
                # e.g. the database is locked by another writer: try again next cycle
                logger.error("cycle failed: %s", exc)
                report = CycleReport(errors=1, seconds=time.monotonic() - started)
            if on_cycle is not None:
                on_cycle(report)
            done += 1
            if cycles is not None and done >= cycles:
                break
            sleep(max(0.0, every - (time.monotonic() - started)))


def _setter(mapping: dict[str, Any], key: str, value: Any) -> Callable[[], None]:
    def commit() -> None:
        mapping[key] = value
    return commit


def _appender(seen: list[str], key: str) -> Callable[[], None]:
    def commit() -> None:
        seen.append(key)
        del seen[:-MAX_SEEN_PER_FEED]
    return commit


def _entry_html(entry: Any) -> str | None:
    for content in entry.get("content") or []:
        if content.get("value"):
            return f"<html><body><article>{content['value']}</article></body></html>"
    summary = entry.get("summary")
    return f"<html><body><article><p>{summary}</p></article></body></html>" if summary else None


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime(*parsed[:6], tzinfo=timezone.utc).date().isoformat()


def watch(
    sources: Sequence[str],
    db: str | Path,
    *,
    every: float = DEFAULT_EVERY,
    once: bool = False,
    on_cycle: Callable[[CycleReport], None] | None = None,
    code: CodeFunction | None = None,
    settle: float = DEFAULT_SETTLE,
) -> CycleReport | None:
    """Watch ``sources`` and code what is new into the database ``db``.

    Args:
        sources: Directories, files and RSS/Atom feed URLs.
        db: The SQLite database; the state file sits next to it.
        every: Seconds between cycles.
        once: Run a single cycle and return its report (for cron and tests).
        on_cycle: Receives each cycle's report (the CLI prints it).
        code: Articles → coded articles (default :func:`detente.pipeline.code_articles`).
        settle: Seconds a file must be unmodified before it is read.

    Returns:
        The report of the single cycle with ``once``; otherwise runs until interrupted.
    """
    from detente.store import Store

    with Store(db) as store, Watcher(sources, store, code=code, settle=settle) as watcher:
        if once:
            report = watcher.run_once()
            if on_cycle is not None:
                on_cycle(report)
            return report
        watcher.run_forever(every, on_cycle)
    return None
