"""Turning user input into query bounds: window dates and actor-name keys.

A window bound may be an ``int`` year, an ISO string (``"2015"``, ``"2015-12"``,
``"2015-12-08"``), a :class:`datetime.date` / :class:`datetime.datetime` (pendulum's ``Date`` and
``DateTime`` are subclasses) or ``None`` (open). A start bound is the first day of what it names,
an end bound the last day, so ``end="2015-12"`` includes 31 December 2015.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

__all__ = ["DateInput", "InvalidDateError", "normalise_name", "parse_bound"]

DateInput = int | str | dt.date | None

_ISO = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?")


class InvalidDateError(ValueError):
    """A window bound that is not a year, an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or a date."""


def parse_bound(value: DateInput, *, end: bool = False) -> dt.date | None:
    """The first (``end=False``) or last (``end=True``) calendar day named by ``value``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, bool):
        raise InvalidDateError(f"not a date: {value!r}")
    if isinstance(value, int):
        return _from_parts(value, None, None, end, str(value))
    if isinstance(value, str):
        text = value.strip()
        m = _ISO.fullmatch(text)
        if not m:
            shown = text if len(text) <= 40 else text[:40] + "…"
            raise InvalidDateError(f"not a date: {shown!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        month = int(m["m"]) if m["m"] else None
        day = int(m["d"]) if m["d"] else None
        return _from_parts(int(m["y"]), month, day, end, text)
    raise InvalidDateError(f"not a date: {value!r}")


def _from_parts(year: int, month: int | None, day: int | None, end: bool, shown: str) -> dt.date:
    if not 1 <= year <= 9999:
        raise InvalidDateError(f"year out of range in {shown!r}")
    try:
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, last if end else 1)
        return dt.date(year, month, day)
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise InvalidDateError(f"not a calendar date: {shown!r}") from exc


_PUNCT = re.compile(r"[^\w]+", re.UNICODE)


def normalise_name(name: str) -> str:
    """Lookup key for actor names and aliases: NFKC, case-folded, punctuation/space collapsed.

    Same rule as ``actor_aliases.alias_norm`` ("President  Aliyev." → "president aliyev").
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(_PUNCT.sub(" ", text).split())
