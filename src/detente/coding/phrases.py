"""Phrase helpers for actor resolution: the source an "according to" phrase names, a place
name longer than the word the lexicon matched, a name found at a token, titled names,
locative phrases and quoted words.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Span, Token

from detente.actors import actor_name
from detente.actors.coref import BODY_NAME_HEADS
from detente.coding.gazetteer import PLACE_LABELS, gazetteer
from detente.coding.parsecache import doc_reading
from detente.records import ActorRef

logger = logging.getLogger(__name__)

# pronouns by which a quoted speaker means self ("'Our forces will respond,' the minister said")
FIRST_PERSON = frozenset({"we", "i", "us", "me", "our", "my"})
SPEECH_VERBS = frozenset({"say", "announce", "state", "declare", "insist", "stress", "add", "confirm",
                          "tell", "reiterate", "argue", "warn", "vow", "pledge", "promise", "indicate", "signal"})
# verbs after which "its"/"their" on the reported clause's doer is the speaker's own ("NATO acknowledged that one
# of its pilots had bombed", "Hamas said its fighters had attacked")
OWNING_UP_VERBS = SPEECH_VERBS | {"claim", "admit", "acknowledge"}
# media an "according to" source speaks through ("according to a statement from the army")
REPORT_NOUNS = frozenset({"statement", "report", "communique", "communiqué", "post", "announcement", "release",
                          "briefing", "message", "letter", "tally", "count", "figure"})


def according_to(anchor: Token) -> Token | None:
    """Who "according to X" (or "to a statement from X") names as the source of ``anchor``'s act."""
    for prep in anchor.children:
        if prep.lower_ != "according":
            continue
        for to in prep.children:
            for noun in to.children:
                if noun.dep_ != "pobj":
                    continue
                if noun.lemma_.lower() not in REPORT_NOUNS:
                    return noun
                return next((o for p in noun.children if p.lower_ in ("from", "by", "of")
                             for o in p.children if o.dep_ == "pobj"), None)
    return None


def longer_place(token: Token, ref: ActorRef) -> ActorRef:
    """ "the Middle Juba region" is Somalia's, not South Sudan's capital: a title word before a name
    may make it another country's place."""
    if ref.start is not None:
        # the name the resolver matched may sit inside the phrase ("the Middle Juba region")
        span = token.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else token
    if token.i == 0:
        return ref
    prev = token.doc[token.i - 1]
    if not prev.text.istitle() or prev.pos_ not in ("PROPN", "ADJ"):
        return ref
    place = gazetteer().lookup(f"{prev.text} {token.text}")
    if place is None or not place.country or place.country == ref.country:
        return ref
    return ActorRef(place.country, actor_name(place.country), f"{prev.text} {token.text}", prev.idx,
                    token.idx + len(token.text))


def named_at(code: str, head: Token) -> ActorRef:
    """``code`` as the actor the single token ``head`` names (offsets of the token)."""
    return ActorRef(code, actor_name(code), head.text, head.idx, head.idx + len(head.text))


def titled_name(head: Token) -> bool:
    """True for the surname of "Minister Marcelo Ebrard": a capitalised name after a given name (not the
    head word of a body's name, "State Security Service", which the tagger may take for a person)."""
    if head.pos_ != "PROPN" or head.i == 0 or not head.text[:1].isupper() or not head.text[1:].islower() \
            or head.lower_ in BODY_NAME_HEADS:
        return False
    given = head.doc[head.i - 1]
    return (given.pos_ == "PROPN" and given.dep_ == "compound" and given.head == head and given.text[:1].isupper()
            and given.text[1:].islower() and head.ent_type_ in ("PERSON", ""))

# quantity words whose "of" phrase names what is counted ("one of its pilots", "some of their fighters", "most of
# them")
PART_WORDS = frozenset({"some", "many", "most", "all", "several", "none", "each", "half", "both", "few", "dozens",
                        "hundreds", "thousands"})


def partitive_head(noun: Token) -> Token:
    """The number or quantity word whose "of" phrase ``noun`` is ("one of its pilots"), else ``noun``."""
    of = noun.head
    if noun.dep_ == "pobj" and of.dep_ == "prep" and of.lower_ == "of" \
            and (of.head.pos_ == "NUM" or of.head.lower_ in PART_WORDS):
        return of.head
    return noun


def locative(head: Token) -> bool:
    """True for a place named as where something happened ("in Beirut", "at Kabul airport"), also a later
    conjunct of one ("in Islamabad and Rawalpindi", which the tagger may not know as a place)."""
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return (first.dep_ == "pobj" and first.head.lower_ in ("in", "at", "near", "inside", "outside", "around", "across")
            and first.ent_type_ in PLACE_LABELS)


# quotation marks, and how far back (tokens) and on (sentences) a quotation is followed
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})
QUOTE_REACH = 200
QUOTE_SENTENCES = 4


def quoted(token: Token) -> bool:
    """Whether ``token`` stands inside quotation marks opened earlier in its paragraph (a quotation may
    run over several sentences)."""
    sentence_start = token.sent.start
    marks_before, paragraph_starts = doc_reading(token.doc, _quote_marks)
    start = paragraph_starts[sentence_start]
    if sentence_start - start > QUOTE_REACH:
        start = sentence_start  # past the reach, only the sentence's own marks count
    return (marks_before[token.i] - marks_before[start]) % 2 == 1


def _quote_marks(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token index: the quotation marks before it in ``doc``, and where its paragraph opens (after
    the last line break), read once per coding call since the rules ask of many tokens."""
    # read from the token texts' ids: making a Token object per word of the article costs more than the count
    orths = doc.to_array("ORTH").tolist()
    texts = {orth: doc.vocab.strings[orth] for orth in set(orths)}
    marks_before, paragraph_starts = [0], []
    marks = paragraph = 0
    for i, orth in enumerate(orths):
        paragraph_starts.append(paragraph)
        text = texts[orth]
        marks += text in QUOTE_MARKS
        marks_before.append(marks)
        if "\n" in text:  # a token's trailing whitespace is at most one space
            paragraph = i + 1
    return marks_before, paragraph_starts


def quote_speaker_head(token: Token) -> Token | None:
    """The subject of the speech verb outside the quotation that reports a first person inside it
    ("'... our airspace ...,' the Lithuanian defence minister said"; "'Nobody touched the gate. Our
    farmers ...,' the minister said": after the quotation's last sentence), or None."""
    if not quoted(token):
        return None
    sent = token.sent
    said = _speech_verb(sent)
    for _ in range(QUOTE_SENTENCES):
        if said is not None or sent.end >= len(sent.doc) or not quoted(sent.doc[sent.end]):
            break
        sent = sent.doc[sent.end].sent
        said = _speech_verb(sent)
    return next((c for c in said.children if c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON),
                None) if said is not None else None


def _speech_verb(sent: Span) -> Token | None:
    """The speech verb outside quotation marks that heads ``sent`` or its attribution, or None."""
    root = sent.root
    return root if root.lemma_.lower() in SPEECH_VERBS and not quoted(root) else next(
        (c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SPEECH_VERBS
         and not quoted(c)), None)


def reporter_head(anchor: Token) -> Token | None:
    """The subject of the speech verb that reports the act of ``anchor`` ("Pakistan's military said [Indian
    troops opened fire]", "[...], Taiwan's defence ministry said", "according to a statement from X"), or
    None when it is not reported speech or its speakers are informants ("military sources said")."""
    node = anchor
    for _ in range(3):
        if node.dep_ not in ("ccomp", "conj", "parataxis") or node.head == node:
            break
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS or node.lemma_.lower() in ("report", "accuse"):
            break
    else:
        node = anchor
    if node is anchor:
        # "Indian troops opened fire, the military said": the parser may hang the attribution on the act
        node = next((c for c in anchor.children if c.dep_ in ("ccomp", "parataxis")
                     and c.lemma_.lower() in SPEECH_VERBS), anchor)
    if node is anchor and (source := according_to(anchor)) is not None:
        subject = source  # "According to a statement from Colombia's army, ELN guerrillas abducted ..."
    elif node is anchor or node.lemma_.lower() not in SPEECH_VERBS | {"report"}:
        return None
    else:
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if subject is None or subject.lemma_.lower() in ("source", "diplomat", "analyst", "observer", "expert"):
        return None
    return subject
