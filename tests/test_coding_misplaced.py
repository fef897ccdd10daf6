"""Acts coded against the wrong party: victims given the attacker's country, a show of force aimed at
the actor's own forces, places taken for the actors they house. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_a_city_after_a_place_preposition_is_where_not_whom(nlp):
    found = factual("Pakistani police rounded up some 300 Afghans in Peshawar and Rawalpindi on Monday.", codes=True)
    assert not any(target and target.startswith("PAK") for _, target, _ in found), found
    found = factual("Pakistani police detained 40 Afghans in Lahore and Rawalpindi on Friday.", codes=True)
    assert ("PAKCOP", "AFG", "173") in found
    assert not any(target and target.startswith("PAK") for _, target, _ in found), found
    # a role of several countries still takes each
    found = factual("The foreign ministers of Kenya and Tanzania met in Arusha on Monday.", codes=True)
    assert ("KENGOV", "TZAGOV", "040") in found


def test_a_show_of_force_answers_what_provoked_it_not_the_forces_it_moves(nlp):
    # the forces put on alert are the instrument; the "after" clause names the provoker
    found = factual("Greece put its navy on alert after Turkish survey ships were seen off Crete.", codes=True)
    assert any(source == "GRC" and target and target.startswith("TUR") and code.startswith("15")
               for source, target, code in found), found
    assert not any(target and target.startswith("GRC") for _, target, _ in found), found
    # "in response to" on the last of two joined verbs answers for both
    found = factual("Cuba placed its troops on maximum alert and called up reservists in response to the "
                  "American military buildup.", codes=True)
    assert ("CUB", "USAMIL", "152") in found, found
    # "following" and "amid" name the provoking act too
    found = factual("Japan scrambled fighter jets amid Russian bomber flights near Hokkaido.", codes=True)
    assert any(target and target.startswith("RUS") for _, target, _ in found), found
    # with no provoker the show of force has no target rather than the actor's own forces
    found = factual("Ecuador put its army on alert amid a surge in gang violence.", codes=True)
    assert ("ECU", "ECUMIL", "152") not in found, found


def test_unplaced_victims_of_an_attack_on_another_state_are_that_states(nlp):
    # the killing joined to a shelling of Kherson befell Ukrainians, not Russians
    found = factual("Russian forces shelled Kherson on Monday and killed three people.", codes=True)
    assert ("RUSMIL", "UKRCVL", "190") in found, found
    assert not any(target and target.startswith("RUS") for _, target, _ in found), found
    found = factual("Russian troops shelled Kharkiv overnight and killed four civilians.", codes=True)
    assert ("RUSMIL", "UKRCVL", "190") in found, found
    # victims a place puts in the attacker's own country stay there
    found = factual("Ethiopian soldiers killed 12 civilians in a village in the Amhara region.", codes=True)
    assert ("ETHMIL", "ETHCVL", "190") in found, found


def test_a_show_of_force_told_as_a_response_answers_the_act_before_it(nlp):
    # the place near which it happened is the responder's own, not whom the shots warned
    found = factual("Azerbaijani troops fired mortars into a field near Jermuk on Monday, and Armenian soldiers "
                  "responded with warning shots, according to Yerevan's defence ministry.", codes=True)
    assert any(source.startswith("ARM") and target and target.startswith("AZE") and code.startswith("15")
               for source, target, code in found), found


def test_a_seat_of_government_is_no_alias_of_a_foreign_city(nlp):
    # "White House" is an alternate name of Casablanca in the city data; in the news it is Washington's
    found = factual("Hundreds of protesters rallied outside the White House on Sunday.", root=True)
    assert found and all(s == "USA" for s, _, _ in found)
