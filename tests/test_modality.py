"""Modality: negation, denial, conditionals, possibility and questions are flagged on
the mention and never counted as facts. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.coding import Coder
from detente.coding.modality import clause_modality
from detente.records import Article


def code(nlp, text: str):
    article = Article(id="m", paragraphs=[text], published="2025-03-01")
    return Coder.default().code_doc(nlp(article.text), article)


def only(mentions, root: str):
    found = [m for m in mentions if m.root_code == root]
    assert found, f"no {root} mention in {[(m.event_code, m.rule) for m in mentions]}"
    return found[0]


@pytest.mark.parametrize("text", [
    "Spain did not meet Morocco's delegation.",
    "Spain never met Morocco's delegation.",
    "Spain didn't meet Morocco's delegation.",
    "Spain failed to meet Morocco's delegation.",
    # an object with "no": the act is said not to have happened
    "Spain and Morocco have held no formal talks since March.",
])
def test_negation_is_flagged(nlp, text):
    mention = only(code(nlp, text), "04")
    assert mention.negated and not mention.is_factual


def test_denial_negates_the_denied_act(nlp):
    mentions = code(nlp, "Iran denied attacking the Saudi tanker.")
    attack = only(mentions, "19")
    assert attack.negated and "denied" in attack.rule


@pytest.mark.parametrize("text", [
    "Chile could sanction Peru over the dispute.",
    "Chile might sanction Peru over the dispute.",
    "Will Chile impose sanctions on Peru?",
    "Chile would sanction Peru under those terms.",
])
def test_possibility_and_conditions_are_hypothetical(nlp, text):
    mention = only(code(nlp, text), "16")
    assert mention.hypothetical and not mention.is_factual


def test_a_possible_act_under_a_condition_is_a_threat(nlp):
    # the codebook's conditional threat: "could impose tariffs if ..." (analysts' guesses are not threats)
    mention = only(code(nlp, "If talks fail, Chile may sanction Peru."), "13")
    assert mention.is_factual


def test_conditional_force_is_a_threat(nlp):
    mention = only(code(nlp, "If talks fail, Chile will sanction Peru."), "13")
    assert mention.is_factual and mention.event_code == "1312"
    said = only(code(nlp, "Bolivia said it would attack Paraguay if its border was crossed."), "13")
    assert said.is_factual and said.source.country == "BOL" and said.target.country == "PRY"


def test_ready_to_consider_is_hypothetical(nlp):
    doc = nlp("Norway is ready to mediate between the two sides.")
    verb = next(t for t in doc if t.lemma_ == "mediate")
    assert clause_modality(verb).hypothetical


def test_future_is_intent_not_hypothetical(nlp):
    mention = only(code(nlp, "Venezuela will invade Guyana next year."), "13")
    assert mention.is_factual and mention.event_code.startswith("138")
    planned = only(code(nlp, "Vietnam plans to visit Laos in May."), "03")
    assert planned.event_code == "036" and planned.is_factual


def test_will_not_cooperate_is_a_refusal(nlp):
    mention = only(code(nlp, "Hungary said it would not provide weapons to Ukraine."), "12")
    assert mention.is_factual and mention.source.country == "HUN" and mention.target.country == "UKR"


def test_refusal_is_a_factual_rejection(nlp):
    mentions = code(nlp, "Serbia refused to recognize Kosovo.")
    assert [m.root_code for m in mentions if m.is_factual] == ["12"]


def test_no_subject_negation(nlp):
    mentions = code(nlp, "Neither Egypt nor Jordan sanctioned Israel.")
    assert mentions and all(m.negated for m in mentions)


def test_plain_past_is_factual(nlp):
    mention = only(code(nlp, "Egypt hosted Jordan's king in Cairo."), "04")
    assert mention.is_factual and mention.event_code == "043"


def test_a_spokesman_announces_the_threat_of_the_state_his_clause_names(nlp):
    from detente.pipeline import code_text
    got = {(m.source.country, m.target.country if m.target else None, m.root_code)
           for m in code_text("The commander of the navy warned that Iran would seize any Emirati vessels if they "
                              "were caught smuggling fuel.", date="2025-06-01") if m.is_factual}
    assert ("IRN", "ARE", "13") in got


def test_a_response_still_to_come_is_a_threat_and_answers_are_not_the_answer(nlp):
    from detente.pipeline import code_text

    def got(text):
        return {(m.source.country, m.target.country if m.target else None, m.root_code)
                for m in code_text(text, date="2025-06-01") if m.is_factual}

    assert ("IRN", "ISR", "13") in got("Iran vowed to retaliate against Israel.")
    assert ("PAK", "IND", "13") in got("Pakistan said its forces were ready to respond to any aggression by India.")
    assert not got("Armenia said it was ready to respond in kind.")
    assert ("CHN", "USA", "16") not in got("China will respond to the U.S. tariffs.")


def test_denying_that_another_party_acted_takes_no_responsibility(nlp):
    from detente.pipeline import code_text
    got = code_text("Pakistan's military denied that India had shot down any of its fighter jets.", date="2025-06-01")
    assert not [m for m in got if m.event_code == "016"]
    got = code_text("Rwanda denied that its troops were fighting alongside the M23 rebels in Congo.", date="2025-06-01")
    assert [m for m in got if m.event_code == "016"]


def test_a_response_promised_on_a_condition_is_a_threat(nlp):
    from detente.pipeline import code_text
    got = {(m.source.country, m.root_code) for m in code_text(
        "If Sudanese aircraft violate its airspace again, Chad will respond with all the means at its disposal, "
        "the minister said.", date="2025-06-01") if m.is_factual}
    assert ("TCD", "13") in got
    assert not [m for m in code_text("Iran could retaliate if Israel struck again.", date="2025-06-01")
                if m.is_factual]


def test_a_threat_in_a_statement_the_parser_hung_on_the_statement(nlp):
    from detente.pipeline import code_text
    got = {(m.source.country, m.target.country if m.target else None, m.root_code) for m in code_text(
        'Kim Yo-jong warned in a KCNA statement that Pyongyang would take "corresponding action" against '
        'Washington and Seoul if such drills continued.', date="2025-06-01") if m.is_factual}
    assert {("PRK", "USA", "13"), ("PRK", "KOR", "13")} <= got


@pytest.mark.parametrize("text, source, target, expected", [
    ("Armenia will pay a heavy price if it keeps shelling our villages, Azerbaijan's defence minister said.",
     "AZE", "ARM", "130"),
    ('"If Hanoi keeps dredging near our reefs, it will be made to pay," Philippine President Ferdinand Marcos '
     "Jr. told reporters.", "PHL", "VNM", "130"),
    ("Japan would take all necessary measures if Chinese ships entered its waters again, the Japanese foreign "
     "minister said.", "JPN", "CHN", "130"),
    ("Kenya will not stand idly by if Somalia violates its border, the Kenyan foreign ministry said.",
     "KEN", "SOM", "130"),
    ("Vietnam will have to reconsider its cooperation with Cambodia if the canal project goes ahead, the "
     "Vietnamese foreign ministry said.", "VNM", "KHM", "131"),
    ("Ecuador could face sanctions if it did not free the detained journalists, the Organization of American "
     "States said.", "IGO", "ECU", "1312"),
])
def test_a_promised_consequence_is_a_threat(nlp, text, source, target, expected):
    mention = only(code(nlp, text), "13")
    assert (mention.source.country, mention.target.country, mention.event_code) == (source, target, expected)
    assert mention.is_factual and "promised consequence" in mention.rule


@pytest.mark.parametrize("text", [
    "Farmers in Kenya paid a high price for last year's drought, the agriculture ministry said.",
    "The Egyptian central bank took measures to curb inflation in March.",
    "Shoppers in Japan will pay a higher price for imported rice, the economist said.",
    "Egypt did not take any measures against Ethiopia, the minister said.",
    "Iran has faced sanctions since 1979, the Iranian oil minister said.",
])
def test_consequences_past_or_untargeted_are_no_threat(nlp, text):
    assert not [m for m in code(nlp, text) if m.root_code == "13" and m.is_factual]


@pytest.mark.parametrize("text", [
    "Venezuela has repeatedly accused Guyana of provoking incidents on the river.",
    "Iranian naval forces regularly detain small boats from the Emirates.",
    "Russia has long accused NATO of encircling it.",
    "Ethiopia has always accused Egypt of meddling in its affairs.",
    "Sudanese troops have detained Chadian traders again and again.",
    "Turkish forces have detained Syrian smugglers over the past year.",
    "Pakistani forces have detained Afghan smugglers for years.",
])
def test_a_habit_is_no_event(nlp, text):
    assert not [m for m in code(nlp, text) if m.is_factual and m.root_code in ("11", "17")]


def test_one_accusation_is_an_event(nlp):
    assert only(code(nlp, "Venezuela accused Guyana of provoking incidents on the river."), "11").is_factual


def test_using_every_tool_against_another_state_is_a_threat(nlp):
    mention = only(code(nlp, "Costa Rica will use every legal tool it has against Nicaragua, the foreign "
                             "minister said."), "13")
    assert (mention.source.country, mention.target.country) == ("CRI", "NIC")


@pytest.mark.parametrize("text", [
    "Iran warned Israel of a crushing response if it attacked again.",
    "North Korea threatened nuclear strikes on South Korea if the drills went ahead.",
])
def test_a_threat_under_a_condition_is_made(nlp, text):
    mention = only(code(nlp, text), "13")
    assert mention.is_factual and mention.event_code == "138"


def test_an_accusation_kept_up_ever_since_a_past_year_is_a_habit(nlp):
    assert not [m for m in code(nlp, "Cuba has accused Washington of trying to strangle its economy ever since "
                                     "the embargo was imposed in 1962.") if m.is_factual and m.root_code == "11"]


def test_a_newspapers_opinion_is_nobodys_demand(nlp):
    assert not [m for m in code(nlp, "In an editorial, a leading British newspaper argued that the European Union "
                                     "should stop funding Hungary.") if m.is_factual]


def test_what_others_expect_a_state_to_do_has_not_happened(nlp):
    mentions = code(nlp, "Few diplomats in Nairobi expect Kenya's government to commit a second contingent of "
                         "officers to Haiti.")
    assert not [m for m in mentions if m.is_factual]


def test_a_threat_with_the_means_at_its_disposal_aims_at_the_condition(nlp):
    mention = only(code(nlp, '"If Sudanese aircraft violate our airspace again, Chad will respond with all the means '
                             'at its disposal," the Chadian president said.'), "13")
    assert (mention.source.country, mention.target.country) == ("TCD", "SDN")


def test_generic_relative_clause_is_no_event(nlp):
    from detente.pipeline import code_text

    mentions = code_text("Poland said it would shoot down any Russian drone that enters its airspace.", date="2025-06-01")
    assert not any(m.is_factual and m.source.country == "RUS" for m in mentions)


def test_crowds_gathering_to_protest_are_protesting(nlp):
    from detente.pipeline import code_text

    mentions = code_text("Tens of thousands of Slovaks filled squares in Bratislava on Friday to protest against the "
                         "government's plan to cut funding for theatres.", date="2025-06-01")
    assert any(m.is_factual and m.root_code == "14" for m in mentions)


@pytest.mark.parametrize("text, root", [
    ("A Canadian engineer was arrested in Beirut for collaborating with Israel.", "05"),
    ("Moscow arrested two Ukrainian soldiers for shelling Russian villages.", "19"),
    ("Washington sanctioned three Chinese firms for supplying drones to Russia.", "07"),
])
def test_the_charge_behind_an_arrest_is_not_asserted(nlp, text, root):
    charged = only(code(nlp, text), root)
    assert not charged.is_factual and "charge behind" in charged.rule


@pytest.mark.parametrize("text, source, target", [
    ("Hungary was accused of blocking aid to Kyiv by Polish officials.", "POL", "HUN"),
    ("Iran was accused of supplying drones to Russia by the United States.", "USA", "IRN"),
])
def test_a_passive_charge_takes_its_agent_from_after_the_gerund(nlp, text, source, target):
    accusation = only(code(nlp, text), "11")
    assert (accusation.source.country, accusation.target.country) == (source, target) and accusation.is_factual


def test_a_passive_subject_did_what_it_is_criticised_for(nlp):
    closing = only(code(nlp, "Kenya was criticised by Uganda for closing the border."), "19")
    assert closing.source.country == "KEN"


def test_a_stated_need_is_a_demand_not_a_reported_act(nlp):
    for text in ("The Polish president said Germany needed to pay reparations.",
                 "The Polish president said Germany had to withdraw its troops from Lithuania."):
        mentions = code(nlp, text)
        demand = only(mentions, "10")
        assert (demand.source.country, demand.target.country) == ("POL", "DEU") and demand.is_factual
        assert not any(m.is_factual for m in mentions if m.root_code != "10")


def test_what_has_yet_to_happen_is_no_demand(nlp):
    mentions = code(nlp, "Hamas has yet to hand over the remains of two hostages, Israeli officials said.")
    assert not any(m.root_code == "10" for m in mentions)


@pytest.mark.parametrize("text", [
    "Wellington is sending a dozen police trainers to Nauru next month.",
    "India is hosting the Russian president later this week.",
])
def test_a_present_progressive_with_a_future_time_is_intent(nlp, text):
    intent = only(code(nlp, text), "03")
    assert intent.is_factual and "present progressive" in intent.rule


def test_truckers_from_a_country_demonstrate_they_do_not_protest_officially(nlp):
    sit_in = only(code(nlp, "Truckers from Uzbekistan and Tajikistan staged a sit-in at the Chinese border crossing "
                            "on Friday to protest against new customs checks."), "14")
    assert sit_in.event_code == "141"


def test_insisting_something_did_not_happen_is_a_denial_not_a_demand(nlp):
    mentions = code(nlp, "The Kremlin insisted Russian forces had not hit the substation.")
    assert only(mentions, "01").event_code == "016"
    assert not any(m.root_code == "10" for m in mentions)
    assert not any(m.root_code == "10" for m in code(nlp, "China insisted the structures were fish farms."))
    assert only(code(nlp, "Moscow insisted that Kyiv withdraw its troops from Kursk."), "10").is_factual


def test_the_means_of_a_possible_act_is_possible_too(nlp):
    restriction = only(code(nlp, "Analysts said Moscow could retaliate by restricting imports of Moldovan wine."), "16")
    assert not restriction.is_factual
    assert only(code(nlp, "Russia retaliated by expelling two Moldovan diplomats."), "16").is_factual


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow stopped shelling Kharkiv on Tuesday.", "087"),
    ("Israel stopped blockading Gaza.", "0872"),
    ("Russia pledged to stop attacking Ukrainian ports.", "0356"),
    # CAMEO 0871: an agreement to stop fighting is coded as the truce itself
    ("India and Pakistan agreed to stop firing at each other's border posts.", "0871"),
    ("Hamas agreed to halt its rocket attacks on Israel.", "0871"),
])
def test_ending_an_attack_de_escalates(nlp, text, expected):
    factual = [m for m in code(nlp, text) if m.is_factual]
    assert expected in {m.event_code for m in factual}, [(m.event_code, m.rule) for m in factual]
    assert not any(m.root_code in ("18", "19", "20") for m in factual)


def test_an_attack_not_stopped_is_no_de_escalation(nlp):
    mention = only(code(nlp, "Moscow did not stop shelling Kharkiv."), "08")
    assert mention.negated and not mention.is_factual


def test_an_event_noun_under_any_has_not_happened(nlp):
    mentions = code(nlp, "Iran said it would respond forcefully to any Israeli attack.")
    assert not any(m.root_code == "19" and m.is_factual for m in mentions)


def test_an_accusation_after_a_passive_denied_clause_is_the_speakers_own(nlp):
    # the parser hangs "accused" on the denied passive clause; an active verb with an object cannot share it
    mentions = code(nlp, "India's defence ministry denied that any of its aircraft had been lost and accused "
                         "Pakistani troops of killing 13 civilians.")
    accusation = only(mentions, "11")
    assert accusation.is_factual and accusation.source.country == "IND" and accusation.target.country == "PAK"


def test_an_awaited_act_in_reported_speech_has_not_happened(nlp):
    mentions = code(nlp, "Araghchi said Iran would not allow IAEA inspectors into the sites until the agency "
                         "condemned the strikes.")
    assert not any(m.root_code == "11" and m.is_factual for m in mentions)
    assert only(code(nlp, "Fighting between Sudan's army and the RSF continued until the army withdrew from "
                          "the town."), "08").is_factual


def test_investigators_sent_to_investigate_are_investigating(nlp):
    sent = only(code(nlp, "The United Nations sent 21 officers to Bosnia on Wednesday to investigate the "
                          "massacre."), "09")
    assert sent.is_factual and sent.target is not None and sent.target.country == "BIH"
    assert only(code(nlp, "Harare appointed a three-member commission on Monday to look into how three "
                          "traders died in a police cell."), "09").is_factual
    # an aim of other acts, or of a dispatch still to come, is not an act
    assert not only(code(nlp, "Russia will send a team to Minsk to investigate the crash."), "09").is_factual
    assert not any(m.is_factual and "sign" in m.rule
                   for m in code(nlp, "Macron flew to Beijing to sign a trade agreement."))


def test_what_an_inquiry_is_into_is_background(nlp):
    mentions = code(nlp, "Bola Tinubu ordered an investigation into a Nigerian air force strike that killed 23 "
                         "villagers in Zamfara state.")
    assert only(mentions, "09").is_factual  # ordering an inquiry opens one
    assert not any(m.root_code in ("18", "19") for m in mentions)


def test_an_infinitive_on_a_journey_is_its_purpose_not_a_second_intent(nlp):
    # the parser hangs this one on "travel" as a complement, not as an adverbial clause
    mentions = code(nlp, "William Ruto will travel to Kampala next month to sign a pipeline agreement with Yoweri "
                         "Museveni.")
    factual = [m for m in mentions if m.is_factual]
    assert [(m.source.country, m.target.country, m.root_code) for m in factual] == [("KEN", "UGA", "03")]
    assert any(m.root_code == "05" and m.hypothetical and "purpose" in m.rule for m in mentions)


def test_the_act_a_purpose_clause_helps_towards_is_its_aim(nlp):
    mentions = code(nlp, "Britain sent 200 military trainers to Kenya on Monday to help fight al-Shabaab militants.")
    assert only(mentions, "06").is_factual
    fighting = [m for m in mentions if m.root_code == "19"]
    assert fighting and not any(m.is_factual for m in fighting)


@pytest.mark.parametrize("text, judged, recalled", [
    ("Kenya's president thanked Norway for funding the construction of three hospitals in Turkana.", "05", "07"),
    ("The Czech foreign minister criticised Slovakia for blocking the EU's new sanctions package against Belarus.",
     "11", "12"),
])
def test_the_grounds_of_thanks_or_blame_recall_an_act_they_do_not_report(nlp, text, judged, recalled):
    mentions = code(nlp, text)
    assert only(mentions, judged).is_factual
    grounds = only(mentions, recalled)
    assert not grounds.is_factual and "grounds of" in grounds.rule


@pytest.mark.parametrize("text, permitted, granted", [
    ("Kenya allowed Somalia to deploy troops along the border.", "15", "08"),
    ("Chile said it would permit Bolivia to send observers to the referendum.", "07", "03"),
])
def test_a_permitted_act_is_the_permitters_act_not_the_permitted(nlp, text, permitted, granted):
    mentions = code(nlp, text)
    assert only(mentions, granted).is_factual
    inner = only(mentions, permitted)
    assert not inner.is_factual and "permitted by" in inner.rule


@pytest.mark.parametrize("text, lemma", [
    ("The police let the students march to the ministry.", "march"),
    ("The accord enables Georgia to sell wine to Russia.", "sell"),
    ("The court authorised the navy to board the tanker.", "board"),
])
def test_complements_of_permission_verbs_are_not_facts(nlp, text, lemma):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == lemma)
    assert clause_modality(verb).hypothetical


@pytest.mark.parametrize("text, reported, described", [
    ("Rwanda signed a deal with Uganda, which supplies most of its fuel.", "05", "supplies"),
    ("Ethiopia criticised Egypt, which opposes the dam on the Nile.", "11", "opposes"),
])
def test_a_simple_present_relative_clause_describes_a_habit_not_an_event(nlp, text, reported, described):
    mentions = code(nlp, text)
    assert only(mentions, reported).is_factual
    habits = [m for m in mentions if m.verb_text == described]
    assert habits and all(m.hypothetical and not m.is_factual for m in habits)


def test_a_past_relative_clause_still_reports_its_act(nlp):
    mentions = code(nlp, "Kenya expelled the envoy of Somalia, which had accused Nairobi of interference.")
    accusation = only(mentions, "11")
    assert accusation.is_factual and accusation.source.country == "SOM"


@pytest.mark.parametrize("text, reported, described", [
    ("France imposed sanctions on two Sudanese militias that have attacked villages in Chad.", "16", "attacked"),
    ("Kenya hosted the President of Uganda, who has accused Rwanda of backing the rebel front.", "04", "accused"),
])
def test_a_perfect_relative_clause_sums_up_a_record_not_an_event(nlp, text, reported, described):
    mentions = code(nlp, text)
    assert only(mentions, reported).is_factual
    records = [m for m in mentions if m.verb_text == described]
    assert records and all(m.hypothetical and not m.is_factual for m in records)


def test_a_past_relative_clause_with_a_date_still_reports_its_act(nlp):
    mentions = code(nlp, "Chad condemned the Sudanese militia that attacked a Chadian army convoy near Adre on Monday.")
    assert any(m.root_code == "19" and m.is_factual for m in mentions)


@pytest.mark.parametrize(("text", "question"), [
    ("Will Ecuador expel the Colombian envoy? \n", True),
    ("Ecuador will expel the Colombian envoy. \n", False),
    ("Ecuador asked whether Peru would expel the envoy \n", False),
])
def test_a_question_is_told_by_the_last_word_before_trailing_space(nlp, text, question):
    expel = next(t for t in nlp(text) if t.lemma_ == "expel")
    assert ("question" in clause_modality(expel).reason) is question
