"""Claim dates: compatibility, year completion and the choice of an event's canonical date.

Pure functions on plain values (no database), used by :mod:`timeline.resolve.similarity` and
:mod:`timeline.resolve.merge`.

Canonical date rule (the text written to ``events.date_rule`` says which step decided):

1. Year-unknown claims (``XXXX-07-05``, from articles without a publication date) take the year of
   the event: the year (event year − 1, +0, +1) that puts them nearest to the best dated claims.
2. Every distinct claimed date is a candidate. A candidate is *supported* by each claim whose bounds
   contain it (equal or vaguer claims: "in 2015" supports "December 8-11, 2015", never the reverse).
3. The candidate supported by more independent sources wins (sources are independent when their
   outlets differ; sources without an outlet count one each).
4. Tie → the more precise candidate (shorter span in days; a calendar month counts 31 days and a
   calendar year 366, so two months or two years are equally precise whatever their length).
5. Tie → the candidate whose supporting claims have a known year (not borrowed from the event).
6. Tie → the candidate supported by the earliest published source (undated sources last):
   reports closest to the event are least likely to be garbled by retelling.
7. Tie → the earlier date (deterministic).

Shared dates (session 15): before step 2, a claim whose date was shared from another act of its sentence
(rule "+shared-date") in a sentence that tells another date too is set aside when it is disjoint from a claim
that states its own date (:func:`set_aside_shared`); the rule then ends with "; shared dates set aside".

Vaguer compatible claims support and never conflict. ``has_conflict`` is true when two claims have
disjoint bounds (e.g. July 3 vs July 5, or "December 2015" vs "November 30, 2015").

Days of one source (``multi_day`` events: visits, summits): one article does not contradict itself
when it dates the arrival on Tuesday, the talks on Wednesday and the departure on Thursday; it
describes days of one event. Before step 2, the day-like claims (≤ 7 days) of one source
(``DatedClaim.document``) with different bounds are replaced by their span when it is at most
7 days ("2025-04-22/2025-04-24"); the rule then ends with "; days of one source joined". Claims of
different sources still conflict.

Days within a stated span (``visit`` events): when a claim states the visit's span of 2–7 days
("22-24 April", "arrived on Tuesday for a visit that runs through Thursday"), a one-day claim of any
source inside that span dates a day *of* the visit (arrival, talks, the signing), not the
visit itself: it is read as the span (supporting it, neither a rival candidate nor a conflict with
another day inside the span). Only spans as claimed count (checked before the days of one source
are joined, so a source's own days never make a span for the others), and a span never swallows
another span (a "22-24 April" inside "last week" stays a candidate). The rule then ends with
"; days within a stated span". A day outside every stated span still competes and conflicts.
Summits and other gatherings (``multi_day`` without ``visit``) keep their days as candidates: the
one day a source gives for a two-day summit is often the summit's main session, not a part of it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

#: Day-precision claims at most this many days apart may still be one event (with a conflict).
CONFLICT_DAYS = 14
#: Claims or events whose span is at most this many days count as "day-like" for conflicts.
DAYLIKE_SPAN = 7

#: Claims or events whose span is at most this many days count as "month-like": adjacent ones may
#: still be one event with a conflict (one article says November, another December).
MONTHLIKE_SPAN = 31

#: Coarsest claim (days) for which an adjacent disjoint date may still be a conflict (a year).
ADJACENT_MAX_SPAN = 366

Relation = Literal["same", "vaguer", "finer", "overlap", "near", "far"]

_UNKNOWN_YEAR = re.compile(r"^X{4}-(\d{2})(?:-(\d{2}))?$")
_SIMPLE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def span_days(lower: dt.date, upper: dt.date) -> int:
    """Inclusive length of ``[lower, upper]`` in days."""
    return (upper - lower).days + 1


def overlaps(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def contains(outer: tuple[dt.date, dt.date], inner: tuple[dt.date, dt.date]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def relation(claim: tuple[dt.date, dt.date], event: tuple[dt.date, dt.date]) -> Relation:
    """How a claim's bounds relate to an event's bounds.

    ``near`` means disjoint but both day-like (span ≤ :data:`DAYLIKE_SPAN`) and at most
    :data:`CONFLICT_DAYS` apart (start to start or end to start), or both month-like (span ≤
    :data:`MONTHLIKE_SPAN`) and adjacent: a possible date conflict.
    """
    if claim == event:
        return "same"
    if contains(claim, event):
        return "vaguer"
    if contains(event, claim):
        return "finer"
    if overlaps(claim, event):
        return "overlap"
    daylike = span_days(*claim) <= DAYLIKE_SPAN and span_days(*event) <= DAYLIKE_SPAN
    distance = max(claim[0], event[0]) - min(claim[1], event[1])
    if daylike and distance.days <= CONFLICT_DAYS:
        return "near"
    monthlike = span_days(*claim) <= MONTHLIKE_SPAN and span_days(*event) <= MONTHLIKE_SPAN
    if monthlike and distance.days <= 1:  # adjacent months ("last December" vs "November 2023")
        return "near"
    return "far"


def adjacent(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Disjoint bounds less than one unit of the coarser side apart, that side a month or a year
    (≤ :data:`ADJACENT_MAX_SPAN` days): "12 June 2018" vs "July 2018", "14 December 2009" vs
    "2010", "1991" vs "1992". Such dates of one event are a conflict of two sources, not two events,
    when the identity is beyond doubt (the caller decides)."""
    if overlaps(a, b):
        return False
    coarse = max(span_days(*a), span_days(*b))
    if coarse > ADJACENT_MAX_SPAN or coarse <= DAYLIKE_SPAN:
        return False
    gap = (max(a[0], b[0]) - min(a[1], b[1])).days
    return gap <= coarse


# --- year-unknown dates --------------------------------------------------------------------------


def unknown_year_parts(edtf: str | None) -> tuple[int, int | None] | None:
    """(month, day) of a year-unknown EDTF value ``XXXX-07-05`` / ``XXXX-07``; None otherwise.

    An interval ``XXXX-12-08/XXXX-12-11`` gives the parts of its start.
    """
    if not edtf:
        return None
    head = edtf.split("/", 1)[0]
    m = _UNKNOWN_YEAR.match(head)
    if not m:
        return None
    month, day = int(m.group(1)), (int(m.group(2)) if m.group(2) else None)
    if not 1 <= month <= 12:
        return None
    return month, day


def _unknown_bounds(part: str, year: int, *, end: bool) -> dt.date | None:
    m = _UNKNOWN_YEAR.match(part)
    if not m:
        return None
    month = int(m.group(1))
    try:
        if m.group(2):
            return dt.date(year, month, int(m.group(2)))
        if end:
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, month, 1)
    except ValueError:  # 29 February in a common year, month 13 …
        return None


def complete_year(edtf: str, year: int) -> tuple[str, dt.date, dt.date] | None:
    """``XXXX-07-05`` completed with ``year`` → (EDTF, lower, upper); None when not year-unknown.

    In an interval whose end month/day precedes its start, the end falls in the next year.
    """
    parts = edtf.split("/", 1)
    lower = _unknown_bounds(parts[0], year, end=False)
    upper = _unknown_bounds(parts[-1], year, end=True)
    if lower is None or upper is None:
        return None
    if upper < lower:
        upper = _unknown_bounds(parts[-1], year + 1, end=True)
        if upper is None:
            return None
    text = "/".join(
        p.replace("XXXX", str(year if i == 0 or upper.year == year else year + 1), 1)
        for i, p in enumerate(parts)
    )
    return text, lower, upper


def complete_near(edtf: str, anchor: tuple[dt.date, dt.date]) -> tuple[str, dt.date, dt.date] | None:
    """Complete a year-unknown value with the year (anchor year −1/0/+1) nearest to ``anchor``."""
    best: tuple[int, tuple[str, dt.date, dt.date]] | None = None
    for year in (anchor[0].year, anchor[0].year - 1, anchor[0].year + 1):
        done = complete_year(edtf, year)
        if done is None:
            continue
        distance = (
            0
            if overlaps(done[1:], anchor)
            else min(abs((done[1] - anchor[1]).days), abs((anchor[0] - done[2]).days))
        )
        if best is None or distance < best[0]:
            best = (distance, done)
    return best[1] if best else None


def _part_bounds(part: str) -> tuple[dt.date, dt.date, str] | None:
    m = _SIMPLE.match(part)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            d = dt.date(year, int(month), int(day))
            return d, d, "day"
        if month:
            first = dt.date(year, int(month), 1)
            return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1), "month"
    except ValueError:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def simple_bounds(edtf: str) -> tuple[dt.date, dt.date, str] | None:
    """Bounds of plain EDTF (``1994``, ``1994-03``, ``1994-03-07`` and intervals of those).

    A fallback when :func:`timeline.extract.dates.parse_edtf` is not available.
    """
    parts = edtf.split("/")
    if len(parts) == 1:
        return _part_bounds(parts[0])
    if len(parts) != 2:
        return None
    first, last = _part_bounds(parts[0]), _part_bounds(parts[1])
    if first is None or last is None or last[1] < first[0]:
        return None
    return first[0], last[1], "interval"


def edtf_bounds(edtf: str) -> tuple[dt.date, dt.date, str] | None:
    """(lower, upper, precision) of an EDTF string, or None when it cannot be bounded."""
    try:
        from timeline.extract.dates import parse_edtf
    except ImportError:
        return simple_bounds(edtf)
    try:
        lower, upper, precision = parse_edtf(edtf)
    except ValueError:
        return None
    return lower, upper, precision


# --- canonical date ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DatedClaim:
    """What the canonical-date rule needs to know about one citation."""

    edtf: str | None
    lower: dt.date | None
    upper: dt.date | None
    precision: str | None
    #: Independence key: the outlet (case-folded) or, without one, the source id.
    source_key: str
    published: dt.date | None = None
    #: The source (document) itself, for joining the days of one source; None: never joined.
    document: str | None = None
    #: The claim's date was shared from another act of its sentence (rule "+shared-date") and the sentence
    #: tells another date too (:func:`other_date_told`): an attachment guess (:func:`set_aside_shared`).
    shared: bool = False


@dataclass(frozen=True, slots=True)
class CanonicalDate:
    edtf: str | None
    lower: dt.date | None
    upper: dt.date | None
    precision: str | None
    has_conflict: bool
    rule: str


@dataclass(slots=True)
class _Candidate:
    edtf: str
    lower: dt.date
    upper: dt.date
    precision: str | None
    sources: set[str]
    known_year: bool
    published: dt.date | None


def _plural(n: int) -> str:
    return f"{n} source" if n == 1 else f"{n} sources"


def _complete(claims: list[DatedClaim]) -> tuple[list[tuple[DatedClaim, str, dt.date, dt.date, bool]], bool]:
    """Claims with bounds (year-unknown ones completed from the dated ones); flag: any year borrowed."""
    dated = [(c, c.edtf or "", c.lower, c.upper, True) for c in claims if c.lower and c.upper]
    if not dated:
        return [], False
    # Anchor: the best candidate among claims with a known year.
    anchor = _best(_candidate_list(dated))[0]
    out = list(dated)
    borrowed = False
    for c in claims:
        if c.lower and c.upper:
            continue
        done = complete_near(c.edtf, (anchor.lower, anchor.upper)) if c.edtf else None
        if done:
            out.append((c, done[0], done[1], done[2], False))
            borrowed = True
    return out, borrowed


def _candidate_list(items: list[tuple[DatedClaim, str, dt.date, dt.date, bool]]) -> list[_Candidate]:
    cands: dict[tuple[dt.date, dt.date], _Candidate] = {}
    for claim, edtf, lower, upper, known in items:
        key = (lower, upper)
        if key not in cands:
            cands[key] = _Candidate(edtf, lower, upper, claim.precision, set(), False, None)
        elif known and not cands[key].known_year:
            cands[key].edtf, cands[key].precision = edtf, claim.precision
    for cand in cands.values():
        for claim, _edtf, lower, upper, known in items:
            if lower <= cand.lower and cand.upper <= upper:
                cand.sources.add(claim.source_key)
                if (lower, upper) == (cand.lower, cand.upper):
                    cand.known_year = cand.known_year or known
                if claim.published and (cand.published is None or claim.published < cand.published):
                    cand.published = claim.published
    return list(cands.values())


def precision_days(lower: dt.date, upper: dt.date) -> int:
    """Span in days for the "more precise" step: a calendar month counts 31 days and a calendar year
    366 whatever their length, so "November" is not more precise than "December" (nor February than
    March): two months tie and the later steps decide."""
    if lower.day == 1 and (upper + dt.timedelta(days=1)).day == 1:
        if lower.year == upper.year and lower.month == upper.month:
            return MONTHLIKE_SPAN
        if (lower.month, upper.month, upper.day) == (1, 12, 31) and lower.year == upper.year:
            return ADJACENT_MAX_SPAN
    return span_days(lower, upper)


def _rank(c: _Candidate) -> tuple:
    return (
        -len(c.sources),
        precision_days(c.lower, c.upper),
        not c.known_year,
        c.published or dt.date.max,
        c.lower,
        c.edtf,
    )


def _best(cands: list[_Candidate]) -> list[_Candidate]:
    return sorted(cands, key=_rank)


def _decider(win: _Candidate, rival: _Candidate) -> str:
    """Which tie-break step separated the winner from its best rival."""
    if len(win.sources) != len(rival.sources):
        return ""
    if precision_days(win.lower, win.upper) != precision_days(rival.lower, rival.upper):
        return "; tie → more precise"
    if win.known_year != rival.known_year:
        return "; tie → known year"
    if win.published != rival.published:
        return "; tie → earliest published"
    return "; tie → earlier date"


def join_source_days(claims: list[DatedClaim]) -> tuple[list[DatedClaim], bool]:
    """Replace the differing day-like claims of each source by their span (≤ 7 days); flag: any joined."""
    groups: dict[str, list[DatedClaim]] = {}
    for c in claims:
        if c.document and c.lower and c.upper and span_days(c.lower, c.upper) <= DAYLIKE_SPAN:
            groups.setdefault(c.document, []).append(c)
    out = list(claims)
    joined = False
    for group in groups.values():
        lo = min(c.lower for c in group if c.lower)
        hi = max(c.upper for c in group if c.upper)
        if len({(c.lower, c.upper) for c in group}) < 2 or span_days(lo, hi) > DAYLIKE_SPAN:
            continue
        first = group[0]
        span = DatedClaim(
            f"{lo.isoformat()}/{hi.isoformat()}",
            lo,
            hi,
            "interval",
            first.source_key,
            first.published,
            first.document,
        )
        out = [c for c in out if c not in group] + [span]
        joined = True
    return out, joined


def _stated_span(c: DatedClaim) -> bool:
    return bool(c.lower and c.upper and 2 <= span_days(c.lower, c.upper) <= DAYLIKE_SPAN)


def days_within_span(claims: list[DatedClaim]) -> tuple[list[DatedClaim], bool]:
    """Read each one-day claim inside a stated span (2–7 days) as that span (the narrowest one);
    flag: any claim read so. Other claims are kept as they are."""
    spans = [c for c in claims if _stated_span(c)]
    if not spans:
        return claims, False
    out: list[DatedClaim] = []
    changed = False
    for c in claims:
        outer = [
            s
            for s in spans
            if c.lower
            and c.upper
            and c.lower == c.upper
            and s.lower
            and s.upper
            and s.lower <= c.lower
            and c.upper <= s.upper
        ]
        if not outer:
            out.append(c)
            continue
        s = min(outer, key=lambda x: (span_days(x.lower, x.upper), x.lower))  # type: ignore[arg-type]
        out.append(DatedClaim(s.edtf, s.lower, s.upper, s.precision, c.source_key, c.published, c.document))
        changed = True
    return out, changed


#: A date expression of a sentence, for :func:`other_date_told`: a year, a month name, a relative year or
#: month, a weekday, "today"/"yesterday".
_DATE_WORD = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|\b(?:last|next|this|previous|same)\s+(?:year|month|week|spring|summer|autumn|winter)\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b",
)


def other_date_told(quote: str | None, date_text: str | None) -> bool:
    """Session 15: does the sentence tell a date besides the claim's own (``date_text``, removed once)?
    "his meeting in Astana in July 2024, … and his state visit in April last year" for "April last year"."""
    if not quote:
        return False
    rest = quote.replace(date_text, " ", 1) if date_text else quote
    return _DATE_WORD.search(rest) is not None


def set_aside_shared(claims: list[DatedClaim]) -> tuple[list[DatedClaim], bool]:
    """Session 15: drop the claims whose date was shared from another act of their sentence, a sentence
    telling another date too (:attr:`DatedClaim.shared`), when they are disjoint from a claim that states
    its own date; flag: any dropped. "recalled his meeting in Astana in July 2024, when the two countries
    established a strategic partnership, and his state visit in April last year" gives the partnership the
    visit's date: that is the attachment's guess, not a source dating the act otherwise, so it neither
    conflicts nor competes. Shared claims that agree with the own-dated ones, or events with no own-dated
    claim, are kept."""
    own = [(c.lower, c.upper) for c in claims if not c.shared and c.lower and c.upper]
    if not own:
        return claims, False
    out = [
        c
        for c in claims
        if not (c.shared and c.lower and c.upper and any(not overlaps((c.lower, c.upper), o) for o in own))
    ]
    return out, len(out) != len(claims)


def choose_canonical(
    claims: list[DatedClaim], *, multi_day: bool = False, visit: bool = False
) -> CanonicalDate | None:
    """The canonical date of an event from its citations' claims (rule in the module docstring).

    ``multi_day``: the event may last several days (a visit, a summit), so each source's days are
    joined. ``visit``: the event is a visit, so a day inside a claimed span of the visit is read as
    that span (:func:`days_within_span`).
    """
    if not claims:
        return None
    joined = spanned = False
    claims, aside = set_aside_shared(claims)
    if visit:
        claims, spanned = days_within_span(claims)
    if multi_day or visit:
        claims, joined = join_source_days(claims)
    items, borrowed = _complete(claims)
    if not items:
        return _unanchored(claims)
    ranked = _best(_candidate_list(items))
    win = ranked[0]
    conflict = any(
        not overlaps((a[2], a[3]), (b[2], b[3])) for i, a in enumerate(items) for b in items[i + 1 :]
    )
    precision = win.precision or "unknown"
    if conflict:
        rivals = [c for c in ranked[1:] if not overlaps((c.lower, c.upper), (win.lower, win.upper))]
        rival = rivals[0]
        versus = f"{_plural(len(win.sources))} vs {len(rival.sources)}"
        rule = f"{versus}; {precision} precision{_decider(win, rival)}"
    else:
        rule = f"{_plural(len(win.sources))}, no conflict; {precision} precision"
    if borrowed:
        rule += "; year of undated claims taken from the event"
    if joined:
        rule += "; days of one source joined"
    if spanned:
        rule += "; days within a stated span"
    if aside:
        rule += "; shared dates set aside"
    return CanonicalDate(win.edtf, win.lower, win.upper, win.precision, conflict, rule)


def _unanchored(claims: list[DatedClaim]) -> CanonicalDate:
    """Only year-unknown or unresolved claims: the same rule within one (leap) year, no bounds."""
    items = []
    for c in claims:
        done = complete_year(c.edtf, 2000) if c.edtf else None  # a leap year: any month/day exists
        if done:
            items.append((c, c.edtf or "", done[1], done[2], True))
    if not items:
        return CanonicalDate(None, None, None, None, False, "undated")
    win = _best(_candidate_list(items))[0]
    conflict = any(
        not overlaps((a[2], a[3]), (b[2], b[3])) for i, a in enumerate(items) for b in items[i + 1 :]
    )
    rule = f"{_plural(len(win.sources))}; year unknown"
    return CanonicalDate(win.edtf, None, None, win.precision, conflict, rule)
