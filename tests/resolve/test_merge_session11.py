"""Session 11 merging, through the real pipeline (short invented articles read, extracted and stored
into SQLite) and on the pure helpers. Classes: talks held with the host during a short visit join the
visit; one route named as "the A–B railway" or "the railway from A to B" is one named thing; positive
and negative cases of each."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from resolve_helpers import store_articles
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.resolve.similarity import (
    Match,
    Profile,
    judge,
    object_similarity,
    ordinal_gatherings,
    planned_milestone,
    quote_cues,
    quote_tokens,
    routes,
    same_numbered_gathering,
    same_route,
    talks_during_visit,
    topic_words,
)


@pytest.fixture
def db(sqlite_engine: Engine) -> Session:
    with Session(sqlite_engine) as session:
        yield session


def _store(session: Session, *articles: tuple[str, str]) -> list[Event]:
    """Read, extract and store each (uri, text) in order; the events with their citations."""
    return store_articles(session, *articles)


def _holding(events: list[Event], *words: str) -> list[Event]:
    return [e for e in events if any(all(w in c.quote for w in words) for c in e.citations)]


def _one(events: list[Event], *words: str) -> Event:
    found = _holding(events, *words)
    assert len(found) == 1, [(e.id, e.title, [c.quote for c in e.citations]) for e in events]
    return found[0]


# --- 1. talks with the host during a short visit join the visit --------------------------------------

_VISIT = (
    "BISHKEK, 11 March 2025 (Ala-Too Wire) -- Kazakh President Kassym-Jomart Tokayev arrived in Bishkek "
    "on Monday for a two-day state visit, his first to Kyrgyzstan since 2022.\n\n"
)


def test_talks_with_the_host_leader_join_the_visit(db: Session) -> None:
    text = _VISIT + (
        "Meeting at the Ala-Archa residence on Tuesday, Tokayev and Kyrgyz President Sadyr Japarov "
        "agreed to expand cooperation in energy and water management.\n"
    )
    events = _store(db, ("wire.txt", text))
    assert _one(events, "two-day state visit") is _one(events, "Ala-Archa")


def test_talks_with_a_third_leader_during_the_trip_stay_apart(db: Session) -> None:
    text = _VISIT + (
        "Meeting at the Ala-Archa residence on Tuesday, Tokayev and Turkish President Recep "
        "Tayyip Erdogan discussed a transport corridor.\n"
    )
    events = _store(db, ("wire.txt", text))
    talks = _holding(events, "Ala-Archa")
    assert talks and _one(events, "two-day state visit") not in talks


def test_a_commission_session_during_the_visit_stays_apart(db: Session) -> None:
    text = (
        "BAKU, 17 November 2026 (Caspian Wire) -- Chinese Commerce Minister Wang Wentao arrived in Baku on "
        "Monday for a three-day official visit.\n\nOn Tuesday Wang Wentao and Deputy Prime Minister "
        "Shahin Mustafayev chaired the 12th meeting of the intergovernmental commission on trade.\n"
    )
    events = _store(db, ("wire.txt", text))
    session = _holding(events, "12th meeting")
    assert session and _one(events, "three-day official visit") not in session


def _p(**kw: object) -> Profile:
    base: dict[str, object] = {"event_type": "CONSULT", "sources": frozenset({1})}
    base.update(kw)
    return Profile(**base)  # type: ignore[arg-type]


_D = dt.date


def test_talks_during_visit_helper_directions() -> None:
    visit = _p(
        mode="visit",
        lower=_D(2025, 3, 10),
        upper=_D(2025, 3, 11),
        hosts=frozenset({"Kyrgyzstan"}),
        states=frozenset({"Kyrgyzstan"}),
        persons=frozenset({"Kassym-Jomart Tokayev"}),
        actors=frozenset({"Kassym-Jomart Tokayev"}),
    )
    talks = _p(
        lower=_D(2025, 3, 11),
        upper=_D(2025, 3, 11),
        persons=frozenset({"Kassym-Jomart Tokayev", "Sadyr Japarov"}),
        actors=frozenset({"Kassym-Jomart Tokayev", "Sadyr Japarov"}),
    )
    shared = frozenset({"Kassym-Jomart Tokayev"})
    assert talks_during_visit(talks, visit, "finer", shared)
    assert talks_during_visit(visit, talks, "vaguer", shared)
    # not: talks outside the visit's days, a month-long "visit", a summit, no shared visitor
    assert not talks_during_visit(talks, visit, "overlap", shared)
    long_visit = _p(
        mode="visit",
        lower=_D(2025, 3, 1),
        upper=_D(2025, 3, 31),
        hosts=visit.hosts,
        persons=visit.persons,
        actors=visit.actors,
    )
    assert not talks_during_visit(talks, long_visit, "finer", shared)
    summit = _p(mode="multilateral", lower=talks.lower, upper=talks.upper, persons=talks.persons, actors=talks.actors)
    assert not talks_during_visit(summit, visit, "finer", shared)
    assert not talks_during_visit(talks, visit, "finer", frozenset())


# --- 2. one route, two ways of naming it ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "ends"),
    [
        ("Construction of the 180-km railway from Mashhad to Herat began in 2023.", "rail", {"mashhad", "herat"}),
        ("Work on the Mashhad–Herat railway resumed in the spring.", "rail", {"mashhad", "herat"}),
        ("The Mashhad-Herat line is due to open in 2028.", "rail", {"mashhad", "herat"}),
        ("the Termez–Kabul–Peshawar railway", "rail", {"termez", "kabul", "peshawar"}),
        ("a weekly container service between Chengdu and the Black Sea port of Poti", "service", {"chengdu", "poti"}),
        ("the first block train from Chongqing reached Duisburg in April", "service", {"chongqing", "duisburg"}),
        ("the pipeline from Turkmenabat to Kandahar", "pipe", {"turkmenabat", "kandahar"}),
        ("The Tbilisi-Batumi highway", "road", {"tbilisi", "batumi"}),
    ],
)
def test_routes_are_read_in_both_forms(text: str, kind: str, ends: set[str]) -> None:
    assert (kind, frozenset(ends)) in routes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Trans-Caspian pipeline is back on the agenda.",
        "the Sino-Kazakh border railway",
        "US-China trade talks resumed on Monday.",
        "The China-Central Asia summit was held in May.",
    ],
)
def test_no_route_in_compound_names_without_two_ends(text: str) -> None:
    assert not [r for r in routes(text) if r[0] in ("rail", "pipe", "road") and "trans" in "".join(r[1])]
    if "summit" in text or "talks" in text:
        assert not routes(text)


def test_same_route_needs_one_kind_and_the_same_ends() -> None:
    def cues(text: str) -> frozenset[str]:
        return frozenset(f"route:{k}:{'|'.join(sorted(e))}" for k, e in routes(text))

    rail = _p(event_type="COOPERATE", cues=cues("the railway from Mashhad to Herat"))
    assert same_route(rail, _p(event_type="COOPERATE", cues=cues("the Mashhad–Herat–Mazar railway")))
    assert not same_route(rail, _p(event_type="COOPERATE", cues=cues("the Herat–Mazar railway")))
    assert not same_route(rail, _p(event_type="COOPERATE", cues=cues("a container service from Mashhad to Herat")))


def test_construction_start_of_one_route_named_two_ways_is_one_event(db: Session) -> None:
    one = (
        "Published: 3 May 2024\n\nConstruction of the 180-kilometre railway from Mashhad to Herat, on the "
        "border opposite the Afghan town of Islam Qala, began in 2024.\n"
    )
    two = (
        "Published: 20 June 2024\n\nThe parties noted the start of construction of the Mashhad–Herat "
        "railway in the spring and agreed to speed up work on a transit protocol.\n"
    )
    events = _store(db, ("feature.html", one), ("gov.html", two))
    assert _one(events, "180-kilometre") is _one(events, "noted the start")


def test_construction_start_of_two_routes_stays_apart(db: Session) -> None:
    one = (
        "Published: 3 May 2024\n\nConstruction of the 180-kilometre railway from Mashhad to Herat, on the "
        "border opposite the Afghan town of Islam Qala, began in 2024.\n"
    )
    two = (
        "Published: 20 June 2024\n\nThe parties noted the start of construction of the Herat–Mazar-i-Sharif "
        "railway in the spring and agreed to speed up work on a transit protocol.\n"
    )
    events = _store(db, ("feature.html", one), ("gov.html", two))
    other = _holding(events, "noted the start")
    assert other and _one(events, "180-kilometre") not in other


# --- 3. the first run of one service on one route, told a unit apart ----------------------------------


def test_first_train_of_one_route_a_month_apart_is_one_event_in_conflict(db: Session) -> None:
    one = (
        "Published: 10 May 2025\n\nThe first train of a new weekly container service between Chengdu and "
        "the Black Sea port of Poti arrived in Poti on 3 May, twelve days after leaving the Chinese city.\n"
    )
    two = (
        "Published: 20 September 2025\n\nWhen the first weekly block train from Chengdu reached Poti in June, "
        "Georgian forwarders saw that the timetable is real.\n"
    )
    events = _store(db, ("rail.html", one), ("interview.txt", two))
    first = _one(events, "twelve days")
    assert first is _one(events, "forwarders")
    assert first.has_conflict


def test_first_trains_of_two_routes_stay_apart(db: Session) -> None:
    one = (
        "Published: 10 May 2025\n\nThe first train of a new weekly container service between Chengdu and "
        "the Black Sea port of Poti arrived in Poti on 3 May, twelve days after leaving the Chinese city.\n"
    )
    two = (
        "Published: 20 September 2025\n\nWhen the first weekly block train from Chengdu reached Batumi in "
        "June, Georgian forwarders saw that the timetable is real.\n"
    )
    events = _store(db, ("rail.html", one), ("interview.txt", two))
    other = _holding(events, "forwarders")
    assert other and _one(events, "twelve days") not in other


# --- 4. plans for one milestone of one project told by two articles --------------------------------------


def test_plans_to_start_building_one_thing_in_one_season_join(db: Session) -> None:
    one = (
        "Published: 2 October 2025\n\nAccording to Minister Tamar Beridze, construction of the new grain "
        "terminal is due to begin next spring.\n"
    )
    two = "Published: 5 January 2026\n\nConstruction of the grain terminal is due to start this spring.\n"
    three = (
        "Published: 1 February 2026\n\nAccording to the investor, construction of the grain terminal will "
        "begin in April.\n"
    )
    events = _store(db, ("ipn.html", one), ("memo.md", two), ("ministry.txt", three))
    assert _one(events, "next spring") is _one(events, "this spring") is _one(events, "in April")


def test_plans_to_finish_one_phase_in_one_year_join(db: Session) -> None:
    one = "Published: 2 October 2025\n\nThe first phase of the Kulevi oil terminal will be completed in 2028.\n"
    two = "Published: 5 January 2026\n\nThe first phase is expected to be completed in 2028.\n"
    events = _store(db, ("ipn.html", one), ("memo.md", two))
    assert _one(events, "Kulevi") is _one(events, "expected to be completed")


def test_a_line_to_open_and_the_named_railway_to_open_in_one_year_join(db: Session) -> None:
    one = "Published: 2 October 2025\n\nThe Herat–Mazar railway is scheduled to open in 2029.\n"
    two = "Published: 5 January 2026\n\nThe line is expected to open in 2029.\n"
    events = _store(db, ("brief.md", one), ("feature.html", two))
    assert _one(events, "Herat") is _one(events, "The line")


def test_plans_of_another_milestone_phase_or_year_stay_apart(db: Session) -> None:
    first = "Published: 2 October 2025\n\nThe first phase of the Kulevi oil terminal will be completed in 2028.\n"
    second = "Published: 5 January 2026\n\nThe second phase is expected to be completed in 2028.\n"
    later = "Published: 6 January 2026\n\nThe first phase of the Kulevi oil terminal will be completed in 2029.\n"
    start = "Published: 7 January 2026\n\nConstruction of the Kulevi oil terminal will begin in 2028.\n"
    events = _store(db, ("ipn.html", first), ("memo.md", second), ("wire.txt", later), ("daily.txt", start))
    kulevi = _one(events, "completed in 2028", "Kulevi")
    for words in (("second phase",), ("completed in 2029",), ("will begin in 2028",)):
        found = _holding(events, *words)
        assert found and kulevi not in found, words


def test_plans_for_two_named_projects_stay_apart(db: Session) -> None:
    one = "Published: 2 October 2025\n\nThe Herat–Mazar railway is scheduled to open in 2029.\n"
    two = "Published: 5 January 2026\n\nThe Termez–Kabul railway is scheduled to open in 2029.\n"
    events = _store(db, ("brief.md", one), ("feature.html", two))
    other = _holding(events, "Termez")
    assert other and _one(events, "Herat") not in other


def test_a_plan_and_an_occurred_milestone_are_not_joined_by_the_plan_rule() -> None:
    plan = _p(
        event_type="COOPERATE",
        status="planned",
        lower=_D(2028, 1, 1),
        upper=_D(2028, 12, 31),
        keywords=frozenset({"complet", "phase"}),
        words=frozenset({"phase"}),
    )
    done = _p(
        event_type="COOPERATE",
        status="occurred",
        sources=frozenset({2}),
        lower=_D(2028, 1, 1),
        upper=_D(2028, 12, 31),
        keywords=frozenset({"complet", "phase"}),
        words=frozenset({"phase"}),
    )
    other_plan = _p(
        **{**{f: getattr(done, f) for f in ("event_type", "lower", "upper", "keywords", "words")}},
        status="planned",
        sources=frozenset({2}),
    )
    assert planned_milestone(plan, other_plan, "same")
    assert not planned_milestone(plan, done, "same")
    assert not planned_milestone(
        plan,
        _p(**{**{f: getattr(plan, f) for f in ("event_type", "lower", "upper", "keywords", "words", "status")}}),
        "same",
    )  # one article


# --- 5. speakers of what the heads of state did are no parties of it ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Minister Jamshid Khodjaev noted that relations had reached a new level since the heads of state signed "
        "the joint statement.",
        "Speaker Tanzila Narbaeva recalled that the two presidents raised ties to a strategic partnership in 2017.",
        "The ambassador said that the two leaders had agreed to open a consulate in Samarkand.",
    ],
)
def test_leaders_reported_cue(text: str) -> None:
    assert "leaders reported" in quote_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents signed the joint statement in Tashkent on Monday.",
        "Minister Jamshid Khodjaev said that the commission would meet again in Beijing.",
    ],
)
def test_no_leaders_reported_cue(text: str) -> None:
    assert "leaders reported" not in quote_cues(text)


_SIGNED = (
    "Published: 10 June 2025\n\nOn 9 June, in Tashkent, President Shavkat Mirziyoyev and President Xi Jinping "
    "signed the joint statement on the establishment of an all-weather comprehensive strategic partnership "
    "between Uzbekistan and China.\n"
)


def test_a_minister_recalling_the_leaders_signing_joins_it(db: Session) -> None:
    told = (
        "Published: 20 November 2025\n\nOpening the session, Deputy Prime Minister Jamshid Khodjaev and "
        "Commerce Minister Wang Wentao noted that relations between Uzbekistan and China had reached a new level "
        "since the heads of state signed the joint statement on the establishment of an all-weather "
        "comprehensive strategic partnership in June.\n"
    )
    events = _store(db, ("wire.txt", _SIGNED), ("gov.html", told))
    assert _one(events, "President Xi Jinping") is _one(events, "Opening the session")


def test_a_minister_recalling_another_pairs_signing_stays_apart(db: Session) -> None:
    told = (
        "Published: 20 November 2025\n\nOpening the session, Deputy Prime Minister Jamshid Khodjaev and "
        "Minister Ali Sharifi noted that relations between Uzbekistan and Iran had reached a new level "
        "since the heads of state signed the joint statement on the establishment of a comprehensive "
        "strategic partnership in June.\n"
    )
    events = _store(db, ("wire.txt", _SIGNED), ("gov.html", told))
    other = _holding(events, "Opening the session")
    assert other and _one(events, "President Xi Jinping") not in other


# --- 6. a route's service planned, then its first run -------------------------------------------------------


def test_a_flight_that_landed_names_its_route() -> None:
    def cues(text: str) -> frozenset[str]:
        return frozenset(f"route:{k}:{'|'.join(sorted(e))}" for k, e in routes(text))

    landed = _p(
        event_type="COOPERATE",
        cues=cues("Uzbekistan Airways' first direct flight from Tashkent landed at Guangzhou Baiyun this morning."),
    )
    assert same_route(landed, _p(event_type="COOPERATE", cues=cues("direct Tashkent–Guangzhou flights start on 3 May")))
    assert not same_route(landed, _p(event_type="COOPERATE", cues=cues("direct Tashkent–Urumqi flights start in May")))


_PLAN = (
    "Published: 2 March 2026\n\nKazakhstan Temir Zholy and China's CRCT plan to launch a scheduled weekly "
    "container service between Chongqing and Aktau in the second half of 2026, and the expansion of Aktau port "
    "is due to be completed in 2027.\n"
)


def test_the_first_train_of_a_planned_service_joins_the_plan(db: Session) -> None:
    run = (
        "AKTAU, 20 November 2026 (AA) - The first train of a new weekly container service linking the Chinese "
        "city of Chongqing with Aktau arrived at the port of Aktau on Thursday, Kazakhstan Temir Zholy (KTZ) "
        "said.\n"
    )
    events = _store(db, ("brief.md", _PLAN), ("aa.txt", run))
    assert _holding([_one(events, "arrived at the port")], "plan to launch")


def test_the_first_train_of_another_route_stays_apart_from_the_plan(db: Session) -> None:
    run = (
        "POTI, 20 November 2026 (AA) - The first train of a new weekly container service linking the Chinese "
        "city of Chongqing with Poti arrived at the port of Poti on Thursday, Kazakhstan Temir Zholy (KTZ) "
        "said.\n"
    )
    events = _store(db, ("brief.md", _PLAN), ("aa.txt", run))
    assert not _holding([_one(events, "arrived at the port")], "plan to launch")


def test_one_service_of_one_carrier_joins_across_clashing_states() -> None:
    plan_text = (
        "Uzbek Railways and China's CRCT plan to launch a scheduled weekly container service between Lanzhou "
        "and Tashkent in the second half of 2026."
    )
    run_text = (
        "The first train of a new weekly container service linking the Chinese city of Lanzhou with Tashkent "
        "arrived on Thursday, Uzbek Railways said, in the latest sign of Uzbekistan's role as a hub."
    )
    plan = _p(
        event_type="COOPERATE",
        status="planned",
        lower=_D(2026, 7, 1),
        upper=_D(2026, 12, 31),
        actors=frozenset({"Uzbek Railways", "China Railway Container Transport Corporation"}),
        states=frozenset({"China"}),
        places=frozenset({"Lanzhou", "Tashkent"}),
        keywords=frozenset({"container", "service", "weekly"}),
        cues=quote_cues(plan_text),
        tokens=quote_tokens(plan_text),
        words=topic_words(plan_text),
    )
    run = _p(
        event_type="COOPERATE",
        status="occurred",
        sources=frozenset({2}),
        lower=_D(2026, 11, 19),
        upper=_D(2026, 11, 19),
        actors=frozenset({"Uzbek Railways"}),
        states=frozenset({"Uzbekistan"}),
        places=frozenset({"Lanzhou", "Tashkent"}),
        keywords=frozenset({"first", "train"}),
        cues=quote_cues(run_text),
        tokens=quote_tokens(run_text),
        words=topic_words(run_text),
    )
    assert isinstance(judge(run, plan), Match)
    other_text = run_text.replace("Tashkent", "Almaty")
    other = replace(
        run, cues=quote_cues(other_text), tokens=quote_tokens(other_text), places=frozenset({"Lanzhou", "Almaty"})
    )
    assert not isinstance(judge(other, plan), Match)


# --- 7. "the first session held outside X" ranks a gathering, it is no number of the series -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the first session held outside Madrid in two decades", set()),
        ("the first summit since 2019", set()),
        ("the first meeting in five years", set()),
        ("the first summit to be held abroad", set()),
        ("the 47th session of the General Assembly", {(47, "session")}),
        ("the first China–Central Asia summit in Xi'an", {(1, "summit")}),
        ("the second meeting of the commission in Baku", {(2, "meeting")}),
    ],
)
def test_ordinal_gatherings_rank_or_number(text: str, expected: set[tuple[int, str]]) -> None:
    assert ordinal_gatherings(text) == frozenset(expected)


def test_a_numbered_session_and_the_first_held_outside_its_seat_join(db: Session) -> None:
    one = (
        "Published: 2 March 2027\n\nFrom 1 to 5 October 2027 Tashkent will host the 27th session of the "
        "World Tourism Organization General Assembly, the first held outside Madrid since 2005.\n"
    )
    two = (
        "Published: 5 April 2027\n\nTashkent is due to host the World Tourism Organization General Assembly in "
        "the autumn, the first session held outside Madrid in two decades.\n"
    )
    events = _store(db, ("gov.html", one), ("wire.txt", two))
    assert _one(events, "27th session") is _one(events, "due to host")


def test_talks_join_a_visit_whose_event_names_the_host_leader_too() -> None:
    pair = frozenset({"Kassym-Jomart Tokayev", "Sadyr Japarov"})
    visit = _p(
        mode="visit",
        lower=_D(2025, 3, 10),
        upper=_D(2025, 3, 12),
        hosts=frozenset({"Kyrgyzstan"}),
        states=frozenset({"Kyrgyzstan"}),
        persons=pair,
        actors=pair,
    )
    talks = _p(lower=_D(2025, 3, 11), upper=_D(2025, 3, 11), persons=pair, actors=pair)
    assert talks_during_visit(talks, visit, "finer", pair)
    # the host leader alone is no visitor
    assert not talks_during_visit(talks, visit, "finer", frozenset({"Sadyr Japarov"}))


# --- 8. a date a named object ran into is no part of it -----------------------------------------------------


def test_named_objects_with_date_tails_compare_without_them() -> None:
    assert object_similarity("Republic of Moldova on December 25", "Republic of Moldova on 25 December\n1991") == 1.0
    assert object_similarity("Treaty of Friendship on 3 May 2001", "Treaty of Friendship in 2001") == 1.0
    # numbers of the name itself still count
    assert object_similarity("Fifth Caspian Summit", "Sixth Caspian Summit") == 0.0
    assert object_similarity("Protocol No. 2 on 3 May 2001", "Protocol No. 3 on 3 May 2001") == 0.0


# --- 9. one numbered gathering told by two articles ----------------------------------------------------------


def test_the_same_numbered_summit_told_twice_joins(db: Session) -> None:
    one = (
        "Published: 10 May 2026\n\nIt was noted that Kyrgyzstan will take part at the highest level in the fourth "
        "Central Asia–Japan summit, which Japan will host next year.\n"
    )
    two = "Published: 12 May 2026\n\nIt was agreed that the fourth summit will be held in Japan in 2027.\n"
    events = _store(db, ("mfa.html", one), ("wire.txt", two))
    assert _one(events, "highest level") is _one(events, "It was agreed")


def test_another_number_or_year_of_the_summit_stays_apart(db: Session) -> None:
    one = (
        "Published: 10 May 2026\n\nIt was noted that Kyrgyzstan will take part at the highest level in the fourth "
        "Central Asia–Japan summit, which Japan will host next year.\n"
    )
    two = "Published: 12 May 2026\n\nIt was agreed that the fifth summit will be held in Japan in 2027.\n"
    three = "Published: 14 May 2026\n\nIt was agreed that the fourth summit will be held in Japan in 2029.\n"
    events = _store(db, ("mfa.html", one), ("wire.txt", two), ("daily.txt", three))
    first = _one(events, "highest level")
    assert first not in _holding(events, "fifth summit") and first not in _holding(events, "in 2029")


def test_same_numbered_gathering_needs_a_shared_state_or_place() -> None:
    year = {"lower": _D(2027, 1, 1), "upper": _D(2027, 12, 31), "mode": "multilateral"}
    a = _p(**year, ordinals=frozenset({(4, "summit")}), states=frozenset({"Japan"}))
    b = _p(**year, sources=frozenset({2}), ordinals=frozenset({(4, "summit")}), places=frozenset({"Japan"}))
    c = _p(**year, sources=frozenset({2}), ordinals=frozenset({(4, "summit")}), states=frozenset({"Brazil"}))
    assert same_numbered_gathering(a, b, "same")
    assert not same_numbered_gathering(a, c, "same")
    assert not same_numbered_gathering(a, replace(b, sources=frozenset({1})), "same")  # one article


def test_talks_do_not_join_an_invitation_to_visit(db: Session) -> None:
    text = (
        "ASTANA, 5 June 2025 - Kazakhstan and Mongolia elevated their relations to a strategic partnership on "
        "Thursday, as President Kassym-Jomart Tokayev held talks with Mongolian President Ukhnaagiin Khurelsukh "
        "in Astana.\n\nTokayev said on Thursday that he had invited Khurelsukh to visit Kazakhstan again "
        '"at a convenient time".\n'
    )
    events = _store(db, ("wire.txt", text))
    assert all(not _holding([e], "held talks") for e in _holding(events, "invited"))


def test_first_gatherings_and_visits_are_not_joined_by_their_number() -> None:
    year = {"lower": _D(2022, 10, 1), "upper": _D(2022, 10, 31), "mode": "multilateral"}
    a = _p(**year, ordinals=frozenset({(1, "meeting")}), places=frozenset({"Prague"}))
    b = _p(**year, sources=frozenset({2}), ordinals=frozenset({(1, "meeting")}), places=frozenset({"Prague"}))
    assert not same_numbered_gathering(a, b, "same")  # "the first … meeting" of two formats
    visit = replace(b, mode="visit", ordinals=frozenset({(2, "summit")}))
    summit = replace(a, ordinals=frozenset({(2, "summit")}))
    assert same_numbered_gathering(summit, replace(visit, mode="multilateral"), "same")
    assert not same_numbered_gathering(summit, visit, "same")  # a visit "on the eve of the second summit"
