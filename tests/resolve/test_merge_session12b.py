"""Session 12 round 2, resolver: a precise meeting does not fold, as the only candidate, into a vaguer
named ordinal gathering held elsewhere ("On Tuesday she met Boric on the sidelines" is not
"the second summit took place in Cusco last year"). Invented names and dates; positive and negative cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.resolve.similarity import Match, Profile, judge, received_on_visit, vague_candidate

LEADERS = frozenset({"Dina Boluarte", "Gabriel Boric"})


def _p(lower: str, upper: str, source: int, **kw) -> Profile:  # type: ignore[no-untyped-def]
    return Profile(
        event_type="CONSULT",
        lower=dt.date.fromisoformat(lower),
        upper=dt.date.fromisoformat(upper),
        actors=LEADERS,
        persons=LEADERS,
        sources=frozenset({source}),
        **kw,
    )


MEETING = _p("2021-10-12", "2021-10-12", 1, states=frozenset({"Peru", "Chile"}))


def test_same_two_leaders_in_the_month_join() -> None:
    month = _p("2021-10-01", "2021-10-31", 2)
    assert vague_candidate(MEETING, month)
    assert vague_candidate(month, MEETING)


def test_a_meeting_does_not_fold_into_a_named_ordinal_gathering_elsewhere() -> None:
    summit = _p(
        "2021-10-01", "2021-10-31", 2, ordinals=frozenset({(2, "summit")}), places=frozenset({"Cusco"})
    )
    assert not vague_candidate(MEETING, summit)
    assert not vague_candidate(summit, MEETING)


def test_a_meeting_at_the_gatherings_place_may_still_join() -> None:
    summit = _p(
        "2021-10-01", "2021-10-31", 2, ordinals=frozenset({(2, "summit")}), places=frozenset({"Cusco"})
    )
    in_cusco = _p("2021-10-12", "2021-10-12", 1, states=frozenset({"Peru", "Chile"}), places=frozenset({"Cusco"}))
    assert vague_candidate(in_cusco, summit)


# --- a reception is the visit of that month -------------------------------------------------------------


PERSON = frozenset({"Luiz Lula"})


def _visit(lower: str, upper: str) -> Profile:
    return Profile(
        event_type="CONSULT",
        mode="visit",
        lower=dt.date.fromisoformat(lower),
        upper=dt.date.fromisoformat(upper),
        actors=PERSON,
        persons=PERSON,
        states=frozenset({"Japan"}),
        hosts=frozenset({"Japan"}),
        keywords=frozenset({"state", "visit"}),
        cues=frozenset({"state visit"}),
        sources=frozenset({1}),
    )


def _reception(lower: str, upper: str, words: frozenset[str] = frozenset({"receiv", "honour"})) -> Profile:
    return Profile(
        event_type="CONSULT",
        lower=dt.date.fromisoformat(lower),
        upper=dt.date.fromisoformat(upper),
        actors=PERSON,
        persons=PERSON,
        keywords=words,
        sources=frozenset({2}),
    )


def test_received_with_honours_that_month_is_the_state_visit() -> None:
    # "Weeks after the strike, Lula was received in Tokyo with full honours" (March) / state visit on 24 March
    visit, told = _visit("2019-03-24", "2019-03-26"), _reception("2019-03-01", "2019-03-31")
    assert received_on_visit(told, visit, "vaguer", PERSON)
    assert received_on_visit(visit, told, "finer", PERSON)
    assert isinstance(judge(told, visit), Match)


def test_a_reception_in_another_month_is_another_visit() -> None:
    visit, told = _visit("2019-03-24", "2019-03-26"), _reception("2019-11-01", "2019-11-30")
    assert not isinstance(judge(told, visit), Match)


def test_a_year_reception_does_not_pick_one_of_the_years_visits() -> None:
    visit, told = _visit("2019-03-24", "2019-03-26"), _reception("2019-01-01", "2019-12-31")
    assert not received_on_visit(told, visit, "vaguer", PERSON)


def test_without_a_reception_word_no_signal() -> None:
    visit, told = _visit("2019-03-24", "2019-03-26"), _reception("2019-03-01", "2019-03-31", frozenset({"talk"}))
    assert not received_on_visit(told, visit, "vaguer", PERSON)


def test_the_host_receiving_the_visitor_is_not_folded_by_this_rule() -> None:
    # "President Kishida received Lula" names the host: a meeting the gold may keep as its own line
    visit = _visit("2019-03-24", "2019-03-26")
    told = replace(_reception("2019-03-01", "2019-03-31"), persons=PERSON | {"Fumio Kishida"})
    assert not received_on_visit(told, visit, "vaguer", PERSON)
