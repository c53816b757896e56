"""Dates for people: EDTF shown at its precision ("8–11 Dec 2015", "Dec 2015", "1994").

The formatting itself belongs to the date module (``timeline.extract.dates.display_date``); this
module only makes it total for the read side: ``None`` becomes "undated" and a value the date
module cannot read is shown as written instead of raising. A small fallback covers the plain
year / month / day / interval forms when the date module is not importable.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["edtf_parts", "show_date"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PLAIN = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


def _fallback_display(edtf: str) -> str:
    """Plain EDTF forms only (the date module handles seasons, decades, qualifiers)."""

    def one(value: str) -> str:
        m = _PLAIN.fullmatch(value)
        if not m or (m["m"] and not 1 <= int(m["m"]) <= 12):
            raise ValueError(f"not a plain EDTF date: {value!r}")
        if not m["m"]:
            return m["y"]
        month = _MONTHS[int(m["m"]) - 1]
        return f"{int(m['d'])} {month} {m['y']}" if m["d"] else f"{month} {m['y']}"

    if "/" in edtf:
        left, _, right = edtf.partition("/")
        return f"{one(left)} – {one(right)}"
    return one(edtf)


def _load_display() -> Callable[[str], str]:
    try:
        from timeline.extract.dates import display_date  # the agreed interface
    except ImportError:
        try:
            from timeline.extract.dates_edtf import display_date
        except ImportError:
            return _fallback_display
    return display_date


_display = _load_display()


def show_date(edtf: str | None) -> str:
    """``edtf`` at its precision; "undated" for None; the raw value if it cannot be read."""
    if edtf is None or not edtf.strip():
        return "undated"
    try:
        return _display(edtf)
    except ValueError:
        return edtf


_SINGLE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?[?~%]?")


def _parts(value: str) -> tuple[int, int | None, int | None] | None:
    m = _SINGLE.fullmatch(value)
    if not m:
        return None
    month = int(m["m"]) if m["m"] else None
    if month is not None and not 1 <= month <= 12:  # season/quarter codes: the year only
        return int(m["y"]), None, None
    return int(m["y"]), month, int(m["d"]) if m["d"] else None


def edtf_parts(edtf: str | None) -> tuple[tuple[int, int | None, int | None] | None,
                                         tuple[int, int | None, int | None] | None]:
    """(year, month, day) of each end of ``edtf``, to the precision written — never invented.

    ``"1994"`` → ``((1994, None, None), None)``; ``"2015-12-08/2015-12-11"`` →
    ``((2015, 12, 8), (2015, 12, 11))``. Decades ("199X") give their first year; unreadable
    or year-less values give ``(None, None)``.
    """
    if not edtf:
        return None, None
    value = edtf.strip()
    decade = re.fullmatch(r"(\d{3})X[?~%]?", value)
    if decade:
        return (int(decade[1]) * 10, None, None), None
    if "/" in value:
        left, _, right = value.partition("/")
        return (_parts(left) if left not in ("", "..") else None,
                _parts(right) if right not in ("", "..") else None)
    return _parts(value), None
