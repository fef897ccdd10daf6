"""Parse repair: a clause verb the parser hung on its subject as a participle.

"Brazil's foreign minister offered on Monday to mediate between Colombia and Ecuador": the
small parser reads "offered" as a participle modifying "minister" (acl) and makes the noun the
sentence root, so the clause has no verb and nothing is coded. A past-tense form after a bare
subject noun phrase that opens the sentence, governing an infinitive ("to" + verb), is the
clause's verb: a reduced relative ("the minister offered the post") would not take "to" +
infinitive after an adverbial as its own complement, while the verb reading explains it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.opening_subject import repair_opening_subject
from detente.nlp.passive_agent import repair_passive_agent
from detente.nlp.relative_that import repair_relative_that
from detente.nlp.time_glue import repair_time_glue
from detente.nlp.verbless import repair_reduced_relative, repair_verbless

VERB_REPAIR = "clause_verb_repair"


def _infinitive(verb: Token) -> Token | None:
    """Return the verb's following "to" + base-form complement, if any."""
    return next((c for c in verb.rights if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)), None)


def _stray_verb(root: Token) -> tuple[Token, Token] | None:
    """Return (participle, infinitive) when the noun root's participle is the clause's verb."""
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ != "ROOT":
        return None
    sent = root.sent
    # the noun phrase must open the sentence: every token before the root belongs to it
    if any(not root.is_ancestor(t) for t in sent if t.i < root.i):
        return None
    for verb in root.rights:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass", "dobj", "agent") for c in verb.children):
            return None  # "the aid offered by Japan": a real passive participle
        if (comp := _infinitive(verb)) is not None:
            return verb, comp
        return None
    return None


# verbs of phase whose -ing complement the parser can misread as a noun ("begin shipping fuel")
PHASE_LEMMAS = frozenset({"begin", "start", "resume", "continue", "stop", "halt"})


def _repair_phase_gerund(verb: Token) -> None:
    """ "will begin shipping fuel to Armenia": the parser reads "shipping" as a compound of "fuel"."""
    if verb.lemma_.lower() not in PHASE_LEMMAS or verb.pos_ not in ("VERB", "AUX"):
        return
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    gerund = doc_next(verb)
    if obj is None or gerund is None or gerund.tag_ != "VBG" or gerund.dep_ != "compound" or gerund.head != obj:
        return
    moved = [c for c in verb.rights if c.dep_ in ("prep", "dative") and c.i > obj.i]
    gerund.head, gerund.dep_, gerund.pos_ = verb, "xcomp", "VERB"
    obj.head = gerund
    for prep in moved:  # "to Armenia" belongs to the shipping, not to the beginning
        prep.head = gerund


# links by which a non-finite verb hangs below the finite verb it complements
NONFINITE_LINKS = frozenset({"xcomp", "pcomp", "prep", "advcl"})


def _repair_finite_conjunct(verb: Token) -> None:
    """ "accused Moscow of trying to freeze Ukrainians and called on allies to ...": a past-tense verb
    the parser joins to an infinitive or gerund cannot share its form, so it is the finite verb's conjunct."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.lower_ == verb.lemma_.lower() \
            or head.tag_ not in ("VB", "VBG"):
        return
    finite = head
    while finite.dep_ in NONFINITE_LINKS and finite.head is not finite:
        finite = finite.head
        if finite.tag_ in ("VBD", "VBZ", "VBP"):
            break
    if finite is head or finite.tag_ not in ("VBD", "VBZ", "VBP") \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in finite.children):
        return
    verb.head = finite
    for link in (c for c in head.children if c.dep_ == "cc" and c.i < verb.i):
        link.head = finite  # "and" joins the two finite verbs now


# verbs that report a fronted clause ("X did Y, officials said")
REPORTING_LEMMAS = frozenset({"say", "tell", "report", "add", "state", "announce"})


def _repair_reported_clause(verb: Token) -> None:
    """ "More than 1,000 rebels handed in their rifles on Thursday, U.N. officials said": the parser hangs the
    fronted clause's verb on its subject as a participle and takes that noun for a second subject of
    "said". A reporting verb has one subject; the opening noun phrase's verb, with an object or particle
    and no passive mark, is the reported clause it introduces."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.lower_ == verb.lemma_.lower() \
            or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in REPORTING_LEMMAS:
        return
    speech = noun.head
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children) \
            or not any(c.dep_ in ("dobj", "prt") for c in verb.children):
        return  # "the troops sent by Kigali, the army said": a real participle
    if any(not noun.is_ancestor(t) for t in noun.sent if t.i < noun.i):
        return  # the noun phrase must open the sentence
    end = max(t.i for t in verb.subtree)
    speakers = [c for c in speech.children if c.dep_ == "nsubj" and c.i > end]
    if not speakers or not any(t.text == "," for t in verb.doc[end + 1:speakers[0].i]):
        return
    verb.head, verb.dep_, verb.tag_, verb.pos_ = speech, "ccomp", "VBD", "VERB"
    noun.head = verb


# "stripped 94 opponents of their citizenship": what is taken away belongs to the verb, not its object
DEPRIVING_VERBS = frozenset({"strip", "deprive"})


def _repair_deprived_of(verb: Token) -> None:
    """Hang a "stripped X of Y" phrase the parser put on the object ("opponents of ...") on the verb."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEPRIVING_VERBS:
        return
    for obj in [c for c in verb.children if c.dep_ == "dobj"]:
        for prep in [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i]:
            if any(o.dep_ == "pobj" and not o.like_num for o in prep.children):
                prep.head = verb


def doc_next(token: Token) -> Token | None:
    """Return the token after this one, if any."""
    return token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None


def repair_clause_verbs(doc: Doc) -> Doc:
    """Make a subject-attached past participle governing "to" + verb the sentence's root verb,
    a phase verb's misread -ing complement its verb, a past-tense verb joined to an infinitive
    or gerund a conjunct of the finite verb above them, a fronted clause's verb read as a
    participle the clause a reporting verb introduces, a noun glued onto a following
    "hours after" its own role, the subject after an opening participle clause its verb's, a sentence
    left without a verb its misread past-tense verb, an object "that" after a noun a relative pronoun,
    and a passive verb's "by" phrase hung on a modifier between them the verb's agent.

    Args:
        doc: A parsed document; changed in place.

    Returns:
        The same document.
    """
    for sent in list(doc.sents):
        found = _stray_verb(sent.root)
        if found is None:
            repair_verbless(sent)
            continue
        verb, comp = found
        root = sent.root
        later = [c for c in root.rights if c.i > verb.i]
        verb.head = verb
        verb.dep_ = "ROOT"
        verb.tag_, verb.pos_ = "VBD", "VERB"
        root.head = verb
        root.dep_ = "nsubj"
        comp.dep_ = "xcomp"
        for child in later:  # the closing full stop and anything after the verb belong to the clause
            child.head = verb
    for token in doc:
        _repair_phase_gerund(token)
        _repair_finite_conjunct(token)
        _repair_reported_clause(token)
        _repair_deprived_of(token)
        repair_reduced_relative(token)
        repair_time_glue(token)
        repair_opening_subject(token)
        repair_relative_that(token)
        repair_passive_agent(token)
    return doc


def register() -> None:
    """Register the repair as a spaCy component (idempotent)."""
    from spacy.language import Language

    if not Language.has_factory(VERB_REPAIR):
        Language.component(VERB_REPAIR, func=repair_clause_verbs)
