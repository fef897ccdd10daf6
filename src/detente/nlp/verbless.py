"""Parse repair: a sentence the parser left without a verb, its finite verb read as a modifier.

"Donald Trump hosted Field Marshal Asim Munir for lunch", "Indonesia's foreign minister mediated talks",
"A Serbian court sentenced in absentia three fighters", "The Taliban cut fibre-optic internet": the small
parser reads the past-tense verb as an adjective or participle of the noun beside it ("hosted Munir",
"mediated talks", "cut internet") and makes a noun the sentence's root, so the clause has no verb and
nothing is coded. A full news sentence always has a finite verb: when the root is a noun or adjective and
a bare past form (no auxiliary, no "by" agent, not right after a determiner) follows a subject noun phrase,
that form is the verb. The tree is rebuilt around it: the noun phrase before it is its subject, the phrases
after it hang on it, the first noun among them its object.

A reduced relative read as the main verb is the mirror case: "Boats packed with explosives hit the
terminal", "Orangemen barred from marching blocked roads": the parser makes the participle the verb and
hangs the real one on it as an unlabelled dependent ("dep") or a conjunct with no "and"; the later past
verb is the clause's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# past forms the tagger reads as participles or adjectives, identical to their base form
SAME_FORM_PASTS = frozenset({"cut", "hit", "put", "set", "shut", "beat", "cast", "quit", "spread", "burst", "shed"})
# links under which the parser hangs a misread verb on a noun
MODIFIER_LINKS = frozenset({"amod", "acl", "compound", "relcl", "nmod", "appos"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _past_form(token: Token) -> bool:
    """A past-tense form ("hosted", "sentenced", "cut"), whatever tag the tagger gave it."""
    if token.tag_ not in ("VBD", "VBN", "JJ", "NN"):
        return False
    if token.lower_ in SAME_FORM_PASTS:
        return True
    return token.tag_ in ("VBD", "VBN") and token.lower_ != token.lemma_.lower() and token.lower_.endswith(
        ("ed", "en", "ung", "ook", "ew", "ent", "ught", "ot", "ove", "ade", "ore", "eld", "id"))


def _candidate(sent: Span) -> Token | None:
    """The first bare past form after a subject noun phrase in a verbless sentence."""
    for token in sent:
        if token.i == sent.start or token.dep_ not in MODIFIER_LINKS or not _past_form(token):
            continue
        before = token.doc[token.i - 1]
        # a capitalised adjective before it is a people's name ("Hundreds of thousands of Lebanese packed")
        if not (before.pos_ in ("NOUN", "PROPN", "PUNCT") or before.pos_ == "ADJ" and before.text[:1].isupper()):
            continue
        if any(c.dep_ in ("aux", "auxpass", "agent", "nsubjpass") for c in token.children) \
                or token.i + 1 < sent.end and token.doc[token.i + 1].lower_ == "by":
            return None  # "ministers elected by parliament": a real participle
        left = token.doc[sent.start: token.i]
        if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" or t.tag_ in ("WDT", "WP") for t in left):
            return None  # a clause of its own before it
        if not any(t.pos_ in NOMINAL for t in left):
            return None
        return token
    return None


def _tops(sent: Span, start: int, end: int) -> list[Token]:
    """Tokens of sent[start:end] whose head lies outside that stretch (or is themselves)."""
    return [t for t in sent.doc[start:end] if t.head == t or not start <= t.head.i < end]


def _rebuild(sent: Span, verb: Token) -> None:
    """Make ``verb`` the sentence's root: the phrase before it its subject, the phrases after it its own."""
    doc = sent.doc
    for prep in (t for t in doc[sent.start: verb.i] if t.dep_ == "prep" and not any(
            c.dep_ == "pobj" and c.i < verb.i for c in t.children)):
        # "Hundreds of | Lebanese packed": a preposition left without its object takes it back
        orphan = next((t for t in doc[prep.i + 1: verb.i] if not prep.i < t.head.i < verb.i
                       and t.pos_ in NOMINAL | {"ADJ"}), None)
        if orphan is not None:
            orphan.head, orphan.dep_ = prep, "pobj"
    left, right = _tops(sent, sent.start, verb.i), _tops(sent, verb.i + 1, sent.end)
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    verb.tag_ = "VBD"
    nominal = [t for t in left if t.pos_ in NOMINAL and t.dep_ != "punct"]
    if not nominal:
        return
    subject = nominal[-1]
    subject.head, subject.dep_ = verb, "nsubj"
    for token in left:
        if token is subject:
            continue
        if token.pos_ in NOMINAL and token.i < subject.i:
            # "U.N. war crimes | investigators": nouns before the subject modify it
            token.head, token.dep_ = subject, "compound"
        else:
            token.head = verb
    has_object = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    for token in list(right):
        if token.pos_ not in NOMINAL:
            # "cut | internet ... offline": a subject the parser gave the misread root is the verb's object
            right += [c for c in token.children if c.dep_ == "nsubj" and c.i > verb.i]
    for token in sorted(right, key=lambda t: t.i):
        if token.head == verb:
            continue  # the verb's own phrases keep their roles
        token.head = verb
        if token.pos_ in ("NOUN", "PROPN", "NUM") and not has_object:
            token.dep_, has_object = "dobj", True
        elif token.dep_ in ("ROOT", "nsubj", "pobj", "dobj"):
            token.dep_ = "npadvmod" if token.pos_ in NOMINAL else "advmod"


def repair_verbless(sent: Span) -> None:
    """Rebuild a sentence the parser left without a verb around its misread past-tense verb.

    Args:
        sent: A parsed sentence; changed in place only when its root is no verb and a bare past
            form after a subject noun phrase is its verb.
    """
    root = sent.root
    if root.pos_ in ("VERB", "AUX") or len(sent) < 5 or not any(t.is_punct and t.text in ".!?" for t in sent[-2:]):
        return
    if any(t.tag_ in ("VBZ", "VBP", "MD") or t.tag_ == "VBD" and t.dep_ not in MODIFIER_LINKS for t in sent):
        return  # a finite verb is there: the root is a fragment for another reason
    verb = _candidate(sent)
    if verb is not None:
        _rebuild(sent, verb)


def repair_reduced_relative(verb: Token) -> None:
    """ "Boats packed with explosives hit the terminal": the participle the parser took for the verb
    is a modifier of its subject, and the past verb it hangs on it as "dep" is the clause's verb.

    Args:
        verb: Any token; changed in place only when it is such an unlabelled past verb.
    """
    participle = verb.head
    if verb.dep_ not in ("dep", "conj") or verb.tag_ != "VBD" or participle.i > verb.i \
            or participle.tag_ not in ("VBN", "VBD") \
            or participle.lower_ == participle.lemma_.lower() and participle.lower_ not in SAME_FORM_PASTS:
        return
    if verb.dep_ == "conj" and (participle.tag_ != "VBN" or any(
            t.dep_ in ("cc", "mark") or t.tag_ in ("WRB", "WDT", "WP") or t.text in (",", ";", "-", "--")
            for t in verb.doc[participle.i + 1: verb.i])):
        return  # "troops entered the town and seized ...", "died when gunmen opened fire": no reduced relative
    subjects = [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i]
    if len(subjects) != 1 or any(c.dep_ in ("dobj", "aux", "auxpass") for c in participle.children) \
            or any(c.dep_ == "nsubj" for c in verb.children):
        return
    subject = subjects[0]
    if subject.i + 1 != participle.i and not all(t.is_punct or subject.is_ancestor(t)
                                                 for t in verb.doc[subject.i + 1: participle.i]):
        return
    later = [c for c in participle.children if c.i > verb.i]
    verb.head, verb.dep_ = participle.head if participle.head != participle else verb, participle.dep_
    participle.head, participle.dep_ = subject, "acl"
    participle.tag_ = "VBN"
    subject.head = verb
    for child in later:
        child.head = verb
