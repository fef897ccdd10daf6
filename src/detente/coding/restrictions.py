"""Restrictions whose code depends on a phrase the lexicon's object keywords cannot see.

"put the country under a 30-day state of siege", "imposed a state of siege on three provinces": a state of
siege is emergency rule at home (CAMEO 1724), while a siege laid on a city is a blockade (191); the lexicon
keys both on "siege", since a "state of" phrase lends its noun to the words matched.

"barred two senior officials from entering the country": keeping a state's officials out of a country is a
sanction on their state (163, like a travel or visa ban), while barring people from an office, a vote or a
building, or journalists from a country, is an administrative sanction (172).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.parsecache import children

SIEGE_BLOCKADE = "191"
EMERGENCY_RULE = "1724"
ADMINISTRATIVE_SANCTION = "172"
ENTRY_BAN = "163"
# what a person is kept from doing when kept out of a country
ENTRY_VERBS = frozenset({"enter", "visit", "travel", "return"})
# people whose exclusion from a country sanctions the state they serve
OFFICIAL_NOUNS = frozenset({"official", "lawmaker", "politician", "diplomat", "president", "leader", "minister",
                            "premier", "officer", "general", "commander"})
# what is entered when it is a country
COUNTRY_NOUNS = frozenset({"country", "territory", "state", "nation", "soil", "kingdom", "republic", "bloc",
                           "union", "zone", "area"})


def restriction_code(code: str, verb: Token, keyword: Token | None) -> str:
    """``code``, or the code the matched phrase calls for.

    Args:
        code: the code of the matched pattern.
        verb: the matched verb.
        keyword: the object keyword the pattern matched, if any.

    Returns:
        Emergency rule (1724) for a blockade pattern matched on a "state of siege"; an entry ban (163) for
        an administrative sanction that keeps officials from entering a country; else ``code``.
    """
    if code == SIEGE_BLOCKADE and keyword is not None and keyword.lemma_.lower() == "state" and any(
            g.lemma_.lower() == "siege" for p in children(keyword) if p.dep_ == "prep" and p.lower_ == "of"
            for g in children(p)):
        return EMERGENCY_RULE
    # ("barred Cuban President Miguel Diaz-Canel": the title may be the keyword's compound)
    if code == ADMINISTRATIVE_SANCTION and keyword is not None and OFFICIAL_NOUNS & {
            w.lemma_.lower() for w in (keyword, *children(keyword)) if w == keyword or w.dep_ == "compound"} \
            and _kept_out(verb):
        return ENTRY_BAN
    return code


def _kept_out(verb: Token) -> bool:
    """ "barred X from entering the country", "banned X from visiting Britain", "from entering": kept out of
    a country (named, or a country noun, or none said)."""
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for act in children(prep):
            if act.dep_ != "pcomp" or act.lemma_.lower() not in ENTRY_VERBS:
                continue
            places = [o for o in children(act) if o.dep_ in ("dobj", "pobj")] + [
                g for p in children(act) if p.dep_ == "prep" and p.lower_ in ("to", "in", "into") for g in children(p)
                if g.dep_ == "pobj"]
            if not places or any(o.ent_type_ == "GPE" or o.lemma_.lower() in COUNTRY_NOUNS for o in places):
                return True
    return False
