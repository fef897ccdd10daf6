"""Scope of modality: a condition, allegation or purpose covers its own clause only. Sentences are our own."""

from __future__ import annotations

from detente.coding import Coder
from detente.records import Article


def code(nlp, text: str):
    article = Article(id="s", paragraphs=[text], published="2025-03-01")
    return Coder.default().code_doc(nlp(article.text), article)


def factual(mentions) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.root_code)
            for m in mentions if not m.negated and not m.hypothetical}


def test_finite_past_conjunct_is_outside_the_condition(nlp):
    found = factual(code(nlp, "Chile's foreign minister warned that Santiago would respond firmly if Bolivian troops "
                              "crossed the border, and accused La Paz of arming smugglers."))
    assert ("CHL", "BOL", "11") in found


def test_charge_named_in_apposition_is_not_alleged(nlp):
    found = factual(code(nlp, "Peru accused Ecuador on Monday of sheltering rebel commanders, a charge the "
                              "Ecuadorean government rejected."))
    assert ("ECU", "PER", "01") in found


def test_accusers_own_demand_is_not_part_of_the_charge(nlp):
    found = factual(code(nlp, "Hungary accused Romania of holding 300 Hungarian lorries at the border, demanding "
                              "that Bucharest release the drivers."))
    assert ("HUN", "ROU", "10") in found


def test_bare_infinitive_after_stopping_gerund_is_a_second_demand(nlp):
    mentions = code(nlp, "Ghana demanded that Togo stop detaining Ghanaian traders and pay compensation to them.")
    assert not any(m.negated and m.event_code.startswith("08") for m in mentions)


def test_investigators_who_arrived_are_investigating(nlp):
    found = factual(code(nlp, "UN investigators arrived in Juba on Tuesday to investigate killings of civilians "
                              "by South Sudanese soldiers."))
    assert ("IGO", "SSD", "09") in found


def test_what_a_purpose_presses_someone_to_do_is_not_done(nlp):
    found = factual(code(nlp, "Bolivian miners began a national strike on Monday to force President Luis Arce to "
                              "call a referendum."))
    assert not any(r == "04" for _, _, r in found)
    assert any(r == "14" for _, _, r in found)


def hypothetical(mentions) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.root_code)
            for m in mentions if m.hypothetical}


def test_act_a_way_is_opened_for_is_a_prospect(nlp):
    mentions = code(nlp, "The border accord paved the way for Peru to resume peace talks with Chile.")
    assert not any(src == "PER" for src, _, _ in factual(mentions))
    assert ("PER", "CHL", "04") in hypothetical(mentions)


def test_conjoined_prospects_after_cleared_way_are_not_acts(nlp):
    mentions = code(nlp, "The parliament vote cleared the way for Kenya to deploy troops to Haiti and to "
                         "train Haitian police officers.")
    assert not any(src == "KEN" for src, _, _ in factual(mentions))


def test_event_noun_a_stage_is_set_for_is_a_prospect(nlp):
    mentions = code(nlp, "The trade deal set the stage for a visit by Brazil's president to Argentina next year.")
    assert not any(r == "04" for _, _, r in factual(mentions))


def test_first_leader_to_visit_is_still_a_visit(nlp):
    found = factual(code(nlp, "Petro became the first Colombian president to visit Ecuador in ten years."))
    assert ("COL", "ECU", "04") in found


def test_event_noun_named_as_a_charge_is_not_news_of_it(nlp):
    mentions = code(nlp, "The Irish prime minister met relatives of four men wrongly imprisoned for the 1974 IRA "
                         "bombings in Birmingham.")
    found = factual(mentions)
    assert ("IRL", "GBR", "04") in found
    assert not any(m.root_code == "18" for m in mentions if not m.hypothetical)
    bombing = next(m for m in mentions if m.root_code == "18")
    assert bombing.hypothetical and "charge behind 'imprison'" in bombing.rule


def test_act_a_protest_or_reprisal_answers_is_its_grounds(nlp):
    mentions = code(nlp, "Tbilisi summoned the Armenian ambassador on Monday to protest against the detention of "
                         "three Georgian truck drivers by police in Gyumri.")
    found = factual(mentions)
    assert ("GEO", "ARM", "11") in found
    assert not any(c == "17" for _, _, c in found)
    mentions = code(nlp, "Budapest expelled two Slovak diplomats in retaliation for Bratislava's expulsion of a "
                         "Hungarian attache.")
    found = factual(mentions)
    assert ("HUN", "SVK", "16") in found
    assert ("SVK", "HUN", "16") not in found
