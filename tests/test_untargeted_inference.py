"""Targets an act's own slots leave out, found from the sentence or the article: whom a threat's condition
names, whom a show of force is said to be meant for, and the target a threat shares with its actor's
other act. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_threat_is_aimed_at_whom_its_condition_names(nlp):
    found = factual("Beijing warned on Friday that it would take firm countermeasures if Manila sent more "
                    "supply ships to the shoal.", root=True)
    assert ("CHN", "PHL", "13") in found


def test_a_threat_whose_condition_names_the_threatener_has_no_other_target(nlp):
    found = factual("Ankara warned that it would retaliate if its own convoy came under fire again.", root=True)
    assert not any(s == "TUR" and t is not None and c == "13" for s, t, c in found)


def test_a_show_of_force_called_a_warning_to_a_state(nlp):
    found = factual("Pakistan's navy moved two missile boats to Gwadar on Sunday in what officials called a warning "
                    "to New Delhi.", root=True)
    assert ("PAK", "IND", "15") in found
    assert ("PAK", "PAK", "15") not in found


def test_drills_meant_to_show_a_state_something(nlp):
    found = factual("The Chinese navy staged live-fire drills near the Penghu islands, a move state media said was "
                    "meant to show Taipei that independence would not be tolerated.", root=True)
    assert ("CHN", "TWN", "15") in found


def test_a_threat_shares_the_target_of_its_actors_other_act(nlp):
    found = factual("Peru's interior minister shut the crossings on the Bolivian border on Friday and warned "
                    "that any further smuggling raid would be met with force.", root=True)
    assert ("PER", "BOL", "13") in found


def test_allies_drilling_together_after_a_rival_act_still_cooperate(nlp):
    found = factual("Chinese warships sailed through the Luzon Strait on Monday.\n\n"
                    "Japanese and Philippine destroyers then began a three-day naval drill off Palawan.", root=True)
    assert ("JPN", "PHL", "06") in found
    assert not any(s == "JPN" and t == "CHN" and c == "15" for s, t, c in found)


def test_what_a_saying_participle_reports_goes_to_the_same_party(nlp):
    found = factual("Thailand's foreign minister urged Phnom Penh on Monday to reopen the border crossings, saying "
                    "Bangkok would be ready to send a delegation to talks next week.", root=True)
    assert ("THA", "KHM", "03") in found


def test_an_inquiry_begun_into_reports_is_aimed_at_the_reported_doer(nlp):
    found = factual("OSCE observers began investigating on Monday reports that Azerbaijani troops had shelled "
                    "Armenian villages near the border.", root=True)
    assert ("IGO", "AZE", "09") in found
