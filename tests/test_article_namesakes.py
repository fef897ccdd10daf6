"""Article-level actor identity: namesakes under another office, breakaway regions, place names as persons."""

from detente.pipeline import code_articles
from detente.records import Article


def _coded(*paragraphs: str, date: str = "2026-04-02") -> list[tuple[str, str | None, str]]:
    article = Article(id="t", paragraphs=list(paragraphs), published=date)
    return [(m.source.code, m.target.code if m.target else None, m.event_code)
            for coded in code_articles([article]) for m in coded.mentions]


def test_ministerial_title_outweighs_a_famous_namesake():
    # Spain's prime minister shares the name; a Colombian defence minister does not become Spanish
    coded = _coded("Colombian rebels ambushed an army convoy near the Venezuelan border on Sunday.",
                   "Defence Minister Pedro Sanchez deployed 3,000 extra troops to the border province.")
    sources = {source for source, _, _ in coded}
    assert not any(source.startswith("ESP") for source in sources)
    assert any(source.startswith("COL") and code.startswith("15") for source, _, code in coded)


def test_matching_title_keeps_the_known_person():
    coded = _coded("Prime Minister Pedro Sanchez criticised Morocco over the migrant crossings into Ceuta.")
    assert ("ESPGOV", "MAR", "111") in coded


def test_breakaway_capital_is_coded_as_its_state():
    coded = _coded("Russian troops arrested a Georgian shepherd near the boundary line.",
                   "Late on Friday the Tskhinvali authorities released the shepherd after a fine was paid.")
    assert any(source.startswith("GEO") and code.startswith("08") for source, _, code in coded)
    assert not any(source.startswith("RUS") and code.startswith("08") for source, _, code in coded)


def test_two_word_country_name_is_not_a_person_for_she():
    # "South Ossetia" looks like a given name and surname; "she" still means the spokeswoman
    coded = _coded("In Moscow, foreign ministry spokeswoman Maria Zakharova rejected the protest. She said the "
                   "men had crossed \"the state border of the Republic of South Ossetia\" illegally.",
                   "She also accused the Georgian authorities of staging provocations.")
    assert any(source.startswith("RUS") and target and target.startswith("GEO") and code.startswith("11")
               for source, target, code in coded)


def test_portfolio_description_skips_a_minister_of_another_portfolio():
    coded = _coded("Mob attacks on Malawian traders in Durban left four dead on Monday.",
                   "Malawi's foreign minister summoned South Africa's high commissioner in Lilongwe.",
                   "In Pretoria, the police minister ordered an investigation into the slow police response.")
    inquiry = [(source, code) for source, _, code in coded if code.startswith("09")]
    assert inquiry and all(source.startswith("ZAF") for source, _ in inquiry)


def test_demand_to_free_own_people_is_aimed_at_the_holder():
    coded = _coded("Moldovan border police detained three Ukrainian truck drivers near Palanca on Monday.",
                   "In Kyiv, the foreign ministry demanded the immediate release of the three men.")
    demands = [(source, target) for source, target, code in coded if code == "1053"]
    assert demands and all(target and target.startswith("MDA") for _, target in demands)
