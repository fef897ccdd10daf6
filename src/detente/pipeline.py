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

DEFAULT_BATCH_SIZE = 32


def code_articles(
    articles: Iterable[Article],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    coder: Coder | None = None,
) -> Iterator[CodedArticle]:
    """Code each article into mentions, streaming in input order.

    Args:
        articles: Articles from :mod:`detente.ingest` (or built by the caller).
        batch_size: Texts per spaCy batch.
        n_process: Worker processes for the spaCy parse.
        coder: A coder with extra lexicons (default: the packaged one).

    Yields:
        One :class:`CodedArticle` per input article (empty ``mentions`` when none).
    """
    from detente.coding import Coder
    from detente.nlp import load_pipeline

    nlp = load_pipeline()
    coder = coder or Coder.default()
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        sentences = [(sent.start_char, sent.end_char) for sent in doc.sents]
        yield CodedArticle(article, sentences, coder.code_doc(doc, article))


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
