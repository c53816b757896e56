"""Session 17 conflicts (timeline.resolve.conflicts): one act told by two articles with dates that disagree.

- A partnership level told as "declared" in the passive ("The strategic partnership was declared in 2019 in
  Lima") is that level established: one event in conflict with the day the other article gives, a unit away.
- Two state visits of one visitor to one host a month apart are one visit misdated; plain visits a month apart,
  state visits a year apart or a visit told as the second stay two.
- A visit told in the same month of the neighbouring year, one side a state visit, is one visit whose year
  slipped; other months, visits paid for a gathering, or no state visit on either side stay two.
- A memorandum of one pair named by the proper name of its subject ("a memorandum on jointly promoting the
  Mekong Green Corridor"), dated a unit apart, is one signing; a renewed memorandum, another subject, another
  pair or another kind of text stay apart.
Invented sentences of other countries, names and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, date, store_in_order
from sqlalchemy.orm import Session

from timeline.extract.types import Claim
from timeline.resolve.conflicts import named_subject_texts
from timeline.resolve.similarity import partnership_levels

D = dt.date
_VN = replace(actor("Vietnam", "state"), country="VNM")
_LA = replace(actor("Laos", "state"), country="LAO")
_PE = replace(actor("Peru", "state"), country="PER")
_CL = replace(actor("Chile", "state"), country="CHL")
_KH = replace(actor("Cambodia", "state"), country="KHM")
_LA_HOST = replace(_LA, role="recipient")
_KH_HOST = replace(_KH, role="recipient")
_VISITOR = actor("Tran Dai Minh")
_ORDERS = [(0, 1), (1, 0)]


def _c(quote: str, when: str, text: str, event_type: str = "CONSULT", *, actors: tuple = (),
       mode: str | None = "visit", keywords: tuple[str, ...] = ("visit",)) -> Claim:
    made = claim("c", event_type, when, quote=quote, start=0, end=len(quote), mode=mode,
                 actors=list(actors), keywords=keywords)
    return replace(made, date=date(when, text))


# ------------------------------------------------------------------------------ a partnership level "declared"

def test_a_level_declared_in_the_passive_is_told_established() -> None:
    told = ("The strategic partnership was declared in 2019 in Lima, and then in May last year it was raised to a "
            "comprehensive strategic partnership.")
    assert partnership_levels(told, "in 2019") == {"strategic"}
    assert partnership_levels(told, "in May last year") == {"comprehensive strategic"}
    assert partnership_levels("He declared that the partnership had served both sides well.") == frozenset()


def _level(quote: str, when: str, text: str) -> Claim:
    return _c(quote, when, text, "AGREE", actors=(_PE, _CL), mode=None, keywords=("partnership", "establish"))


_DECLARED = ("review.cl", _level("The strategic partnership was declared in 2019 in Lima, and then in May last year "
                                 "it was raised to a comprehensive strategic partnership.", "2019", "in 2019"))
_SIGNED = ("journal.pe", _level("On 3 May 2020, in Lima, the two presidents signed a joint declaration establishing a "
                                "strategic partnership.", "2020-05-03", "On 3 May 2020"))


@pytest.mark.parametrize("order", _ORDERS)
def test_a_level_declared_a_year_off_is_one_event_in_conflict(session: Session, order: tuple[int, int]) -> None:
    events = store_in_order(session, order, [_DECLARED, _SIGNED])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "2020-05-03"


def test_another_level_declared_stays_apart(session: Session) -> None:
    other = ("review.cl", _level("The comprehensive strategic partnership was declared in 2019 in Lima.", "2019",
                                 "in 2019"))
    events = store_in_order(session, (0, 1), [other, _SIGNED])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# ------------------------------------------------------------------------------------ state visits a month apart

def _visit(quote: str, when: str, text: str, host=_LA_HOST) -> Claim:  # type: ignore[no-untyped-def]
    return _c(quote, when, text, actors=(_VISITOR, host), keywords=("visit", "state"))


_DAYS = ("chronology.vn", _visit("22-23 March 2018 - President Tran Dai Minh pays a state visit to Vientiane, the "
                                 "first by a Vietnamese president in twelve years.", "2018-03-22/2018-03-23",
                                 "22-23 March 2018"))
_MONTH = ("commentary.la", _visit("Tran Dai Minh's state visit to Vientiane in April 2018 was the high point.",
                                  "2018-04", "in April 2018"))


@pytest.mark.parametrize("order", _ORDERS)
def test_two_state_visits_a_month_apart_are_one_visit_in_conflict(session: Session, order: tuple[int, int]) -> None:
    events = store_in_order(session, order, [_DAYS, _MONTH])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "2018-03-22/2018-03-23"


_APART_VISITS = [
    # plain visits a month apart: a leader visits a neighbour several times a year
    ("Tran Dai Minh visited Vientiane on 22-23 March 2018.", "Tran Dai Minh visited Vientiane again in April 2018."),
    ("Tran Dai Minh paid an official visit to Vientiane on 22-23 March 2018.",
     "Tran Dai Minh's official visit to Vientiane in April 2018 was brief."),
    # a state visit told as one of several
    ("President Tran Dai Minh pays a state visit to Vientiane on 22-23 March 2018.",
     "Tran Dai Minh's second state visit to Vientiane in April 2018 was brief."),
]


@pytest.mark.parametrize("order", _ORDERS)
@pytest.mark.parametrize("told", _APART_VISITS)
def test_visits_a_month_apart_without_two_state_visits_stay_two(
    session: Session, order: tuple[int, int], told: tuple[str, str]
) -> None:
    one = ("chronology.vn", _visit(told[0], "2018-03-22/2018-03-23", "22-23 March 2018"))
    two = ("commentary.la", _visit(told[1], "2018-04", "in April 2018"))
    events = store_in_order(session, order, [one, two])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


def test_a_state_visit_to_another_host_a_month_later_stays_apart(session: Session) -> None:
    other = ("commentary.la", _visit("Tran Dai Minh's state visit to Phnom Penh in April 2018 was the high point.",
                                     "2018-04", "in April 2018", host=_KH_HOST))
    events = store_in_order(session, (0, 1), [_DAYS, other])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# ---------------------------------------------------------------------- a visit's year slipped, the month kept

_PLAIN_YEAR = ("brief.la", _c("President Tran Dai Minh's visit to Vientiane in May 2003 completed the cycle of "
                              "top-level visits.", "2003-05", "in May 2003", actors=(_VISITOR, _LA_HOST)))
_STATE_NEXT = ("keydates.vn", _visit("**May 2004** - President Tran Dai Minh pays a state visit to Laos.", "2004-05",
                                     "May 2004"))


@pytest.mark.parametrize("order", _ORDERS)
def test_a_state_visit_told_in_the_same_month_a_year_off_is_one_visit(session: Session, order: tuple[int, int]) -> None:
    events = store_in_order(session, order, [_PLAIN_YEAR, _STATE_NEXT])
    assert len(events) == 1 and events[0].has_conflict


_SLIP_APART = [
    # another month of the next year
    ("President Tran Dai Minh's visit to Vientiane in May 2003 completed the cycle of top-level visits.", "2003-05",
     "**June 2004** - President Tran Dai Minh pays a state visit to Laos.", "2004-06"),
    # a visit paid for a gathering held every year in that month
    ("Tran Dai Minh travelled to Vientiane in May 2003 for the Mekong summit.", "2003-05",
     "**May 2004** - President Tran Dai Minh pays a state visit to Laos.", "2004-05"),
    # no state visit on either side
    ("President Tran Dai Minh's visit to Vientiane in May 2003 completed the cycle of top-level visits.", "2003-05",
     "**May 2004** - President Tran Dai Minh visits Laos.", "2004-05"),
    # told as a repeat
    ("President Tran Dai Minh's visit to Vientiane in May 2003 completed the cycle of top-level visits.", "2003-05",
     "**May 2004** - President Tran Dai Minh pays another state visit to Laos.", "2004-05"),
]


@pytest.mark.parametrize("order", _ORDERS)
@pytest.mark.parametrize("told", _SLIP_APART)
def test_visits_a_year_apart_in_other_months_for_a_gathering_or_plain_stay_two(
    session: Session, order: tuple[int, int], told: tuple[str, str, str, str]
) -> None:
    one = ("brief.la", _c(told[0], told[1], told[1], actors=(_VISITOR, _LA_HOST)))
    two = ("keydates.vn", _visit(told[2], told[3], told[3]))
    events = store_in_order(session, order, [one, two])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# ------------------------------------------------------------------- a memorandum named by its subject's name

def test_named_subject_texts() -> None:
    assert named_subject_texts("the two governments signed a memorandum on jointly promoting the Mekong Green "
                               "Corridor, the first formal link") == {"docname:memorandum:mekong green corridor"}
    assert named_subject_texts("Laos signed a memorandum with Vietnam on jointly building the Mekong Green Corridor "
                               "in 2018.") == {"docname:memorandum:mekong green corridor"}
    assert named_subject_texts("The sides sign a memorandum of understanding on the construction of the Mekong\n"
                               "Green Corridor.") == {"docname:memorandum:mekong green corridor"}
    assert not named_subject_texts("They signed a memorandum on the Mekong Green Corridor in the energy sector.")
    assert not named_subject_texts("They signed a new memorandum on the Mekong Green Corridor in 2018.")
    assert not named_subject_texts("The memorandum on the Mekong Green Corridor was extended in 2018.")
    assert not named_subject_texts("They signed an agreement on the Mekong Green Corridor in 2018.")


def _memo(quote: str, when: str, text: str, *states) -> Claim:  # type: ignore[no-untyped-def]
    return _c(quote, when, text, "AGREE", actors=states or (_VN, _LA), mode=None, keywords=("memorandum", "sign"))


_MEMO_MONTH = ("review.vn", _memo("During the state visit to Vientiane in May 2017, the two governments signed a "
                                  "memorandum on jointly promoting the Mekong Green Corridor, the first formal link.",
                                  "2017-05", "in May 2017"))
_MEMO_YEAR = ("wire.la", _memo("Laos was among the first to back the plan and signed a memorandum with Vietnam on "
                               "jointly building the Mekong Green Corridor in 2018.", "2018", "in 2018"))


@pytest.mark.parametrize("order", _ORDERS)
def test_one_memorandum_named_by_its_subject_a_unit_apart_is_one_event_in_conflict(
    session: Session, order: tuple[int, int]
) -> None:
    events = store_in_order(session, order, [_MEMO_MONTH, _MEMO_YEAR])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "2017-05"


_MEMO_APART = [
    ("Laos signed a new memorandum with Vietnam on the Mekong Green Corridor in 2018.", (_VN, _LA)),
    ("Laos signed a memorandum with Vietnam on jointly building the Annamite Rail Link in 2018.", (_VN, _LA)),
    ("Laos signed a memorandum with Cambodia on jointly building the Mekong Green Corridor in 2018.", (_KH, _LA)),
    ("Laos signed a cooperation plan with Vietnam on jointly building the Mekong Green Corridor in 2018.", (_VN, _LA)),
]


@pytest.mark.parametrize("order", _ORDERS)
@pytest.mark.parametrize("told", _MEMO_APART)
def test_a_renewed_memorandum_another_subject_pair_or_kind_stays_apart(
    session: Session, order: tuple[int, int], told: tuple[str, tuple]
) -> None:
    other = ("wire.la", _memo(told[0], "2018", "in 2018", *told[1]))
    events = store_in_order(session, order, [_MEMO_MONTH, other])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# ------------------------------------------------------------- a visit dated by a count of years from an anchor

def test_counted_date_cues() -> None:
    from timeline.resolve.conflicts import counted_date_cues

    told = "A year later he flew to Osaka."
    assert counted_date_cues(told, "A year later") == {"counted years"}
    assert counted_date_cues(told, "the following year") == {"counted years"}
    assert counted_date_cues(told, "two years after") == {"counted years"}
    assert counted_date_cues(told, "in 2013") == frozenset()
    assert counted_date_cues(told, "last year") == frozenset()
    assert counted_date_cues(told, None) == frozenset()


_PM = actor("Somchai Vongsa")
_JP_HOST = replace(actor("Japan", "state", role="recipient"), country="JPN")
_OSAKA = replace(actor("Osaka", "place", role="location"), country="JPN")
_TOKYO = replace(actor("Tokyo", "place", role="location"), country="JPN")  # a capital of the actor dictionary


def _trip(quote: str, when: str, text: str, *places) -> Claim:  # type: ignore[no-untyped-def]
    return _c(quote, when, text, actors=(_PM, _JP_HOST, *places))


_ITINERARY = ("keydates.la", _trip("**8-11 May 2014** - Prime Minister Somchai Vongsa visits Japan, starting in "
                                   "Osaka, and holds talks in Tokyo.", "2014-05-08/2014-05-11", "8-11 May 2014",
                                   _OSAKA, _TOKYO))
_COUNTED = ("interview.vn", _trip("A year later Prime Minister Somchai Vongsa flew to Osaka and then on to Tokyo; I "
                                  "prepared that trip.", "2015", "A year later", _OSAKA, _TOKYO))


@pytest.mark.parametrize("order", _ORDERS)
def test_a_visit_dated_a_counted_year_off_with_the_same_stops_is_one_visit(
    session: Session, order: tuple[int, int]
) -> None:
    events = store_in_order(session, order, [_ITINERARY, _COUNTED])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "2014-05-08/2014-05-11"


_COUNTED_APART = [
    # dated plainly: two trips a year apart
    ("In 2015 Prime Minister Somchai Vongsa flew to Osaka and then on to Tokyo.", "in 2015", True),
    # a return told
    ("A year later Prime Minister Somchai Vongsa returned to Osaka and then went on to Tokyo.", "A year later", True),
    # the capital only: no itinerary
    ("A year later Prime Minister Somchai Vongsa flew to Tokyo.", "A year later", False),
]


@pytest.mark.parametrize("order", _ORDERS)
@pytest.mark.parametrize("told", _COUNTED_APART)
def test_a_plain_date_a_return_or_the_capital_only_stays_apart(
    session: Session, order: tuple[int, int], told: tuple[str, str, bool]
) -> None:
    places = (_OSAKA, _TOKYO) if told[2] else (_TOKYO,)
    other = ("interview.vn", _trip(told[0], "2015", told[1], *places))
    events = store_in_order(session, order, [_ITINERARY, other])
    assert len(events) == 2 and not any(e.has_conflict for e in events)


# ------------------------------------------------------------- one state's full membership told a year off

_MN = replace(actor("Mongolia", "state"), country="MNG")


def test_membership_cues() -> None:
    from timeline.resolve.conflicts import membership_cues

    told = ("Mongolia, which joined the Steppe Trade Organization as a full member at the Darkhan summit in March 2021 "
            "and became a member of the PTA in June 2022, sees both as a hedge.")
    assert membership_cues(told, "March 2021") == {"full member:sto:mongolia"}
    assert membership_cues(told, "June 2022") == frozenset()  # another date between: the other membership's
    assert membership_cues("5 May 2022 - Mongolia becomes the seventh full member of the STO.", "5 May 2022") == {
        "full member:sto:mongolia"
    }
    assert not membership_cues("In March 2021 Mongolia signed a memorandum of obligations for full membership of the "
                               "STO.", "In March 2021")
    assert not membership_cues("In March 2021 Mongolia applied for membership of the STO.", "In March 2021")


def _member(quote: str, when: str, text: str, event_type: str = "COOPERATE", status: str = "occurred") -> Claim:
    made = _c(quote, when, text, event_type, actors=(_MN,), mode=None, keywords=("member", "join"))
    return replace(made, status=status)


_ENTRY = ("keydates.mn", _member("5 May 2022 - Mongolia becomes the seventh full member of the STO at a "
                                 "virtual summit.", "2022-05-05", "5 May 2022"))
_DECISION_DATE = ("agency.cl", _member("Mongolia, which joined the Steppe Trade Organization as a full member at "
                                       "the Darkhan summit in August 2021, sees it as a hedge.", "2021-08",
                                       "in August 2021", event_type="CONSULT"))


@pytest.mark.parametrize("order", _ORDERS)
def test_one_full_membership_told_months_apart_is_one_event_in_conflict(
    session: Session, order: tuple[int, int]
) -> None:
    events = store_in_order(session, order, [_ENTRY, _DECISION_DATE])
    assert len(events) == 1 and events[0].has_conflict
    assert events[0].edtf == "2022-05-05"


_MEMBER_APART = [
    ("Chile, which joined the Steppe Trade Organization as a full member at the Darkhan summit in August 2021, sees it "
     "as a hedge.", "2021-08", "occurred"),
    ("Mongolia, which joined the Pacific Rim Forum as a full member at the Darkhan summit in August 2021, sees it as a "
     "hedge.", "2021-08", "occurred"),
    ("Mongolia is expected to become a full member of the STO in August 2021.", "2021-08", "planned"),
    ("Mongolia, which joined the Steppe Trade Organization as a full member at the Darkhan summit in March 2021, "
     "sees it as a hedge.", "2021-03", "occurred"),
]


@pytest.mark.parametrize("order", _ORDERS)
@pytest.mark.parametrize("told", _MEMBER_APART)
def test_another_state_organisation_a_plan_or_over_a_year_apart_stays_apart(
    session: Session, order: tuple[int, int], told: tuple[str, str, str]
) -> None:
    text = told[0][told[0].find(" in ", told[0].find("full member")) + 4 :].split(",")[0].split(".")[0]
    actors = (replace(actor("Chile", "state"), country="CHL"),) if told[0].startswith("Chile") else (_MN,)
    made = _c(told[0], told[1], text, "COOPERATE", actors=actors, mode=None, keywords=("member", "join"))
    other = ("agency.cl", replace(made, status=told[2]))
    events = store_in_order(session, order, [_ENTRY, other])
    assert len(events) == 2 and not any(e.has_conflict for e in events)
