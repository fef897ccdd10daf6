"""The value of a count written in digits ("1,200") or in words ("thirty-three", "twenty")."""

from __future__ import annotations

from spacy.tokens import Token

UNITS = {w: n for n, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                     "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                     "seventeen", "eighteen", "nineteen"))}
TENS = {w: 10 * n for n, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                         "ninety"), start=2)}


def count_value(num: Token) -> int | None:
    """The number a count token tells: "1,200" → 1200, "twenty" → 20, and "thirty-three" (which the parser
    splits into "thirty", "-", "three", hanging the tens on the units) → 33; None for anything else."""
    digits = num.text.replace(",", "")
    if digits.isdigit():
        return int(digits)
    word = num.lower_
    if word in TENS:
        return TENS[word]
    if word not in UNITS:
        return None
    tens = [TENS[c.lower_] for c in num.children if c.dep_ in ("compound", "nummod") and c.lower_ in TENS]
    return UNITS[word] + (tens[0] if tens else 0)
