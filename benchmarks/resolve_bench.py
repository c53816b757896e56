"""Time the resolver (``store_extraction``) per claim on a database that already holds many events.

Builds a SQLite (or PostgreSQL, ``--pg``) database with :func:`benchmarks.bulk.load`, then makes it
realistic for the resolver: the dictionary's actors are synced and the actors of the benchmark
articles are linked to a share of the bulk events (so actor-based candidate queries meet many
rows), and some events get named objects. The gold articles (seeds, dev, heldout) are extracted
once (not timed); then every article is merged in one transaction, timed per article, and rolled
back. Prints claims, seconds and milliseconds per claim.

    .venv/bin/python -m benchmarks.resolve_bench --events 100000 [--pg]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from benchmarks.bulk import load
from timeline.db import migrate
from timeline.evaluate.gold import load_gold
from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_path
from timeline.models import Actor, Event, Source
from timeline.resolve.merge import store_extraction
from timeline.store.actors import sync_actor_dictionary

REPO = Path(__file__).resolve().parent.parent
GOLD_SETS = ("seeds", "dev", "heldout")


def _articles() -> list:  # type: ignore[type-arg]
    out = []
    for name in GOLD_SETS:
        gold = load_gold(REPO / "tests" / "gold" / f"{name}.yaml")
        out.extend(extract(read_path(p)) for p in gold.article_paths())
    return out


def _enrich(engine, extractions, seed: int = 11) -> None:  # type: ignore[no-untyped-def]
    """Link the articles' actors to many bulk events; give 20% of events a named object."""
    rng = random.Random(seed)
    with Session(engine) as session:
        sync_actor_dictionary(session)
        session.commit()
        names = {a.name for ex in extractions for c in ex.claims for a in c.actors if a.kind != "place"}
        ids = session.scalars(select(Actor.id).where(Actor.name.in_(names))).all()
        n_events = session.scalar(select(func.max(Event.id))) or 0
        rows = []
        for actor_id in ids:
            share = rng.choice((0.002, 0.01, 0.03))  # a person in 0.2%, a busy state in 3% of events
            for ev in rng.sample(range(1, n_events + 1), int(n_events * share)):
                rows.append({"e": ev, "a": actor_id})
        session.execute(
            text("INSERT INTO event_actors (event_id, actor_id, role) VALUES (:e, :a, 'participant')"), rows
        )
        session.execute(text("UPDATE events SET named_object = 'Object ' || id WHERE id % 5 = 0"))
        session.commit()
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()


def run(url: str, n_events: int) -> dict[str, object]:
    engine = create_engine(url)
    migrate(engine)
    info = load(engine, n_events)
    extractions = _articles()
    _enrich(engine, extractions)
    claims = sum(len(ex.claims) for ex in extractions)
    per_article = []
    with Session(engine) as session:
        t0 = time.perf_counter()
        for ex in extractions:
            a = ex.article
            src = Source(uri=a.uri, content_hash=a.content_hash, text=a.text, outlet=a.outlet,
                         published=a.published, extractor_version="bench")
            session.add(src)
            session.flush()
            t = time.perf_counter()
            store_extraction(session, src, ex)
            per_article.append(time.perf_counter() - t)
        total = time.perf_counter() - t0
        session.rollback()
    engine.dispose()
    return {
        **info,
        "articles": len(extractions),
        "claims": claims,
        "merge_s": round(total, 3),
        "ms_per_claim": round(1000 * total / max(1, claims), 2),
        "slowest_article_s": round(max(per_article), 3),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--pg", action="store_true", help="also on a throw-away PostgreSQL server")
    args = p.parse_args(argv)
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="timeline-resolve-bench-") as tmp:
        results["sqlite"] = run(f"sqlite:///{tmp}/bench.db", args.events)
        print(json.dumps({"sqlite": results["sqlite"]}), flush=True)
    if args.pg:
        from benchmarks.run import postgres_server

        with postgres_server() as url:
            results["postgresql"] = run(url, args.events)
            print(json.dumps({"postgresql": results["postgresql"]}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
