"""Inline SVG charts for the dashboard, rendered on the server.

The charts are plain SVG strings (no JavaScript, no external assets) so that a
page is complete when it arrives and prints or screenshots as it looks.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from detente.codes import QUAD_CLASS_NAMES

logger = logging.getLogger(__name__)

# QuadClass → (label, CSS class); cooperation stacks up from the axis, conflict down.
QUADS: dict[int, tuple[str, str]] = {quad: (name, f"q{quad}") for quad, name in QUAD_CLASS_NAMES.items()}
_MARGIN_LEFT, _MARGIN_RIGHT, _MARGIN_TOP, _MARGIN_BOTTOM = 40, 8, 10, 30


def _nice_ceiling(value: float) -> int:
    """Round ``value`` up to 1, 2 or 5 times a power of ten (axis maximum)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return int(step * power)
    return int(10 * power)


def _ticks(scale: int) -> list[int]:
    """Whole-number gridline values up to ``scale`` (counts of events are integers)."""
    return sorted({scale, scale // 2} - {0})


def _tick_every(count: int, room: int) -> int:
    """Label every n-th period so that labels never overlap."""
    return max(1, math.ceil(count / max(room, 1)))


def timeline_svg(periods: Sequence[Mapping[str, Any]], *, title: str, width: int = 1000,
                 height: int = 260) -> str:
    """Return a diverging bar chart of cooperation (up) vs conflict (down) per period.

    Args:
        periods: Dicts in the :meth:`DyadPeriod.to_dict` shape (``period``, ``q1``..``q4``,
            ``total``, ``goldstein_mean``).
        title: Accessible title of the chart (read by screen readers, shown as tooltip).
        width: Width of the drawing in SVG units (it scales to its container).
        height: Height of the drawing in SVG units.

    Returns:
        An ``<svg>`` element as a string; a short message element when there is nothing to draw.
    """
    if not periods:
        return ('<p class="empty">No coded events in this period yet &mdash; '
                'add articles with <code>detente ingest</code> or POST /api/articles.</p>')
    plot_w = width - _MARGIN_LEFT - _MARGIN_RIGHT
    plot_h = height - _MARGIN_TOP - _MARGIN_BOTTOM
    up_max = max(p.get("q1", 0) + p.get("q2", 0) for p in periods)
    down_max = max(p.get("q3", 0) + p.get("q4", 0) for p in periods)
    # Each side gets its own rounded maximum on one shared scale, so the zero line sits
    # where the data needs it; an empty side keeps a sliver so the axis never hugs an edge.
    up_scale, down_scale = _nice_ceiling(up_max), _nice_ceiling(down_max)
    larger = max(up_scale, down_scale)
    up_room = up_scale if up_max else larger * 0.15
    down_room = down_scale if down_max else larger * 0.15
    per_unit = plot_h / (up_room + down_room)
    axis_y = _MARGIN_TOP + up_room * per_unit
    slot = plot_w / len(periods)
    bar_w = max(1.0, min(slot * 0.72, 56.0))

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    ticks = [(value, 1) for value in _ticks(up_scale) if up_max] + \
            [(value, -1) for value in _ticks(down_scale) if down_max]
    for value, sign in ticks:
        y = axis_y - sign * value * per_unit
        parts.append(f'<line class="grid" x1="{_MARGIN_LEFT}" x2="{width - _MARGIN_RIGHT}" '
                     f'y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{_MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value}</text>')
    parts.append(f'<text class="tick" x="{_MARGIN_LEFT - 6}" y="{axis_y + 4:.1f}" text-anchor="end">0</text>')

    label_every = _tick_every(len(periods), plot_w // 64)
    for index, period in enumerate(periods):
        x = _MARGIN_LEFT + index * slot + (slot - bar_w) / 2
        tooltip = _tooltip(period)
        parts.append(f'<g class="period"><title>{escape(tooltip)}</title>')
        top = axis_y
        for quad in (1, 2):
            count = period.get(f"q{quad}", 0)
            if count:
                h = count * per_unit
                top -= h
                parts.append(f'<rect class="{QUADS[quad][1]}" x="{x:.1f}" y="{top:.1f}" '
                             f'width="{bar_w:.1f}" height="{h:.1f}"/>')
        bottom = axis_y
        for quad in (3, 4):
            count = period.get(f"q{quad}", 0)
            if count:
                h = count * per_unit
                parts.append(f'<rect class="{QUADS[quad][1]}" x="{x:.1f}" y="{bottom:.1f}" '
                             f'width="{bar_w:.1f}" height="{h:.1f}"/>')
                bottom += h
        parts.append("</g>")
        if index % label_every == 0:
            parts.append(f'<text class="tick" x="{x + bar_w / 2:.1f}" y="{height - 10}" '
                         f'text-anchor="middle">{escape(str(period.get("period", "")))}</text>')
    parts.append(f'<line class="axis" x1="{_MARGIN_LEFT}" x2="{width - _MARGIN_RIGHT}" '
                 f'y1="{axis_y:.1f}" y2="{axis_y:.1f}"/>')
    parts.append("</svg>")
    return "".join(parts)


def _tooltip(period: Mapping[str, Any]) -> str:
    counts = ", ".join(f"{QUADS[q][0]} {period.get(f'q{q}', 0)}" for q in QUADS)
    mean = period.get("goldstein_mean")
    mean_text = "" if mean is None else f"; mean Goldstein {mean:+.1f}"
    return f"{period.get('period', '')}: {period.get('total', 0)} events ({counts}){mean_text}"
