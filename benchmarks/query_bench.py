"""Read-side timings on a large synthetic database (figures printed, nothing asserted).

    .venv/bin/python benchmarks/query_bench.py --events 1000000 --db sqlite:////tmp/bench.db

Builds (once; reused when it already holds enough events) a migrated database with N events spread
over 1992–2024, two actors per event out of 2 000 (a few very frequent, most rare), one or two
citations per event, then times typical queries (median of several runs) and prints the plans.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from timeline.db import get_engine, migrate
from timeline.models import Actor, Citation, Event, EventActor, Source
from timeline.query import actor_timeline, chronology, counts_by_year

TYPES = ["AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID", "REQUEST", "REJECT", "ACCUSE", "THREATEN"]


def build(session: Session, n: int, batch: int = 20_000) -> None:
    have = session.scalar(select(func.count()).select_from(Event)) or 0
    if have >= n:
        return
    rng = random.Random(7)
    if not session.scalar(select(func.count()).select_from(Actor)):
        session.execute(insert(Actor), [{"name": f"Actor {i}", "kind": "person" if i % 3 else "state",
                                         "origin": "dictionary"} for i in range(2000)])
        session.execute(insert(Source), [{"uri": f"bench://{i}", "content_hash": f"{i:064d}", "text": "x",
                                          "extractor_version": "bench", "published": dt.date(2000 + i % 25, 1, 1)}
                                         for i in range(5000)])
        session.commit()
    base = dt.date(1992, 1, 1).toordinal()
    span = dt.date(2024, 12, 31).toordinal() - base
    next_id = have + 1
    while next_id <= n:
        ids = range(next_id, min(n, next_id + batch - 1) + 1)
        events, actors, cites = [], [], []
        for i in ids:
            start = dt.date.fromordinal(base + rng.randrange(span))
            kind = rng.random()
            if kind < 0.6:
                end, prec, edtf = start, "day", start.isoformat()
            elif kind < 0.85:
                start = start.replace(day=1)
                end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                prec, edtf = "month", start.isoformat()[:7]
            else:
                start, end, prec, edtf = dt.date(start.year, 1, 1), dt.date(start.year, 12, 31), "year", str(start.year)
            events.append({"id": i, "title": f"Event {i}", "event_type": rng.choice(TYPES), "edtf": edtf,
                           "date_start": start, "date_end": end, "precision": prec, "status": "occurred",
                           "has_conflict": rng.random() < 0.01, "rejected": False})
            frequent = 1 + int(rng.paretovariate(1.2)) % 2000
            other = 1 + rng.randrange(2000)
            actors.append({"event_id": i, "actor_id": frequent, "role": "actor"})
            if other != frequent:
                actors.append({"event_id": i, "actor_id": other, "role": "recipient"})
            for _ in range(1 + (rng.random() < 0.3)):
                cites.append({"event_id": i, "source_id": 1 + rng.randrange(5000), "quote": f"Quote {i}.",
                              "start": 0, "end": 9, "claimed_edtf": edtf, "claimed_start": start,
                              "claimed_end": end, "claimed_precision": prec, "curated": False})
        _fast_insert(session, Event.__table__, events)
        _fast_insert(session, EventActor.__table__, actors)
        _fast_insert(session, Citation.__table__, cites)
        session.commit()
        next_id = ids[-1] + 1
        print(f"  built {ids[-1]:,} events", flush=True)
    session.execute(text("ANALYZE"))
    session.commit()


def _fast_insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """executemany through the DBAPI cursor (the ORM's bulk path is far slower for millions of rows)."""
    if not rows:
        return
    cols = list(rows[0])
    dialect = session.get_bind().dialect.name
    mark = "?" if dialect == "sqlite" else "%s"
    quoted = ", ".join(f'"{c}"' for c in cols)
    sql = f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join(mark for _ in cols)})"
    cursor = session.connection().connection.cursor()
    cursor.executemany(sql, [tuple(r[c] for c in cols) for r in rows])
    cursor.close()


def timed(label: str, fn: Callable[[], Any], runs: int = 7) -> None:
    fn()  # warm the cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    size = len(result) if hasattr(result, "__len__") else result
    print(f"{label:<58} median {statistics.median(times):7.2f} ms  (min {min(times):6.2f}; {size} rows)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="sqlite:////tmp/timeline-query-bench.db")
    args = ap.parse_args()
    engine = get_engine(args.db)
    migrate(engine)
    with Session(engine) as session:
        t0 = time.perf_counter()
        build(session, args.events)
        print(f"database ready in {time.perf_counter() - t0:.0f} s ({engine.dialect.name}, {args.events:,} events)")
        frequent = session.scalar(select(Actor.name).where(Actor.id == 1))
        rare = session.scalar(select(Actor.name).where(Actor.id == 1999))
        timed("chronology page 1 (50 rows, 1992–2024)", lambda: chronology(session, limit=50))
        timed("chronology page 200 (offset 10 000)", lambda: chronology(session, limit=50, offset=10_000))
        timed("chronology window 2015-12 (50 rows)", lambda: chronology(session, "2015-12", "2015-12", limit=50))
        timed(f"actor filter, frequent actor ({frequent}), 50 rows",
              lambda: actor_timeline(session, frequent, limit=50))
        timed(f"actor filter, rare actor ({rare}), 50 rows", lambda: actor_timeline(session, rare, limit=50))
        timed("type filter AGREE, 50 rows", lambda: chronology(session, types=["AGREE"], limit=50))
        timed("text filter (LIKE, no index), 50 rows", lambda: chronology(session, text="Event 99999", limit=50),
              runs=3)
        timed("counts_by_year (GROUP BY over all events)", lambda: counts_by_year(session), runs=3)


if __name__ == "__main__":
    main()
