"""Armed men told by whom they obey: "fighters loyal to Haftar", "militiamen answering to General Aidid",
"fighters aligned with the prime minister", "troops under the command of Colonel X". Gold codes such proxies
as their patron's (a "pro-X is not X" reading was measured and rejected), so the phrase names the patron."""
from __future__ import annotations

from spacy.tokens import Token

from detente.coding.lexicon import WORD_SETS

# "aligned with", "allied to", "answering to": verbs that tie a band to the one it obeys
OBEYING_VERBS = WORD_SETS["obeying_verbs"]
# heads such a verb makes a patron's men; a state or party "allied with" another stays itself
FOLLOWER_HEADS = WORD_SETS["armed_bodies"] | WORD_SETS["patron_followers"]
# "under the command of X", "under the control of X"
COMMAND_NOUNS = frozenset({"command", "control", "orders", "leadership"})


def _object(word: Token, preps: tuple[str, ...]) -> Token | None:
    return next((o for p in word.children if p.dep_ == "prep" and p.lower_ in preps
                 for o in p.children if o.dep_ == "pobj"), None)


def patron_of(head: Token) -> Token | None:
    """The head of the phrase naming whom the men of ``head`` obey, or None.

    Args:
        head: Head noun of a noun phrase ("fighters" in "fighters aligned with the prime minister").

    Returns:
        The patron's head token: the object of "loyal to" after any noun; for armed men and followers only,
        that of a patron verb ("aligned with", "allied to", "answering to", "who answer to") or of "under the
        command/control of".
    """
    for mod in head.children:
        if mod.dep_ == "amod" and mod.lemma_.lower() == "loyal" and (patron := _object(mod, ("to",))) is not None:
            return patron
    if head.pos_ != "NOUN" or head.lemma_.lower() not in FOLLOWER_HEADS:
        return None
    for mod in head.children:
        if mod.dep_ in ("acl", "relcl", "amod") and (mod.lemma_.lower() in OBEYING_VERBS
                                                    or mod.lower_ in OBEYING_VERBS):
            patron = _object(mod, ("to", "with"))
        elif mod.dep_ == "prep" and mod.lower_ == "under":
            command = next((o for o in mod.children if o.dep_ == "pobj" and o.lemma_.lower() in COMMAND_NOUNS), None)
            patron = _object(command, ("of",)) if command is not None else None
        else:
            continue
        if patron is not None:
            return patron
    return None
