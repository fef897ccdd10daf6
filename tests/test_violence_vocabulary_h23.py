"""Verb families of force, coercion and protest that news uses beside the usual verbs: aircraft "brought
down", people "cut down", ambushes "sprung", guards "moved onto" an island, crowds that
"throng" the streets, missiles that "splash down" near a coast, accreditation withdrawn, answers promised
to an attack, and the victims of a bomb "planted by" a group. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str, date: str = "2026-03-04") -> set[tuple[str, str | None, str, bool]]:
    return {(m.source.code, m.target.code if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date=date)}


def has(found, source: str, target: str, root: str) -> bool:
    return any(s.startswith(source) and t is not None and t.startswith(target) and code.startswith(root) and f
               for s, t, code, f in found)


def test_an_aircraft_brought_down_is_shot_down(nlp):
    assert has(events("Turkish air defences brought down a Syrian military helicopter near the border."),
               "TUR", "SYR", "19")


def test_a_government_brought_down_by_a_scandal_is_no_attack(nlp):
    assert not any(code.startswith(("18", "19", "20")) for *_, code, _ in
                   events("The corruption scandal brought down the Italian government in March."))


def test_villagers_cut_down_by_militias(nlp):
    found = events("Dozens of Congolese villagers were cut down by Rwandan militiamen near Goma.")
    # 190, or 202 when the victims are a mass of civilians
    assert any(s.startswith("RWA") and code[:2] in ("19", "20") and f for s, _, code, f in found)


def test_trees_cut_down_are_no_attack(nlp):
    assert not events("Loggers cut down thousands of trees in the Brazilian rainforest last year.")


def test_an_ambush_sprung_or_laid_on_a_column(nlp):
    assert has(events("Malian jihadists sprang an ambush on a Nigerien army column near the border."),
               "MLI", "NER", "19")
    assert has(events("Taliban fighters laid an ambush for a Pakistani army patrol near Chaman."), "AFG", "PAK", "19")


def test_border_guards_moved_onto_an_island_are_deployed(nlp):
    assert has(events("Vietnam moved border guards and patrol boats onto the island near China on Thursday."),
               "VNM", "CHN", "15")


def test_protesters_thronging_or_cramming_the_streets_demonstrate(nlp):
    assert has(events("Thai protesters thronged the streets of Bangkok on Sunday."), "THA", "THA", "14")
    assert has(events("Kenyan protesters crammed the main highway into Nairobi on Tuesday."), "KEN", "KEN", "14")


def test_missiles_splashing_down_off_a_coast_show_force(nlp):
    assert has(events("North Korean missiles splashed down off the coast of Japan on Tuesday."), "PRK", "JPN", "15")


def test_a_capsule_splashing_down_is_nothing(nlp):
    assert not events("The American space capsule splashed down off the coast of Florida on Sunday.")


def test_inspectors_accreditation_withdrawn_expels_them(nlp):
    found = events("Iran withdrew the accreditation of two IAEA inspectors on Monday.")
    assert ("IRN", "IGOUNOIAE", "166", True) in found


def test_an_answer_promised_to_an_attack_is_a_threat_of_force(nlp):
    assert has(events("Niger's army will answer this cowardly attack by Mali, the junta leader said."),
               "NER", "MLI", "13")


def test_reviewing_agreements_under_a_condition_threatens_relations(nlp):
    found = events("Hungary will review every agreement it has with Ukraine if its citizens are mistreated, "
                   "the prime minister said.")
    assert any(s.startswith("HUN") and t is not None and t.startswith("UKR") and code == "131"
               for s, t, code, _ in found)


def test_a_fishing_captain_held_by_coast_guard_officers(nlp):
    assert has(events("Chinese coast guard officers held a Vietnamese fishing captain for six hours."),
               "CHN", "VNM", "17")


def test_a_bomb_planted_by_a_group_is_aimed_at_whom_it_killed(nlp):
    assert has(events("A roadside bomb planted by Hezbollah killed an Israeli commander in south Lebanon."),
               "LBN", "ISR", "18")
    assert has(events("A rocket fired by Hamas militants hit an Israeli town on Monday."), "PSE", "ISR", "18")


def test_rebels_pushed_back_with_the_particle_after_the_object(nlp):
    assert has(events("Chadian troops pushed the Boko Haram fighters back."), "TCD", "NGA", "19")


def test_an_ambassador_ordered_home_from_a_capital_is_recalled(nlp):
    found = events("Armenia ordered its ambassador home from Moscow for consultations on Wednesday.")
    assert any(s.startswith("ARM") and t is not None and t.startswith("RUS") and code == "161" and f
               for s, t, code, f in found)


def test_judgement_told_to_an_envoy_is_aimed_at_the_envoy_s_side(nlp):
    found = events("China's vice foreign minister told the Japanese ambassador that the comments were a gross "
                   "interference in China's internal affairs.")
    assert has(found, "CHN", "JPN", "11")


def test_praise_told_to_a_counterpart_names_no_target(nlp):
    found = events("The French minister told his Italian counterpart that the talks were a success.")
    assert not any(code.startswith("05") and t is not None for _, t, code, _ in found)


def test_a_body_said_to_have_become_a_tool_of_repression_is_denounced(nlp):
    found = events("Mali's foreign minister said the U.N. Security Council had become a tool of neo-colonial "
                   "repression.")
    assert has(found, "MLI", "IGO", "11")


def test_boats_turned_back_are_stopped(nlp):
    assert has(events("Spanish coastguards turned away a Moroccan fishing boat."), "ESP", "MAR", "19")

