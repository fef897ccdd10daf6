"""Parse repair: "that" opening an object relative clause read as a conjunction.

"the accord that Sharaa and Abdi signed on Monday", "the ceasefire that both sides agreed in Doha": the
small parser tags "that" as a subordinating conjunction, makes it the object of the verb and hangs the
clause on the noun as a plain participle modifier (acl), so the noun is never the verb's object and the
signing is lost. After a noun, a "that" the clause's own verb takes as its object is a relative pronoun
standing for that noun, as "which" would be ("the accord, which ... signed" is parsed right).
"""

from __future__ import annotations

from spacy.tokens import Token


def repair_relative_that(token: Token) -> None:
    """Make a conjunction-tagged object "that" after a noun a relative pronoun and its clause a relcl."""
    verb = token.head
    if token.lower_ != "that" or token.dep_ != "dobj" or token.tag_ != "IN" or verb.dep_ != "acl" \
            or verb.pos_ != "VERB" or not verb.i > token.i:
        return
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i != token.i - 1:
        return
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return  # "the claim that ... signed": no subject of its own, no relative clause
    token.tag_, token.pos_ = "WDT", "PRON"
    verb.dep_ = "relcl"
