"""Modality of an event clause: negated, hypothetical, future (intent).

Works on the dependency parse of the trigger verb. Negation and possibility are
flagged on the mention, never silently counted: the evaluation and the analysis
count only factual mentions. Future and planned acts ("will meet", "plans to
visit") are not hypothetical: CAMEO codes them as intent (03x) or threats (13x),
which the extractor does via :attr:`Modality.future`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Token

from detente.coding.parsecache import children, remembered
from detente.coding.roles import attempt_noun

logger = logging.getLogger(__name__)

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
# meetings that can "produce no agreement" and still have taken place
GATHERING_SUBJECTS = frozenset({"summit", "meeting", "talk", "talks", "conference", "session", "round", "negotiation",
                                "call", "visit", "dialogue"})
MODAL_POSSIBLE = frozenset({"could", "might", "may", "should", "ought", "must", "can"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# "which has granted him asylum": a personal pronoun points back at someone the sentence already names
ANAPHORIC_PEOPLE = frozenset({"him", "her", "them"})
# adjectives and verbs that turn the clause below them into a possibility, not a fact
POSSIBILITY_HEADS = frozenset({"ready", "willing", "open", "prepared", "able", "likely", "possible",
                               "unlikely", "consider", "weigh", "mull", "explore",
                               "propose", "suggest", "seek", "hope", "want", "wish", "expect"})
CLAIM_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "complaint", "report", "rumour", "rumor",
                         "suggestion", "speculation", "fear", "concern", "suspicion", "possibility", "threat",
                         "warning", "prospect", "idea", "proposal", "demand", "call", "admission",
                         "acknowledgement", "acknowledgment", "assurance", "guarantee", "belief", "evidence",
                         "proof", "assertion", "insistence", "hope", "expectation", "assumption"})
# subordinators of time whose present-tense clause describes what has not happened yet
# ("comes a day before Sarkozy heads to Beijing", "once the talks resume")
PROSPECTIVE_MARKS = frozenset({"before", "until", "till", "once", "when", "after", "as soon as"})
FAILURE_HEADS = frozenset({"fail", "cease", "stop", "avoid", "refrain", "forget"})
STRUGGLE_HEADS = frozenset({"struggle"})
# permission is the permitter's act: "would allow ASEAN to send observers" tells nothing of a sending
PERMISSION_HEADS = frozenset({"allow", "let", "permit", "authorise", "authorize", "enable"})
# "had to withdraw", "needs to be released": a need stated under a verb of saying
OBLIGATION_VERBS = frozenset({"have", "need"})
# acts of the law whose "for" reason is a charge, not an established act ("arrested for spying for Israel")
PUNISHING_LEMMAS = frozenset({"arrest", "detain", "jail", "imprison", "charge", "convict", "sentence", "indict",
                              "prosecute", "try", "fine", "punish", "sanction", "blacklist", "execute", "expel",
                              "deport", "sue", "penalise", "penalize", "investigate", "hang"})
# thanks, praise and blame name the act they answer as their grounds ("thanked Denmark for financing ...")
GROUNDS_LEMMAS = frozenset({"thank", "praise", "commend", "congratulate", "hail", "laud", "applaud", "criticise",
                            "criticize", "condemn", "blame", "rebuke", "fault", "slam", "denounce", "chide",
                            "reprimand", "scold"})
SPEECH_LEMMAS = frozenset({"say", "tell", "announce", "state", "report", "add", "confirm", "declare",
                           "insist", "stress", "note", "claim", "warn", "predict", "write", "reply"})


@dataclass(frozen=True)
class Modality:
    """How the text presents an act.

    Attributes:
        negated: Said not to happen ("did not meet", "never", "failed to").
        hypothetical: Possible, conditional, asked or wished-for ("could", "if", "?").
        future: Announced for the future ("will", "is set to"): coded as intent.
        conditional: Hypothetical only because of an "if"/"unless" condition (a threat's shape).
        ultimatum: The act depends on an "unless" clause ("will withdraw unless ...").
        weak: Hypothetical only because of "would" or a condition, not a possibility modal.
        reason: Short explanation for the evidence trail.
        denied: What a denial says did not happen ("denied attacking the convoy").
        reported: What a claim, report or accusation says ("the accusation that it had supplied missiles").
    """

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    conditional: bool = False
    ultimatum: bool = False
    weak: bool = False
    reason: str = ""
    denied: bool = False
    reported: bool = False


def _own_negation(verb: Token) -> str | None:
    if verb.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children(verb)) \
            and any(c.dep_ == "xcomp" for c in children(verb)):
        return "yet to"  # "Ghana has yet to recognise the junta": not done
    for child in children(verb):
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj", "cc") and child.lower_ in NEGATORS
                                   and child.lower_ != "no"):
            return child.lower_
        if child.dep_ in ("nsubj", "nsubjpass"):
            # "no country will ..." / "neither side attacked"
            if any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in children(child)):
                return "no-subject"
            if child.lower_ in ("nobody", "none", "nothing", "neither"):
                return child.lower_
        if child.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in children(child)) and not any(
                s.dep_ == "nsubj" and s.lemma_.lower() in GATHERING_SUBJECTS for s in children(verb)):
            return "no-object"  # "have held no formal talks"; "the summit produced no deal" was still held
    return None


def _passed_over(verb: Token) -> str | None:
    """ "chose to negotiate instead of attacking Burundi", "by talking rather than by expelling diplomats":
    the alternative an actor passed over did not happen."""
    before = " ".join(t.lower_ for t in verb.doc[max(verb.i - 3, 0):verb.i]).removesuffix(" by")
    return next((words for words in ("instead of", "rather than") if before.endswith(words)), None)


def _auxiliaries(verb: Token) -> list[Token]:
    auxes = [c for c in children(verb) if c.dep_ in ("aux", "auxpass")]
    # "will meet and sign": the second conjunct shares the first one's auxiliaries
    if not auxes and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not _finite_past(verb):
        auxes = [c for c in children(verb.head) if c.dep_ in ("aux", "auxpass")]
    return auxes


def _finite_past(verb: Token) -> bool:
    """ "would take all measures if ..., and accused Cairo": a simple past tense cannot share a modal
    or future auxiliary ("would accused"), so it is a clause of its own, told as fact."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in children(verb))


def stray_gerund_conjunct(verb: Token) -> Token | None:
    """The verb a bare infinitive is really coordinated with when the parser conjoined it to that verb's
    gerund complement ("demanded that Ankara stop violating its airspace and pay compensation": "pay"
    goes with "stop", outside what is stopped), else None."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VB" and head.tag_ == "VBG" and head.dep_ == "xcomp" \
            and head.head.tag_ == "VB":
        return head.head
    return None


def in_reported_speech(verb: Token) -> bool:
    """Whether ``verb`` heads (or is conjoined to) the complement of a verb of saying, or carries an
    attribution set off inside it ("If Japan sends warships, he said, China would strike")."""
    node = verb
    for _ in range(4):
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in SPEECH_LEMMAS:
            return True
        if any(c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_LEMMAS and any(
                g.dep_ == "nsubj" for g in children(c)) for c in children(node)):
            return True
        if node.dep_ != "conj" or node.head == node:
            break
        node = node.head
    return False


def _participle_after_purpose(verb: Token) -> bool:
    """ "denied recruiting citizens to fight for Russia, rejecting claims by Kyiv": a participle set off
    by a comma after a purpose infinitive tells how the main act was done, not what was aimed at."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and head.dep_ in ("advcl", "xcomp") and head.tag_ == "VB" and head.head != head \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(head))


def _for_subject_infinitive(verb: Token) -> bool:
    """ "paved the way for Ethiopia to resume talks", "a plan for Russia to withdraw": an infinitive with
    its own "for" subject that describes a noun tells a prospect, not an act (also for its conjuncts)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return clause.dep_ in ("relcl", "acl") and clause.tag_ == "VB" and clause.head.pos_ == "NOUN" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(clause)) \
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children(clause))


def _is_question(verb: Token) -> bool:
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    return last is not None and last.text == "?"


# crowds gathering "to protest" are protesting already
PROTEST_LEMMAS = frozenset({"protest", "demonstrate"})
GATHERING_LEMMAS = frozenset({"fill", "gather", "pour", "flood", "throng", "converge", "march", "assemble",
                              "rally", "take", "crowd", "pack", "block", "turn"})
# investigators sent, arrived or a commission appointed "to investigate" are investigating already (so are
# observers who crossed or travelled somewhere to investigate)
INQUIRY_LEMMAS = frozenset({"investigate", "probe", "examine", "inspect", "look", "inquire", "verify"})
DISPATCHING_LEMMAS = frozenset({"send", "dispatch", "deploy", "appoint", "set", "establish", "form", "name",
                                "assign", "task", "create", "launch", "arrive", "land", "cross", "enter",
                                "travel", "fly"})
# journeys take no infinitive complement: "will travel to Kyiv to sign" states the trip's purpose
JOURNEY_LEMMAS = frozenset({"travel", "fly", "arrive", "head", "sail", "visit"})
# nor do responses: "guns responded only to protect the soldiers" states what the answer was for
RESPONSE_LEMMAS = frozenset({"respond", "react", "retaliate", "intervene", "act"})
# a call or visit made "to offer condolences" or "to congratulate" him carries its words: the message was given
CONTACT_LEMMAS = frozenset({"telephone", "phone", "call", "ring", "write", "visit"})
# (condolences and apologies only: what else a call "expresses" may be an aim told ahead of its answer)
MESSAGE_LEMMAS = frozenset({"express", "offer", "convey", "extend", "voice"})
MESSAGE_NOUNS = frozenset({"condolence", "condolences", "sympathy", "sympathies", "sorrow", "grief", "regret",
                           "apology"})
MESSAGE_VERBS = frozenset({"condole", "apologise", "apologize"})
# verbs whose bare infinitive is the act helped towards ("to help fight", "to help Bosnia patrol")
HELPING_LEMMAS = frozenset({"help", "assist"})


def _progressive_future(verb: Token) -> bool:
    """ "is sending a team next week", "are meeting in the coming days": a present progressive
    with a future time phrase is an arrangement, told like "will"."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in children(verb)):
        return False
    for child in children(verb):
        phrase = [child, *child.subtree] if child.dep_ in ("npadvmod", "advmod", "prep") else []
        words = {t.lower_ for t in phrase}
        if words & {"tomorrow", "next"} or "coming" in words or "later" in words and "this" in words:
            return True
    return False


def clause_modality(verb: Token) -> Modality:
    """Return the modality of the clause headed by ``verb`` (walking up control chains)."""
    return remembered(verb, _clause_modality)  # asked of the same verb by many rules


def _clause_modality(verb: Token) -> Modality:
    negated = False
    hypothetical = False
    future = False
    conditional = False
    ultimatum = False
    modal = False
    would = False
    reported = False
    reasons: list[str] = []

    node = verb
    depth = 0
    if verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in ("due", "expected")
                                           for c in children(verb)) \
            or verb.lemma_.lower() == "expect" and any(c.dep_ == "auxpass" for c in children(verb)) \
            and not any(c.dep_ in ("xcomp", "ccomp") for c in children(verb)):
        future = True  # "Zelensky is due in Ankara on Wednesday for talks", "Araghchi is expected in Yerevan"
        reasons.append("'due'")
    if _progressive_future(verb):
        future = True  # "Wellington is sending trainers to Nauru next month"
        reasons.append("present progressive with a future time")
    if (passed := _passed_over(verb)) is not None:
        negated = True
        reasons.append(f"passed over '{passed}'")
    via_xcomp = False  # "did not rush to accept": the governing verb's negation covers the complement
    own_clause = False  # reached from a conjoined simple past: the head's modals and conditions are its own
    while True:
        neg = _own_negation(node)
        if neg and (node == verb or node.dep_ == "conj" or via_xcomp):
            negated = True
            reasons.append(f"negation '{neg}'")
        for aux in [] if own_clause else _auxiliaries(node):
            lower = aux.lower_
            if lower in FUTURE_AUX:
                future = True
                reasons.append("future 'will'")
            elif lower in ("would", "'d"):
                if in_reported_speech(node):
                    future = True
                    reasons.append("reported future 'would'")
                else:
                    hypothetical = would = True
                    reasons.append("conditional 'would'")
            elif lower in ("can", "ca") and neg and node == verb \
                    and not any(c.dep_ == "auxpass" for c in children(node)):
                # "we cannot release them": a stated refusal, like "will not"
                future = True
                reasons.append("refusal 'cannot'")
            elif lower in MODAL_POSSIBLE:
                hypothetical = modal = True
                reasons.append(f"modal '{lower}'")
        for child in children(node):
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                hypothetical = conditional = True
                reasons.append(f"condition '{child.lower_}'")
            if child.dep_ == "advcl" and not own_clause and (marks := [
                    g.lower_ for g in children(child) if g.dep_ == "mark" and g.lower_ in ("if", "unless")]):
                # "if they attack, we will respond": the main clause depends on a condition
                hypothetical = conditional = True
                ultimatum = ultimatum or "unless" in marks
                reasons.append(f"main clause of '{marks[0]}'")
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children(node)):
            hypothetical = conditional = True
        head = node.head
        if head == node or depth > 4:
            break
        # ("could retaliate by restricting imports": the means shares the act's modality)
        if node.dep_ in ("xcomp", "ccomp", "acomp", "pcomp") or (node.dep_ == "prep" and head.pos_ == "ADJ") \
                or node.dep_ == "prep" and node.lower_ == "by" and head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            if lemma in FAILURE_HEADS:
                negated = True
                reasons.append(f"'{lemma}' to")
            elif lemma in STRUGGLE_HEADS and node == verb:
                # "a mission that has struggled to push back gangs": an effort, not an act done
                hypothetical = modal = True
                reasons.append(f"'{lemma}' to")
            elif lemma in PERMISSION_HEADS and node == verb:
                hypothetical = modal = True
                reasons.append(f"permitted by '{lemma}'")
            elif lemma in POSSIBILITY_HEADS and node == verb:
                modal = modal or lemma in ("ready", "willing", "open", "prepared", "able",
                                                         "likely", "possible", "unlikely", "consider",
                                                         "propose", "suggest")
                hypothetical = hypothetical or modal
                if lemma == "expect" and not any(c.dep_ == "auxpass" for c in children(head)):
                    # "few diplomats expect Nairobi to commit troops": an expectation, not an act ("is
                    # expected to travel" is a plan)
                    hypothetical = True
                    reasons.append(f"'{lemma}'")
            if lemma in ("have", "need") and node.dep_ == "xcomp" and head.dep_ == "ccomp" \
                    and head.head.lemma_.lower() in SPEECH_LEMMAS:
                # "said Russia had to withdraw": a stated need, not a reported act
                hypothetical = modal = True
                reasons.append(f"'{lemma} to'")
            if lemma in ("be", "go") and any(a.lower_ in ("going", "set", "due", "about") for a in children(head)):
                future = True
            via_xcomp = node.dep_ == "xcomp"
            own_clause = False
            node = head
            depth += 1
            continue
        if node.dep_ == "conj":
            own_clause = _finite_past(node)
            node = stray_gerund_conjunct(node) or head
            depth += 1
            continue
        if node.dep_ in ("advcl", "relcl", "acl"):
            if _participle_after_purpose(node):
                head = head.head  # "joined to fight for Russia, rejecting claims": the main verb's manner
            # only conditions and possibility of the governing clause carry over
            head_mod = clause_modality(head) if depth < 3 else Modality()
            hypothetical = hypothetical or head_mod.hypothetical
            conditional = conditional or head_mod.conditional
            modal = modal or (head_mod.hypothetical and not head_mod.conditional)
        break

    # "the accusation that it had supplied missiles": the content of a claim is not asserted (the parser
    # may call the clause relative, but a relative "that" is its subject or object, never its marker)
    content = verb.dep_ in ("acl", "ccomp") or verb.dep_ == "relcl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in children(verb))
    # ("investigating reports that ...": the tagger may take the plural noun for a verb in an object's place)
    if content and (verb.head.pos_ == "NOUN" or verb.head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")) \
            and verb.head.lemma_.lower() in CLAIM_NOUNS:
        hypothetical = modal = reported = True
        reasons.append(f"content of '{verb.head.lemma_.lower()}'")
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.lemma_.lower() in PUNISHING_LEMMAS:
        hypothetical = modal = True
        reasons.append(f"charge behind '{verb.head.head.lemma_.lower()}'")
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.lemma_.lower() in GROUNDS_LEMMAS:
        # "thanked Denmark for financing the drones", "criticised Hungary for blocking the package": the
        # grounds recall an act the news is the answer to, not a second event
        hypothetical = modal = True
        reasons.append(f"grounds of '{verb.head.head.lemma_.lower()}'")
    # "travelled to Washington to meet Trump": a purpose clause states an aim, not an act
    # (the parser may hang it on a journey as a complement: "will travel to Asuncion next month to sign")
    # "sent trainers to help fight al-Shabaab", "to help Bosnia patrol its border": the helped act is the aim
    # ("to help the government fight off rebels": the tagger may give the bare verb a present tense)
    helped = verb.dep_ in ("xcomp", "ccomp") and verb.tag_ in ("VB", "VBP") \
        and verb.head.lemma_.lower() in HELPING_LEMMAS
    # "struck to force the president to call elections": what the purpose presses someone to do is part of the aim
    pressed = verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.dep_ == "advcl" and verb.head.tag_ == "VB"
    aim = verb.head if helped or pressed else verb
    # ("appealed to allies to help shoot down drones": help asked or offered is an aim as much as a purpose)
    purpose_clause = aim.dep_ == "advcl" or aim.dep_ == "xcomp" and (
        aim.head.lemma_.lower() in JOURNEY_LEMMAS | RESPONSE_LEMMAS or helped)
    if purpose_clause and aim.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(aim)) \
            and not (verb.lemma_.lower() in PROTEST_LEMMAS and aim.head.lemma_.lower() in GATHERING_LEMMAS) \
            and not (verb.lemma_.lower() in INQUIRY_LEMMAS and aim.head.lemma_.lower() in DISPATCHING_LEMMAS
                     and aim.head.tag_ in ("VBD", "VBN")) and attempt_noun(aim) is None \
            and not (aim.head.lemma_.lower() in CONTACT_LEMMAS and aim.head.tag_ in ("VBD", "VBN") and (
                verb.lemma_.lower() in MESSAGE_VERBS or verb.lemma_.lower() in MESSAGE_LEMMAS and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS for c in children(verb)))):
        # ("filled squares in Bratislava to protest against ...": gathering to protest is protesting;
        # "sent a team to Osh to investigate the deaths": so is sending investigators; "foiled a plot to
        # kill the president": the plot's aim, which the parser hung on the verb, is the attempted act;
        # "telephoned Erdogan to offer condolences": a call made to give a message gave it)
        hypothetical = modal = True
        reasons.append("purpose")
    if _for_subject_infinitive(verb):
        hypothetical = modal = True
        reasons.append("prospect of a noun")
    if verb.dep_ in ("advcl", "relcl") and verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "mark" and c.lower_ in PROSPECTIVE_MARKS for c in children(verb)):
        hypothetical = modal = True
        reasons.append("prospective time clause")
    lasting = verb.head if verb.dep_ == "xcomp" else verb  # "while Israel kept attacking", "continued to occupy"
    if lasting.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "while" for c in children(lasting)) \
            and (refusal := clause_modality(lasting.head)).negated and refusal.future:
        # "would not hand over its weapons while Israel kept attacking Lebanon": the state a refusal holds
        # out against is its condition, not news of the day
        hypothetical = modal = True
        reasons.append("condition of a refusal")
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till", "once") for c in children(verb)) \
            and any(a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll", "wo") for a in children(verb.head)):
        # "Iran would not allow inspectors in until the agency condemned the strikes": told in reported
        # speech, the awaited act keeps the past tense and has still not happened
        hypothetical = modal = True
        reasons.append("awaited time clause")
    # "is set to / is due to / is going to visit"
    if verb.dep_ == "xcomp" and verb.head.lower_ in ("set", "due", "going", "about", "scheduled", "expected", "poised"):
        future = True
        reasons.append(f"'{verb.head.lower_} to'")
    bare_plural = verb.head.tag_ == "NNS" and not any(
        c.dep_ in ("det", "nummod", "poss", "quantmod") for c in children(verb.head))
    if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP", "VB") and (bare_plural and verb.tag_ == "VBP" or any(
            c.dep_ == "det" and c.lower_ in ("any", "every") for c in children(verb.head))):
        # "would shoot down any drone that enters its airspace", "will not release people who violate its
        # waters": a kind of act, not one that happened
        hypothetical = modal = True
        reasons.append("generic relative clause")
    elif verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in children(verb)):
        # "Egypt, which buys more Russian grain than any other country", "the Swiss embassy, which
        # represents Russian interests": the simple present of a relative clause describes what its noun
        # habitually does, not an act that happened
        hypothetical = modal = True
        reasons.append("habitual relative clause")
    perfect = any(a.dep_ == "aux" and a.lower_ in ("has", "have", "'s", "'ve") for a in children(verb))
    if verb.dep_ == "relcl" and perfect and not any(c.dep_ in ("dobj", "dative") and c.lower_ in ANAPHORIC_PEOPLE
                                                    for c in children(verb)):
        # "settler groups that have attacked villages", "Petro, who has clashed with Trump": a perfect relative
        # clause sums up its noun's record as background to the news of the main clause; not so one acting on
        # someone the main clause names ("fled to Nigeria, which has granted him asylum")
        hypothetical = modal = True
        reasons.append("perfect relative clause")
    if _is_question(verb):
        hypothetical = modal = True
        reasons.append("question")
    only_condition = conditional and not modal and not would
    weak = hypothetical and not modal
    return Modality(negated, hypothetical, future and (not hypothetical or only_condition), only_condition,
                    ultimatum and only_condition, weak, "; ".join(dict.fromkeys(reasons)), reported=reported)


def needed_act(comp: Token) -> Token | None:
    """The act in "had to withdraw", "needs to be released" under a verb of saying, or None."""
    if comp.lemma_.lower() not in OBLIGATION_VERBS or comp.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.lower_ == "yet" for c in children(comp)):
        return None  # ("has yet to hand over" tells what has not happened)
    return next((c for c in children(comp) if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)


def told_as_past(comp: Token) -> bool:
    """Whether a complement tells what happened ("had not hit", "did nothing wrong", "was legal")
    rather than what should happen ("that Kyiv withdraw")."""
    # (a bare past form may be a mistagged subjunctive: "demanded that Tanzania release")
    return comp.dep_ == "ccomp" and (comp.lemma_ == "be" and comp.tag_ == "VBD" or any(
        a.dep_ in ("aux", "auxpass") and a.lower_ in ("had", "has", "have", "did", "was", "were") for a in children(comp)))
