"""Parse repair: a noun the parser glued onto a following "hours after" time phrase.

"Hamas declared a one-week truce hours after Israel halted its offensive": the small parser reads
"truce hours" as one noun phrase headed by "hours" and hangs it on the "after" clause, so "declared"
has no object and the truce is lost; "imposed a curfew days after protesters stormed ..." makes
"days" the object with "curfew" its modifier. A count of time units right before "after" or
"before" measures the distance between two events; it never names a thing, so the noun before it
is the head of its own phrase and keeps the role the time noun took.
"""

from __future__ import annotations

from spacy.tokens import Token

# units that measure the gap between two events ("hours after", "two weeks before")
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment"})
# words that turn a time count into a relation between two events
RELATION_WORDS = frozenset({"after", "before"})


def _anchor(relation: Token) -> Token:
    """The token the time count measures: the verb of an "after" clause, or the "after" preposition."""
    return relation.head if relation.dep_ == "mark" else relation


def repair_time_glue(unit: Token) -> None:
    """Give a noun glued onto a following time count ("a truce hours after ...") its own role.

    Args:
        unit: Any token; changed in place only when it is such a time noun.
    """
    doc = unit.doc
    if unit.lemma_.lower() not in TIME_UNITS or unit.pos_ != "NOUN" or unit.i == 0 or unit.i + 1 >= len(doc):
        return
    relation, glued = doc[unit.i + 1], doc[unit.i - 1]
    if relation.lower_ not in RELATION_WORDS or glued.head != unit or glued.dep_ != "compound" \
            or glued.pos_ not in ("NOUN", "PROPN") or glued.lemma_.lower() in TIME_UNITS or glued.like_num:
        return
    anchor = _anchor(relation)
    if anchor == unit or unit.is_ancestor(anchor):
        return
    if unit.head == anchor:
        # "declared a truce hours after Israel halted ...": the glued noun is the object of the verb above
        above = anchor.head
        if above == anchor or above.pos_ not in ("VERB", "AUX", "ADP") or not above.i < glued.i < anchor.i \
                or (above.pos_ != "ADP" and any(c.dep_ == "dobj" for c in above.children)) \
                or (above.pos_ == "ADP" and any(c.dep_ == "pobj" for c in above.children)):
            return
        glued.head, glued.dep_ = above, "pobj" if above.pos_ == "ADP" else "dobj"
        if anchor.dep_ == "ccomp":
            anchor.dep_ = "advcl"  # "after Israel halted": an adverbial clause, not what was declared
        return
    if unit.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj"):
        return
    # "imposed a curfew days after ...": the glued noun takes the time noun's role
    glued.head, glued.dep_ = unit.head, unit.dep_
    for child in [c for c in unit.lefts if c.i < glued.i]:
        child.head = glued  # "a" and "strict" in "a strict curfew days after" belong to the curfew
    unit.head, unit.dep_ = anchor, "npadvmod"
