"""A company named like a foreign-language form of a city ("Orano", the Esperanto and Italian form of Oran) is
no participant of that city's country."""

from __future__ import annotations

import pytest
from coding_cases import coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Niger's junta accused Orano of irresponsible conduct at the Arlit mine.",
    "NIAMEY, Dec 3 (Reuters) - Niger's military rulers accused Orano of looting the country's uranium.",
])
def test_an_accused_firm_with_a_city_like_name_is_no_state(text):
    found = coded(text)
    assert any(s.startswith("NER") and code.startswith("112") for s, _, code, _ in found)
    assert not any(t == "DZA" for _, t, _, _ in found)
