"""Parse repair: a passive verb's "by" agent the parser hung on a phrase between them. Sentences are our own."""

from __future__ import annotations

from detente.pipeline import code_text


def events(text: str) -> set[tuple[str, str | None, str, bool]]:
    return {(m.source.country, m.target.country if m.target else None, m.event_code, m.is_factual)
            for m in code_text(text, date="2025-06-01")}


def agent_of(doc, verb_lemma: str) -> str | None:
    verb = next(t for t in doc if t.lemma_ == verb_lemma)
    return next((o.text for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def test_by_after_a_place_phrase_is_the_shooters(nlp):
    doc = nlp("A Palestinian reporter was shot dead near the checkpoint by Israeli soldiers.")
    assert agent_of(doc, "shoot") == "soldiers"
    assert ("ISR", "PSE", "190", True) in events(doc.text)


def test_by_after_an_infinitive_object_names_who_ordered(nlp):
    doc = nlp("Three Estonian diplomats were ordered to leave the country by the Russian foreign ministry.")
    assert agent_of(doc, "order") == "ministry"
    assert ("RUS", "EST", "161", True) in events(doc.text)


def test_by_after_a_source_phrase_names_who_drove_them_out(nlp):
    doc = nlp("Thousands of Rohingya villagers were driven out of the border camp by Myanmar troops after days of shelling.")
    assert agent_of(doc, "drive") == "troops"
    assert any(s == "MMR" and c.startswith("20") for s, _, c, _ in events(doc.text))


def test_by_after_a_mediation_noun_stays_its_doer(nlp):
    doc = nlp("Two Filipino sailors were freed on Monday after mediation by Oman.")
    assert agent_of(doc, "free") is None
    got = events(doc.text)
    assert ("OMN", None, "045", True) in got
    assert not any(s == "OMN" and c.startswith("08") for s, _, c, _ in got)


def test_by_on_a_noun_with_its_own_object_stays_there(nlp):
    doc = nlp("Two generals were dismissed for the killing of protesters by the police.")
    assert agent_of(doc, "dismiss") is None
    assert next(t for t in doc if t.lower_ == "by").head.lower_ == "killing"


def test_a_deadline_is_not_an_agent(nlp):
    doc = nlp("The rebels were told to leave the town by Friday.")
    assert agent_of(doc, "tell") is None


def test_by_after_a_target_phrase_goes_to_the_event_noun(nlp):
    doc = nlp("Two Congolese villages were burned in an assault on Masisi district by M23 rebels.")
    by = next(t for t in doc if t.lower_ == "by")
    assert by.head.lower_ == "assault" and by.dep_ == "prep"


def test_a_modified_forces_is_a_doer_not_a_means(nlp):
    doc = nlp("The Ukrainian grain ship was hit with a missile by Russian forces off Odesa.")
    assert agent_of(doc, "hit") == "forces"
    assert any(s == "RUS" and t == "UKR" and c.startswith("19") for s, t, c, _ in events(doc.text))


def test_a_leaders_own_security_detail_shares_his_country_and_kills_him_by_assassination():
    got = events("Head of state Idriss Deby was shot dead by a member of his own security detail while giving a speech.")
    assert ("TCD", "TCD", "186", True) in got


def test_a_presidents_bodyguards_are_his_countrys_security_forces():
    got = events("Chad's president was shot dead by one of his bodyguards.")
    assert ("TCD", "TCD", "186", True) in got
