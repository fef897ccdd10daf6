"""Descriptions that are not news acts: a clause on part of a group ("most of them captured last year"),
a noun "plans" the parser reads as a verb in a talk's topic, and talks that are the purpose of an only
planned trip. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def codes(text: str, date: str = "2026-05-12") -> set[tuple[str, str | None, str]]:
    return {(m.source.country, m.target.country if m.target else None, m.root_code)
            for m in code_text(text, date=date) if m.is_factual}


def test_a_clause_on_part_of_a_group_describes_its_members(nlp):
    got = codes("The Ukrainian soldiers, most of them captured by Russian forces during fighting last year, "
                "looked thin, witnesses said.")
    assert not {c for c in got if c[2] in ("17", "18", "19")}


def test_a_clause_on_many_of_whom_describes_them(nlp):
    got = codes("Ukraine welcomed home 90 soldiers, many of whom were captured by Russian troops in Mariupol.")
    assert not {c for c in got if c[2] == "17"}


def test_a_capture_that_is_the_news_is_kept(nlp):
    got = codes("Congolese soldiers captured by M23 rebels on Tuesday were paraded in Goma.")
    assert any(c[0] == "COD" and c[2] == "18" for c in got)


def test_plans_in_what_leaders_talked_about_is_a_topic(nlp):
    got = codes("The Armenian and Azerbaijani leaders also talked about trade and plans to reopen rail links.")
    assert not {c for c in got if c[2] == "03"}


def test_talks_on_a_planned_trip_add_no_meeting(nlp):
    got = codes("Pakistan's foreign minister plans to visit Kabul next week for talks with Taliban officials.")
    assert ("PAK", "AFG", "03") in got
    assert not {c for c in got if c[2] == "04"}


def test_a_record_released_by_officials_is_described_not_released(nlp):
    got = codes("Ukraine's army did not comment, and the figures released by Russian officials could not be verified.")
    assert not {c for c in got if c[2] == "01"}


def test_releasing_a_statement_is_still_coded(nlp):
    got = codes("The Russian foreign ministry released a statement on the talks on Monday.")
    assert any(c[0] == "RUS" and c[2] == "01" for c in got)


def test_a_contact_clause_with_its_own_speaker_is_still_a_statement(nlp):
    got = codes("Niger accused Benin of massing troops on the border, a charge the Beninese government called absurd.")
    assert ("BEN", "NER", "01") in got
