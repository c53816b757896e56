"""The read API on SQLite and PostgreSQL: order, windows, filters, aliases, as-known-on, conflicts.

These tests only read: the sample timeline is built once per engine for the module (``shared_sample_db``),
each test gets its own session on it. Tests that write are in test_api_writes.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pendulum
import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from timeline.models import Event
from timeline.query import (
    EventNotFoundError,
    InvalidDateError,
    UnknownActorError,
    actor_timeline,
    chronology,
    conflicts,
    counts_by_year,
    event,
    list_actors,
    list_sources,
    observations,
    sources_for,
)


@pytest.fixture
def engine(shared_sample_db: tuple[Engine, dict[str, Any]]) -> Engine:  # overrides tests/conftest.py's
    return shared_sample_db[0]


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session of its own on the shared database (closed, i.e. rolled back, afterwards)."""
    with Session(engine, expire_on_commit=False) as s:
        yield s


@pytest.fixture
def sample(shared_sample_db: tuple[Engine, dict[str, Any]]) -> dict[str, Any]:
    return shared_sample_db[1]


def _ids(views: list[Any]) -> list[int]:
    return [v.id for v in views]


def _names(sample: dict[str, Any], views: list[Any]) -> list[str]:
    by_id = {v: k for k, v in sample["events"].items()}
    return [by_id[v.id] for v in views]


def test_default_window_order_and_exclusions(session: Session, sample: dict[str, Any]) -> None:
    names = _names(sample, chronology(session))
    assert names == ["transition", "relations", "nakhchivan", "visit1994", "agreement1994", "socar1999", "port",
                     "visit2015", "forum2019", "call2021", "declaration"]
    assert "soviet" not in names and "rejected" not in names and "undated" not in names


def test_view_has_the_same_order_as_chronology(session: Session, sample: dict[str, Any]) -> None:
    api = _ids(chronology(session, None, None))
    view = [r[0] for r in session.execute(text("SELECT id FROM chronology"))]
    assert view == api


def test_window_overlap_and_bound_forms(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    assert ev["port"] in _ids(chronology(session, 2012, 2013))  # 2010/2018 overlaps 2012–2013
    assert _ids(chronology(session, "2015-12", "2015-12")) == [ev["port"], ev["visit2015"]]
    assert _ids(chronology(session, "2015-12-11", "2015-12-11")) == [ev["port"], ev["visit2015"]]
    assert ev["visit2015"] not in _ids(chronology(session, "2015-12-12", 2016))
    assert ev["transition"] in _ids(chronology(session, 1992, 1992))  # 1991/1993 overlaps 1992
    for start in (1994, "1994", dt.date(1994, 1, 1), dt.datetime(1994, 1, 1, 12), pendulum.date(1994, 1, 1),
                  pendulum.datetime(1994, 1, 1)):
        assert _ids(chronology(session, start, 1994)) == [ev["visit1994"], ev["agreement1994"]]
    assert _ids(chronology(session, "1994-03-07", "1994-03-07")) == [ev["visit1994"], ev["agreement1994"]]
    assert ev["soviet"] in _ids(chronology(session, None, 1991))


@pytest.mark.parametrize("bad", ["yesterday", "2015-13", "2015-02-30", "'; DROP TABLE events; --", "", "x" * 10000,
                                 -5, True])
def test_bad_bounds_are_clear_errors(session: Session, bad: Any) -> None:
    with pytest.raises(InvalidDateError):
        chronology(session, bad, 2024)


def test_reversed_window_is_an_error(session: Session) -> None:
    with pytest.raises(InvalidDateError, match="after it ends"):
        chronology(session, 2020, 2010)


def test_pagination_matches_full_order(session: Session, sample: dict[str, Any]) -> None:
    full = _ids(chronology(session))
    pages = [_ids(chronology(session, limit=4, offset=o)) for o in range(0, len(full), 4)]
    assert [i for page in pages for i in page] == full
    assert chronology(session, limit=0) == []


def test_type_status_text_source_filters(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    agree = chronology(session, types=["agree"])
    assert _ids(agree) == [ev["agreement1994"], ev["declaration"]]
    assert _ids(chronology(session, types="CONSULT", text="beijing")) == [ev["socar1999"], ev["visit2015"]]
    assert _ids(chronology(session, text="belt and road")) == [ev["forum2019"]]  # named object / title
    assert _ids(chronology(session, text="called baku")) == [ev["call2021"]]  # a quote
    assert _ids(chronology(session, source="test://old")) == [ev["visit2015"], ev["forum2019"], ev["call2021"]]
    assert _ids(chronology(session, source=sample["sources"]["old"])) == [ev["visit2015"], ev["forum2019"],
                                                                            ev["call2021"]]
    assert _ids(chronology(session, source="gazette")) == [ev["visit2015"], ev["forum2019"], ev["call2021"]]
    assert chronology(session, status="planned") == []
    assert len(chronology(session, status="occurred")) == len(chronology(session))


@pytest.mark.parametrize("hostile", ["'; DROP TABLE events; --", "%", "_", "%%%", "\\", "x" * 10_000,
                                     "Azərbaycan 中国 🚀", "' OR '1'='1", "\x00"])
def test_hostile_text_matches_nothing_and_breaks_nothing(session: Session, sample: dict[str, Any],
                                                         hostile: str) -> None:
    assert chronology(session, text=hostile) == []
    assert chronology(session, source=hostile) == []
    assert chronology(session, types=[hostile]) == []
    assert list_actors(session, query=hostile) == []
    with pytest.raises(UnknownActorError):
        chronology(session, actors=[hostile])
    assert session.scalar(select(func.count()).select_from(Event)) == len(sample["events"])


def test_actor_filter_by_name_alias_and_case(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    assert _ids(chronology(session, actors=["xi jinping"])) == [ev["call2021"]]
    assert _ids(chronology(session, actors=["PRC"])) == _ids(chronology(session, actors=["China"]))
    both = chronology(session, actors=["Xi Jinping", "Heydar Aliyev"])
    assert _ids(both) == [ev["nakhchivan"], ev["visit1994"], ev["agreement1994"], ev["call2021"]]
    assert _ids(chronology(session, actors=["China", "Heydar Aliyev"], all_actors=True)) == [
        ev["visit1994"], ev["agreement1994"]]


def test_role_alias_resolves_per_event_date(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    got = actor_timeline(session, "President Aliyev")
    # Heydar in 1993-06-24..2003-10-31 (not his 1992 meeting); Ilham from 2003-10-31 (not 1999).
    assert _ids(got) == [ev["visit1994"], ev["agreement1994"], ev["visit2015"], ev["forum2019"], ev["call2021"]]
    assert {a.name for a in got[0].actors} == {"Heydar Aliyev", "China"}
    assert ev["nakhchivan"] in _ids(actor_timeline(session, "Heydar Aliyev"))
    assert ev["socar1999"] not in _ids(actor_timeline(session, "president  aliyev.", 1990, 2000))


def test_unknown_actor_has_suggestions(session: Session, sample: dict[str, Any]) -> None:
    with pytest.raises(UnknownActorError) as info:
        actor_timeline(session, "Ilham Aliev")
    assert "Ilham Aliyev" in info.value.suggestions
    assert "did you mean" in str(info.value)


def test_as_known_on_hides_later_sources_and_recomputes_the_date(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    known = chronology(session, as_known_on="2021-12-31")
    assert _ids(known) == [ev["visit2015"], ev["forum2019"], ev["call2021"]]
    visit = known[0]
    assert visit.edtf == "2015-11" and visit.start == dt.date(2015, 11, 1) and visit.precision == "month"
    assert not visit.has_conflict and visit.conflicts == ()
    assert {c.source.uri for c in visit.citations} == {"test://old"}
    forum = known[1]
    assert forum.edtf == "2019" and forum.source_count == 1
    # The stored event keeps its merged date and conflict.
    now = event(session, ev["visit2015"])
    assert now.edtf == "2015-12-08/2015-12-11" and now.has_conflict
    # Sources without a publication date never count; the window applies to the recomputed date.
    later = chronology(session, as_known_on=dt.date(2030, 1, 1))
    assert ev["undated"] not in _ids(chronology(session, as_known_on="2030", include_context=True))
    assert ev["declaration"] in _ids(later)
    assert ev["visit2015"] in _ids(chronology(session, "2015-11", "2015-11", as_known_on="2021-12-31"))
    assert ev["visit2015"] not in _ids(chronology(session, "2015-11", "2015-11"))
    assert chronology(session, as_known_on="1990") == []


def test_as_known_on_majority_then_precision(session: Session, sample: dict[str, Any]) -> None:
    ev = sample["events"]
    full = {v.id: v for v in chronology(session, as_known_on="2024-12-31")}
    assert full[ev["visit2015"]].edtf == "2015-12-08/2015-12-11"  # two sources beat one
    assert full[ev["visit2015"]].has_conflict
    assert full[ev["forum2019"]].edtf == "2019-04"  # one source each: the more precise wins
    assert not full[ev["forum2019"]].has_conflict  # 2019-04 lies inside 2019


def test_conflicts_lists_each_claim_with_sources(session: Session, sample: dict[str, Any]) -> None:
    found = conflicts(session)
    assert _ids(found) == [sample["events"]["visit2015"]]
    claims = {c.edtf: sorted(s.uri for s in c.sources) for c in found[0].conflicts}
    assert claims == {"2015-12-08/2015-12-11": ["test://news", "test://summit"], "2015-11": ["test://old"]}
    assert found[0].conflicts[0].display == "8–11 Dec 2015"
    assert conflicts(session, as_known_on="2021-12-31") == []


def test_event_view_fields(session: Session, sample: dict[str, Any]) -> None:
    v = event(session, sample["events"]["visit2015"])
    assert (v.type, v.mode, v.precision, v.status, v.source_count) == ("CONSULT", "visit", "interval", "occurred", 3)
    assert v.display_date == "8–11 Dec 2015"
    assert [(a.name, a.role, a.kind) for a in v.actors] == [("Ilham Aliyev", "actor", "person"),
                                                            ("China", "recipient", "state")]
    assert [c.source.published for c in v.citations] == sorted(c.source.published for c in v.citations)
    assert event(session, sample["events"]["declaration"]).curated == ("title",)
    assert event(session, sample["events"]["rejected"]).rejected
    assert [s.uri for s in sources_for(session, sample["events"]["forum2019"])] == ["test://old", "test://news"]
    for bad in (10**9, -1, "abc", 10**30):
        with pytest.raises(EventNotFoundError):
            event(session, bad)  # type: ignore[arg-type]


def test_include_context_adds_undated_events_last(session: Session, sample: dict[str, Any]) -> None:
    got = chronology(session, include_context=True)
    assert got[-1].id == sample["events"]["undated"] and got[-1].display_date == "undated"
    assert _ids(got[:-1]) == _ids(chronology(session))


def test_counts_by_year(session: Session, sample: dict[str, Any]) -> None:
    counts = counts_by_year(session)
    assert counts[1994] == 2 and counts[1991] == 1 and 2000 not in counts
    assert sum(counts.values()) == len(chronology(session))
    assert counts_by_year(session, 1994, 1994, types=["AGREE"]) == {1994: 1}
    assert counts_by_year(session, actors=["President Aliyev"]) == {1994: 2, 2015: 1, 2019: 1, 2021: 1}


def test_observations_actors_sources(session: Session, sample: dict[str, Any]) -> None:
    obs = observations(session, "trade_turnover")
    assert [(o.period_edtf, o.value) for o in obs] == [("2019", 2.2e9), ("2023", 3.1e9)]
    assert [o.period_edtf for o in observations(session, start=2020)] == ["2023"]
    assert observations(session, subject="'; DROP TABLE observations; --") == []
    actors = {a.name: a for a in list_actors(session)}
    assert actors["Ilham Aliyev"].event_count == 4  # the rejected event is not counted
    assert actors["China"].aliases == ("PRC",)
    assert [a.name for a in list_actors(session, kind="person", query="aliyev")] == ["Ilham Aliyev",
                                                                                      "Heydar Aliyev"]
    assert [a.name for a in list_actors(session, query="president")] == ["Ilham Aliyev", "Heydar Aliyev"]
    sources = list_sources(session)
    assert [s.source.uri for s in sources] == ["test://old", "test://news", "test://summit", "test://undated"]
    assert sources[0].citation_count == 3 and sources[0].observation_count == 1


def test_loading_is_a_fixed_number_of_queries(engine: Any, session: Session, sample: dict[str, Any]) -> None:
    from sqlalchemy import event as sa_event

    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    sa_event.listen(engine, "before_cursor_execute", count)
    try:
        small = len(chronology(session, 1994, 1994)) and len(statements)
        statements.clear()
        large = len(chronology(session)) and len(statements)
    finally:
        sa_event.remove(engine, "before_cursor_execute", count)
    assert small == large == 3  # events, actors, citations+sources
