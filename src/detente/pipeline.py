"""Articles in, mentions out: the one place where ingest, nlp and coding meet.

The CLI, the HTTP server, the Dask engine and watch mode all call these functions.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from detente.records import Article, CodedArticle, Mention

if TYPE_CHECKING:
    from detente.coding import Coder

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 16


def code_articles(
    articles: Iterable[Article],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    coder: Coder | None = None,
    prefilter: bool = True,
) -> Iterator[CodedArticle]:
    """Code each article into mentions, streaming in input order.

    Args:
        articles: Articles from :mod:`detente.ingest` (or built by the caller); read lazily.
        batch_size: Articles per batch (per worker task when ``n_process`` > 1).
        n_process: Worker processes (0 or None = every CPU; small inputs are always coded
            in-process, without worker start-up).
        coder: A coder with extra lexicons (default: the packaged one).
        prefilter: Parse only sentences that can hold an event (see :mod:`detente.parallel`);
            False parses every sentence.

    Yields:
        One :class:`CodedArticle` per input article (empty ``mentions`` when none).
    """
    from detente.parallel import code_articles_fast

    yield from code_articles_fast(articles, workers=n_process, batch_size=batch_size, coder=coder,
                                  prefilter=prefilter)


def code_text(text: str, *, date: str | None = None, doc_id: str | None = None) -> list[Mention]:
    """Code one piece of text (paragraphs separated by blank lines).

    Args:
        text: The news text.
        date: ISO date used as the event date.
        doc_id: Id to give the article (default: content hash).
    """
    from detente.records import content_hash

    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    article = Article(id=doc_id or content_hash(text), paragraphs=paragraphs, published=date)
    return next(code_articles([article])).mentions
