"""Parse repair: the subject after an opening participle clause read as an apposition.

"Rejecting pleas from the African Union, Sudan's army bombed El Fasher": the small parser hangs
"Sudan's army" on "the African Union" as an apposition and makes "Rejecting" the clause's subject,
so "bombed" has no doer and nothing is coded. A noun phrase set off by a comma after a participle
clause that opens the sentence, and running up to a finite verb that has no subject, is that
verb's subject: an apposition would rename the noun before it, and the verb would still lack one.
"""

from __future__ import annotations

from spacy.tokens import Token

# finite verb tags that need a subject of their own
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubjpass", "expl"})


def repair_opening_subject(verb: Token) -> None:
    """Make the apposition that closes an opening participle clause the subject of the verb after it.

    Args:
        verb: Any token; the parse changes only when it is such a subjectless finite verb.
    """
    if verb.tag_ not in FINITE_TAGS or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return
    opening = next((c for c in verb.lefts if c.dep_ in ("csubj", "advcl") and c.tag_ in ("VBG", "VBN")
                    and c.left_edge.i == verb.sent.start), None)
    if opening is None:
        return
    doc = verb.doc
    for noun in opening.subtree:
        if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i + 1 != verb.i:
            continue
        comma = doc[noun.left_edge.i - 1]
        if comma.text != ",":
            return
        noun.head, noun.dep_ = verb, "nsubj"
        comma.head = verb
        opening.dep_ = "advcl"  # the participle tells how or why the act was done
        return
