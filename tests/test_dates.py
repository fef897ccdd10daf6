"""Event dates: background the text dates itself keeps its own date. Sentences are our own."""

from __future__ import annotations

from detente.evaluate import predicted_triples
from detente.pipeline import code_text


def _dated(text: str, published: str = "2026-03-05") -> list[tuple[str, str | None]]:
    return [(m.event_code[:2], m.date) for m in code_text(text, date=published) if m.is_factual]


def test_background_event_keeps_the_month_the_text_names(nlp):
    got = _dated("Israel and the United States struck Iranian nuclear facilities during a 12-day war in June 2025.")
    assert got and all(when == "2025-06-01" for _, when in got)
    mentions = code_text("Israel struck Iranian nuclear facilities during a 12-day war in June 2025.", date="2026-03-05")
    assert "happened 2025-06" in mentions[0].rule
    # the evaluation scores news, not background
    assert not predicted_triples(mentions, "2026-03-05")[0]


def test_conjoined_verbs_share_a_date_and_recent_dates_stay_the_articles(nlp):
    got = _dated("Serb gunmen stormed the village of Banjska in September 2023 and killed a Kosovo police officer.")
    assert got and all(when == "2023-09-01" for _, when in got)
    assert _dated("Israel struck Iranian nuclear facilities on Monday.") == [("19", "2026-03-05")]
    assert _dated("Israel struck Iranian nuclear facilities in March 2026.") == [("19", "2026-03-05")]



def test_a_month_alone_is_its_latest_occurrence_and_a_when_clause_takes_its_heads_time(nlp):
    got = _dated("Relations soured in October, when Croatia and Albania signed a military cooperation pact.")
    assert got and all(when == "2025-10-01" for _, when in got)
    got = _dated("Relations have been frozen since April 2025, when Algeria shot down a Malian drone.")
    assert got and all(when == "2025-04-01" for _, when in got)
    got = _dated("Russian police detained dozens of Azerbaijanis in Yekaterinburg in March.")
    assert [when for _, when in got] == ["2026-03-05"]
    got = _dated("Last September Algerian troops shot down a Malian drone.")
    assert got and all(when == "2025-09-01" for _, when in got)


def test_a_month_ahead_or_just_past_is_not_background(nlp):
    assert all(when == "2026-03-05" for _, when in _dated("Putin will travel to India in December for a summit."))
    assert all(when == "2026-03-05" for _, when in _dated("M23 rebels had shot dead 140 civilians near Rutshuru "
                                                          "in February."))


def test_a_range_of_years_dates_the_act(nlp):
    got = _dated("Eritrea fought a border war with Ethiopia from 1998 to 2000.")
    assert got and all(when == "1998-01-01" for _, when in got)


def test_a_when_clause_on_a_noun_with_a_year(nlp):
    got = _dated("Relations collapsed after the disputed 2020 Belarusian election, when Lithuania gave refuge to "
                 "opposition leader Sviatlana Tsikhanouskaya.")
    assert got and all(when == "2020-01-01" for _, when in got)


def test_clauses_joined_to_a_when_clause_or_after_a_dated_act_are_background(nlp):
    # the conjoined verb of a "when" clause shares the time of the noun the clause hangs on
    got = _dated("Ties have been tense since March 2024, when Azerbaijani troops shelled an Armenian village and "
                 "wounded two border guards.")
    assert got and all(when == "2024-03-01" for _, when in got)
    # an "after" clause happened before the dated act it hangs on
    got = _dated("Pakistan closed the Torkham crossing in October 2024 after Afghan forces fired on its border posts.")
    assert got and all(when is not None and when < "2025-01-01" for _, when in got)
    # a participle describing the object keeps its own history: the release happened today
    assert _dated("Iran freed two French teachers detained in 2022 on Tuesday.", "2026-03-05")[0][1] == "2026-03-05"


def test_a_reaction_apposed_to_a_dated_act_is_as_old(nlp):
    got = _dated("In 2023 Peru sent soldiers to its southern border to curb smuggling, a step the Bolivian "
                 "government criticised at the time.")
    assert got and all(when == "2023-01-01" for _, when in got)


def test_a_bare_participle_shares_its_heads_date(nlp):
    got = _dated("Eritrea expelled the Djiboutian ambassador in May 2021, accusing Djibouti of arming rebels.")
    assert {code for code, _ in got} >= {"11"}
    assert got and all(when == "2021-05-01" for _, when in got)


def test_a_description_of_a_noun_since_an_old_date_is_history(nlp):
    # a perfect relative clause sums up a record: background, not counted (see test_modality)
    got = _dated("The ADF, which has fought to overthrow the Ugandan government since 1995, set fire to a clinic.")
    assert "1995-01-01" not in [when for _, when in got]
    mediated = [m for m in code_text("Talks between Armenia and Azerbaijan, brokered by Russia since 2020, have "
                                     "stalled.", date="2026-03-05") if m.event_code == "045"]
    assert mediated and all(m.date == "2020-01-01" for m in mediated)
    # a main clause's "since" measures an act still going on: news of the day
    assert _dated("Egypt has closed the Rafah crossing to Gaza since January.", "2026-06-05") \
        and all(when == "2026-06-05" for _, when in _dated("Egypt has closed the Rafah crossing to Gaza since "
                                                           "January.", "2026-06-05"))


def test_an_undated_clause_joined_to_a_dated_one_after_it_is_as_old(nlp):
    got = _dated("Ethiopia and Eritrea fought a bloody border war, and Eritrea seized the town of Badme in "
                 "May 1998.")
    assert got and all(when == "1998-05-01" for _, when in got)
    # one with a day of its own is today's news
    got = _dated("Eritrea expelled the Ethiopian envoy on Monday and said Ethiopia had annexed Badme in 1998.")
    assert ("16", "2026-03-05") in got


def test_a_participle_describing_an_argument_is_as_old_as_the_act(nlp):
    got = _dated("In 2021 Chad backed a trade embargo imposed by Sudan on Libya.")
    assert ("16", "2021-01-01") in got and all(when == "2021-01-01" for _, when in got)
    got = _dated("In 2019 Kenya expelled two diplomats accused by Nairobi of spying for Uganda.")
    assert ("11", "2019-01-01") in got
    # a participle describing an argument of the day's act is the day's news
    got = _dated("Chad on Monday backed a trade embargo imposed by Sudan on Libya.")
    assert ("16", "2026-03-05") in got
    assert _dated("Kenya on Monday freed two Ugandan reporters detained in 2023.") == [("08", "2026-03-05")]


def test_a_month_named_on_the_noun_of_a_when_clause_dates_it(nlp):
    got = _dated("The border has stayed closed since Niger's July 2023 coup, when Benin backed sanctions on Niamey.")
    assert got and all(when == "2023-07-01" for _, when in got)


def test_an_act_after_an_event_years_old_is_history(nlp):
    got = _dated("Large parts of the valley lie in Abkhazia, which Russia recognised as an independent state "
                 "after the 2008 war.")
    assert got and all(when == "2008-01-01" for _, when in got)
    # after a recent event the act may be the day's news
    got = _dated("Russia recognised the breakaway region as an independent state after the 2025 referendum.")


def test_an_act_that_followed_an_event_of_an_earlier_year_is_background(nlp):
    got = _dated("Morocco closed its embassy in Tehran for three years after Iran expelled its envoy in 2018.")
    assert got and all(when != "2026-03-05" for _, when in got)
    got = _dated("Northern Cyprus, which Turkey recognised after the 1983 declaration, held talks with Greece.")
    assert ("05", "1983-01-01") in got and ("04", "2026-03-05") in got
    got = _dated("Ankara recognised the breakaway republic following the November 1983 declaration.")
    assert got and all(when == "1983-11-01" for _, when in got)
    # its own day makes it news, whatever it followed
    got = _dated("Morocco reopened its embassy in Tehran on Monday after Iran expelled its envoy in 2018.")
    assert ("05", "2026-03-05") in got



def test_a_dated_event_as_subject_dates_its_story_and_what_came_before_its_end(nlp):
    got = _dated("A similar standoff in 2021 closed the crossing for a month before Kyrgyzstan and Tajikistan "
                 "agreed to reopen it.")
    assert got and all(when == "2021-01-01" for _, when in got)
    got = _dated("The 2021 standoff closed the crossing for a month before Kyrgyzstan and Tajikistan signed a "
                 "border treaty.")
    assert got and all(when == "2021-01-01" for _, when in got)
    # a day of its own makes the later act news
    got = _dated("A similar standoff in 2021 closed the crossing for a month before Kyrgyzstan and Tajikistan "
                 "signed a treaty on Monday.")
    assert got and all(when == "2026-03-05" for _, when in got)


def test_at_the_time_and_the_same_year_take_the_date_just_told(nlp):
    got = _dated("The row goes back to 2018, when Rabat cut ties with Tehran. "
                 "Algeria condemned the decision at the time.")
    assert ("11", "2018-01-01") in got and ("11", "2026-03-05") not in got
    got = _dated("In 2021 Chad accused Sudan of arming rebels. Chad expelled Sudanese diplomats the same year.")
    assert got and all(when == "2021-01-01" for _, when in got)
    # with no date told before, the phrase dates nothing
    assert _dated("Chad expelled two Sudanese diplomats at the time.") == [("16", "2026-03-05")]


def test_the_means_of_a_dated_act_is_as_old_as_the_act(nlp):
    got = _dated("Sweden retaliated in 2019 by expelling two Russian diplomats.")
    assert got and all(when == "2019-01-01" for _, when in got)


def test_a_complement_is_as_old_as_its_governing_verb_and_an_act_noun_carries_its_year(nlp):
    got = _dated("In October 2024 two Russian bombers circled the island for an hour, prompting Helsinki to request "
                 "talks with Moscow.")
    assert got and all(when == "2024-10-01" for _, when in got)
    got = _dated("Kenya left the regional force in 2023 and has since moved to deepen ties with Ethiopia.")
    assert got and all(when == "2023-01-01" for _, when in got)
    mentions = code_text("The talks came three decades after Ethiopia's 1998 invasion of Eritrea.", date="2026-03-05")
    assert any(m.event_code.startswith("19") for m in mentions)
    assert all("happened 1998" in m.rule for m in mentions if m.event_code.startswith("19"))
    # a complement of today's verb stays today's
    assert ("08", "2026-03-05") in _dated("Russia agreed on Monday to withdraw its troops from Moldova.")


def test_a_past_year_on_the_objects_infinitive_dates_the_act(nlp):
    # a plan's infinitive cannot lie in the past: the parser hung the signing's year on it
    got = _dated("Qatar and Oman signed a deal to build the pipeline in 2021, and Iran has protested since.")
    assert ("05", "2021-01-01") in got
    # a year ahead is the plan's own
    assert ("05", "2026-03-05") in _dated("Qatar and Oman signed a deal on Monday to build the pipeline in 2028.")
