"""The fast local engine: sentence pre-filter, reassembled docs, worker processes, accuracy."""

from __future__ import annotations

import json
import sys
from itertools import count

import pytest

from detente.parallel import ActorWords, FastCoder, SentenceFilter, _sentence_bounds, code_articles_fast
from detente.records import Article


def split(word: str) -> list[str]:
    return word.lower().replace("'s", " 's").split()


ACTORS = ActorWords(names=[("russia",), ("china",), ("vladimir", "putin"), ("is",)],
                    agents=[("police",), ("foreign", "minister")], split=split, caps_only={"is"})


def toy_filter() -> SentenceFilter:
    return SentenceFilter(ACTORS, verbs=frozenset({"meet", "condemn", "say"}), nouns=frozenset({"talks"}),
                          anaphors=frozenset({"he", "it", "government"}),
                          lemma_tables={"lemma_exc": {"verb": {"met": ["meet"]}},
                                        "lemma_rules": {"verb": [["ed", ""], ["s", ""]], "noun": [["s", ""]]}})


def words(text: str) -> list[str]:
    return text.replace(".", " .").split()


def test_actor_words_follow_the_resolver_case_rules():
    assert ACTORS(words("Vladimir Putin arrived ."))
    assert ACTORS(words("Putin and Russia 's envoy"))  # "russia" after the split of "Russia's"
    assert not ACTORS(words("Putin arrived ."))  # only a prefix of the key "vladimir putin"
    assert not ACTORS(words("the rain in russia"))  # a name written in lower case is no name
    assert ACTORS(words("the police came"))  # sector words need no capitals
    assert ACTORS(words("the Foreign Minister"))
    assert not ACTORS(words("Is it over ?"))  # stop-word names count only in capitals
    assert ACTORS(words("IS fighters"))


def test_lemmas_cover_irregular_and_regular_forms():
    f = toy_filter()
    assert "meet" in f.lemmas("met", "verb")
    assert "condemn" in f.lemmas("condemned", "verb")
    assert f.kind("condemns") == (True, False)
    assert f.kind("talks") == (True, False)
    assert f.kind("rained") == (False, False)
    assert f.kind("he") == (False, True)


def test_select_keeps_event_and_anaphor_sentences_only():
    f = toy_filter()
    sentences = [
        words("He met the delegation ."),  # anaphor before any actor: nothing to refer to
        words("Inflation rose sharply ."),  # no actor, no trigger
        words("Russia condemned China ."),  # actor + trigger
        words("It rained all week ."),  # anaphor but no trigger
        words("He met reporters in Geneva ."),  # anaphor + trigger after an actor
        words("The police stayed calm ."),  # actor, no trigger, no later anaphor
    ]
    assert f.select(sentences) == [False, False, True, False, True, False]


def test_select_keeps_antecedent_sentences_for_later_anaphors():
    f = toy_filter()
    sentences = [
        words("Vladimir Putin arrived on Monday ."),  # no trigger, but "He" below refers to it
        words("Markets were calm ."),
        words("He met officials ."),
    ]
    assert f.select(sentences) == [True, False, True]
    assert f.select(sentences[:2]) == [False, False]


def test_sentence_bounds_split_at_punctuation_and_paragraphs(nlp):
    doc = nlp.make_doc('Russia said "no." China agreed.\n\nA new paragraph without a stop\n\nU.S. troops left.')
    texts = [doc[s:e].text.strip() for s, e in _sentence_bounds(doc)]
    assert texts == ['Russia said "no."', "China agreed.", "A new paragraph without a stop", "U.S. troops left."]


ARTICLE = Article(
    id="geneva",
    published="2021-06-16",
    paragraphs=[
        "Russian President Vladimir Putin arrived in Geneva on Tuesday. Heavy rain fell over the lake "
        "for most of the afternoon. He met U.S. President Joe Biden at a lakeside villa.",
        "Inflation in the region rose to 4 percent in May, according to figures published on Monday. "
        "The Kremlin accused Washington of interfering in Russia's elections. "
        "Shares in energy companies fell sharply after the announcement.",
        "China condemned the sanctions imposed by the European Union on Chinese officials. "
        "It urged the bloc to reverse the decision.",
    ],
)


def test_the_two_sides_are_parties_the_filter_keeps(nlp):
    article = Article(id="sides", published="2026-03-10", paragraphs=[
        "Russia and Ukraine agreed on Sunday to a truce. By Monday, the two sides were already trading "
        "accusations of violations."])
    [coded] = FastCoder(nlp=nlp).code([article])
    traded = {(m.source.country, m.target.country) for m in coded.mentions if m.event_code == "112"}
    assert traded == {("RUS", "UKR"), ("UKR", "RUS")}


@pytest.mark.slow
def test_fast_engine_keeps_offsets_and_codes_like_a_full_parse(nlp):
    fast = FastCoder(nlp=nlp, entities="model")
    full = FastCoder(nlp=nlp, prefilter=False, entities="model")
    [coded] = fast.code([ARTICLE])
    [reference] = full.code([ARTICLE])
    assert fast.sentences_parsed < fast.sentences_total  # something was skipped
    text = ARTICLE.text
    assert coded.sentences[0][0] == 0 and not text[coded.sentences[-1][1]:].strip()
    # Every character outside the sentence spans is whitespace: skipped sentences are still sentences.
    assert all(not text[a[1]:b[0]].strip() and a[1] <= b[0] for a, b in zip(coded.sentences, coded.sentences[1:]))
    assert [m.to_dict() for m in coded.mentions] == [m.to_dict() for m in reference.mentions]
    assert coded.mentions, "the article has codable events"
    for mention in coded.mentions:
        assert text[mention.sentence_start:mention.sentence_end] == mention.sentence
        assert text[mention.verb_start:mention.verb_end] == mention.verb_text
        assert text[mention.source.start:mention.source.end] == mention.source.text
    # "He met ... Biden": the pronoun is resolved through the first, skipped-trigger sentence.
    met = [m for m in coded.mentions if m.verb_text.startswith("met")]
    assert met and met[0].source.code.startswith("RUS")


def test_clause_stage_runs_once_on_sentences_without_an_act(nlp, monkeypatch):
    from detente.coding.extract import ClauseCoder

    seen: list[str] = []
    code_sentence = ClauseCoder.code_sentence

    def counted(self, sent):
        seen.append(sent.text)
        return code_sentence(self, sent)

    monkeypatch.setattr(ClauseCoder, "code_sentence", counted)
    article = Article(id="once", paragraphs=["Kenya condemned Uganda over the border raid.",
                                             "Officials in Nairobi said the rains would come late this year."],
                      published="2024-05-02")
    [coded] = FastCoder(nlp=nlp).code([article])
    # the act sentence is read before and after its entities; the other only by the entity decision
    assert seen.count("Kenya condemned Uganda over the border raid.") == 2
    assert seen.count("Officials in Nairobi said the rains would come late this year.") == 1
    assert [(m.source.code[:3], m.target.code[:3] if m.target else None, m.root_code) for m in coded.mentions] \
        == [("KEN", "UGA", "11")]


@pytest.mark.slow
def test_entities_only_where_the_coder_finds_an_act_change_no_mention(nlp):
    deferred = FastCoder(nlp=nlp, entities="model")
    everywhere = FastCoder(nlp=nlp, defer_entities=False, entities="model")
    [coded] = deferred.code([ARTICLE])
    [reference] = everywhere.code([ARTICLE])
    # the recognizer ran on fewer sentences than were parsed (background sentences had no act)
    assert 0 < deferred.sentences_entities < deferred.sentences_parsed
    assert everywhere.sentences_entities == 0
    assert [m.to_dict() for m in coded.mentions] == [m.to_dict() for m in reference.mentions]
    assert any(m.location is not None for m in reference.mentions)  # entities matter here (places)


@pytest.mark.slow
def test_parse_entities_label_places_people_nationalities_and_dates(nlp):
    from detente.coding import Coder
    from detente.parallel import ParseEntities

    doc = nlp("President Putin met Turkish officials in Ankara on Tuesday.")
    labels = {doc[start:end].text: label for start, end, label in ParseEntities(Coder.default().resolver)(doc[:])}
    assert labels["Putin"] == "PERSON"
    assert labels["Turkish"] == "NORP"
    assert labels["Ankara"] == "GPE"
    assert labels["Tuesday"] == "DATE"


@pytest.mark.slow
def test_default_engine_needs_no_statistical_recognizer(nlp):
    fast = FastCoder(nlp=nlp)
    [coded] = fast.code([Article(id="g", paragraphs=["Russia and the United States held talks in Geneva on Monday."])])
    assert "ner" in fast.deferred  # never run: the parse and the gazetteer label the act sentence
    assert any(m.location is not None and m.location.name == "Geneva" for m in coded.mentions)


def test_unknown_entity_mode_is_refused(nlp):
    from detente.errors import ConfigError

    with pytest.raises(ConfigError, match="parse"):
        FastCoder(nlp=nlp, entities="guess")


def test_fork_only_without_other_threads(monkeypatch):
    import threading

    import detente.parallel as parallel

    # Other tests in the session (Dask, uvicorn, browsers) may leave threads behind, so the thread
    # count is set here rather than assumed.
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    expected = "fork" if sys.platform.startswith("linux") else "spawn"
    assert parallel._start_method() == expected
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert parallel._start_method() == "spawn"  # a lock held by another thread would be copied held


@pytest.mark.slow
def test_fast_engine_gives_the_full_parse_mentions_on_the_gold_sets(nlp, shared_dir):
    """Same mentions sentence by sentence as `detente eval` (full parse + code_doc) => same figures."""
    from detente.coding import Coder

    coder = Coder.default()
    fast = FastCoder(coder, nlp=nlp, entities="model")
    for gold in ("petr2_gsr_validation.jsonl", "plover_gsr_cameo.jsonl"):
        records = [json.loads(line) for line in (shared_dir / "gold" / gold).read_text().splitlines() if line.strip()]
        articles = [Article(id=str(r["id"]), paragraphs=[r["text"]]) for r in records]
        coded = fast.code(articles)
        for article, item, doc in zip(articles, coded, nlp.pipe(a.text for a in articles)):
            expected = [m.to_dict() for m in coder.code_doc(doc, article)]
            assert [m.to_dict() for m in item.mentions] == expected, article.id


def counting(articles: list[Article], consumed: list[int]):
    for number, article in zip(count(1), articles):
        consumed.append(number)
        yield article


@pytest.mark.slow
def test_in_process_engine_streams():
    articles = [Article(id=f"a{i}", paragraphs=[f"Russia condemned China on day {i}."]) for i in range(40)]
    consumed: list[int] = []
    stream = code_articles_fast(counting(articles, consumed), workers=1, batch_size=8)
    first = next(stream)
    assert first.article.id == "a0" and len(consumed) <= 8
    assert [c.article.id for c in stream] == [f"a{i}" for i in range(1, 40)]


@pytest.mark.slow
def test_two_worker_processes_give_the_in_process_results():
    paragraph = ("Germany condemned Iran for the detention of its citizens on {n}. Officials said talks would "
                 "resume. The weather stayed dry.")
    articles = [Article(id=f"w{n}", paragraphs=[paragraph.format(n=n), "He met the French president."],
                        published="2024-03-05") for n in range(60)]
    consumed: list[int] = []
    parallel = list(code_articles_fast(counting(articles, consumed), workers=2, batch_size=8))
    local = list(code_articles_fast(articles, workers=1, batch_size=8))
    assert [c.article.id for c in parallel] == [a.id for a in articles]
    assert [[m.to_dict() for m in c.mentions] for c in parallel] == [[m.to_dict() for m in c.mentions] for c in local]
    assert [c.sentences for c in parallel] == [c.sentences for c in local]
    assert any(c.mentions for c in parallel)


def test_small_inputs_do_not_start_workers(monkeypatch):
    import detente.parallel as parallel

    def refuse(*args, **kwargs):
        raise AssertionError("a process pool was started for a tiny input")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", refuse)
    monkeypatch.setattr(parallel, "local_engine", lambda coder=None, prefilter=True: _EchoEngine())
    out = list(code_articles_fast([Article(id="x", paragraphs=["Hello."])], workers=2))
    assert [c.article.id for c in out] == ["x"]


class _EchoEngine:
    def code(self, articles):
        from detente.records import CodedArticle

        return [CodedArticle(a, [(0, len(a.text))], []) for a in articles]


def test_name_words_are_surnames_of_multiword_names():
    from detente.parallel import _name_words

    words = "On Monday Prime Minister Jeremiah Manele met President Lee Jae - myung in Honiara .".split()
    assert {"Manele", "Lee"} <= _name_words(words)
    assert "Monday" not in _name_words(words) and "Honiara" not in _name_words(words)
