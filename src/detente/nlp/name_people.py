"""Unknown people's names for the parse-based entity labeller (:class:`detente.parallel.ParseEntities`).

The labeller names a person only when the actor lexicon knows the name or a title leads it, so
"gunmen killed Fernando Buesa" left the victim unlabelled where spaCy's recogniser says PERSON. A run
of two to four capitalised proper nouns that is no known place or actor and holds no word of a body,
place or event name ("Front", "District", "Airport") is read as a person's name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from detente.datafiles import data_lines
from detente.errors import DataFileError

if TYPE_CHECKING:
    from spacy.tokens import Span

NAME_NOUNS_FILE = "name_nouns.txt"
# a name word: "Buesa", "Al-Yahya", "O'Neill", "bin" and "al" links are handled by the run itself
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*$")


@lru_cache(maxsize=1)
def name_nouns() -> frozenset[str]:
    """Lower-case words that make an unknown name a body's, a place's or an event's (packaged list)."""
    text = resources.files("detente.data").joinpath(NAME_NOUNS_FILE).read_text(encoding="utf-8")
    words = set()
    for number, line in data_lines(text):
        word = line.strip()
        if not word.isalpha() or word != word.lower():
            raise DataFileError(NAME_NOUNS_FILE, number, f"expected one lower-case word, found {word!r}")
        words.add(word)
    return frozenset(words)


def person_label(span: Span, titled: bool) -> str | None:
    """``"PERSON"`` for an unknown name ``span`` that is a person's: led by a title, or two to four
    title-case name words none of which names a body, a place or an event; else None."""
    if titled:
        return "PERSON"
    words = [t for t in span if t.lower_ not in ("al", "bin", "ibn", "de", "da", "van", "von", "del", "dos")]
    after_the = span[0].i > span.sent.start and span[0].nbor(-1).lower_ == "the"  # "the Ortega Foundation"
    if not 2 <= len(span) <= 4 or len(words) < 2 or after_the:
        return None
    nouns = name_nouns()
    if all(_NAME_WORD.match(t.text) and t.lower_ not in nouns for t in words):
        return "PERSON"
    return None
