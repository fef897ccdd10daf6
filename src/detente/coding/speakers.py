"""Who speaks: the speaker a pronoun of reported speech stands for ("Washington said it was ready"),
every conjoined speaker of "they", the first person of a quotation and the reporter of an act. A mixin of
:class:`detente.coding.participants.ArticleActors`, which resolves the heads it finds."""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.coref import is_state_ref
from detente.coding.lexicon import WORD_SETS
from detente.coding.phrases import SPEECH_VERBS, quote_speaker_head, quoted, reporter_head
from detente.coding.resolved import Resolved

# pronouns a speaker uses of itself in reported speech ("said it was ready")
SPEAKER_PRONOUNS = WORD_SETS["speaker_pronouns"]
# bare plural staff nouns that, in reported speech, are the speaker's own people
SPEAKER_STAFF = WORD_SETS["speaker_staff"]


class SpeakerLookup:
    """Speaker and reporter lookups over an article's resolved actors (needs ``get`` and ``resolver``)."""

    def speakers(self, head: Token) -> list[Resolved]:
        """ "Obama and Putin said they will ...": "they" is every conjoined speaker."""
        if head.lower_ != "they" or self.speaker(head) is None:
            return []
        node = head.head
        while node.lemma_.lower() not in SPEECH_VERBS and node.head != node:
            node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subject is None:
            return []
        # "Mali, Burkina Faso and Niger said", "the juntas of Mali, Burkina Faso and Niger said": every state
        # of the list, however the parser hung it (conjuncts, an apposition, an "of" phrase)
        found = self.expand([subject])
        return [Resolved(r.ref, True, head) for r in found] if len(found) > 1 else []

    def speaker(self, head: Token) -> Resolved | None:
        """ "Washington, which ..., said it was ready": a subject pronoun of reported speech is the
        speaker, not the last actor named."""
        # bare staff only: "U.N. war crimes investigators" keep their own words, even when the parser cuts
        # the modifiers off the noun
        before = head.doc[head.i - 1] if head.i > head.sent.start else None
        staff = head.lower_ in SPEAKER_STAFF and not any(c.dep_ in ("amod", "compound", "poss", "prep", "det")
                                                          for c in head.children) \
            and (before is None or before.pos_ not in ("NOUN", "PROPN", "ADJ"))
        if head.lower_ not in SPEAKER_PRONOUNS and not staff or head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        node = head.head
        # staff only in the speaker's own clause: "Kim admitted that agents had ..." is not what the reporter says
        for _ in range(1 if staff else 3):
            if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head == node:
                return None
            node = node.head
            if node.lemma_.lower() in SPEECH_VERBS:
                break
        else:
            return None
        if node.lemma_.lower() not in SPEECH_VERBS:
            return None
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subject is None and node.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in node.children):
            # "the State Department imposed sanctions ... and said it was sending": the shared subject
            subject = next((c for c in node.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        found = self.get(subject) if subject is not None else None
        if found is not None and head.lower_ == "it" and quoted(head) and (self.resolver.is_person(found.ref) or (
                subject.ent_type_ == "PERSON" and not self.resolver.is_collective(found.ref))):
            return None  # "'... it will be made to pay,' Singh told a rally": a person quoted never says "it" of self
        if found is None or not staff and (head.lower_ == "they") != (
                subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)):
            return None
        return Resolved(found.ref, True, head)

    def quoted_self(self, pronoun: Token) -> Resolved | None:
        """ "'If they attack us again, we will respond,' he said": a first person in a quotation is the
        state or body of the quote's speaker, found by pronoun too when an earlier sentence named them
        (a quoted "our" is resolved on its noun: see :meth:`pronoun_owner`)."""
        speaker = self.quote_speaker(pronoun)
        if speaker is None or not is_state_ref(speaker.ref):
            return None
        return Resolved(speaker.ref, True, pronoun)

    def quote_speaker(self, token: Token) -> Resolved | None:
        """Who a first person inside quotation marks is (see :func:`quote_speaker_head`), or None."""
        subject = quote_speaker_head(token)
        return self.get(subject) if subject is not None else None

    def reporter(self, anchor: Token) -> Resolved | None:
        """Who reports the act of ``anchor`` (see :func:`reporter_head`), or None when it is not reported
        speech."""
        subject = reporter_head(anchor)
        return self.get(subject) if subject is not None else None
