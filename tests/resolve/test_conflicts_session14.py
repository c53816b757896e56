"""Session 14 conflicts (timeline.resolve.conflicts): a landmark state visit that one article dates to the
month and another, counting the relations from it, to the neighbouring year ("paid a state visit to Ankara
in May 2011" / "relations have grown since then-President X's state visit to Türkiye in 2012") is one event
with a flagged conflict in both ingest orders; a state visit told plainly, one told as one of several,
two month-dated visits and another visitor stay apart. A day and the neighbouring month that does not
contain it ("established a strategic partnership on 31 May" / "the partnership established in June") is
one event in conflict only for an act that happens once for a pair; two meetings of one pair stay two.
One state beginning one activity ("began vaccinating" / "began its vaccination campaign") a month apart is one
start in conflict; another state, another activity, talks or months further apart stay apart.
Invented sentences of other countries, names and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, date, store_in_order
from sqlalchemy.orm import Session

from timeline.extract.types import Claim
from timeline.resolve.conflicts import conflict_cues

D = dt.date
_MN = replace(actor("Mongolia", "state"), country="MNG")
_TR = replace(actor("Türkiye", "state"), country="TUR")
_TR_HOST = replace(_TR, role="recipient")
_ELBEG = actor("Tsakhiagiin Elbegdorj")
_GUL = actor("Abdullah Gül")
_BATTULGA = actor("Khaltmaagiin Battulga")
_ORDERS = [(0, 1), (1, 0)]


def _c(quote: str, when: str, text: str, event_type: str = "CONSULT", *, actors: tuple = (),
       mode: str | None = "visit", keywords: tuple[str, ...] = ("visit", "state")) -> Claim:
    made = claim("c", event_type, when, quote=quote, start=0, end=len(quote), mode=mode,
                 actors=list(actors), keywords=keywords)
    return replace(made, date=date(when, text))


_MONTH_VISIT = ("annals.mn", _c("The turning point came in May 2011, when President Tsakhiagiin Elbegdorj "
                                "paid a state visit to Türkiye.", "2011-05", "May 2011",
                                actors=(_ELBEG, _TR_HOST)))
_LANDMARK_YEAR = ("wire.tr", _c("Relations have grown quickly since then-President Tsakhiagiin Elbegdorj's "
                                "state visit to Türkiye in 2012, the minister said.", "2012", "2012",
                                actors=(_ELBEG, _TR_HOST)))


def test_conflict_cues_landmark_and_repeat_visits() -> None:
    assert "landmark visit" in conflict_cues(_LANDMARK_YEAR[1].quote)
    assert "landmark visit" in conflict_cues("It was the historic state visit of President Tokayev in 2019.")
    assert "landmark visit" not in conflict_cues(_MONTH_VISIT[1].quote)
    assert "landmark visit" not in conflict_cues("Since 2015 he has paid a state visit to Türkiye every year.")
    assert "repeat visit" in conflict_cues("Elbegdorj paid his second state visit to Türkiye in 2012.")
    assert "repeat visit" in conflict_cues("Gül returned to Ulaanbaatar on another state visit in 2013.")
    assert "repeat visit" not in conflict_cues(_LANDMARK_YEAR[1].quote)


@pytest.mark.parametrize("order", _ORDERS)
def test_landmark_state_visit_month_and_next_year_are_one_event_in_conflict(
    session: Session, order: tuple[int, int]
) -> None:
    events = store_in_order(session, order, [_MONTH_VISIT, _LANDMARK_YEAR])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "2011-05"  # the month told (more precise; tie on sources)


@pytest.mark.parametrize("order", _ORDERS)
def test_landmark_year_containing_the_month_is_no_conflict(session: Session, order: tuple[int, int]) -> None:
    same = ("wire.tr", replace(_LANDMARK_YEAR[1], date=date("2011", "2011"),
                               quote=_LANDMARK_YEAR[1].quote.replace("2012", "2011")))
    events = store_in_order(session, order, [_MONTH_VISIT, same])
    assert len(events) == 1 and not events[0].has_conflict


@pytest.mark.parametrize("order", _ORDERS)
def test_plain_state_visit_a_year_away_stays_apart(session: Session, order: tuple[int, int]) -> None:
    plain = ("wire.tr", _c("Elbegdorj's state visit to Türkiye in 2012 produced a road transport agreement.",
                           "2012", "2012", actors=(_ELBEG, _TR_HOST)))
    assert len(store_in_order(session, order, [_MONTH_VISIT, plain])) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_second_state_visit_told_as_landmark_stays_apart(session: Session, order: tuple[int, int]) -> None:
    second = ("wire.tr", _c("Trade has doubled since Elbegdorj's second state visit to Türkiye in 2012.",
                            "2012", "2012", actors=(_ELBEG, _TR_HOST)))
    assert len(store_in_order(session, order, [_MONTH_VISIT, second])) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_two_month_dated_state_visits_stay_apart(session: Session, order: tuple[int, int]) -> None:
    later = ("wire.tr", _c("Relations have grown since Elbegdorj's state visit to Türkiye in April 2012.",
                           "2012-04", "April 2012", actors=(_ELBEG, _TR_HOST)))
    assert len(store_in_order(session, order, [_MONTH_VISIT, later])) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_landmark_state_visit_of_another_visitor_stays_apart(session: Session, order: tuple[int, int]) -> None:
    other = ("wire.tr", _c("Relations have grown since President Khaltmaagiin Battulga's state visit to "
                           "Türkiye in 2012.", "2012", "2012", actors=(_BATTULGA, _TR_HOST)))
    assert len(store_in_order(session, order, [_MONTH_VISIT, other])) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_landmark_state_visit_two_years_away_stays_apart(session: Session, order: tuple[int, int]) -> None:
    far = ("wire.tr", replace(_LANDMARK_YEAR[1], date=date("2013", "2013"),
                              quote=_LANDMARK_YEAR[1].quote.replace("2012", "2013")))
    assert len(store_in_order(session, order, [_MONTH_VISIT, far])) == 2


# --- a day and the neighbouring month that does not contain it --------------------------------------

_PARTNERSHIP_DAY = ("brief.mn", _c("On Sunday Gül and Elbegdorj signed a joint statement establishing a "
                                   "strategic partnership between Mongolia and Türkiye.", "2025-05-31",
                                   "on Sunday", "AGREE", actors=(_MN, _TR, _GUL, _ELBEG), mode=None,
                                   keywords=("partnership", "strategic", "establish")))
_PARTNERSHIP_MONTH = ("news.tr", _c("The ministers praised the strategic partnership established by Mongolia "
                                    "and Türkiye in June last year.", "2025-06", "in June last year", "AGREE",
                                    actors=(_MN, _TR), mode=None,
                                    keywords=("partnership", "strategic", "establish")))


@pytest.mark.parametrize("order", _ORDERS)
def test_partnership_day_and_next_month_are_one_event_in_conflict(session: Session, order: tuple[int, int]) -> None:
    events = store_in_order(session, order, [_PARTNERSHIP_DAY, _PARTNERSHIP_MONTH])
    assert len(events) == 1 and events[0].has_conflict


@pytest.mark.parametrize("order", _ORDERS)
def test_partnership_month_containing_the_day_is_no_conflict(session: Session, order: tuple[int, int]) -> None:
    may = ("news.tr", replace(_PARTNERSHIP_MONTH[1], date=date("2025-05", "in May last year"),
                              quote=_PARTNERSHIP_MONTH[1].quote.replace("June", "May")))
    events = store_in_order(session, order, [_PARTNERSHIP_DAY, may])
    assert len(events) == 1 and not events[0].has_conflict


@pytest.mark.parametrize("order", _ORDERS)
def test_two_meetings_of_one_pair_a_day_and_next_month_stay_apart(session: Session, order: tuple[int, int]) -> None:
    items = [
        ("brief.mn", _c("Gül met Elbegdorj on Sunday on the sidelines of the summit.", "2025-05-31", "on Sunday",
                        actors=(_GUL, _ELBEG), mode="meeting", keywords=("meet",))),
        ("news.tr", _c("Gül and Elbegdorj met again in Ankara in June.", "2025-06", "in June",
                       actors=(_GUL, _ELBEG), mode="meeting", keywords=("meet",))),
    ]
    assert not any(e.has_conflict for e in store_in_order(session, order, items))


# --- one state beginning one activity, months told apart ---------------------------------------------

_KZ = replace(actor("Kazakhstan", "state"), country="KAZ")


def _start(uri: str, quote: str, when: str, text: str, *, actors: tuple = (_MN,)) -> tuple[str, Claim]:
    return (uri, _c(quote, when, text, "COOPERATE", actors=actors, mode=None, keywords=("start", "began")))


_VACCINE_MARCH = _start("interview.mn", "In March 2021 Mongolia began vaccinating its health workers with the "
                        "Russian vaccine.", "2021-03", "In March 2021")
_VACCINE_APRIL = _start("brief.mn", "Mongolia began its vaccination campaign with the Russian Sputnik V vaccine "
                        "in April 2021.", "2021-04", "in April 2021")


def test_activity_starts() -> None:
    from timeline.resolve.conflicts import activity_starts

    assert activity_starts(_VACCINE_MARCH[1].quote) == {"vaccin"}
    assert activity_starts(_VACCINE_APRIL[1].quote) == {"vaccin"}
    assert activity_starts("Kazakhstan began issuing electronic visas in May.") == {"issu"}
    assert activity_starts("The two sides began talks in Ulaanbaatar.") == frozenset()
    assert activity_starts("The troops started joint exercises near the border.") == frozenset()
    assert activity_starts("The pipeline began commercial deliveries in July.") == frozenset()
    assert activity_starts("Work on the bridge started in June.") == frozenset()


@pytest.mark.parametrize("order", _ORDERS)
def test_one_state_beginning_one_activity_a_month_apart_is_one_event_in_conflict(
    session: Session, order: tuple[int, int]
) -> None:
    events = store_in_order(session, order, [_VACCINE_MARCH, _VACCINE_APRIL])
    assert len(events) == 1 and events[0].has_conflict


@pytest.mark.parametrize("order", _ORDERS)
def test_another_state_beginning_the_activity_stays_apart(session: Session, order: tuple[int, int]) -> None:
    other = _start("brief.kz", "Kazakhstan began its vaccination campaign with the Russian Sputnik V vaccine in "
                   "April 2021.", "2021-04", "in April 2021", actors=(_KZ,))
    assert not any(e.has_conflict for e in store_in_order(session, order, [_VACCINE_MARCH, other]))


@pytest.mark.parametrize("order", _ORDERS)
def test_another_activity_begun_a_month_apart_stays_apart(session: Session, order: tuple[int, int]) -> None:
    other = _start("brief.mn", "Mongolia began issuing electronic visas to foreign tourists in April 2021.",
                   "2021-04", "in April 2021")
    assert not any(e.has_conflict for e in store_in_order(session, order, [_VACCINE_MARCH, other]))


@pytest.mark.parametrize("order", _ORDERS)
def test_one_activity_begun_months_apart_stays_apart(session: Session, order: tuple[int, int]) -> None:
    later = _start("brief.mn", "Mongolia began its vaccination campaign with the Russian Sputnik V vaccine in "
                   "June 2021.", "2021-06", "in June 2021")
    assert not any(e.has_conflict for e in store_in_order(session, order, [_VACCINE_MARCH, later]))


@pytest.mark.parametrize("order", _ORDERS)
def test_talks_begun_a_month_apart_stay_apart(session: Session, order: tuple[int, int]) -> None:
    items = [
        _start("wire.mn", "Mongolia began talks with the lenders in March 2021.", "2021-03", "in March 2021"),
        _start("wire.tr", "Mongolia began talks with the lenders in April 2021.", "2021-04", "in April 2021"),
    ]
    assert not any(e.has_conflict for e in store_in_order(session, order, items))
