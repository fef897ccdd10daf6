"""When an act happened, when the text says so: "in June 2025", "in 2023", "18 years ago", "last year".

News articles recount old events as background ("Israel struck Iranian nuclear sites in June
2025"); coded with the article's date they would pile into the wrong week of a dyad's series.
:func:`event_date` reads the time phrase attached to the act's verb and returns its date when
it lies clearly before the article's date, so the event keeps its own date.
"""

from __future__ import annotations

import logging
from datetime import date

from spacy.tokens import Token

logger = logging.getLogger(__name__)

MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
# an act further back than this from the article's date is background, dated on its own
BACKGROUND_DAYS = 31
# prepositions that date an act ("in June 2025", "from 1998 to 2000"); "since 2011" says how long, not when
DATING_PREPS = frozenset({"in", "during", "on", "at", "from"})
# phrases after whose event an act came ("after the 2008 war", "following the 2023 coup")
LATER_PREPS = ("after", "following")
# clauses that happened at (or before) the time of the act they hang on
EARLIER_MARKS = frozenset({"after", "when"})
# phrases that say where or when an act happened, inside which a date still dates the act
PLACE_OR_TIME_PREPS = frozenset({"during", "in", "at", "near", "off", "on", "outside", "inside"})
# the roles of a noun whose describing participle is as old as the act it takes part in
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})
# time nouns that, with "the same", "that" or "at the time", point back to the time the last sentence named
ANAPHORIC_TIME_NOUNS = frozenset({"time", "year", "month"})
ANAPHORIC_TIME_DETS = frozenset({"same", "that"})


def event_date(anchor: Token, published: str | None) -> str | None:
    """The ISO date (first day of the month or year named) of the act of ``anchor`` when its own
    time phrase puts it more than a month before ``published``; None otherwise."""
    if not published:
        return None
    try:
        today = date.fromisoformat(published[:10])
    except ValueError:
        return None
    for found in _time_phrases(anchor, today):
        if (today - found).days > BACKGROUND_DAYS:
            return found.isoformat()
    return None


def _time_phrases(anchor: Token, today: date) -> list[date]:
    # "stormed the village in September 2023 and killed ...": a conjoined verb shares the time
    heads = [anchor] + ([anchor.head] if anchor.dep_ == "conj" else [])
    found = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep":
                found.extend(_prep_dates(child, 0, today))
            elif child.dep_ == "dobj":
                found.extend(_object_dates(child, today))
            elif child.dep_ in ("nsubj", "nsubjpass") and head.tag_ == "VBD":
                found.extend(_subject_dates(child, today))
            elif child.dep_ in ("npadvmod", "advmod", "obl"):
                when = _relative_date(child, today)
                if when is not None:
                    found.append(when)
            if _anaphoric_time(child):
                found.extend(_previous_sentence_dates(head, today))
    if not found and anchor.dep_ in ("relcl", "advcl") and any(
            c.lower_ == "when" for c in anchor.children if c.dep_ == "advmod"):
        # "soured in March, when Croatia and Albania signed a pact", "since April 2025, when Algeria
        # shot down a drone": a when-clause happened at the time its head names
        head = anchor.head
        # "after the disputed 2020 election, when ...": a year on the noun the clause hangs on
        when = _named_date(head, today) or next(
            (named for c in head.children
             if c.dep_ in ("nummod", "compound", "amod", "nmod") and (named := _named_date(c, today)) is not None),
            None)
        if when is not None:
            found.append(when)
        elif head.pos_ in ("VERB", "AUX") and head != anchor:
            found.extend(_time_phrases(head, today))
    restating = anchor.dep_ == "relcl" and anchor.head.dep_ in ("npadvmod", "appos") \
        and anchor.head.head.pos_ in ("VERB", "AUX")
    if not found and restating:
        # "In 2023 Chile sent soldiers to the border, a step Bolivia criticised at the time": the
        # reaction to a dated act is as old as the act
        found.extend(_time_phrases(anchor.head.head, today))
    if not found and anchor.head != anchor and (anchor.dep_ == "conj" or anchor.dep_ == "advcl" and (any(
            c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in anchor.children) or _participle(anchor))):
        # "when gunmen stormed the village and killed ...", "put the treaty in abeyance in April 2025
        # after militants killed 26 people", "cut ties in 2020, accusing it of meddling": the clause
        # happened with (or before) the dated act
        found.extend(_time_phrases(anchor.head, today))
    if not found and anchor.dep_ == "xcomp" and anchor.head != anchor and anchor.head.pos_ in ("VERB", "AUX"):
        # "In September 2025 three jets lingered there, prompting Tallinn to request consultations", "froze its
        # membership in 2024 and has since moved to deepen ties": a complement is as old as the verb governing it
        found.extend(_time_phrases(anchor.head, today))
    if not found and anchor.pos_ == "NOUN":
        # "Iraq's 1990 invasion of Kuwait", "the 2008 war": an act noun carrying an earlier year is history
        found.extend(when for c in anchor.children if c.dep_ in ("nummod", "compound", "amod")
                     and (when := _named_date(c, today)) is not None and when.year < today.year)
    if not found and anchor.dep_ == "advcl" and anchor.head != anchor and any(
            c.dep_ == "mark" and c.lower_ == "before" for c in anchor.children) and not any(
            t.ent_type_ in ("DATE", "TIME") for c in anchor.children if c.dep_ in ("prep", "npadvmod", "advmod")
            for t in c.subtree):
        # "A similar dispute in 2022 closed the border for a week before the two governments agreed to cap
        # the fees": with no time of its own, what came next in a dated story belongs to the same history
        found.extend(_time_phrases(anchor.head, today))
    if not found and anchor.pos_ in ("VERB", "AUX"):
        found.extend(_past_infinitive_dates(anchor, today))
    if not found:
        found.extend(_describing_since(anchor, today))
    if not found:
        found.extend(_dated_conjunct(anchor, today))
    if not found and (verb := _described_argument_verb(anchor)) is not None:
        found.extend(_time_phrases(verb, today))
    if not found:
        found.extend(_after_dated(anchor, today))
    if not found and anchor.dep_ == "pcomp" and anchor.head.lower_ == "by" and anchor.head.head.pos_ in ("VERB", "AUX"):
        # "Greece responded in 2019 by expelling the ambassador": the means is as old as the act it serves
        found.extend(_time_phrases(anchor.head.head, today))
    return found


def _anaphoric_time(child: Token) -> bool:
    """ "at the time", "the same year", "that month": a time phrase that names no date of its own but
    points back to the one just told."""
    noun = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" \
        and child.lower_ in ("at", "in") else child
    if noun is None or noun.lemma_.lower() not in ANAPHORIC_TIME_NOUNS:
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod")}
    return bool(dets & ANAPHORIC_TIME_DETS) or noun.lower_ == "time" and "the" in dets and child.lower_ == "at"


def _previous_sentence_dates(verb: Token, today: date) -> list[date]:
    """ "... dates back to 2019, when Tripoli signed a deal. Greece responded at the time": the last
    date the sentence before (or the clause before, in the same sentence) named."""
    sent = verb.sent
    before = verb.doc[sent.start - 1].sent if sent.start > 0 else None
    for tokens in ([t for t in sent if t.i < verb.i], list(before) if before is not None else []):
        named = [when for t in reversed(tokens) if (when := _named_date(t, today)) is not None]
        if named:
            return named[:1]
    return []


def _described_argument_verb(anchor: Token) -> Token | None:
    """ "In 2021 Chad backed an embargo imposed by Sudan", "expelled in 2019 two diplomats accused of
    spying": the verb whose argument a bare passive participle describes; what the participle tells
    came before that act, so it is at least as old (None for other clauses)."""
    if anchor.dep_ != "acl" or anchor.tag_ != "VBN" or anchor.head.dep_ not in ARGUMENT_DEPS:
        return None
    holder = anchor.head.head
    if anchor.head.dep_ == "pobj" and holder.dep_ == "prep":
        holder = holder.head
    return holder if holder.pos_ in ("VERB", "AUX") else None


def _after_dated(verb: Token, today: date) -> list[date]:
    """ "froze trade for two years after Sanchez backed the plan in 2022", "which Russia recognised after
    the 2008 war", "after donors cut aid following the July 2023 coup": an act with no time of its own that
    followed an event of an earlier year is history told as background (not "restored ties on Monday after
    a rupture in 2023": that one has its own day)."""
    own_time = any(t.ent_type_ in ("DATE", "TIME") for c in verb.children
                   if c.dep_ in ("npadvmod", "advmod") or c.dep_ == "prep" and c.lower_ not in (*LATER_PREPS, "for", "as")
                   for t in c.subtree)
    if own_time:
        return []
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in LATER_PREPS:
            found.extend(_followed(child, today))
        elif child.dep_ == "prep" and child.lower_ == "as":
            # "recognised the region as independent after the 2008 war": the parser hangs the time on
            # the predicative "as" phrase
            found.extend(when for g in child.children for p in g.children
                         if p.dep_ == "prep" and p.lower_ in LATER_PREPS for when in _followed(p, today))
        elif child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in child.children):
            for prep in (c for c in child.children if c.dep_ == "prep"):
                found.extend(_followed(prep, today) if prep.lower_ in LATER_PREPS else _prep_dates(prep, 0, today))
    # a year before the article's own marks history; a recent month may still lead up to today's news
    return [when for when in found if when.year < today.year]


def _followed(prep: Token, today: date) -> list[date]:
    """ "after the 2008 war", "following the July 2023 coup", "after 2014": the date of the event (or the
    time) an act came after."""
    return [when for obj in prep.children if obj.dep_ == "pobj"
            for dated in (obj, *(c for c in obj.children if c.dep_ in ("nummod", "compound", "amod", "nmod")))
            if (when := _named_date(dated, today)) is not None]


def _dated_conjunct(verb: Token, today: date) -> list[date]:
    """ "Armenia and Azerbaijan fought two wars, and Azerbaijan retook the region in September 2023": a
    clause with no time of its own, joined to a dated clause after it, tells the same history (not
    "expelled the envoy on Monday and recalled that it had cut ties in 2020": that one has its own day)."""
    own_time = any(t.ent_type_ in ("DATE", "TIME") for c in verb.children
                   if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree)
    if own_time:
        return []
    found = []
    for joined in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        for child in joined.children:
            if child.dep_ == "prep":
                found.extend(_prep_dates(child, 0, today))
            elif child.dep_ in ("npadvmod", "advmod") and (when := _relative_date(child, today)) is not None:
                found.append(when)
    return found


def _subject_dates(subject: Token, today: date) -> list[date]:
    """ "A similar dispute in 2022 closed the border", "the 2008 war left ...": an event of an earlier year
    told in the past as the subject of its clause dates the clause (not "Iran in 2023 ...": a name)."""
    if subject.pos_ != "NOUN":
        return []
    dated = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
             if g.dep_ == "pobj"] + [c for c in subject.children if c.dep_ in ("nummod", "compound", "amod")]
    return [when for token in dated if (when := _named_date(token, today)) is not None and when.year < today.year]


def _participle(verb: Token) -> bool:
    """ "..., accusing it of meddling": a bare participle clause (no subject or conjunction of its own)."""
    return verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _describing_since(anchor: Token, today: date) -> list[date]:
    """ "Al-Shabaab, which has fought the government since 2006", "the dialogue, mediated by the EU
    since 2011": a clause describing a noun with what it has done since a date tells its history, as
    old as that date (a main clause's "has blocked aid since March" is news of the day)."""
    clause = anchor
    # "which has fought to topple the government since 2006": up from the purpose clause to the description
    while clause.dep_ in ("xcomp", "advcl") and clause.head != clause and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl") or clause.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    verbs = [clause] + [c for c in clause.subtree if c.dep_ in ("xcomp", "advcl") and c.head == clause]
    return [when for verb in verbs for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "since"
            for obj in prep.children if obj.dep_ == "pobj" and (when := _named_date(obj, today)) is not None]


def _prep_dates(prep: Token, depth: int, today: date) -> list[date]:
    """Dates in a prepositional phrase, also down the phrases of where it happened: "during a war in
    June 2025", "seized a tanker in the Gulf of Oman in 2023" (not "demanded compensation for the
    attack in 2023": a cause or topic is not when the act happened)."""
    found = []
    for obj in (g for g in prep.children if g.dep_ == "pobj"):
        # "in the war of 2020 to 2022": a year naming the event the act took place in dates it too
        dating = prep.lower_ in DATING_PREPS or depth > 0 and prep.lower_ == "of" and year_number(obj) is not None
        when = _named_date(obj, today) if dating else None
        if when is not None:
            found.append(when)
        elif depth < 2 and prep.lower_ in PLACE_OR_TIME_PREPS:
            for inner in (c for c in obj.children if c.dep_ == "prep"):
                found.extend(_prep_dates(inner, depth + 1, today))
    return found


def _object_dates(obj: Token, today: date) -> list[date]:
    """ "signed a border treaty in 2025": the parser may hang the act's date on its object (not on a
    participle describing it: "freed two reporters detained in 2023" happened today)."""
    # "took control of the two islands in 1971": also on the last noun of an "of" phrase or list
    nouns = [obj]
    for noun in nouns:
        nouns.extend(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj")
        nouns.extend(c for c in noun.children if c.dep_ == "conj")
    return [when for noun in nouns for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj" and (when := _named_date(g, today)) is not None]


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _past_infinitive_dates(head: Token, today: date) -> list[date]:
    """ "signed a deal to build the pipeline in 2021": a plan or purpose cannot be set in the past, so a
    past date the parser hung on the act's infinitive (or its object's) is the act's own."""
    infinitives = [c for c in head.children if c.dep_ == "advcl" and _infinitive(c)]
    infinitives += [a for o in head.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl" and _infinitive(a)]
    return [when for v in infinitives for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj" and (when := _named_date(g, today)) is not None and when < today]


def year_number(token: Token) -> int | None:
    """The year a token spells ("2022"), or None."""
    text = token.text
    return int(text) if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100 else None


def _named_date(obj: Token, today: date) -> date | None:
    """ "2023", "June 2025", "September 2023" (a month, its year a dependant); a month alone ("in
    March", "in late June") is its latest occurrence up to ``today``."""
    year = year_number(obj)
    if year is not None:
        return date(year, 1, 1)
    month = MONTHS.get(obj.lower_)
    if month is None or obj.pos_ != "PROPN" and obj.lower_ == "may":
        return None
    years = [y for c in obj.children if (y := year_number(c)) is not None]
    if years:
        return date(years[0], month, 1)
    if not _told_in_past(obj):
        return None  # "will travel to Tokyo in December": a month ahead
    when = date(today.year if month <= today.month else today.year - 1, month, 1)
    # "had shot dead 140 civilians in January" in a February story may be weeks ago, not background
    return when if (today.year - when.year) * 12 + today.month - when.month >= 2 else None


def _told_in_past(token: Token) -> bool:
    """Whether the clause holding ``token`` is in the past tense ("signed", "had raided")."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    return node.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in node.children)


def _relative_date(token: Token, today: date) -> date | None:
    """ "18 years ago", "last year", "two years ago"."""
    if token.lower_ == "ago":
        for unit in (c for c in token.children if c.dep_ == "npadvmod"):
            count = next((c for c in unit.children if c.dep_ == "nummod"), None)
            number = _number(count) if count is not None else None
            if number is not None and unit.lemma_.lower() == "year":
                return date(today.year - number, 1, 1)
        return None
    if token.lemma_.lower() == "year" and any(c.lower_ == "last" for c in token.children):
        return date(today.year - 1, 1, 1)
    month = MONTHS.get(token.lower_)
    if month is not None and any(c.lower_ == "last" for c in token.children):
        # "last September": the latest one before this month
        return date(today.year if month < today.month else today.year - 1, month, 1)
    return None


def _number(token: Token) -> int | None:
    if token.text.isdigit():
        return int(token.text)
    return NUMBER_WORDS.get(token.lower_)
