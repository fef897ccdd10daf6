"""A state told only by its relation to another ("its neighbour", "its ally"): resolved only when the story leaves
one other state, else left unresolved (no border or alliance table); a former colonial ruler from its table."""

from detente.pipeline import code_text


def _coded(text: str, date: str = "2026-03-12") -> set[tuple[int, str, str | None, str]]:
    return {(m.sentence_index, m.source.country, m.target.country if m.target else None, m.event_code[:3])
            for m in code_text(text, date=date) if m.is_factual}


def test_its_neighbour_is_the_one_other_state_of_the_story():
    text = "Ethiopia and Eritrea fought a border war in 1998. On Monday Eritrea accused its neighbour of aggression."
    assert (1, "ERI", "ETH", "112") in _coded(text)


def test_a_compass_neighbour_is_the_one_other_state_named_before():
    text = ("Sudan has been at war since April. On Tuesday South Sudan accused its northern neighbour of bombing "
            "a border town.")
    assert (1, "SSD", "SDN", "112") in _coded(text)


def test_its_ally_is_the_one_other_state_of_the_story():
    text = "Russia and Belarus held joint drills last week. On Friday Moscow praised its ally for hosting the troops."
    assert (1, "RUS", "BLR", "051") in _coded(text)


def test_a_neighbour_among_several_states_stays_unresolved():
    text = ("Kenya, Uganda and Tanzania met in Arusha on Monday. On Tuesday Kenya accused its neighbour of "
            "aggression.")
    assert not any(s == 1 and c == "112" for s, _, _, c in _coded(text))


def test_a_former_colonial_power_is_the_one_other_state_named_before():
    text = ("Algeria recalled its ambassador to France. On Monday Algiers accused its former colonial power of "
            "interfering in its affairs.")
    assert (1, "DZA", "FRA", "112") in _coded(text)


def test_a_former_colonial_ruler_is_known_without_the_story_naming_it():
    # the colonial_rulers table: France for Mali, Britain for Kenya, Belgium for Rwanda
    assert (0, "MLI", "FRA", "161") in _coded("Mali expelled the ambassador of its former colonial ruler on Monday.")
    assert (1, "KEN", "GBR", "112") in _coded("NAIROBI, March 3 (Reuters) - Kenya accused its former colonial ruler "
                                              "of meddling in the election.")
    assert (0, "RWA", "BEL", "112") in _coded("Rwanda accused its former colonial master of backing the rebels.")


def test_a_former_colonial_ruler_is_no_organ_of_the_possessor():
    # "ruler" alone is a government word: with "colonial" it names another state, never the possessor's own
    assert not any(s == t for _, s, t, _ in _coded("Niger's junta accused its former colonial ruler of plotting a "
                                                    "coup."))


def test_the_colonial_rulers_table_loads_iso_codes():
    from detente.actors.relations import colonial_rulers
    rulers = colonial_rulers()
    assert rulers["COD"] == "BEL" and rulers["IDN"] == "NLD" and rulers["PHL"] == "USA"
    assert all(len(k) == 3 and len(v) == 3 for k, v in rulers.items())
