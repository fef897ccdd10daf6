"""Expulsions and ultimatums told with a deadline or an order out: "gave the consul 48 hours to leave",
"gave the rebels ten days to withdraw their guns or face air strikes", "ordered the Red Cross out of
the region".

Whoever is told to leave is expelled (174), or, when they are diplomats, sees relations cut (161), or,
when they came to help, sees assistance withdrawn (166x). Any other act demanded within a set time is
an ultimatum (139) to the party given the time.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.acts import Act
from detente.coding.modality import clause_modality
from detente.coding.roles import kids

# who, ordered out of a country, is assistance withdrawn (CAMEO 166x) rather than people expelled (174)
EXPELLED_HELPERS = ((frozenset({"peacekeeper", "peacekeeping", "mission"}), "1661"),
                    (frozenset({"monitor", "inspector", "inspection", "observer", "investigator"}), "1662"),
                    (frozenset({"wfp", "unhcr", "unicef", "ngo", "charity", "agency", "aid", "programme", "program",
                                "organisation", "organization", "relief", "humanitarian", "crescent", "cross"}),
                     "1663"),
                    (frozenset({"troop", "soldier", "force", "contingent"}), "166"))
LEAVE_VERBS = frozenset({"leave", "quit", "depart", "exit"})
DIPLOMAT_WORDS = frozenset({"diplomat", "ambassador", "envoy", "attache", "embassy", "consul", "consulate",
                            "chargé", "charge", "staffer", "counsellor", "counselor", "official"})
# spans of time a deadline is given in ("48 hours", "a week"), and the nouns naming one
DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})
# verbs of an expulsion a deadline to leave may only spell out
EXPELLING_VERBS = frozenset({"order", "expel", "declare"})
ULTIMATUM_CODE = "139"
EXPULSION_CODE = "174"


def expulsion_code(expelled: list[Token]) -> str:
    """The CAMEO code of ordering ``expelled`` out of the country.

    Args:
        expelled: Heads of the noun phrases naming who must leave.

    Returns:
        161 for diplomats, 166x for peacekeepers, monitors, aid agencies and foreign forces, else 174.
    """
    words = {w.lemma_.lower() for t in expelled for w in (*t.subtree, *_antecedent_objects(t))}
    return "161" if words & DIPLOMAT_WORDS else next(
        (code for group, code in EXPELLED_HELPERS if words & group), EXPULSION_CODE)


def _antecedent_objects(pronoun: Token) -> list[Token]:
    """ "accused a Somali diplomat of spying and ordered him to leave": whom a pronoun ordered out
    stands for, the object of the verb its own verb is joined to."""
    if pronoun.pos_ != "PRON":
        return []
    verb = pronoun.head
    while verb.dep_ in ("ccomp", "xcomp") and verb.head != verb:
        verb = verb.head  # "ordered him to leave": the parser may hang "him" on "leave"
    return [o for o in verb.head.children if o.dep_ == "dobj"] if verb.dep_ == "conj" else []


def deadline_date(verb: Token) -> Token | None:
    """The time in "gave Iraq until March 1 to ...", "gave the rebels until midnight to ..."."""
    until = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "until"), None)
    return next((c for c in until.children if c.dep_ == "pobj"), None) if until is not None else None


def with_penalty(demanded: Token) -> bool:
    """Whether the demanded act has an alternative after "or": "to leave or face arrest"."""
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in demanded.children) \
        and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in demanded.children)


def given_deadline(verb: Token, subjects: list[Token], penalty: float) -> Act | None:
    """ "gave the consul 48 hours to leave": an expulsion; "gave Bosnian Serb forces ten days to
    withdraw their heavy weapons or face air strikes", "gave the rebels until midnight to surrender":
    an ultimatum (139) to the party given the time.

    Args:
        verb: The clause's verb.
        subjects: The clause's subject heads (who sets the deadline).
        penalty: The confidence penalty of the clause roles.

    Returns:
        The act, or None when the clause gives nobody a set time to do something.
    """
    if verb.lemma_.lower() != "give" or not subjects:
        return None
    span = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_NOUNS),
                None) or deadline_date(verb)
    if span is None:
        return None
    given = [c for c in verb.children if c.dep_ == "dative" or c.dep_ == "dobj" and c != span]
    if span.dep_ == "pobj" and any(c.dep_ == "dative" for c in verb.children):
        return None  # "gave the refugees shelter until spring to recover": a gift lasting a while
    # "ten days to withdraw": the parser hangs the demanded act on the verb or on the span of time
    demanded = next((c for holder in (verb, span) for c in holder.children if c.dep_ in ("advcl", "relcl", "acl")
                     and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    modality = clause_modality(verb)
    if not given or demanded is None or modality.negated or modality.hypothetical:
        return None
    leaving = demanded.lemma_.lower() in LEAVE_VERBS
    if leaving and verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in EXPELLING_VERBS:
        # "ordered the Red Cross out, giving its staff a week to leave", "declared him persona non grata
        # and gave him 72 hours to leave": the same expulsion
        return None
    code = expulsion_code(given) if leaving else ULTIMATUM_CODE
    if code == EXPULSION_CODE and with_penalty(demanded):
        code = ULTIMATUM_CODE  # "until Friday to leave the city or be treated as fighters": a threat
    return Act(verb, code, f"deadline to {demanded.lemma_.lower()} ({'ultimatum' if code == ULTIMATUM_CODE else 'expulsion'})",
               [verb.i, span.i, demanded.i], subjects, given, False, replace(modality, future=False),
               penalty + 0.05)


def _in_verb_phrase(word: Token, verb: Token) -> bool:
    """ "ordered 13 aid agencies, among them MSF, out of Darfur": the parser may hang "out" on the apposition
    or the name between; it still belongs to ``verb`` when no other verb or clause lies between them."""
    head = word.head
    while head != verb:
        if head.pos_ in ("VERB", "AUX") or head.dep_ in ("relcl", "acl", "advcl") or head.head == head:
            return False
        head = head.head
    return True


def ordered_out(verb: Token, subjects: list[Token], penalty: float) -> Act | None:
    """ "ordered the Red Cross out of the Ogaden region", "ordered the envoy out": an expulsion of
    whoever is ordered out.

    Args:
        verb: The clause's verb.
        subjects: The clause's subject heads (who orders them out).
        penalty: The confidence penalty of the clause roles.

    Returns:
        The act, or None when the clause orders nobody out.
    """
    if verb.lemma_.lower() != "order" or not subjects or not any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" and _in_verb_phrase(c, verb) for c in verb.subtree):
        return None
    expelled = kids(verb, ("dobj",))
    modality = clause_modality(verb)
    if not expelled or modality.negated or modality.hypothetical:
        return None
    return Act(verb, expulsion_code(expelled), "ordered out (expulsion)", [verb.i], subjects, expelled, False,
               replace(modality, future=False), penalty + 0.05)
