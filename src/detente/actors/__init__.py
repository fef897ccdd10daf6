"""The ``actors`` stage: names in a parsed sentence -> CAMEO actor codes.

Public API: :class:`ActorResolver` (``default()``, ``with_extra()``, ``resolve()``,
``resolve_text()``, ``find_all()``, ``could_mention_actor()``), :class:`ArticleCoref`
(pronouns and definite descriptions within one article) and :func:`actor_name`.
"""

from __future__ import annotations

from detente.actors.coref import ArticleCoref
from detente.actors.names import actor_name
from detente.actors.resolver import ActorResolver

__all__ = ["ActorResolver", "ArticleCoref", "actor_name"]
