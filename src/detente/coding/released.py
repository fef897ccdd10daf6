"""Foreign crews freed: "the Libyan government freed the four fishermen, according to the Tunisian fisheries
union", "Peruvian police released the driver". Fishermen, sailors, drivers and their boats and lorries are
mostly held where they were caught, far from home: a state freeing such people frees those of the one other
state its sentence names (often the one reporting the release) or its article is about, not its own prisoners.
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.actors import ArticleCoref
from detente.coding.acts import Act
from detente.coding.inference import is_state
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
        The one other state the sentence names, else the one other country whose people or bodies it names
        ("the Tunisian fisheries union"), else the article's other party; None when the released are no
        crew, boat or driver, or no such state is known.
    """
    if not act.code.startswith("084") or not any(t.lemma_.lower() in CAUGHT_NOUNS for t in act.targets):
        return None
    return coref.sole_other(countries, sent.start) or _sole_other_people(coref, countries, sent) \
        or coref.counterpart(countries, sent.start_char)


def _sole_other_people(coref: ArticleCoref, countries: set[str], sent: Span) -> str | None:
    """The one country other than ``countries`` of any party the sentence names: the crew's union, relatives
    or fellow citizens speak for the country the crew came from."""
    others = {r.country for r in coref.resolver.find_all(sent, coref.date)
              if is_state(r.country) and r.country not in countries}
    return others.pop() if len(others) == 1 else None
