"""Readable names of CAMEO actor codes ("RUSGOV" -> "Russia government").

Kept apart from the resolver so that callers which only need names (the store, the CLI,
reports) load two small tables and never import spaCy or the actor lexicon.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from detente.actors.data import load_name_tables

if TYPE_CHECKING:
    from detente.actors.data import Lexicon

logger = logging.getLogger(__name__)


def actor_name(code: str, lexicon: Lexicon | None = None) -> str:
    """Readable name of a CAMEO actor code: ``RUSGOV`` -> ``Russia government``.

    Args:
        code: A full CAMEO actor code (country or IGO/NGO prefix plus sector codes).
        lexicon: Name tables to use (default: the packaged ones).
    """
    code_names, sector_names = (lexicon.code_names, lexicon.sector_names) if lexicon else load_name_tables()
    if code in code_names:
        return code_names[code]
    # Longest known prefix (IGOUNO, PSEGZA, RUS) then the remaining 3-letter sectors.
    for cut in range(len(code) - 3, 2, -3):
        if code[:cut] in code_names and code[:cut] != "---":
            prefix, rest = code_names[code[:cut]], code[cut:]
            break
    else:
        prefix = "" if code.startswith("---") else code_names.get(code[:3], code[:3])
        rest = code[3:]
    sectors = [sector_names.get(rest[i:i + 3], rest[i:i + 3]) for i in range(0, len(rest), 3)]
    name = " ".join([prefix, *sectors]).strip()
    return re.sub(r"\s+", " ", name[:1].upper() + name[1:]) if not prefix else name
