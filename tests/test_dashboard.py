"""The dashboard in a real headless Chromium: what a person sees and clicks.

The app runs under uvicorn in a background thread on a free loopback port, over a
store filled with the hand-coded corpus of ``server_corpus``. Screenshots of every
page go to ``test-artifacts/`` for a human look.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from server_corpus import build_db

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The dashboard served by uvicorn in a thread over the test corpus."""
    uvicorn = pytest.importorskip("uvicorn")
    from detente.server.app import create_app

    db = build_db(tmp_path_factory.mktemp("dashboard") / "events.db")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, base_url):
    """A fresh page that fails the test on any console error or failed request."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    # a request the browser itself aborts because the page navigated on (a favicon still loading
    # when a filter form reloads the page) is no failure of the server
    tab.on("requestfailed", lambda req: problems.append(f"{req.url}: {req.failure}")
           if "ERR_ABORTED" not in (req.failure or "") else None)
    tab.on("response", lambda res: problems.append(f"{res.url}: {res.status}") if res.status >= 400 else None)
    yield tab
    context.close()
    assert problems == [], problems


def _chart_box(page, selector: str) -> dict:
    chart = page.locator(f"{selector} svg.chart")
    chart.wait_for()
    box = chart.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100, box
    return box


def test_overview_shows_counts_timeline_and_dyads(page, artifacts_dir):
    page.goto("/")
    counts = page.locator(".counts .count b").all_inner_texts()
    assert counts[:2] == ["5", "5"]  # articles, events
    _chart_box(page, "#world-chart")
    # conflict and cooperation bars are drawn (one month of each at least)
    assert page.locator("#world-chart rect.q1").count() >= 1
    assert page.locator("#world-chart rect.q4").count() >= 1
    assert page.get_by_role("link", name="RUS → UKR").first.is_visible()
    page.screenshot(path=str(artifacts_dir / "dashboard-overview.png"), full_page=True)


def test_dyad_page_chart_brief_and_event_click_opens_evidence(page, artifacts_dir):
    page.goto("/")
    page.get_by_role("link", name="RUS → UKR").first.click()
    page.wait_for_url("**/dyads/RUS/UKR")
    _chart_box(page, "#dyad-chart")
    assert page.locator("#brief").inner_text().strip() != ""
    page.screenshot(path=str(artifacts_dir / "dashboard-dyad.png"), full_page=True)

    page.locator("a.event-link", has_text="Use conventional military force").first.click()
    page.wait_for_url("**/events/*")
    sentence = page.locator(".evidence .sentence").first
    assert sentence.is_visible()
    assert "Russian forces attacked the city" in sentence.inner_text()
    assert page.locator(".evidence .sentence .verb").first.inner_text() == "attacked"
    assert page.locator(".evidence .sentence .src").first.inner_text() == "Russian forces"
    page.screenshot(path=str(artifacts_dir / "dashboard-event.png"), full_page=True)

    page.locator("a.open-article").first.click()
    page.wait_for_url("**/articles/kharkiv?s=1#s-1")
    focused = page.locator(".text .focus")
    assert focused.count() >= 1 and focused.first.is_visible()
    assert "Russian forces attacked the city" in "".join(focused.all_inner_texts())
    page.screenshot(path=str(artifacts_dir / "dashboard-article-focus.png"), full_page=True)


def test_article_page_marks_every_event_and_its_modality(page, artifacts_dir):
    page.goto("/articles/geneva")
    text = page.locator(".text")
    assert text.locator(".ev").count() >= 3
    negated = text.locator(".ev.neg").first
    hypothetical = text.locator(".ev.hyp").first
    assert "did not" in negated.inner_text() or "did not" in text.inner_text()
    assert negated.is_visible() and hypothetical.is_visible()
    # negated and hypothetical look unlike a factual event
    factual_bg = text.locator(".ev.q1:not(.neg):not(.hyp)").first.evaluate("e => getComputedStyle(e).backgroundImage + getComputedStyle(e).backgroundColor")
    negated_bg = negated.evaluate("e => getComputedStyle(e).backgroundImage + getComputedStyle(e).backgroundColor")
    assert factual_bg != negated_bg
    assert hypothetical.evaluate("e => getComputedStyle(e).fontStyle") == "italic"
    flags = page.locator("table .flag").all_inner_texts()
    assert [f.lower() for f in flags] == ["factual", "negated", "hypothetical"]
    page.screenshot(path=str(artifacts_dir / "dashboard-article.png"), full_page=True)


def test_search_box_finds_an_article_and_keeps_state_in_the_url(page, artifacts_dir):
    page.goto("/")
    box = page.get_by_role("searchbox", name="Search article text")
    box.fill("ceasefire")
    box.press("Enter")
    page.wait_for_url("**/articles?q=ceasefire")
    results = page.locator(".results .result-title")
    assert results.all_inner_texts() == ["Lavrov meets Ukrainian envoys in Geneva"]
    page.screenshot(path=str(artifacts_dir / "dashboard-search.png"), full_page=True)
    results.first.click()
    page.wait_for_url("**/articles/geneva")


def test_event_filters_live_in_the_query_string(page, artifacts_dir):
    page.goto("/events")
    page.locator("select[name=quad_class]").select_option("4")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/events?*quad_class=4*")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1
    shared = page.url
    page.goto(shared)  # the same link shows the same view
    assert page.locator("select[name=quad_class]").input_value() == "4"
    assert page.locator("table.events tbody tr").count() == 1
    page.screenshot(path=str(artifacts_dir / "dashboard-events.png"), full_page=True)
