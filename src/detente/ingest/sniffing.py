"""Bytes to text and format detection for input files."""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Callable

from detente.errors import InputError

logger = logging.getLogger(__name__)

FORMATS = ("auto", "text", "crawler", "html", "jsonl", "json", "csv", "tsv")
EXTENSIONS = {
    ".txt": "auto", ".text": "auto", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv",
}
# Magic numbers of document formats people are likely to pass by mistake.
_MAGIC = {
    b"%PDF": "a PDF document — convert it to text (e.g. pdftotext) first",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx) — unpack it or save the document as text first",
    b"\x1f\x8b": "a gzip archive — decompress it (gunzip) first",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document — save it as text or HTML first",
    b"\x89PNG": "a PNG image, not text",
    b"\xff\xd8\xff": "a JPEG image, not text",
}
_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div|<meta|<!--)", re.I)


def binary_reason(data: bytes) -> str | None:
    """Say why ``data`` is not a text file, or None when it looks like text."""
    for magic, reason in _MAGIC.items():
        if data.startswith(magic):
            return f"this is {reason}"
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a byte-order mark
    if b"\x00" in sample:
        return "this is a binary file (it contains NUL bytes), not text — give a .txt, .html, .jsonl or .csv file"
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if sample and controls / len(sample) > 0.05:
        return "this looks like a binary file, not text — give a .txt, .html, .jsonl or .csv file"
    return None


def decode(data: bytes, path: str, warn: Callable[[str], None] | None = None) -> str:
    """Decode file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1.

    Args:
        data: The raw file content.
        path: Name used in messages.
        warn: Called with a message when a fallback encoding was used (default: log a warning).

    Raises:
        InputError: The content is binary.
    """
    reason = binary_reason(data)
    if reason:
        raise InputError(path, reason)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}"
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"  # maps every byte
    (warn or logger.warning)(f"{path}: not valid UTF-8 (at {where}); read as {encoding} — "
                             "re-save the file as UTF-8 if characters look wrong")
    return text


def _looks_like_csv(text: str, delimiter: str) -> bool:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        header = next(csv.reader([first], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return False
    columns = {column.strip().lower() for column in header}
    return len(header) >= 2 and bool(columns & {"text", "body", "content"})


def sniff_head(head: str, suffix: str = "") -> str | None:
    """Decide the reader from the file suffix or the first line of the content.

    Args:
        head: The start of the decoded content (at least its first non-blank line).
        suffix: File extension including the dot (``.txt``), or ``""``.

    Returns:
        ``html``, ``jsonl``, ``json``, ``csv`` or ``tsv``; None when the content is a
        one-article text whose kind (``crawler`` or ``text``) needs the whole text.
    """
    fmt = EXTENSIONS.get(suffix.lower(), "auto")
    if fmt != "auto":
        return fmt
    head = head.lstrip("\ufeff \t\r\n")[:2000]
    if _HTML_START.match(head):
        return "html"
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("["):
        return "json"
    if _looks_like_csv(head, "\t"):
        return "tsv"
    if _looks_like_csv(head, ","):
        return "csv"
    return None


def sniff(text: str, suffix: str = "") -> str:
    """Decide the reader for ``text`` from its file suffix, else from its content.

    Args:
        text: Decoded content.
        suffix: File extension including the dot (``.txt``), or ``""``.

    Returns:
        One of ``text``, ``crawler``, ``html``, ``jsonl``, ``json``, ``csv``, ``tsv``.
    """
    from detente.ingest.crawler import looks_like_crawler

    fmt = sniff_head(text, suffix)
    if fmt:
        return fmt
    return "crawler" if looks_like_crawler(text) else "text"
