"""Positions brief: claims grouped by side and kind, repeats merged, modality kept apart."""

from __future__ import annotations

import json

import pytest

from detente.analysis.brief import (
    build_brief,
    claim_phrase,
    kind_table,
    parse_kinds,
    to_markdown,
)
from detente.codes import lookup
from detente.errors import DataFileError
from detente.records import ActorRef, Article, Mention

NAMES = {"RUS": "Russia", "RUSGOV": "Russia (government)", "UKR": "Ukraine", "UKRGOV": "Ukraine (government)",
         "UKRMIL": "Ukraine (military)", "IGOWSTNAT": "NATO"}


def article(doc_id: str, published: str, *sentences: str, url: str | None = None) -> Article:
    return Article(id=doc_id, paragraphs=[" ".join(sentences)], title=f"Report {doc_id}",
                   published=published, url=url)


def mention(art: Article, sentence: str, source: tuple[str, str], target: tuple[str, str], verb: str,
            code: str, *, negated: bool = False, hypothetical: bool = False) -> Mention:
    """A mention whose offsets point into ``art.text``, as the coder would produce it."""
    text = art.text
    start = text.index(sentence)

    def ref(code_and_words: tuple[str, str]) -> ActorRef:
        actor_code, words = code_and_words
        at = text.index(words, start)
        return ActorRef(actor_code, NAMES[actor_code], words, at, at + len(words))

    verb_at = text.index(verb, start)
    entry = lookup(code)
    return Mention(doc_id=art.id, sentence_index=art.text[:start].count(". "), sentence=sentence,
                   sentence_start=start, source=ref(source), target=ref(target), event_code=code,
                   root_code=code[:2], quad_class=entry.quad_class, goldstein=entry.goldstein,
                   negated=negated, hypothetical=hypothetical, date=art.published,
                   verb_text=verb, verb_start=verb_at, verb_end=verb_at + len(verb))


DEMAND = "Moscow demanded that Kyiv withdraw its troops from the border region, the foreign ministry said."
RED_LINE = "Foreign Minister Sergei Lavrov warned Ukraine that any attack on Crimea would cross a red line."
OFFER = "Russia offered to hold talks with Ukraine in Istanbul next month."
NO_APOLOGY = "Peskov said Russia would not apologise to Ukraine for the strike."
REJECT = "Kyiv rejected the Russian proposal as a stalling tactic."
ACCUSE = "Ukraine accused Russia of shelling civilian areas in Kharkiv."
SHELL = "Ukrainian forces shelled Russian positions near Bakhmut overnight."
MAYBE = "Ukraine could join talks with Russia if the troops leave."
COMMENT = "Russia commented on Ukraine at length."
NATO = "Russia criticised NATO for its exercises."


@pytest.fixture()
def records() -> tuple[list[Mention], dict[str, Article]]:
    first = article("r1", "2024-02-10", DEMAND, RED_LINE, OFFER, NO_APOLOGY, COMMENT, NATO,
                    url="https://news.example.com/r1")
    second = article("r2", "2024-02-12", REJECT, ACCUSE, SHELL, MAYBE, DEMAND)
    third = article("r3", "2024-02-08", DEMAND, url="https://wire.example.net/r3")
    mentions = [
        mention(first, DEMAND, ("RUSGOV", "Moscow"), ("UKRGOV", "Kyiv"), "demanded", "100"),
        mention(first, RED_LINE, ("RUSGOV", "Foreign Minister Sergei Lavrov"), ("UKR", "Ukraine"), "warned", "010"),
        mention(first, OFFER, ("RUS", "Russia"), ("UKR", "Ukraine"), "offered", "036"),
        mention(first, NO_APOLOGY, ("RUS", "Russia"), ("UKR", "Ukraine"), "apologise", "055", negated=True),
        mention(first, COMMENT, ("RUS", "Russia"), ("UKR", "Ukraine"), "commented", "010"),
        mention(first, NATO, ("RUS", "Russia"), ("IGOWSTNAT", "NATO"), "criticised", "111"),
        mention(second, REJECT, ("UKRGOV", "Kyiv"), ("RUS", "Russian"), "rejected", "120"),
        mention(second, ACCUSE, ("UKR", "Ukraine"), ("RUS", "Russia"), "accused", "112"),
        mention(second, SHELL, ("UKRMIL", "Ukrainian forces"), ("RUS", "Russian"), "shelled", "190"),
        mention(second, MAYBE, ("UKR", "Ukraine"), ("RUS", "Russia"), "join talks", "036", hypothetical=True),
        mention(second, DEMAND, ("RUSGOV", "Moscow"), ("UKRGOV", "Kyiv"), "demanded", "100"),
        mention(third, DEMAND, ("RUSGOV", "Moscow"), ("UKRGOV", "Kyiv"), "demanded", "100"),
    ]
    return mentions, {art.id: art for art in (first, second, third)}


def sections(brief, side_index: int) -> dict[str, list]:
    return {section.key: section.items for section in brief.sides[side_index].sections}


def test_claim_phrases_come_from_the_evidence(records) -> None:
    mentions, _ = records
    phrases = [claim_phrase(m) for m in mentions]
    assert phrases[0] == "demanded that Kyiv withdraw its troops from the border region"
    assert phrases[1] == "warned Ukraine that any attack on Crimea would cross a red line"
    assert phrases[2] == "offered to hold talks with Ukraine in Istanbul next month"
    assert phrases[3] == "would not apologise to Ukraine for the strike"
    assert phrases[8] == "shelled Russian positions near Bakhmut overnight"
    assert phrases[9] == "could join talks with Russia if the troops leave"


def test_claim_phrase_stops_at_attribution_and_caps_length() -> None:
    art = article("x", "2024-01-01", "Russia will supply Ukraine with gas through the winter said officials.")
    m = mention(art, art.text, ("RUS", "Russia"), ("UKR", "Ukraine"), "supply", "071")
    assert claim_phrase(m) == "will supply Ukraine with gas through the winter"
    long_text = "Russia urged Ukraine to " + " ".join(["act"] * 20) + "."
    art = article("y", "2024-01-01", long_text)
    m = mention(art, long_text, ("RUS", "Russia"), ("UKR", "Ukraine"), "urged", "020")
    assert claim_phrase(m).endswith("act …") and len(claim_phrase(m).split()) == 14


def test_claim_phrase_keeps_abbreviations_whole() -> None:
    sentence = "Russia met U.S. and U.N. envoys for 3.5 hours in Riyadh, officials said."
    art = article("z", "2024-01-01", sentence)
    m = mention(art, sentence, ("RUS", "Russia"), ("UKR", "Russia"), "met", "040")
    assert claim_phrase(m) == "met U.S. and U.N. envoys for 3.5 hours in Riyadh"


def test_claim_phrase_leaves_out_a_conjoined_co_actor() -> None:
    sentence = "Russia and Ukraine exchanged prisoners on Friday."
    art = article("c", "2024-01-01", sentence)
    m = mention(art, sentence, ("RUS", "Russia"), ("UKR", "Ukraine"), "exchanged", "0631")
    assert claim_phrase(m) == "exchanged prisoners on Friday"


def test_brief_groups_claims_by_side_and_kind(records) -> None:
    mentions, articles = records
    brief = build_brief(mentions, articles, "rus", "UKR", since="2024-02-01", until="2024-02-29")
    assert [side.code for side in brief.sides] == ["RUS", "UKR"]
    assert [side.name for side in brief.sides] == ["Russia", "Ukraine"]
    russia, ukraine = sections(brief, 0), sections(brief, 1)
    assert list(russia) == ["demand", "threat", "offer", "negated"]
    assert list(ukraine) == ["rejection", "accusation", "action", "hypothetical"]
    assert [item.claim for item in ukraine["action"]] == ["shelled Russian positions near Bakhmut overnight"]
    assert russia["threat"][0].event_code == "010"  # a statement of a red line counts as a threat
    assert russia["negated"][0].kind == "support" and russia["negated"][0].status == "negated"
    assert ukraine["hypothetical"][0].status == "hypothetical"
    # the NATO criticism is not part of this dyad; the neutral comment is counted but not summarised
    assert brief.unsummarised == 1 and brief.statements == 10 and brief.articles == 3


def test_repeated_claims_are_merged_with_earliest_report_first(records) -> None:
    mentions, articles = records
    demands = sections(build_brief(mentions, articles, "RUS", "UKR"), 0)["demand"]
    assert len(demands) == 1
    demand = demands[0]
    assert demand.reports == 3 and demand.date == "2024-02-08" and demand.last_date == "2024-02-12"
    assert [source.doc_id for source in demand.sources] == ["r3", "r1", "r2"]
    assert demand.sources[0].url == "https://wire.example.net/r3"


def test_markdown_reads_like_a_summary(records) -> None:
    mentions, articles = records
    text = to_markdown(build_brief(mentions, articles, "RUS", "UKR", since="2024-02-01", until="2024-02-29"))
    assert text.startswith("# Positions brief: Russia and Ukraine\n")
    assert "_2024-02-01 to 2024-02-29 · 10 coded statement(s) from 3 article(s)" in text
    assert "## Russia towards Ukraine" in text and "## Ukraine towards Russia" in text
    assert ("- **2024-02-08 to 2024-02-12** · Russia (government) → Ukraine (government): "
            "demanded that Kyiv withdraw its troops from the border region — 3 reports") in text
    assert f"  > {DEMAND} — [Report r3](https://wire.example.net/r3) (also: " in text
    assert "_Report r2_ (article `r2`)" in text
    assert "### Ruled out / not happening" in text
    assert "would not apologise to Ukraine for the strike _(praise, support and apologies)_" in text
    assert "### Possible or conditional" in text
    assert text.index("### Demands") < text.index("### Threats and red lines") < text.index("### Ruled out")


def test_brief_json_round_trips(records) -> None:
    mentions, articles = records
    data = json.loads(json.dumps(build_brief(mentions, articles, "RUS", "UKR").to_dict()))
    assert data["a"] == "RUS" and data["statements"] == 10
    first_section = data["sides"][0]["sections"][0]
    assert first_section["key"] == "demand" and first_section["items"][0]["reports"] == 3
    assert first_section["items"][0]["sources"][0] == {
        "doc_id": "r3", "url": "https://wire.example.net/r3", "title": "Report r3"}


def test_empty_side_is_said_plainly(records) -> None:
    mentions, articles = records
    russian_only = [m for m in mentions if m.source.code.startswith("RUS")]
    text = to_markdown(build_brief(russian_only, articles, "RUS", "UKR", names={"UKR": "Ukraine"}))
    assert "Nothing coded from Ukraine towards Russia in this period." in text


def test_kind_table_loads_and_validates() -> None:
    table = kind_table()
    assert table.kind_of("1056", "") == "demand" and table.kind_of("057", "") == "action"
    assert table.kind_of("051", "") == "support" and table.kind_of("012", "") is None
    assert table.kind_of("010", "It is our RED LINE.") == "threat"
    with pytest.raises(DataFileError, match=r"kinds\.tsv:2: kind 'threat' is not declared"):
        parse_kinds("kind\tdemand\tDemands\ncode\t13\tthreat\n", "kinds.tsv")
    with pytest.raises(DataFileError, match=r"kinds\.tsv:1:"):
        parse_kinds("code\t13\n", "kinds.tsv")


def test_cli_brief_markdown_and_json(records, tmp_path, capsys) -> None:
    from detente.cli import main
    from detente.records import CodedArticle
    from detente.store import Store

    mentions, articles = records
    db = str(tmp_path / "events.db")
    with Store(db) as store:
        store.add_batch([
            CodedArticle(art, [(0, len(art.text))], [m for m in mentions if m.doc_id == art.id])
            for art in articles.values()])
    assert main(["brief", "RUS", "UKR", "--db", db, "--since", "2024-02-09"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# Positions brief: Russia and Ukraine")
    assert "— 2 reports" in text  # the 2024-02-08 report is before --since
    assert "### Ruled out / not happening" in text and "### Actions taken" in text
    out = tmp_path / "brief.json"
    assert main(["brief", "RUS", "UKR", "--db", db, "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["statements"] == 10 and [side["code"] for side in data["sides"]] == ["RUS", "UKR"]


def test_side_headings_name_the_country_not_its_first_actor() -> None:
    art = article("m", "2024-03-01", "Russian forces shelled Ukrainian positions near Avdiivka.")
    shelling = mention(art, art.text, ("RUSGOV", "Russian forces"), ("UKRMIL", "Ukrainian positions"),
                       "shelled", "190")
    shelling.source = ActorRef("RUSMIL", "Russia military", "Russian forces", 0, 14)
    brief = build_brief([shelling], {"m": art}, "RUS", "UKR")
    assert [side.name for side in brief.sides] == ["Russia", "Ukraine"]
    assert to_markdown(brief).startswith("# Positions brief: Russia and Ukraine\n")
    exact = build_brief([shelling], {"m": art}, "RUSMIL", "UKRMIL")
    assert [side.name for side in exact.sides] == ["Russia military", "Ukraine military"]


def test_brief_refuses_actors_of_unknown_country(tmp_path, capsys) -> None:
    from detente.analysis.brief import brief_for_dyad
    from detente.cli import main
    from detente.errors import ConfigError
    from detente.store import Store

    with Store(":memory:") as store:
        for sides in (("---", "UKR"), ("RUS", "---CVL")):
            with pytest.raises(ConfigError, match="unknown country"):
                brief_for_dyad(store, *sides)
    db = tmp_path / "empty.db"
    Store(db).close()
    # argparse takes a bare '---' for an option: after '--' it reaches the brief, which explains
    assert main(["brief", "--db", str(db), "--", "---", "UKR"]) == 2
    assert "unknown country" in capsys.readouterr().err
