"""International organisations behind their peacekeepers, observers and descriptive names. Sentences are
our own."""

from __future__ import annotations

from coding_cases import factual

from detente.pipeline import code_articles
from detente.records import Article

DATE = "2026-03-10"


def article_triples(*paragraphs: str) -> set[tuple[str, str | None, str]]:
    """The same for an article of several paragraphs."""
    coded = code_articles([Article(id="t", paragraphs=list(paragraphs), published=DATE)])
    return {(m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for article in coded for m in article.mentions if m.is_factual}


def test_national_peacekeepers_of_a_named_mission_are_the_organisation(nlp):
    found = factual("MINUSCA said militiamen had ambushed a convoy of Zambian peacekeepers near Bria.", root=True)
    assert any(target == "IGO" and root == "19" for _, target, root in found)
    assert not any(target == "ZMB" for _, target, _ in found)


def test_a_peacekeeping_patrol_and_an_observation_post_in_a_sentence_naming_the_mission(nlp):
    assert ("SYR", "IGO", "19") in factual(
        "UNDOF said Syrian gunners had shelled a peacekeeping patrol near Quneitra.", root=True)
    found = factual("The UN said a Turkish drone had struck a Nepali observation post near the ceasefire line.",
                    root=True)
    assert ("TUR", "IGO", "19") in found and not any(target == "NPL" for _, target, _ in found)


def test_peacekeepers_belong_to_the_mission_the_article_named_earlier(nlp):
    found = article_triples("The U.N. mission in South Sudan, UNMISS, condemned the fighting near Malakal.",
                            "Government soldiers later opened fire on Ghanaian peacekeepers guarding the camp.")
    assert ("SSD", "IGO", "19") in found and not any(target == "GHA" for _, target, _ in found)


def test_national_peacekeepers_without_a_mission_keep_their_nationality(nlp):
    # Russia's Karabakh force was deployed by a bilateral deal, not by an international organisation
    found = factual("Azerbaijani troops fired on Russian peacekeepers near Lachin.", root=True)
    assert any(target == "RUS" and root == "19" for _, target, root in found)


def test_members_sent_by_a_state_are_no_organisation(nlp):
    # the troops a state deploys are what it provides; the organisation in the sentence is not its target
    found = factual("The United Nations said it was ready to deploy observers in eastern Congo.", root=True)
    assert not any(source == "IGO" and target == "IGO" for source, target, _ in found)


def test_a_descriptive_name_is_one_party(nlp):
    found = factual("Britain suspended funding for the UN agency for Palestinian refugees on Monday.", root=True)
    assert ("GBR", "IGO", "16") in found and not any(target == "PSE" for _, target, _ in found)


def test_the_organisations_staff_are_not_of_the_captor(nlp):
    found = article_triples("Houthi gunmen raided the offices of the United Nations in Sanaa.",
                            "UN officials said the Houthis had seized 20 of the organisation's staff.")
    assert any(source == "YEM" and target == "IGO" and root in ("17", "18") for source, target, root in found)
    assert not any(source == "YEM" and target == "YEM" for source, target, _ in found)
