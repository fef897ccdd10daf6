"""Whole-article reference: part of a group named once with its nationality ("four of the villagers"),
courts the sentence or the detaining state places, and orders that something be done to someone."""

from detente.pipeline import code_text


def _coded(text: str, date: str = "2026-03-12") -> set[tuple[int, str, str | None, str]]:
    return {(m.sentence_index, m.source.country, m.target.country if m.target else None, m.event_code[:2])
            for m in code_text(text, date=date) if m.is_factual}


def test_a_part_of_a_group_is_the_group_and_the_court_is_the_detaining_states():
    text = ("Thai soldiers detained seven Cambodian villagers near the border on Monday.\n\n"
            "A court on Thursday released four of the villagers.")
    assert (1, "THA", "KHM", "08") in _coded(text)


def test_a_court_ordering_people_freed_releases_them():
    assert (0, "IRN", "GBR", "08") in _coded("The Iranian president ordered the British sailors released on Monday.")


def test_ordering_another_state_to_release_is_still_a_demand():
    assert (0, "USA", "IRN", "10") in _coded("The U.S. president ordered Iran to release the sailors on Monday.")


def test_a_border_service_is_the_military():
    mentions = code_text("Kazakhstan's border service detained two Kyrgyz shepherds on Monday.", date="2026-03-12")
    assert any(m.source.code == "KAZMIL" and m.target is not None and m.target.country == "KGZ" for m in mentions)


def test_a_show_of_force_facing_a_neighbour_is_not_aimed_at_home():
    coded = _coded("Kyrgyz troops reinforced their posts along the Tajik frontier in the Batken region on Thursday.")
    assert (0, "KGZ", "TJK", "15") in coded and (0, "KGZ", "KGZ", "15") not in coded


def test_the_two_sides_after_a_joined_clause_are_that_clauses_two_parties(nlp):
    """Our own sentences: "X held talks with Y, and the two sides signed" means X and Y, not the states the
    article named most before, nor those named later in the sentence."""
    def pairs(text: str) -> set[tuple[str, str | None, str]]:
        return {(m.source.code, m.target.code if m.target else None, m.event_code)
                for m in code_text(text, date="2025-06-01") if m.is_factual}

    found = pairs("Ukraine asked the United States for more air defence systems on Monday, and Washington promised "
                  "to send them to Ukraine soon. Separately, Lavrov held talks with Wang Yi, and the two sides "
                  "signed a trade agreement.")
    assert ("RUSGOV", "CHNGOV", "057") in found and ("CHNGOV", "RUSGOV", "057") in found
    assert not any(code == "057" and "UKR" in (src, tgt) for src, tgt, code in found)
    found = pairs("Shoigu held talks with Kim Jong Un in Pyongyang, and the two sides signed a defence pact, "
                  "the North's official KCNA news agency said.")
    assert ("RUSGOV", "PRKGOV", "057") in found and ("PRKGOV", "RUSGOV", "057") in found


def test_their_after_the_two_delegations_is_the_pair_s_own(nlp):
    # "their embassies" belongs to the delegations, not to the host named in the sentence before
    text = ("Indian Foreign Minister Subrahmanyam Jaishankar met Chinese Foreign Minister Wang Yi in Doha on "
            "Monday.\n\nThe two delegations agreed to reopen their consulates.")
    found = {(m.source.country, m.target.country if m.target else None, m.event_code)
             for m in code_text(text, date="2025-08-04") if m.sentence_index == 1}
    assert found and all(target in ("IND", "CHN") and target != source for source, target, _ in found)


def test_each_of_two_states_freeing_prisoners_frees_the_other_s(nlp):
    found = {(m.source.country, m.target.country if m.target else None, m.event_code[:2])
             for m in code_text("Armenia and Azerbaijan each freed 12 detainees on Saturday under a deal brokered "
                                "in Geneva.", date="2025-08-04") if m.is_factual}
    assert ("ARM", "AZE", "08") in found and ("AZE", "ARM", "08") in found
    assert not any(target == "CHE" for _, target, _ in found)


def test_each_sending_troops_to_a_named_state_is_no_reciprocal_act(nlp):
    found = {(m.source.country, m.target.country if m.target else None)
             for m in code_text("Britain and France each sent 500 troops to Mali.", date="2025-08-04")}
    assert ("GBR", "MLI") in found and ("FRA", "MLI") in found
    assert ("GBR", "FRA") not in found
