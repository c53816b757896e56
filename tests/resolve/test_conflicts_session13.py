"""Session 13 conflicts (timeline.resolve.conflicts.object_reach): a named thing that one article dates to
the day or month and another to the neighbouring year ("the Tashkent–Osh highway was opened on 14
September 2019" / "the highway, which opened in 2020") is one event with a flagged conflict in BOTH ingest
orders — the day claim stored second reaches the year event a unit away, as the year claim stored second
always did. A vaguer claim containing the precise date is no conflict; another named thing, dates two
units apart and gatherings of one name (held every year) stay apart. Invented sentences of other
countries, names and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import actor, claim, date, store_articles, store_in_order
from sqlalchemy.orm import Session

from timeline.extract.types import Claim
from timeline.resolve.conflicts import object_reach, stages
from timeline.resolve.merge import _claim_profile

D = dt.date
_UZ = replace(actor("Uzbekistan", "state"), country="UZB")
_KG = replace(actor("Kyrgyzstan", "state"), country="KGZ")
_MN = replace(actor("Mongolia", "state"), country="MNG")
_RU = replace(actor("Russia", "state"), country="RUS")
_ORDERS = [(0, 1), (1, 0)]


def _c(
    quote: str,
    when: str,
    text: str,
    event_type: str = "COOPERATE",
    *,
    actors: tuple = (),
    named_object: str | None = None,
    keywords: tuple[str, ...] = (),
) -> Claim:
    made = claim(
        "c",
        event_type,
        when,
        quote=quote,
        start=0,
        end=len(quote),
        actors=list(actors),
        named_object=named_object,
        keywords=keywords,
    )
    return replace(made, date=date(when, text))


_HIGHWAY_DAY = (
    "annals.uz",
    _c(
        "The Tashkent–Osh highway was opened on 14 September 2019 by the two presidents.",
        "2019-09-14",
        "14 September 2019",
        actors=(_UZ, _KG),
        named_object="Tashkent–Osh highway",
        keywords=("highway", "open"),
    ),
)
_HIGHWAY_YEAR = (
    "wire.kg",
    _c(
        "The Tashkent–Osh highway, which opened in 2020, halved the travel time.",
        "2020",
        "2020",
        actors=(_KG,),
        named_object="Tashkent–Osh highway",
        keywords=("highway", "open"),
    ),
)


def _profile(c: Claim):  # type: ignore[no-untyped-def]
    return _claim_profile(c, [], 1)


def test_object_reach_only_for_finer_claims_naming_a_thing() -> None:
    assert object_reach(_profile(_HIGHWAY_DAY[1])) == 366
    month = _c(
        "The Ulaanbaatar–Irkutsk pipeline was commissioned in November 2011.",
        "2011-11",
        "November 2011",
        named_object="Ulaanbaatar–Irkutsk pipeline",
    )
    assert object_reach(_profile(month)) == 366
    assert object_reach(_profile(_HIGHWAY_YEAR[1])) is None  # a year claim reaches a year already
    generic = _c(
        "The two ministers signed a joint statement on 3 May 2021.",
        "2021-05-03",
        "3 May 2021",
        "AGREE",
        named_object="joint statement",
    )
    assert object_reach(_profile(generic)) is None  # no distinctive word: not one named thing
    forum = _c(
        "The Ulaanbaatar Dialogue Forum opened on 14 June 2023.",
        "2023-06-14",
        "14 June 2023",
        "CONSULT",
        named_object="Ulaanbaatar Dialogue Forum",
    )
    assert object_reach(_profile(forum)) is None  # a gathering of one name meets every year
    assert object_reach(_profile(_c("The highway opened.", "2019-09-14", "14 September 2019"))) is None


@pytest.mark.parametrize("order", _ORDERS)
def test_named_thing_day_and_next_year_are_one_event_in_conflict(session: Session, order: tuple[int, int]) -> None:
    events = store_in_order(session, order, [_HIGHWAY_DAY, _HIGHWAY_YEAR])
    assert len(events) == 1 and events[0].has_conflict


@pytest.mark.parametrize("order", _ORDERS)
def test_named_treaty_month_and_next_year_are_one_event_in_conflict(session: Session, order: tuple[int, int]) -> None:
    items = [
        (
            "journal.mn",
            _c(
                "In November 2011 the two presidents signed the Treaty of Friendly Relations and "
                "Comprehensive Cooperation in Ulaanbaatar.",
                "2011-11",
                "November 2011",
                "AGREE",
                actors=(_MN, _RU),
                named_object="Treaty of Friendly Relations and Comprehensive Cooperation",
                keywords=("treaty", "sign"),
            ),
        ),
        (
            "wire.ru",
            _c(
                "Mongolia and Russia signed the Treaty of Friendly Relations and Comprehensive Cooperation in 2012.",
                "2012",
                "2012",
                "AGREE",
                actors=(_MN, _RU),
                named_object="Treaty of Friendly Relations and Comprehensive Cooperation",
                keywords=("treaty", "sign"),
            ),
        ),
    ]
    events = store_in_order(session, order, items)
    assert len(events) == 1 and events[0].has_conflict


@pytest.mark.parametrize("order", _ORDERS)
def test_vaguer_year_containing_the_day_is_no_conflict(session: Session, order: tuple[int, int]) -> None:
    same_year = (
        "wire.kg",
        replace(
            _HIGHWAY_YEAR[1],
            date=date("2019", "2019"),
            quote="The Tashkent–Osh highway, which opened in 2019, halved the travel time.",
        ),
    )
    events = store_in_order(session, order, [_HIGHWAY_DAY, same_year])
    assert len(events) == 1 and not events[0].has_conflict


@pytest.mark.parametrize("order", _ORDERS)
def test_another_named_thing_a_unit_away_stays_apart(session: Session, order: tuple[int, int]) -> None:
    other = (
        "wire.kg",
        _c(
            "The Tashkent–Andijan highway, which opened in 2020, halved the travel time.",
            "2020",
            "2020",
            actors=(_KG,),
            named_object="Tashkent–Andijan highway",
            keywords=("highway", "open"),
        ),
    )
    assert len(store_in_order(session, order, [_HIGHWAY_DAY, other])) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_named_thing_two_years_apart_stays_apart(session: Session, order: tuple[int, int]) -> None:
    later = (
        "wire.kg",
        replace(
            _HIGHWAY_YEAR[1],
            date=date("2021", "2021"),
            quote="The Tashkent–Osh highway, which opened in 2021, halved the travel time.",
        ),
    )
    assert len(store_in_order(session, order, [_HIGHWAY_DAY, later])) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_yearly_forum_of_one_name_a_year_later_stays_apart(session: Session, order: tuple[int, int]) -> None:
    items = [
        (
            "annals.mn",
            _c(
                "The Ulaanbaatar Dialogue Forum opened on 14 June 2023 with delegations from 30 states.",
                "2023-06-14",
                "14 June 2023",
                "CONSULT",
                actors=(_MN,),
                named_object="Ulaanbaatar Dialogue Forum",
                keywords=("forum",),
            ),
        ),
        (
            "wire.ru",
            _c(
                "Russian diplomats attended the Ulaanbaatar Dialogue Forum in 2024.",
                "2024",
                "2024",
                "CONSULT",
                actors=(_RU,),
                named_object="Ulaanbaatar Dialogue Forum",
                keywords=("forum",),
            ),
        ),
    ]
    assert len(store_in_order(session, order, items)) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_treaty_day_and_next_year_through_the_pipeline(session: Session, order: tuple[int, int]) -> None:

    articles = [
        (
            "journal.org",
            "Published: 2020-03-01\n\nPresident Khurelsukh paid a state visit to Kazakhstan in October "
            "2019, and on 21 October the two presidents, Khurelsukh and Tokayev, signed the Treaty of "
            "Eternal Friendship and Strategic Cooperation.",
        ),
        (
            "wire.com",
            "Published: 2024-05-02\n\nMongolia and Kazakhstan signed a Treaty of Eternal Friendship and "
            "Strategic Cooperation in 2020, which both governments describe as the legal foundation of "
            "their ties.",
        ),
    ]
    events = store_articles(session, *(articles[i] for i in order))
    treaties = [e for e in events if e.event_type == "AGREE"]
    assert len(treaties) == 1 and treaties[0].has_conflict
    assert {c.claimed_edtf for c in treaties[0].citations} == {"2019-10-21", "2020"}
    assert not any(e.has_conflict for e in events if e.event_type == "CONSULT")


# --- stages of a built thing dated apart ----------------------------------------------------------------


def test_stage_cues() -> None:
    assert stages("The first section of the Almaty Ring Road was opened.") == {"1 section"}
    assert stages("The second phase of the dry port opened in 2021.") == {"2 phase"}
    assert stages("Phase II of the terminal was commissioned.") == {"2 phase"}
    assert stages("Line D of the gas pipeline is under construction.") == {"d line"}
    assert stages("The 3rd stage of the plant started production.") == {"3 stage"}
    # not stages
    assert stages("Section 3.5 of the law was amended.") == frozenset()
    assert stages("The plan is in line with the strategy.") == frozenset()
    assert stages("A unit of the army moved in.") == frozenset()


_RING_DAY = (
    "annals.kz",
    _c(
        "The first section of the Almaty Ring Road was opened on 12 December 2020 by the prime minister.",
        "2020-12-12",
        "12 December 2020",
        named_object="Almaty Ring Road",
        keywords=("road", "open"),
    ),
)


@pytest.mark.parametrize("order", _ORDERS)
def test_two_sections_of_a_road_a_unit_apart_stay_apart(session: Session, order: tuple[int, int]) -> None:
    second = (
        "wire.cn",
        _c(
            "The second section of the Almaty Ring Road opened in 2021, completing the bypass.",
            "2021",
            "2021",
            named_object="Almaty Ring Road",
            keywords=("road", "open"),
        ),
    )
    assert len(store_in_order(session, order, [_RING_DAY, second])) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_a_later_phase_and_the_opening_a_unit_apart_stay_apart(session: Session, order: tuple[int, int]) -> None:
    opened = ("annals.kz", replace(_RING_DAY[1], quote="The Almaty Ring Road was opened on 12 December 2020."))
    phase = (
        "wire.cn",
        _c(
            "Phase II of the Almaty Ring Road opened in 2021, doubling its capacity.",
            "2021",
            "2021",
            named_object="Almaty Ring Road",
            keywords=("road", "open"),
        ),
    )
    assert len(store_in_order(session, order, [opened, phase])) == 2


@pytest.mark.parametrize("order", _ORDERS)
def test_the_first_section_and_the_opening_a_unit_apart_are_one(session: Session, order: tuple[int, int]) -> None:
    opened = (
        "wire.cn",
        _c(
            "The Almaty Ring Road, opened in 2021, carries 40,000 vehicles a day.",
            "2021",
            "2021",
            named_object="Almaty Ring Road",
            keywords=("road", "open"),
        ),
    )
    events = store_in_order(session, order, [_RING_DAY, opened])
    assert len(events) == 1 and events[0].has_conflict


@pytest.mark.parametrize("order", _ORDERS)
def test_the_same_stage_a_unit_apart_is_one_event_in_conflict(session: Session, order: tuple[int, int]) -> None:
    same = (
        "wire.cn",
        _c(
            "The first section of the Almaty Ring Road, opened in 2021, carries 40,000 vehicles a day.",
            "2021",
            "2021",
            named_object="Almaty Ring Road",
            keywords=("road", "open"),
        ),
    )
    events = store_in_order(session, order, [_RING_DAY, same])
    assert len(events) == 1 and events[0].has_conflict


@pytest.mark.parametrize("order", _ORDERS)
def test_a_stage_named_in_passing_by_a_signing_does_not_split_it(session: Session, order: tuple[int, int]) -> None:
    items = [
        (
            "wire.mn",
            _c(
                "In January 2023 Mongolia and Russia agreed to upgrade ties to a comprehensive strategic partnership.",
                "2023-01",
                "January 2023",
                "AGREE",
                actors=(_MN, _RU),
                keywords=("partnership", "upgrade"),
            ),
        ),
        (
            "brief.ru",
            _c(
                "In February 2023 Mongolia and Russia raised relations to a comprehensive strategic partnership "
                "and signed a statement that devoted as much space to Line D as to culture.",
                "2023-02",
                "February 2023",
                "AGREE",
                actors=(_MN, _RU),
                keywords=("partnership", "raise"),
            ),
        ),
    ]
    events = store_in_order(session, order, items)
    assert len(events) == 1 and events[0].has_conflict


def test_partnership_in_a_place_is_no_sector() -> None:
    """A partnership signed "in Ulaanbaatar" names where, not a field: no "partnership sector" cue, which would
    keep the statement apart from the same partnership told by another article a month away."""
    from timeline.resolve.similarity import one_off_cues

    place = one_off_cues("The presidents signed the statement on strategic partnership in Ulaanbaatar in May 2023.")
    assert "partnership:strategic" in place and "partnership sector" not in place
    assert "partnership sector" in one_off_cues("Mongolia and Russia agreed on a strategic partnership in energy.")
    assert "partnership sector" in one_off_cues("They declared a strategic partnership for transport in 2021.")
