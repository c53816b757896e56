"""Where ingestion time goes, and whether its SQL uses indexes at scale.

    python benchmarks/plans.py --engine sqlite --preload 100000 --articles 30
    python benchmarks/plans.py --engine postgresql --preload 100000 --articles 30 --profile /tmp/ingest.html

Bulk-loads ``--preload`` events (benchmarks/bulk.py), then ingests ``--articles`` synthetic articles
in this process while recording every SQL statement (count, total time), and runs ``EXPLAIN QUERY
PLAN`` (SQLite) / ``EXPLAIN`` (PostgreSQL) on each distinct statement with its first parameters.
Plans that read a whole large table (``SCAN events`` / ``Seq Scan on events`` …) are flagged: with
many events they make the merge quadratic. With ``--profile`` the ingest runs under pyinstrument
(optional: ``pip install pyinstrument``) and its HTML report is written there.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks import bulk, corpus  # noqa: E402
from timeline.db import migrate  # noqa: E402

#: Tables that grow with the corpus: a full read of one of them per article is a scaling bug.
BIG_TABLES = ("events", "citations", "event_actors", "sources", "observations", "actor_aliases", "actors")
_SQLITE_SCAN = re.compile(r"^SCAN (\w+)(?! USING (?:COVERING )?INDEX .* \()")
_PG_SCAN = re.compile(r"Seq Scan on (\w+)")


@dataclass
class Statement:
    sql: str
    params: Any
    count: int = 0
    seconds: float = 0.0
    plan: list[str] = field(default_factory=list)
    full_scans: list[str] = field(default_factory=list)


@contextmanager
def capture() -> Iterator[dict[str, Statement]]:
    """Record every statement executed by any engine in this process: count and time, first parameters."""
    seen: dict[str, Statement] = {}

    def before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        conn.info["bench_t0"] = time.perf_counter()

    def after(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        st = seen.get(statement)
        if st is None:
            st = seen[statement] = Statement(statement, None if executemany else parameters)
        st.count += 1
        st.seconds += time.perf_counter() - conn.info.pop("bench_t0", time.perf_counter())

    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", before)
        event.remove(Engine, "after_cursor_execute", after)


def explain(engine: Engine, st: Statement) -> None:
    """Fill ``st.plan`` and ``st.full_scans`` (SELECT/UPDATE/DELETE with known parameters only)."""
    head = st.sql.lstrip().split(None, 1)[0].upper()
    if head not in ("SELECT", "UPDATE", "DELETE", "WITH") or st.params is None:
        return
    sqlite = engine.dialect.name == "sqlite"
    prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
    with engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql(prefix + st.sql, st.params).all()
        except Exception as exc:  # a statement that needs session state: just say so
            st.plan = [f"(not explained: {type(exc).__name__})"]
            conn.rollback()
            return
        conn.rollback()
    st.plan = [str(r[-1]) for r in rows]
    pattern = _SQLITE_SCAN if sqlite else _PG_SCAN
    for line in st.plan:
        m = pattern.search(line.strip())
        if m and m.group(1) in BIG_TABLES:
            st.full_scans.append(line.strip())


def profile_ingest(url: str, folder: Path, html: Path | None) -> dict[str, Any]:
    """Ingest ``folder`` in this process under capture (and pyinstrument when ``html`` is given)."""
    from timeline.store.jobs import ingest

    profiler: Any = None
    if html is not None:
        try:
            from pyinstrument import Profiler

            profiler = Profiler()
        except ImportError:
            print("pyinstrument is not installed: no profile", file=sys.stderr)
    with capture() as seen, (profiler if profiler is not None else nullcontext()):
        t = time.perf_counter()
        report = ingest([folder], url=url, progress=False)
        seconds = time.perf_counter() - t
    if profiler is not None and html is not None:
        html.write_text(profiler.output_text(show_all=False) if html.suffix == ".txt" else profiler.output_html())
    return {"report": report, "seconds": seconds, "statements": seen}


def audit(url: str, preload: int, articles: int, html: Path | None, work: Path) -> dict[str, Any]:
    engine = create_engine(url)
    migrate(engine)
    loaded = bulk.load(engine, preload) if preload else {"events": 0}
    folder = work / f"plans_{articles}"
    corpus.generate(folder, articles, seed=4242)
    run = profile_ingest(url, folder, html)
    report, statements = run["report"], run["statements"]
    total_sql = sum(s.seconds for s in statements.values())
    for st in statements.values():
        explain(engine, st)
    engine.dispose()
    top = sorted(statements.values(), key=lambda s: -s.seconds)
    n = max(1, report.files_new)
    return {
        "preloaded_events": loaded["events"],
        "articles": report.files_new,
        "seconds": round(run["seconds"], 2),
        "ms_per_article": round(run["seconds"] / n * 1000, 1),
        "sql_statements_per_article": round(sum(s.count for s in statements.values()) / n, 1),
        "sql_seconds": round(total_sql, 2),
        "distinct_statements": len(statements),
        "events_created": report.events_created,
        "events_merged": report.events_merged,
        "full_scans": [{"sql": _short(s.sql), "count": s.count, "plan": s.full_scans} for s in top if s.full_scans],
        "top_statements": [{"sql": _short(s.sql), "count": s.count, "ms_total": round(s.seconds * 1000, 1),
                            "plan": s.plan} for s in top[:12]],
    }


def _short(sql: str, width: int = 240) -> str:
    one = " ".join(sql.split())
    return one if len(one) <= width else one[:width] + " …"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    p.add_argument("--preload", type=int, nargs="*", default=[0, 10_000, 100_000],
                   help="events bulk-loaded before the ingest (one audit per value)")
    p.add_argument("--articles", type=int, default=30)
    p.add_argument("--profile", type=Path, help="write a pyinstrument profile here, HTML or .txt (last audit)")
    p.add_argument("--output", type=Path)
    args = p.parse_args(argv)
    from benchmarks.run import fresh_db, postgres_server

    results = []
    with tempfile.TemporaryDirectory(prefix="timeline-plans-") as tmp:
        work = Path(tmp)
        ctx = postgres_server() if args.engine == "postgresql" else nullcontext("sqlite")
        with ctx as server_url:
            for i, preload in enumerate(args.preload):
                # a new SQLite file each time: connections left open by the in-process ingest see the old one
                url = f"sqlite:///{work / f'plans_{i}.db'}" if server_url == "sqlite" else server_url
                fresh_db(url)
                html = args.profile if i == len(args.preload) - 1 else None
                res = audit(url, preload, args.articles, html, work)
                results.append(res)
                print(json.dumps({k: v for k, v in res.items() if k != "top_statements"}), flush=True)
    text = json.dumps(results, indent=2)
    if args.output:
        args.output.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
