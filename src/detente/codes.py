"""CAMEO event-code table: names, Goldstein scores, QuadClass and PLOVER mapping.

Loaded once from ``data/cameo_codes.tsv`` and validated with file:line errors.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from detente.datafiles import tsv_rows
from detente.errors import DataFileError

logger = logging.getLogger(__name__)

TABLE_FILE = "cameo_codes.tsv"
QUAD_CLASS_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
"""GDELT QuadClass → its name."""


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and what it implies."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        """The two-digit root code."""
        return self.code[:2]


def _parse_table(text: str, origin: str) -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for number, (code, name, goldstein, quad, ptype, pmode) in tsv_rows(text, origin, 6):
        if not code.isdigit() or not 2 <= len(code) <= 4 or not 1 <= int(code[:2]) <= 20:
            raise DataFileError(origin, number, f"{code!r} is not a CAMEO event code (01..20, 2-4 digits)")
        try:
            score = float(goldstein)
            quad_class = int(quad)
        except ValueError as exc:
            raise DataFileError(origin, number, f"bad number: {exc}") from None
        if not -10.0 <= score <= 10.0 or quad_class not in (1, 2, 3, 4):
            raise DataFileError(origin, number, "Goldstein must lie in -10..10 and QuadClass in 1..4")
        table[code] = CameoCode(code, name, score, quad_class, ptype or None, pmode or None)
    return table


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Return the packaged CAMEO code table, keyed by code string."""
    source = resources.files("detente.data").joinpath(TABLE_FILE)
    return _parse_table(source.read_text(encoding="utf-8"), f"detente/data/{TABLE_FILE}")


def lookup(code: str) -> CameoCode:
    """Return the entry for ``code``, falling back to its 3- then 2-digit parent.

    Raises:
        DataFileError: When neither the code nor its root is a CAMEO code.
    """
    table = cameo_table()
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            entry = table[candidate]
            return entry if candidate == code else CameoCode(
                code, entry.name, entry.goldstein, entry.quad_class, entry.plover_type, entry.plover_mode)
    raise DataFileError(TABLE_FILE, None, f"unknown CAMEO event code {code!r}: use a code of the CAMEO table, e.g. 042")


def is_valid(code: str) -> bool:
    """True when ``code`` is a known CAMEO event code."""
    return code in cameo_table()

