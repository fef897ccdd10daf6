"""Shows of force (CAMEO 150) no lexicon row can tell apart from harmless look-alikes.

"China's army, navy and rocket force surrounded Taiwan in large-scale drills", "the fleet encircled the
island during manoeuvres": war games staged around another party demonstrate military power against it,
not a siege (191), since nobody is cut off. "A Venezuelan patrol boat entered Guyanese waters": a state's
vessel entering waters named for another party shows force against that party; a fishing boat straying
into "restricted waters" does not, nor does "any warship that entered" (a condition, not an event).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.deliveries import aid_arrival
from detente.coding.lexicon import Lexicon
from detente.coding.modality import clause_modality
from detente.coding.nominals import party_modifiers
from detente.coding.refuges import mission_refuge
from detente.coding.roles import kids
from detente.coding.supplied import goods_from, supplied_goods

# verbs of closing in around a party
ENCIRCLING_VERBS = frozenset({"surround", "encircle", "ring", "envelop"})
# what the encirclement is done in or during
EXERCISE_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "wargame", "war-game", "game"})
EXERCISE_PREPS = frozenset({"in", "during", "with", "as"})
# verbs of a vessel going into waters
ENTERING_VERBS = frozenset({"enter", "intrude", "violate", "penetrate", "breach"})
# vessels that go about their own business, not a state's
CIVIL_VESSELS = frozenset({"fishing", "fisherman", "trawler", "merchant", "cargo", "tanker", "freighter", "yacht",
                           "ferry", "cruise", "migrant", "tourist", "smuggler", "smuggling"})
ANY_WORDS = frozenset({"any", "every"})


def drilled_around(verb: Token, subjects: list[Token], obj: Token | None, penalty: float) -> Act | None:
    """ "surrounded Taiwan in large-scale drills": a show of force (150) by the drilling forces against
    the party encircled.

    Args:
        verb: The clause's verb.
        subjects: Its subject heads.
        obj: Its direct object, the party encircled.
        penalty: Confidence deductions so far.

    Returns:
        The act, or None when the verb encircles no party by exercises.
    """
    if verb.lemma_.lower() not in ENCIRCLING_VERBS or obj is None or obj.pos_ != "PROPN" or not subjects:
        return None
    exercises = [o for p in kids(verb, ("prep",)) if p.lower_ in EXERCISE_PREPS for o in kids(p, ("pobj",))
                 if o.lemma_.lower() in EXERCISE_NOUNS]
    if not exercises:
        return None
    modality = clause_modality(verb)
    return Act(verb, "150", "encircled in drills", [verb.i, exercises[0].i], subjects, [obj], False,
               modality, penalty + 0.1)


def entered_waters(verb: Token, subjects: list[Token], obj: Token | None, penalty: float) -> Act | None:
    """ "a Venezuelan navy patrol boat entered Guyanese waters": a show of force (150) against the party
    the waters are named for, unless a civil vessel entered them or the entry is only supposed.

    Args:
        verb: The clause's verb.
        subjects: Its subject heads.
        obj: Its direct object (or the object of "into" after "intrude").
        penalty: Confidence deductions so far.

    Returns:
        The act, or None.
    """
    if verb.lemma_.lower() not in ENTERING_VERBS or not subjects:
        return None
    waters = [o for o in ([obj] if obj is not None else []) + [o for p in kids(verb, ("prep",)) if p.lower_ == "into"
                                                               for o in kids(p, ("pobj",))]
              if o.lemma_.lower() in ("water", "waters")]
    owners = [m for w in waters for m in party_modifiers(w) if m.pos_ != "NOUN"]  # not "the islands' waters"
    if not owners:
        return None
    words = {t.lemma_.lower() for s in subjects for t in s.subtree}
    if words & CIVIL_VESSELS:
        return None
    if verb.dep_ == "relcl" and any(c.lower_ in ANY_WORDS for c in kids(verb.head, ("det",))):
        return None  # "any warship that entered Venezuelan waters would be fired on": supposed
    return Act(verb, "150", "entered waters", [verb.i, waters[0].i], subjects, owners, False,
               clause_modality(verb), penalty + 0.1)


def posture_act(verb: Token, subjects: list[Token], obj: Token | None, penalty: float,
                lexicon: Lexicon) -> Act | None:
    """A show of force by drills around a party or by a vessel in its waters (see above), or aid told as
    its load's arrival (:func:`detente.coding.deliveries.aid_arrival`), or goods a participle names the
    giver of (:func:`detente.coding.supplied.supplied_goods`) or a "from" phrase (:func:`...supplied.goods_from`),
    or refuge a foreign mission gives (:func:`detente.coding.refuges.mission_refuge`)."""
    return drilled_around(verb, subjects, obj, penalty) or entered_waters(verb, subjects, obj, penalty) \
        or aid_arrival(verb, subjects, penalty) or supplied_goods(verb, obj, penalty, lexicon) \
        or goods_from(verb, obj, penalty, lexicon) or mission_refuge(verb, subjects, obj, penalty)
