"""Session 16 conflicts (timeline.resolve.conflicts): acts whose identity survives a wrong date.

- One pair's boundary agreement ("the 1978 boundary agreement" / "on 4 May 1979 … signed the boundary agreement")
  is one event in conflict in both ingest orders; a supplementary agreement, a section, or a third state stay apart.
- A visit told as "the first … in eleven years" leaves no room for another visit of the same visitor to the same
  host a year before: another article's visit dated there is that visit misdated (both orders); without the told
  gap, two visits a year apart stay two.
- A visit told as the landmark of a later one ("his first to Laos since his state visit of May 2016") is the last
  visit before it: a visit of the visitor to that host stored within a year after that date is it, misdated.
  The later visit the landmark is counted from, and visits more than a year after, stay apart.
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
_LA = replace(actor("Laos", "state"), country="LAO")
_KH = replace(actor("Cambodia", "state"), country="KHM")
_LA_HOST = replace(_LA, role="recipient")
_KH_HOST = replace(_KH, role="recipient")
_RU = replace(actor("Russia", "state"), country="RUS")
_MN = replace(actor("Mongolia", "state"), country="MNG")
_KZ = replace(actor("Kazakhstan", "state"), country="KAZ")
_MOSCOW = replace(actor("Moscow", "place"), country="RUS")
_VISITOR = actor("Tran Dai Minh")
_OTHER = actor("Nguyen Van Hoa")
_ORDERS = [(0, 1), (1, 0)]


def _c(quote: str, when: str, text: str, event_type: str = "CONSULT", *, actors: tuple = (),
       mode: str | None = "visit", keywords: tuple[str, ...] = ("visit",)) -> Claim:
    made = claim("c", event_type, when, quote=quote, start=0, end=len(quote), mode=mode,
                 actors=list(actors), keywords=keywords)
    return replace(made, date=date(when, text))


# ------------------------------------------------------------------------------------------- boundary agreements

def _agree(quote: str, when: str, text: str, *states) -> Claim:  # type: ignore[no-untyped-def]
    return _c(quote, when, text, "AGREE", actors=states, mode=None, keywords=("boundary", "agree"))


_YEAR_TEXT = ("notes.mn", _agree("The 1978 boundary agreement settled the mountain frontier and opened trade.",
                                 "1978", "1978", _RU, _MN))
_DAY_TEXT = ("journal.ru", _agree("On 4 May 1979 the two foreign ministers signed the boundary agreement in Moscow, "
                                  "settling the frontier with the provinces under Mongolian control.",
                                  "1979-05-04", "4 May 1979", _MOSCOW))


def test_boundary_cue() -> None:
    assert "boundary text" in conflict_cues(_YEAR_TEXT[1].quote)
    assert "boundary text" in conflict_cues("They signed the treaty on the state border between the two countries.")
    assert "boundary text" not in conflict_cues("The supplementary boundary agreement was signed in 1981.")
    assert "boundary text" not in conflict_cues("The boundary agreement on the eastern section was signed.")
    assert "boundary text" not in conflict_cues("A border trade agreement was signed in May.")
    assert "boundary text" not in conflict_cues("They signed an agreement on the border areas' development.")


@pytest.mark.parametrize("order", _ORDERS)
def test_one_pairs_boundary_agreement_dated_a_year_apart_is_one_event_in_conflict(
    session: Session, order: tuple[int, int]
) -> None:
    events = store_in_order(session, order, [_YEAR_TEXT, _DAY_TEXT])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "1979-05-04"


@pytest.mark.parametrize("order", _ORDERS)
def test_a_supplementary_boundary_agreement_stays_apart(session: Session, order: tuple[int, int]) -> None:
    later = ("wire.mn", _agree("The supplementary boundary agreement of 1980 adjusted two sections of the line.",
                               "1980", "1980", _RU, _MN))
    events = store_in_order(session, order, [_DAY_TEXT, later])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


@pytest.mark.parametrize("order", _ORDERS)
def test_another_pairs_boundary_agreement_stays_apart(session: Session, order: tuple[int, int]) -> None:
    other = ("wire.kz", _agree("The 1978 boundary agreement between Russia and Kazakhstan settled their frontier.",
                               "1978", "1978", _RU, _KZ))
    events = store_in_order(session, order, [other, _DAY_TEXT])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# ------------------------------------------------------------------------------------------------ told gaps

_GAP_VISIT = ("journal.vn", _c("The turning point was President Tran Dai Minh's state visit on 8-9 March 2016, "
                               "the first by a Vietnamese head of state in eleven years.", "2016-03-08/2016-03-09",
                               "on 8-9 March 2016", actors=(_VISITOR, _LA_HOST), keywords=("visit", "state")))
_MISDATED = ("wire.la", _c("The rail corridor, announced when Tran Dai Minh visited Vientiane in 2015, has since "
                           "grown to cover power lines.", "2015", "in 2015", actors=(_VISITOR, _LA_HOST)))


def _gaps(text: str) -> set[str]:
    return {c for c in conflict_cues(text) if c.startswith("first in years")}


def test_gap_cues() -> None:
    assert _gaps(_GAP_VISIT[1].quote) == {"first in years:11"}
    assert _gaps("It was his first visit to Cairo in more than 20 years.") == {"first in years:20"}
    assert _gaps("the first such visit in a decade") == {"first in years:10"}
    assert not _gaps("The country posted its first trade surplus in nine years.")
    assert not _gaps("It was her first visit in a year.")
    cues = conflict_cues("His state visit in October was his first to Laos since his state visit of May 2016.")
    assert "first since visit:2016-05" in cues
    told = conflict_cues("Her trip was her first to Cairo since her official visit in 2019.")
    assert "first since visit:2019" in told
    assert not any(c.startswith("first since visit") for c in conflict_cues("his first visit since last year"))


@pytest.mark.parametrize("order", _ORDERS)
def test_a_visit_in_the_told_gap_is_the_visit_misdated(session: Session, order: tuple[int, int]) -> None:
    events = store_in_order(session, order, [_GAP_VISIT, _MISDATED])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "2016-03-08/2016-03-09"


@pytest.mark.parametrize("order", _ORDERS)
def test_without_a_told_gap_two_visits_a_year_apart_stay_two(session: Session, order: tuple[int, int]) -> None:
    plain = ("journal.vn", _c("President Tran Dai Minh paid a state visit to Laos on 8-9 March 2016.",
                              "2016-03-08/2016-03-09", "on 8-9 March 2016", actors=(_VISITOR, _LA_HOST),
                              keywords=("visit", "state")))
    events = store_in_order(session, order, [plain, _MISDATED])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


@pytest.mark.parametrize("order", _ORDERS)
def test_another_visitor_in_the_gap_stays_apart(session: Session, order: tuple[int, int]) -> None:
    other = ("wire.la", _c("The rail corridor, announced when Nguyen Van Hoa visited Vientiane in 2015, has since "
                           "grown.", "2015", "in 2015", actors=(_OTHER, _LA_HOST)))
    events = store_in_order(session, order, [_GAP_VISIT, other])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


_SINCE = ("agency.la", _c("Tran Dai Minh's state visit in October was his first to Laos since his state visit "
                          "of May 2016.", "2016-05", "of May 2016", actors=(_VISITOR, _LA_HOST),
                          keywords=("visit", "state")))
_SECOND = ("chronology.vn", _c("May 2017 - Tran Dai Minh's second state visit to Laos.", "2017-05", "May 2017",
                               actors=(_VISITOR, _LA_HOST), keywords=("visit", "state")))


def test_the_landmark_visit_is_the_last_visit_before_the_later_one(session: Session) -> None:
    events = store_in_order(session, (0, 1), [_SECOND, _SINCE])
    assert len(events) == 1 and events[0].has_conflict


def test_the_later_visit_counted_from_the_landmark_is_not_joined(session: Session) -> None:
    later = _c("Tran Dai Minh's state visit in October was his first to Laos since his state visit of May 2016.",
               "2016-10", "in October", actors=(_VISITOR, _LA_HOST), keywords=("visit", "state"))
    events = store_in_order(session, (0, 1), [_SECOND, ("agency.la", later)])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


def test_a_visit_more_than_a_year_after_the_landmark_stays_apart(session: Session) -> None:
    far = ("chronology.vn", _c("September 2017 - Tran Dai Minh's second state visit to Laos.", "2017-09",
                               "September 2017", actors=(_VISITOR, _LA_HOST), keywords=("visit", "state")))
    events = store_in_order(session, (0, 1), [far, _SINCE])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


def test_a_visit_to_another_host_after_the_landmark_stays_apart(session: Session) -> None:
    other = ("chronology.vn", _c("May 2017 - Tran Dai Minh's state visit to Cambodia.", "2017-05", "May 2017",
                                 actors=(_VISITOR, _KH_HOST), keywords=("visit", "state")))
    events = store_in_order(session, (0, 1), [other, _SINCE])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# ------------------------------------------------------------------------------------------ a built route opened

_UZ = replace(actor("Uzbekistan", "state"), country="UZB")
_CN = replace(actor("China", "state"), country="CHN")


def _coop(quote: str, when: str, text: str, *states, named: str | None = None) -> Claim:  # type: ignore[no-untyped-def]
    made = _c(quote, when, text, "COOPERATE", actors=states, mode=None, keywords=("railway", "open"))
    return replace(made, named_object=named)


_OPENED_DAY = ("news.kz", _coop("On 30 May 2016 the presidents of Uzbekistan and Kazakhstan opened the "
                                "Navoi-Uchkuduk-Nukus railway.", "2016-05-30", "On 30 May 2016", _UZ, _KZ,
                                named="Navoi-Uchkuduk-Nukus railway"))
_OPENED_MONTH = ("chronology.cn", _coop("June 2016 - The Navoi–Uchkuduk–Nukus railway opens.", "2016-06",
                                        "June 2016", _UZ, _CN, named="Navoi–Uchkuduk–Nukus railway"))


@pytest.mark.parametrize("order", _ORDERS)
def test_one_line_opened_told_with_other_states_is_one_event_in_conflict(
    session: Session, order: tuple[int, int]
) -> None:
    events = store_in_order(session, order, [_OPENED_DAY, _OPENED_MONTH])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "2016-05-30"


@pytest.mark.parametrize("order", _ORDERS)
def test_one_line_opened_whatever_object_its_sentence_coded(session: Session, order: tuple[int, int]) -> None:
    mixed = ("brief.uz", _coop("The Navoi–Nukus railway, opened on 30 May 2016, and the new Port of Aktau were "
                               "built with public money.", "2016-05-30", "on 30 May 2016", named="Port of Aktau"))
    later = ("newsletter.kz", _coop("The Navoi-Nukus railway, which opened in 2017, carried record cargo this "
                                    "year.", "2017", "in 2017", named="Navoi-Nukus railway"))
    events = store_in_order(session, order, [mixed, later])
    assert len(events) == 1 and events[0].has_conflict


_APART = [
    ("The second section of the Navoi–Uchkuduk–Nukus railway opened in 2017.", "Navoi–Uchkuduk–Nukus railway"),
    ("The Navoi–Termez railway opened in 2017, the ministry said.", "Navoi–Termez railway"),
]


@pytest.mark.parametrize("order", _ORDERS)
@pytest.mark.parametrize("told", _APART)
def test_a_later_section_or_another_route_stays_apart(
    session: Session, order: tuple[int, int], told: tuple[str, str]
) -> None:
    other = ("wire.uz", _coop(told[0], "2017", "in 2017", _UZ, named=told[1]))
    events = store_in_order(session, order, [_OPENED_DAY, other])
    assert len(events) == 2 and not any(e.has_conflict for e in events)
