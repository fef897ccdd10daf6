"""The JSON API, in process (FastAPI TestClient) over a store of hand-coded articles."""

from __future__ import annotations

import warnings

import pytest
from server_corpus import build_db

pytest.importorskip("fastapi")

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("api") / "events.db")


def _client(app):
    with warnings.catch_warnings():
        # Starlette nudges towards httpx2; the TestClient still works with httpx
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

        return TestClient(app)


@pytest.fixture(scope="module")
def client(db_path):
    from detente.server.app import create_app

    return _client(create_app(db_path))


@pytest.fixture
def writable(tmp_path, monkeypatch):
    """A client over a fresh copy of the corpus with posting enabled by token."""
    from detente.server.app import create_app

    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    return _client(create_app(build_db(tmp_path / "events.db"), token=TOKEN, max_body_bytes=20_000,
                              max_batch=2))


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


# -- read endpoints ----------------------------------------------------------------

def test_stats_counts_the_corpus_without_leaking_the_file_path(client):
    stats = get(client, "/api/stats")
    assert (stats["articles"], stats["mentions"], stats["factual_mentions"], stats["events"]) == (5, 8, 6, 5)
    assert (stats["first_date"], stats["last_date"]) == ("2024-03-01", "2024-05-20")
    assert "path" not in stats
    assert stats["top_dyads"][0]["href"] == "/dyads/RUS/UKR"


def test_events_are_paginated_newest_first_with_total(client):
    first = get(client, "/api/events?limit=2")
    assert (first["total"], first["count"], first["next_offset"], first["prev_offset"]) == (5, 2, 2, None)
    dates = [e["date"] for e in first["items"]]
    assert dates == sorted(dates, reverse=True)
    last = get(client, "/api/events?limit=2&offset=4")
    assert (last["count"], last["next_offset"], last["prev_offset"]) == (1, None, 2)
    seen = {e["id"] for e in first["items"]} | {e["id"] for e in get(client, "/api/events?limit=2&offset=2")["items"]}
    assert len(seen | {e["id"] for e in last["items"]}) == 5
    beyond = get(client, "/api/events?offset=100")
    assert (beyond["total"], beyond["items"]) == (5, [])


@pytest.mark.parametrize(("query", "codes"), [
    ("source=RUS&target=UKR", {"040", "190"}),
    ("source=rus&target=ukr&both_ways=true", {"040", "190", "112"}),
    ("source=RUSGOV", {"040"}),
    ("actor=USA", {"033", "111"}),
    ("quad_class=4", {"190"}),
    ("root=11", {"111", "112"}),
    ("code=033", {"033"}),
    ("since=2024-04-01&until=2024-04-30", {"112", "190"}),
    ("q=accused", {"112"}),
    ("source=CHN", set()),
])
def test_event_filters(client, query, codes):
    page = get(client, f"/api/events?{query}")
    assert {e["event_code"] for e in page["items"]} == codes
    assert page["total"] == len(page["items"])


def test_event_detail_has_every_mention_with_evidence_and_article(client):
    events = get(client, "/api/events?code=033")["items"]
    detail = get(client, f"/api/events/{events[0]['id']}")
    assert detail["event"]["num_mentions"] == 2 and detail["event"]["num_articles"] == 2
    assert {m["doc_id"] for m in detail["mentions"]} == {"aid", "aid-followup"}
    for mention in detail["mentions"]:
        assert mention["evidence"]["verb"] == "pledged"
        assert mention["source"]["text"] == "The United States"
        assert mention["article"]["title"] in {"Washington pledges aid to Ukraine", "Aid package details"}
        assert mention["href"].startswith(f"/articles/{mention['doc_id']}?s=")


def test_unknown_event_is_a_clear_404(client):
    body = get(client, "/api/events/424242", status=404)
    assert body["status"] == 404 and "424242" in body["message"] and "/api/events" in body["message"]


def test_article_search_uses_full_text_and_survives_operators(client):
    found = get(client, "/api/articles?q=ceasefire")
    assert [a["id"] for a in found["items"]] == ["geneva"] and found["total"] == 1
    phrase = get(client, '/api/articles?q="military aid"')
    assert {a["id"] for a in phrase["items"]} == {"aid", "aid-followup"}
    for odd in ['NEAR(', '"', "AND OR NOT", "*", "title:x"]:
        assert get(client, f"/api/articles?q={odd}")["total"] >= 0
    everything = get(client, "/api/articles?limit=2")
    assert everything["total"] == 5 and everything["count"] == 2


def test_article_detail_has_text_and_spans_that_point_into_it(client):
    detail = get(client, "/api/articles/geneva")
    text = detail["article"]["text"]
    assert len(detail["mentions"]) == 3
    for mention in detail["mentions"]:
        evidence = mention["evidence"]
        assert text[evidence["sentence_start"]:evidence["sentence_end"]] == mention["sentence"]
        assert text[evidence["verb_start"]:evidence["verb_end"]] == evidence["verb"]
        for role in ("source", "target"):
            actor = mention[role]
            assert text[actor["start"]:actor["end"]] == actor["text"]
    flags = [(m["negated"], m["hypothetical"], m["event_id"] is not None) for m in detail["mentions"]]
    assert flags == [(False, False, True), (True, False, False), (False, True, False)]
    linked = detail["mentions"][0]
    assert get(client, linked["event_href"].replace("/events/", "/api/events/"))["event"]["event_code"] == "040"


def test_unknown_article_is_a_404(client):
    assert "nope" in get(client, "/api/articles/nope", status=404)["message"]


def test_actors_are_paginated(client):
    page = get(client, "/api/actors?limit=2")
    assert page["total"] == 5 and page["count"] == 2
    assert page["items"][0] == {"code": "UKRGOV", "name": "Ukraine government", "mentions": 6}
    rest = get(client, "/api/actors?limit=10&offset=2")
    assert rest["count"] == 3 and rest["next_offset"] is None


def test_dyad_series_by_period_and_direction(client):
    monthly = get(client, "/api/dyads/RUS/UKR/series")
    assert [(p["period"], p["q1"], p["q4"]) for p in monthly["periods"]] == [("2024-03", 1, 0), ("2024-04", 0, 1)]
    both = get(client, "/api/dyads/RUS/UKR/series?both_ways=true")
    assert [p["total"] for p in both["periods"]] == [1, 2]
    weekly = get(client, "/api/dyads/rus/ukr/series?by=week&since=2024-03-01&until=2024-03-20")
    assert [p["period"] for p in weekly["periods"]] == ["2024-W09", "2024-W10", "2024-W11", "2024-W12"]
    assert weekly["source"] == "RUS"


def test_top_dyads_and_world_timeline(client):
    top = get(client, "/api/top-dyads?limit=2")
    assert [(d["source"], d["target"], d["events"]) for d in top["items"]] == [("RUS", "UKR", 2), ("UKR", "RUS", 1)]
    timeline = get(client, "/api/timeline")
    assert [(p["period"], p["total"]) for p in timeline["periods"]] == [("2024-03", 1), ("2024-04", 2), ("2024-05", 2)]
    assert get(client, "/api/timeline?since=2024-04-01&until=2024-04-30")["periods"][0]["q4"] == 1


def test_dyads_carry_readable_names(client):
    top = get(client, "/api/top-dyads?limit=1")["items"][0]
    assert (top["source_name"], top["target_name"]) == ("Russia", "Ukraine")
    assert get(client, "/api/stats")["top_dyads"][0]["source_name"] == "Russia"


def test_mentions_link_to_their_event_by_id(client):
    for event in get(client, "/api/events?limit=100")["items"]:
        detail = get(client, f"/api/events/{event['id']}")
        assert {m["event_id"] for m in detail["mentions"]} == {event["id"]}
    for article_id in ("geneva", "kharkiv", "aid", "aid-followup"):
        for mention in get(client, f"/api/articles/{article_id}")["mentions"]:
            if mention["event_id"] is None:
                assert "event_href" not in mention and (mention["negated"] or mention["hypothetical"])
            else:
                assert mention["event_href"] == f"/events/{mention['event_id']}"


def test_brief_has_both_sides_and_markdown(client):
    brief = get(client, "/api/dyads/RUS/UKR/brief")
    assert [side["code"] for side in brief["sides"]] == ["RUS", "UKR"]
    sections = {s["key"] for s in brief["sides"][0]["sections"]}
    assert {"negated", "hypothetical"} <= sections
    assert brief["markdown"].startswith("# Positions brief")


@pytest.mark.parametrize(("url", "names"), [
    ("/api/events?quad_class=9", ["quad_class"]),
    ("/api/events?since=2024-13-01", ["since"]),
    ("/api/events?source=R!&limit=0", ["source", "limit"]),
    ("/api/dyads/RUS/UKR/series?by=year", ["by"]),
    ("/api/dyads/R/UKR/series", ["source"]),
    ("/api/events/0", ["event_id"]),
])
def test_bad_parameters_get_422_naming_the_parameter(client, url, names):
    body = get(client, url, status=422)
    for name in names:
        assert f"'{name}'" in body["message"]
    assert {d["location"].split(".")[-1] for d in body["details"]} == set(names)


def test_empty_parameters_mean_not_set(client):
    assert get(client, "/api/events?source=&quad_class=&since=")["total"] == 5


# -- pages and their JSON twins --------------------------------------------------------

@pytest.mark.parametrize(("page", "api"), [
    ("/events?source=RUS&limit=3", "/api/events?source=RUS&limit=3"),
    ("/events/1", "/api/events/1"),
    ("/articles?q=sanctions", "/api/articles?q=sanctions"),
    ("/articles/geneva", "/api/articles/geneva"),
    ("/actors", "/api/actors"),
])
def test_every_page_has_a_json_twin_equal_to_the_api(client, page, api):
    sep = "&" if "?" in page else "?"
    assert get(client, f"{page}{sep}format=json") == get(client, api)


def test_overview_and_dyad_twins_reuse_the_api_data(client):
    overview = get(client, "/?format=json")
    assert overview["stats"] == get(client, "/api/stats")
    assert overview["timeline"] == get(client, "/api/timeline")
    dyad = get(client, "/dyads/RUS/UKR?format=json&both_ways=true")
    assert dyad["series"] == get(client, "/api/dyads/RUS/UKR/series?both_ways=true")
    assert dyad["brief"] == get(client, "/api/dyads/RUS/UKR/brief")
    assert dyad["events"]["total"] == 3


@pytest.mark.parametrize("url", ["/", "/events", "/events/2", "/articles", "/articles?q=wheat",
                                 "/articles/kharkiv?s=1", "/actors", "/dyads/USA/UKR", "/api"])
def test_pages_render_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<main" in response.text and "Traceback" not in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'self'")


def test_page_errors_are_html_for_people(client):
    response = client.get("/events?quad_class=7")
    assert response.status_code == 422 and "text/html" in response.headers["content-type"]
    assert "quad_class" in response.text
    missing = client.get("/articles/not-there")
    assert missing.status_code == 404 and "not-there" in missing.text


def test_dyad_form_redirects_to_the_dyad_page(client):
    response = client.get("/dyads?source=rus&target=ukr", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/dyads/RUS/UKR"


def test_openapi_schema_documents_the_read_endpoints(client):
    schema = get(client, "/api/openapi.json")
    paths = set(schema["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
            "/api/actors", "/api/dyads/{source}/{target}/series", "/api/top-dyads",
            "/api/dyads/{source}/{target}/brief", "/api/stats", "/api/timeline"} <= paths
    assert not any(not path.startswith("/api/") for path in paths)  # pages stay out of the API schema
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"source", "target", "both_ways", "actor", "code", "root", "quad_class", "since", "until", "q",
            "limit", "offset"} <= params


# -- posting ---------------------------------------------------------------------------

ONE = {"articles": [{"content": "Russia accused Ukraine of shelling Donetsk on Monday.", "published": "2024-06-03"}]}


def test_posting_is_off_without_a_token(client, monkeypatch):
    response = client.post("/api/articles", json=ONE)
    assert response.status_code == 403
    assert "DETENTE_TOKEN" in response.json()["message"]


def test_posting_needs_the_right_bearer_token(writable):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
        response = writable.post("/api/articles", json=ONE, headers=headers)
        assert response.status_code == 401, headers
        assert "Authorization: Bearer" in response.json()["message"]
        assert response.headers["www-authenticate"] == "Bearer"


def test_token_comes_from_the_environment(tmp_path, monkeypatch):
    from detente.server.app import create_app

    monkeypatch.setenv("DETENTE_TOKEN", "from-env")
    app_client = _client(create_app(build_db(tmp_path / "env.db")))
    response = app_client.post("/api/articles", json={"articles": []}, headers={"Authorization": "Bearer from-env"})
    assert response.status_code == 422  # authorised; the empty batch is the problem


@pytest.mark.parametrize(("body", "status", "words"), [
    ({"articles": []}, 422, "articles"),
    ({"articles": [{"content": ""}]}, 422, "content"),
    ({"articles": [{"content": "x", "format": "pdf"}]}, 422, "format"),
    ({"text": "x"}, 422, "articles"),
    ({"articles": [{"content": "A."}] * 3}, 413, "at most 2"),
    ({"articles": [{"content": "word " * 5000}]}, 413, "bytes"),
])
def test_posting_bad_bodies_says_what_to_fix(writable, body, status, words):
    response = writable.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == status, response.text
    assert words in response.json()["message"]


@pytest.mark.parametrize(("item", "words"), [
    ({"content": "{bad", "format": "jsonl"}, "articles[0]:1: not valid JSON"),
    ({"content": "a,b\n1,2", "format": "csv"}, 'no "text" column'),
    ({"content": "<html><body></body></html>", "format": "html"}, "no article text"),
])
def test_posting_unreadable_content_is_400_naming_the_item(writable, item, words):
    response = writable.post("/api/articles", json={"articles": [item]},
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400 and words in response.json()["message"]


def test_posting_invalid_json_is_400(writable):
    response = writable.post("/api/articles", content=b"{not json", headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 400 and "not valid JSON" in response.json()["message"]


def test_body_limit_holds_without_content_length(writable):
    def chunks():
        for _ in range(30):
            yield b"x" * 1000

    response = writable.post("/api/articles", content=chunks(), headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 413


@pytest.mark.slow
def test_posting_codes_and_stores_text_and_html(writable, nlp):
    html = ("<html><head><title>Aid</title></head><body><article><h1>Aid pledged</h1>"
            "<p>The United States pledged new aid to Ukraine on Tuesday, officials in Washington said.</p>"
            "</article></body></html>")
    body = {"articles": [ONE["articles"][0], {"content": html, "format": "html",
                                              "url": "https://news.example/html", "published": "2024-06-04"}]}
    headers = {"Authorization": f"Bearer {TOKEN}"}
    response = writable.post("/api/articles", json=body, headers=headers)
    assert response.status_code == 201, response.text
    result = response.json()
    assert result["articles_added"] == 2 and result["mentions_added"] >= 2
    assert all(a["mentions"] >= 1 for a in result["articles"])
    stored = get(writable, result["articles"][0]["href"].replace("/articles/", "/api/articles/"))
    assert stored["article"]["published"] == "2024-06-03"
    assert {m["event_code"][:2] for m in stored["mentions"]} & {"11", "19"}
    assert get(writable, "/api/stats")["articles"] == 7
    again = writable.post("/api/articles", json=body, headers=headers).json()
    assert again["articles_added"] == 0 and again["articles_duplicate"] == 2
    assert get(writable, "/api/stats")["articles"] == 7


def test_an_empty_store_serves_every_page(tmp_path):
    from detente.server.app import create_app

    empty = _client(create_app(tmp_path / "new.db"))
    assert get(empty, "/api/stats")["articles"] == 0
    assert get(empty, "/api/timeline")["periods"] == []
    for url in ("/", "/events", "/articles", "/actors", "/dyads/RUS/UKR"):
        response = empty.get(url)
        assert response.status_code == 200, url
    assert "No coded events" in empty.get("/").text


def test_an_in_memory_store_is_shared_by_requests():
    from detente.server.app import create_app

    memory = _client(create_app(":memory:"))
    assert get(memory, "/api/events")["total"] == 0 and get(memory, "/api/stats")["events"] == 0


@pytest.mark.parametrize(("url", "words"), [
    ("/api/dyads/RUS/UKR/series?since=2024-05-01&until=2024-01-01", "swap"),
    ("/api/dyads/RUS/UKR/series?since=1900-01-01&by=day", "by=week or by=month"),
    ("/api/timeline?until=9999-12-31&by=month", "narrow since/until"),
])
def test_oversized_or_reversed_windows_are_400(client, url, words):
    assert words in get(client, url, status=400)["message"]


# -- the serve command -------------------------------------------------------------------

def test_serve_refuses_a_missing_database(tmp_path, capsys):
    from detente.cli import main

    assert main(["serve", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no event database" in capsys.readouterr().err


@pytest.mark.slow
def test_serve_command_answers_on_loopback(db_path):
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "detente.cli", "serve", "--db", str(db_path),
                                "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["events"] == 5
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in err
