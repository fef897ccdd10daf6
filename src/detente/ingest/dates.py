"""Date recognition for ingest: free-text and URL dates normalised to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import logging
import re

logger = logging.getLogger(__name__)

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"

# Each pattern names its groups year/month/day; month may be a name or a number.
_PATTERNS = [
    re.compile(r"(?<!\d)(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})" + _ORD + r",?\s+(?P<year>\d{4})(?!\d)", re.I),
    re.compile(r"(?<!\d)(?P<day>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})(?!\d)", re.I),
    re.compile(r"(?<!\d)(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
]
_COMPACT = re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:T?\d{4,6}Z?)?$")
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?=[/-]|$)"
    r"|/(?P<cyear>(?:19|20)\d{2})(?P<cmonth>[01]\d)(?P<cday>[0-3]\d)(?=/)"
)

# Words that may surround a date on a dateline without making it prose.
_DATE_LINE_FILLER = re.compile(
    r"\b(?:published|updated|posted|modified|last|first|on|at|date|dated|time|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|am|pm|a\.m\.|p\.m\.|utc|gmt|msk|cet|cest|est|edt|pst|pdt|bst|z)\b"
    r"|\d{1,2}:\d{2}(?::\d{2})?|[+-]\d{2}:?\d{2}",
    re.I,
)


def _to_iso(year: str, month: str, day: str) -> str | None:
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    if month_number is None:
        return None
    try:
        value = dt.date(int(year), month_number, int(day))
    except ValueError:
        return None
    if not 1800 <= value.year <= 2200:
        return None
    return value.isoformat()


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """Find the first recognisable calendar date in ``text``.

    Args:
        text: Any string, e.g. ``"Updated: June 15, 2021 10:32"``.

    Returns:
        ``(iso_date, (start, end))`` of the earliest match, or None.
    """
    best: tuple[str, tuple[int, int]] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(match["year"], match["month"], match["day"])
            if iso and (best is None or match.start() < best[1][0]):
                best = (iso, match.span())
                break
    return best


def normalise_date(value: object) -> str | None:
    """Normalise a date value to ISO ``YYYY-MM-DD``.

    Accepts ``"June 15, 2021"``, ``"15 June 2021"``, ``"2021-06-15"``, ``"20210615"``,
    ISO timestamps and RFC 2822 dates; a ``datetime``/``date`` is converted directly.

    Args:
        value: The date as found in the input.

    Returns:
        The ISO date, or None when ``value`` holds no recognisable date.
    """
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if not text:
        return None
    compact = _COMPACT.match(text)
    if compact:
        return _to_iso(compact["year"], compact["month"], compact["day"])
    found = find_date(text)
    return found[0] if found else None


def is_date_line(line: str) -> str | None:
    """Return the ISO date if ``line`` is a dateline (a date plus at most filler words).

    Args:
        line: One stripped line of text.
    """
    if len(line) > 80:
        return None
    compact = _COMPACT.match(line)
    if compact:
        return _to_iso(compact["year"], compact["month"], compact["day"])
    found = find_date(line)
    if not found:
        return None
    start, end = found[1]
    rest = _DATE_LINE_FILLER.sub(" ", line[:start] + " " + line[end:])
    words = re.findall(r"[^\W\d_]{2,}", rest)
    return found[0] if len(words) <= 1 else None


# "ISTANBUL, June 2, 2025 — ", "June 2, 2025 (Reuters) - ": an upper-case place, a date, a dash
_DATELINE_PLACE = re.compile(r"(?:[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][\w.' -]*)?,\s*)?")
_DATELINE_END = re.compile(r"\s*(?:\([A-Z][\w .&]{1,30}\))?\s*[—–-]{1,2}\s+")


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split a leading wire dateline that carries a full date off a paragraph.

    Args:
        paragraph: The first paragraph of a plain-text article.

    Returns:
        ``(iso_date, rest)`` when the paragraph opens with a dated dateline, else ``(None, paragraph)``.
    """
    found = find_date(paragraph[:80])
    if not found:
        return None, paragraph
    start, end = found[1]
    if not _DATELINE_PLACE.fullmatch(paragraph[:start]):
        return None, paragraph
    tail = _DATELINE_END.match(paragraph, end)
    if not tail:
        return None, paragraph
    return found[0], paragraph[tail.end():]


def date_from_url(url: str | None) -> str | None:
    """Return the date encoded in a URL path such as ``/2021/06/15/``, or None."""
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        if match["year"]:
            iso = _to_iso(match["year"], match["month"], match["day"])
        else:
            iso = _to_iso(match["cyear"], match["cmonth"], match["cday"])
        if iso:
            return iso
    return None
