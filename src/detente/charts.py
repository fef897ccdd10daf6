"""Pictures of a dyad over time: cooperation above the zero line, conflict below.

Each panel stacks the four GDELT QuadClasses per period — verbal and material
cooperation as bars upwards, verbal and material conflict downwards — and draws
the mean Goldstein score on a second axis whose zero lines up with the bars'.
A both-ways series with two directions gets one panel per direction.
matplotlib (Agg backend) is imported only when a chart is drawn.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from detente.codes import QUAD_CLASS_NAMES
from detente.errors import ConfigError
from detente.records import DyadPeriod

logger = logging.getLogger(__name__)

CHART_SUFFIXES = (".png", ".svg")
GOLDSTEIN_LIMIT = 10.0
# QuadClass → (legend label, colour, drawn upwards)
_QUAD_COLOURS = {1: "#9ecae1", 2: "#2171b5", 3: "#fcae91", 4: "#cb181d"}
QUAD_STYLE: dict[int, tuple[str, str, bool]] = {
    quad: (f"{name.capitalize()} (Q{quad})", _QUAD_COLOURS[quad], quad <= 2)
    for quad, name in QUAD_CLASS_NAMES.items()
}
GOLDSTEIN_COLOUR = "#252525"

_PERIOD_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "day"),
    (re.compile(r"^(\d{4})-W(\d{2})$"), "week"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})$"), "year"),
)
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}
_UNIT_OF_DAYS = {days: unit.capitalize() for unit, days in _PERIOD_DAYS.items()}


def period_start(period: str) -> tuple[date, int] | None:
    """Return the first day of a period label and its length in days.

    Understands ``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-MM``, ``YYYY-Qn`` and ``YYYY``;
    None for anything else.
    """
    for pattern, unit in _PERIOD_PATTERNS:
        match = pattern.match(period)
        if not match:
            continue
        numbers = [int(part) for part in match.groups()]
        if unit == "day":
            start = date(*numbers)
        elif unit == "week":
            start = date.fromisocalendar(numbers[0], numbers[1], 1)
        elif unit == "month":
            start = date(numbers[0], numbers[1], 1)
        elif unit == "quarter":
            start = date(numbers[0], 3 * numbers[1] - 2, 1)
        else:
            start = date(numbers[0], 1, 1)
        return start, _PERIOD_DAYS[unit]
    return None


def _directions(periods: Sequence[DyadPeriod]) -> list[tuple[str, str, list[DyadPeriod]]]:
    groups: dict[tuple[str, str], list[DyadPeriod]] = {}
    for period in periods:
        groups.setdefault((period.source, period.target), []).append(period)
    return [(source, target, sorted(items, key=lambda p: p.period))
            for (source, target), items in groups.items()]


def _x_positions(periods: Sequence[DyadPeriod]) -> tuple[list[Any], float, int | None]:
    """Bar centres, bar width and the period length in days (None: not a date axis)."""
    starts = [period_start(p.period) for p in periods]
    if all(starts):
        days = starts[0][1]
        centres = [start + timedelta(days=length / 2) for start, length in starts]
        return centres, days * 0.8, days
    return list(range(len(periods))), 0.8, None


def _goldstein_line(x: list[Any], means: list[float | None], days: int | None) -> tuple[list[Any], list[float]]:
    """Points of the mean-Goldstein line, broken (NaN) at empty or missing periods."""
    xs: list[Any] = []
    ys: list[float] = []
    for index, (xi, mean) in enumerate(zip(x, means)):
        gap = days is not None and index > 0 and (xi - x[index - 1]).days > 1.5 * days
        if gap:
            xs.append(x[index - 1] + timedelta(days=days))
            ys.append(math.nan)
        xs.append(xi)
        ys.append(math.nan if mean is None else mean)
    return xs, ys


def _draw_panel(ax: Any, periods: list[DyadPeriod], heading: str, shared_limit: float) -> Any:
    import matplotlib.dates as mdates
    from matplotlib.ticker import MaxNLocator

    x, width, days = _x_positions(periods)
    # thin white outlines separate stacked segments, but would swallow very narrow bars
    edge = 0.4 if len(periods) <= 60 else 0.0
    up = [0.0] * len(periods)
    down = [0.0] * len(periods)
    for quad, (label, colour, upwards) in QUAD_STYLE.items():
        values = [p.counts.get(quad, 0) for p in periods]
        if upwards:
            ax.bar(x, values, width, bottom=up, color=colour, label=label, edgecolor="white", linewidth=edge)
            up = [a + b for a, b in zip(up, values)]
        else:
            negative = [-v for v in values]
            ax.bar(x, negative, width, bottom=down, color=colour, label=label, edgecolor="white", linewidth=edge)
            down = [a + b for a, b in zip(down, negative)]
    ax.axhline(0, color="#444444", linewidth=0.8)
    ax.set_ylim(-shared_limit, shared_limit)
    ax.set_ylabel("Events (count)")
    # conflict counts are drawn below zero but are still counts: label them positive
    ax.yaxis.set_major_formatter(_absolute_formatter())
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.text(0.005, 0.97, "▲ cooperation", transform=ax.transAxes, va="top", fontsize=9, color=QUAD_STYLE[2][1])
    ax.text(0.005, 0.03, "▼ conflict", transform=ax.transAxes, va="bottom", fontsize=9, color=QUAD_STYLE[4][1])
    ax.set_title(heading, loc="left", fontsize=11)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)

    twin = ax.twinx()
    xs, ys = _goldstein_line(x, [p.goldstein_mean for p in periods], days)
    twin.plot(xs, ys, color=GOLDSTEIN_COLOUR, marker="o", markersize=4, linewidth=1.6,
              label="Mean Goldstein score (right axis)")
    twin.set_ylim(-GOLDSTEIN_LIMIT, GOLDSTEIN_LIMIT)
    twin.set_ylabel("Mean Goldstein score\n(−10 hostile … +10 cooperative)")
    if days is not None:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=12)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    else:
        ax.set_xticks(x, [p.period for p in periods], rotation=45, ha="right")
    return twin


def _absolute_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: f"{abs(value):g}")


def dyad_chart(
    periods: Sequence[DyadPeriod],
    path: Path,
    *,
    title: str,
    names: dict[str, str] | None = None,
) -> Path:
    """Draw a dyad time series to a PNG or SVG file (chosen by the suffix).

    Args:
        periods: The series from :func:`detente.analysis.dyads.dyad_series`; periods of
            different (source, target) directions are drawn as separate panels.
        path: Output file ending in ``.png`` or ``.svg``.
        title: Figure title.
        names: Readable names for actor codes used in panel headings.

    Returns:
        ``path``.

    Raises:
        ConfigError: For an unsupported suffix or an empty series.
    """
    path = Path(path)
    if path.suffix.lower() not in CHART_SUFFIXES:
        raise ConfigError(f"{path}: chart files must end in .png or .svg")
    if not periods:
        raise ConfigError("no events for this dyad in the chosen dates; widen --since/--until or check the codes")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = names or {}
    directions = _directions(periods)
    tallest = max(max(sum(p.counts.get(q, 0) for q in (1, 2)), sum(p.counts.get(q, 0) for q in (3, 4)))
                  for p in periods)
    limit = max(1.0, tallest * 1.15)
    figure, axes = plt.subplots(len(directions), 1, figsize=(11, 4.2 * len(directions) + 0.9),
                                sharex=True, squeeze=False)
    twin = None
    for ax, (source, target, items) in zip(axes[:, 0], directions):
        heading = f"{names.get(source, source)} → {names.get(target, target)}"
        twin = _draw_panel(ax, items, heading, limit)
    handles, labels = axes[0, 0].get_legend_handles_labels()
    if twin is not None:
        more_handles, more_labels = twin.get_legend_handles_labels()
        handles, labels = handles + more_handles, labels + more_labels
    figure.suptitle(title, fontsize=14, fontweight="bold", x=0.01, ha="left")
    figure.legend(handles, labels, loc="lower center", ncol=5, frameon=False, fontsize=9)
    first = period_start(periods[0].period)
    axes[-1, 0].set_xlabel(_UNIT_OF_DAYS[first[1]] if first else "Period")
    figure.tight_layout(rect=(0, 0.06, 1, 0.97))
    figure.savefig(path, dpi=120)
    plt.close(figure)
    logger.info("wrote chart %s (%d periods, %d panels)", path, len(periods), len(directions))
    return path
