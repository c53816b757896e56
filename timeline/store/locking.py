"""Write serialisation, so that overlapping jobs (cron + a manual run, two schedulers) never double anything.

Every write of an ingestion job (one article, the run row, re-applying corrections) is its own short
transaction opened with :func:`write_session`, which first takes the database-wide write lock:

- **PostgreSQL**: ``SELECT pg_advisory_xact_lock(ADVISORY_KEY)``, released by the commit/rollback. All
  merges are serialised (the resolver compares a claim with the events already stored, so two merges at
  once could each create the same event); reading and extracting articles, the slow part, runs outside
  the lock in parallel. The unique ``sources.uri`` is the last guard: an ``IntegrityError`` on it means
  another job stored the article first, and the caller rolls back and counts it as unchanged.
- **SQLite**: the transaction starts with ``BEGIN IMMEDIATE``, which takes SQLite's single write lock up
  front (a deferred transaction could read, then fail to upgrade to writing: a deadlock SQLite resolves by
  failing one side). The wait is SQLite's busy handler, set to the lock timeout for that statement.

A job that finds the lock held WAITS (up to ``lock_timeout`` seconds, default
``timeline.db.SQLITE_BUSY_TIMEOUT``) rather than skipping work: each article transaction re-checks the
source row after taking the lock, so the second job sees what the first stored and skips it. When the
lock cannot be had in time :class:`LockTimeout` is raised (the CLI exits with code 2).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from timeline.db import SQLITE_BUSY_TIMEOUT, session_scope

#: Key of the PostgreSQL advisory lock that serialises writers ("timeline" as a 64-bit integer).
ADVISORY_KEY = int.from_bytes(b"timeline", "big")
#: Default seconds to wait for the write lock.
DEFAULT_LOCK_TIMEOUT = SQLITE_BUSY_TIMEOUT


class LockTimeout(RuntimeError):
    """Another job held the database write lock for longer than the lock timeout."""


def _lock_error(exc: OperationalError) -> bool:
    """True when a driver error means the lock was not had in time (PostgreSQL 55P03, SQLite "locked"/"busy")."""
    message = str(exc.orig if exc.orig is not None else exc).lower()
    code = getattr(exc.orig, "sqlstate", None)
    return code == "55P03" or "locked" in message or "lock timeout" in message or "busy" in message


def acquire_write_lock(conn: Connection, timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
    """Take the write lock as the first statement of ``conn``'s transaction (see the module docstring)."""
    millis = max(1, int(timeout * 1000))
    name = conn.dialect.name
    try:
        if name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {millis}")
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(SQLITE_BUSY_TIMEOUT * 1000)}")
        elif name == "postgresql":
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {millis}")
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_KEY})
            conn.exec_driver_sql("SET LOCAL lock_timeout = DEFAULT")
    except OperationalError as exc:
        if _lock_error(exc):
            raise LockTimeout(
                f"the database is busy: another job held the write lock for more than "
                f"{timeout:g} s (raise --lock-timeout, or wait for it to finish)"
            ) from exc
        raise


@contextmanager
def write_session(engine: Engine, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> Iterator[Session]:
    """A session holding the write lock for one transaction: committed on success, rolled back on error."""
    with session_scope(engine) as session:
        acquire_write_lock(session.connection(), lock_timeout)
        yield session
