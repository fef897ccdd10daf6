"""Ingest: files, directories, stdin and in-memory text → :class:`~detente.records.Article`.

Formats: crawler text dumps, plain text, HTML pages, JSONL / JSON arrays and CSV/TSV
corpora. Problems with one file or record become an :class:`~detente.errors.InputError`
handed to ``on_error``; reading always continues with the rest of the batch.

JSONL and CSV/TSV files and stdin are read record by record, so a corpus of any size
is read in constant memory; the other formats hold one article (or one JSON array)
and are read whole.

Environment:
    DETENTE_BOILERPLATE: Extra boilerplate pattern files (``kind<TAB>regex``, the format
        of the packaged ``detente/data/ingest/boilerplate.tsv``), separated by
        :data:`os.pathsep`. Their lines are dropped from crawler dumps in addition to the
        packaged footers, photo credits, "Related" inserts, URL labels and sign-offs.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from detente.errors import ConfigError, InputError
from detente.ingest.crawler import parse_crawler
from detente.ingest.dates import date_from_url, normalise_date, split_dateline
from detente.ingest.html import read_html
from detente.ingest.paragraphs import text_paragraphs
from detente.ingest.sniffing import EXTENSIONS, FORMATS, binary_reason, decode, sniff, sniff_head
from detente.ingest.streams import decoded_lines, head_text, read_head, text_lines
from detente.ingest.tabular import read_csv, read_json, read_jsonl
from detente.records import Article, content_hash

logger = logging.getLogger(__name__)

__all__ = ["FORMATS", "normalise_date", "read_html", "read_paths", "read_text", "walk_files"]

ErrorHandler = Callable[[InputError], None]
# Files a directory walk passes over: project notes, not news.
_SKIPPED_NAMES = ("readme", "license", "licence", "copying", "changelog", "notice")
# Formats read record by record from a stream.
_STREAMED = ("jsonl", "csv", "tsv")


def _log_error(error: InputError) -> None:
    logger.warning("skipped %s", error)


def _raise(error: InputError) -> None:
    raise error


def _single(text: str, fmt: str, name: str, url: str | None) -> Article:
    """Read a one-article format (crawler, text, html)."""
    if fmt == "html":
        return read_html(text, url=url, name=name)
    if fmt == "crawler":
        parsed = parse_crawler(text)
        article = Article(
            id="", paragraphs=parsed.paragraphs, title=parsed.title, subtitle=parsed.subtitle,
            authors=parsed.authors, published=parsed.published, url=parsed.url or url,
            publisher=parsed.publisher, source_path=name, format="crawler",
        )
    else:
        paragraphs = text_paragraphs(text)
        published = None
        if paragraphs:
            published, paragraphs[0] = split_dateline(paragraphs[0])
        article = Article(id="", paragraphs=paragraphs, url=url, published=published or date_from_url(url),
                          source_path=name, format="text")
    if not article.paragraphs:
        raise InputError(name, "empty article: no body text found — check that the file holds the article text")
    article.id = content_hash(article.text)
    return article


def _read_records(lines: Iterable[str], fmt: str, name: str, report: ErrorHandler) -> Iterator[Article]:
    """Read a streamed record format (one of ``_STREAMED``) from text lines."""
    if fmt == "jsonl":
        yield from read_jsonl(lines, name, report)
    else:
        yield from read_csv(lines, name, report, delimiter="\t" if fmt == "tsv" else ",")


def _parse(text: str, fmt: str, name: str, suffix: str, url: str | None,
           report: ErrorHandler) -> Iterator[Article]:
    if fmt == "auto":
        fmt = sniff(text, suffix)
    if fmt in _STREAMED:
        yield from _read_records(text_lines(text), fmt, name, report)
    elif fmt == "json":
        yield from read_json(text, name, report)
    else:
        try:
            yield _single(text, fmt, name, url)
        except InputError as exc:
            report(exc)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown input format {fmt!r} — use one of: {', '.join(FORMATS)}")


def read_text(
    text: str,
    *,
    fmt: str = "auto",
    name: str = "<text>",
    url: str | None = None,
    on_error: ErrorHandler | None = None,
) -> list[Article]:
    """Read articles from text held in memory (HTTP uploads, watch mode, tests).

    Args:
        text: The content: a dump, plain text, HTML, JSONL or CSV.
        fmt: ``auto`` (sniff the content) or one of ``text``, ``crawler``, ``html``,
            ``jsonl``, ``json``, ``csv``, ``tsv``.
        name: Source name recorded as ``source_path`` and used in messages.
        url: URL of the text, when known (single-article formats).
        on_error: Receives each bad record; by default the first one is raised.

    Returns:
        The articles read, in input order.

    Raises:
        InputError: The text (or a record of it) cannot be read and no ``on_error`` was given.
        ConfigError: ``fmt`` is unknown.
    """
    _check_format(fmt)
    return list(_parse(text, fmt, name, "", url, on_error or _raise))


def walk_files(directory: Path) -> Iterator[Path]:
    """Files under ``directory`` in a stable order, without hidden files and READMEs."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file_name in sorted(files):
            if file_name.startswith(".") or file_name.lower().startswith(_SKIPPED_NAMES):
                continue
            yield Path(root) / file_name


def _read_source(head: str, fmt: str, name: str, suffix: str, report: ErrorHandler,
                 lines: Callable[[], Iterable[str]], whole: Callable[[], str]) -> Iterator[Article]:
    """Read one input from its decoded ``head``: record formats by ``lines``, others by ``whole``."""
    chosen = fmt if fmt != "auto" else sniff_head(head, suffix)
    if chosen in _STREAMED:
        yield from _read_records(lines(), chosen, name, report)
        return
    try:
        text = whole()
    except InputError as exc:
        report(exc)
        return
    yield from _parse(text, fmt, name, suffix, None, report)


def _read_binary(stream: BinaryIO, fmt: str, name: str, suffix: str, report: ErrorHandler,
                 *, in_directory: bool) -> Iterator[Article]:
    head = read_head(stream)
    reason = binary_reason(head)
    if reason:
        if in_directory and fmt == "auto" and suffix not in EXTENSIONS:
            logger.info("%s: not a text file, passed over", name)
        else:
            report(InputError(name, reason))
        return
    yield from _read_source(head_text(head), fmt, name, suffix, report,
                            lambda: decoded_lines(head, stream, name),
                            lambda: decode(head + stream.read(), name))


def _read_text_stream(stream: TextIO, fmt: str, name: str, report: ErrorHandler) -> Iterator[Article]:
    """Read a text stream without a byte buffer (e.g. a replaced ``sys.stdin``)."""
    head_lines: list[str] = []
    for line in stream:
        head_lines.append(line)
        if line.strip():
            break
    head = "".join(head_lines)
    yield from _read_source(head, fmt, name, "", report,
                            lambda: itertools.chain(head_lines, stream), lambda: head + stream.read())


def _read_file(path: Path, fmt: str, report: ErrorHandler, *, in_directory: bool) -> Iterator[Article]:
    name = str(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        report(InputError(name, "no such file — check the path"))
        return
    except IsADirectoryError:
        report(InputError(name, "is a directory but could not be listed — check its permissions"))
        return
    except OSError as exc:
        report(InputError(name, f"cannot read the file ({exc.strerror or exc}) — check its permissions"))
        return
    with handle:
        try:
            yield from _read_binary(handle, fmt, name, path.suffix.lower(), report, in_directory=in_directory)
        except OSError as exc:
            report(InputError(name, f"reading stopped: {exc.strerror or exc} — check the file and its disk"))


def _read_stdin(fmt: str, report: ErrorHandler) -> Iterator[Article]:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        yield from _read_text_stream(sys.stdin, fmt, "-", report)
    else:
        yield from _read_binary(buffer, fmt, "-", "", report, in_directory=False)


def read_paths(
    paths: Iterable[str | Path],
    on_error: ErrorHandler | None = None,
    *,
    fmt: str = "auto",
) -> Iterator[Article]:
    """Read articles from files, directories (recursively) and ``-`` (stdin).

    Files are read by extension (``.txt`` dumps/plain text, ``.html``/``.htm``,
    ``.jsonl``, ``.json``, ``.csv``, ``.tsv``); other files by their content. In a
    directory, hidden files, README/LICENSE files and binary files of unknown type are
    passed over.

    Args:
        paths: Files, directories or ``-``.
        on_error: Receives an :class:`InputError` for each file or record that was
            skipped (default: log a warning). Reading continues after it.
        fmt: Force one reader for every file (default: decide per file).

    Yields:
        Articles in input order.

    Raises:
        ConfigError: ``fmt`` is unknown.
    """
    _check_format(fmt)
    report = on_error or _log_error
    for entry in paths:
        if str(entry) == "-":
            yield from _read_stdin(fmt, report)
            continue
        path = Path(entry)
        if path.is_dir():
            found = False
            for file_path in walk_files(path):
                found = True
                yield from _read_file(file_path, fmt, report, in_directory=True)
            if not found:
                report(InputError(str(path), "directory holds no files to read"))
        else:
            yield from _read_file(path, fmt, report, in_directory=False)
