"""URL helpers: repair URLs broken by whitespace, and name the publisher of a URL."""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

URL_START = re.compile(r"(?:https?://|www\.)\S", re.I)
_URL_TOKEN = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")
_NAME_WORD = re.compile(r"[A-Za-z0-9][\w&'’.-]*")
# Second-level labels under a country TLD, as in bbc.co.uk or asahi.com.jp.
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"}
_HOST_PREFIXES = {"www", "m", "amp", "mobile", "en", "english", "edition", "news", "eng"}


def is_url_token(token: str) -> bool:
    """True when ``token`` contains only characters allowed in a URL."""
    return bool(_URL_TOKEN.match(token))


def repair_url(pieces: list[str]) -> str | None:
    """Join the pieces of a URL that whitespace split apart.

    Args:
        pieces: Lines (or words) starting with the URL; pieces after the first are
            taken while they consist of URL characters only.

    Returns:
        The repaired URL (``www.`` URLs get ``https://``), or None if the first piece is no URL.
    """
    if not pieces:
        return None
    tokens = " ".join(pieces).split()
    if not tokens or not URL_START.match(tokens[0]):
        return None
    url = tokens[0]
    for token in tokens[1:]:
        if not is_url_token(token):
            break
        url += token
    url = url.rstrip(".,;)")
    if url.lower().startswith("www."):
        url = "https://" + url
    return url


def host_of(url: str | None) -> str | None:
    """The host of ``url`` without a leading ``www.``, or None."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def site_label(host: str) -> str:
    """The distinctive label of a host: ``www.themoscowtimes.com`` → ``themoscowtimes``."""
    labels = host.lower().split(".")
    if len(labels) > 1:
        tld = labels.pop()
        if len(labels) > 1 and len(tld) == 2 and labels[-1] in _SECOND_LEVEL:
            labels.pop()
    while len(labels) > 1 and labels[0] in _HOST_PREFIXES:
        labels.pop(0)
    return labels[-1]


def publisher_name(url: str | None, text: str = "") -> str | None:
    """Name the publisher of ``url``.

    The name is the capitalised phrase in ``text`` whose letters spell the site
    label (``themoscowtimes.com`` + "... of The Moscow Times" → ``The Moscow Times``);
    without such a phrase it is the host itself.

    Args:
        url: The article URL.
        text: Article text (title, body, footer) to look for the spelled-out name.
    """
    host = host_of(url)
    if not host:
        return None
    label = re.sub(r"[^a-z0-9]", "", site_label(host))
    if len(label) < 3:
        return host
    words = _NAME_WORD.findall(text)
    for start, first in enumerate(words):
        if not first[0].isupper() and not first[0].isdigit():
            continue
        spelled = ""
        for end in range(start, min(start + 8, len(words))):
            spelled += re.sub(r"[^a-z0-9]", "", words[end].lower())
            if not label.startswith(spelled):
                break
            if spelled == label and (words[end][0].isupper() or words[end][0].isdigit()):
                return " ".join(w.rstrip(".") for w in words[start:end + 1])
    return host
