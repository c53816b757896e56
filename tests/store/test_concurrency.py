"""Overlapping and killed jobs, with real OS processes, on SQLite and PostgreSQL.

The jobs are ``timeline`` CLI processes: forked from a warm fork server (``fork_cli``, see cli_child.py:
the CLI already imported and the actor dictionary loaded) where a test needs several, and the installed
``timeline`` executable (``run_cli``) for the lock time-out. What one ordinary run stores is the
session's seeded database (tests/conftest.py), ingested from the same file names.
"""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from jobs_support import SEEDS, copy_seeds, counts, event_signature, fork_cli, run_cli, runs
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.orm import Session

from timeline.models import Source
from timeline.store.jobs import ingest
from timeline.store.locking import write_session

pytestmark = pytest.mark.slow  # child processes: a few seconds each


@pytest.fixture(scope="module")
def baseline(seeded_copy: Any) -> tuple[dict[str, int], list[tuple]]:
    """Counts and events of ONE ordinary run over the seeds, in a database of its own."""
    engine = create_engine(seeded_copy("sqlite"))
    try:
        return counts(engine), event_signature(engine)
    finally:
        engine.dispose()


def test_two_overlapping_ingests_store_everything_once(db_url: str, engine: Engine, tmp_path: Path,
                                                       baseline: tuple[dict[str, int], list[tuple]]) -> None:
    copy_seeds(tmp_path / "seeds")
    args = ["--db", db_url, "ingest", "--json", "seeds"]
    first = fork_cli(args, tmp_path, TIMELINE_TEST_SLOW_INGEST="0.4")
    second = fork_cli(args, tmp_path, TIMELINE_TEST_SLOW_INGEST="0.4")
    outs = [p.communicate(timeout=180) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], [err[-2000:] for _, err in outs]
    reports = [json.loads(out) for out, _ in outs]
    assert all(r["files_seen"] == 5 and r["files_failed"] == 0 for r in reports)
    assert sum(r["files_new"] for r in reports) == 5  # each article stored by exactly one job
    assert sum(r["files_unchanged"] for r in reports) == 5

    expected_counts, expected_events = baseline
    assert counts(engine) == expected_counts
    assert event_signature(engine) == expected_events
    a, b = runs(engine)
    overlapped = a.started_at < b.finished_at and b.started_at < a.finished_at
    print(f"runs overlapped: {overlapped}")


def test_a_job_waits_for_the_lock_then_gives_up_with_exit_2(db_url: str, engine: Engine, tmp_path: Path) -> None:
    copy_seeds(tmp_path / "seeds")
    with write_session(engine):  # another job is writing
        result = run_cli(["--db", db_url, "ingest", "--lock-timeout", "1", "seeds"], tmp_path)
    assert result.returncode == 2, result.stderr
    assert "lock" in result.stderr and "Traceback" not in result.stderr
    assert counts(engine)["sources"] == 0


def test_a_killed_run_is_completed_by_the_next(db_url: str, engine: Engine, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               baseline: tuple[dict[str, int], list[tuple]]) -> None:
    copy_seeds(tmp_path / "seeds")
    job = fork_cli(["--db", db_url, "ingest", "seeds"], tmp_path, TIMELINE_TEST_SLOW_INGEST="2")
    stored = 0
    deadline = time.monotonic() + 120
    while stored == 0 and job.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
        with Session(engine) as s:
            stored = s.scalar(select(func.count()).select_from(Source)) or 0
    job.send_signal(signal.SIGKILL)
    job.communicate(timeout=30)
    assert job.returncode == -signal.SIGKILL, "the job ended before it could be killed"
    killed = runs(engine)[-1]
    assert killed.status == "running" and killed.finished_at is None
    partial = counts(engine)["sources"]
    assert 1 <= partial < 5

    monkeypatch.chdir(tmp_path)
    report = ingest(["seeds"], url=db_url)
    assert report.stale_runs == [killed.id]
    assert (report.files_new, report.files_unchanged, report.files_failed) == (5 - partial, partial, 0)
    assert [r.status for r in runs(engine)] == ["failed", "succeeded"]

    done_counts, done_events = counts(engine), event_signature(engine)
    expected_counts, expected_events = baseline
    assert done_counts == expected_counts
    assert done_events == expected_events


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database (no schema yet) on each engine."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    return str(request.getfixturevalue("pg_empty_url"))


def test_two_first_runs_on_an_empty_database_migrate_once(empty_url: str, tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    for src in sorted(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]:  # two articles are enough
        (tmp_path / "seeds" / src.name).write_bytes(src.read_bytes())
    jobs = [fork_cli(["--db", empty_url, "ingest", "--json", "seeds"], tmp_path) for _ in range(2)]
    outs = [p.communicate(timeout=180) for p in jobs]
    assert [p.returncode for p in jobs] == [0, 0], [err[-2000:] for _, err in outs]
    reports = [json.loads(out) for out, _ in outs]
    # The jobs may interleave article by article; each article is stored by exactly one of them.
    assert sum(r["files_new"] for r in reports) == 2, reports
    assert all(r["files_new"] + r["files_unchanged"] == 2 and r["files_failed"] == 0 for r in reports), reports
    engine = create_engine(empty_url)
    try:
        assert counts(engine)["sources"] == 2
    finally:
        engine.dispose()
