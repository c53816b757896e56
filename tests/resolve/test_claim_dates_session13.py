"""Canonical date of a visit: a day inside the visit's stated span is a day of the visit (session 13)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.dates import DatedClaim, choose_canonical, days_within_span, precision_days, simple_bounds
from timeline.resolve.merge import store_extraction

D = dt.date


def _c(edtf: str, key: str, document: str | None = None) -> DatedClaim:
    bounds = simple_bounds(edtf)
    assert bounds is not None
    return DatedClaim(edtf, bounds[0], bounds[1], bounds[2], key, None, document or f"doc:{key}")


def test_talks_day_of_other_sources_support_the_stated_visit_span() -> None:
    # "Tokayev paid a state visit to France on 10-12 March 2023" (chronology); two wires date the
    # talks "on Saturday" (11 March); a weekly says "in March". The visit is the span.
    claims = [
        _c("2023-03-10/2023-03-12", "chronology"),
        _c("2023-03-11", "wire-a"),
        _c("2023-03-11", "wire-b"),
        _c("2023-03", "weekly"),
    ]
    canon = choose_canonical(claims, multi_day=True, visit=True)
    assert canon is not None
    assert (canon.edtf, canon.lower, canon.upper) == ("2023-03-10/2023-03-12", D(2023, 3, 10), D(2023, 3, 12))
    assert not canon.has_conflict
    assert canon.rule.startswith("4 sources, no conflict") and "days within a stated span" in canon.rule


def test_arrival_and_talks_days_inside_the_span_are_no_conflict() -> None:
    # Arrival on the 10th (one source) and talks on the 11th (another) inside "10-12 March".
    claims = [
        _c("2023-03-10", "wire-a"),
        _c("2023-03-11", "wire-b"),
        _c("2023-03-10/2023-03-12", "chronology"),
    ]
    canon = choose_canonical(claims, multi_day=True, visit=True)
    assert canon is not None and canon.edtf == "2023-03-10/2023-03-12" and not canon.has_conflict


def test_without_a_stated_span_days_of_different_sources_still_conflict() -> None:
    canon = choose_canonical([_c("2023-03-10", "wire-a"), _c("2023-03-11", "wire-b")], multi_day=True, visit=True)
    assert canon is not None and canon.has_conflict and "days within a stated span" not in canon.rule


def test_summit_keeps_its_day_candidates() -> None:
    # A summit (multi-day gathering, not a visit): "took part in the summit on 1 September" twice
    # and one chronology row "31 August - 1 September": the day has more sources and wins.
    claims = [
        _c("2025-09-01", "wire-a"),
        _c("2025-09-01", "wire-b"),
        _c("2025-08-31/2025-09-01", "chronology"),
    ]
    canon = choose_canonical(claims, multi_day=True)
    assert canon is not None and canon.edtf == "2025-09-01"


def test_day_outside_the_span_still_competes_and_conflicts() -> None:
    claims = [
        _c("2023-03-10/2023-03-12", "chronology"),
        _c("2023-03-20", "wire-a"),
        _c("2023-03-20", "wire-b"),
    ]
    canon = choose_canonical(claims, multi_day=True, visit=True)
    assert canon is not None and canon.edtf == "2023-03-20" and canon.has_conflict


def test_a_span_is_not_swallowed_by_a_wider_week() -> None:
    # "last week" (6-12 March) and "10-12 March": the narrower stated span stays the visit date,
    # and the talks day falls to the narrowest span containing it.
    claims = [
        _c("2023-03-06/2023-03-12", "weekly"),
        _c("2023-03-10/2023-03-12", "chronology"),
        _c("2023-03-11", "wire-a"),
    ]
    out, changed = days_within_span(claims)
    assert changed
    assert [c.edtf for c in out] == ["2023-03-06/2023-03-12", "2023-03-10/2023-03-12", "2023-03-10/2023-03-12"]
    assert [c.source_key for c in out] == ["weekly", "chronology", "wire-a"]
    canon = choose_canonical(claims, multi_day=True, visit=True)
    assert canon is not None and canon.edtf == "2023-03-10/2023-03-12"


def test_a_long_range_is_no_stated_span() -> None:
    # A three-week window ("1-20 March") is no visit span: the day claims keep competing.
    claims = [_c("2023-03-01/2023-03-20", "brief"), _c("2023-03-11", "wire-a")]
    out, changed = days_within_span(claims)
    assert not changed and out == claims
    canon = choose_canonical(claims, multi_day=True, visit=True)
    assert canon is not None and canon.edtf == "2023-03-11"


# --- through the store: one visit told by a chronology row and by two wires -------------------------------

_VISITOR = replace(actor("Ukhnaagiin Khurelsukh"), country="MNG", role="actor")
_HOST = replace(actor("Kyrgyzstan", "state"), country="KGZ", role="recipient")
_PLACE = replace(actor("Bishkek", "place"), role="location")


def _store_visit(session: Session, uri: str, when: str, quote: str, mode: str = "visit") -> None:
    src = source(session, uri, outlet=uri.split(".")[0], published=dt.date(2023, 6, 1))
    c = claim("Khurelsukh visit to Kyrgyzstan", "CONSULT", when, mode=mode, start=0, end=len(quote),
              actors=[_VISITOR, _HOST, _PLACE], keywords=("visit",), quote=quote)
    store_extraction(session, src, extraction(src, c))


def test_stored_visit_takes_the_stated_span(session: Session) -> None:
    _store_visit(session, "chronology.md", "2023-05-15/2023-05-17",
                 "15-17 May 2023 - State visit of President Khurelsukh to Kyrgyzstan.")
    _store_visit(session, "kabar.html", "2023-05-16",
                 "President Khurelsukh, on a state visit to Kyrgyzstan, held talks with Japarov in Bishkek on Tuesday.")
    _store_visit(session, "akipress.html", "2023-05-16",
                 "During Khurelsukh's state visit to Bishkek the two presidents signed a treaty on 16 May.")
    events = list(session.scalars(select(Event).order_by(Event.id)))
    assert len(events) == 1
    ev = events[0]
    assert (ev.date_start, ev.date_end) == (dt.date(2023, 5, 15), dt.date(2023, 5, 17))
    assert not ev.has_conflict and "days within a stated span" in (ev.date_rule or "")


# --- "more precise" compares precision, not month lengths ------------------------------------------------


def test_two_months_are_equally_precise_whatever_their_length() -> None:
    # "in November 2023" (30 days) vs "last December" (31 days), one source each: not "more
    # precise" but the earliest published source decides.
    early, late = dt.date(2024, 12, 1), dt.date(2025, 4, 2)
    claims = [
        DatedClaim("2023-11", D(2023, 11, 1), D(2023, 11, 30), "month", "analysis", late, "doc:a"),
        DatedClaim("2023-12", D(2023, 12, 1), D(2023, 12, 31), "month", "wire", early, "doc:w"),
    ]
    canon = choose_canonical(claims)
    assert canon is not None and canon.edtf == "2023-12" and canon.has_conflict
    assert canon.rule.endswith("tie → earliest published")
    # February is not more precise than March either.
    claims = [
        DatedClaim("2021-02", D(2021, 2, 1), D(2021, 2, 28), "month", "a", late, "doc:a"),
        DatedClaim("2021-03", D(2021, 3, 1), D(2021, 3, 31), "month", "b", early, "doc:b"),
    ]
    canon = choose_canonical(claims)
    assert canon is not None and canon.edtf == "2021-03"


def test_two_years_are_equally_precise_leap_or_not() -> None:
    claims = [
        DatedClaim("1991", D(1991, 1, 1), D(1991, 12, 31), "year", "a", dt.date(2020, 1, 1), "doc:a"),
        DatedClaim("1992", D(1992, 1, 1), D(1992, 12, 31), "year", "b", dt.date(2010, 1, 1), "doc:b"),
    ]
    canon = choose_canonical(claims)
    assert canon is not None and canon.edtf == "1992" and canon.rule.endswith("tie → earliest published")


def test_precision_days_keeps_real_differences() -> None:
    assert precision_days(D(2023, 11, 1), D(2023, 11, 30)) == precision_days(D(2023, 12, 1), D(2023, 12, 31))
    assert precision_days(D(2023, 11, 5), D(2023, 11, 5)) == 1  # a day is finer than any month
    assert precision_days(D(2024, 3, 5), D(2024, 4, 3)) == 30  # a 30-day window is no calendar month
    assert precision_days(D(2024, 3, 1), D(2024, 4, 30)) == 61  # two months are two months
    # A day still beats a month with the same support.
    canon = choose_canonical([_c("2023-11", "a"), _c("2023-12-05", "b")])
    assert canon is not None and canon.edtf == "2023-12-05" and canon.rule.endswith("tie → more precise")
