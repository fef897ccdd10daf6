"""Insurgencies, separatist fronts and peoples of one state (current_actors.tsv):
each is coded as its state's, whatever place the sentence names. Sentences are our own."""

from __future__ import annotations

import pytest
from coding_cases import factual


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Thailand's army chief urged the BRN on Monday to return to the peace talks.", "2019-03-04",
     ("THAMIL", "THAREB", "02")),
    ("Iraqi troops raided a camp of the People's Mujahedin north of Baghdad on Friday.", "2011-04-08",
     ("IRQMIL", "IRNREB", "19")),
    ("The FLNKS rejected the French government's proposal on Thursday.", "2024-05-16", ("NCLOPP", "FRAGOV", "12")),
    ("Seleka fighters attacked a church in Bangui on Sunday.", "2014-05-25", ("CAFREB", None, "1")),
])
def test_front_is_coded_as_its_states(nlp, text, date, expected):
    source, target, code = expected
    found = factual(text, date=date, codes=True)
    assert any(src == source and (target is None or tgt == target) and c.startswith(code)
               for src, tgt, c in found), found


def test_people_of_a_separatist_region_are_its_states(nlp):
    found = factual("A Kanak militant shot dead a gendarme near Houailou on Thursday.", date="1988-05-05", codes=True)
    assert any(src == "NCLREB" and tgt == "NCLCOP" and code[:2] in ("18", "19") for src, tgt, code in found), found
