"""Targets the grammar does not name: inferences the coder makes, each shown in the rule.

The coder (:mod:`detente.coding`) asks these helpers for a target when an act's own slots name
none: whom a response answers, whom a statement was told to, the neighbour across a border for a
show of force, the denied act's target for a denial; and it keeps one mention per act and target
in a sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from spacy.tokens import Doc, Token

from detente.actors import actor_name
from detente.coding.acts import Act
from detente.coding.consequences import reported_speaker
from detente.coding.modality import JOURNEY_LEMMAS, SPEECH_LEMMAS
from detente.coding.participants import ArticleActors, Resolved
from detente.coding.places import BORDER_NOUNS
from detente.coding.target_rules import BACKER_NOUNS
from detente.records import ActorRef, Location, Mention, Trait

logger = logging.getLogger(__name__)

# the evidence trail's note for a target guessed as the article's other party (Trait.GUESSED_TARGET)
OTHER_PARTY = "target: the article's other party"
# the press, to whom talking is no meeting
PRESS_WORDS = frozenset({"reporter", "journalist", "press", "media", "correspondent", "newspaper", "broadcaster"})
# verbs whose object is whom a statement was said to
TELLING_VERBS = frozenset({"tell", "inform", "assure", "warn", "remind", "notify", "advise", "caution"})
# "responded by expelling", "in retaliation for": the act answers someone else's
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit", "return"})
# acts that answer a hostile act told earlier in the same sentence, and the acts they answer
ANSWERING_ROOTS = frozenset({"10", "11", "12", "13", "16"})
HOSTILE_ROOTS = frozenset({"13", "15", "16", "17", "18", "19", "20"})
# statements that share the target of their actor's other act in the sentence
# verbs that tell what a meeting or call was about
DISCUSSING_VERBS = frozenset({"discuss", "review", "exchange"})
# participles that gloss the act before them
GLOSS_VERBS = frozenset({"call", "say", "describe", "brand", "term", "label", "dismiss", "add", "insist", "argue"})
SHARING_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "13", "15"})
# verbs and prepositions by which an appeal names whom it addresses ("called on", "appealed to", "urged")
ADDRESSING_PREPOSITIONS = frozenset({("call", "on"), ("call", "upon"), ("appeal", "to")})
ADDRESSING_VERBS = frozenset({"urge", "ask", "press", "implore", "exhort"})
# acts an "after" clause tells as what provoked another state's act
PROVOKING_ROOTS = frozenset({"12", "13", "15", "16", "17", "18", "19", "20"})
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reply", "answer", "reaction", "protest"})
# acts done to things or people, which a participle or purpose clause adds rather than restates
MATERIAL_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# conjunctions of a threat's condition ("will retaliate if Kyiv strikes", "unless Belgrade withdraws")
CONDITION_MARKS = frozenset({"if", "unless", "should"})
# what a show of force is said to be meant for ("a warning to Washington", "a message to Seoul")
MESSAGE_NOUNS = frozenset({"warning", "message", "signal", "reminder"})
# verbs of showing someone something by force ("meant to show the UAE", "to remind Taipei")
SHOWING_VERBS = frozenset({"show", "remind", "signal", "warn", "deter", "intimidate", "pressure"})


def is_state(country: str | None) -> bool:
    """True for a country code (not IGO, NGO, IMG, MNC, unknown, or none: an area such as the Andes has no country)."""
    return bool(country) and country.isalpha() and country not in ("IGO", "NGO", "IMG", "MNC")


def _most_confident(mentions: list[Mention], key: Callable[[Mention], tuple | None]) -> set[int]:
    """The ids of the most confident mention (the first on a tie) of each ``key``; a None key groups nothing."""
    best: dict[tuple, Mention] = {}
    for mention in mentions:
        group = key(mention)
        if group is not None and (group not in best or mention.confidence > best[group].confidence):
            best[group] = mention
    return {id(m) for m in best.values()}


def _sentence_act(mention: Mention) -> tuple:
    target = mention.target.code if mention.target else None
    if target and target[3:] in ("", "GOV"):
        target = target[:3]  # "Pretoria" and "Ramaphosa": the state and its government are one party
    return (mention.sentence_index, mention.source.code, target, mention.event_code, mention.negated,
            mention.hypothetical)


def one_per_sentence(mentions: list[Mention]) -> list[Mention]:
    """ "will travel to Moscow for talks with Putin": two rules finding the same act of one actor towards
    one country in one sentence make one mention (the most confident)."""
    kept = _most_confident(mentions, _sentence_act)
    best = [m for m in mentions if id(m) in kept]
    # "mass killings of Alawite civilians in Latakia": the place only restates the people's country
    finer = {(m.sentence_index, m.source.code, m.target.country, m.event_code, m.negated, m.hypothetical)
             for m in best if m.target is not None and len(m.target.code) > 3}
    return [m for m in best if not (
        m.target is not None and len(m.target.code) == 3 and (m.sentence_index, m.source.code, m.target.country,
                                                             m.event_code, m.negated, m.hypothetical) in finer)]


def _composed_act(mention: Mention) -> tuple | None:
    if Trait.COMPOSED not in mention.traits:
        return None  # "blew himself up at a rally ... in an attempt to kill him": one verb, two acts (183, 185)
    return (mention.sentence_index, mention.verb_start, mention.source.code,
            mention.target.code if mention.target else None, mention.root_code, mention.negated, mention.hypothetical)


def one_per_trigger(mentions: list[Mention]) -> list[Mention]:
    """ "urged Addis Ababa to free the reporters and to let observers in": one appeal, demand or pledge (one
    trigger of a verb taking an act as complement) with several asked-for acts is one act of its root towards
    each target, not one per complement.

    Args:
        mentions: Mentions in text order.

    Returns:
        ``mentions`` keeping, of the composed ones with one trigger start, source, target, root and modality,
        the most confident (the first on a tie).
    """
    kept = _most_confident(mentions, _composed_act)
    return [m for m in mentions if id(m) in kept or _composed_act(m) is None]


# acts each conjoined doer answers for on its own: talks and truces between the government and the rebels
# have both as parties; mass killing or expulsion is laid at each force's door
SEVERAL_PARTY_ROOTS = frozenset({"04", "08", "20"})


def _joint_act(mention: Mention) -> tuple | None:
    if not is_state(mention.source.country) or mention.root_code in SEVERAL_PARTY_ROOTS:
        return None  # "the UN and the EU": bodies without a country are distinct parties
    return (mention.sentence_index, mention.verb_start, mention.source.country,
            mention.target.code if mention.target else None, mention.event_code, mention.negated,
            mention.hypothetical)


def one_per_joint_act(mentions: list[Mention]) -> list[Mention]:
    """ "Aymara farmers and miners blocked the highway", "police and soldiers fired on the crowd": conjoined
    doers of one country doing one act (one trigger) towards one target make one event, not one per conjunct;
    doers of distinct countries ("Armenia and Azerbaijan agreed"), separate clauses and the parties of talks,
    truces and mass violence (:data:`SEVERAL_PARTY_ROOTS`) stay apart.

    Args:
        mentions: Mentions in text order.

    Returns:
        ``mentions`` keeping, of those with one sentence, trigger start, source country, target, code and
        modality, the most confident (the first on a tie).
    """
    kept = _most_confident(mentions, _joint_act)
    return [m for m in mentions if id(m) in kept or _joint_act(m) is None]


def single_acts(mentions: list[Mention]) -> list[Mention]:
    """One mention per act: of rules finding it twice, of complements of one trigger, of conjoined doers.

    Args:
        mentions: Mentions in text order.

    Returns:
        ``mentions`` without the repeats :func:`one_per_sentence`, :func:`one_per_trigger` and
        :func:`one_per_joint_act` drop.
    """
    return one_per_joint_act(one_per_trigger(one_per_sentence(mentions)))


def without_inquiry_trips(acts: list[Act], by_anchor: dict[int, list[Mention]],
                          coded: list[Mention]) -> list[Mention]:
    """ "U.N. investigators arrived in Juba to investigate the killings": a journey made to investigate is
    the inquiry's fieldwork, no visit to the place's government; the inquiry (09) is the event.

    Args:
        acts: The sentence's acts.
        by_anchor: Mentions coded from each act, by the index of its anchor token.
        coded: The sentence's mentions.

    Returns:
        ``coded`` without the journey's consultation (04) mentions by a source whose inquiry is factual.
    """
    trips = set()
    for act in acts:
        journey = act.anchor.head
        if act.root != "09" or act.anchor.dep_ != "advcl" or journey.lemma_.lower() not in JOURNEY_LEMMAS:
            continue
        inquirers = {m.source.code for m in by_anchor.get(act.anchor.i, ()) if m.is_factual}
        trips |= {id(m) for m in by_anchor.get(journey.i, ()) if m.root_code == "04" and m.source.code in inquirers}
    return [m for m in coded if id(m) not in trips]


def without_trip_purposes(acts: list[Act], by_anchor: dict[int, list[Mention]],
                          coded: list[Mention]) -> list[Mention]:
    """ "flew to Niamey for talks with the junta leader": talks that are a journey's purpose are the
    traveller's one contact, told once in the traveller's direction; the host's side and a second event
    between the same two states are the same trip told again.

    Args:
        acts: The sentence's acts.
        by_anchor: Mentions coded from each act, by the index of its anchor token.
        coded: The sentence's mentions.

    Returns:
        ``coded`` without the purpose's contact (04) mentions the journey already tells.
    """
    retold = set()
    for act in acts:
        purpose = act.anchor.head
        if act.root != "04" or act.anchor.dep_ != "pobj" or purpose.lower_ != "for" \
                or purpose.head.lemma_.lower() not in JOURNEY_LEMMAS:
            continue
        trip = [m for m in by_anchor.get(purpose.head.i, ()) if m.root_code == "04" and m.is_factual]
        travellers = {m.source.country for m in trip}
        pairs = {(m.source.country, m.target.country if m.target else None) for m in trip}
        if travellers:
            retold |= {id(m) for m in by_anchor.get(act.anchor.i, ()) if m.source.country not in travellers
                       or (m.source.country, m.target.country if m.target else None) in pairs}
    return [m for m in coded if id(m) not in retold]


# acts told as the manner of a larger act by the same side ("stormed the police headquarters, torching two
# trucks"): the raid, riot or massacre is the event; under an assault on people (18) burning homes is its own,
# and so is a joined act ("stormed the station and set fire to the town hall")
DAMAGE_WITHIN = {"1712": frozenset({"14", "19", "20"}), "173": frozenset({"20"})}


def without_attack_conduct(acts: list[Act], by_anchor: dict[int, list[Mention]],
                           coded: list[Mention]) -> list[Mention]:
    """ "stormed the police headquarters, torching two patrol trucks", "ethnically cleansing the villages,
    rounding up families": property burnt or people rounded up in the manner of an attack, riot or mass
    violence by the same side (a participle clause on it) is that act's conduct, no coercion of its own.

    Args:
        acts: The sentence's acts.
        by_anchor: Mentions coded from each act, by the index of its anchor token.
        coded: The sentence's mentions.

    Returns:
        ``coded`` without the conduct's mentions.
    """
    conduct = set()
    for act in acts:
        within = DAMAGE_WITHIN.get(act.code)
        if within is None or act.anchor.dep_ != "advcl" or act.anchor.tag_ != "VBG":
            continue
        head = act.anchor.head
        attackers = {m.source.country for verb in (head, *(c for c in head.children if c.dep_ == "conj"))
                     for m in by_anchor.get(verb.i, ()) if m.is_factual and m.root_code in within}
        conduct |= {id(m) for m in by_anchor.get(act.anchor.i, ()) if m.source.country in attackers}
    return [m for m in coded if id(m) not in conduct]


def without_restatements(acts: list[Act], by_anchor: dict[int, list[Mention]],
                          coded: list[Mention]) -> list[Mention]:
    """ "summoned the ambassador to protest", "lifted the curfew, allowing ...", "rejected the resolution,
    saying it would not allow ...": a purpose or participle clause that tells its head's act again
    (same sides, same root) is that act's reason or manner, no second event.

    Args:
        acts: The sentence's acts.
        by_anchor: Mentions coded from each act, by the index of its anchor token.
        coded: The sentence's mentions.

    Returns:
        ``coded`` without the factual mentions that restate their head act.
    """
    restated = set()
    for act in acts:
        if act.root in MATERIAL_ROOTS:
            continue  # "boarded the boat, seizing its catch": a second act on other things or people
        if Trait.JUDGEMENT in act.traits:
            # "summoned the envoy to protest against what she called a violation": the protest's words
            heads = [t for t in act.anchor.ancestors if t.i in by_anchor]
        else:
            heads = [head] if (head := _explained_head(act.anchor)) is not None and head.i in by_anchor else []
        told = {_sides_and_root(m) for verb in heads for m in by_anchor[verb.i] if m.is_factual}
        # "marched on parliament, demanding an end to the ban": what a crowd demands is its protest's aim
        protesters = {m.source.country for verb in heads for m in by_anchor[verb.i] if m.root_code == "14"}
        # ("..., saying it was ready to host talks": a restated offer that names no one is the head's too)
        restated |= {id(m) for m in by_anchor.get(act.anchor.i, ()) if m.is_factual and (
            _sides_and_root(m) in told or m.root_code == "10" and m.source.country in protesters
            or m.target is None and (m.source.country, m.root_code) in {(s, r) for s, _, r in told})}
    return [m for m in coded if id(m) not in restated]


def contact_elaborations(acts: list[Act], by_anchor: dict[int, list[Mention]], coded: list[Mention],
                         earlier: list[Mention], index: int) -> list[Mention]:
    """ "Putin and Pashinyan held a phone call. The two leaders discussed bilateral ties.", "... spoke by
    phone, and the two leaders agreed that the raids threatened stability": what "they" or "the two
    leaders" discussed or found, right after their contact is told, says what that contact was about; it is
    no second meeting nor a commitment of its own.

    Args:
        acts: The sentence's acts.
        by_anchor: Mentions coded from each act, by the index of its anchor token.
        coded: The sentence's mentions.
        earlier: The mentions of the article's earlier sentences.
        index: The sentence's index in the article.

    Returns:
        ``coded`` without the acts that elaborate the contact just told.
    """
    told_before = any(m.root_code == "04" and m.is_factual and m.sentence_index == index - 1 for m in earlier)
    told = set()
    for act in acts:
        if not (act.sources and all(_told_parties(s) for s in act.sources) and _elaborating(act)):
            continue
        mine = by_anchor.get(act.anchor.i, [])
        contact_here = any(m.root_code == "04" and m.is_factual and (m.verb_start or 0) < act.anchor.idx
                           and all(m is not n for n in mine) for m in coded)
        if told_before or contact_here:
            told |= {id(m) for m in mine}
    return [m for m in coded if id(m) not in told]


def withheld_after_rejection(coded: list[Mention], earlier: list[Mention], index: int) -> list[Mention]:
    """ "Mogadishu rejected the offer. The minister said there would be no talks until ...": saying what
    will not happen, right after the same side's rejection of the same party is told, gives that rejection's
    terms; it is no second refusal.

    Args:
        coded: The sentence's mentions.
        earlier: The mentions of the article's earlier sentences.
        index: The sentence's index in the article.

    Returns:
        ``coded`` without the withheld-event refusals that restate the last sentence's rejection.
    """
    rejected = {(m.source.country, m.target.country) for m in earlier
                if m.sentence_index == index - 1 and m.root_code == "12" and m.is_factual and m.target is not None}
    return [m for m in coded if not (Trait.WITHHELD in m.traits and m.target is not None
                                     and (m.source.country, m.target.country) in rejected)]


def _elaborating(act: Act) -> bool:
    """Discussing, or agreeing that something is so ("agreed that the raids threatened stability"; not
    agreeing to do something, nor that something should be done)."""
    lemma = act.anchor.lemma_.lower()
    return act.root == "04" and lemma in DISCUSSING_VERBS or act.root == "03" and lemma == "agree" and any(
        c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBZ", "VBP") and not any(
            a.dep_ == "aux" and a.tag_ == "MD" for a in c.children) for c in act.anchor.children)


def _told_parties(subject: Token) -> bool:
    """ "they", "the two leaders", "both ministers": parties named by reference to the last sentence."""
    return subject.pos_ == "PRON" or subject.lower_ == "both" or any(
        c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in subject.children)


def _explained_head(anchor: Token) -> Token | None:
    """The verb whose act a purpose ("to protest") or participle ("allowing", "saying it would not")
    clause explains, else None."""
    if anchor.dep_ == "acomp" and anchor.head.dep_ == "ccomp":
        anchor = anchor.head  # "..., saying his country was ready to host talks": the copula's clause
    if anchor.dep_ == "ccomp" and anchor.head.tag_ == "VBG" and anchor.head.lemma_.lower() in SPEECH_LEMMAS:
        anchor = anchor.head  # "..., saying it would not allow them": what the participle says
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
    if anchor.dep_ in ("advcl", "xcomp") and anchor.head != anchor and (anchor.tag_ == "VBG" or purpose):
        return anchor.head
    return None


def _sides_and_root(mention: Mention) -> tuple[str, str | None, str]:
    return mention.source.country, mention.target.country if mention.target else None, mention.root_code


def denial_targets(sentence: list[Mention]) -> None:
    """ "Rwanda denied sending troops to eastern Congo": a denial with no target of its own concerns
    whoever the denied act was aimed at."""
    for denial in sentence:
        # "denied that its soldiers had executed civilians near Diafarabe": people of no country are no target
        guessed = denial.target is not None and (Trait.GUESSED_TARGET in denial.traits
                                                 or denial.target.code.startswith("---"))
        if denial.event_code != "016" or denial.target is not None and not guessed:
            continue
        # the denied act, or the act a denied report tells of ("denied reports that its soldiers had ...")
        denied = next((m for m in sentence if m.target is not None
                       and (m.negated and Trait.DENIED in m.traits or m.hypothetical and Trait.REPORTED in m.traits)
                       and m.source.country == denial.source.country
                       and m.target.code != denial.source.code and is_state(m.target.country)), None)
        if denied is not None:
            country = denied.target.country
            denial.target = ActorRef(country, actor_name(country), "")
            _unguess(denial)
            denial.rule += " [target: the denied act's]"
            denial.confidence = max(0.05, denial.confidence - 0.1)


def _open_denials(sentence: list[Mention]) -> list[Mention]:
    """The sentence's denials (016) with no target, or only a guessed one, which an earlier act may answer."""
    return [m for m in sentence if m.event_code == "016" and (
        m.target is None or Trait.GUESSED_TARGET in m.traits or m.target.code.startswith("---"))]


def _unguess(denial: Mention) -> None:
    """Drop a guessed target's mark (trait and note) from ``denial``, whose target is now found."""
    denial.traits &= ~Trait.GUESSED_TARGET
    denial.rule = denial.rule.replace(f" [{OTHER_PARTY}]", "")


def _answer_denial(denial: Mention, country: str, why: str) -> None:
    """Aim ``denial`` at ``country``, replacing a guessed target, and say why in its rule."""
    denial.target = ActorRef(country, actor_name(country), "")
    _unguess(denial)
    denial.rule += f" [target: {why}]"
    denial.confidence = max(0.05, denial.confidence - 0.1)


def denials_answered(sentence: list[Mention], earlier: list[Mention]) -> None:
    """ "Guinea summoned Liberia's envoy ... Monrovia denied that its troops had crossed": a denial naming
    no state of its own answers whoever last accused or protested against the denier in the article."""
    for denial in _open_denials(sentence):
        accuser = next((m.source for m in reversed(earlier) if m.root_code == "11" and m.is_factual
                        and m.target is not None and m.target.country == denial.source.country
                        and m.source.country != denial.source.country and is_state(m.source.country)), None)
        if accuser is None:
            continue
        _answer_denial(denial, accuser.country, "the accuser answered")


def charged_quoted_denials(sentence: list[Mention], earlier: list[Mention]) -> list[Mention]:
    """ "'We have never closed the door,' the president said": a quoted categorical negation denies a charge
    only when the article has laid one on the speaker's side, so one is kept only when it answers whoever
    accused or acted against that side before (see :func:`detente.coding.accusations.quoted_denial`)."""
    def charged(denial: Mention) -> bool:
        return denial.target is not None and any(
            m.is_factual and m.target is not None and m.target.country == denial.source.country
            and m.source.country == denial.target.country and (m.root_code == "11" or m.root_code in HOSTILE_ROOTS)
            for m in earlier)

    return [m for m in sentence if Trait.QUOTED_DENIAL not in m.traits or charged(m)]


def denials_of_reports(sentence: list[Mention], earlier: list[Mention], actors: ArticleActors, doc: Doc) -> None:
    """ "The church said soldiers had burned six houses. The army denied the claim": a denial naming no
    one else answers whoever reported, just before, a hostile act by the denier's side."""
    for denial in _open_denials(sentence):
        reporter = None
        # "al-Shabaab said ..., a claim the ministry denied": the claim may come earlier in the same sentence
        before = [m for m in sentence if m.verb_start is not None and denial.verb_start is not None
                  and m.verb_start < denial.verb_start]
        for mention in reversed(earlier + before):
            if mention.sentence_index < denial.sentence_index - 2:
                break  # a claim is denied while it is news, not paragraphs later
            if mention.negated or mention.source.country != denial.source.country \
                    or mention.root_code not in HOSTILE_ROOTS or mention.verb_start is None:
                continue
            verb = doc.char_span(mention.verb_start, mention.verb_end, alignment_mode="expand")
            speaker = reported_speaker(verb.root) if verb is not None else None  # the span may open on its subject
            found = actors.get(speaker) if speaker is not None and speaker.pos_ != "PRON" else None
            # the latest such act is the denied one; a doer's boast of its own act ("al-Shabaab said its
            # fighters had killed dozens") is no report of the denier's
            reporter = found.ref if found is not None and found.ref.code != mention.source.code else None
            break
        # (a state reporting its own side's act, as in a threat it makes, has no report of its own to deny)
        if reporter is None or not is_state(reporter.country) or reporter.country == denial.source.country:
            continue
        _answer_denial(denial, reporter.country, "the reporter of the denied act")


def shared_targets(sentence: list[Mention], doc: Doc) -> None:
    """ "summoned Azerbaijan's ambassador to protest against what it called an unlawful detention":
    a statement with no target of its own, made by the same mention of an actor as an act towards
    another party (one subject, several verbs), is aimed at that party."""
    for mention in sentence:
        if mention.target is not None or not mention.is_factual or mention.root_code not in SHARING_ROOTS \
                or mention.verb_start is None or _gloss(doc, mention.verb_start) \
                or _addressed(doc, mention.verb_start):
            continue
        donor = next((m for m in sentence if m is not mention and m.target is not None and m.is_factual
                      and m.source.code == mention.source.code and m.target.country != mention.source.country
                      and m.target.country != "---" and (
                          m.source.start == mention.source.start and mention.source.start is not None
                          or _said_alongside(doc, mention, m))), None)
        if donor is None or _reported_apart(doc, mention, donor) and not _said_alongside(doc, mention, donor) or any(
                m.target is not None and m.target.country == donor.target.country
                and m.source.code == mention.source.code and m.root_code == mention.root_code for m in sentence):
            continue
        verb = doc.char_span(mention.verb_start, mention.verb_start + 1, alignment_mode="expand")
        if verb is not None and _as_clause(verb[0]):
            continue  # "denied using cluster munitions, as alleged by Phnom Penh": told beside the act
        mention.target = donor.target
        mention.rule += " [target: the same actor's other act]"
        mention.confidence = max(0.05, mention.confidence - 0.15)


def _as_clause(verb: Token) -> bool:
    """ "..., as alleged by Phnom Penh", "as Kyiv has claimed": an "as" clause told beside the act."""
    while verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in verb.children)


def provocations_answered(sentence: list[Mention], doc: Doc) -> None:
    """ "Armenia put its troops on alert after Azerbaijani forces moved tanks close to the border", "the
    soldiers withdrew after South Korean troops fired warning shots": an act with no target told in an
    "after" clause provoked the other state's act in the main clause, and was aimed at that state; so was
    one a joined clause answers against its doer ("occupied the village, and Freetown protested to Conakry")."""
    for mention in sentence:
        if mention.target is not None or not mention.is_factual or not is_state(mention.source.country) \
                or mention.root_code not in PROVOKING_ROOTS or mention.verb_start is None:
            continue
        verb = doc.char_span(mention.verb_start, mention.verb_start + 1, alignment_mode="expand")
        if verb is None:
            continue
        if _after_clause(verb[0]):
            main = verb[0].head
            # "crossed the line and withdrew after ...": the clause hangs on the last of joined verbs
            heads = {main.idx} | ({main.head.idx} if main.dep_ == "conj" else set())
            answering = next((m for m in sentence if m.verb_start in heads
                              and m.source.country != mention.source.country and is_state(m.source.country)
                              and m.root_code in ANSWERING_ROOTS | HOSTILE_ROOTS), None)
        else:
            # "Guinean soldiers occupied the village, and Sierra Leone lodged a protest with Conakry": the
            # clause joined after it answers the act, naming its doer
            joined = {c.idx for c in verb[0].children if c.dep_ == "conj"}
            answering = next((m for m in sentence if m.verb_start in joined and m.target is not None
                              and m.target.country == mention.source.country
                              and m.source.country != mention.source.country and is_state(m.source.country)
                              and m.root_code in ANSWERING_ROOTS | HOSTILE_ROOTS), None)
        if answering is None:
            continue
        mention.target = answering.source
        mention.rule += " [target: whom the act provoked]"
        mention.confidence = max(0.05, mention.confidence - 0.15)


def inquiries_into_acts(sentence: list[Mention], doc: Doc) -> None:
    """ "UNIFIL said it was investigating an incident in which Israeli troops fired on a patrol": an
    inquiry (root 09) with no target is aimed at whoever did the hostile act its object describes."""
    for inquiry in sentence:
        if inquiry.target is not None or inquiry.root_code != "09" or inquiry.verb_start is None:
            continue
        verb = doc.char_span(inquiry.verb_start, inquiry.verb_start + 1, alignment_mode="expand")
        if verb is None:
            continue
        # "began investigating reports that ...": the parser may hang the object on the verb "investigating"
        # completes
        governing = (verb[0], verb[0].head) if verb[0].dep_ == "xcomp" else (verb[0],)
        doer = next((m.source for m in sentence if m.root_code in HOSTILE_ROOTS and not m.negated
                     and m.source.country not in (inquiry.source.country, "---") and m.verb_start is not None
                     and any(_described_under(doc, m.verb_start, g) for g in governing)), None)
        if doer is not None:
            inquiry.target = doer
            inquiry.rule += " [target: the doer of the act inquired into]"


def _described_under(doc: Doc, start: int, verb: Token) -> bool:
    """Whether the verb at offset ``start`` heads a clause describing a noun ("an incident in which ...")
    that ``verb`` governs, not a clause joined or reported beside it."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    # "reports that troops had shelled villages": the parser may hang a noun's content clause as a ccomp
    content = span is not None and span[0].dep_ == "ccomp" and span[0].head.dep_ in ("dobj", "pobj")
    if span is None or span[0].dep_ not in ("relcl", "acl") and not content or not verb.is_ancestor(span[0]):
        return False
    node = span[0].head
    while node.i != verb.i:
        if node.dep_ in ("conj", "ccomp", "parataxis"):
            return False
        node = node.head
    return True


def _after_clause(verb: Token) -> bool:
    """Whether ``verb`` heads an "after" clause ("after Polisario fighters fired shells")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children)


def _reported_apart(doc: Doc, mention: Mention, donor: Mention) -> bool:
    """ "rejected a Senegalese plan and said they also opposed the deployment": a statement reported by
    a speech verb the other act is not under is a separate turn, with its own object."""
    spans = [doc.char_span(m.verb_start, m.verb_start + 1, alignment_mode="expand") for m in (mention, donor)]
    if any(span is None for span in spans):
        return True
    verb, other = spans[0][0], spans[1][0]
    node = verb
    while node.head != node and node != other:
        node = node.head
        if node.lemma_.lower() in SPEECH_LEMMAS and node not in other.ancestors and node != other:
            return True
    return False


def _said_alongside(doc: Doc, mention: Mention, donor: Mention) -> bool:
    """ "urged Pyongyang to reconnect the hotline, saying Seoul would be ready to send a delegation": what
    a participle of speech on the donor's verb reports is the same turn, told to the same party."""
    spans = [doc.char_span(m.verb_start, m.verb_start + 1, alignment_mode="expand") for m in (mention, donor)]
    if any(span is None for span in spans):
        return False
    verb, other = spans[0][0], spans[1][0]
    return any(node.dep_ == "advcl" and node.tag_ == "VBG" and node.lemma_.lower() in SPEECH_LEMMAS
               and node.head == other for node in verb.ancestors)


def _addressed(doc: Doc, start: int) -> bool:
    """ "accused Moscow of ... and called on allies to supply air defence": an appeal addressed to backers
    is not aimed at the party of the speaker's other act."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    verb = span[0]
    lemma = verb.lemma_.lower()
    addressed = [g for c in verb.children if c.dep_ == "prep" and (lemma, c.lower_) in ADDRESSING_PREPOSITIONS
                 for g in c.children if g.dep_ == "pobj"]
    if lemma in ADDRESSING_VERBS:
        addressed += [c for c in verb.children if c.dep_ == "dobj"]
    # "the international community": the word before the noun may complete the phrase
    return any(a.lemma_.lower() in BACKER_NOUNS or f"{a.doc[a.i - 1].lower_} {a.lower_}" in BACKER_NOUNS
               for a in addressed if a.i > 0)


def _gloss(doc: Doc, start: int) -> bool:
    """ "rejected the demand, calling it interference", "..., saying it must respect": a participle
    commenting on the act before it, not another act."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span[0].tag_ == "VBG" and span[0].lemma_.lower() in GLOSS_VERBS


def across_border(anchor: Token, own: set[str], actors: ArticleActors) -> Resolved | None:
    """The country across a border named in the clause ("along the Somali border", "the boundary with
    Kosovo"), other than ``own``."""
    for token in anchor.subtree:
        if token.lemma_.lower() not in BORDER_NOUNS:
            continue
        heads = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        heads += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "of")
                  for g in c.children if g.dep_ == "pobj"]
        # "on high alert along the border with Pakistan": the parser may hang "with" on the verb
        heads += [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "with"
                  for g in c.children if g.dep_ == "pobj"]
        for head in heads:
            ref = actors.resolver.resolve_text(head.text, actors.date) or (
                found.ref if (found := actors.get(head)) is not None else None)
            if ref is not None and ref.country not in own and is_state(ref.country):
                return Resolved(ActorRef(ref.country, actor_name(ref.country), head.text, head.idx,
                                         head.idx + len(head.text)), True, head)
    return None


def conditioned_party(anchor: Token, own: set[str], actors: ArticleActors) -> Resolved | None:
    """Whom a threat's condition names as doing something ("warned that it would retaliate if the alliance
    held more drills", "will respond unless Kigali withdraws"): the threat is aimed at them."""
    # "If Ankara sends troops, the minister said, Damascus would attack them": set off by the attribution,
    # the condition hangs on the speech verb that reports the threat
    reporting = anchor.head if anchor.dep_ in ("ccomp", "parataxis") \
        and anchor.head.lemma_.lower() in SPEECH_LEMMAS else None
    set_off = [c for c in reporting.children if c.dep_ == "advcl" and c.i < anchor.i] if reporting is not None else []
    for clause in [*anchor.subtree, *set_off]:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                             for c in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
            found = actors.get(subject)
            if found is not None and found.ref.country not in own and not found.ref.code.startswith("---"):
                return found
    return None


def message_recipient(anchor: Token, own: set[str], actors: ArticleActors) -> Resolved | None:
    """Whom a show of force is said to be meant for: "in what officials called a warning to the United
    States", "a move meant to show the UAE that the islands are not negotiable"."""
    for token in anchor.subtree:
        lemma = token.lemma_.lower()
        if lemma in MESSAGE_NOUNS and token.pos_ == "NOUN":
            heads = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
                     for o in p.children if o.dep_ == "pobj"]
            # "called a warning to the U.S.": the parser may hang "to" on the verb naming it
            heads += [o for p in token.head.children if token.dep_ == "oprd" and p.dep_ == "prep"
                      and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        elif lemma in SHOWING_VERBS and token.pos_ == "VERB" and token.dep_ in ("xcomp", "advcl", "relcl", "acl") \
                and token.i != anchor.i:
            heads = [c for c in token.children if c.dep_ in ("dobj", "dative")]
        else:
            continue
        for head in heads:
            found = actors.get(head)
            if found is not None and found.ref.country not in own and not found.ref.code.startswith("---"):
                return found
    return None


def addressees(anchor: Token) -> list[Token]:
    """Whom the reported clause of ``anchor`` was told to ("told the ambassador that ...")."""
    node = anchor
    for _ in range(2):
        if node.dep_ != "ccomp" or node.head == node:
            return []
        node = node.head
        if node.lemma_.lower() in TELLING_VERBS:
            return [c for c in node.children if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON"]
    return []


def responded(act: Act, own: set[str], earlier: list[Mention], actors: ArticleActors) -> Resolved | None:
    """Whom an act answers: "in response to the U.S. naval buildup", "China responded by banning
    exports" (the latest other actor's act), "retaliated against Kyiv"."""
    anchor = act.anchor
    # "placed its forces on alert and mobilised militia in response to ...": the phrase the parser hangs on
    # the last of joined verbs answers for each of them
    verbs = [anchor] + [v for v in anchor.conjuncts if v.pos_ == "VERB"]
    for prep in (c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in RESPONSE_NOUNS):
            for cause in (o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                          for o in p.children if o.dep_ == "pobj"):
                found = actors.get(cause) or actors.inside(cause)
                if found is not None and found.ref.country not in own:
                    return Resolved(found.ref, True, cause)
    verb = anchor.head.head if anchor.dep_ == "pcomp" and anchor.head.lower_ == "by" else anchor
    if verb.lemma_.lower() not in RESPONSE_VERBS:
        return None
    for cause in (o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "against")
                  for o in p.children if o.dep_ == "pobj"):
        found = actors.get(cause) or actors.inside(cause)
        if found is not None and found.ref.country not in own:
            return Resolved(found.ref, True, cause)
    sentence = anchor.sent.start_char
    for mention in reversed(earlier):
        if mention.source.country not in own and is_state(mention.source.country) \
                and mention.sentence_start >= sentence - 2000:
            return Resolved(mention.source, True, anchor)
    return None


def answered_in_sentence(act: Act, own: set[str], earlier: list[Mention], index: int) -> Resolved | None:
    """ "U.S. forces seized a Venezuelan tanker, and Caracas demanded its return": a verbal act with no
    target answers the hostile act the same sentence told against the actor's own country; so does a show
    of force joined to that act's clause, and criticism of another state's hostile act against anyone
    ("police fired tear gas at protesters, and the U.S. embassy criticised the use of force")."""
    show_of_force = act.root == "15"
    if act.root not in ANSWERING_ROOTS and not show_of_force or _after_clause(act.anchor):
        return None  # "hours after U.S. warplanes began a drill": what came first answers nothing after it
    for mention in reversed(earlier):
        if mention.sentence_index != index:
            break
        # "Kosovo police seized the post offices, and Serbia put its army on alert": a show of force answers
        # only the act whose clause it is joined to
        joined = act.anchor.dep_ == "conj" and mention.verb_start == act.anchor.head.idx
        # "North Korea fired a missile into the sea, and Tokyo lodged a protest": a hostile act at no one
        # named is answered by whoever protests it
        aimed = mention.target.country in own or act.root == "11" if mention.target is not None else not show_of_force
        if mention.is_factual and mention.root_code in HOSTILE_ROOTS and aimed \
                and (joined or not show_of_force) and mention.source.country not in own \
                and is_state(mention.source.country):
            return Resolved(mention.source, True, act.anchor)
    return None


def others_denied(sentence: list[Mention]) -> list[Mention]:
    """ "Pakistan's military denied that India had shot down any of its jets": denying that another
    party did something takes no responsibility (no 016); the denied act stays flagged."""
    kept = []
    for mention in sentence:
        denied = [m for m in sentence if m.negated and Trait.DENIED in m.traits and m is not mention]
        if mention.event_code == "016" and Trait.DENIAL_OF in mention.traits and denied \
                and all(m.source.country != mention.source.country and is_state(m.source.country) for m in denied):
            continue
        kept.append(mention)
    return kept


def policing_at_home(act: Act, source: Resolved, location: Location | None, acting: set[str]) -> bool:
    """ "South African police arrested 14 members of the group": police and courts arrest, detain and
    try people at home, whatever other states the article names, unless the sentence places the act abroad."""
    return act.code.startswith("173") and source.ref.code[3:6] in ("COP", "JUD") \
        and (location is None or location.country in acting)


def denies_a_clause(anchor: Token) -> bool:
    """Whether a denial denies what a clause tells ("denied that ...", "denied reports that ..."),
    not an accusation named only by its noun ("rejected the accusation", whose target is the accuser)."""
    objects = [anchor] + [c for c in anchor.children if c.dep_ == "dobj"]
    return any(c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX") for o in objects for c in o.children)
