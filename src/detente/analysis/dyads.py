"""Dyad time series and the most active / most changed dyads.

A *dyad* is a directed pair of actors. Series and rankings are computed over
deduplicated events (one per source, target, code and day), each event counting
once whatever its number of mentions. Country-level dyads use the first three
letters of the actor codes (``RUSGOV`` → ``RUS``); international actors (IGOs,
NGOs, multinationals) keep their full code, so NATO and the UN stay apart.
The store counts in SQL (``GROUP BY`` period or dyad); this module folds the few
grouped rows it returns, so the cost grows with periods and dyads, not with events.
"""

from __future__ import annotations

import logging
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from detente.errors import ConfigError
from detente.records import DyadPeriod

if TYPE_CHECKING:
    from detente.store import DyadTally, PeriodTally, Store

logger = logging.getLogger(__name__)

PERIODS = ("day", "week", "month")
INTERNATIONAL_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
UNKNOWN_COUNTRY = "---"
GOLDSTEIN_SCALE = 1_000_000
"""The store sums Goldstein scores as exact integers of millionths, so totals never depend on order."""
TOP_CODES = 3
CHANGE_SHRINK = 2.0
"""Pseudo-count shrinking a Goldstein shift seen on few events (see :func:`top_dyads`)."""


def dyad_actor(code: str) -> str:
    """Return the actor a dyad is counted under: the country, or the whole international code."""
    return code if code[:3] in INTERNATIONAL_PREFIXES else code[:3]


def dyad_names(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add readable ``source_name`` and ``target_name`` to dyad rows (``RUS`` → ``Russia``).

    Names come from :func:`detente.actors.actor_name`, so a country code names the
    country, not whichever of its actors happens to be stored first.
    """
    from detente.actors import actor_name

    named = []
    for row in rows:
        named.append({**row, "source_name": actor_name(row["source"]), "target_name": actor_name(row["target"])})
    return named


def dyad_pair(source_code: str, target_code: str | None) -> tuple[str, str] | None:
    """Return the country-level dyad of an event, or None when it has none.

    One-actor events, actors of unknown country (``---BUS``) and domestic pairs
    (same country on both sides) form no dyad.
    """
    if not target_code:
        return None
    pair = (dyad_actor(source_code), dyad_actor(target_code))
    if UNKNOWN_COUNTRY in pair or pair[0] == pair[1]:
        return None
    return pair


def period_of(day: str, by: str) -> str:
    """Return the label of the period containing ``day``: ``2024-03-05``, ``2024-W10`` or ``2024-03``."""
    if by == "day":
        return day[:10]
    if by == "month":
        return day[:7]
    year, week, _ = date.fromisoformat(day[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def periods_between(first: str, last: str, by: str) -> list[str]:
    """Return every period label from the one containing ``first`` to the one containing ``last``."""
    start, end = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    labels: list[str] = []
    if by == "month":
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            labels.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return labels
    step = timedelta(days=1 if by == "day" else 7)
    current = start if by == "day" else start - timedelta(days=start.weekday())
    while current <= end:
        labels.append(period_of(current.isoformat(), by))
        current += step
    return labels


@dataclass
class _Tally:
    counts: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)
    goldstein_micros: int = 0

    def add(self, row: PeriodTally) -> None:
        self.counts[row.quad_class] += row.events
        if row.event_code is not None:
            self.codes[row.event_code] += row.events
        self.goldstein_micros += row.goldstein_micros

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def goldstein_sum(self) -> float:
        return self.goldstein_micros / GOLDSTEIN_SCALE

    @property
    def goldstein_mean(self) -> float | None:
        # one division of exact integers: the correctly rounded mean, whatever the summing order
        return self.goldstein_micros / (GOLDSTEIN_SCALE * self.total) if self.total else None

    @property
    def conflict_share(self) -> float | None:
        return (self.counts[3] + self.counts[4]) / self.total if self.total else None


@dataclass
class _DyadSum:
    events: int = 0
    goldstein_micros: int = 0
    conflict_events: int = 0

    def add(self, row: DyadTally) -> None:
        self.events += row.events
        self.goldstein_micros += row.goldstein_micros
        self.conflict_events += row.conflict_events

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein_micros / (GOLDSTEIN_SCALE * self.events) if self.events else None


def _check_by(by: str) -> None:
    if by not in PERIODS:
        raise ConfigError(f"period {by!r} is not one of {', '.join(PERIODS)}")


def check_dyad_side(code: str, option: str) -> str:
    """Return a dyad side upper-cased, refusing the unknown-country placeholder.

    Raises:
        ConfigError: When ``code`` is or starts with ``---``: such actors form no dyads.
    """
    cleaned = code.strip().upper()
    if cleaned.startswith(UNKNOWN_COUNTRY):
        raise ConfigError(
            f"{option} {code!r} is an actor of unknown country ('---'), which forms no dyads: "
            f"give a country (RUS), an organisation (IGOWSTNAT) or a full code (RUSGOV)"
        )
    return cleaned


def dyad_series(
    store: Store,
    source: str,
    target: str,
    *,
    both_ways: bool = False,
    by: str = "month",
    since: str | None = None,
    until: str | None = None,
) -> list[DyadPeriod]:
    """Return the event series of a dyad, one :class:`DyadPeriod` per period.

    Every period from ``since`` (or the first event) to ``until`` (or the last event)
    is present: periods without events have zero counts and None for the mean
    Goldstein and conflict share, so charts show quiet spells honestly.

    Args:
        store: The event store.
        source: Source actor (3 letters = the whole country, longer = exact code).
        target: Target actor, same rule.
        both_ways: Count target→source events too.
        by: ``day``, ``week`` (ISO weeks, ``2024-W05``) or ``month``.
        since: First day ``YYYY-MM-DD`` (inclusive).
        until: Last day ``YYYY-MM-DD`` (inclusive).

    Returns:
        Periods in time order (empty when there are no events and no date range).
    """
    _check_by(by)
    source_label, target_label = check_dyad_side(source, "source"), check_dyad_side(target, "target")
    rows = store.period_tallies(by, by_code=True, source=source_label, target=target_label,
                                both_ways=both_ways, since=since, until=until)
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for row in rows:
        tallies[row.period].add(row)
    first = since or min((row.first_date for row in rows), default=None)
    last = until or max((row.last_date for row in rows), default=None)
    if first is None or last is None:
        return []
    labels = periods_between(first, last, by)
    series = []
    for label in labels:
        tally = tallies.get(label, _Tally())
        series.append(DyadPeriod(
            period=label,
            source=source_label,
            target=target_label,
            counts={q: tally.counts.get(q, 0) for q in (1, 2, 3, 4)},
            goldstein_sum=tally.goldstein_sum,
            goldstein_mean=tally.goldstein_mean,
            conflict_share=tally.conflict_share,
            top_codes=sorted(tally.codes.items(), key=lambda item: (-item[1], item[0]))[:TOP_CODES],
        ))
    return series


def _half(tally: _DyadSum) -> dict[str, Any]:
    mean = tally.goldstein_mean
    return {"events": tally.events, "goldstein_mean": None if mean is None else round(mean, 3)}


def top_dyads(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 10,
    order: str = "active",
) -> list[dict[str, Any]]:
    """Rank country-level directed dyads by activity or by change within the window.

    The window (``since``..``until``, or the span of the events) is cut in two halves
    of equal length. For each dyad:

    - ``volume_change`` = events in the second half − events in the first;
    - ``goldstein_change`` = mean Goldstein second half − first half (None if a half is empty);
    - ``change_score`` = |goldstein_change| · m / (m + 2) + |log2((n2 + 1) / (n1 + 1))|,
      with m the smaller half's event count: a tone shift seen on few events is shrunk,
      and a surge or collapse in volume counts on a log scale.

    Args:
        store: The event store.
        since: First day ``YYYY-MM-DD`` (inclusive).
        until: Last day ``YYYY-MM-DD`` (inclusive).
        limit: How many dyads to return.
        order: ``"active"`` (most events first) or ``"changed"`` (highest change_score first).

    Returns:
        ``[{"source", "target", "events", "goldstein_mean", "conflict_share", "first_half",
        "second_half", "volume_change", "goldstein_change", "change_score"}, …]``; events
        without a dyad (see :func:`dyad_pair`) are left out.
    """
    if order not in ("active", "changed"):
        raise ConfigError(f"order {order!r} must be 'active' or 'changed'")
    span = store.dyadic_date_range(since=since, until=until)
    if span is None:
        return []
    start = date.fromisoformat(since or span[0])
    end = date.fromisoformat(until or span[1])
    middle = (start + timedelta(days=(end - start).days // 2)).isoformat()
    whole: dict[tuple[str, str], _DyadSum] = defaultdict(_DyadSum)
    halves: dict[tuple[str, str], tuple[_DyadSum, _DyadSum]] = defaultdict(lambda: (_DyadSum(), _DyadSum()))
    for row in store.dyad_tallies(since=since, until=until, split=middle):
        whole[row.source, row.target].add(row)
        halves[row.source, row.target][row.half].add(row)
    rows = []
    for pair, tally in whole.items():
        first, second = halves[pair]
        n1, n2 = first.events, second.events
        shift = None
        if first.goldstein_mean is not None and second.goldstein_mean is not None:
            shift = second.goldstein_mean - first.goldstein_mean
        smaller = min(n1, n2)
        score = abs(shift or 0.0) * smaller / (smaller + CHANGE_SHRINK) + abs(math.log2((n2 + 1) / (n1 + 1)))
        rows.append({
            "source": pair[0], "target": pair[1], "events": tally.events,
            "goldstein_mean": round(tally.goldstein_mean, 3),
            "conflict_share": round(tally.conflict_events / tally.events, 3),
            "first_half": _half(first), "second_half": _half(second),
            "volume_change": n2 - n1,
            "goldstein_change": None if shift is None else round(shift, 3),
            "change_score": round(score, 3),
        })
    if order == "active":
        rows.sort(key=lambda row: (-row["events"], row["source"], row["target"]))
    else:
        rows.sort(key=lambda row: (-row["change_score"], -row["events"], row["source"], row["target"]))
    return rows[:max(limit, 0)]
