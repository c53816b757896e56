"""Bulk-load a large synthetic timeline (not through the extractor) and time the main queries.

Rows are inserted with SQLAlchemy Core ``executemany`` in batches into a schema built by the
migrations, so the indexes measured are the ones users get.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import statistics
import time
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Engine, insert, text

from timeline.models import Actor, Source

TYPES = [("CONSULT", "visit"), ("CONSULT", "phone"), ("CONSULT", "multilateral"), ("AGREE", None),
         ("COOPERATE", None), ("AID", None), ("SUPPORT", None)]
PRECISIONS = ["day", "day", "day", "month", "year", "interval"]


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


def _rows(n_events: int, n_actors: int, n_sources: int, rng: random.Random) -> dict[str, Iterator[tuple[Any, ...]]]:
    def events() -> Iterator[tuple[Any, ...]]:
        for i in range(n_events):
            edtf, lo, hi, precision = _bounds(rng)
            etype, mode = TYPES[i % len(TYPES)]
            yield (i + 1, f"Event {i}", etype, mode, edtf, lo, hi, precision, "occurred", i % 50 == 0, False, NOW, NOW)

    def links() -> Iterator[tuple[Any, ...]]:
        for i in range(n_events):
            a, b = rng.sample(range(1, n_actors + 1), 2)
            yield (i + 1, a, "actor")
            yield (i + 1, b, "recipient")

    def citations() -> Iterator[tuple[Any, ...]]:
        k = 0
        for i in range(n_events):
            for _ in range(1 + (i % 3 == 0)):
                k += 1
                yield (k, i + 1, rng.randint(1, n_sources), f"Quote {i}.", 0, 1, False, NOW)

    return {"events": events(), "event_actors": links(), "citations": citations()}


COLUMNS = {
    "events": ("id", "title", "event_type", "mode", "edtf", "date_start", "date_end", "precision", "status",
               "has_conflict", "rejected", "created_at", "updated_at"),
    "event_actors": ("event_id", "actor_id", "role"),
    "citations": ("id", "event_id", "source_id", "quote", "start", '"end"', "curated", "created_at"),
}
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _sqlite_value(v: Any) -> Any:
    """As SQLAlchemy stores dates and timestamps in SQLite: ISO text."""
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def _load_sqlite(engine: Engine, tables: dict[str, Iterator[tuple[Any, ...]]], batch: int) -> None:
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        for table, rows in tables.items():
            cols = COLUMNS[table]
            sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            while chunk := list(itertools.islice(rows, batch)):
                cur.executemany(sql, [tuple(map(_sqlite_value, r)) for r in chunk])
                raw.commit()
    finally:
        raw.close()


def _load_postgresql(engine: Engine, tables: dict[str, Iterator[tuple[Any, ...]]]) -> None:
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        for table, rows in tables.items():
            with cur.copy(f"COPY {table} ({', '.join(COLUMNS[table])}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for r in rows:
                    copy.write_row(r)
            raw.commit()
    finally:
        raw.close()


def load(engine: Engine, n_events: int, *, seed: int = 7, batch: int = 50_000) -> dict[str, float]:
    """Insert ``n_events`` events with actors, sources and citations; return counts and seconds.

    Actors and sources go through SQLAlchemy Core; the big tables through the DBAPI directly
    (``executemany`` on SQLite, ``COPY`` on PostgreSQL) into the migrated schema, indexes included.
    """
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
    tables = _rows(n_events, n_actors, n_sources, rng)
    if engine.dialect.name == "postgresql":
        _load_postgresql(engine, tables)
    else:
        _load_sqlite(engine, tables, batch)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            for seq, table in (("events_id_seq", "events"), ("actors_id_seq", "actors"),
                               ("sources_id_seq", "sources"), ("citations_id_seq", "citations")):
                conn.execute(text(f"SELECT setval('{seq}', (SELECT max(id) FROM {table}))"))
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
        else:
            conn.execute(text("ANALYZE"))
            conn.commit()
    return {"events": n_events, "actors": n_actors, "sources": n_sources,
            "load_s": round(time.perf_counter() - t0, 2)}


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
        out["view_counts_by_year"] = timed(counts, 3)
    return out


# --------------------------------------------------------------------------- counts by year

COVERING_INDEX = "ix_bench_events_start_rejected"


def _year_span(conn: Any) -> tuple[int, int] | None:
    lo, hi = conn.execute(text("SELECT min(date_start), max(date_start) FROM events")).one()
    if lo is None:
        return None
    return int(str(lo)[:4]), int(str(hi)[:4])


def year_count_sql(y: int) -> str:
    """Events starting in year ``y``: one index range (``date_start`` in [Jan 1, Jan 1 next year))."""
    return (f"SELECT count(*) FROM events WHERE date_start >= '{y:04d}-01-01' "
            f"AND date_start < '{y + 1:04d}-01-01' AND rejected = false")


def per_year_sql(first: int, last: int) -> str:
    """One statement: a range count per year from ``first`` to ``last``."""
    return " UNION ALL ".join(f"SELECT {y} AS y, ({year_count_sql(y)}) AS n" for y in range(first, last + 1))


def counts_by_year_variants(engine: Engine, repeat: int) -> dict[str, object]:
    """Ways to count events per year at scale, timed (and the index the fastest one needs)."""
    sqlite = engine.dialect.name == "sqlite"
    year = "CAST(strftime('%Y', date_start) AS INTEGER)" if sqlite else "extract(year FROM date_start)"
    group_by = (f"SELECT {year} AS y, count(*) FROM events WHERE date_start IS NOT NULL AND rejected = false "
                "GROUP BY y ORDER BY y")
    out: dict[str, object] = {}
    with engine.connect() as conn:
        span = _year_span(conn)
        if span is None:
            return {"skipped": "no events"}
        per_year = per_year_sql(*span)
        out["group_by_year_expression"] = timed(lambda: conn.execute(text(group_by)).all(), repeat)
        out["per_year_range_counts"] = timed(lambda: conn.execute(text(per_year)).all(), repeat)
        conn.execute(text(f"CREATE INDEX {COVERING_INDEX} ON events (date_start, rejected)"))
        conn.execute(text("ANALYZE events" if not sqlite else "ANALYZE"))
        conn.commit()
        if not sqlite:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE events"))
        try:
            out["per_year_range_counts_covering_index"] = timed(lambda: conn.execute(text(per_year)).all(), repeat)
            out["group_by_year_expression_covering_index"] = timed(lambda: conn.execute(text(group_by)).all(), repeat)
            if sqlite:
                substr = ("SELECT substr(date_start, 1, 4) AS y, count(*) FROM events WHERE date_start IS NOT NULL "
                          "AND rejected = false GROUP BY y ORDER BY y")
                out["group_by_substr_covering_index"] = timed(lambda: conn.execute(text(substr)).all(), repeat)
            same = conn.execute(text(per_year)).all()
            check = {int(y): n for y, n in conn.execute(text(group_by)).all()}
            out["per_year_matches_group_by"] = {int(y): n for y, n in same if n} == check
            prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
            out["plan_one_year_with_index"] = [str(r[-1]) for r in conn.execute(text(prefix + year_count_sql(span[0])))]
        finally:
            conn.execute(text(f"DROP INDEX {COVERING_INDEX}"))
            conn.commit()
    return out
