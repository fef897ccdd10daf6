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
