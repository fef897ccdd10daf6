"""Watch mode: directories and feeds, only new input coded, state survives restarts."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from detente.errors import ConfigError
from detente.records import CodedArticle
from detente.store import Store
from detente.watch import CycleReport, Watcher, WatchState, parse_duration, state_path_for

PARAGRAPHS = [
    "The Kenyan foreign minister met his Ugandan counterpart in Nairobi on {day} to discuss border trade.",
    "Both governments agreed to reopen the crossing at Malaba before the end of the month, officials said.",
]


def article_text(day: str) -> str:
    return "\n\n".join(p.format(day=day) for p in PARAGRAPHS) + "\n"


class FakeCoder:
    """Records what it was asked to code; every article gets one sentence and no mention."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.seen: list[str] = []
        self.fail_after = fail_after
        self.calls = 0

    def __call__(self, articles):
        self.calls += 1
        for article in articles:
            if self.fail_after is not None and len(self.seen) >= self.fail_after:
                raise RuntimeError("simulated crash while coding")
            self.seen.append(article.paragraphs[0])
            yield CodedArticle(article, [(0, len(article.text))], [])


def write(path: Path, text: str, age: float = 60.0) -> Path:
    path.write_text(text, encoding="utf-8")
    past = time.time() - age
    os.utime(path, (past, past))
    return path


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "watch.db"


def run(sources, db: Path, coder: FakeCoder, **kwargs) -> CycleReport:
    with Store(db) as store, Watcher([str(s) for s in sources], store, code=coder, **kwargs) as watcher:
        return watcher.run_once()


def test_parse_duration():
    assert parse_duration("15m") == 900
    assert parse_duration("30s") == 30
    assert parse_duration("2h") == 7200
    assert parse_duration("90") == 90
    assert parse_duration("1.5m") == 90
    for bad in ("", "0", "-5m", "15 minutes", "m"):
        with pytest.raises(ConfigError):
            parse_duration(bad)


def test_directory_codes_only_new_and_changed_files(tmp_path: Path, db: Path):
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    write(inbox / "a.txt", article_text("Monday"))
    write(inbox / "sub" / "b.txt", article_text("Tuesday"))
    write(inbox / ".hidden.txt", article_text("Sunday"))
    coder = FakeCoder()

    first = run([inbox], db, coder, chunk=1)
    assert (first.found, first.new, first.coded, first.errors) == (2, 2, 2, 0)
    assert coder.calls == 1  # one coding stream per cycle: worker processes start at most once
    assert state_path_for(db).is_file()
    with Store(db) as store:
        assert store.count_articles() == 2

    second = run([inbox], db, coder)  # a new Watcher: the state comes from the file
    assert (second.found, second.new, second.coded) == (2, 0, 0)

    write(inbox / "c.txt", article_text("Wednesday"))
    write(inbox / "a.txt", article_text("Thursday"), age=30)  # changed content
    os.utime(inbox / "sub" / "b.txt", (time.time() - 10, time.time() - 10))  # touched, same bytes
    third = run([inbox], db, coder)
    assert (third.found, third.new, third.coded) == (3, 2, 2)
    assert len(coder.seen) == 4
    assert sorted(s.split(" on ")[1].split()[0] for s in coder.seen[2:]) == ["Thursday", "Wednesday"]
    with Store(db) as store:
        assert store.count_articles() == 4


def test_files_still_being_written_wait_for_the_next_cycle(tmp_path: Path, db: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox / "fresh.txt", article_text("Monday"), age=0)
    coder = FakeCoder()
    report = run([inbox], db, coder, settle=30)
    assert (report.found, report.new, report.coded) == (0, 0, 0)
    report = run([inbox], db, coder, settle=0)
    assert (report.new, report.coded) == (1, 1)


def test_crash_before_commit_loses_nothing_and_stores_nothing_twice(tmp_path: Path, db: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for day in ("Monday", "Tuesday", "Wednesday"):
        write(inbox / f"{day}.txt", article_text(day))
    with pytest.raises(RuntimeError):
        run([inbox], db, FakeCoder(fail_after=2), chunk=1)
    # Chunks of one article: the first two were stored and committed before the crash.
    committed = WatchState.load(state_path_for(db))
    assert len(committed.files) == 2

    coder = FakeCoder()
    report = run([inbox], db, coder)
    assert (report.new, report.coded, report.duplicates) == (1, 1, 0)
    assert coder.seen == [article_text("Wednesday").split("\n\n")[0]]
    with Store(db) as store:
        assert store.count_articles() == 3


def test_state_file_that_is_not_json_is_a_config_error(tmp_path: Path, db: Path):
    state_path_for(db).write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="delete it"):
        run([tmp_path], db, FakeCoder())


def test_missing_directory_is_a_config_error(tmp_path: Path, db: Path):
    with pytest.raises(ConfigError, match="no such directory"):
        run([tmp_path / "nowhere"], db, FakeCoder())


# -- feeds over a loopback HTTP server ------------------------------------------------------

PAGE = """<!doctype html><html><head><title>{title}</title>
<meta property="og:title" content="{title}"></head><body>
<nav>Home | World | Politics</nav>
<article><h1>{title}</h1>
<p>{p1}</p>
<p>{p2}</p>
<p>Officials on both sides said further meetings would follow in the coming weeks, although no date was set.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def rss(items: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>"
        for title, link in items
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>'
            f"<link>http://example.invalid/</link>{body}</channel></rss>")


class Site:
    """Pages served by the loopback server: path → (status, body); counts requests per path."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str]] = {}
        self.hits: dict[str, int] = {}

    def page(self, path: str, day: str) -> None:
        title = f"Kenya and Uganda talk trade on {day}"
        p1, p2 = article_text(day).strip().split("\n\n")
        self.pages[path] = (200, PAGE.format(title=title, p1=p1, p2=p2))


@pytest.fixture()
def site():
    served = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server API)
            served.hits[self.path] = served.hits.get(self.path, 0) + 1
            status, body = served.pages.get(self.path, (404, "not found"))
            data = body.encode("utf-8")
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(status)
            kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html; charset=utf-8"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield served
    server.shutdown()
    server.server_close()


def test_feed_items_are_fetched_extracted_and_coded_once(site: Site, db: Path):
    site.page("/news/1.html", "Monday")
    site.page("/news/2.html", "Tuesday")
    site.pages["/feed.xml"] = (200, rss([("One", "/news/1.html"), ("Two", f"{site.base}/news/2.html")]))
    feed = f"{site.base}/feed.xml"
    coder = FakeCoder()

    first = run([feed], db, coder)
    assert (first.found, first.new, first.coded, first.errors) == (2, 2, 2, 0)
    with Store(db) as store:
        urls = sorted(a.url for a in store.articles())
    assert urls == [f"{site.base}/news/1.html", f"{site.base}/news/2.html"]
    assert any("Monday" in s for s in coder.seen)

    # Unchanged feed: the server answers 304 to the stored ETag; no page is fetched again.
    second = run([feed], db, coder)
    assert (second.found, second.new, second.coded) == (2, 0, 0)
    assert site.hits["/news/1.html"] == 1

    site.page("/news/3.html", "Friday")
    site.pages["/feed.xml"] = (200, rss([("Three", "/news/3.html"), ("One", "/news/1.html"),
                                         ("Two", f"{site.base}/news/2.html")]))
    third = run([feed], db, coder)
    assert (third.found, third.new, third.coded) == (3, 1, 1)
    assert "Friday" in coder.seen[-1]
    assert site.hits["/news/1.html"] == 1


def test_feed_item_whose_page_fails_is_retried_next_cycle(site: Site, db: Path):
    site.page("/news/1.html", "Monday")
    site.pages["/news/2.html"] = (500, "server error")
    site.pages["/feed.xml"] = (200, rss([("One", "/news/1.html"), ("Two", "/news/2.html")]))
    feed = f"{site.base}/feed.xml"
    coder = FakeCoder()

    first = run([feed], db, coder)
    assert (first.new, first.coded, first.errors) == (2, 1, 1)

    site.page("/news/2.html", "Tuesday")
    second = run([feed], db, coder)  # the feed itself is unchanged, but its validators were not kept
    assert (second.new, second.coded, second.errors) == (1, 1, 0)
    assert "Tuesday" in coder.seen[-1]


def test_unreachable_feed_counts_an_error_and_directories_still_run(tmp_path: Path, db: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox / "a.txt", article_text("Monday"))
    report = run(["http://127.0.0.1:9/feed.xml", inbox], db, FakeCoder())
    assert (report.errors, report.coded) == (1, 1)


def test_run_forever_logs_each_cycle(tmp_path: Path, db: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox / "a.txt", article_text("Monday"))
    reports: list[CycleReport] = []
    sleeps: list[float] = []

    def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        write(inbox / f"n{len(sleeps)}.txt", article_text(f"day {len(sleeps)}"))

    with Store(db) as store, Watcher([str(inbox)], store, code=FakeCoder()) as watcher:
        watcher.run_forever(60, reports.append, cycles=3, sleep=fake_sleep)
    assert [r.new for r in reports] == [1, 1, 1]
    assert len(sleeps) == 2 and all(0 < s <= 60 for s in sleeps)
    assert reports[0].line().startswith("found=1 new=1 coded=1 events=0")


@pytest.mark.slow
def test_cli_watch_once_codes_a_directory(tmp_path: Path, capsys):
    from detente.cli import main

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox / "a.txt", "Russia and China signed an agreement on energy supplies on Monday.\n\n"
                           "Germany condemned Iran for the detention of its citizens.\n")
    db = tmp_path / "cli.db"
    assert main(["watch", str(inbox), "--db", str(db), "--once"]) == 0
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert "found=1 new=1 coded=1" in line
    with Store(db) as store:
        assert store.count_articles() == 1
        assert store.count_mentions() >= 1
    assert main(["watch", str(inbox), "--db", str(db), "--once"]) == 0
    assert "found=1 new=0 coded=0" in capsys.readouterr().err
