"""The coder's post-passes read how a mention was reached from its traits, not from the spelling of its
rule (the evidence trail). Sentences are our own."""

from __future__ import annotations

from detente.coding.lexicon import default_lexicon
from detente.coding.yielded import yielded_agreements
from detente.pipeline import code_text
from detente.records import ActorRef, Mention, Trait


def _mention(source: str, target: str | None, code: str, rule: str, traits: Trait = Trait(0)) -> Mention:
    return Mention("d", 0, "s", 0, ActorRef(source, source, ""), ActorRef(target, target, "") if target else None,
                   code, code[:2], 1, 0.0, rule=rule, traits=traits)


def test_agreeing_entries_carry_the_agreement_trait():
    lexicon = default_lexicon()
    assert all(Trait.AGREEMENT in e.traits and Trait.COMPOSED in e.traits for e in lexicon.meta["agree"])
    assert all(Trait.AGREEMENT in e.traits for e in lexicon.verbs["agree"])
    assert not any(Trait.AGREEMENT in e.traits for e in lexicon.verbs["meet"])


def test_composed_agreement_is_marked_on_the_mention(nlp):
    found = [m for m in code_text("Malawi's government agreed on Friday to hold talks with Zambia.",
                                  date="1992-03-01") if m.is_factual and m.source.country == "MWI"]
    assert found and all(Trait.AGREEMENT | Trait.COMPOSED in m.traits for m in found)
    assert all(m.event_code.startswith("03") for m in found)


def test_yield_recodes_by_trait_whatever_the_rule_says():
    yielded = _mention("MWI", None, "080", "bowed")
    agreed = _mention("MWI", "ZMB", "0354", "renamed rule", Trait.AGREEMENT)
    out = yielded_agreements([agreed, yielded])
    assert [(m.source.country, m.target.country if m.target else None, m.event_code) for m in out] == [
        ("MWI", "ZMB", "085")]
    # a rule that merely spells "agree" is no agreement
    spelled = _mention("MWI", "ZMB", "0354", "verbs/x.tsv:1 agree")
    assert [m.event_code for m in yielded_agreements([spelled, yielded])] == ["0354", "080"]


def test_denied_act_and_denial_are_marked(nlp):
    mentions = code_text("Rwanda denied sending troops to eastern Congo.", date="2012-07-01")
    denial = next(m for m in mentions if m.event_code == "016")
    assert denial.source.country == "RWA" and denial.target is not None and denial.target.country == "COD"
    assert Trait.DENIAL_OF in denial.traits and Trait.COMPOSED in denial.traits
    assert any(m.negated and Trait.DENIED in m.traits for m in mentions if m is not denial)
