"""Session 12 round 2, resolver: a precise meeting does not fold, as the only candidate, into a vaguer
named ordinal gathering held elsewhere ("On Tuesday she met Boric on the sidelines" is not
"the second summit took place in Cusco last year"). Invented names and dates; positive and negative cases."""

from __future__ import annotations

import datetime as dt

from timeline.resolve.similarity import Profile, vague_candidate

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
