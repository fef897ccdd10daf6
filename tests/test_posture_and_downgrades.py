"""Shows of force on the actor's own ground face the article's other party; diplomatic downgrades
(high commissioners, charges d'affaires) and a recall told after an accusation's gerund. Sentences are
our own."""

from __future__ import annotations

from coding_cases import factual


def test_troops_sent_to_a_home_province_face_the_neighbour(nlp):
    found = factual("Kyrgyz border guards detained three Tajik farmers near Vorukh on Monday.\n\n"
                    "Bishkek sent two more battalions to the Batken region on Tuesday, the defence ministry said.",
                    root=True)
    assert ("KGZ", "TJK", "15") in found
    assert ("KGZ", "KGZ", "15") not in found


def test_a_recall_after_an_accusations_gerund_is_the_accusers(nlp):
    found = factual("Chad accused Sudan of arming rebels along the frontier and recalled its ambassador from "
                    "Khartoum.")
    assert ("TCD", "SDN", "161") in found
    assert not any(s == "SDN" and c == "161" for s, _, c in found)


def test_a_high_commissioner_recalled_or_expelled_is_a_diplomatic_downgrade(nlp):
    assert ("GHA", "NGA", "161") in factual("Ghana recalled its high commissioner from Abuja on Friday.")
    assert ("FJI", "NZL", "161") in factual("Fiji expelled New Zealand's high commissioner on Friday.")
    assert ("RWA", "BEL", "161") in factual("Rwanda expelled Belgium's charge d'affaires on Monday.")


def test_troops_sent_abroad_to_monitor_a_truce_keep_the_peace(nlp):
    found = factual("Fiji deployed 200 soldiers to the Solomon Islands on Monday to monitor a ceasefire between "
                    "rival militias.", root=True)
    assert ("FJI", "SLB", "07") in found
    assert not any(c == "15" for _, _, c in found)
