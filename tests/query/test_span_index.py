"""The span-class read path (migration 0003) against a brute-force reference, on SQLite and PostgreSQL.

``events.span_class`` must be right whoever writes (ORM hook, database triggers for raw SQL), and
windows, pages, filters and year counts read through ix_events_span_chronology must equal a plain
Python filter-and-sort of the same rows: events of every length (points, open ends, days, months,
years, decades, centuries, inverted intervals), rejected and undated ones, windows starting in the
middle of history.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from timeline.models import Event, span_class_of
from timeline.query import chronology, conflicts, counts_by_year

D = dt.date
SPANS = [None, 0, 0, 0, 3, 30, 31, 32, 180, 365, 366, 367, 3000, 3660, 3661, 40000, -5]


def _class_of(session: Session, event_id: int) -> Any:
    return session.execute(text("SELECT span_class FROM events WHERE id = :i"), {"i": event_id}).scalar_one()


def test_span_class_kept_by_orm_and_by_triggers(session: Session) -> None:
    ev = Event(title="orm", event_type="AGREE", date_start=D(2015, 1, 1), date_end=D(2015, 12, 31))
    undated = Event(title="undated", event_type="AGREE")
    session.add_all([ev, undated])
    session.commit()
    assert (_class_of(session, ev.id), _class_of(session, undated.id)) == (2, None)
    ev.date_end = D(2015, 1, 1)
    session.commit()
    assert _class_of(session, ev.id) == 0

    session.execute(text("INSERT INTO events (title, event_type, status, has_conflict, rejected, date_start, date_end)"
                         " VALUES ('raw', 'AGREE', 'occurred', false, false, :s, :e)"),
                    {"s": D(2000, 1, 1), "e": D(2009, 12, 31)})
    raw = session.execute(text("SELECT id FROM events WHERE title = 'raw'")).scalar_one()
    assert _class_of(session, raw) == 3
    session.execute(text("UPDATE events SET date_end = NULL WHERE id = :i"), {"i": raw})
    assert _class_of(session, raw) == 0
    session.execute(text("UPDATE events SET date_end = :e WHERE id = :i"), {"i": raw, "e": D(1999, 1, 1)})
    assert _class_of(session, raw) == 4  # inverted: the unbounded class
    session.execute(text("UPDATE events SET span_class = 1 WHERE id = :i"), {"i": raw})  # never stale
    assert _class_of(session, raw) == 4
    session.commit()


@pytest.mark.parametrize("days,expected", [(None, 0), (0, 0), (1, 1), (31, 1), (32, 2), (366, 2), (367, 3),
                                           (3660, 3), (3661, 4), (-1, 4)])
def test_span_class_of(days: int | None, expected: int) -> None:
    start = D(2000, 3, 1)
    assert span_class_of(start, None if days is None else start + dt.timedelta(days=days)) == expected
    assert span_class_of(None, None) is None


def _random_events(session: Session, n: int = 160) -> list[dict[str, Any]]:
    rng = random.Random(11)
    rows = []
    for i in range(n):
        span = rng.choice(SPANS)
        start = D(1900, 1, 1) + dt.timedelta(days=rng.randrange(0, 125 * 365))
        if rng.random() < 0.3:  # many events on the same first days: ties inside a day
            start = start.replace(month=1, day=1)
        end = None if span is None else start + dt.timedelta(days=span)
        rows.append({"title": f"e{i}", "event_type": rng.choice(["AGREE", "CONSULT"]), "status": "occurred",
                     "has_conflict": rng.random() < 0.2, "rejected": rng.random() < 0.05,
                     "date_start": None if rng.random() < 0.03 else start, "date_end": end})
    half = n // 2
    session.add_all([Event(**r) for r in rows[:half]])  # ORM writer
    session.execute(text("INSERT INTO events (title, event_type, status, has_conflict, rejected, date_start, "
                         "date_end) VALUES (:title, :event_type, :status, :has_conflict, :rejected, :date_start, "
                         ":date_end)"), rows[half:])  # raw writer: the triggers set span_class
    session.commit()
    ids = dict(session.execute(text("SELECT title, id FROM events")).all())
    for r in rows:
        r["id"] = ids[r["title"]]
    return rows


def _expected(rows: list[dict[str, Any]], lo: dt.date | None, hi: dt.date | None, **want: Any) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        s, e = r["date_start"], r["date_end"]
        if r["rejected"] or s is None or any(r[k] != v for k, v in want.items()):
            continue
        if (hi is None or s <= hi) and (lo is None or (e >= lo if e is not None else s >= lo)):
            out.append(r)
    out.sort(key=lambda r: (r["date_start"], -r["date_end"].toordinal() if r["date_end"] else 1, r["id"]))
    return out


WINDOWS = [(None, None), (1992, 2024), ("1950-06", 1960), ("2015-12", "2015-12"), (1901, 1901), ("1999-12-31", None),
           (None, "1930-01-01"), (2030, 2040)]


@pytest.mark.parametrize("lo,hi", WINDOWS)
def test_windows_pages_and_counts_match_a_brute_force(session: Session, lo: Any, hi: Any) -> None:
    from timeline.query.filters import parse_bound

    rows = _random_events(session)
    d_lo, d_hi = parse_bound(lo), parse_bound(hi, end=True)
    want = [r["id"] for r in _expected(rows, d_lo, d_hi)]
    assert [v.id for v in chronology(session, lo, hi)] == want
    for size in (1, 7, 50):
        paged = [v.id for o in range(0, len(want) + size, size) for v in chronology(session, lo, hi, limit=size,
                                                                                   offset=o)]
        assert paged == want, size
    assert [v.id for v in chronology(session, lo, hi, types="CONSULT", limit=5, offset=3)] == \
        [r["id"] for r in _expected(rows, d_lo, d_hi, event_type="CONSULT")][3:8]
    assert [v.id for v in conflicts(session, lo, hi, limit=4)] == \
        [r["id"] for r in _expected(rows, d_lo, d_hi, has_conflict=True)][:4]
    years = Counter(r["date_start"].year for r in _expected(rows, d_lo, d_hi))
    assert counts_by_year(session, lo, hi) == dict(sorted(years.items()))
    agree = Counter(r["date_start"].year for r in _expected(rows, d_lo, d_hi, event_type="AGREE"))
    assert counts_by_year(session, lo, hi, types=["agree"]) == dict(sorted(agree.items()))


def _old_as_known(session: Session, lo: dt.date | None, hi: dt.date | None, known: dt.date,
                  conflicts_only: bool) -> list[int]:
    """The previous implementation of as_known_on: every event assembled in full, recomputed, filtered."""
    from sqlalchemy import select

    from timeline.query import api

    rows = session.execute(select(*api._event_columns()).where(Event.rejected.is_(False))).all()
    keep = []
    for v in (api._recompute(v) for v in api._assemble(session, rows, known)):
        if not v.citations or v.start is None or (conflicts_only and not v.has_conflict):
            continue
        if (hi is None or v.start <= hi) and (lo is None or (v.end or v.start) >= lo):
            keep.append(v)
    keep.sort(key=lambda v: (v.start, -v.end.toordinal() if v.end else 1, v.id))
    return [v.id for v in keep]


def test_as_known_on_matches_the_full_recomputation(session: Session) -> None:
    from timeline.models import Citation, Source

    rows = _random_events(session, 80)
    rng = random.Random(5)
    sources = [Source(uri=f"test://s{i}", content_hash=f"{i:064d}", text="x", extractor_version="t",
                      published=None if i == 0 else D(1990 + 3 * i, 6, 1)) for i in range(12)]
    session.add_all(sources)
    session.flush()
    for r in rows:
        for _ in range(rng.randint(1, 3)):
            # claims crowd around the windows below: straddling intervals and ties inside a day
            start = rng.choice([r["date_start"] or D(2000, 1, 1), D(2000, 1, 1), D(2000, 5, 20), D(1999, 12, 1),
                                D(1989, 6, 1)])
            end = start + dt.timedelta(days=rng.choice([0, 30, 365, 800]))
            session.add(Citation(event_id=r["id"], source_id=rng.choice(sources).id, quote="q", start=0, end=1,
                                 claimed_edtf=f"{start}/{end}", claimed_start=start, claimed_end=end,
                                 claimed_precision="interval"))
    session.commit()
    for lo, hi, known in [(None, None, D(2010, 1, 1)), (D(1990, 1, 1), D(2010, 12, 31), D(2005, 1, 1)),
                          (D(2000, 6, 1), D(2001, 1, 1), D(2030, 1, 1))]:
        for only_conflicts in (False, True):
            want = _old_as_known(session, lo, hi, known, only_conflicts)
            call = conflicts if only_conflicts else chronology
            assert [v.id for v in call(session, lo, hi, as_known_on=known)] == want
            assert [v.id for o in range(0, len(want) + 4, 4)
                    for v in call(session, lo, hi, as_known_on=known, limit=4, offset=o)] == want
