"""Aid for refugees and other recipients (CAMEO 07): money a donor allocates or earmarks is aid; refugees are
coded by the people they are, not their refuge or the donor; a state that "has granted him asylum" acts on
someone the sentence names, no background record. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_allocated_or_earmarked_money_is_aid(nlp):
    assert ("JPN", "AFG", "07") in factual("Japan set aside $10 million on Friday for Afghan refugees.", root=True)
    assert ("DEU", "YEM", "07") in factual("Germany allocated 5 million euros in humanitarian aid to Yemen.",
                                           root=True)
    assert ("GBR", "SYR", "07") in factual("Britain earmarked 20 million pounds for Syrian refugees in Jordan.",
                                           root=True)


def test_no_aid_when_money_goes_to_a_project(nlp):
    assert not any(e[2] == "07" for e in factual(
        "The government allocated $3 million for the construction of a new stadium.", root=True))


def test_refugees_named_after_the_goods_or_by_a_clause(nlp):
    found = factual("The European Union allocated 30 million euros for food, tents and medicine for South Sudanese "
                    "refugees crowded into camps along Uganda's northern border.", root=True)
    assert ("SSD", "07") in {(t, c) for _, t, c in found}
    assert ("CAN", "SOM", "07") in factual("Canada sent 300 tonnes of food for Somali refugees sheltering in Kenya.",
                                           root=True)


def test_refugees_are_not_their_hosts(nlp):
    assert ("JPN", "MMR", "07") in factual("Japan sent rice to Rohingya refugees in Bangladesh.", root=True)


def test_ethnic_minority_receiving_aid_is_not_the_donor(nlp):
    found = factual("Washington flew tents to Macedonia on Tuesday for ethnic Albanian refugees.", root=True)
    assert ("USA", "ALB", "07") in found
    assert ("USA", "USA", "07") not in found


def test_nile_states_are_sudanese(nlp):
    found = factual("The World Food Programme airdropped sorghum to villages in Upper Nile state.", root=True)
    assert ("SSD", "07") in {(t, c) for _, t, c in found}
    found = factual("The World Food Programme airdropped sorghum to villages in Upper Nile.", date="1998-05-01",
                    root=True)
    assert ("SDN", "07") in {(t, c) for _, t, c in found}


def test_asylum_granted_to_a_named_person_is_factual(nlp):
    found = factual("The former Liberian president flew into exile in Nigeria, which has granted him asylum.",
                    root=True)
    assert ("NGA", "LBR", "07") in found


def test_money_of_a_named_donor_reaching_a_state_is_economic_aid(nlp):
    assert ("KWT", "EGY", "071") in factual("A $2 billion Kuwaiti deposit reached the central bank's accounts in "
                                            "Cairo on Sunday, the finance minister said.")
    assert ("CHN", "LKA", "071") in factual("A $1 billion Chinese loan arrived in Sri Lanka's treasury on Monday.")


def test_ethnic_refugees_keep_their_people_not_their_refuge(nlp):
    found = factual("Tokyo shipped blankets to ethnic Rohingya refugees in Bangladesh on Friday.", root=True)
    assert ("JPN", "MMR", "07") in found
    assert not any(t == "BGD" for _, t, _ in found)
