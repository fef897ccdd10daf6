"""Analysis over the event store: deduplication rules, near-duplicate articles,
dyad time series and rankings (``brief`` builds position briefs on top of these)."""

from detente.analysis.dyads import dyad_series, top_dyads

__all__ = ["dyad_series", "top_dyads"]
