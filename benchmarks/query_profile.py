"""Read-side latency (p50/p95) and plans of the query API on a bulk-loaded database.

    .venv/bin/python benchmarks/query_profile.py --url sqlite:////tmp/q.db --load 1000000   # load, then time
    .venv/bin/python benchmarks/query_profile.py --url sqlite:////tmp/q.db                  # time only
    .venv/bin/python benchmarks/query_profile.py --url ... --explain                        # also print plans

``--load N`` builds a fresh migrated database with benchmarks/bulk.py (events 1950–2025, 2 actors
per event, 1–2 citations). Windows and actors are drawn from a fixed seed so runs are comparable.
Prints one JSON object per case; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks import bulk, plans  # noqa: E402
from timeline.db import make_session, migrate  # noqa: E402
from timeline.models import Actor  # noqa: E402
from timeline.query import api  # noqa: E402

Case = tuple[Callable[[], object], int]


def cases(session: Any, n_actors: int, repeat: int) -> dict[str, Case]:
    """The timed calls: name → (call, repetitions)."""
    rng = random.Random(5)

    def actor() -> str:
        return f"Actor {rng.randrange(n_actors):06d}"

    def year() -> int:
        return rng.randint(1960, 2020)

    few = max(5, repeat // 4)
    return {
        "page_1992_2024": (lambda: api.chronology(session, 1992, 2024, limit=50), repeat),
        "page_5y_window": (lambda: (y := year(), api.chronology(session, y, y + 4, limit=50))[1], repeat),
        "page_from_2015_12": (lambda: api.chronology(session, "2015-12", 2025, limit=50), repeat),
        "page_month_2015_12": (lambda: api.chronology(session, "2015-12", "2015-12", limit=50), repeat),
        "page_offset_10000": (lambda: api.chronology(session, 1992, 2024, limit=50, offset=10_000), few),
        "actor_page": (lambda: api.chronology(session, 1950, 2025, actors=[actor()], limit=50), repeat),
        "actor_window_page": (lambda: (y := year(), api.chronology(session, y, y + 4, actors=[actor()],
                                                                   limit=50))[1], repeat),
        "type_page": (lambda: api.chronology(session, 1992, 2024, types=["AGREE"], limit=50), repeat),
        "conflicts_page": (lambda: api.conflicts(session, 1992, 2024, limit=50), few),
        "as_known_on_page": (lambda: (y := rng.randint(1995, 2020),
                                      api.chronology(session, y - 5, y, as_known_on=dt.date(y, 6, 30),
                                                     limit=50))[1], few),
        "counts_by_year": (lambda: api.counts_by_year(session, 1950, 2025), max(5, repeat // 10)),
        "counts_by_year_1992_2024": (lambda: api.counts_by_year(session), max(5, repeat // 10)),
        "text_page": (lambda: api.chronology(session, 1992, 2024, text="Event 99999", limit=50), 3),
    }


def explain_all(url: str, session: Any, selected: dict[str, Case]) -> None:
    engine = create_engine(url)
    try:
        for name, (call, _n) in selected.items():
            with plans.capture() as seen:
                call()
            print(f"== {name}")
            for st in seen.values():
                plans.explain(engine, st)
                print(f"  {plans._short(st.sql, 400)}")
                for line in st.plan:
                    print(f"      {line}")
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True)
    p.add_argument("--load", type=int, help="bulk-load this many events into a fresh migrated database first")
    p.add_argument("--revision", default="head", help="migrate to this revision before loading")
    p.add_argument("--repeat", type=int, default=40)
    p.add_argument("--only", nargs="*", help="case names to run")
    p.add_argument("--explain", action="store_true")
    args = p.parse_args(argv)
    if args.load:
        from benchmarks.run import fresh_db

        fresh_db(args.url)
        engine = create_engine(args.url)
        migrate(engine, args.revision)
        print(json.dumps({"loaded": bulk.load(engine, args.load)}), flush=True)
        engine.dispose()
    session = make_session(args.url)
    try:
        n_actors = session.scalar(select(func.count()).select_from(Actor)) or 1
        selected = {k: v for k, v in cases(session, n_actors, args.repeat).items()
                    if not args.only or k in args.only}
        if args.explain:
            explain_all(args.url, session, selected)
        for name, (call, n) in selected.items():
            print(json.dumps({"case": name, **bulk.timed(call, n)}), flush=True)
    finally:
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
