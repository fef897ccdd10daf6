"""What the coder reads once per coding call (actor heads, a sentence's states, a noun's words) gives the
answers it gives when read afresh. Sentences are our own."""

from __future__ import annotations

from detente.actors.resolver import RESOLVED_KEY
from detente.coding.parsecache import cached_parse, span_reading


def test_remembered_resolution_matches_a_fresh_one_and_is_the_callers_own(nlp, resolver):
    doc = nlp("Kenyan police arrested three Somali nationals near the border with Ethiopia.")
    heads = [t for t in doc if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    fresh = [resolver.resolve(t, "2020-05-01") for t in heads]
    with resolver.remembering(doc):
        first = [resolver.resolve(t, "2020-05-01") for t in heads]
        again = [resolver.resolve(t, "2020-05-01") for t in heads]
        assert first == fresh == again
        assert any(r is not None for r in first)
        assert all(a is not b for a, b in zip(first, again) if a is not None)  # changing one spares the memo
        assert resolver.resolve(heads[1], None) == resolver.resolve(heads[1], None)  # the date is part of the key
    assert RESOLVED_KEY not in doc.user_data  # dropped when the call ends
    police = next(r for r in first if r is not None)
    assert police.code.startswith("KEN")


def test_span_reading_reads_once_per_call(nlp):
    doc = nlp("Chad and Sudan signed a border accord.")
    sent = next(iter(doc.sents))
    calls = []

    def read(span, tag):
        calls.append(tag)
        return len(span), tag

    with cached_parse(doc):
        assert span_reading(sent, read, "a") == span_reading(sent, read, "a") == (len(sent), "a")
        assert span_reading(sent, read, "b") == (len(sent), "b")
    assert calls == ["a", "b"]
    assert span_reading(sent, read, "a") == (len(sent), "a") and calls == ["a", "b", "a"]  # no call, no memo
