"""Text clean-up shared by the readers: inline markup, blocks, paragraph repair.

Dumps made by crawlers and copy-paste often break a paragraph in the middle of a
sentence ("...he must know that" / "President Biden and ..."); :func:`join_cut`
puts such pieces back together so that sentences reach the parser whole.
"""

from __future__ import annotations

import html
import logging
import re

logger = logging.getLogger(__name__)

_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\((?:https?://|/)[^()\s]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_MD_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"\s+")
# A sentence ends with terminal punctuation, optionally followed by closing quotes/brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
# A line of a block ending in a title or an initial ("Mr.", "John F.") is wrapped before the name it leads to.
_NAME_LEAD = re.compile(
    r"(?:^|[\s(\"'“‘])(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Cpt|Adm|Brig|Cmdr|Gov|Sen|Rep|Prof|Rev|"
    r"Pres|Amb|Supt|Insp|Hon)\.$")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# A line ending in one of these words stops mid-sentence; headings do not end so.
_CONTINUING_WORDS = frozenset(
    "a an the that which who whom whose and or but nor of to in on at by for with from into "
    "as than if when while because although said says told is are was were be been has have "
    "had will would could should may might must can not its their his her our your".split()
)


def clean_inline(line: str) -> str:
    """Strip HTML tags/entities and Markdown emphasis/links from one line; collapse spaces."""
    line = html.unescape(line).translate(_INVISIBLE)
    line = _TAG.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    line = _MD_EMPHASIS.sub(r"\1", line)
    line = _MD_UNDERSCORE.sub(r"\1", line)
    return _SPACES.sub(" ", line).strip()


def normalise_newlines(text: str) -> str:
    """Convert CR/LF variants and form feeds to ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\u2028", "\n")


def split_blocks(text: str) -> list[list[str]]:
    """Split text into blocks (separated by blank lines) of cleaned, non-empty lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in normalise_newlines(text).split("\n"):
        line = clean_inline(raw)
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def word_count(text: str) -> int:
    """Number of words in ``text``."""
    return len(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def block_paragraphs(lines: list[str]) -> list[str]:
    """Turn one block of lines into paragraphs.

    A block whose lines all end a sentence is one paragraph per line; otherwise the
    lines are a hard-wrapped paragraph and are joined.
    """
    if len(lines) > 1 and all(ends_sentence(line) and not _NAME_LEAD.search(line) for line in lines[:-1]):
        return list(lines)
    return [_join_pieces(lines)]


def _join_pieces(pieces: list[str]) -> str:
    text = ""
    for piece in pieces:
        if not text:
            text = piece
        elif text.endswith("-") and not text.endswith(" -") and piece[:1].isalpha():
            text += piece  # a word, compound or name split at the hyphen ("Jean-" / "Pierre", "al-" / "Assad")
        else:
            text += " " + piece
    return text


def _is_cut(previous: str, following: str) -> bool:
    """Whether ``following`` continues a sentence that ``previous`` left unfinished."""
    if ends_sentence(previous):
        return False
    if previous.endswith((",", "-", "–", "—", "(")):
        return True
    first = following.lstrip("\"'“‘(")[:1]
    if first.islower():
        return True
    words = _WORD.findall(previous)
    if words and words[-1].lower() in _CONTINUING_WORDS:
        return True
    # An unpunctuated short line before a capitalised one is a heading, not a cut sentence.
    return word_count(previous) >= 8


def join_cut(paragraphs: list[str]) -> list[str]:
    """Re-join paragraphs that a line break cut in the middle of a sentence.

    Args:
        paragraphs: Paragraphs in order.

    Returns:
        The paragraphs with every cut piece appended to the one it continues.
    """
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and _is_cut(joined[-1], paragraph):
            joined[-1] = _join_pieces([joined[-1], paragraph])
        else:
            joined.append(paragraph)
    return joined


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blank-line blocks, wrapped lines joined, cut sentences repaired."""
    paragraphs = [p for block in split_blocks(text) for p in block_paragraphs(block)]
    return join_cut(paragraphs)
