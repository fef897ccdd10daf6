"""Reader for text dumps written by web crawlers and copy-paste.

Such a dump holds a header (title, standfirst, ``By …`` byline, dateline, photo
credit), the body with "Related article" inserts, a footer (publication notes,
disclaimers) and often an ``Original url:`` label with the URL. The reader finds
each part by its shape rather than by the layout of one site, so variants (key:value
headers, date before byline, no blank lines, "Reporting by …" sign-offs) work too.
The boilerplate line patterns are data, read by :mod:`detente.ingest.boilerplate`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace

from detente.ingest.boilerplate import Boilerplate, default_boilerplate
from detente.ingest.dates import date_from_url, is_date_line, normalise_date
from detente.ingest.paragraphs import (
    block_paragraphs,
    ends_sentence,
    join_cut,
    split_blocks,
    word_count,
)
from detente.ingest.urls import URL_START, publisher_name, repair_url

logger = logging.getLogger(__name__)

HEADER_WINDOW = 12  # lines searched for title/byline/date/credit
CAPTION_WORDS = 30  # longest photo caption with its credit

_BYLINE = re.compile(r"^(?:by|written by|words by|text by|author)\s*:?\s+(?P<names>.+)$", re.I)
_KEY_VALUE = re.compile(
    r"^(?P<key>title|headline|subtitle|standfirst|summary|authors?|byline|date|published|"
    r"publication date|url|link|source|publisher)\s*:\s*(?P<value>.*)$",
    re.I,
)
_ROLE_WORDS = {
    "staff", "writer", "correspondent", "reporter", "editor", "bureau", "chief", "contributor",
    "columnist", "agencies", "news", "desk", "team", "analyst", "senior", "fellow",
}
_NAME_PARTICLES = {"de", "da", "del", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "dos"}


@dataclass
class CrawlerParse:
    """What the crawler reader found in one dump (the header reader fills all but ``paragraphs``)."""

    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    publisher: str | None = None


def _looks_like_name(part: str) -> bool:
    words = part.replace(".", ". ").split()
    if not 1 <= len(words) <= 5 or any(w.lower().strip(".") in _ROLE_WORDS for w in words):
        return False
    return all(w[0].isupper() or w.lower() in _NAME_PARTICLES or w.lower().startswith("al-") for w in words)


def parse_authors(names: str) -> list[str]:
    """Split a byline's names: ``"Jane Doe and John Smith, Reuters"`` → both names.

    Args:
        names: The byline without its ``By``.

    Returns:
        The person names; an empty list when the text does not look like names.
    """
    names = re.sub(r"\s+in\s+[A-Z][\w .'’-]*$", "", names.strip())  # "By Jane Doe in Kyiv"
    parts = [p.strip(" .") for p in re.split(r"\s*(?:,|;|&|\band\b|\|)\s*", names) if p.strip(" .")]
    people = [p for p in parts if _looks_like_name(p)]
    if len(people) > 1:
        # single words beside full names are agencies or desks ("…, Reuters")
        people = [p for p in people if " " in p] or people
    return people


def parse_byline(line: str) -> tuple[list[str], str | None] | None:
    """Read a byline such as ``By A and B | June 15, 2021``.

    Returns:
        ``(authors, iso_date_or_None)``, or None when ``line`` is no byline.
    """
    match = _BYLINE.match(line)
    if not match or word_count(line) > 16:
        return None
    authors: list[str] = []
    date = None
    for segment in re.split(r"\s+[|·•—–]\s+|\s+-\s+", match["names"]):
        segment_date = is_date_line(segment)
        if segment_date:
            date = date or segment_date
        else:
            authors.extend(parse_authors(segment))
    return (authors, date) if authors else None


def _is_credit(line: str, boilerplate: Boilerplate) -> bool:
    # a captioned credit ("Photo: A Tajik border post above the Panj river / Pamir Times") may run longer
    # than a bare one, and it still ends with its source after a slash
    limit = CAPTION_WORDS if " / " in line and not ends_sentence(line) else 12
    return word_count(line) <= limit and boilerplate.match("credit", line) is not None


def _is_body_like(line: str) -> bool:
    return word_count(line) >= 12 or (ends_sentence(line) and word_count(line) >= 6)


def _is_headline_like(line: str, max_words: int = 25) -> bool:
    return 0 < word_count(line) <= max_words and not line.endswith(".")


def _extract_url(lines: list[str], boilerplate: Boilerplate) -> tuple[str | None, set[int]]:
    """Find the article URL (labelled, or bare in the tail) and the line numbers it used."""
    for index, line in enumerate(lines):
        label = boilerplate.match("url_label", line)
        if not label:
            continue
        rest = line[label.end():]
        if rest and URL_START.match(rest):
            used = {index} | _url_continuation(lines, index + 1)
            return repair_url([rest] + [lines[i] for i in sorted(used - {index})]), used
        if not rest and index + 1 < len(lines) and URL_START.match(lines[index + 1]):
            used = {index, index + 1} | _url_continuation(lines, index + 2)
            return repair_url([lines[i] for i in sorted(used - {index})]), used
    for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        if URL_START.match(lines[index]) and " " not in lines[index].strip():
            used = {index} | _url_continuation(lines, index + 1)
            return repair_url([lines[i] for i in sorted(used)]), used
    return None, set()


def _url_continuation(lines: list[str], start: int) -> set[int]:
    """Following lines that are bare URL fragments (a URL wrapped over lines)."""
    used: set[int] = set()
    for index in range(start, len(lines)):
        token = lines[index]
        if " " in token or not re.fullmatch(r"[A-Za-z0-9\-._~/?#=&%+]+", token) or token[0].isupper():
            break
        used.add(index)
    return used


def _read_header(lines: list[str], boilerplate: Boilerplate) -> tuple[CrawlerParse, int]:
    """Parse the header; return it and the index of the first body line."""
    header = CrawlerParse()
    pre: list[str] = []
    saw_meta = False
    index = 0
    limit = min(len(lines), HEADER_WINDOW)
    while index < limit:
        line = lines[index]
        key_value = _KEY_VALUE.match(line)
        byline = parse_byline(line)
        date = is_date_line(line)
        if key_value and key_value["value"].strip() and word_count(key_value["value"]) <= 40:
            _apply_key_value(header, key_value["key"].lower(), key_value["value"].strip())
            saw_meta = True
        elif byline:
            header.authors = header.authors or byline[0]
            header.published = header.published or byline[1]
            saw_meta = True
        elif date:
            header.published = header.published or date
            saw_meta = True
        elif _is_credit(line, boilerplate) and (saw_meta or index + 1 < limit):
            saw_meta = True
        elif (saw_meta and (pre or header.title) and _is_headline_like(line, 8)
              and index + 1 < len(lines) and _is_body_like(lines[index + 1])):
            pass  # a lone short line between the byline/date and the body: a photo credit ("TASS")
        elif not saw_meta and len(pre) < 3 and word_count(line) <= 60:
            pre.append(line)
        elif saw_meta and not pre and not header.title and _is_headline_like(line):
            pre.append(line)  # title after a leading dateline
        elif saw_meta and (pre or header.title) and not header.subtitle and word_count(line) <= 60 \
                and index + 1 < limit and (parse_byline(lines[index + 1]) or is_date_line(lines[index + 1])):
            header.subtitle = line  # title, date, then the standfirst above the byline
        else:
            break
        index += 1
    if not saw_meta:
        # No header cues: a short unpunctuated first line is the headline, the rest is body.
        if len(lines) > 1 and _is_headline_like(lines[0], 20) and not _is_body_like(lines[0]):
            header.title = lines[0]
            return header, 1
        return header, 0
    if len(pre) >= 2 and word_count(pre[0]) <= 2 and not ends_sentence(pre[0]) and (
        len(pre) == 3 or not ends_sentence(pre[1])
    ):
        pre = pre[1:]  # a section kicker such as "Opinion" above the headline
    if pre:
        header.title = header.title or pre[0]
        if len(pre) > 1:
            header.subtitle = header.subtitle or " ".join(pre[1:])
    return header, index


def _apply_key_value(header: CrawlerParse, key: str, value: str) -> None:
    if key in ("title", "headline"):
        header.title = header.title or value
    elif key in ("subtitle", "standfirst", "summary"):
        header.subtitle = header.subtitle or value
    elif key in ("author", "authors", "byline"):
        header.authors = header.authors or parse_authors(re.sub(r"^by\s+", "", value, flags=re.I))
    elif key in ("date", "published", "publication date"):
        header.published = header.published or normalise_date(value)
    elif key in ("url", "link"):
        header.url = header.url or repair_url([value])
    elif key in ("source", "publisher"):
        if URL_START.match(value):
            header.url = header.url or repair_url([value])
        else:
            header.publisher = header.publisher or value


def parse_crawler(text: str, boilerplate: Boilerplate | None = None) -> CrawlerParse:
    """Split a crawler text dump into metadata and clean body paragraphs.

    Args:
        text: The whole dump.
        boilerplate: Line patterns to drop (default: packaged plus ``DETENTE_BOILERPLATE`` files).

    Returns:
        The parse; ``paragraphs`` is empty when no body text was found.
    """
    blocks = split_blocks(text)
    lines = [line for block in blocks for line in block]
    block_of = [number for number, block in enumerate(blocks) for _ in block]
    boilerplate = boilerplate or default_boilerplate()
    url, url_lines = _extract_url(lines, boilerplate)
    sign_off_authors: list[str] = []
    dropped = set(url_lines)
    for index, line in enumerate(lines):
        if index in dropped:
            continue
        footer_like = word_count(line) <= 60 and (
            boilerplate.match("footer", line) or boilerplate.match("sign_off", line))
        if footer_like or boilerplate.match("insert", line):
            sign_off = boilerplate.match("sign_off", line)
            if sign_off and not sign_off_authors:
                sign_off_authors = parse_authors(sign_off["names"])
            dropped.add(index)
        elif _is_credit(line, boilerplate) or (URL_START.match(line) and " " not in line):
            dropped.add(index)
    kept = [i for i in range(len(lines)) if i not in dropped or _is_header_candidate(lines[i], boilerplate)]
    header, body_start = _read_header([lines[i] for i in kept], boilerplate)
    body_indices = [i for i in kept[body_start:] if i not in dropped]
    paragraphs: list[str] = []
    group: list[str] = []
    for position, index in enumerate(body_indices):
        group.append(lines[index])
        last = position + 1 == len(body_indices)
        if last or block_of[body_indices[position + 1]] != block_of[index]:
            paragraphs.extend(block_paragraphs(group))
            group = []
    url = header.url or url
    footer_text = " ".join(lines[i] for i in sorted(dropped))
    return replace(
        header,
        paragraphs=join_cut(paragraphs),
        authors=header.authors or sign_off_authors,
        published=header.published or date_from_url(url),
        url=url,
        publisher=header.publisher or publisher_name(url, f"{footer_text} {header.title or ''} {text}"),
    )


def _is_header_candidate(line: str, boilerplate: Boilerplate) -> bool:
    """Dropped lines that the header reader must still see (credits, key: value URLs)."""
    return _is_credit(line, boilerplate) or bool(_KEY_VALUE.match(line))


def looks_like_crawler(text: str, boilerplate: Boilerplate | None = None) -> bool:
    """True when a text file shows crawler-dump cues (byline, dateline, URL label, inserts).

    Args:
        text: The decoded file content.
        boilerplate: Line patterns (default: packaged plus ``DETENTE_BOILERPLATE`` files).
    """
    lines = [line for block in split_blocks(text[:20000]) for line in block]
    head = lines[:HEADER_WINDOW]
    if any(parse_byline(line) or is_date_line(line) for line in head):
        return True
    if any(_KEY_VALUE.match(line) for line in head[:4]):
        return True
    boilerplate = boilerplate or default_boilerplate()
    return any(boilerplate.match("url_label", line) or boilerplate.match("insert", line) for line in lines[-8:])
