"""Saying another did wrong ("Sandu said Russia had meddled in the referendum") is the speaker's
accusation (112) of that other; a wrong denied, still to come, said by analysts, or given as the
reason of a denial is none. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_reported_wrongdoing_accuses_its_doer(nlp):
    assert ("MDA", "RUS", "112") in factual("Moldova's President Maia Sandu said Russia had meddled in the "
                                            "referendum through a vast vote-buying scheme.")
    assert ("IRQ", "SYR", "112") in factual("The Iraqi government said Syria was harbouring Baathist insurgents.")
    assert ("PAK", "IND", "112") in factual("Pakistan said on Tuesday that India was stoking unrest in Balochistan.")
    assert ("SRB", "KSV", "112") in factual("Serbia said Kosovo authorities had fabricated evidence against "
                                            "the detained Serbs.")


def test_an_act_noun_names_the_accused_side(nlp):
    assert ("LBN", "ISR", "112") in factual("Lebanon's prime minister said the Israeli strikes were "
                                            "undermining the army's work.")


def test_no_accusation_when_denied_foreseen_or_commented(nlp):
    for text in ("Tirana said it had not interfered in the Kosovo vote.",
                 "Analysts said Russia had meddled in the election.",
                 "Washington said the sanctions would undermine Iran's economy.",
                 ("Belarus denied sending balloons into Lithuanian airspace, saying Vilnius had fabricated "
                  "the incidents.")):
        assert not [e for e in factual(text, root=True) if e[2] == "11"], text
