"""The agenda of a visit under way: "arrived in Riyadh for a visit during which he is expected to discuss
arms sales" reports what the visit is for, told by others; the visit itself is the event, not a separate
intent to meet (03). "is due to visit Kabul next month to discuss border security" stays an intent: no
visit is under way."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.acts import Act

# expectation and schedule words an agenda is told with ("expected", "due", "set", "scheduled")
_AGENDA_WORDS = frozenset({"expect", "due", "set", "schedule", "slate"})
# nouns of a visit or meeting under way that a relative clause can give the agenda of
_VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stay", "stopover", "talks", "meeting", "summit", "mission",
                          "session", "conference", "forum", "day"})
# relative words of an agenda clause ("during which", "at which", "where")
_RELATIVES = frozenset({"which", "where", "when"})


def visit_agenda(act: Act) -> bool:
    """Whether ``act`` is an intent (03) told as what a visit or meeting under way is expected to hold.

    Args:
        act: The coded act.

    Returns:
        True for "a two-day visit during which he is expected to discuss defence production", "talks at
        which she is due to raise the dispute", "began a trip to Angola, where he is set to meet Lourenco".
    """
    if act.root != "03":
        return False
    clause = act.anchor
    while not _told_as_agenda(clause):
        if clause.dep_ not in ("xcomp", "acomp") or clause.head == clause:
            return False
        clause = clause.head
    if clause.dep_ != "relcl" and clause.head.dep_ == "relcl":
        clause = clause.head  # "is" of "is due to"
    if clause.dep_ != "relcl" or not any(t.lower_ in _RELATIVES for t in clause.subtree if t.i < clause.i):
        return False
    antecedent = clause.head
    if antecedent.lemma_.lower() in _VISIT_NOUNS:
        return True
    # "began a two-day trip to Angola on Tuesday, where he is set to meet": the parser hung the clause on the date
    governor = antecedent.head
    while governor.dep_ not in ("ROOT",) and governor.pos_ != "VERB" and governor.head != governor:
        governor = governor.head
    return any(t.lemma_.lower() in _VISIT_NOUNS for t in governor.children if t.dep_ in ("dobj", "pobj")) \
        or any(t.lemma_.lower() in _VISIT_NOUNS for p in governor.children if p.dep_ == "prep" for t in p.children)


def _told_as_agenda(word: Token) -> bool:
    """ "expected", "scheduled", or "is" of "is due to"."""
    return word.lemma_.lower() in _AGENDA_WORDS \
        or any(c.dep_ == "acomp" and c.lemma_.lower() in _AGENDA_WORDS for c in word.children)
