"""Tests for detente.ingest: every input format, the crawler clean-up, bad input, stdin, CLI."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.cli import main
from detente.errors import ConfigError, DataFileError, InputError
from detente.ingest import normalise_date, read_html, read_paths, read_text
from detente.ingest.boilerplate import ENV_VAR, KINDS, default_boilerplate, load_boilerplate, parse_patterns
from detente.ingest.crawler import parse_authors, parse_crawler
from detente.ingest.dates import date_from_url, is_date_line
from detente.ingest.paragraphs import join_cut, text_paragraphs
from detente.ingest.urls import publisher_name, repair_url
from detente.records import content_hash

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "detente" / "data" / "samples"


def collect(paths, **kwargs):
    """Read paths, returning (articles, errors)."""
    errors: list[InputError] = []
    articles = list(read_paths(paths, errors.append, **kwargs))
    return articles, errors


# --- the shared crawler example -------------------------------------------------------------

@pytest.fixture(scope="module")
def putin_article(shared_dir):
    articles, errors = collect([shared_dir / "examples" / "crawler-text" / "moscowtimes_putin_mindset.txt"])
    assert errors == []
    assert len(articles) == 1
    return articles[0]


def test_shared_example_metadata(putin_article):
    article = putin_article
    assert article.title == "What Is Putin's Mindset Ahead of His Meeting With Biden?"
    assert article.subtitle == "There are no illusions in Moscow: adversarial relations with Washington are here to stay."
    assert article.authors == ["Dmitry Trenin"]
    assert article.published == "2021-06-15"
    assert article.url == ("https://www.themoscowtimes.com/2021/06/15/"
                           "what-is-putins-mindset-ahead-of-his-meeting-with-biden-a74227")
    assert article.publisher == "The Moscow Times"
    assert article.format == "crawler"
    assert article.id == content_hash(article.text)


def test_shared_example_body_is_clean(putin_article):
    text = putin_article.text
    assert putin_article.paragraphs[0].startswith("In anticipation of the meeting")
    assert putin_article.paragraphs[-1].endswith("does not get out of hand.")
    for junk in ("Related article", "TASS", "first published", "Carnegie", "views expressed",
                 "Original url", "http", "<u>", "*"):
        assert junk not in text
    assert len(putin_article.paragraphs) == 9


def test_shared_example_joins_cut_sentences(putin_article):
    paragraphs = putin_article.paragraphs
    assert any("but he must know that President Biden and the U.S. political class" in p for p in paragraphs)
    assert any("The confrontation between them will continue" in p for p in paragraphs)
    assert not any(p.startswith(("President Biden and", "between them")) for p in paragraphs)


# --- crawler variants -----------------------------------------------------------------------

VARIANT_COMPACT = """Opinion
Tokyo and Seoul Agree to Share Missile Warning Data
The deal ends a two-year freeze in defence cooperation.
Posted: 3 March 2026 08:00 UTC
By Min-jun Park, Staff Writer
AP Photo
Japan and South Korea agreed on Tuesday to share real-time missile warning data, the two governments said in a joint statement issued after talks between their defence ministers in Tokyo.
North Korea condemned the agreement and threatened to respond with countermeasures.
Copyright 2026 Example News. All rights reserved.
"""

VARIANT_KEY_VALUE = """Title: Poland closes border crossing with Belarus
Author: Anna Kowalska
Date: 2025-09-12
URL: https://example.org/europe/poland-belarus-crossing

Poland closed its last open road crossing with Belarus on Friday, accusing Minsk of organising
migrant pushes across the frontier.

Belarus rejected the accusation and said Warsaw was
escalating tensions in the region.
"""

VARIANT_WRAPPED_URL = """NATO Ministers Meet in Brussels

Photo: NATO press office

NATO defence ministers met in Brussels on Thursday to discuss air defence for the eastern flank
and agreed to extend the Baltic air policing mission.

Background

The alliance has reinforced its presence in the region since 2022, rotating jets through Estonia
and Lithuania.

Read also: Russia Warns NATO Over Baltic Exercises

Link:
https://www.eurowire.example/2025/10/23/nato-ministers-meet-in-
brussels-air-defence
"""


def test_variant_with_kicker_credit_and_compact_layout():
    parsed = parse_crawler(VARIANT_COMPACT)
    assert parsed.title == "Tokyo and Seoul Agree to Share Missile Warning Data"
    assert parsed.subtitle == "The deal ends a two-year freeze in defence cooperation."
    assert parsed.authors == ["Min-jun Park"]
    assert parsed.published == "2026-03-03"
    assert parsed.paragraphs[0].startswith("Japan and South Korea agreed")
    assert parsed.paragraphs[1].startswith("North Korea condemned")
    assert len(parsed.paragraphs) == 2


def test_variant_key_value_header():
    parsed = parse_crawler(VARIANT_KEY_VALUE)
    assert parsed.title == "Poland closes border crossing with Belarus"
    assert parsed.authors == ["Anna Kowalska"]
    assert parsed.published == "2025-09-12"
    assert parsed.url == "https://example.org/europe/poland-belarus-crossing"
    assert parsed.publisher == "example.org"
    assert parsed.paragraphs == [
        "Poland closed its last open road crossing with Belarus on Friday, accusing Minsk of "
        "organising migrant pushes across the frontier.",
        "Belarus rejected the accusation and said Warsaw was escalating tensions in the region.",
    ]


def test_variant_url_over_two_lines_and_date_from_url():
    parsed = parse_crawler(VARIANT_WRAPPED_URL)
    assert parsed.title == "NATO Ministers Meet in Brussels"
    assert parsed.url == "https://www.eurowire.example/2025/10/23/nato-ministers-meet-in-brussels-air-defence"
    assert parsed.published == "2025-10-23"
    # a heading is not glued to the next paragraph; the credit and insert are gone
    assert "Background" in parsed.paragraphs
    assert not any("Photo" in p or "Read also" in p or "eurowire" in p for p in parsed.paragraphs)
    assert parsed.paragraphs[0].endswith("extend the Baltic air policing mission.")


def test_sign_off_gives_authors_when_no_byline():
    parsed = parse_crawler("Iran and the IAEA resume talks\n\nIran and the International Atomic Energy "
                           "Agency resumed talks in Vienna on Monday.\n\nReporting by Sara Ahmadi and "
                           "Tom Blake; Editing by Ann Lee\n")
    assert parsed.authors == ["Sara Ahmadi", "Tom Blake"]
    assert parsed.paragraphs == ["Iran and the International Atomic Energy Agency resumed talks in Vienna on Monday."]


def test_join_cut_rules():
    assert join_cut(["He said that", "Russia would respond."]) == ["He said that Russia would respond."]
    assert join_cut(["A long paragraph that runs on and on and stops at the word", "Moscow said so."]) == [
        "A long paragraph that runs on and on and stops at the word Moscow said so."]
    assert join_cut(["Background", "Moscow said so."]) == ["Background", "Moscow said so."]
    assert join_cut(["It ended.", "then more."]) == ["It ended.", "then more."]
    assert join_cut(["a cease-", "fire deal."]) == ["a cease-fire deal."]


def test_wrapped_lines_keep_names_whole():
    # a hard wrap at a name's hyphen, after a title or after an initial leaves the name in one sentence
    assert text_paragraphs("Militants in Kivu freed Marie-\nClaire Nsimba on Sunday.") == [
        "Militants in Kivu freed Marie-Claire Nsimba on Sunday."]
    assert text_paragraphs("Forces loyal to Khalifa al-\nHaftar shelled Tripoli.") == [
        "Forces loyal to Khalifa al-Haftar shelled Tripoli."]
    assert text_paragraphs("Police in Lima detained Gen.\nRamos at dawn.") == ["Police in Lima detained Gen. Ramos at dawn."]
    assert text_paragraphs("Seoul hosted Dr.\nKim and Mr.\nPark for talks.") == ["Seoul hosted Dr. Kim and Mr. Park for talks."]
    assert text_paragraphs("The envoy met George W.\nCasey in Kabul.") == ["The envoy met George W. Casey in Kabul."]
    # lines that each end a sentence stay separate paragraphs
    assert text_paragraphs("Troops entered Goma.\nThe UN condemned it.") == ["Troops entered Goma.", "The UN condemned it."]


def test_parse_authors():
    assert parse_authors("Jane Doe and John Smith, Reuters") == ["Jane Doe", "John Smith"]
    assert parse_authors("Ana de la Cruz in Manila") == ["Ana de la Cruz"]
    assert parse_authors("the end of the year") == []


def test_repair_url_and_publisher():
    assert repair_url(["https://a.example/x-y", "z-1"]) == "https://a.example/x-yz-1"
    assert repair_url(["www.a.example/b"]) == "https://www.a.example/b"
    assert repair_url(["not a url"]) is None
    assert publisher_name("https://www.bbc.co.uk/news/x", "Read more on BBC News") == "BBC"
    assert publisher_name("https://www.bbc.co.uk/news/x", "no name here") == "bbc.co.uk"
    assert publisher_name("https://edition.thetimesofindia.example/x",
                          "as reported by The Times of India.") == "The Times of India"


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "June 15, 2021", "Jun. 15 2021", "15 June 2021", "15th of June, 2021", "2021-06-15", "2021/06/15",
    "20210615", "2021-06-15T10:30:00Z", "2021-06-15 10:30:00+03:00", "Tue, 15 Jun 2021 10:30:00 +0000",
    "Updated: June 15, 2021 10:32 AM", "15.06.2021",
])
def test_normalise_date_formats(value):
    assert normalise_date(value) == "2021-06-15"


@pytest.mark.parametrize("value", ["", "yesterday", "2021-02-30", "June 2021", None, "12345678"])
def test_normalise_date_rejects(value):
    assert normalise_date(value) is None


def test_date_lines_and_urls():
    assert is_date_line("Published on Tuesday, June 15, 2021 at 10:32 MSK") == "2021-06-15"
    assert is_date_line("The meeting on June 15, 2021 was postponed by the Kremlin") is None
    assert date_from_url("https://x.example/2021/06/15/story") == "2021-06-15"
    assert date_from_url("https://x.example/news/20210615/story") == "2021-06-15"
    assert date_from_url("https://x.example/story-12345") is None


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from(["%Y-%m-%d", "%B %d, %Y", "%d %B %Y", "%Y%m%d", "%b %d %Y", "%Y-%m-%dT%H:%M:%S"]))
def test_normalise_date_round_trip(date, pattern):
    assert normalise_date(date.strftime(pattern)) == date.isoformat()


# --- HTML -----------------------------------------------------------------------------------

def test_html_sample_metadata_and_paragraphs():
    article = read_html((SAMPLES / "israel_iran_strikes.html").read_text("utf-8"), name="page.html")
    assert article.title == "Israel strikes Iranian air defences; Tehran vows response"
    assert article.authors == ["Leila Karimi"]
    assert article.published == "2025-06-13"
    assert article.publisher == "Harbour Daily"
    assert article.url.endswith("/2025/06/13/israel-strikes-iran-air-defences")
    assert len(article.paragraphs) == 6
    assert article.paragraphs[0].startswith("Israeli warplanes struck")
    assert not any("Subscribe" in p or "rights reserved" in p or "Home" in p for p in article.paragraphs)


def test_html_fragment_with_given_url():
    page = ("<html><body><p>Chinese and Indian troops disengaged at two points on the border, "
            "the defence ministry said.</p><p>Talks will continue.</p></body></html>")
    article = read_html(page, url="https://news.example.in/2025/08/01/border")
    assert article.paragraphs == ["Chinese and Indian troops disengaged at two points on the border, "
                                  "the defence ministry said.", "Talks will continue."]
    assert article.url == "https://news.example.in/2025/08/01/border"
    assert article.published == "2025-08-01"


def test_html_byline_and_dateline_kept_by_extractor_become_metadata():
    page = ("<html><body><article><h1>Seoul protests</h1><p>March 3, 2026</p><p>By Kim Ji-woo</p>"
            "<p>South Korea protested to Japan on Tuesday over a school textbook, the foreign ministry "
            "in Seoul said.</p><p>Tokyo rejected the protest.</p></article></body></html>")
    article = read_html(page)
    assert (article.title, article.authors, article.published) == ("Seoul protests", ["Kim Ji-woo"], "2026-03-03")
    assert article.paragraphs[0].startswith("South Korea protested") and len(article.paragraphs) == 2


def test_html_without_text_is_an_input_error():
    with pytest.raises(InputError, match="no article text"):
        read_html("<html><body><nav><a href='/'>Home</a></nav></body></html>", name="empty.html")


# --- JSONL / CSV ----------------------------------------------------------------------------

def test_jsonl_sample():
    articles, errors = collect([SAMPLES / "wire_digest.jsonl"])
    assert errors == []
    assert [a.record for a in articles] == [1, 2, 3, 4, 5, 6]
    assert {a.format for a in articles} == {"jsonl"}
    by_id = {a.id: a for a in articles}
    assert by_id["wire-2025-0508"].published == "2025-05-08"  # from "8 May 2025"
    assert by_id["wire-2025-1105"].published == "2025-11-05"  # from "20251105"
    assert by_id["wire-2026-0115"].published == "2026-01-15"  # from "Jan. 15, 2026"
    # a single newline inside a paragraph is joined
    assert any("denied that Washington wanted to decouple the two economies" in p for p in by_id["wire-2025-0410"].paragraphs)
    assert all(a.publisher and a.title and a.url for a in articles)


def test_jsonl_defaults_and_aliases():
    text = '{"body": "Russia and Belarus held joint drills.\\n\\nMinsk hosted them.", "published": "2025-09-01"}\n'
    [article] = read_text(text)
    assert article.id == content_hash(article.text)
    assert article.paragraphs == ["Russia and Belarus held joint drills.", "Minsk hosted them."]
    assert article.published == "2025-09-01"


def test_jsonl_bad_lines_are_reported_and_rest_read(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Ukraine and Poland signed a defence pact."}),
        "{not json",
        json.dumps({"id": "c", "title": "no body"}),
        json.dumps({"id": "d", "text": "   \n\n  "}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "f", "text": 42}),
        "",
        json.dumps({"id": "h", "text": "Iran summoned the French ambassador."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = collect([path])
    assert [a.id for a in articles] == ["a", "h"]
    assert [a.record for a in articles] == [1, 8]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6]
    assert all(e.path == str(path) for e in errors)
    assert str(errors[1]).startswith(f'{path}:3: no "text" field — ')
    assert "not valid JSON" in str(errors[0])
    assert "empty article" in str(errors[2])


def test_csv_sample_and_record_lines(tmp_path):
    articles, errors = collect([SAMPLES / "news_desk.csv"])
    assert errors == []
    assert [a.id for a in articles] == ["desk-2025-0328", "desk-2025-1002", "desk-2025-1209", "desk-2026-0211"]
    assert articles[1].published == "2025-10-02"
    assert all(len(a.paragraphs) == 5 for a in articles)
    path = tmp_path / "x.csv"
    path.write_text('id,Text,date\n1,"First line\nsecond line\n\nNew paragraph.",2025-01-02\n'
                    '2,"extra",field,here\n3,Tokyo protested.,2025-01-03\n', encoding="utf-8")
    articles, errors = collect([path])
    assert [(a.id, a.record) for a in articles] == [("1", 2), ("3", 7)]
    assert articles[0].paragraphs == ["First line second line", "New paragraph."]
    assert [e.line for e in errors] == [6]


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,title\n1,hello\n", encoding="utf-8")
    articles, errors = collect([path])
    assert articles == []
    assert errors[0].line == 1 and 'no "text" column' in str(errors[0])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "id": st.text(alphabet="abcdef0123456789-", min_size=1, max_size=12),
    "title": st.text(alphabet=st.sampled_from("abcXYZ019 \t\u00e9\u0416,.'-?"), max_size=40)
    .filter(lambda t: t.strip()),
    "paragraphs": st.lists(st.lists(st.from_regex(r"[A-Za-z]{1,10}", fullmatch=True), min_size=1, max_size=12)
                           .map(lambda words: " ".join(words) + "."), min_size=1, max_size=4),
}), min_size=1, max_size=5))
def test_jsonl_round_trip(records):
    lines = [json.dumps({"id": r["id"], "title": r["title"], "text": "\n\n".join(r["paragraphs"])})
             for r in records]
    articles = read_text("\n".join(lines), fmt="jsonl")
    assert [a.id for a in articles] == [r["id"] for r in records]
    assert [a.paragraphs for a in articles] == [r["paragraphs"] for r in records]
    assert [a.title for a in articles] == [" ".join(r["title"].split()) for r in records]


# --- robustness -----------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600)
       | st.lists(st.sampled_from(["", "By Jane Doe", "June 15, 2021", "TASS", "Related article: x",
                                   "Original url:", "https://x.example/2021/06/15/a b", "Photo: AP",
                                   "The talks ended.", "Moscow said that", "the sides met", "*bold*",
                                   "<u>under</u>", "Title: T", "Source:", "Reporting by A B"]),
                  max_size=30).map("\n".join))
def test_crawler_never_crashes(text):
    try:
        articles = read_text(text, fmt="crawler")
    except InputError as exc:
        assert "empty article" in str(exc)
        return
    [article] = articles
    assert article.paragraphs and all(p.strip() == p and p for p in article.paragraphs)
    assert "\n" not in "".join(article.paragraphs)
    assert article.published is None or len(article.published) == 10


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_auto_sniffing_never_crashes(text):
    errors: list[InputError] = []
    for article in read_text(text, on_error=errors.append):
        assert article.paragraphs


def test_plain_text_file(tmp_path):
    articles, errors = collect([SAMPLES / "turkey_hosts_talks.txt"])
    assert errors == [] and articles[0].format == "text" and articles[0].title is None
    assert articles[0].paragraphs[1].startswith("The two sides agreed to exchange the bodies")
    assert "hand over 1,000 prisoners" in articles[0].paragraphs[1]  # wrapped lines joined
    assert text_paragraphs("One line\nwrapped here.\n\nSecond.") == ["One line wrapped here.", "Second."]


def test_directory_walk(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Moscow protested.", encoding="utf-8")
    (tmp_path / "b.story").write_text('{"id": "x", "text": "Kyiv protested."}\n', encoding="utf-8")
    (tmp_path / "c.bin").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "README.md").write_text("Not news.", encoding="utf-8")
    articles, errors = collect([tmp_path])
    assert errors == []
    assert [(a.format, a.text) for a in articles] == [("jsonl", "Kyiv protested."), ("text", "Moscow protested.")]


def test_samples_directory_holds_fifteen_articles():
    articles, errors = collect([SAMPLES])
    assert errors == []
    assert len(articles) == 15
    assert {a.format for a in articles} == {"crawler", "html", "jsonl", "csv", "text"}
    assert all(150 <= len(a.text.split()) <= 500 for a in articles)
    assert len({a.id for a in articles}) == 15


def test_bad_files_are_reported_and_batch_continues(tmp_path, caplog, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text("Beijing summoned the Dutch ambassador.", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.7 ...")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    unreadable = tmp_path / "secret.txt"
    unreadable.write_text("x", encoding="utf-8")
    real_open = Path.open

    def open_file(self, *args, **kwargs):  # chmod 0 does not stop root, so refuse this one file directly
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_file)
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Paris and Berlin reached a compromise \u2014 \u201cfinally\u201d, said caf\u00e9 owners.".encode("cp1252"))
    missing = tmp_path / "missing.txt"
    paths = [binary, pdf, missing, empty, unreadable, legacy, good]
    with caplog.at_level(logging.WARNING, logger="detente.ingest"):
        articles, errors = collect(paths)
    assert [a.source_path for a in articles] == [str(legacy), str(good)]
    assert "\u201cfinally\u201d, said caf\u00e9" in articles[0].text
    assert any("not valid UTF-8" in r.getMessage() and "cp1252" in r.getMessage() for r in caplog.records)
    reasons = {Path(e.path).name: str(e) for e in errors}
    assert "PNG image" in reasons["image.txt"] and "PDF" in reasons["doc.pdf"]
    assert "no such file" in reasons["missing.txt"] and "empty article" in reasons["empty.txt"]
    assert reasons["secret.txt"] == f"{unreadable}: cannot read the file (Permission denied) — check its permissions"


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Seoul and Tokyo held talks.".encode("utf-16"))
    articles, errors = collect([path])
    assert errors == [] and articles[0].text == "Seoul and Tokyo held talks."


def test_stdin_text_and_bytes(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "s1", "text": "Ankara hosted talks."}\n'))
    articles, errors = collect(["-"])
    assert [(a.id, a.source_path, a.record) for a in articles] == [("s1", "-", 1)]
    stream = io.TextIOWrapper(io.BytesIO("Hanoi and Manila signed a coast guard accord.".encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stream)
    articles, errors = collect(["-"])
    assert errors == [] and articles[0].format == "text" and articles[0].source_path == "-"


def test_read_text_errors():
    with pytest.raises(InputError, match=r"<text>:1: not valid JSON"):
        read_text("{oops", fmt="jsonl")
    with pytest.raises(ConfigError, match="unknown input format"):
        read_text("x", fmt="pdf")
    errors: list[InputError] = []
    assert read_text("{oops\n{\"text\": \"Fine.\"}", on_error=errors.append)[0].text == "Fine."
    assert errors[0].line == 1


# --- streaming ------------------------------------------------------------------------------

def test_large_jsonl_is_read_lazily_in_bounded_memory(tmp_path):
    path = tmp_path / "corpus.jsonl"
    body = ("Officials in Ankara and Athens held talks on maritime borders on Monday, the foreign "
            "ministry said.\n\nBoth sides agreed to meet again next month.")
    with path.open("w", encoding="utf-8") as handle:
        for number in range(50_000):
            handle.write(json.dumps({"id": f"r{number}", "date": "2025-03-04", "text": body}) + "\n")
    size = path.stat().st_size
    assert size > 9_000_000
    tracemalloc.start()
    try:
        articles = read_paths([path])
        first = next(articles)
        first_peak = tracemalloc.get_traced_memory()[1]
        for _ in range(4_999):
            next(articles)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (first.id, first.record, first.published) == ("r0", 1, "2025-03-04")
    assert first_peak < size / 50  # the first article came before the file was read
    assert peak < size / 20  # 5,000 articles later, memory has not grown with the input
    last = None
    for last in articles:
        pass
    assert (last.id, last.record) == ("r49999", 50_000)


class _CountingStream(io.RawIOBase):
    """A pipe-like byte stream that records how much of its input has been read."""

    def __init__(self, data: bytes, chunk: int = 4096) -> None:
        self.data, self.chunk, self.position = data, chunk, 0

    def readable(self):
        return True

    def readinto(self, buffer):
        piece = self.data[self.position:self.position + min(len(buffer), self.chunk)]
        buffer[:len(piece)] = piece
        self.position += len(piece)
        return len(piece)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_stdin_corpus_is_streamed(monkeypatch, fmt):
    count = 20_000
    if fmt == "jsonl":
        data = "".join(json.dumps({"id": f"s{i}", "text": f"Ankara hosted talks round {i}."}) + "\n"
                       for i in range(count))
    else:
        data = "id,text\n" + "".join(f's{i},"Ankara hosted talks round {i}."\n' for i in range(count))
    raw = _CountingStream(data.encode("utf-8"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(raw, buffer_size=4096)))
    articles = read_paths(["-"])
    first = next(articles)
    assert (first.id, first.source_path, first.format) == ("s0", "-", fmt)
    assert raw.position < len(data) / 10  # sniffed and parsed from the first chunks only
    assert sum(1 for _ in articles) == count - 1
    assert raw.position == len(data)


def test_jsonl_encoding_fallback_is_per_line(tmp_path, caplog):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "u", "text": "Caf\u00e9 owners in Kyiv protested."},
                                                ensure_ascii=False).encode("utf-8") + b"\n"
                     + json.dumps({"id": "w1", "text": "\u201cNo\u201d, said Minsk."},
                                  ensure_ascii=False).encode("cp1252") + b"\n"
                     + b"\n"
                     + json.dumps({"id": "w2", "text": "R\u00e9sum\u00e9 \u2014 Warsaw replied."},
                                  ensure_ascii=False).encode("cp1252") + b"\n")
    with caplog.at_level(logging.WARNING, logger="detente.ingest"):
        articles, errors = collect([path])
    assert errors == []
    assert [(a.id, a.record, a.text) for a in articles] == [
        ("u", 1, "Caf\u00e9 owners in Kyiv protested."),  # UTF-8 with a byte-order mark
        ("w1", 2, "\u201cNo\u201d, said Minsk."),
        ("w2", 4, "R\u00e9sum\u00e9 \u2014 Warsaw replied."),
    ]
    messages = [r.getMessage() for r in caplog.records]
    assert messages[0].startswith(f"{path}:2: not valid UTF-8; read as cp1252")
    assert messages[1] == f"{path}: 2 lines in all were not valid UTF-8 and were read as cp1252/latin-1"


def test_csv_with_old_mac_line_ends_and_utf16(tmp_path):
    mac = tmp_path / "mac.csv"
    mac.write_bytes(b'id,text\r1,Tokyo protested.\r2,"Seoul\rreplied."\r')
    u16 = tmp_path / "u16.tsv"
    u16.write_bytes('id\ttext\n1\t"Hanoi and\nManila agreed."\n2\tBeijing objected.\n'.encode("utf-16"))
    articles, errors = collect([mac, u16])
    assert errors == []
    assert [(a.id, a.record, a.text) for a in articles] == [
        ("1", 2, "Tokyo protested."), ("2", 3, "Seoul replied."),
        ("1", 2, "Hanoi and Manila agreed."), ("2", 4, "Beijing objected."),
    ]


# --- boilerplate patterns -------------------------------------------------------------------

def test_packaged_boilerplate_has_every_kind():
    boilerplate = load_boilerplate()
    assert boilerplate.match("footer", "This article was first published by Carnegie Politika.")
    assert boilerplate.match("credit", "Photo: Sergei Ilnitsky / EPA")
    assert boilerplate.match("insert", "Related article: Putin and Biden")
    assert boilerplate.match("url_label", "Original url: https://x.example/a").end() == len("Original url: ")
    assert boilerplate.match("sign_off", "Reporting by Sara Ahmadi; Editing by Ann Lee")["names"] == "Sara Ahmadi"
    assert boilerplate.match("footer", "Moscow and Kyiv held talks on Friday.") is None


DONATION = "Support independent journalism: donate to Example News today"
DUMP = f"Seoul hosts talks\n\nSouth Korea hosted talks with Japan on Monday, officials said.\n\n{DONATION}\n"


def test_user_boilerplate_file(tmp_path, monkeypatch):
    extra = tmp_path / "mine.tsv"
    extra.write_text("# site-specific footers\nfooter\t^support independent journalism\\b\n", encoding="utf-8")
    assert DONATION in parse_crawler(DUMP).paragraphs
    assert DONATION not in parse_crawler(DUMP, load_boilerplate([extra])).paragraphs
    monkeypatch.setenv(ENV_VAR, str(extra))
    assert default_boilerplate() is load_boilerplate([extra])  # loaded once
    [article] = read_text(DUMP, fmt="crawler")
    assert article.paragraphs == ["South Korea hosted talks with Japan on Monday, officials said."]


@pytest.mark.parametrize(("content", "line", "message"), [
    ("footer\t^ok\nbanner\t^x\n", 2, f"unknown kind 'banner' — use one of: {', '.join(KINDS)}"),
    ("# c\n\ncredit\t^photo (\n", 3, "the regex does not compile (missing ), unterminated subpattern"),
    ("footer ^no tab\n", 1, "expected kind<TAB>regex"),
    ("sign_off\t^reporting by (.+)\n", 1, "a sign_off regex must capture a group (?P<names>...)"),
])
def test_bad_boilerplate_file_names_file_and_line(tmp_path, content, line, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_boilerplate([path])
    assert (caught.value.path, caught.value.line) == (str(path), line)
    assert str(caught.value).startswith(f"{path}:{line}: {message}")


def test_missing_boilerplate_file(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere.tsv"))
    with pytest.raises(DataFileError, match="nowhere.tsv: boilerplate file not found"):
        read_text(DUMP, fmt="crawler")


def test_parse_patterns_keeps_file_order():
    entries = parse_patterns("url_label\t^b\nfooter\t^a\nurl_label\t^a\n", "x.tsv")
    assert [(kind, pattern.pattern) for kind, pattern in entries] == [
        ("url_label", "^b"), ("footer", "^a"), ("url_label", "^a")]
    assert all(pattern.flags & 2 for _, pattern in entries)  # re.IGNORECASE


# --- CLI ------------------------------------------------------------------------------------

def test_cli_article_json(capsys):
    assert main(["article", "--json", str(SAMPLES / "news_desk.csv")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    records = [json.loads(line) for line in out]
    assert [r["id"] for r in records][:1] == ["desk-2025-0328"] and len(records) == 4
    assert {"text", "paragraphs", "content_hash", "published"} <= records[0].keys()


def test_cli_article_text_view_and_skips(tmp_path, capsys):
    bad = tmp_path / "news.jsonl"
    bad.write_text('{"id": "ok", "text": "Rome and Ankara agreed to talks."}\n{"id": "bad"}\n', encoding="utf-8")
    assert main(["article", str(bad), str(SAMPLES / "russia_usa_riyadh_talks.txt")]) == 1
    captured = capsys.readouterr()
    assert "# Lavrov and Rubio Agree to Restore Embassy Staff but Split on Ukraine" in captured.out
    assert "authors: Elena Markova, Thomas Reid" in captured.out
    assert "Rome and Ankara agreed to talks." in captured.out
    assert captured.err.strip() == f'{bad}:2: no "text" field — each record needs "text" (optional: "id", "title", "date", "url", "source")'


@pytest.mark.parametrize(
    ("first", "date", "rest"),
    [
        ("ISTANBUL, June 3, 2025 — Delegations met.", "2025-06-03", "Delegations met."),
        ("KYIV, 4 March 2026 (Reuters) - Drones struck.", "2026-03-04", "Drones struck."),
        ("June 3, 2025 -- Talks resumed.", "2025-06-03", "Talks resumed."),
        ("Talks resumed on June 3, 2025 - a first.", None, "Talks resumed on June 3, 2025 - a first."),
        ("The summit. On June 3, 2025 — they met.", None, "The summit. On June 3, 2025 — they met."),
    ],
)
def test_plain_text_takes_its_date_from_a_wire_dateline(first, date, rest):
    from detente.ingest import read_text

    [article] = read_text(first + "\n\nSecond paragraph.", fmt="text")
    assert article.published == date
    assert article.paragraphs[0] == rest


DATE_BEFORE_STANDFIRST = """Fishermen and Coast Guard Trade Blame Over Seized Trawler
March 3, 2026

Accra summons Lome's envoy over the seizure; Togo says the crew were fishing without a licence.

By Ama Mensah

Photo: A Ghanaian canoe beached at Aflao after the seizure of the trawler on Sunday / Coastal Times

Togolese coast guards seized a Ghanaian trawler off Aflao on Sunday and detained its 14 crew members.

Ghana summoned Togo's ambassador on Monday.
"""


def test_standfirst_after_the_date_and_a_long_captioned_credit_stay_out_of_the_body():
    parsed = parse_crawler(DATE_BEFORE_STANDFIRST)
    assert parsed.title == "Fishermen and Coast Guard Trade Blame Over Seized Trawler"
    assert parsed.subtitle is not None and parsed.subtitle.startswith("Accra summons")
    assert parsed.authors == ["Ama Mensah"]
    assert parsed.paragraphs[0].startswith("Togolese coast guards seized")
    assert not any("Photo:" in p for p in parsed.paragraphs)
