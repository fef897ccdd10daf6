"""An indictment is a formal accusation of a crime (CAMEO 1121), not an arrest. Sentences are our own."""

from __future__ import annotations

from coding_cases import factual


def test_an_indictment_accuses_of_a_crime(nlp):
    found = factual("A U.S. federal grand jury indicted three Chinese military hackers on Monday for stealing "
                    "trade secrets.", codes=True)
    assert any(s.startswith("USA") and (t or "").startswith("CHN") and c == "1121" for s, t, c in found)
    assert not any(c.startswith("17") for _, _, c in found)
