"""Regular-expression vocabulary of English date expressions, shared by the temporal tagger.

Everything here is grammar (month and weekday names, ordinals, number words, modifiers),
compiled once at import time.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
#: Weekday index by the first three letters of the name ("thu" for "Thursday", "Thu.", "Thurs").
WEEKDAYS_BY_ABBR = {name[:3]: index for name, index in WEEKDAYS.items()}
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "final": 4, "last": 4,
}  # fmt: skip
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
#: Days of the month as ordinal words ("the sixth of June", "on the twenty-first"): 1-31.
DAY_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_ORD_UNITS)},
    **{w: i + 10 for i, w in enumerate(["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                        "sixteenth", "seventeenth", "eighteenth", "nineteenth"])},
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
    **{f"twenty{sep}{w}": 21 + i for i, w in enumerate(_ORD_UNITS) for sep in ("-", " ")},
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
#: compound cardinals "twenty-one" … "ninety-nine" (hyphen or space): without them "Thirty-four years ago" was read
#: as "four years ago" (session 10)
NUMBERS.update({
    f"{tens}{sep}{unit}": NUMBERS[tens] + NUMBERS[unit]
    for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    for sep in ("-", " ")
})
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
MOD_WORDS = {
    "early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
    "late": "late", "end": "late", "close": "late",
}  # fmt: skip


def _cases(words: list[str]) -> str:
    """Alternation of Title-case and UPPER-case forms (dates are proper nouns in English)."""
    forms: list[str] = []
    for w in words:
        forms += [w[:1].upper() + w[1:], w.upper()]
    return "|".join(sorted(set(forms), key=len, reverse=True))


def ci(words: str) -> str:
    """Case-insensitive group for a ``|``-separated alternation of lowercase words."""
    return f"(?i:{words})"


_FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"]  # fmt: skip
_ABBR = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]

#: Syllables of the month names a line break may hyphenate ("Sep-\ntember", "Decem- ber" in PDF text).
_SYLLABLES = {"january": "jan-u-ary", "february": "feb-ru-ary", "august": "au-gust", "september": "sep-tem-ber",
              "october": "oc-to-ber", "november": "no-vem-ber", "december": "de-cem-ber"}  # fmt: skip
#: A hyphen where a line was broken, perhaps followed by the line break itself.
_SOFT_BREAK = r"-[^\S\n]*\n?[^\S\n]*"


def _hyphenated() -> str:
    """Title and UPPER forms of the month names broken by a hyphen at a syllable ("Sep-tember")."""
    forms: list[str] = []
    for word in _SYLLABLES.values():
        parts = word.split("-")
        for k in range(1, len(parts)):
            a, b = "".join(parts[:k]), "".join(parts[k:])
            forms += [f"{a[:1].upper()}{a[1:]}{_SOFT_BREAK}{b}", f"{a.upper()}{_SOFT_BREAK}{b.upper()}"]
    return "|".join(forms)


#: A month name: full name, or abbreviation with optional period ("Dec.", "Sept", "DEC").
MONTH = rf"(?:(?:{_cases(_FULL)}|{_hyphenated()})\b|(?:{_cases(_ABBR)})(?:\.|\b))"
#: A month name as it may stand alone: full names, or abbreviations with a period.
MONTH_ALONE = rf"(?:(?:{_cases(_FULL)}|{_hyphenated()})\b|(?:{_cases(_ABBR)})\.)"


def month_number(name: str) -> int:
    """Month number of a matched month name ("Sept.", "sep-\ntember", "DEC")."""
    return MONTHS[re.sub(r"[-\s.]", "", name.lower())]
WEEKDAY = rf"(?:{_cases(list(WEEKDAYS))})\b"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR_CORE = r"(?:1\d{3}|20\d{2}|2100)"
#: A year 1000-2100 that is not the start of a longer number, ISO date or range. A footnote mark after the
#: sentence's full stop ("on 4 January 1992.1" at a line end or before a capitalised sentence) is no decimal.
YEAR = YEAR_CORE + r"(?!\d|,\d{3}|\.\d(?!\d?(?:[^\S\n]*(?:\n|$)|[^\S\n]+[A-Z\"“(]))|[-/–]\d)"
NUMWORD = ci("|".join(sorted((re.escape(k) for k in NUMBERS), key=len, reverse=True)))
ORDWORD = ci("|".join(sorted(ORDINALS, key=len, reverse=True)))
#: A day of the month as an ordinal word ("sixth", "twenty-first", "Twenty First").
DAYWORD = ci("|".join(sorted((w.replace(" ", r"\s+") for w in DAY_WORDS), key=len, reverse=True))) + r"\b"
DASH = r"(?:-|–|—|\bto\b|\bthrough\b|\buntil\b)"

#: "early", "mid-", "the end of", "the middle of" … before a year, month, decade or relative unit.
MOD = (
    r"(?:(?P<mod>(?:[Tt]he\s+)?(?:[Vv]ery\s+)?"
    r"(?:[Ee]arly|[Ll]ate|[Mm]id|[Mm]iddle\s+of|[Bb]eginning\s+of|[Ss]tart\s+of|[Ee]nd\s+of|[Cc]lose\s+of))"
    r"(?:\s*-\s*|\s+))?"
)


def mod_of(text: str | None) -> str | None:
    """Normalise a modifier phrase ("the end of", "mid") to early / mid / late."""
    if not text:
        return None
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in MOD_WORDS:
            return MOD_WORDS[word]
    return None


def number(text: str) -> int | None:
    """Value of a small cardinal written in digits or words ("3", "three", "a couple of")."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t.isdigit():
        return int(t)
    return NUMBERS.get(t)


_DATELINE_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: A wire dateline opening a paragraph: a place (upper case, or title case when an agency in brackets
#: follows), optionally ", Country", a month and day (optionally a year), an optional agency in brackets and a
#: dash ("TBILISI, May 30 (Reuters) - ", "BAKU, Azerbaijan, 4 March 2024 — ", "Baku, March 4 (Trend) -").
#: Group ``date`` is the date: the filing date, not an event date.
DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>(?P<uc>[A-Z][A-Z'.\-]+(?:[ \t]+[A-Z][A-Z'.\-]+){0,3})"
    r"|(?P<tc>[A-Z][a-z'.\-]+(?:[ \t]+[A-Z][a-z'.\-]+){0,2}))"
    r"(?:,[ \t]*[A-Z][A-Za-z'.\-]+(?:[ \t]+[A-Z][A-Za-z'.\-]+){0,2})?"
    rf",[ \t]+(?P<date>(?i:(?P<mon>{_DATELINE_MONTH})\.?[ \t]+(?P<d>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})[ \t]+(?P<mon2>{_DATELINE_MONTH})\.?)(?:,?[ \t]+(?P<y>(?:19|20)\d{{2}}))?)"
    r"[ \t]*(?:\((?P<agency>[^()\n]{1,40})\))?(?(tc)(?<=\)))[ \t]*(?:-{1,2}|–|—)[ \t]"
)
