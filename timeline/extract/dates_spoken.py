"""Years as they are spoken or spelled out (transcripts, interviews, speeches), for the temporal tagger.

Grammar only: regular expressions and the values of their matches; :mod:`timeline.extract.dates` decides
in which contexts a match is a date.

* **Full years**: "nineteen ninety-one" (a century word 11-19, then 10-99, "oh-five" or "hundred"),
  "twenty thirteen" / "twenty twenty-four" / "twenty oh-eight" (2001-2099), "two thousand (and) five" /
  "two thousand" (2000-2099).
* **Short years**: "ninety-two", "oh-eight", "'92" — two digits whose century the caller picks.
* **Decades**: "the nineteen-nineties", "the twenty-tens", "the two thousands".
"""

from __future__ import annotations

import re

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TENS_PLURAL = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]

_VALUES: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: 10 * (i + 2) for i, w in enumerate(_TENS)},
}


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SEP = r"(?:-|[^\S\n]+)"
_UNIT = rf"(?:{_alt(_UNITS)})"
#: 10-99 in words ("thirteen", "ninety-two", "ninety two") or 1-9 after "oh" ("oh-eight").
_TWO = rf"(?:{_alt(_TEENS)}|(?:{_alt(_TENS)})(?:{_SEP}{_UNIT})?|oh{_SEP}{_UNIT})"
_CENTURY = r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"

#: A full year in words; group ``sy`` (``sy2`` in :data:`FULL_YEAR_2`, the second end of a span).
FULL_YEAR = (
    rf"(?P<sy>(?i:{_CENTURY}{_SEP}(?:{_TWO}|hundred)|twenty{_SEP}(?:{_alt(_TEENS)}|(?:{_alt(_TENS)})"
    rf"(?:{_SEP}{_UNIT})?|oh{_SEP}{_UNIT})|two{_SEP}thousand(?:(?:[^\S\n]+and)?[^\S\n]+(?:{_TWO}|{_UNIT}))?))(?![\w-])"
)
FULL_YEAR_2 = FULL_YEAR.replace("(?P<sy>", "(?P<sy2>", 1)
#: Two digits of a year, spoken ("ninety-two", "oh-eight") or written with an apostrophe ("'92"); group ``yy``.
SHORT_YEAR = rf"(?P<yy>(?i:{_TWO})(?![\w-])|['’]\d\d\b)"
#: A decade in words ("the nineteen-nineties", "the twenty-tens", "the two thousands"); group ``sd``.
DECADE = (
    rf"(?P<sd>(?i:{_CENTURY}{_SEP}(?:{_alt(_TENS_PLURAL)}|hundreds)|twenty{_SEP}(?:tens|{_alt(_TENS_PLURAL)})"
    rf"|two{_SEP}thousands))\b"
)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[-\s]+", text.lower()) if w and w != "and"]


def two_digits(text: str) -> int | None:
    """Value 0-99 of a spoken or apostrophe short year ("ninety-two" = 92, "oh-eight" = 8, "'92" = 92)."""
    t = text.strip()
    if t[:1] in "'’":
        return int(t[1:3])
    words = _words(t)
    if words and words[0] == "oh":
        words = words[1:]
    total = 0
    for w in words:
        if w not in _VALUES:
            return None
        total += _VALUES[w]
    return total if words and total < 100 else None


def full_year(text: str) -> int | None:
    """Value of a full year in words ("nineteen ninety-one" = 1991, "two thousand and five" = 2005)."""
    words = _words(text)
    if words[:2] == ["two", "thousand"]:
        rest = two_digits(" ".join(words[2:])) if words[2:] else 0
        return None if rest is None else 2000 + rest
    head = _VALUES.get(words[0])
    if head is None:
        return None
    if words[1:] == ["hundred"]:
        return head * 100
    rest = two_digits(" ".join(words[1:]))
    return None if rest is None else head * 100 + rest


def decade_start(text: str) -> int | None:
    """First year of a decade in words ("nineteen-nineties" = 1990, "two thousands" = 2000)."""
    words = _words(text)
    if words == ["two", "thousands"]:
        return 2000
    head = _VALUES.get(words[0]) if words else None
    if head is None or len(words) != 2:
        return None
    if words[1] == "hundreds":
        return head * 100
    if words[1] == "tens":
        return head * 100 + 10
    if words[1] in _TENS_PLURAL:
        return head * 100 + 10 * (_TENS_PLURAL.index(words[1]) + 2)
    return None


def century_of_short(yy: int, reference_year: int | None) -> int:
    """The year of a two-digit year: this century when not after the reference year (else 19yy);
    without a reference, 20yy up to '29."""
    pivot = reference_year % 100 if reference_year is not None else 29
    base = (reference_year // 100) * 100 if reference_year is not None else 2000
    return base + yy if yy <= pivot else base - 100 + yy
