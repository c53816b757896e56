"""Parallel extraction (timeline.store.workers): same results as serial, per-file errors, bounded work."""

from __future__ import annotations

import multiprocessing as mp
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from timeline.extract.types import Article, Extraction
from timeline.store import workers
from timeline.store.workers import ExtractResult, Task, extract_parallel, release_claim, try_claim

PEOPLE = ["Foreign Minister Anna Berg", "President Tomas Lind", "Prime Minister Erik Dahl"]
PLACES = ["China", "Kazakhstan", "Georgia", "Uzbekistan"]
MONTHS = ["March", "May", "July", "October"]


def _article_text(rng: random.Random, i: int) -> str:
    lines = [f"Ties deepen, report {i}", "", f"{rng.randint(1, 28)} June 2021", ""]
    for _ in range(rng.randint(2, 5)):
        who, where = rng.choice(PEOPLE), rng.choice(PLACES)
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2000, 2020)
        lines.append(f"{who} visited {where} on {month} {day}, {year}, and held talks with officials there. "
                     f"The two sides signed an agreement on trade in {year + 1}.")
        lines.append("")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Task]:
    folder = tmp_path_factory.mktemp("workers_corpus")
    rng = random.Random(11)
    tasks = []
    for i in range(9):
        path = folder / f"a{i}.txt"
        path.write_text(_article_text(rng, i))
        tasks.append(Task(f"corpus/a{i}.txt", path))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 200)
    tasks.append(Task("corpus/binary.txt", folder / "binary.txt"))
    tasks.append(Task("corpus/missing.txt", folder / "missing.txt"))
    tasks.append(Task("feed/item-1", Article(uri="feed/item-1", text=_article_text(rng, 99), content_hash="h")))
    return tasks


def _summary(result: ExtractResult) -> tuple[object, ...]:
    """What a result says, comparable across processes."""
    if result.extraction is None:
        return (result.key, None, result.error)
    ex: Extraction = result.extraction
    assert result.article is not None
    claims = tuple((c.event_type, c.mode, c.date.value, c.quote, c.start, tuple(a.name for a in c.actors))
                   for c in ex.claims)
    observations = tuple((o.indicator, o.period.value, o.value) for o in ex.observations)
    return (result.key, result.article.uri, result.article.text, claims, observations, None)


def _serial(tasks: list[Task]) -> list[tuple[object, ...]]:
    return [_summary(r) for r in extract_parallel(tasks, workers=1)]


def test_parallel_results_identical_to_serial_and_in_input_order(corpus: list[Task]) -> None:
    serial = _serial(corpus)
    assert any(s[3] for s in serial if s[-1] is None), "the corpus should give claims"
    for chunk_size in (1, 3):
        parallel = [_summary(r) for r in extract_parallel(corpus, workers=2, chunk_size=chunk_size)]
        assert parallel == serial


def test_results_do_not_depend_on_input_order(corpus: list[Task]) -> None:
    serial = {s[0]: s for s in _serial(corpus)}
    shuffled = corpus[:]
    random.Random(3).shuffle(shuffled)
    parallel = [_summary(r) for r in extract_parallel(shuffled, workers=2, chunk_size=2)]
    assert [p[0] for p in parallel] == [t.key for t in shuffled]
    assert {p[0]: p for p in parallel} == serial


def test_errors_are_per_file(corpus: list[Task]) -> None:
    results = {r.key: r for r in extract_parallel(corpus, workers=2, chunk_size=2)}
    assert len(results) == len(corpus)
    missing = results["corpus/missing.txt"]
    assert not missing.ok and missing.error and "no such file" in missing.error.lower()
    binary = results["corpus/binary.txt"]
    assert not binary.ok and binary.extraction is None and binary.error
    assert "Traceback" not in binary.error and "\n" not in binary.error
    good = [r for k, r in results.items() if k.startswith("corpus/a")]
    assert all(r.ok and r.extraction is not None for r in good)
    assert results["feed/item-1"].ok


def test_oversized_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("The minister visited China on May 5, 2015.\n" * 100)
    [result] = extract_parallel([Task("big", path)], workers=2, max_bytes=100)
    assert not result.ok and result.error


def test_input_is_consumed_lazily(corpus: list[Task]) -> None:
    """Bounded in-flight work: before the first result, at most max_in_flight chunks were taken."""
    consumed = 0

    def tasks() -> Iterator[Task]:
        nonlocal consumed
        for _ in range(50):
            for t in corpus[:3]:
                consumed += 1
                yield t

    gen = extract_parallel(tasks(), workers=2, chunk_size=2, max_in_flight=3)
    first = next(gen)
    assert first.key == corpus[0].key
    assert consumed <= 2 * 3 + 2
    gen.close()
    assert consumed < 150


def test_invalid_chunk_size() -> None:
    with pytest.raises(ValueError):
        list(extract_parallel([], workers=2, chunk_size=0))


def _crash_on_key(task: Task, max_bytes: int) -> ExtractResult:
    if task.key.endswith("a1.txt"):
        os._exit(3)  # a worker dying mid-task (segfault, OOM kill)
    return _original_one(task, max_bytes)


_original_one = workers._one


@pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="the patched worker is inherited by fork")
def test_a_dead_worker_fails_only_its_task(corpus: list[Task], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "_one", _crash_on_key)
    tasks = [t for t in corpus if t.key.startswith("corpus/a")]
    results = list(extract_parallel(tasks, workers=2, chunk_size=2))
    assert [r.key for r in results] == [t.key for t in tasks]
    failed = [r.key for r in results if not r.ok]
    assert failed == ["corpus/a1.txt"]


def test_claims_on_sqlite_always_succeed(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as a, sqlite_engine.connect() as b:
        assert try_claim(a, "x") and try_claim(b, "x")
        release_claim(a, "x")


@pytest.mark.postgres
def test_claims_on_postgresql_are_exclusive_until_released(pg_engine: Engine) -> None:
    with pg_engine.connect() as a, pg_engine.connect() as b:
        assert try_claim(a, "news/a.txt")
        assert not try_claim(b, "news/a.txt")
        assert try_claim(b, "news/b.txt")
        release_claim(a, "news/a.txt")
        assert try_claim(b, "news/a.txt")
        release_claim(b, "news/a.txt")
        release_claim(b, "news/b.txt")
    with pg_engine.connect() as c:  # a closed session frees its claims
        assert try_claim(c, "news/a.txt")
        release_claim(c, "news/a.txt")


def test_ingest_with_two_workers_stores_what_one_process_stores(engine, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`ingest(workers=2)` (extraction in processes, one writer) gives the same sources, events and citations."""
    import shutil

    from sqlalchemy import text

    from timeline.store.jobs import ingest

    corpus = tmp_path / "seeds"
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", corpus)
    (corpus / "empty.txt").write_text("")  # a failure in a worker is that file's failure only
    report = ingest([corpus], url=db_url, workers=2)
    assert (report.files_new, report.files_failed) == (5, 1), report.errors

    def claims() -> list[tuple]:  # type: ignore[type-arg]
        with engine.connect() as conn:
            return sorted(conn.execute(text(
                'SELECT s.uri, c.start, c."end", c.claimed_edtf, c.event_type FROM citations c '
                "JOIN sources s ON s.id = c.source_id")).all())

    parallel = claims()
    with engine.begin() as conn:
        for table in ("citations", "event_actors", "events", "observations", "sources"):
            conn.execute(text(f"DELETE FROM {table}"))
    serial = ingest([corpus], url=db_url, workers=1)
    assert (serial.files_new, serial.files_failed) == (5, 1)
    assert claims() == parallel
    again = ingest([corpus], url=db_url, workers=2)
    assert (again.files_unchanged, again.files_new) == (5, 0)
