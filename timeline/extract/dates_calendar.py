"""Calendar units for the temporal tagger: build EDTF/TimeML values, shift them, narrow them.

A resolved date is held as a :class:`Unit`: a granularity (day, week, month, quarter, …)
plus one calendar day inside it. That makes "a year earlier" (shift by one year at the
same granularity) and "late 1990s" (narrow to a sub-interval) simple arithmetic, done with
pendulum so month ends and leap years come out right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pendulum

from timeline.extract.dates_edtf import SEASON_MONTHS
from timeline.extract.types import Precision

__all__ = ["Unit", "apply_mod", "holiday", "make_unit", "shift", "to_pendulum"]

#: Granularities, fine to coarse; "weekend" and "half" are TimeML units without an EDTF code.
GRAN_ORDER = ("day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century")
SEASON_OF_MONTH = {12: 24, 1: 24, 2: 24, 3: 21, 4: 21, 5: 21, 6: 22, 7: 22, 8: 22, 9: 23, 10: 23, 11: 23}
SEASON_TIMEX = {21: "SP", 22: "SU", 23: "FA", 24: "WI"}


@dataclass(frozen=True, slots=True)
class Unit:
    """A calendar unit: EDTF value, TimeML value, precision, and a day inside it."""

    gran: str
    point: dt.date
    value: str
    precision: Precision
    timex: str | None = None


def to_pendulum(d: dt.date) -> pendulum.Date:
    """The same day as a pendulum date (for month/year arithmetic)."""
    return pendulum.date(d.year, d.month, d.day)


def _plain(d: dt.date) -> dt.date:
    return dt.date(d.year, d.month, d.day)


def make_unit(gran: str, d: dt.date) -> Unit:
    """The unit of granularity ``gran`` that contains day ``d``."""
    d = _plain(d)
    y = d.year
    if gran == "day":
        return Unit(gran, d, d.isoformat(), "day")
    if gran in ("week", "weekend"):
        iso = d.isocalendar()
        monday = d - dt.timedelta(days=d.weekday())
        week = f"{iso.year}-W{iso.week:02d}"
        if gran == "week":
            sunday = monday + dt.timedelta(days=6)
            return Unit(gran, d, f"{monday.isoformat()}/{sunday.isoformat()}", "week", week)
        sat, sun = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return Unit(gran, d, f"{sat.isoformat()}/{sun.isoformat()}", "interval", week + "-WE")
    if gran == "month":
        return Unit(gran, d, f"{y:04d}-{d.month:02d}", "month")
    if gran == "season":
        code = SEASON_OF_MONTH[d.month]
        sy = y - 1 if d.month <= 2 else y  # January/February belong to the winter that began in December
        return Unit(gran, d, f"{sy:04d}-{code}", "season", f"{sy:04d}-{SEASON_TIMEX[code]}")
    if gran == "quarter":
        q = (d.month - 1) // 3 + 1
        return Unit(gran, d, f"{y:04d}-{32 + q}", "quarter", f"{y:04d}-Q{q}")
    if gran == "half":
        h = 1 if d.month <= 6 else 2
        first, last = (1, 6) if h == 1 else (7, 12)
        return Unit(gran, d, f"{y:04d}-{first:02d}/{y:04d}-{last:02d}", "interval", f"{y:04d}-H{h}")
    if gran == "year":
        return Unit(gran, d, f"{y:04d}", "year")
    if gran == "decade":
        return Unit(gran, d, f"{y // 10:03d}X", "decade")
    if gran == "century":
        return Unit(gran, d, f"{y // 100:02d}XX", "century", f"{y // 100:02d}")
    raise ValueError(f"unknown granularity {gran!r}")


def season_start(year: int, code: int) -> dt.date:
    """First day of EDTF season ``code`` (21 spring … 24 winter) of ``year``."""
    return dt.date(year, SEASON_MONTHS[code][0], 1)


def shift(unit: Unit, amount: int, step: str | None = None) -> Unit:
    """Move ``unit`` by ``amount`` steps (default: its own granularity), keeping its granularity."""
    step = step or unit.gran
    p = to_pendulum(unit.point)
    if step == "day":
        p = p.add(days=amount)
    elif step in ("week", "weekend"):
        p = p.add(weeks=amount)
    elif step == "month":
        p = p.add(months=amount)
    elif step == "quarter" or step in ("season",):
        p = p.add(months=3 * amount)
    elif step == "half":
        p = p.add(months=6 * amount)
    elif step == "year":
        p = p.add(years=amount)
    elif step == "decade":
        p = p.add(years=10 * amount)
    elif step == "century":
        p = p.add(years=100 * amount)
    else:
        raise ValueError(f"unknown step {step!r}")
    return make_unit(unit.gran, p)


def _thirds(lower: dt.date, upper: dt.date, gran: str, mod: str) -> tuple[str, str] | None:
    """Sub-interval (EDTF start, end) of a year, month, decade or century for early/mid/late."""
    part = {"early": 0, "mid": 1, "late": 2}[mod]
    if gran == "year":
        first = 1 + 4 * part
        return f"{lower.year:04d}-{first:02d}", f"{lower.year:04d}-{first + 3:02d}"
    if gran == "month":
        last = (upper - lower).days + 1
        a, b = [(1, 10), (11, 20), (21, last)][part]
        return (
            dt.date(lower.year, lower.month, a).isoformat(),
            dt.date(lower.year, lower.month, b).isoformat(),
        )
    if gran == "decade":
        a, b = [(0, 3), (4, 6), (7, 9)][part]
        return f"{lower.year + a:04d}", f"{lower.year + b:04d}"
    if gran == "century":
        base = lower.year - lower.year % 100
        a, b = [(0, 32), (33, 66), (67, 99)][part]
        return f"{base + a:04d}", f"{base + b:04d}"
    return None


def apply_mod(unit: Unit, mod: str, lower: dt.date, upper: dt.date) -> tuple[str, Precision] | None:
    """EDTF sub-interval for "early/mid/late <unit>"; None when the unit cannot be narrowed."""
    sub = _thirds(lower, upper, unit.gran, mod)
    if sub is None:
        return None
    return f"{sub[0]}/{sub[1]}", "interval"


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holiday(name: str, year: int) -> dt.date | None:
    """Date of a widely observed holiday in ``year`` (name lowercased, e.g. "christmas")."""
    fixed = {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "halloween": (10, 31),
        "valentine's day": (2, 14),
    }
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name in ("thanksgiving", "thanksgiving day"):
        nov1 = dt.date(year, 11, 1)
        first_thu = nov1 + dt.timedelta(days=(3 - nov1.weekday()) % 7)
        return first_thu + dt.timedelta(weeks=3)
    if name in ("easter", "easter sunday"):
        return _easter(year)
    return None
