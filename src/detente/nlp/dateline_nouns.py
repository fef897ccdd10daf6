"""Tag repair: the role noun that opens a wire story after its dateline.

"RANGOON - Soldiers fired tear gas ...", "SUVA - Troops surrounded ...": the capitals of the dateline
lead the small tagger to read the next capitalised word as part of a name (NNP), so "Soldiers" keeps
its written form as lemma, is not seen as plural and names no actor, while the same sentence without
the dateline is read right. A single capitalised word there that the actor lexicon knows as a sector
word ("soldiers" MIL, "judges" JUD) and not as a name ("Hamas", "Renamo") is a common noun: it gets
the noun tag and lemma it would have had in mid-sentence.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

DATELINE_NOUNS = "dateline_nouns"


@cache
def _sector_words() -> tuple[dict, dict]:
    """The packaged actor lexicon's sector phrases and names (loaded once per process)."""
    from detente.actors.resolver import ActorResolver

    lexicon = ActorResolver.default().lexicon
    return lexicon.agents, lexicon.names


def _role_noun(token: Token) -> bool:
    """True for a lone capitalised word the tagger called a name that the lexicon knows only as a sector word."""
    from detente.actors.data import BARE

    doc = token.doc
    if token.tag_ not in ("NNP", "NNPS") or not token.text.istitle() or not token.is_alpha:
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
        return False  # "Rebel leader George Speight", "Army Chief ...": part of a longer name
    agents, names = _sector_words()
    key = (token.lower_,)
    return agents.get(key, BARE) != BARE and key not in names


def register() -> None:
    """Register the component (idempotent); :func:`detente.nlp.load_pipeline` adds it after the lemmatizer."""
    from spacy.language import Language

    from detente.nlp import dateline_end

    if Language.has_factory(DATELINE_NOUNS):
        return

    @Language.factory(DATELINE_NOUNS)
    def make(nlp: Language, name: str):
        lemmatizer = nlp.get_pipe("lemmatizer")

        def dateline_nouns(doc: Doc) -> Doc:
            # paragraphs start where the paragraph-break component starts them: after a blank line
            starts = [0] + [t.i for t in doc[1:] if doc[t.i - 1].is_space and doc[t.i - 1].text.count("\n") >= 2]
            for start in starts:
                end = dateline_end(doc, start)
                if end is None or end >= len(doc) or not _role_noun(opener := doc[end]):
                    continue
                opener.pos_ = "NOUN"
                opener.set_morph("Number=Plur")
                lemma = lemmatizer.rule_lemmatize(opener)[0].lower()
                opener.tag_ = "NN" if lemma == opener.lower_ else "NNS"
                if opener.tag_ == "NN":
                    opener.set_morph("Number=Sing")
                opener.lemma_ = lemma
            return doc

        return dateline_nouns
