"""Positions brief: where each side of a dyad stands, in an analyst's words.

Coded mentions between two actors are grouped by side and by kind (demands,
threats and red lines, offers, appeals, rejections, accusations, support, actions
taken — see ``data/brief_kinds.tsv``). Each claim is the actor plus a short verb
phrase lifted from the evidence sentence, with its date and a link to the article.
Repeated claims are merged; negated and hypothetical statements are listed apart,
as "ruled out / not happening" and "possible or conditional".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from detente.datafiles import data_lines
from detente.errors import DataFileError
from detente.records import ActorRef, Article, Mention

if TYPE_CHECKING:
    from detente.store import Store

logger = logging.getLogger(__name__)

KINDS_FILE = "brief_kinds.tsv"
STATED, HYPOTHETICAL, NEGATED = "stated", "hypothetical", "negated"
STATUS_HEADINGS = {HYPOTHETICAL: "Possible or conditional", NEGATED: "Ruled out / not happening"}
MAX_TAIL_WORDS = 12
MAX_GAP_WORDS = 8
MAX_LEAD_WORDS = 4
MAX_QUOTE_CHARS = 320
MAX_EXTRA_SOURCES = 3

# abbreviations ("U.S.", "U.N.") and decimals stay whole, so their dots are no clause breaks
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)+|[\w'’-]+|[^\w\s]")
_CLAUSE_BREAK = set(",;:.!?()\"“”—–")


@dataclass(frozen=True)
class KindTable:
    """The contents of ``brief_kinds.tsv``."""

    headings: dict[str, str]
    codes: dict[str, str]
    cues: dict[str, str]
    lead_words: frozenset[str]
    stop_words: frozenset[str]

    def kind_of(self, event_code: str, sentence: str) -> str | None:
        """Kind of a statement: by longest CAMEO prefix, else by a cue phrase in the sentence."""
        for length in range(len(event_code), 1, -1):
            kind = self.codes.get(event_code[:length])
            if kind:
                return kind
        lowered = sentence.lower()
        return next((kind for phrase, kind in self.cues.items() if phrase in lowered), None)


def parse_kinds(text: str, origin: str) -> KindTable:
    """Parse and validate a brief-kinds table (see the file header for the format)."""
    headings: dict[str, str] = {}
    codes: dict[str, str] = {}
    cues: dict[str, str] = {}
    lead: set[str] = set()
    stop: set[str] = set()
    arity = {"kind": 3, "code": 3, "cue": 3, "lead": 2, "stop": 2}
    for number, line in data_lines(text):
        fields = line.split("\t")
        record = fields[0]
        if record not in arity or len(fields) != arity[record]:
            raise DataFileError(origin, number, f"expected one of {', '.join(arity)} with the right number "
                                                f"of tab-separated fields, found {line!r}")
        if record == "kind":
            headings[fields[1]] = fields[2]
        elif record in ("code", "cue"):
            if fields[2] not in headings:
                raise DataFileError(origin, number, f"kind {fields[2]!r} is not declared by an earlier 'kind' line")
            if record == "code" and (not fields[1].isdigit() or not 2 <= len(fields[1]) <= 4):
                raise DataFileError(origin, number, f"{fields[1]!r} is not a CAMEO code prefix")
            (codes if record == "code" else cues)[fields[1].lower()] = fields[2]
        else:
            (lead if record == "lead" else stop).add(fields[1].lower())
    return KindTable(headings, codes, cues, frozenset(lead), frozenset(stop))


@lru_cache(maxsize=1)
def kind_table() -> KindTable:
    """The packaged brief-kinds table (loaded once)."""
    text = resources.files("detente.data").joinpath(KINDS_FILE).read_text(encoding="utf-8")
    return parse_kinds(text, f"detente/data/{KINDS_FILE}")


@dataclass
class BriefSource:
    """An article that reports a claim."""

    doc_id: str
    url: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {"doc_id": self.doc_id, "url": self.url, "title": self.title}


@dataclass
class BriefItem:
    """One (deduplicated) claim of one side.

    Attributes:
        claim: The verb phrase from the evidence, e.g. ``demanded that Kyiv withdraw``.
        status: ``stated``, ``hypothetical`` or ``negated``.
        reports: How many coded mentions made this claim.
        sources: The first article's reference followed by up to three more.
    """

    kind: str
    status: str
    actor: str
    actor_code: str
    target: str
    target_code: str
    claim: str
    event_code: str
    date: str | None
    sentence: str
    sources: list[BriefSource]
    reports: int = 1
    last_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "kind": self.kind, "status": self.status, "actor": self.actor, "actor_code": self.actor_code,
            "target": self.target, "target_code": self.target_code, "claim": self.claim,
            "event_code": self.event_code, "date": self.date, "last_date": self.last_date,
            "reports": self.reports, "sentence": self.sentence,
            "sources": [source.to_dict() for source in self.sources],
        }


@dataclass
class BriefSection:
    """The claims of one kind (or one modality) for one side."""

    key: str
    title: str
    items: list[BriefItem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {"key": self.key, "title": self.title, "items": [item.to_dict() for item in self.items]}


@dataclass
class BriefSide:
    """Everything one side said or did towards the other."""

    code: str
    name: str
    sections: list[BriefSection]

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {"code": self.code, "name": self.name, "sections": [s.to_dict() for s in self.sections]}


@dataclass
class Brief:
    """A positions brief of the dyad ``a``–``b``.

    Attributes:
        statements: Mentions summarised (before merging repeats).
        unsummarised: Mentions between the sides whose kind the brief does not cover
            (e.g. neutral comments).
        articles: Distinct articles behind the summarised statements.
    """

    a: str
    b: str
    sides: list[BriefSide]
    since: str | None = None
    until: str | None = None
    statements: int = 0
    unsummarised: int = 0
    articles: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of the brief."""
        return {"a": self.a, "b": self.b, "since": self.since, "until": self.until,
                "statements": self.statements, "unsummarised": self.unsummarised, "articles": self.articles,
                "sides": [side.to_dict() for side in self.sides]}


def _matches(code: str, wanted: str) -> bool:
    """Same rule as the store: 3 letters match the country, a longer code matches exactly."""
    wanted = wanted.upper()
    return code.startswith(wanted) if len(wanted) == 3 else code == wanted


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r"\s+([,;:.!?)’'])", r"\1", text)
    return re.sub(r"\s+(n't)", r"\1", text)


def _verb_span(mention: Mention) -> tuple[int, int] | None:
    """Start/end of the trigger words within the sentence."""
    if mention.verb_start is not None and mention.verb_end is not None:
        start, end = mention.verb_start - mention.sentence_start, mention.verb_end - mention.sentence_start
        if 0 <= start < end <= len(mention.sentence):
            return start, end
    if mention.verb_text:
        found = mention.sentence.find(mention.verb_text)
        if found >= 0:
            return found, found + len(mention.verb_text)
    return None


def claim_phrase(mention: Mention, table: KindTable | None = None) -> str:
    """The short verb phrase a claim is made of, taken from the evidence sentence.

    It runs from just after the source actor (when the actor comes shortly before
    the verb, without a clause break) or from the modal/negation words before the
    verb, through the verb and up to twelve words of its object, stopping at a
    clause break or an attribution such as "said".
    """
    table = table or kind_table()
    sentence = mention.sentence
    span = _verb_span(mention)
    if span is None:
        words = _words(sentence)
        return _join(words[:MAX_TAIL_WORDS]) + (" …" if len(words) > MAX_TAIL_WORDS else "")
    verb_start, verb_end = span
    head = _words(sentence[:verb_start])
    source_end = None if mention.source.end is None else mention.source.end - mention.sentence_start
    before: list[str] = []
    if source_end is not None and 0 <= source_end <= verb_start:
        gap = _words(sentence[source_end:verb_start])
        # "Russia and the United States exchanged": a conjoined co-actor is not part of the claim
        if len(gap) <= MAX_GAP_WORDS and not _CLAUSE_BREAK.intersection(gap) \
                and not (gap and gap[0].lower() in {"and", "or", "nor", "with"}):
            before = gap
    if not before:
        for word in reversed(head):
            if word.lower() not in table.lead_words or len(before) == MAX_LEAD_WORDS:
                break
            before.insert(0, word)
    tail: list[str] = []
    truncated = False
    for word in _words(sentence[verb_end:]):
        if word in _CLAUSE_BREAK or word.lower() in table.stop_words:
            break
        if len(tail) == MAX_TAIL_WORDS:
            truncated = True
            break
        tail.append(word)
    # a claim should not end on a dangling article or preposition
    while tail and tail[-1].lower() in {"the", "a", "an", "of", "to", "and", "or", "that", "on", "in"}:
        tail.pop()
        truncated = True
    phrase = _join([*before, sentence[verb_start:verb_end], *tail])
    return phrase + (" …" if truncated else "")


def _quote(mention: Mention) -> str:
    """The evidence sentence, shortened around the verb when very long."""
    sentence = " ".join(mention.sentence.split())
    if len(sentence) <= MAX_QUOTE_CHARS:
        return sentence
    span = _verb_span(mention)
    centre = span[0] if span else 0
    start = max(0, min(centre - MAX_QUOTE_CHARS // 3, len(sentence) - MAX_QUOTE_CHARS))
    piece = sentence[start:start + MAX_QUOTE_CHARS].strip()
    return ("… " if start > 0 else "") + piece + (" …" if start + MAX_QUOTE_CHARS < len(sentence) else "")


def _status(mention: Mention) -> str:
    return NEGATED if mention.negated else HYPOTHETICAL if mention.hypothetical else STATED


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _side_name(code: str, actors: list[ActorRef]) -> str:
    """Readable name of a side: the name of its code (``RUS`` → ``Russia``), whichever actors spoke.

    Only a code the name tables do not know falls back to the coded name of an actor
    with exactly that code.
    """
    from detente.actors import actor_name

    name = actor_name(code)
    if name != code:
        return name
    return next((actor.name for actor in actors if actor.code == code and actor.name), code)


def _source_of(mention: Mention, articles: Mapping[str, Article]) -> BriefSource:
    article = articles.get(mention.doc_id)
    if article is None:
        return BriefSource(mention.doc_id)
    return BriefSource(mention.doc_id, article.url, article.title)


def build_brief(
    mentions: Iterable[Mention],
    articles: Mapping[str, Article],
    a: str,
    b: str,
    *,
    since: str | None = None,
    until: str | None = None,
    names: Mapping[str, str] | None = None,
) -> Brief:
    """Summarise what ``a`` and ``b`` said and did towards each other.

    Args:
        mentions: Coded mentions (typically both directions of the dyad); mentions
            not between ``a`` and ``b`` are ignored.
        articles: Articles by id, for dates, URLs and titles of the evidence.
        a: First side (3 letters = a whole country, longer = an exact actor code).
        b: Second side, same rule.
        since: First day covered (shown in the brief only).
        until: Last day covered (shown in the brief only).
        names: Readable names of ``a``/``b`` (default: :func:`detente.actors.actor_name`).

    Returns:
        The brief: per side, one section per kind, then hypothetical and negated claims.
    """
    table = kind_table()
    a, b = a.strip().upper(), b.strip().upper()
    merged: dict[tuple[Any, ...], BriefItem] = {}
    actors: dict[str, list[ActorRef]] = {a: [], b: []}
    statements = unsummarised = 0
    doc_ids: set[str] = set()
    for mention in mentions:
        if mention.target is None:
            continue
        if _matches(mention.source.code, a) and _matches(mention.target.code, b):
            side = a
        elif _matches(mention.source.code, b) and _matches(mention.target.code, a):
            side = b
        else:
            continue
        actors[side].append(mention.source)
        actors[a if side == b else b].append(mention.target)
        kind = table.kind_of(mention.event_code, mention.sentence)
        if kind is None:
            unsummarised += 1
            continue
        statements += 1
        doc_ids.add(mention.doc_id)
        article = articles.get(mention.doc_id)
        when = mention.date or (article.published[:10] if article and article.published else None)
        claim = claim_phrase(mention, table)
        status = _status(mention)
        key = (side, mention.source.code, mention.target.code, kind, status, _normalise(claim))
        item = merged.get(key)
        source = _source_of(mention, articles)
        if item is None:
            merged[key] = BriefItem(
                kind=kind, status=status, actor=mention.source.name, actor_code=mention.source.code,
                target=mention.target.name, target_code=mention.target.code, claim=claim,
                event_code=mention.event_code, date=when, last_date=when, sentence=_quote(mention),
                sources=[source])
            continue
        item.reports += 1
        if when and (item.date is None or when < item.date):
            # the earliest report is the one quoted
            item.date, item.sentence = when, _quote(mention)
            item.sources.insert(0, source)
        elif all(s.doc_id != source.doc_id for s in item.sources):
            item.sources.append(source)
        item.last_date = max(filter(None, (item.last_date, when)), default=None)
        unique = {s.doc_id: s for s in item.sources}
        item.sources = list(unique.values())[:1 + MAX_EXTRA_SOURCES]

    names = names or {}
    sides = []
    for code in (a, b):
        sections = [BriefSection(kind, heading) for kind, heading in table.headings.items()]
        sections += [BriefSection(status, heading) for status, heading in STATUS_HEADINGS.items()]
        by_key = {section.key: section for section in sections}
        for (side, *_), item in merged.items():
            if side == code:
                by_key[item.kind if item.status == STATED else item.status].items.append(item)
        for section in sections:
            section.items.sort(key=lambda item: (item.date or "9999", item.actor, item.claim))
        sides.append(BriefSide(code, names.get(code) or _side_name(code, actors[code]),
                               [section for section in sections if section.items]))
    return Brief(a, b, sides, since=since, until=until, statements=statements,
                 unsummarised=unsummarised, articles=len(doc_ids))


def _link(source: BriefSource) -> str:
    if not source.url:
        return f"_{source.title}_ (article `{source.doc_id}`)" if source.title else f"article `{source.doc_id}`"
    label = (source.title or source.doc_id).replace("[", "(").replace("]", ")")
    return f"[{label}]({source.url})"


def _item_markdown(item: BriefItem, heading_of: Mapping[str, str]) -> list[str]:
    when = item.date or "undated"
    if item.last_date and item.last_date != item.date:
        when += f" to {item.last_date}"
    kind_note = f" _({heading_of[item.kind].lower()})_" if item.status != STATED else ""
    repeat = f" — {item.reports} reports" if item.reports > 1 else ""
    lines = [f"- **{when}** · {item.actor} → {item.target}: {item.claim}{kind_note}{repeat}"]
    more = ", ".join(_link(source) for source in item.sources[1:])
    lines.append(f"  > {item.sentence} — {_link(item.sources[0])}" + (f" (also: {more})" if more else ""))
    return lines


def to_markdown(brief: Brief) -> str:
    """Render a brief as short Markdown: one heading per side, one list per kind."""
    heading_of = kind_table().headings
    names = {side.code: side.name for side in brief.sides}
    if brief.since and brief.until:
        span = f"{brief.since} to {brief.until}"
    else:
        span = f"From {brief.since}" if brief.since else f"Until {brief.until}" if brief.until else "All dates"
    lines = [f"# Positions brief: {names[brief.a]} and {names[brief.b]}", ""]
    summary = f"{span} · {brief.statements} coded statement(s) from {brief.articles} article(s)"
    if brief.unsummarised:
        summary += f"; {brief.unsummarised} other coded event(s), such as neutral comments, not summarised"
    lines += [f"_{summary}._", ""]
    for side in brief.sides:
        other = names[brief.b if side.code == brief.a else brief.a]
        lines.append(f"## {side.name} towards {other}")
        lines.append("")
        if not side.sections:
            lines += [f"Nothing coded from {side.name} towards {other} in this period.", ""]
            continue
        for section in side.sections:
            lines.append(f"### {section.title}")
            for item in section.items:
                lines += _item_markdown(item, heading_of)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def brief_for_dyad(
    store: Store,
    a: str,
    b: str,
    *,
    since: str | None = None,
    until: str | None = None,
) -> Brief:
    """Build the brief of ``a`` and ``b`` from the event store.

    Raises:
        ConfigError: A side is malformed or of unknown country (``---``), which forms no dyads.
    """
    from detente.analysis.dyads import check_dyad_side

    a, b = check_dyad_side(a, "first side"), check_dyad_side(b, "second side")
    mentions = store.mentions(source=a, target=b, both_ways=True, since=since, until=until)
    articles = store.articles_by_id(mention.doc_id for mention in mentions)
    logger.info("brief %s–%s: %d mentions from %d articles", a, b, len(mentions), len(articles))
    return build_brief(mentions, articles, a, b, since=since, until=until)
