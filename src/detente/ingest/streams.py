"""Byte streams to text lines, read lazily so that corpora of any size use constant memory.

A stream is first read for its *head* (enough to recognise the format). Record
formats are then decoded line by line: UTF-8 per line (a byte-order mark is dropped),
falling back to cp1252 (latin-1 for bytes cp1252 leaves undefined) for a line that is
not valid UTF-8; UTF-16 streams (with a byte-order mark) are decoded as a whole stream.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import BinaryIO

logger = logging.getLogger(__name__)

HEAD_BYTES = 65536  # most bytes read before the format is decided
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_head(stream: BinaryIO, limit: int = HEAD_BYTES) -> bytes:
    """Read the start of ``stream``: up to the end of its first non-blank line, at most ``limit`` bytes.

    Stopping at the first line keeps a slow pipe (``producer | detente ingest -``) from
    waiting for ``limit`` bytes before the first record is read.
    """
    read = getattr(stream, "read1", stream.read)
    head = b""
    while len(head) < limit:
        chunk = read(limit - len(head))
        if not chunk:
            break
        head += chunk
        if b"\n" in head.lstrip():
            break
    return head


def head_text(head: bytes) -> str:
    """Decode a head for format sniffing; a character cut at the end is dropped or replaced."""
    if head.startswith(_UTF16_BOMS):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8", errors="replace")


class _Prefixed(io.RawIOBase):
    """A raw stream that returns ``head`` and then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._stream = stream
        self._read = getattr(stream, "read1", stream.read)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._read(len(buffer))  # read1: return what a pipe has, do not wait for a full buffer
        buffer[:len(data)] = data
        return len(data)


def _decode_line(raw: bytes) -> tuple[str, str | None]:
    """Decode one line; return it and the fallback encoding used (None for UTF-8)."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"  # maps every byte


def decoded_lines(head: bytes, stream: BinaryIO, path: str) -> Iterator[str]:
    """Lines of ``head`` + the rest of ``stream``, decoded, split at ``\\n`` (kept).

    Args:
        head: Bytes already read from the stream (see :func:`read_head`).
        stream: The rest of the input.
        path: Name used in warnings.

    Yields:
        Text lines ending in ``\\n`` (the last one may not).
    """
    buffered = io.BufferedReader(_Prefixed(head, stream))
    if head.startswith(_UTF16_BOMS):
        yield from io.TextIOWrapper(buffered, encoding="utf-16", newline="\n")
        return
    fallbacks = 0
    for number, raw in enumerate(buffered, start=1):
        line, encoding = _decode_line(raw)
        if encoding:
            fallbacks += 1
            if fallbacks == 1:
                logger.warning("%s:%d: not valid UTF-8; read as %s — re-save the file as UTF-8 if "
                               "characters look wrong", path, number, encoding)
        yield line
    if fallbacks > 1:
        logger.warning("%s: %d lines in all were not valid UTF-8 and were read as cp1252/latin-1",
                       path, fallbacks)


def text_lines(text: str) -> Iterator[str]:
    """Lines of ``text`` split at ``\\n`` only (kept), like :func:`decoded_lines`."""
    yield from io.StringIO(text, newline="\n")
