"""Places taken by force: capturing, seizing or retaking a town is military occupation (192).

The lexicon codes "captured the town of X" by its head noun; a bare place name ("troops captured
Kilinochchi", "rebels seized Timbuktu"), a place named by a noun the lexicon lists for other acts ("took the
rebels' de facto capital"), or control of a place ("regained control of Khartoum airport from the RSF")
tells the same conquest. Seizing a company, a ship or a cargo stays confiscation (1711).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.gazetteer import PLACE_LABELS, gazetteer
from detente.coding.lexicon import WORD_SETS, word_classes
from detente.coding.modality import clause_modality
from detente.coding.roles import kids

# verbs of taking a place by force ("take" only with a place: "took Kunduz", not "took part")
CONQUEST_VERBS = frozenset({"capture", "seize", "take", "retake", "recapture", "overrun", "regain", "wrest",
                            "reclaim", "conquer", "liberate"})
# verbs that take a place only as control of it ("regained control of the airport")
CONTROL_VERBS = frozenset({"regain", "seize", "gain", "retake", "reassert", "reestablish", "re-establish", "win",
                           "assume", "establish", "take"})
# nouns naming a place held or fought over ("the rebels' de facto capital", "the provincial capital")
# ("took the post", "took a position" are a job and a stance)
HELD_PLACES = (WORD_SETS["settlement_nouns"]
               | frozenset({"stronghold", "hideout", "camp", "base", "outpost", "capital", "city", "town", "airport",
                            "airfield", "airbase", "port", "harbour", "harbor", "garrison", "bastion", "territory",
                            "island", "islet", "enclave", "province", "region", "district", "hill", "heights",
                            "bridge", "crossing", "pass", "checkpoint", "barracks", "palace", "headquarters",
                            "compound"}))
# subjects that take places at the ballot box, not by force ("Democrats captured Virginia")
VOTE_WORDS = frozenset({"vote", "election", "poll", "ballot", "seat", "primary", "race", "constituency"})


def conquest(verb: Token, subjects: list[Token], obj: Token | None, penalty: float) -> Act | None:
    """ "Sri Lankan troops captured Kilinochchi", "regained control of Khartoum airport from the RSF": a
    place taken by force that the lexicon did not know for one.

    Args:
        verb: The clause's verb.
        subjects: The clause's subject heads.
        obj: The clause's object head.
        penalty: The confidence penalty of the clause roles.

    Returns:
        The occupation act (192) against the place (or whoever it was taken from), or None.
    """
    if obj is None or verb.lemma_.lower() not in CONQUEST_VERBS | CONTROL_VERBS \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "force to take Greenland" tells an aim, not a place taken
    place = taken_place(verb, obj)
    if place is None or place is obj and verb.lemma_.lower() not in CONQUEST_VERBS:
        return None
    losers = [o for p in kids(verb, ("prep",)) if p.lower_ == "from" for o in kids(p, ("pobj",))]
    # "the provincial capital of Kunduz", "the town, Debre Tabor": the name of a place told by a common noun
    named = [n for n in (*kids(place, ("appos",)), *(o for p in kids(place, ("prep",)) if p.lower_ == "of"
                                                     for o in kids(p, ("pobj",)))) if n.pos_ == "PROPN"]
    return Act(verb, "192", f"{verb.lemma_.lower()} (a place taken by force)", [verb.i, obj.i], subjects,
               losers or named or [place], modality=clause_modality(verb), penalty=penalty + 0.1)


def conquest_code(code: str, verb: Token, obj: Token | None) -> str:
    """192 for a place seized or captured ("rebels seized Timbuktu", "seized control of the airport") that
    the lexicon coded as confiscation (1711); else ``code``."""
    if code.startswith("1711") and obj is not None and verb.lemma_.lower() in CONQUEST_VERBS | CONTROL_VERBS \
            and taken_place(verb, obj) is not None:
        return "192"
    return code


def taken_place(verb: Token, obj: Token) -> Token | None:
    """The place ``obj`` names as taken: itself ("Kilinochchi", "the capital") or the place of "control of
    X"; None for anything else, or when the clause tells an election won."""
    if any(t.lemma_.lower() in VOTE_WORDS for t in verb.sent):
        return None
    if obj.lemma_.lower() == "control":
        obj = next((o for p in kids(obj, ("prep",)) if p.lower_ == "of" for o in kids(p, ("pobj",))), None)
        if obj is None:
            return None
    if obj.lemma_.lower() in HELD_PLACES:
        return obj
    if obj.pos_ != "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP") \
            or any(t.lemma_.lower() in word_classes()["vessel"] for t in obj.subtree):
        return None  # "seized the tanker Vyborg Star", "took over the Sea Falcon, an oil tanker": a ship
    # the whole name ("Debre Tabor"), as the gazetteer knows it, when the tagger missed it for a place
    name = next((e.text for e in obj.sent.ents if e.start <= obj.i < e.end), obj.text)
    places = gazetteer()
    return obj if obj.ent_type_ in PLACE_LABELS or places.candidates(name) or places.towns(name) else None
