"""Coding: intentions and refusals about the future — visits announced by arrival, forces and
observers to be sent, events withheld ("there will be no talks"), people kept in custody.
Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def triples(text: str) -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.root_code)
            for m in code_text(text, date="2025-06-01") if m.is_factual}


def test_a_visitor_due_or_expected_somewhere_intends_to_meet_the_host(nlp):
    assert ("DEU", "POL", "03") in triples("Germany's foreign minister is due in Warsaw on Monday.")
    assert ("CHN", "VNM", "03") in triples("The Chinese defence minister is expected in Hanoi next week.")
    assert ("KEN", "UGA", "03") in triples(
        "Kenya's foreign minister is expected in the Ugandan capital later this month, his office said.")


def test_no_visit_from_dates_weather_or_what_others_foresee(nlp):
    assert not triples("The verdict is expected in March.")
    assert not triples("Heavy rain is expected in Kenya next week.")
    assert not any(root == "12" for _, _, root in triples("The French president is not expected in Algiers this year."))


def test_observers_police_and_trainers_to_be_sent_are_intent(nlp):
    assert ("POL", "LTU", "03") in triples("Poland will send 100 border guards to Lithuania next month.")
    assert ("PHL", "KHM", "03") in triples("The Philippine foreign ministry said it would send observers to Cambodia.")
    assert ("USA", "GUY", "03") in triples("Washington said it would send a training team to Guyana.")
    # sent already: the act itself, not intent
    assert ("HRV", "BIH", "07") in triples("Croatia sent 30 police officers to Bosnia on Monday.")
    assert ("ITA", "LBY", "12") in triples("Italy will not send police to Libya, the interior minister said.")


def test_there_will_be_no_talks_is_a_refusal_of_the_partner(nlp):
    assert ("SRB", "KSV", "12") in triples(
        "Serbia's president said there would be no talks with Kosovo until Pristina withdraws its police.")
    assert ("TCD", "TCD", "12") in triples(
        '"There will be no truce until the militia leaves every town," Chad\'s army chief told troops.')
    # a fact about the past, a mere possibility, or talks that will happen: no refusal
    assert not any(root == "12" for _, _, root in triples(
        "There were no talks with Kosovo last year, Serbia's president said."))
    assert not any(root == "12" for _, _, root in triples("Serbia's president said there might be no talks with Kosovo."))


def test_held_people_kept_in_custody_are_a_refused_release(nlp):
    assert ("IRN", "ARE", "12") in triples("Iran said the Emirati crew would stay in custody until a court had ruled.")
    assert ("KSV", "SRB", "12") in triples("Kosovo's government said the Serbian suspect would not be released.")
    # the state the condition names is the counterpart
    assert ("IRN", "FRA", "12") in triples(
        "Iran's judiciary chief said a French-Iranian researcher would not be freed until Paris released an Iranian student.")
    # past custody, or a release announced: no refusal
    assert not any(root == "12" for _, _, root in triples("The Emirati crew remained in custody, Iran said."))
    assert not any(root == "12" for _, _, root in triples("Iran said the Emirati crew would be released on Monday."))


def test_a_rejection_explained_by_custody_is_one_refusal(nlp):
    got = [m for m in code_text("Moscow rejected Norway's demand, saying the Norwegian would remain in custody "
                                "until a court ruled.", date="2025-06-01") if m.is_factual and m.root_code == "12"]
    assert len(got) == 1


def test_a_border_kept_closed_is_a_refusal_to_reopen_it(nlp):
    assert ("LTU", "BLR", "12") in triples("Lithuania will keep its border with Belarus shut until the drills end.")
    # a state of affairs, or a reopening announced: no refusal
    assert not any(root == "12" for _, _, root in triples("Lithuania kept its border with Belarus closed."))
    assert not any(root == "12" for _, _, root in triples("Lithuania will not keep its border with Belarus closed."))
    # the rejection a participle explains is the one refusal
    got = [m for m in code_text("Lithuania said it would keep its checkpoints with Belarus closed, rejecting a "
                                "Belarusian request to reopen them.", date="2025-06-01")
           if m.is_factual and m.root_code == "12"]
    assert len(got) == 1
