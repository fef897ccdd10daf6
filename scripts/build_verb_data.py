"""Build src/detente/data/verbs/petrarch_cameo2.tsv from PETRARCH2's CAMEO.2.0.txt.

Usage: python scripts/build_verb_data.py [../shared/dictionaries/CAMEO.2.0.txt]

Only facts are converted: verb (+ particle) + object keyword (+ preposition) -> CAMEO
code. Kept: patterns that name an object noun; bare verbs and preposition-only patterns
(block defaults of the WordNet synonym sets) proved too loose (precision < 0.3 on the
gold sets). Object keywords already covered by the hand-written core lexicon are left out. The output file carries the MIT attribution of the source dictionary.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.coding.lexicon import VERB_COLUMNS, parse_verb_table, read_petrarch_verbs  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "dictionaries" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "detente" / "data" / "verbs" / "petrarch_cameo2.tsv"
CORE = ROOT / "src" / "detente" / "data" / "verbs" / "core.tsv"

HEADER = """# Verb patterns converted from PETRARCH2's CAMEO.2.0.txt (openeventdata/petrarch2 @ 676801c,
# petrarch2/data/dictionaries/CAMEO.2.0.txt) by scripts/build_verb_data.py; do not edit by hand.
# The MIT License (MIT) - Copyright (c) 2015 Open Event Data Alliance. Permission is hereby
# granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files, to deal in the Software without restriction, subject to the condition
# that the above copyright notice and this permission notice be included in all copies or
# substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY
# OF ANY KIND.
# Loaded after core.tsv with lower priority and lower confidence.
"""


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    text = source.read_text(encoding="utf-8")
    entries = read_petrarch_verbs(text, str(source))
    core = parse_verb_table(CORE.read_text(encoding="utf-8"), str(CORE))
    core_keys = {(e.verb, e.particle, o) for e in core for o in (e.objects or {""})}
    grouped: dict[tuple[str, str, tuple[str, ...], str], set[str]] = {}
    for entry in entries:
        if entry.prep and not entry.objects:
            continue  # "- * (IN ...)" only constrains a prepositional phrase: too loose on its own
        if not entry.objects:
            continue  # bare verbs and particle-only patterns measured at P<0.3: keep object patterns only
        objects = sorted(o for o in entry.objects if (entry.verb, entry.particle, o) not in core_keys
                         and re.match(r"^[a-z][a-z'\-]*$", o))
        if entry.objects and not objects:
            continue
        if not re.match(r"^[a-z][a-z'\-]*$", entry.verb):
            continue
        prep = sorted(p for p in entry.prep if re.match(r"^[a-z]+$", p))
        # one row per verb/particle/prep/code, its object keywords merged
        grouped.setdefault((entry.verb, entry.particle, tuple(prep), entry.code), set()).update(objects)
    rows = []
    for (verb, particle, prep, code), objects in grouped.items():
        rows.append("\t".join([verb, particle or "-", "|".join(sorted(objects)) or "-",
                               "|".join(prep) or "-", code, "-"]))
    OUT.write_text(HEADER + "\t".join(VERB_COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    # validate what was written
    parse_verb_table(OUT.read_text(encoding="utf-8"), str(OUT), converted=True)
    print(f"wrote {len(rows)} patterns to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
