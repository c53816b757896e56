"""EDTF values: parse them into inclusive calendar bounds and display them for people.

The subset of EDTF (ISO 8601-2) used by the project:

* ``1994``, ``1994-03``, ``1994-03-07`` — year, month, day;
* ``199X`` — a decade, ``19XX`` — a century (shown as "20th century");
* ``2019-21`` … ``2019-24`` — spring, summer, autumn, winter (northern hemisphere,
  meteorological seasons: spring = March–May, … winter = December of the year to the end
  of February of the next year);
* ``1998-33`` … ``1998-36`` — quarters 1–4 (ISO 8601-2 sub-year groupings);
* ``A/B`` — an interval of any two of the above (``2015-12-08/2015-12-11``, ``2024/2026``),
  with ``..`` or an empty side for an open end (bounds ``date.min`` / ``date.max``);
* a trailing ``?`` (uncertain), ``~`` (approximate) or ``%`` (both) on a single value. The
  qualifiers do not change the bounds: they are kept for display only.

Values with an unspecified year (``XXXX-12-08``) are valid EDTF but have no bounds, so
:func:`parse_edtf` rejects them with a :class:`ValueError` like any other bad string.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline.extract.types import Precision

__all__ = ["display_date", "edtf_bounds", "parse_edtf"]

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SEASON_NAMES = {21: "Spring", 22: "Summer", 23: "Autumn", 24: "Winter"}
#: First and last month of each season code (winter runs into the next year).
SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}
QUARTER_CODES = {33: 1, 34: 2, 35: 3, 36: 4}

_SINGLE = re.compile(
    r"(?P<year>\d{4}|\d{3}X|\d{2}XX|XXXX)"
    r"(?:-(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?)?"
    r"(?P<qual>[?~%])?"
)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_end(year: int, month: int) -> dt.date:
    """Last day of ``month`` (months above 12 roll into the next year)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, _last_day(year, month))


def _single_bounds(value: str) -> tuple[dt.date, dt.date, Precision]:
    m = _SINGLE.fullmatch(value)
    if not m:
        raise ValueError(f"not an EDTF date: {value!r}")
    year_s, month_s, day_s = m.group("year"), m.group("month"), m.group("day")
    if year_s == "XXXX":
        raise ValueError(f"EDTF date {value!r} has an unspecified year, so it has no calendar bounds")
    if year_s.endswith("X"):
        if month_s or day_s:
            raise ValueError(f"EDTF date {value!r}: a decade or century cannot have a month or day")
        if year_s.endswith("XX"):
            first = int(year_s[:2]) * 100
            return dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "century"
        first = int(year_s[:3]) * 10
        return dt.date(max(first, 1), 1, 1), dt.date(first + 9, 12, 31), "decade"
    year = int(year_s)
    if year == 0:
        raise ValueError(f"EDTF date {value!r}: year 0000 is outside the supported calendar")
    if month_s is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if month_s == "XX" or day_s == "XX":
        raise ValueError(f"EDTF date {value!r}: unspecified month or day digits are not supported")
    code = int(month_s)
    if day_s is None:
        if 1 <= code <= 12:
            return dt.date(year, code, 1), _month_end(year, code), "month"
        if code in SEASON_MONTHS:
            first, last = SEASON_MONTHS[code]
            return dt.date(year, first, 1), _month_end(year, last), "season"
        if code in QUARTER_CODES:
            q = QUARTER_CODES[code]
            return dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q), "quarter"
        raise ValueError(f"EDTF date {value!r}: {month_s} is not a month (01-12), season (21-24) or quarter (33-36)")
    if not 1 <= code <= 12:
        raise ValueError(f"EDTF date {value!r}: month {month_s} is not between 01 and 12")
    day = int(day_s)
    if not 1 <= day <= _last_day(year, code):
        raise ValueError(f"EDTF date {value!r}: day {day_s} does not exist in {year}-{month_s}")
    d = dt.date(year, code, day)
    return d, d, "day"


def parse_edtf(value: str) -> tuple[dt.date, dt.date, Precision]:
    """Inclusive lower/upper bounds and the precision of an EDTF value.

    >>> parse_edtf("2015-12-08/2015-12-11")
    (datetime.date(2015, 12, 8), datetime.date(2015, 12, 11), 'interval')
    >>> parse_edtf("199X")
    (datetime.date(1990, 1, 1), datetime.date(1999, 12, 31), 'decade')

    Raises :class:`ValueError` with a message saying what is wrong.
    """
    if not isinstance(value, str) or not value.strip():
        raise ValueError("empty EDTF value")
    value = value.strip()
    if "/" not in value:
        return _single_bounds(value)
    left, _, right = value.partition("/")
    if "/" in right:
        raise ValueError(f"EDTF interval {value!r} has more than two parts")
    if left in ("", "..") and right in ("", ".."):
        raise ValueError(f"EDTF interval {value!r} is open at both ends")
    lower = dt.date.min if left in ("", "..") else _single_bounds(left)[0]
    upper = dt.date.max if right in ("", "..") else _single_bounds(right)[1]
    if lower > upper:
        raise ValueError(f"EDTF interval {value!r} ends before it starts")
    return lower, upper, "interval"


def edtf_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """Bounds of ``value``, or ``(None, None)`` when it has none (unspecified year, None)."""
    if value is None or value.startswith("XXXX"):
        return None, None
    lower, upper, _ = parse_edtf(value)
    return lower, upper


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _display_single(value: str) -> str:
    m = _SINGLE.fullmatch(value)
    if not m:
        raise ValueError(f"not an EDTF date: {value!r}")
    year_s, month_s, day_s, qual = m.group("year"), m.group("month"), m.group("day"), m.group("qual")
    if year_s != "XXXX":
        _single_bounds(value)  # validate
    if year_s.endswith("XX") and year_s != "XXXX":
        text = f"{_ordinal(int(year_s[:2]) + 1)} century"
    elif year_s.endswith("X") and year_s != "XXXX":
        text = f"{year_s[:3]}0s"
    elif month_s is None:
        text = year_s
    else:
        code = int(month_s)
        year_txt = "" if year_s == "XXXX" else f" {year_s}"
        if code in SEASON_NAMES:
            text = f"{SEASON_NAMES[code]}{year_txt}"
        elif code in QUARTER_CODES:
            text = f"Q{QUARTER_CODES[code]}{year_txt}"
        elif not 1 <= code <= 12:
            raise ValueError(f"EDTF date {value!r}: bad month {month_s}")
        elif day_s is None:
            text = f"{MONTH_ABBR[code - 1]}{year_txt}"
        else:
            text = f"{int(day_s)} {MONTH_ABBR[code - 1]}{year_txt}"
        if year_s == "XXXX":
            text += " (year unknown)"
    if qual == "?":
        return text + "?"
    if qual == "~":
        return "c. " + text
    if qual == "%":
        return "c. " + text + "?"
    return text


def _display_interval(left: str, right: str) -> str:
    if left in ("", ".."):
        return f"until {_display_single(right)}"
    if right in ("", ".."):
        return f"from {_display_single(left)}"
    a, b = _SINGLE.fullmatch(left), _SINGLE.fullmatch(right)
    plain = a and b and not a.group("qual") and not b.group("qual")
    if plain and a and b and "X" not in left + right:
        ya, ma, da = a.group("year", "month", "day")
        yb, mb, db = b.group("year", "month", "day")
        months = ma and mb and int(ma) <= 12 and int(mb) <= 12
        if da and db and months:
            if ya == yb and ma == mb:
                return f"{int(da)}–{int(db)} {MONTH_ABBR[int(ma) - 1]} {ya}"
            if ya == yb:
                return f"{int(da)} {MONTH_ABBR[int(ma) - 1]} – {int(db)} {MONTH_ABBR[int(mb) - 1]} {ya}"
        elif months and not da and not db and ya == yb:
            return f"{MONTH_ABBR[int(ma) - 1]}–{MONTH_ABBR[int(mb) - 1]} {ya}"
        elif not ma and not mb:
            return f"{ya}–{yb}"
    return f"{_display_single(left)} – {_display_single(right)}"


def display_date(edtf: str) -> str:
    """A short human form of an EDTF value: "8–11 Dec 2015", "Dec 2015", "1994", "1990s".

    Raises :class:`ValueError` for strings that are not EDTF values this module understands.
    """
    if not isinstance(edtf, str) or not edtf.strip():
        raise ValueError("empty EDTF value")
    edtf = edtf.strip()
    if "/" in edtf:
        left, _, right = edtf.partition("/")
        if left.startswith("XXXX") and right.startswith("XXXX"):  # "between 13 and 19 January", year unknown
            start, end = _display_single(left), _display_single(right)
            return f"{start.removesuffix(' (year unknown)')} – {end}"
        parse_edtf(edtf)  # validate the whole interval
        return _display_interval(left, right)
    return _display_single(edtf)
