"""GDELT 2.0 exports: the 61-column Event table and the 16-column Mentions table.

Files are tab-separated without a header, as GDELT publishes them, so tools built
for GDELT read them unchanged. CAMEO codes stay strings with leading zeros; actor
country codes are CAMEO's three-letter codes; geography uses FIPS 10-4 country
codes (from ``data/fips_iso3.tsv``). Values detente does not compute (tone,
ethnic codes, ADM codes, GeoNames feature ids) are left empty.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timezone
from functools import lru_cache
from importlib import resources
from typing import TextIO
from urllib.parse import urlsplit

from detente.analysis.dyads import UNKNOWN_COUNTRY
from detente.datafiles import data_lines
from detente.errors import DataFileError
from detente.records import Article, Event, Location, Mention

logger = logging.getLogger(__name__)

EVENTS_COLUMNS_FILE = "gdelt/events_columns.txt"
MENTIONS_COLUMNS_FILE = "gdelt/mentions_columns.txt"
ACTOR_FIELDS_FILE = "gdelt/actor_fields.tsv"
FIPS_FILE = "fips_iso3.tsv"

# GDELT geography resolution types
GEO_NONE, GEO_COUNTRY, GEO_US_CITY, GEO_WORLD_CITY = 0, 1, 3, 4
# GDELT MentionType 1 = WEB: a news article
MENTION_TYPE_WEB = 1

ArticleSource = Mapping[str, Article] | Callable[[str], Article | None]


def _data_lines(name: str) -> list[tuple[int, str]]:
    text = resources.files("detente.data").joinpath(name).read_text(encoding="utf-8")
    return list(data_lines(text))


@lru_cache(maxsize=None)
def _columns(name: str, expected: int) -> tuple[str, ...]:
    columns = tuple(line.strip() for _, line in _data_lines(name))
    if len(columns) != expected or len(set(columns)) != expected:
        raise DataFileError(f"detente/data/{name}", None,
                            f"expected {expected} distinct column names, found {len(set(columns))}")
    return columns


def event_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 Event table column names, in file order."""
    return _columns(EVENTS_COLUMNS_FILE, 61)


def mention_columns() -> tuple[str, ...]:
    """The 16 GDELT 2.0 Mentions table column names, in file order."""
    return _columns(MENTIONS_COLUMNS_FILE, 16)


@lru_cache(maxsize=1)
def _actor_chunks() -> dict[str, str]:
    origin = f"detente/data/{ACTOR_FIELDS_FILE}"
    chunks: dict[str, str] = {}
    for number, line in _data_lines(ACTOR_FIELDS_FILE)[1:]:
        fields = line.split("\t")
        if len(fields) != 2 or len(fields[0]) != 3 or fields[1] not in ("nonstate", "type", "religion"):
            raise DataFileError(origin, number, "expected '<3-letter chunk>\\t<nonstate|type|religion>'")
        chunks[fields[0]] = fields[1]
    return chunks


@lru_cache(maxsize=1)
def _fips_table() -> dict[str, tuple[str, str]]:
    """ISO-3 and ISO-2 codes → (FIPS code, country name)."""
    origin = f"detente/data/{FIPS_FILE}"
    table: dict[str, tuple[str, str]] = {}
    for number, line in _data_lines(FIPS_FILE)[1:]:
        fields = line.split("\t")
        if len(fields) != 4 or len(fields[0]) != 3 or len(fields[1]) != 2 or len(fields[2]) != 2:
            raise DataFileError(origin, number, "expected 'iso3\\tiso2\\tfips\\tname' with 3/2/2-letter codes")
        iso3, iso2, fips, name = fields
        table[iso3] = table[iso2] = (fips, name)
    return table


def fips_code(country: str | None) -> str:
    """Return the FIPS 10-4 code of an ISO-3 or ISO-2 country code ('' when unknown)."""
    if not country:
        return ""
    entry = _fips_table().get(country.upper())
    return entry[0] if entry else ""


def _clean(value: object) -> str:
    """A field value without the tabs and newlines that would break the row."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def _number(value: float | None, digits: int | None = None) -> str:
    if value is None:
        return ""
    return f"{value:.{digits}f}" if digits is not None else f"{value:g}"


def _parse_when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        logger.debug("not an ISO date/time: %r", value)
        return None
    # GDELT times are UTC
    return when.astimezone(timezone.utc).replace(tzinfo=None) if when.tzinfo else when


def _timestamp(value: str | None) -> str:
    """ISO date or date-time → GDELT ``YYYYMMDDHHMMSS`` ('' when unknown)."""
    when = _parse_when(value)
    return when.strftime("%Y%m%d%H%M%S") if when else ""


def _date_fields(value: str | None) -> list[str]:
    """SQLDATE, MonthYear, Year, FractionDate of an ISO date."""
    when = _parse_when(value)
    if when is None:
        return ["", "", "", ""]
    day = when.date()
    fraction = day.year + day.timetuple().tm_yday / (366 if _is_leap(day) else 365)
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _is_leap(day: date) -> bool:
    return day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0)


def actor_fields(code: str | None, name: str | None) -> list[str]:
    """The ten GDELT actor columns (Code … Type3Code) of a CAMEO actor code.

    The code is read in three-letter chunks: a country (or region) first, unless it
    starts with an organisation prefix (IGO, NGO, …), whose last chunk is then the
    known-group code (``IGOWSTNAT`` → NAT); role chunks fill the type codes and
    religion chunks the religion codes. The unknown-country placeholder ``---`` is
    dropped, as GDELT codes such actors without a country (``---CVL`` → code CVL,
    empty CountryCode).
    """
    unknown_country = bool(code) and code.startswith(UNKNOWN_COUNTRY)
    if unknown_country:
        code = code[len(UNKNOWN_COUNTRY):]
        if not code:
            return ["", _clean(name), *[""] * 8]
    if not code:
        return [""] * 10
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    kinds = _actor_chunks()
    country = known_group = ""
    types: list[str] = []
    religions: list[str] = []
    roles = chunks[1:]
    if kinds.get(chunks[0]) == "nonstate":
        types.append(chunks[0])
        if len(chunks) > 1:
            known_group = chunks[-1]
    elif unknown_country:
        roles = chunks
    else:
        country = chunks[0]
    for chunk in roles:
        kind = kinds.get(chunk)
        if kind in ("type", "nonstate") and chunk not in types:
            types.append(chunk)
        elif kind == "religion":
            religions.append(chunk)
    types += [""] * 3
    religions += [""] * 2
    return [code, _clean(name), country, known_group, "", religions[0], religions[1], *types[:3]]


def geo_fields(location: Location | None) -> list[str]:
    """The eight GDELT geography columns (Type … FeatureID) of a location.

    A location whose name is its country's name is country-level (type 1); any other
    named place counts as a city (type 3 in the US, 4 elsewhere). ADM1Code carries
    the FIPS country code, as GDELT does for places without a known province.
    """
    if location is None or not location.name:
        return [str(GEO_NONE), "", "", "", "", "", "", ""]
    fips = fips_code(location.country)
    entry = _fips_table().get((location.country or "").upper())
    if entry and entry[1].casefold() == location.name.casefold():
        geo_type = GEO_COUNTRY
    elif fips == "US":
        geo_type = GEO_US_CITY
    else:
        geo_type = GEO_WORLD_CITY
    return [str(geo_type), _clean(location.name), fips, fips, "",
            _number(location.lat, 4), _number(location.lon, 4), ""]


def event_record(event: Event, *, is_root: bool = False) -> list[str]:
    """Return the 61 GDELT Event fields of ``event`` as strings."""
    no_geo = geo_fields(None)
    fields = [
        str(event.id), *_date_fields(event.date),
        *actor_fields(event.source_code, event.source_name),
        *actor_fields(event.target_code, event.target_name),
        "1" if is_root else "0",
        event.event_code, event.event_code[:3], event.root_code,
        str(event.quad_class), _number(event.goldstein),
        str(event.num_mentions), str(event.num_sources), str(event.num_articles), "",
        *no_geo, *no_geo, *geo_fields(event.location),
        _timestamp(event.first_seen), _clean(event.source_url),
    ]
    return fields


def write_gdelt_events(
    events: Iterable[Event],
    out: TextIO,
    *,
    mentions: Callable[[int], Sequence[Mention]] | None = None,
    header: bool = False,
) -> int:
    """Write events as a GDELT 2.0 Event table (61 tab-separated columns).

    Args:
        events: The deduplicated events.
        out: Text stream to write to.
        mentions: Optional lookup of an event's mentions; with it, IsRootEvent is 1
            when some mention is in an article's lead sentence (GDELT: the lead
            paragraph). Without it IsRootEvent is 0.
        header: Write the column names first (GDELT's own files have no header).

    Returns:
        The number of rows written (not counting the header).
    """
    if header:
        out.write("\t".join(event_columns()) + "\n")
    count = 0
    for event in events:
        is_root = mentions is not None and any(m.sentence_index == 0 for m in mentions(event.id))
        out.write("\t".join(event_record(event, is_root=is_root)) + "\n")
        count += 1
    return count


def _article_getter(articles: ArticleSource) -> Callable[[str], Article | None]:
    if isinstance(articles, Mapping):
        return articles.get
    return articles


def _source_name(article: Article | None) -> str:
    if article is None:
        return ""
    if article.url:
        host = urlsplit(article.url).hostname or ""
        return host.removeprefix("www.")
    return article.publisher or ""


def _offset(value: int | None) -> str:
    return "-1" if value is None else str(value)


def mention_record(event: Event, mention: Mention, article: Article | None) -> list[str]:
    """Return the 16 GDELT Mentions fields of one mention of ``event`` as strings."""
    inside = [ref.start for ref in (mention.source, mention.target) if ref is not None]
    in_raw_text = all(
        start is not None and mention.sentence_start <= start < mention.sentence_end for start in inside)
    identifier = (article.url or article.source_path or article.id) if article else mention.doc_id
    published = article.published if article and article.published else (mention.date or event.first_seen)
    return [
        str(event.id), _timestamp(event.first_seen), _timestamp(published), str(MENTION_TYPE_WEB),
        _clean(_source_name(article)), _clean(identifier), str(mention.sentence_index + 1),
        _offset(mention.source.start), _offset(mention.target.start if mention.target else None),
        _offset(mention.verb_start), "1" if in_raw_text else "0",
        str(round(mention.confidence * 100)), str(len(article.text)) if article else "",
        "", "", "",
    ]


def write_gdelt_mentions(
    pairs: Iterable[tuple[Event, Mention]],
    out: TextIO,
    *,
    articles: ArticleSource,
    header: bool = False,
) -> int:
    """Write a GDELT 2.0 Mentions table: one row per mention of an event.

    Args:
        pairs: ``(event, mention)`` for every mention of every exported event.
        out: Text stream to write to.
        articles: Article by id (a mapping or a lookup function) for URL, source
            name, publication time and document length.
        header: Write the column names first (GDELT's own files have no header).

    Returns:
        The number of rows written. Confidence is 0–100; character offsets are -1
        when unknown; InRawText is 1 when both actors are named inside the sentence
        itself (not resolved from elsewhere in the article).
    """
    if header:
        out.write("\t".join(mention_columns()) + "\n")
    lookup = _article_getter(articles)
    count = 0
    for event, mention in pairs:
        out.write("\t".join(mention_record(event, mention, lookup(mention.doc_id))) + "\n")
        count += 1
    return count
