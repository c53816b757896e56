"""Bulk-load a large synthetic timeline (not through the extractor) and time the main queries.

Rows are inserted with SQLAlchemy Core ``executemany`` in batches into a schema built by the
migrations, so the indexes measured are the ones users get.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Engine, insert, text

from timeline.models import Actor, Citation, Event, EventActor, Source

TYPES = [("CONSULT", "visit"), ("CONSULT", "phone"), ("CONSULT", "multilateral"), ("AGREE", None),
         ("COOPERATE", None), ("AID", None), ("SUPPORT", None)]
PRECISIONS = ["day", "day", "day", "month", "year", "interval"]


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _bounds(rng: random.Random) -> tuple[str, dt.date, dt.date, str]:
    start = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 75 * 365))
    precision = rng.choice(PRECISIONS)
    if precision == "day":
        return start.isoformat(), start, start, precision
    if precision == "month":
        first = start.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return first.isoformat()[:7], first, nxt - dt.timedelta(days=1), precision
    if precision == "year":
        return str(start.year), dt.date(start.year, 1, 1), dt.date(start.year, 12, 31), precision
    end = start + dt.timedelta(days=rng.randint(1, 4))
    return f"{start.isoformat()}/{end.isoformat()}", start, end, precision


def load(engine: Engine, n_events: int, *, seed: int = 7, batch: int = 20_000) -> dict[str, float]:
    """Insert ``n_events`` events with actors, sources and citations; return counts and seconds."""
    rng = random.Random(seed)
    n_actors = max(50, n_events // 200)
    n_sources = max(20, n_events // 20)
    t0 = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(Actor), [
            {"id": i + 1, "name": f"Actor {i:06d}", "kind": "person" if i % 3 else "state", "origin": "dictionary"}
            for i in range(n_actors)
        ])
        conn.execute(insert(Source), [
            {"id": i + 1, "uri": f"bench/source_{i:07d}.txt", "content_hash": f"{i:064x}", "text": "x",
             "extractor_version": "bench", "published": dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(13000)),
             "published_precision": "day", "title": f"Source {i}"}
            for i in range(n_sources)
        ])

    def events() -> Iterator[dict[str, Any]]:
        for i in range(n_events):
            edtf, lo, hi, precision = _bounds(rng)
            etype, mode = TYPES[i % len(TYPES)]
            yield {"id": i + 1, "title": f"Event {i}", "event_type": etype, "mode": mode, "edtf": edtf,
                   "date_start": lo, "date_end": hi, "precision": precision, "status": "occurred",
                   "has_conflict": i % 50 == 0, "rejected": False}

    def links() -> Iterator[dict[str, Any]]:
        for i in range(n_events):
            a, b = rng.sample(range(1, n_actors + 1), 2)
            yield {"event_id": i + 1, "actor_id": a, "role": "actor"}
            yield {"event_id": i + 1, "actor_id": b, "role": "recipient"}

    def citations() -> Iterator[dict[str, Any]]:
        for i in range(n_events):
            for _ in range(1 + (i % 3 == 0)):
                yield {"event_id": i + 1, "source_id": rng.randint(1, n_sources), "quote": f"Quote {i}.",
                       "start": 0, "end": 1, "claimed_edtf": None, "curated": False}

    for table, rows in ((Event, events()), (EventActor, links()), (Citation, citations())):
        for chunk in _batches(rows, batch):
            with engine.begin() as conn:
                conn.execute(insert(table), chunk)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ANALYZE"))
            for seq, table in (("events_id_seq", "events"), ("actors_id_seq", "actors"),
                               ("sources_id_seq", "sources")):
                conn.execute(text(f"SELECT setval('{seq}', (SELECT max(id) FROM {table}))"))
        else:
            conn.execute(text("ANALYZE"))
    return {"events": n_events, "actors": n_actors, "sources": n_sources, "load_s": time.perf_counter() - t0}


def timed(fn: Callable[[], object], repeat: int) -> dict[str, float]:
    """p50/p95/max in milliseconds of ``repeat`` calls (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return {"p50_ms": round(statistics.median(samples), 3),
            "p95_ms": round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 3),
            "max_ms": round(samples[-1], 3), "n": repeat}


def view_queries(engine: Engine, repeat: int) -> dict[str, dict[str, float]]:
    """Time the documented example queries against the SQL views."""
    rng = random.Random(3)
    out: dict[str, dict[str, float]] = {}
    with engine.connect() as conn:
        def page() -> object:
            y = rng.randint(1960, 2020)
            return conn.execute(text(
                "SELECT * FROM chronology WHERE start_date >= :a AND start_date <= :b LIMIT 50"),
                {"a": dt.date(y, 1, 1), "b": dt.date(y + 4, 12, 31)}).all()

        def actor() -> object:
            name = f"Actor {rng.randrange(50):06d}"
            return conn.execute(text(
                "SELECT * FROM actor_events WHERE actor = :n ORDER BY start_date LIMIT 50"), {"n": name}).all()

        def counts() -> object:
            year = "strftime('%Y', start_date)" if engine.dialect.name == "sqlite" else \
                "extract(year FROM start_date)"
            return conn.execute(text(f"SELECT {year} AS y, count(*) FROM chronology GROUP BY y")).all()

        out["view_chronology_page"] = timed(page, repeat)
        out["view_actor_events_page"] = timed(actor, repeat)
        out["view_counts_by_year"] = timed(counts, max(3, repeat // 10))
    return out
