"""Parallel extraction: read and extract articles in worker processes, store them in one writer.

Extraction is pure Python (regular expressions, dictionaries) and holds the GIL, so threads do not
help; :func:`extract_parallel` runs it in ``workers`` processes (``concurrent.futures``) and yields
the results back to the caller, which stores them one article per transaction under the write lock
(:mod:`timeline.store.locking`). Only the parent touches the database.

Flat memory
    Tasks are consumed lazily from the input iterable, grouped in chunks of ``chunk_size`` (one
    inter-process round trip per chunk), and at most ``max_in_flight`` chunks are outstanding at
    any time. Results are yielded in input order (so event ids are the same as with a serial run),
    which can hold back at most ``max_in_flight`` chunks behind a slow one.

Errors
    A file that cannot be read or extracted gives a result with ``error`` set (the message the
    serial ingester would record) and the run goes on. A worker process that dies (a crash in a C
    extension, the OOM killer) breaks the pool: a new pool is started and the lost chunks are
    redone one task at a time, so only the task that kills a worker is reported as failed.

Start method
    ``fork`` where available: the parent loads the actor dictionary and cue tables once, the
    workers inherit them (copy-on-write) and start instantly. Elsewhere ``spawn``, each worker
    loading them once in its initializer. Database connections are never used in the workers
    (forked workers end with ``os._exit``, so inherited connections are not closed from there).

Several machines
    Each machine runs its own ``timeline ingest --workers N`` over the same input; on PostgreSQL
    :func:`try_claim` (a per-URI advisory lock) keeps two machines from extracting the same article
    at the same time, and the per-article write transaction re-checks the source row. See
    docs/benchmarks.md, "Scaling past one machine".
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from sqlalchemy import Connection, text

from timeline.extract.types import Article, Extraction

#: Default size limit of one file (the same as ``timeline.store.jobs.DEFAULT_MAX_BYTES``).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Tasks sent to a worker in one round trip.
DEFAULT_CHUNK_SIZE = 4

__all__ = ["ExtractResult", "Task", "default_workers", "extract_parallel", "release_claim", "try_claim"]


@dataclass(frozen=True, slots=True)
class Task:
    """One article to extract: a file to read (``source`` is a path) or an article already read
    (a feed item). ``key`` is handed back unchanged (the source URI, for the caller)."""

    key: str
    source: Path | Article


@dataclass(slots=True)
class ExtractResult:
    """The outcome of one task: ``article`` and ``extraction``, or ``error`` (a one-line message)."""

    key: str
    article: Article | None
    extraction: Extraction | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def default_workers() -> int:
    """Usable CPUs of this process (``--workers 0`` means this)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------------------------------
# Work done in a worker (or in-process when workers == 1)


def error_message(exc: BaseException) -> str:
    """A one-line message for a per-file failure (the same wording as the serial ingester)."""
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    name = type(exc).__name__
    return message if name in ("ReadError", "ValueError", "FeedError") else f"{name}: {message}"


def _read(path: Path, key: str, max_bytes: int) -> Article:
    from timeline.ingest.reader import read_path

    article = read_path(path, max_bytes=max_bytes)
    article.uri = key
    return article


def _one(task: Task, max_bytes: int) -> ExtractResult:
    from timeline.extract.pipeline import extract

    try:
        article = task.source if isinstance(task.source, Article) else _read(task.source, task.key, max_bytes)
        return ExtractResult(task.key, article, extract(article))
    except Exception as exc:  # a bad file is normal input: report it, go on
        return ExtractResult(task.key, None, None, error_message(exc))


def _chunk(tasks: list[Task], max_bytes: int) -> list[ExtractResult]:
    return [_one(t, max_bytes) for t in tasks]


def warm_up() -> None:
    """Load what every extraction needs (actor dictionary, cue tables) once, in this process."""
    from timeline.extract.actors import ActorDictionary
    from timeline.extract.pipeline import extract

    ActorDictionary.default()
    extract(Article(uri="warm-up", text="Warm-up.\n\nThe ministers met in Baku on 5 May 2015.\n",
                    content_hash="0"))


# --------------------------------------------------------------------------------------------------
# The pool


def _context() -> mp.context.BaseContext:
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


class _Pool:
    """A process pool that can be replaced when a worker dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.context = _context()
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        fork = self.context.get_start_method() == "fork"
        return ProcessPoolExecutor(self.workers, mp_context=self.context,
                                   initializer=None if fork else warm_up)

    def submit(self, fn: Callable[..., list[ExtractResult]], *args: object) -> Future[list[ExtractResult]]:
        return self.executor.submit(fn, *args)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _redo_alone(pool: _Pool, tasks: list[Task], max_bytes: int) -> list[ExtractResult]:
    """Redo the tasks of a chunk lost with a dead worker, one per process call."""
    out = []
    for task in tasks:
        try:
            out.extend(pool.submit(_chunk, [task], max_bytes).result())
        except BrokenProcessPool:
            pool.restart()
            out.append(ExtractResult(task.key, None, None, "extraction crashed its worker process"))
    return out


def extract_parallel(tasks: Iterable[Task], workers: int, *, max_bytes: int = DEFAULT_MAX_BYTES,
                     chunk_size: int = DEFAULT_CHUNK_SIZE, max_in_flight: int | None = None,
                     ) -> Iterator[ExtractResult]:
    """Read and extract ``tasks`` in ``workers`` processes; yield one result per task, in input order.

    ``workers <= 1`` extracts in this process (same results, no pool). At most ``max_in_flight``
    chunks (default ``2 * workers``) of ``chunk_size`` tasks are outstanding, so memory stays flat
    however many tasks there are. Per-task failures come back as results with ``error`` set.
    Closing the generator early shuts the pool down.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if workers <= 1:
        for task in tasks:
            yield _one(task, max_bytes)
        return
    limit = max(1, max_in_flight or 2 * workers)
    rest = iter(tasks)
    first = list(islice(rest, chunk_size))
    if not first:  # nothing to extract (a run over unchanged files): no pool, no dictionary
        return
    warm_up()  # forked workers inherit the loaded dictionary
    chunks = chain([first], iter(lambda: list(islice(rest, chunk_size)), []))
    pool = _Pool(workers)
    pending: deque[tuple[list[Task], Future[list[ExtractResult]]]] = deque()
    try:
        while True:
            while len(pending) < limit and (chunk := next(chunks, [])):
                pending.append((chunk, pool.submit(_chunk, chunk, max_bytes)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                lost = [chunk] + [c for c, _ in pending]
                pending.clear()
                pool.restart()
                results = _redo_alone(pool, lost[0], max_bytes)
                for c in lost[1:]:
                    pending.append((c, pool.submit(_chunk, c, max_bytes)))
            yield from results
    finally:
        pool.close()


# --------------------------------------------------------------------------------------------------
# Claiming work across machines (PostgreSQL)


def claim_key(uri: str) -> int:
    """A signed 64-bit advisory-lock key for ``uri`` (stable across machines and Python versions)."""
    return int.from_bytes(hashlib.blake2b(uri.encode(), digest_size=8).digest(), "big", signed=True)


def try_claim(conn: Connection, uri: str) -> bool:
    """Claim ``uri`` for this job: True when no other session holds it (always True on SQLite).

    PostgreSQL: a session-level ``pg_try_advisory_lock`` on a hash of the URI, held by ``conn``
    until :func:`release_claim` or the session ends (a crashed job frees its claims). It never
    waits: a job that cannot claim an article skips it, another job is doing it. Use a connection
    that lives for the whole job and is not the one of the write transactions.
    """
    if conn.dialect.name != "postgresql":
        return True
    return bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": claim_key(uri)}).scalar())


def release_claim(conn: Connection, uri: str) -> None:
    """Release a claim taken by :func:`try_claim` (no-op on SQLite)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": claim_key(uri)})
