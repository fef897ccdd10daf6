"""A small hand-coded corpus for the server tests (no spaCy): articles, mentions, a store file.

Offsets are computed from the text, exactly as the coder would report them, so the
dashboard's highlighting is exercised on real spans.
"""

from __future__ import annotations

from pathlib import Path

from detente.codes import lookup
from detente.records import ActorRef, Article, CodedArticle, Mention

NAMES = {
    "RUSGOV": "Russia government", "RUSMIL": "Russia military", "UKRGOV": "Ukraine government",
    "USAGOV": "United States government", "CHNGOV": "China government", "UKR": "Ukraine",
}

# (id, published, title, paragraphs, mentions as (sentence, source, target, code, verb, flags))
ARTICLES = [
    ("geneva", "2024-03-01", "Lavrov meets Ukrainian envoys in Geneva", [
        "Russian Foreign Minister Sergei Lavrov met Ukrainian negotiators in Geneva on Friday. "
        "The talks lasted four hours.",
        "Russia did not sign the ceasefire agreement with Ukraine. Moscow may impose sanctions on Kyiv "
        "if the talks fail.",
    ], [
        ("Russian Foreign Minister Sergei Lavrov met Ukrainian negotiators in Geneva on Friday.",
         ("RUSGOV", "Sergei Lavrov"), ("UKRGOV", "Ukrainian negotiators"), "040", "met", ""),
        ("Russia did not sign the ceasefire agreement with Ukraine.",
         ("RUSGOV", "Russia"), ("UKRGOV", "Ukraine"), "057", "sign", "negated"),
        ("Moscow may impose sanctions on Kyiv if the talks fail.",
         ("RUSGOV", "Moscow"), ("UKRGOV", "Kyiv"), "163", "impose", "hypothetical"),
    ]),
    ("kharkiv", "2024-04-10", "Kyiv accuses Moscow over Kharkiv shelling", [
        "Ukraine accused Russia of shelling Kharkiv on Wednesday.",
        "Russian forces attacked the city again overnight, officials said.",
    ], [
        ("Ukraine accused Russia of shelling Kharkiv on Wednesday.",
         ("UKRGOV", "Ukraine"), ("RUSGOV", "Russia"), "112", "accused", ""),
        ("Russian forces attacked the city again overnight, officials said.",
         ("RUSMIL", "Russian forces"), ("UKR", "the city"), "190", "attacked", ""),
    ]),
    ("aid", "2024-05-20", "Washington pledges aid to Ukraine", [
        "The United States pledged new military aid to Ukraine on Monday. Washington also criticized "
        "Moscow for the strikes.",
    ], [
        ("The United States pledged new military aid to Ukraine on Monday.",
         ("USAGOV", "The United States"), ("UKRGOV", "Ukraine"), "033", "pledged", ""),
        ("Washington also criticized Moscow for the strikes.",
         ("USAGOV", "Washington"), ("RUSGOV", "Moscow"), "111", "criticized", ""),
    ]),
    ("aid-followup", "2024-05-20", "Aid package details", [
        "The United States pledged new military aid to Ukraine on Monday, a second report said.",
    ], [
        ("The United States pledged new military aid to Ukraine on Monday, a second report said.",
         ("USAGOV", "The United States"), ("UKRGOV", "Ukraine"), "033", "pledged", ""),
    ]),
    ("harvest", "2024-06-02", "Wheat harvest begins early", [
        "Farmers across the plains began the wheat harvest two weeks early this year.",
    ], []),
]


def _actor(text: str, code: str, words: str, after: int) -> ActorRef:
    start = text.index(words, after)
    return ActorRef(code, NAMES[code], words, start, start + len(words))


def coded_articles() -> list[CodedArticle]:
    """The corpus as the pipeline would hand it to the store."""
    out = []
    for doc_id, published, title, paragraphs, specs in ARTICLES:
        article = Article(id=doc_id, paragraphs=paragraphs, title=title, published=published,
                          url=f"https://news.example/{doc_id}", publisher="Example News",
                          source_path="corpus", format="text")
        text = article.text
        mentions = []
        sentences: list[tuple[int, int]] = []
        for index, (sentence, source, target, code, verb, flag) in enumerate(specs):
            start = text.index(sentence)
            sentences.append((start, start + len(sentence)))
            entry = lookup(code)
            verb_start = text.index(verb, start)
            mentions.append(Mention(
                doc_id=doc_id, sentence_index=index, sentence=sentence, sentence_start=start,
                source=_actor(text, source[0], source[1], start),
                target=_actor(text, target[0], target[1], start),
                event_code=code, root_code=code[:2], quad_class=entry.quad_class, goldstein=entry.goldstein,
                plover_type=entry.plover_type, plover_mode=entry.plover_mode,
                negated=flag == "negated", hypothetical=flag == "hypothetical", date=published,
                confidence=0.8, rule=f"test:{verb}", verb_text=verb, verb_start=verb_start,
                verb_end=verb_start + len(verb)))
        out.append(CodedArticle(article, sentences or [(0, len(text))], mentions))
    return out


def build_db(path: Path) -> Path:
    """Write the corpus into a new store file and return its path."""
    from detente.store import Store

    with Store(path) as store:
        store.add_batch(coded_articles())
    return path
