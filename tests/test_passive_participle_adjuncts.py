"""A bare passive participle set off from its clause ("arrived in Hanoi, welcomed by ..."): its "by" agent
does the act, to the clause's subject. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_trailing_welcome_is_by_its_agent_to_the_arriving_subject():
    found = factual("The Chinese premier arrived in Hanoi on Monday, welcomed by Vietnamese Prime Minister "
                    "Pham Minh Chinh.", codes=True)
    assert ("VNMGOV", "CHNGOV", "051") in found
    assert not any(source == "CHNGOV" and code == "051" for source, _, code in found)


def test_a_trailing_criticism_is_aimed_at_the_subject():
    found = factual("The Japanese foreign minister left Beijing on Tuesday, criticised by Chinese state media for "
                    "his remarks on Taiwan.")
    assert ("CHN", "JPN", "111") in found


def test_a_trailing_attack_is_on_the_withdrawing_troops():
    found = factual("Sudanese troops withdrew from the town on Friday, attacked by Rapid Support Forces fighters.",
                    codes=True)
    assert ("SDNREB", "SDNMIL", "190") in found


def test_a_fronted_participle_is_by_its_agent_to_the_subject():
    found = factual("Welcomed by President Ruto at State House, the Ethiopian prime minister pledged closer ties.")
    assert ("KEN", "ETH", "043") in found
    assert not any(source == "ETH" and code in ("043", "051") for source, _, code in found)


def test_an_as_comparison_is_no_participle_of_the_subject():
    # "as alleged by" is about what the clause says: the subject is not what Moscow alleged against
    found = factual("Serbia denied that it had supplied ammunition to Ukraine, as alleged by Russian intelligence.")
    assert not any(source == "RUS" and target == "SRB" for source, target, _ in found)


def test_an_object_complement_participle_keeps_the_subject():
    # "ordered the exports suspended": what the object is to become, done by the subject who ordered it
    found = factual("Mali's junta ordered gold exports by the Canadian miner suspended on Monday and froze the "
                    "company's accounts.")
    assert ("MLI", "CAN", "163") in found
    assert not any(source is None for source, _, code in found if code.startswith("16"))
