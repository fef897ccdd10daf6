"""Coding: parse → CAMEO mentions (codes, directions, compound actors, passive, coref,
intent, reported speech, evidence) and the verb lexicon files. Sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.coding import Coder
from detente.coding.lexicon import (
    NOUN_FILE,
    default_lexicon,
    load_verb_file,
    parse_derive_table,
    parse_meta_table,
    parse_noun_table,
    parse_verb_table,
    read_petrarch_verbs,
)
from detente.errors import DataFileError
from detente.records import Article


def code(nlp, text: str, date: str = "2025-06-01", coder: Coder | None = None):
    article = Article(id="t", paragraphs=[p for p in text.split("\n\n")], published=date)
    return (coder or Coder.default()).code_doc(nlp(article.text), article), article


def triples(mentions, factual_only: bool = True):
    return sorted((m.source.country, m.target.country if m.target else None, m.event_code)
                  for m in mentions if m.is_factual or not factual_only)


def test_direct_subject_verb_object(nlp):
    mentions, _ = code(nlp, "Germany condemned Iran on Tuesday.")
    assert triples(mentions) == [("DEU", "IRN", "111")]
    mention = mentions[0]
    assert mention.root_code == "11" and mention.quad_class == 3
    assert mention.goldstein < 0 and mention.plover_type is not None
    assert mention.date == "2025-06-01" and mention.doc_id == "t"


def test_prepositional_target_and_light_verb(nlp):
    mentions, _ = code(nlp, "The European Union imposed fresh sanctions on Belarus.")
    assert ("IGO", "BLR", "163") in triples(mentions)
    mentions, _ = code(nlp, "Pakistan launched an attack on India's border posts.")
    assert any(m.source.country == "PAK" and m.target.country == "IND" and m.root_code == "19" for m in mentions)


def test_compound_actors_meet_both_ways(nlp):
    mentions, _ = code(nlp, "Kenya and Ethiopia met in Nairobi on Monday.")
    got = {(m.source.country, m.target.country) for m in mentions if m.root_code == "04"}
    assert got == {("KEN", "ETH"), ("ETH", "KEN")}


def test_met_with_is_reciprocal(nlp):
    mentions, _ = code(nlp, "Poland's foreign minister met with his Lithuanian counterpart.")
    got = {(m.source.country, m.target.country) for m in mentions if m.root_code == "04"}
    assert ("POL", "LTU") in got


def test_passive_voice_swaps_roles(nlp):
    mentions, _ = code(nlp, "Two Australian journalists were arrested by Chinese police.")
    assert ("CHN", "AUS", "173") in triples(mentions)


def test_coreference_across_sentences(nlp):
    text = "Brazil's President held a press conference in Brasilia.\n\nLater he criticized Argentina sharply."
    mentions, _ = code(nlp, text)
    hits = [m for m in mentions if m.root_code == "11"]
    assert hits and hits[0].source.country == "BRA" and hits[0].target.country == "ARG"
    direct, _ = code(nlp, "Brazil criticized Argentina sharply.")
    assert hits[0].confidence < direct[0].confidence


def test_intent_derivation(nlp):
    mentions, _ = code(nlp, "Japan pledged to send humanitarian aid to Myanmar.")
    assert [m.event_code[:2] for m in mentions if m.is_factual] == ["03"]
    assert mentions[0].target.country == "MMR"
    will, _ = code(nlp, "The Indian prime minister will visit Egypt next month.")
    assert [(m.source.country, m.target.country, m.event_code) for m in will] == [("IND", "EGY", "036")]
    assert not will[0].hypothetical


def test_appeal_demand_threaten_refuse(nlp):
    appeal, _ = code(nlp, "Qatar urged Sudan to hold talks with the rebels.")
    assert ("QAT", "SDN", "026") in triples(appeal)
    threat, _ = code(nlp, "Venezuela threatened to attack Guyana.")
    assert [m.event_code for m in threat if m.is_factual] == ["138"]
    refuse, _ = code(nlp, "Turkey refused to meet the Greek delegation.")
    assert [m.event_code for m in refuse if m.is_factual] == ["125"]


def test_reported_speech_codes_the_reported_act(nlp):
    mentions, _ = code(nlp, "Officials in Kyiv said Russian troops attacked Ukrainian positions near Kharkiv.")
    assert triples(mentions) == [("RUS", "UKR", "190")]


def test_non_political_sentences_yield_nothing(nlp):
    for text in ("Real Madrid beat Barcelona 3-1 in a thrilling match on Sunday.",
                 "Apple reported record quarterly profits as iPhone sales rose.",
                 "Heavy rain is expected across the north of England this weekend.",
                 "A man was arrested after a burglary at a shop in Leeds."):
        mentions, _ = code(nlp, text)
        assert triples(mentions) == [], text


def test_evidence_offsets_match_article_text(nlp):
    text = "Storms hit the coast.\n\nChina and Russia signed an energy agreement in Moscow on Friday."
    mentions, article = code(nlp, text)
    assert mentions
    for mention in mentions:
        assert article.text[mention.verb_start:mention.verb_end] == mention.verb_text
        assert article.text[mention.sentence_start:mention.sentence_end] == mention.sentence
        assert article.text[mention.source.start:mention.source.end] == mention.source.text
        assert mention.sentence_index == 1
        assert mention.rule.startswith("verbs/")
    assert {m.event_code for m in mentions} == {"057"}
    assert mentions[0].location is not None and mentions[0].location.country == "RUS"
    assert mentions[0].location.lat == pytest.approx(55.75, abs=0.5)


def test_confidence_bands(nlp):
    direct, _ = code(nlp, "France expelled two Algerian diplomats.")
    assert direct and direct[0].confidence >= 0.8
    no_target, _ = code(nlp, "France condemned the decision.")
    assert all(m.confidence < 0.8 for m in no_target)


def test_petrarch_extra_verb_file(nlp, tmp_path: Path):
    verbs = tmp_path / "extra.verbs"
    verbs.write_text("--- SNUB   [120]  ---\nCOLDSHOULDER\n- * DELEGATION  [125]\n", encoding="utf-8")
    coder = Coder.with_extra(verbs=[verbs])
    entries = load_verb_file(verbs)
    assert {(e.verb, e.code) for e in entries} >= {("coldshoulder", "120")}
    assert any(e.objects == frozenset({"delegation"}) and e.code == "125" for e in entries)
    assert "coldshoulder" in coder.lexicon.verbs and "coldshoulder" not in default_lexicon().verbs


def test_detente_tsv_extra_verb_file(nlp, tmp_path: Path):
    verbs = tmp_path / "mine.tsv"
    verbs.write_text("verb\tparticle\tobject\tprep\tcode\tflags\nstonewall\t-\t-\t-\t128\t-\n", encoding="utf-8")
    coder = Coder.with_extra(verbs=[verbs])
    mentions, _ = code(nlp, "Serbia stonewalled Kosovo again.", coder=coder)
    assert ("SRB", "XKX", "128") in triples(mentions) or any(m.event_code == "128" for m in mentions)


def test_bad_lexicon_file_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("verb\tparticle\tobject\tprep\tcode\tflags\nmeet\t-\t-\t-\t040\t-\npraise\t-\t-\t-\t999\t-\n",
                   encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_verb_file(bad)
    assert info.value.line == 3 and str(bad) in str(info.value)
    with pytest.raises(DataFileError, match="header"):
        parse_verb_table("lemma\tcode\nmeet\t040\n", "x.tsv")
    with pytest.raises(DataFileError, match="same pattern as line 2"):
        parse_verb_table("verb\tparticle\tobject\tprep\tcode\tflags\nmeet\t-\t-\t-\t040\t-\n"
                         "meet\t-\t-\t-\t042\t-\n", "x.tsv")
    with pytest.raises(DataFileError, match="unknown flag"):
        parse_verb_table("verb\tparticle\tobject\tprep\tcode\tflags\nmeet\t-\t-\t-\t040\tboth\n", "x.tsv")
    with pytest.raises(DataFileError, match="no verb blocks"):
        read_petrarch_verbs("just words\n", "y.txt")
    with pytest.raises(DataFileError):
        parse_noun_table("noun\tmodifier\tverbs\tprep\tcode\tflags\nattack\t-\t*\ton\t19x\t-\n", NOUN_FILE)
    with pytest.raises(DataFileError, match="cannot read"):
        load_verb_file(tmp_path / "missing.verbs")
    with pytest.raises(DataFileError, match=r"m\.tsv:3: unknown flag\(s\) \['treaty'\]"):
        parse_meta_table("verb\tparticle\tkind\tflags\nagree\t-\tintent\taccord\nsign\t-\tintent\ttreaty\n", "m.tsv")
    assert parse_derive_table("kind\tcomplement\tcode\naccord\t087\t0871\n", "d.tsv")["accord"] == [("087", "0871")]


def test_packaged_lexicon_covers_every_root():
    lexicon = default_lexicon()
    roots = {e.code[:2] for entries in lexicon.verbs.values() for e in entries}
    roots |= {e.code[:2] for entries in lexicon.nouns.values() for e in entries}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}
    assert lexicon.derived_code("threaten", "163") == "1312"
    assert lexicon.derived_code("appeal", "046") == "026"
    assert lexicon.derived_code("refuse", None) == "120"


def test_group_and_located_sources(nlp):
    mentions, _ = code(nlp, "Thousands of Kenyans protested against Uganda on Monday.")
    assert ("KEN", "UGA", "141") in triples(mentions)
    mentions, _ = code(nlp, "Opposition groups in Belarus demanded that Lithuania close its border.")
    assert any(m.source.country == "BLR" and m.target.country == "LTU" and m.root_code == "10" for m in mentions)


def test_domestic_protest_targets_own_government(nlp):
    mentions, _ = code(nlp, "Chilean students staged a mass demonstration.")
    assert [(m.source.country, m.target.code) for m in mentions] == [("CHL", "CHLGOV")]
    assert mentions[0].confidence < 0.8


def test_role_actor_takes_the_country_of_the_place(nlp):
    mentions, _ = code(nlp, "Militants attacked a police station in Peshawar.")
    assert mentions and mentions[0].target is not None and mentions[0].target.country == "PAK"


def test_denial_is_coded_towards_the_denied_acts_target(nlp):
    mentions, _ = code(nlp, "Morocco denied shelling Algerian border posts.")
    denial = [m for m in mentions if m.event_code == "016"]
    assert denial and denial[0].target.country == "DZA" and denial[0].is_factual
    assert all(m.negated for m in mentions if m.root_code == "19")


def test_willingness_is_intent(nlp):
    mentions, _ = code(nlp, "Norway would be ready to host talks between Colombia and the rebels.")
    assert any(m.source.country == "NOR" and m.root_code == "03" and m.is_factual for m in mentions)


def test_symmetric_lists_pair_every_member(nlp):
    mentions, _ = code(nlp, "Argentina, Brazil and Uruguay signed a trade agreement in Montevideo.")
    pairs = {(m.source.country, m.target.country) for m in mentions if m.event_code == "057"}
    assert pairs == {(a, b) for a in ("ARG", "BRA", "URY") for b in ("ARG", "BRA", "URY") if a != b}


def test_definite_act_noun_refers_back_to_the_earlier_act(nlp):
    text = "Peru demanded that Bolivia withdraw its ambassador.\n\nBolivia rejected the demand on Tuesday."
    mentions, _ = code(nlp, text)
    reply = [m for m in mentions if m.root_code == "12"]
    assert reply and reply[0].source.country == "BOL" and reply[0].target.country == "PER"
    assert reply[0].sentence_index == 1 and not reply[0].sentence.endswith("\n")


def test_extra_actor_file_reaches_the_coder(nlp, tmp_path: Path):
    actors = tmp_path / "mine.actors"
    actors.write_text("ACME_LIBERATION_FRONT_ [FRAREB]\n", encoding="utf-8")
    coder = Coder.with_extra(actors=[actors])
    mentions, _ = code(nlp, "The Acme Liberation Front attacked Belgian soldiers.", coder=coder)
    assert [(m.source.code, m.target.country) for m in mentions] == [("FRAREB", "BEL")]
    plain, _ = code(nlp, "The Acme Liberation Front attacked Belgian soldiers.")
    assert not any(m.source.code == "FRAREB" for m in plain)


def test_judgements_and_purpose_clauses(nlp):
    mentions, _ = code(nlp, "Mexico imposed tariffs on Chinese steel.\n\nBeijing called the move unjustified.")
    judged = [m for m in mentions if m.sentence_index == 1]
    assert [(m.source.country, m.target.country, m.event_code) for m in judged] == [("CHN", "MEX", "111")]
    purpose, _ = code(nlp, "The Indonesian president flew to Canberra to meet Australia's prime minister.")
    meet = [m for m in purpose if m.event_code == "040"]
    assert meet and all(m.hypothetical for m in meet)
    assert any(m.event_code == "042" and m.is_factual for m in purpose)


def test_armed_groups_take_hostages_rather_than_arrest(nlp):
    mentions, _ = code(nlp, "Houthi rebels detained six Yemeni aid workers in Sanaa.")
    assert [m.event_code for m in mentions] == ["181"]


def test_both_sides_are_the_articles_two_parties(nlp):
    text = ("Ghana accused Togo of harbouring rebels.\n\nTogo denied the charge and criticized Ghana.\n\n"
            "The two governments later held talks in Lome.")
    mentions, _ = code(nlp, text)
    talks = {(m.source.country, m.target.country) for m in mentions if m.sentence_index == 2}
    assert talks == {("GHA", "TGO"), ("TGO", "GHA")}


@pytest.mark.parametrize("text, pair, event", [
    ("Modi's meeting with Xi in Kazan lasted an hour.", ("IND", "CHN"), "040"),
    ("The Erdogan-Putin summit in Sochi produced no agreement.", ("TUR", "RUS"), "040"),
    ("Russian-Ukrainian talks resumed in Istanbul.", ("RUS", "UKR"), "046"),
    ("A phone call between Macron and Zelensky focused on air defence.", ("FRA", "UKR"), "041"),
])
def test_nominal_consultations_with_their_parties(nlp, text, pair, event):
    mentions, _ = code(nlp, text)
    got = {(m.source.country, m.target.country, m.event_code) for m in mentions if m.is_factual and m.target}
    assert (pair[0], pair[1], event) in got and (pair[1], pair[0], event) in got
    # nouns are weaker evidence than verbs
    assert all(m.confidence < 0.9 for m in mentions)


def test_unrealised_nominal_events_are_not_facts(nlp):
    for text in ("The planned summit between Japan and South Korea was postponed.",
                 "Egypt is pushing for a meeting between Netanyahu and Abbas.",
                 "Pakistan rejected an offer from India for direct talks between the two countries.",
                 "The summit between Japan and South Korea will take place in May."):
        mentions, _ = code(nlp, text)
        assert not [m for m in mentions if m.root_code == "04" and m.is_factual], text
        # ... and never turned into someone's stated intent (036)
        assert not [m for m in mentions if m.event_code == "036"], text


def test_present_tense_time_clause_is_not_yet_an_event(nlp):
    mentions, _ = code(nlp, "The report comes a week before Scholz travels to Beijing.")
    assert not [m for m in mentions if m.is_factual]
    mentions, _ = code(nlp, "Scholz travelled to Beijing before he met Xi.")
    assert ("DEU", "CHN", "042") in triples(mentions)


def test_speech_pronoun_is_the_speaker(nlp):
    mentions, _ = code(nlp, "Washington, which works closely with Riyadh and Cairo, said it was ready to "
                            "send aid to Sudan.")
    assert {m.source.country for m in mentions if m.root_code == "03"} == {"USA"}


@pytest.mark.parametrize("text, source, code_prefix", [
    ("A Kenyan court ordered the opposition leader to appear before judges.", "KEN", "10"),
    ("Kenya ordered Somalia to withdraw its troops from the border.", "KEN", "1056"),
    ("Turkey eased emergency measures in the southeast.", "TUR", "081"),
    ("Japan expressed concern over North Korea's missile launches.", "JPN", "012"),
    ("Colombian rebels laid down their weapons.", "COL", "0873"),
    ("Ghana wrote off Togo's debt.", "GHA", "071"),
    ("Russia halted its offensive against Ukraine.", "RUS", "087"),
    ("Uganda paid tribute to Tanzania.", "UGA", "051"),
])
def test_codebook_vocabulary(nlp, text, source, code_prefix):
    mentions, _ = code(nlp, text)
    assert any(m.source.country == source and m.event_code.startswith(code_prefix) for m in mentions), \
        [(m.source.code, m.event_code) for m in mentions]


def test_intents_and_refusals_of_domestic_acts_stay_domestic(nlp):
    mentions, _ = code(nlp, "The Algerian president threatened to impose a curfew in the capital.")
    assert [(m.source.country, m.target.country, m.event_code) for m in mentions if m.is_factual] \
        == [("DZA", "DZA", "132")]
    mentions, _ = code(nlp, "Colombian rebels laid down their weapons.")
    assert [(m.source.country, m.target.country) for m in mentions] == [("COL", "COL")]


def test_protest_purpose_clause_is_not_a_second_protest(nlp):
    mentions, _ = code(nlp, "Thousands of Kenyans marched in Nairobi to protest the new tax.")
    assert len([m for m in mentions if m.root_code == "14"]) == 1


def test_judgement_in_reported_speech(nlp):
    mentions, _ = code(nlp, "Germany said Russia's decision was illegal.")
    assert ("DEU", "RUS", "111") in triples(mentions)
    # an act noun without a named owner says nothing about whom the speaker criticises
    mentions, _ = code(nlp, "France said the attack on the convoy was unacceptable.")
    assert not [m for m in mentions if m.root_code == "11"]
    # the judging noun may name the doer: "a provocation by Minsk"
    mentions, _ = code(nlp, '"The flight was a reckless provocation by Minsk," the Lithuanian foreign minister said.')
    assert ("LTU", "BLR", "111") in triples(mentions)
    mentions, _ = code(nlp, "Chile said the landing was a violation of its airspace by Argentina.")
    assert ("CHL", "ARG", "112") in triples(mentions)


def test_partner_hung_on_the_medium(nlp):
    mentions, _ = code(nlp, "Olaf Scholz spoke by phone with Emmanuel Macron on Sunday.")
    assert {(m.source.country, m.target.country) for m in mentions if m.root_code == "04"} \
        == {("DEU", "FRA"), ("FRA", "DEU")}
    # the phone call is how they talked, not a second event
    mentions, _ = code(nlp, "Kenya and Uganda discussed the border in a phone call.")
    assert len([m for m in mentions if m.root_code == "04"]) == 2


def test_what_was_sent_is_read_through_its_measure(nlp):
    mentions, _ = code(nlp, "Egypt sent a message of condolence to Morocco.")
    assert ("EGY", "MAR", "018") in triples(mentions)
    mentions, _ = code(nlp, "Norway sent two frigates toward Svalbard.")
    assert any(m.event_code == "154" for m in mentions)


def test_condition_names_the_threatened_party(nlp):
    mentions, _ = code(nlp, "Russia threatened to stop negotiations if the United States deploys new missiles.")
    assert ("RUS", "USA", "134") in triples(mentions)


def test_mass_expulsion_and_cyber_vocabulary(nlp):
    mentions, _ = code(nlp, "Myanmar's army expelled more than 2,000 Rohingya villagers to Bangladesh.")
    assert any(m.event_code == "201" for m in mentions)
    mentions, _ = code(nlp, "Myanmar expelled two Bangladeshi diplomats.")
    assert not any(m.event_code == "201" for m in mentions)
    mentions, _ = code(nlp, "North Korean hackers hacked into the computers of South Korean officials.")
    assert any(m.root_code == "17" and m.target and m.target.country == "KOR" for m in mentions)


@pytest.mark.parametrize("text", [
    "Paris Saint-Germain attacked relentlessly against Lyon in the league match.",
    "Real Madrid crushed Barcelona 4-0 on Sunday.",
    "India destroyed Pakistan by eight wickets in Ahmedabad.",
])
def test_sport_is_not_political_violence(nlp, text):
    mentions, _ = code(nlp, text)
    assert not [m for m in mentions if m.root_code in ("17", "18", "19", "20")]


@pytest.mark.parametrize("text", [
    "Zimbabwean police detained two human rights defenders in Harare on Monday.",
    "Bangladesh imposed a curfew on Gopalganj after clashes between police and Awami League supporters.",
])
def test_one_word_shared_by_sport_and_politics_is_no_sport(nlp, text):
    mentions, _ = code(nlp, text)
    assert [m for m in mentions if m.root_code in ("17", "18", "19", "20")]


def test_context_table_is_validated():
    from detente.coding.lexicon import parse_context_table

    assert "wickets" in parse_context_table("word\tdomain\nwickets\tsport\n", "x.tsv")["sport"]
    with pytest.raises(DataFileError, match="x.tsv.*2|line 2"):
        parse_context_table("word\tdomain\nwickets\tweather\n", "x.tsv")


def test_roles_in_domestic_acts_take_the_other_sides_country(nlp):
    mentions, _ = code(nlp, "The Mozambique government accepted demands from rebels that it hold elections.")
    assert ("MOZ", "MOZ", "083") in triples(mentions)
    # a foreign act keeps the unknown side unknown
    mentions, _ = code(nlp, "Ukraine attacked militants.")
    assert not [m for m in mentions if m.target is not None and m.target.country == "UKR"]


def test_both_sides_of_a_civil_war_are_its_country(nlp):
    text = ("Fighting between Sudan's army and the RSF continued in Darfur.\n\n"
            "The UN envoy said he had held talks with both sides.")
    mentions, _ = code(nlp, text)
    assert any(m.root_code == "04" and m.target is not None and m.target.country == "SDN" for m in mentions)


def test_announced_attack_is_one_threat_per_speaker(nlp):
    mentions, _ = code(nlp, "Obama and Putin said they will attack Iraq.")
    assert sorted((m.source.country, m.target.country, m.event_code) for m in mentions if m.is_factual) \
        == [("RUS", "IRQ", "138"), ("USA", "IRQ", "138")]


def test_helping_someone_do_something_is_not_aid(nlp):
    mentions, _ = code(nlp, "A Kenyan court jailed a Ugandan man for helping militants join a group in Somalia.")
    assert not [m for m in mentions if m.root_code == "07"]
    mentions, _ = code(nlp, "Japan helped Vietnam after the floods.")
    assert ("JPN", "VNM", "070") in triples(mentions)


def test_denial_answers_the_actor_the_speaker_turns_on(nlp):
    mentions, _ = code(nlp, "Hamas denied violating the truce and accused Israel of inventing pretexts.")
    denial = [m for m in mentions if m.event_code == "016"]
    assert denial and denial[0].target is not None and denial[0].target.country == "ISR"
    assert denial[0].confidence < 0.9  # the target is inferred, not the denied act's own


def _all_pairs(mentions):
    return {(m.source.country, m.target.country if m.target else None, m.event_code) for m in mentions}


def test_denial_answers_the_named_accuser(nlp):
    mentions, _ = code(nlp, "Hungary denied that Budapest had sold weapons to Russia, as alleged by Ukrainian "
                            "officials.")
    assert ("HUN", "UKR", "016") in _all_pairs(mentions)
    mentions, _ = code(nlp, "Venezuela denied sending troops across the border after Guyana accused it of "
                            "doing so.")
    assert ("VEN", "GUY", "016") in _all_pairs(mentions)
    # no accuser named: the denial still concerns the denied act's target
    mentions, _ = code(nlp, "Iran denied supplying drones to Russia.")
    assert ("IRN", "RUS", "016") in _all_pairs(mentions)


def test_possessed_domestic_act_keeps_its_implied_target(nlp):
    mentions, _ = code(nlp, "Farmers in France continued their hunger strike.")
    assert triples(mentions) == [("FRA", "FRA", "142")]


def test_show_of_force_answers_the_provoker(nlp):
    mentions, _ = code(nlp, "Poland scrambled its aircraft after Russia launched missiles at western Ukraine.")
    assert ("POL", "RUS", "150") in _all_pairs(mentions)
    mentions, _ = code(nlp, "Colombia mobilised troops along its border after Venezuelan soldiers crossed into "
                            "its territory.")
    assert ("COL", "VEN", "154") in _all_pairs(mentions)


def test_a_meeting_still_to_be_scheduled_is_not_a_fact(nlp):
    from detente.coding import Coder
    from detente.records import Article

    text = "The two governments could not agree on a date for a meeting between President Lula and President Milei."
    article = Article(id="sched", paragraphs=[text], published="2025-05-02")
    mentions = Coder.default().code_doc(nlp(text), article)
    meetings = [m for m in mentions if m.root_code == "04"]
    assert meetings and all(m.hypothetical or m.negated for m in meetings)


def test_officials_in_two_capitals_are_two_sources(nlp):
    from detente.coding import Coder
    from detente.records import Article

    text = "Officials in Beijing and Washington criticized the decision by Japan to expand its fleet."
    article = Article(id="two", paragraphs=[text], published="2025-06-02")
    sources = {m.source.code[:3] for m in Coder.default().code_doc(nlp(text), article) if m.root_code == "11"}
    assert {"CHN", "USA"} <= sources


def test_a_coder_fault_on_one_sentence_keeps_the_rest_of_the_article(nlp, monkeypatch, caplog):
    from detente.coding import Coder
    from detente.records import Article

    coder = Coder.default()
    real = coder.clauses.code_sentence

    def faulty(sent):
        if "Tokyo" in sent.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(sent)

    monkeypatch.setattr(coder.clauses, "code_sentence", faulty)
    text = "Japan protested to China on Monday. Tokyo summoned the envoy. Russia expelled two British diplomats."
    article = Article(id="a1", paragraphs=[text], published="2025-06-01")
    with caplog.at_level("WARNING"):
        mentions = coder.code_doc(nlp(text), article)
    assert {(m.source.country, m.root_code) for m in mentions} >= {("JPN", "11"), ("RUS", "16")}
    assert "article a1 sentence 1: not coded (RecursionError" in caplog.text


def test_british_lorries_carry_aid_like_trucks(nlp):
    mentions, _ = code(nlp, "Egyptian authorities let 60 lorries of flour into Gaza through Rafah on Friday.")
    assert any(m.event_code == "0863" and m.target is not None and m.target.country == "PSE" for m in mentions)
