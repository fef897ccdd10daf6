"""The capital of a breakaway region names its separatist authorities: the state's rebels."""

from detente.pipeline import code_text


def _events(text: str) -> list[tuple[str, str | None, str, bool]]:
    return [(m.source.code, m.target.code if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date="2026-01-15")]


def test_state_accusing_separatist_capital_is_coded_against_its_rebels():
    assert ("GEO", "GEOREB", "112", True) in _events("Georgia accused Sukhumi of blocking the border crossing.")


def test_separatist_capital_as_target_of_a_state_body():
    events = _events("The Moldovan government criticized Tiraspol for closing the bridge.")
    assert any(s == "MDAGOV" and t == "MDAREB" and c.startswith("11") and f for s, t, c, f in events)


def test_people_in_a_separatist_capital_stay_the_states():
    events = _events("Protesters in Tiraspol denounced the Moldovan government.")
    assert ("MDAOPP", "MDAGOV", "111", True) in events
