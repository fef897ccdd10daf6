"""Foreign crews freed: "the Libyan government freed the four fishermen, according to the Tunisian fisheries
union", "Peruvian police released the driver". Fishermen, sailors, drivers and their boats and lorries are
mostly held where they were caught, far from home: a state freeing such people frees those of the one other
state its sentence names (often the one reporting the release) or its article is about, not its own prisoners.
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.actors import ArticleCoref
from detente.coding.acts import Act
from detente.coding.lexicon import WORD_SETS

CAUGHT_NOUNS = WORD_SETS["caught_abroad_nouns"]


def caught_abroad(act: Act, coref: ArticleCoref, countries: set[str], sent: Span) -> str | None:
    """The state whose crew, boat or driver a release (084x) frees, when the act names none.

    Args:
        act: The release.
        coref: The article's actor memory.
        countries: The releasing side's countries.
        sent: The act's sentence.

    Returns:
        The one other state the sentence names, else the article's other party; None when the released are
        no crew, boat or driver, or no such state is known.
    """
    if not act.code.startswith("084") or not any(t.lemma_.lower() in CAUGHT_NOUNS for t in act.targets):
        return None
    return coref.sole_other(countries, sent.start) or coref.counterpart(countries, sent.start_char)
