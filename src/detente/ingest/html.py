"""Reader for HTML pages: main text and metadata by trafilatura, paragraphs kept."""

from __future__ import annotations

import logging

from lxml import etree
from lxml import html as lxml_html

from detente.errors import InputError
from detente.ingest.crawler import parse_authors, parse_byline
from detente.ingest.dates import date_from_url, is_date_line, normalise_date
from detente.ingest.paragraphs import clean_inline, join_cut
from detente.ingest.urls import publisher_name
from detente.records import Article, content_hash

logger = logging.getLogger(__name__)

_BLOCK_TAGS = ("p", "quote", "item")


def _main_paragraphs(main: etree._Element, title: str | None) -> list[str]:
    paragraphs: list[str] = []
    for element in main.iter(*_BLOCK_TAGS):
        if any(ancestor.tag in _BLOCK_TAGS for ancestor in element.iterancestors()):
            continue  # nested block: its text belongs to the outer one
        text = clean_inline(" ".join(element.itertext()))
        if text and text != title:
            paragraphs.append(text)
    return paragraphs


def _fallback_paragraphs(html: str) -> list[str]:
    """Paragraphs by plain HTML structure when trafilatura finds no main text."""
    try:
        tree = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    for bad in tree.xpath("//script|//style|//nav|//header|//footer|//noscript"):
        bad.drop_tree()
    paragraphs = [clean_inline(" ".join(p.itertext())) for p in tree.iter("p", "li", "blockquote")]
    return [p for p in paragraphs if p]


def read_html(html: str, *, url: str | None = None, name: str = "<html>") -> Article:
    """Extract one article from an HTML page.

    Args:
        html: The page source.
        url: Where the page came from (used when the page names no canonical URL).
        name: Source name for provenance and messages.

    Returns:
        The article, with title, authors, date, URL and site name when the page has them.

    Raises:
        InputError: The page holds no article text.
    """
    import trafilatura

    xml = trafilatura.extract(
        html, url=url, output_format="xml", with_metadata=True, include_comments=False,
        include_tables=False, favor_recall=True,
    )
    meta: dict[str, str] = {}
    paragraphs: list[str] = []
    if xml:
        doc = etree.fromstring(xml.encode("utf-8"))
        meta = {key: value for key, value in doc.attrib.items() if value}
        main = doc.find("main")
        if main is not None:
            paragraphs = _main_paragraphs(main, clean_inline(meta.get("title", "")) or None)
    if not paragraphs:
        paragraphs = _fallback_paragraphs(html)
    byline_authors: list[str] = []
    byline_date = None
    while paragraphs:
        # a byline or dateline that the extractor kept as body text
        byline = parse_byline(paragraphs[0])
        line_date = byline[1] if byline else is_date_line(paragraphs[0])
        if not byline and not line_date:
            break
        byline_authors = byline_authors or (byline[0] if byline else [])
        byline_date = byline_date or line_date
        paragraphs.pop(0)
    paragraphs = join_cut(paragraphs)
    if not paragraphs:
        raise InputError(name, "no article text found in this HTML page — "
                               "check that it is the article page itself, not an index or a login page")
    title = clean_inline(meta.get("title", "")) or None
    page_url = meta.get("url") or url
    authors = parse_authors(meta["author"].replace(";", ",")) if meta.get("author") else byline_authors
    description = clean_inline(meta.get("description", "")) or None
    body = "\n\n".join(paragraphs)
    subtitle = description if description and description not in (title, paragraphs[0]) \
        and not paragraphs[0].startswith(description.rstrip(".… ")) else None
    return Article(
        id=content_hash(body),
        paragraphs=paragraphs,
        title=title,
        subtitle=subtitle,
        authors=authors,
        published=normalise_date(meta.get("date")) or byline_date or date_from_url(page_url),
        url=page_url,
        publisher=meta.get("sitename") or publisher_name(page_url, f"{title or ''} {body}"),
        source_path=name,
        format="html",
    )

