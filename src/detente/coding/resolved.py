"""The actor found for a head token, with how it was found (shared by the participant stages)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.records import ActorRef


class Resolved:
    """An actor for a head token and how it was found."""

    __slots__ = ("coref", "head", "ref")

    def __init__(self, ref: ActorRef, coref: bool, head: Token) -> None:
        self.ref, self.coref, self.head = ref, coref, head
