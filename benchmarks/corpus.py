"""Deterministic benchmark corpus: ~800-word political news articles.

The articles are generated from sentence templates with a seeded random generator,
so every run (and every machine) gets the same texts. The mix imitates wire copy:
event sentences (actor + diplomatic/conflict verb), follow-ups that refer back with
pronouns or definite descriptions ("The minister said ..."), quotations, and
background sentences about markets, history or weather that name no actor.
The demo samples shipped in ``src/detente/data/samples`` are prepended when present.

Usage:
    python benchmarks/corpus.py OUT_DIR [N_ARTICLES]
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from detente.records import Article

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "detente" / "data" / "samples"

# (noun phrase, adjective, capital, leader description, pronoun)
COUNTRIES = [
    ("Russia", "Russian", "Moscow", "President Vladimir Putin", "he"),
    ("the United States", "American", "Washington", "the U.S. secretary of state", "he"),
    ("China", "Chinese", "Beijing", "the Chinese foreign minister", "he"),
    ("Germany", "German", "Berlin", "the German chancellor", "he"),
    ("France", "French", "Paris", "the French president", "he"),
    ("Ukraine", "Ukrainian", "Kyiv", "the Ukrainian defence minister", "he"),
    ("Iran", "Iranian", "Tehran", "Iran's top diplomat", "he"),
    ("Israel", "Israeli", "Jerusalem", "the Israeli prime minister", "he"),
    ("Turkey", "Turkish", "Ankara", "the Turkish foreign minister", "he"),
    ("India", "Indian", "New Delhi", "the Indian external affairs minister", "he"),
    ("Pakistan", "Pakistani", "Islamabad", "Pakistan's interior minister", "he"),
    ("Japan", "Japanese", "Tokyo", "the Japanese prime minister", "he"),
    ("South Korea", "South Korean", "Seoul", "the South Korean unification minister", "he"),
    ("North Korea", "North Korean", "Pyongyang", "North Korea's state media", "it"),
    ("Brazil", "Brazilian", "Brasilia", "the Brazilian president", "he"),
    ("Egypt", "Egyptian", "Cairo", "the Egyptian foreign minister", "he"),
    ("Saudi Arabia", "Saudi", "Riyadh", "the Saudi crown prince", "he"),
    ("Poland", "Polish", "Warsaw", "the Polish prime minister", "he"),
    ("Britain", "British", "London", "the British foreign secretary", "he"),
    ("Kenya", "Kenyan", "Nairobi", "the Kenyan president", "he"),
]
IGOS = ["NATO", "the United Nations", "the European Union", "the African Union", "the IAEA"]

EVENT_TEMPLATES = [
    "{A} and {B} agreed on {day} to resume talks on {topic}, officials said.",
    "{A} accused {B} of {wrong} in a statement issued on {day}.",
    "{A} condemned {B} for {wrong}, calling it a violation of international law.",
    "{A} met {Bleader} in {Bcap} on {day} to discuss {topic}.",
    "{A} imposed new sanctions on {B} over {wrong}.",
    "{A} called on {B} to release the detained journalists.",
    "{A} signed an agreement with {B} on {topic}.",
    "{A} threatened to retaliate against {B} if the sanctions were extended.",
    "{A} expelled four {Badj} diplomats in response to {wrong}.",
    "{A} pledged $200 million in aid to {B} after the floods.",
    "{Aleader} visited {Bcap} for two days of talks on {topic}.",
    "{A} rejected a proposal by {B} to hold a referendum in the disputed region.",
    "{Aadj} troops clashed with {Badj} forces near the border on {day}.",
    "{A} praised {B} for its role in mediating the ceasefire.",
    "{A} warned {B} that further provocations would not go unanswered.",
    "{Aleader} hosted {Bleader} for talks on {topic}.",
    "{A} offered to mediate between {B} and its neighbours.",
    "{A} denied that it had supplied weapons to {B}.",
]
FOLLOW_TEMPLATES = [
    "{Pron} said the talks had been constructive but that differences remained on {topic}.",
    "{Pron} described the measures as a necessary response to {wrong}.",
    "The minister told reporters that the two sides would meet again next month.",
    "The government said it would consider all options, including economic measures.",
    "The president later accused the opposition of exploiting the dispute for political gain.",
    "{Pron} urged both sides to show restraint.",
    "The country has repeatedly denied the allegations.",
]
QUOTES = [
    "\"We will not accept ultimatums from anyone,\" {pron} told a news conference.",
    "\"Dialogue is the only way forward,\" {pron} said.",
    "\"This is a dangerous escalation,\" a senior official said on condition of anonymity.",
    "\"Our patience is not unlimited,\" the spokesman said.",
]
BACKGROUND = [
    "Inflation in the region rose to {pct} percent in the third quarter, according to figures published on {day}.",
    "The currency has lost about {pct} percent of its value against the dollar since January.",
    "Analysts said the outcome would depend largely on energy prices over the coming winter.",
    "Heavy rain disrupted road and rail traffic across much of the north on {day}.",
    "The border has been a source of tension for decades, with several flare-ups since the 1990s.",
    "Trade between the two economies reached a record last year, driven by exports of grain and fertiliser.",
    "Shares in energy companies fell sharply after the announcement, while bond yields edged higher.",
    "The port handles roughly a third of the region's container traffic.",
    "Turnout in the last parliamentary election was just over {pct} percent.",
    "The dispute dates back to a treaty signed after the end of the Second World War.",
    "Hospitals in the capital reported a rise in admissions during the heatwave.",
    "Several airlines suspended flights over the area as a precaution.",
    "The central bank held its key interest rate unchanged at its last meeting.",
    "Most of the region's electricity still comes from coal-fired power stations.",
    "A spokesperson for the ministry declined to comment further.",
    "Officials expect the harvest to be smaller than last year because of the drought.",
    "The talks are scheduled to continue in the autumn, according to a draft agenda seen by reporters.",
    "Unemployment among young people remains above {pct} percent in several provinces.",
    "The pipeline, which is due to be completed in two years, would double the capacity of the existing network.",
    "Local media reported long queues at fuel stations in the south.",
]
TOPICS = ["arms control", "energy supplies", "the grain corridor", "prisoner exchanges", "border security",
          "the nuclear programme", "trade tariffs", "maritime boundaries", "refugee returns", "cyber security"]
WRONGS = ["the detention of its citizens", "repeated airspace violations", "cyber attacks on its banks",
          "interfering in its elections", "the shelling of civilian areas", "violating the ceasefire"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _sentence(rng: random.Random, template: str, a: tuple, b: tuple) -> str:
    pron = a[4]
    text = template.format(
        A=a[0], Aadj=a[1], Acap=a[2], Aleader=a[3], B=b[0], Badj=b[1], Bcap=b[2], Bleader=b[3],
        Pron=pron.capitalize(), pron=pron, topic=rng.choice(TOPICS), wrong=rng.choice(WRONGS),
        day=rng.choice(DAYS), pct=rng.randint(3, 60),
    )
    return text[0].upper() + text[1:]


def _paragraph(rng: random.Random, a: tuple, b: tuple) -> str:
    # Roughly 40% event-bearing sentences, 20% follow-ups/quotes, 40% background.
    kinds = rng.choices(["event", "follow", "quote", "background"], weights=[4, 1.5, 0.5, 4], k=rng.randint(2, 4))
    sentences = []
    for kind in kinds:
        if kind == "event":
            if rng.random() < 0.15:
                b = (rng.choice(IGOS), "international", "Geneva", "its secretary-general", "it")
            first, second = (a, b) if rng.random() < 0.6 else (b, a)
            sentences.append(_sentence(rng, rng.choice(EVENT_TEMPLATES), first, second))
        elif kind == "follow":
            sentences.append(_sentence(rng, rng.choice(FOLLOW_TEMPLATES), a, b))
        elif kind == "quote":
            sentences.append(_sentence(rng, rng.choice(QUOTES), a, b))
        else:
            sentences.append(_sentence(rng, rng.choice(BACKGROUND), a, b))
    return " ".join(sentences)


def generated_article(index: int, *, seed: int = 1989, words: int = 850) -> Article:
    """Return generated article number ``index`` (same text for the same index and seed)."""
    rng = random.Random(seed * 1_000_003 + index)
    a, b = rng.sample(COUNTRIES, 2)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraph = _paragraph(rng, a, b)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return Article(
        id=f"bench-{seed}-{index:06d}",
        paragraphs=paragraphs,
        title=f"{a[1]} and {b[1]} officials trade words over {rng.choice(TOPICS)}",
        published=f"2023-{month:02d}-{day:02d}",
        publisher="Benchmark Wire",
        format="jsonl",
    )


def sample_articles() -> list[Article]:
    """The packaged demo samples (empty when the package ships none)."""
    if not SAMPLES.is_dir():
        return []
    from detente.ingest import read_paths

    return list(read_paths([SAMPLES], on_error=lambda error: None))


def iter_corpus(n_articles: int, *, seed: int = 1989, with_samples: bool = True) -> Iterator[Article]:
    """Yield ``n_articles`` articles: the demo samples first, then generated ones."""
    produced = 0
    if with_samples:
        for article in sample_articles()[:n_articles]:
            produced += 1
            yield article
    for index in range(n_articles - produced):
        yield generated_article(index, seed=seed)


def write_corpus(folder: Path, n_articles: int, *, seed: int = 1989, with_samples: bool = True,
                 per_file: int = 50) -> Path:
    """Write the corpus as JSONL shards of ``per_file`` articles (``id``, ``title``, ``date``, ``text``).

    Shards keep every file small, so reading stays streaming however large the corpus.
    """
    folder.mkdir(parents=True, exist_ok=True)
    out = None
    try:
        for number, article in enumerate(iter_corpus(n_articles, seed=seed, with_samples=with_samples)):
            if number % per_file == 0:
                if out is not None:
                    out.close()
                out = open(folder / f"part-{number // per_file:05d}.jsonl", "w", encoding="utf-8")
            record = {"id": article.id, "title": article.title, "date": article.published,
                      "publisher": article.publisher, "text": article.text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out is not None:
            out.close()
    return folder


if __name__ == "__main__":
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    write_corpus(target, count)
    print(f"wrote {count} articles to {target}")
