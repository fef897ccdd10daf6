"""Shared check for table-driven coding tests: does a sentence yield the expected event?"""

from __future__ import annotations

from detente.pipeline import code_text


def mismatches(sentence: str, expected: tuple[str | None, str | None, str], date: str) -> list[str]:
    """Empty when some mention has the expected code prefix, source and target code prefixes
    (None: any); otherwise what the sentence produced, for the assertion message."""
    source, target, code = expected
    produced = []
    for m in code_text(sentence, date=date):
        produced.append(f"{m.source.code}->{m.target.code if m.target else None} {m.event_code}")
        if not m.event_code.startswith(code):
            continue
        if source and not m.source.code.startswith(source):
            continue
        if target and not (m.target and m.target.code.startswith(target)):
            continue
        return []
    return produced or ["nothing"]


def factual(text: str, date: str = "2026-03-10", *, codes: bool = False,
            root: bool = False) -> set[tuple[str | None, str | None, str]]:
    """(source, target, event code) of the factual mentions of ``text``: countries by default, full actor
    codes with ``codes``; the CAMEO root instead of the full event code with ``root``."""
    def actor(ref):
        return None if ref is None else ref.code if codes else ref.country
    return {(actor(m.source), actor(m.target), m.event_code[:2] if root else m.event_code)
            for m in code_text(text, date=date) if m.is_factual}


def coded(text: str, date: str = "2025-11-04") -> list[tuple[str, str | None, str, bool]]:
    """(source, target, event code, factual) of every mention of ``text``, with full actor codes."""
    return [(m.source.code, m.target.code if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date=date)]
