"""Money or goods put into a project rather than given to a party: "the government allocated $3 million for the
construction of a stadium", "the ministry earmarked 20 million euros for road repairs", "set aside funds to
build a hospital". CAMEO's aid (07) is help one party gives another; a budget line for works names no recipient,
so it is no event unless the sentence names a party or place the works are for ("for the reconstruction of
Gaza", "for Syrian refugees", "a hospital in Gulu" stay coreference's and inference's to code)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.lexicon import WORD_SETS
from detente.coding.parsecache import children
from detente.coding.roles import preps_of

PROJECT_NOUNS = WORD_SETS["project_nouns"]
PROJECT_VERBS = WORD_SETS["project_verbs"]
# entity types that name a party or a place the works are for
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def _names_party(token: Token) -> bool:
    return any(t.ent_type_ in PARTY_ENTS for t in token.subtree)


def _project(token: Token) -> bool:
    """Whether ``token`` (a "for"/"to" object or the verb of a purpose clause) names works and no party."""
    word = token.lemma_.lower()
    works = word in PROJECT_NOUNS if token.pos_ in ("NOUN", "PROPN") else word in PROJECT_VERBS
    return works and not _names_party(token)


def funds_a_project(act: Act) -> bool:
    """Whether an act of aid only puts money or goods into works (see the module docstring).

    Args:
        act: A coded act.

    Returns:
        True for an act of CAMEO root 07 whose verb names nothing it is for but works that name no party or
        place ("allocated $3 million for the construction of a stadium", "earmarked funds to build roads"),
        False otherwise (and for "allocated $5 million for the reconstruction of Gaza").
    """
    if act.root != "07" or act.anchor.pos_ != "VERB":
        return False
    verb = act.anchor
    meant = [p for prep in ("for", "to") for p in preps_of(verb).get(prep, [])]
    # "set aside funds to build a hospital", "allocated money for building roads": a purpose clause
    meant += [c for c in children(verb) if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"]
    meant += [c for f in children(verb) if f.lower_ == "for" for c in children(f) if c.dep_ == "pcomp"]
    meant += [c for o in children(verb) if o.dep_ == "dobj" for c in children(o)
              if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
              or c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in children(c))]
    meant = [next((g for g in children(m) if g.dep_ == "pobj"), m) if m.dep_ == "prep" else m for m in meant]
    parties = [t for t in act.targets if t not in meant and t.pos_ in ("PROPN", "PRON") or t.ent_type_ in PARTY_ENTS]
    return bool(meant) and not parties and all(_project(m) for m in meant)
