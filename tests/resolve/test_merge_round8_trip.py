"""Round 8: a month claim of a person's visit and that person's visit on days of that month are one
visit (the ``trip`` identity signal); a year claim only when both tell the person's first trip.
Invented sentences of several outlets' styles; positive and negative cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from resolve_helpers import actor, claim, extraction, source
from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.merge import store_extraction
from timeline.resolve.similarity import Match, Profile, judge, quote_cues

D = dt.date
DOVLET = replace(actor("Dovlet Karayev"), country="TKM")
HOST_CN = replace(actor("China", "state", "recipient"), country="CHN")
HOST_RU = replace(actor("Russia", "state", "recipient"), country="RUS")


def _visit(quote: str, lower: dt.date, upper: dt.date, source: int, **kw: object) -> Profile:
    base = Profile(
        event_type="CONSULT", mode="visit", lower=lower, upper=upper, sources=frozenset({source}),
        actors=frozenset({"Dovlet Karayev"}), persons=frozenset({"Dovlet Karayev"}),
        keywords=frozenset({"visit"}), cues=quote_cues(quote),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


_ARRIVED = "Karayev arrived in the Chinese capital on Tuesday for a three-day state visit."
_MONTH = "Karayev's state visit to Beijing in April took the relationship a step further."


def test_a_month_visit_joins_the_days_of_that_visit() -> None:
    days = _visit(_ARRIVED, D(2025, 4, 22), D(2025, 4, 24), 1)
    month = _visit(_MONTH, D(2025, 4, 1), D(2025, 4, 30), 2, hosts=frozenset({"China"}),
                   states=frozenset({"China"}), places=frozenset({"Beijing"}))
    assert isinstance(judge(month, days), Match)
    assert isinstance(judge(days, month), Match)


def test_another_host_or_another_place_is_another_trip() -> None:
    days = _visit("Karayev arrived in Moscow on Tuesday for talks.", D(2025, 4, 22), D(2025, 4, 24), 1,
                  hosts=frozenset({"Russia"}), states=frozenset({"Russia"}))
    month = _visit(_MONTH, D(2025, 4, 1), D(2025, 4, 30), 2, hosts=frozenset({"China"}),
                   states=frozenset({"China"}))
    assert not isinstance(judge(month, days), Match)
    moscow = _visit("Karayev landed in Moscow on Tuesday.", D(2025, 4, 22), D(2025, 4, 22), 1,
                    places=frozenset({"Moscow"}))
    beijing = _visit(_MONTH, D(2025, 4, 1), D(2025, 4, 30), 2, places=frozenset({"Beijing"}))
    assert not isinstance(judge(beijing, moscow), Match)


def test_a_year_visit_needs_the_first_trip_told_by_both() -> None:
    days = _visit("Karayev made his first trip abroad after the election to China, arriving on 14 May 2022.",
                  D(2022, 5, 14), D(2022, 5, 14), 1)
    year = _visit("Three years ago Karayev chose China for his first foreign trip.", D(2022, 1, 1),
                  D(2022, 12, 31), 2)
    plain = _visit("Karayev visited China in 2022.", D(2022, 1, 1), D(2022, 12, 31), 2)
    assert isinstance(judge(year, days), Match)
    assert not isinstance(judge(plain, days), Match)


def test_a_month_visit_with_two_visits_of_the_person_that_month_joins_neither(session: Session) -> None:
    beijing = "Karayev arrived in Beijing on 3 April for a state visit."
    moscow = "Karayev arrived in Moscow on 20 April for a working visit."
    vague = "Karayev travelled abroad on a state visit in April, the agency said."
    a = source(session, "wire.txt", outlet="wire", published=D(2025, 5, 1))
    store_extraction(session, a, extraction(
        a,
        claim("visit", "CONSULT", "2025-04-03", mode="visit", actors=[DOVLET, HOST_CN], quote=beijing,
              keywords=("visit",), end=len(beijing)),
        claim("visit", "CONSULT", "2025-04-20", mode="visit", actors=[DOVLET, HOST_RU], quote=moscow,
              keywords=("visit",), start=200, end=200 + len(moscow)),
    ))
    b = source(session, "brief.txt", outlet="brief", published=D(2025, 5, 2))
    store_extraction(session, b, extraction(
        b, claim("visit", "CONSULT", "2025-04", mode="visit", actors=[DOVLET], quote=vague,
                 keywords=("visit",), end=len(vague)),
    ))
    groups = [{c.quote for c in ev.citations} for ev in session.scalars(select(Event))]
    assert sorted(map(len, groups)) == [1, 1, 1]


def test_a_month_visit_joins_the_only_visit_of_that_month(session: Session) -> None:
    a = source(session, "wire.txt", outlet="wire", published=D(2025, 4, 23))
    store_extraction(session, a, extraction(
        a, claim("visit", "CONSULT", "2025-04-22/2025-04-24", mode="visit", actors=[DOVLET], quote=_ARRIVED,
                 keywords=("visit",), end=len(_ARRIVED)),
    ))
    b = source(session, "review.txt", outlet="review", published=D(2025, 12, 1))
    store_extraction(session, b, extraction(
        b, claim("visit", "CONSULT", "2025-04", mode="visit", actors=[DOVLET, HOST_CN], quote=_MONTH,
                 keywords=("visit",), end=len(_MONTH)),
    ))
    groups = [{c.quote for c in ev.citations} for ev in session.scalars(select(Event))]
    assert groups == [{_ARRIVED, _MONTH}]


def test_a_place_of_another_clause_does_not_split_a_trip_whose_host_the_quote_names() -> None:
    days = _visit("Karayev pays a state visit to China; his first trip abroad since the election.",
                  D(2022, 9, 14), D(2022, 9, 14), 1, hosts=frozenset({"China"}), states=frozenset({"China"}),
                  places=frozenset({"Beijing"}), tokens=frozenset({"karayev", "visit", "china", "beijing"}))
    month = _visit("Karayev chose China for his trip in September 2022, days before the summit in Varna.",
                   D(2022, 9, 1), D(2022, 9, 30), 2, places=frozenset({"Varna"}),
                   tokens=frozenset({"karayev", "chose", "china", "trip", "summit", "varna"}))
    assert isinstance(judge(month, days), Match)
    elsewhere = replace(month, tokens=frozenset({"karayev", "trip", "summit", "varna"}))
    assert not isinstance(judge(elsewhere, days), Match)
