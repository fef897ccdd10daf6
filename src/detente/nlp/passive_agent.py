"""Parse repair: a passive verb's "by" agent the parser hung on a phrase between them.

"The reporter was shot dead near the checkpoint by soldiers", "was jailed pending trial by an
Istanbul court", "were driven out of the camp by the RSF", "were ordered to leave the country by
the ministry": the small parser attaches "by" to the nearest noun, gerund or infinitive instead of
the passive verb, so the verb has no agent and the doer is lost. A place, a charge or a purpose
does not take a "by" doer; the verb's agent does. The phrase stays where it is when its noun has
its own object ("the detention of four fishermen by the coast guard") or when it hangs below a
time or cause ("freed after mediation by Qatar"), where "by" names who did that other thing.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.time_glue import TIME_UNITS

# links along which a modifier phrase between the passive verb and "by" hangs below the verb
PATH_DEPS = frozenset({"pobj", "prep", "pcomp", "dobj", "npadvmod", "advmod", "oprd", "xcomp", "acomp"})
# prepositions whose phrase is an event of its own whose "by" names that event's doer
EVENT_PREPS = frozenset({
    "after", "following", "before", "amid", "despite", "during", "since", "under", "over", "against",
    "through", "because", "than", "like", "about", "as", "without", "between", "among", "including",
    "via", "upon", "until", "ahead", "by",
})
# bare "by" objects that give a means or route, never a doer ("by train", "by force", "by decree")
MEANS_WORDS = frozenset({
    "train", "road", "air", "sea", "land", "boat", "plane", "car", "bus", "helicopter", "foot", "phone",
    "telephone", "mail", "email", "force", "hand", "vote", "decree", "law", "mistake", "accident",
    "default", "proxy", "name", "way", "means", "far",
})
# "by" objects that set a deadline ("by the end of the week", "by nightfall")
TIME_WORDS = TIME_UNITS | {"end", "time", "morning", "evening", "night", "noon", "midnight", "dawn", "nightfall"}
# event nouns that carry their own "by" doer ("killed in an attack by ...", "freed in a deal mediated by ..."),
# which the nominal coder already reads
EVENT_NOUNS = frozenset({
    "attack", "ambush", "raid", "strike", "airstrike", "bombing", "assault", "shelling", "offensive",
    "operation", "clash", "crackdown", "mediation", "intervention", "request", "decision", "order", "ruling",
    "effort", "campaign", "deal", "agreement", "accord", "move", "bid", "initiative", "plan", "proposal",
})
TIME_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# how far above "by" the passive verb may be
MAX_STEPS = 6


def _doer_like(noun: Token) -> bool:
    """Whether a "by" object can name who did the act (not a means, a route or a deadline)."""
    lemma = noun.lemma_.lower()
    if lemma in MEANS_WORDS and not any(noun.children):
        return False  # "by force", but "by Russian forces"
    return noun.pos_ in ("NOUN", "PROPN", "PRON") and not noun.like_num \
        and noun.ent_type_ not in TIME_ENTITIES and lemma not in TIME_WORDS


def _passive(verb: Token) -> bool:
    """Whether a participle is passive and still lacks its agent."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ in ("acl", "conj")


def _passive_above(by: Token) -> Token | None:
    """The passive verb whose modifier phrase the "by" phrase was hung on, or the event noun on the way."""
    token = by.head
    for _ in range(MAX_STEPS):
        if token.tag_ in ("VBN", "VBD") and (token.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in token.children)):
            return token if _passive(token) and token.i < by.i else None
        if token.dep_ not in PATH_DEPS or token.head is token:
            return None
        if token.pos_ == "ADP" and token.lower_ in EVENT_PREPS:
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in EVENT_NOUNS:
            return token  # "captured in an ambush near Menaka by ...": the ambush's doer
        if token.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None  # "the detention of four fishermen by the coast guard": the noun's own doer
        if token.tag_ == "VBG" and any(c.dep_ == "dobj" for c in token.children):
            return None  # "for shielding rebels by ...": the gerund's own clause
        token = token.head
    return None


def repair_passive_agent(by: Token) -> None:
    """Make a "by" phrase hung on a modifier of a passive verb that verb's agent.

    Args:
        by: Any token; changed in place only when it is such a misplaced "by".
    """
    if by.lower_ != "by" or by.dep_ not in ("prep", "agent") or (by.dep_ == "agent" and by.head.tag_ == "VBN"):
        return  # an agent already on its participle is where it belongs
    objects = [c for c in by.children if c.dep_ == "pobj"]
    if len(objects) != 1 or not _doer_like(objects[0]):
        return
    found = _passive_above(by)
    if found is None or found == by.head:
        return
    if found.pos_ == "NOUN":
        by.head = found  # the event noun's own doer, for the nominal coder
    else:
        by.head, by.dep_ = found, "agent"
