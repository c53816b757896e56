"""Session 15 conflicts: a date shared from another act of a sentence that tells two dates ("recalled his
talks in Tashkent in May 2023, when the two countries established a strategic partnership, and his visit to
Beijing in June") is the attachment's guess, not a source dating the act otherwise: it neither
conflicts with nor outvotes a claim that states its own date. A shared date in a sentence of one date, a
shared date that agrees, and own dates that disagree still behave as before. Invented sentences."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import CN, actor, claim, date, store_in_order
from sqlalchemy.orm import Session

from timeline.extract.types import Claim
from timeline.resolve.dates import DatedClaim, choose_canonical, other_date_told, set_aside_shared, simple_bounds

D = dt.date
_UZ = replace(actor("Uzbekistan", "state"), country="UZB")
_ORDERS = [(0, 1), (1, 0)]

_TWO_DATES = (
    "The president recalled his talks with President Xi in Tashkent in May 2023, when the two countries "
    "established a strategic partnership, and his state visit to Beijing in June."
)


def _dc(edtf: str, key: str, *, shared: bool = False) -> DatedClaim:
    lo, hi, prec = simple_bounds(edtf)  # type: ignore[misc]
    return DatedClaim(edtf, lo, hi, prec, key, None, key, shared=shared)


def test_other_date_told() -> None:
    assert other_date_told(_TWO_DATES, "in June")
    assert other_date_told(_TWO_DATES, "May 2023")
    assert not other_date_told("On 3 May 2023 the two presidents signed a strategic partnership.", "3 May 2023")
    assert not other_date_told("Last Tuesday the ministers met and signed a memorandum.", "Last Tuesday")
    assert other_date_told("The sides met on Monday and will meet again next month.", "on Monday")
    assert not other_date_told(None, "2023")


def test_a_shared_date_disjoint_from_an_own_date_is_set_aside() -> None:
    claims = [_dc("2023-05-17", "wire"), _dc("2024-10", "press", shared=True)]
    kept, aside = set_aside_shared(claims)
    assert aside and kept == claims[:1]
    canon = choose_canonical(claims)
    assert canon is not None and not canon.has_conflict and canon.edtf == "2023-05-17"
    assert "shared dates set aside" in canon.rule


def test_a_shared_date_that_agrees_is_kept_and_supports() -> None:
    claims = [_dc("2023-05-17", "wire"), _dc("2023-05", "press", shared=True)]
    assert set_aside_shared(claims) == (claims, False)
    canon = choose_canonical(claims)
    assert canon is not None and not canon.has_conflict and canon.rule.startswith("2 sources")


def test_only_shared_dates_still_conflict() -> None:
    claims = [_dc("2023-05-17", "wire", shared=True), _dc("2024-10", "press", shared=True)]
    assert set_aside_shared(claims) == (claims, False)
    canon = choose_canonical(claims)
    assert canon is not None and canon.has_conflict


def test_two_own_dates_still_conflict() -> None:
    canon = choose_canonical([_dc("2023-05-17", "wire"), _dc("2023-06", "press")])
    assert canon is not None and canon.has_conflict


def _c(quote: str, when: str, text: str, rule: str) -> Claim:
    made = claim("Uzbekistan–China strategic partnership established", "AGREE", when, quote=quote, start=0,
                 end=len(quote), actors=[_UZ, CN], keywords=("establish", "partnership"))
    return replace(made, date=date(when, text), rule=rule)


_OWN = ("wire.uz", _c("On 31 May 2023 Uzbekistan and China established a strategic partnership in Tashkent.",
                      "2023-05-31", "31 May 2023", "agree.partnership"))
_SHARED = ("press.uz", _c(_TWO_DATES, "2023-06", "in June", "agree.partnership+shared-date"))
_SHARED_ALONE = ("press.uz", _c("In June the two presidents met in Beijing and established a strategic "
                                "partnership.", "2023-06", "In June", "agree.partnership+shared-date"))


@pytest.mark.parametrize("order", _ORDERS)
def test_shared_date_of_a_two_date_sentence_raises_no_conflict(session: Session, order: tuple[int, int]) -> None:
    events = store_in_order(session, order, [_OWN, _SHARED], published=D(2025, 3, 1))
    assert len(events) == 1 and not events[0].has_conflict
    assert events[0].edtf == "2023-05-31" and "shared dates set aside" in (events[0].date_rule or "")


@pytest.mark.parametrize("order", _ORDERS)
def test_shared_date_of_a_one_date_sentence_still_conflicts(session: Session, order: tuple[int, int]) -> None:
    events = store_in_order(session, order, [_OWN, _SHARED_ALONE], published=D(2025, 3, 1))
    assert len(events) == 1 and events[0].has_conflict


# --- a pair's meeting at one place, a month and a neighbouring day (pair_meeting_at_place_once) ---------------

_TOKAYEV = actor("Kassym-Jomart Tokayev")
_MIRZIYOYEV = actor("Shavkat Mirziyoyev")
_ERDOGAN = actor("Recep Tayyip Erdoğan")


def _m(quote: str, when: str, text: str, *places: str, people: tuple = (_TOKAYEV, _MIRZIYOYEV)) -> Claim:
    made = claim("Tokayev–Mirziyoyev meeting", "CONSULT", when, quote=quote, start=0, end=len(quote),
                 actors=[*people, *(actor(p, "place", "location") for p in places)], keywords=("meet",))
    return replace(made, date=date(when, text), rule="consult.meeting")


_DAY = ("wire.kz", _m("22 July 2025 - Tokayev and Mirziyoyev, meeting in Turkestan on the sidelines of a summit, "
                      "sign a joint statement.", "2025-07-22", "22 July 2025", "Turkestan"))
_MONTH = ("radio.uz", _m("Presidents Tokayev and Mirziyoyev met in Turkestan in August 2025.", "2025-08",
                         "August 2025", "Turkestan"))


@pytest.mark.parametrize("order", _ORDERS)
def test_pair_meeting_at_one_place_month_and_near_day_is_one_event_in_conflict(
    session: Session, order: tuple[int, int]
) -> None:
    events = store_in_order(session, order, [_DAY, _MONTH], published=D(2025, 3, 1))
    assert len(events) == 1 and events[0].has_conflict


@pytest.mark.parametrize(
    "other",
    [
        _m("Presidents Tokayev and Mirziyoyev met in Samarkand in August 2025.", "2025-08", "August 2025",
           "Samarkand"),
        _m("Presidents Tokayev and Mirziyoyev met in August 2025.", "2025-08", "August 2025"),
        _m("Presidents Tokayev and Mirziyoyev met again in Turkestan in August 2025.", "2025-08", "August 2025",
           "Turkestan"),
        _m("Tokayev, Mirziyoyev and Erdoğan met in Turkestan in August 2025.", "2025-08", "August 2025",
           "Turkestan", people=(_TOKAYEV, _MIRZIYOYEV, _ERDOGAN)),
        _m("Presidents Tokayev and Mirziyoyev met in Turkestan in September 2025.", "2025-09", "September 2025",
           "Turkestan"),
    ],
    ids=["other place", "no place", "met again", "third person", "month after next"],
)
def test_pair_meetings_told_otherwise_stay_apart(session: Session, other: Claim) -> None:
    for order in _ORDERS[:1]:
        events = store_in_order(session, order, [_DAY, ("radio.uz", other)], published=D(2025, 3, 1))
        assert len(events) == 2 and not any(e.has_conflict for e in events)
