"""Where the writer's time goes: store N synthetic articles in-process, extraction kept apart.

    .venv/bin/python -m benchmarks.store_bench --articles 100 [--pg] [--profile /tmp/store.prof]

Generates the synthetic corpus (benchmarks/corpus.py), reads and extracts every article first (timed
on its own, CPU and wall), then stores them one transaction per article the way ``timeline ingest``
does (``timeline.store.jobs._store``: source row + ``store_extraction`` + commit), timing that phase
(wall and CPU seconds, SQL statements per article). CPU seconds are the figure to compare between
runs on a shared machine: they move much less with the load than wall seconds. With ``--profile``
the store phase runs under cProfile and the stats are written there (read with ``pstats``); the top
functions by cumulative time are printed. Prints one JSON object per engine; asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import event

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks import corpus  # noqa: E402


def _count_statements(engine: Any) -> dict[str, int]:
    counter = {"n": 0}

    def before(*_args: Any) -> None:
        counter["n"] += 1

    event.listen(engine, "before_cursor_execute", before)
    return counter


def dump(engine: Any, path: Path) -> None:
    """Every event with its fields, actor links and citations, as JSON lines (to diff two versions)."""
    from sqlalchemy import text

    with engine.connect() as conn:
        links: dict[int, list[str]] = {}
        for eid, name, role in conn.execute(
            text("SELECT ea.event_id, a.name, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id")
        ):
            links.setdefault(eid, []).append(f"{name}/{role}")
        cits: dict[int, list[str]] = {}
        for eid, uri, start in conn.execute(
            text("SELECT c.event_id, s.uri, c.start FROM citations c JOIN sources s ON s.id = c.source_id")
        ):
            cits.setdefault(eid, []).append(f"{Path(uri).name}:{start}")
        rows = conn.execute(
            text(
                "SELECT id, edtf, event_type, mode, status, title, named_object, has_conflict, date_rule, "
                "context, rule, span_class FROM events ORDER BY id"
            )
        )
        with path.open("w") as fh:
            for row in rows:
                rec = [*map(str, row), sorted(links.get(row[0], [])), sorted(cits.get(row[0], []))]
                fh.write(json.dumps(rec) + "\n")


def run(url: str, folder: Path, profile: Path | None, dump_to: Path | None = None) -> dict[str, Any]:
    """Extract every article of ``folder``, then store them all into the (fresh) database at ``url``."""
    from timeline.db import get_engine, migrate
    from timeline.extract.pipeline import EXTRACTOR_VERSION, extract
    from timeline.ingest.reader import read_path
    from timeline.store.actors import sync_actor_dictionary
    from timeline.store.jobs import _Prepared, _store, fingerprint
    from timeline.store.runs import RunReport

    engine = get_engine(url)  # WAL and the other connection settings of `timeline ingest`
    migrate(engine)
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    t0, c0 = time.perf_counter(), time.process_time()
    prepared = []
    for path in files:
        article = read_path(path)
        article.uri = str(path)
        prepared.append((str(path), _Prepared(article, extract(article), fingerprint(path, 1 << 24))))
    extract_wall, extract_cpu = time.perf_counter() - t0, time.process_time() - c0
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        sync_actor_dictionary(session)
        session.commit()
    counter = _count_statements(engine)
    report = RunReport()
    profiler = cProfile.Profile() if profile is not None else None
    t0, c0 = time.perf_counter(), time.process_time()
    with profiler if profiler is not None else nullcontext():
        for uri, prep in prepared:
            _store(engine, uri, prep, report, str(EXTRACTOR_VERSION), 60.0)
    store_wall, store_cpu = time.perf_counter() - t0, time.process_time() - c0
    n = len(prepared)
    out = {
        "articles": n,
        "claims": sum(len(p.extraction.claims) for _, p in prepared),
        "extract_s": round(extract_wall, 2),
        "extract_cpu_s": round(extract_cpu, 2),
        "store_s": round(store_wall, 2),
        "store_cpu_s": round(store_cpu, 2),
        "store_ms_per_article": round(1000 * store_wall / max(1, n), 1),
        "store_cpu_ms_per_article": round(1000 * store_cpu / max(1, n), 1),
        "statements_per_article": round(counter["n"] / max(1, n), 1),
        "events_created": report.events_created,
        "events_merged": report.events_merged,
    }
    if profiler is not None and profile is not None:
        profiler.dump_stats(str(profile))
        pstats.Stats(str(profile)).sort_stats("cumulative").print_stats(35)
    if dump_to is not None:
        dump(engine, dump_to)
    engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=100)
    p.add_argument("--pg", action="store_true", help="also on a throw-away PostgreSQL server")
    p.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only (with --pg)")
    p.add_argument("--profile", type=Path, help="write cProfile stats of the store phase here")
    p.add_argument("--dump", type=Path, help="write the stored events here (JSON lines; .pg suffix added for PG)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="timeline-store-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        corpus.generate(folder, args.articles)
        if not args.no_sqlite:
            res = run(f"sqlite:///{tmp}/bench.db", folder, args.profile, args.dump)
            print(json.dumps({"sqlite": res}), flush=True)
        if args.pg:
            from benchmarks.run import postgres_server

            with postgres_server() as url:
                pg_dump = args.dump.with_suffix(".pg" + args.dump.suffix) if args.dump else None
                res = run(url, folder, None if not args.no_sqlite else args.profile, pg_dump)
                print(json.dumps({"postgresql": res}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
